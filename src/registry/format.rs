//! The registry file: pretty-printed RON, as sidecars are, in a stable order (entities by id,
//! one block each), so that a registry under git changes by the lines of the entities that
//! changed. Format history: 1, `format_version` and `entities`.

use serde::{Deserialize, Serialize};

use super::{REGISTRY_FORMAT_VERSION, Registry, RegistryEntity, RegistryInvalid};
use crate::store::ron_text::escape_string_literals;
use crate::store::sidecar::{declared_version, pretty_config, ron_options};

#[derive(Serialize)]
struct RegistryOut<'a> {
    format_version: u32,
    entities: Vec<&'a RegistryEntity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryV1 {
    format_version: u32,
    #[serde(default)]
    entities: Vec<RegistryEntity>,
}

/// Why registry text could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RegistryParseError {
    /// Not RON, or not a registry's shape. Line and column are 1-based.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// Written by a newer Marsad.
    #[error(
        "it was written by a newer Marsad (format version {found}); this version reads \
         registry format versions up to {REGISTRY_FORMAT_VERSION}: update Marsad to use it"
    )]
    TooNew {
        /// The version in the file.
        found: u32,
    },
    /// A version Marsad never wrote.
    #[error("format version {found} is not one Marsad has ever written")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// Read, but its entities do not stand together.
    #[error("{0}")]
    Invalid(#[from] RegistryInvalid),
}

const HEADER: &str = "// Marsad corpus registry: the actors and locations shared by the \
    articles below this folder, one block each, ordered by id.\n";

/// The registry as file text.
pub fn to_string(registry: &Registry) -> Result<String, ron::Error> {
    let out = RegistryOut {
        format_version: REGISTRY_FORMAT_VERSION,
        entities: registry.entities().collect(),
    };
    let body = escape_string_literals(&ron::ser::to_string_pretty(&out, pretty_config())?);
    Ok(format!("{HEADER}{body}\n"))
}

/// Reads registry text. A newer version is refused: a registry is shared by the whole corpus,
/// and this build would drop what it does not know on its next save.
pub fn parse(text: &str) -> Result<Registry, RegistryParseError> {
    let declared = declared_version(text);
    match declared {
        Some(0) => return Err(RegistryParseError::UnknownVersion { found: 0 }),
        Some(found) if found > REGISTRY_FORMAT_VERSION => {
            return Err(RegistryParseError::TooNew { found });
        }
        _ => {}
    }
    let v1: RegistryV1 = ron_options()
        .from_str(text)
        .map_err(|e| RegistryParseError::Syntax {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })?;
    match v1.format_version {
        0 => Err(RegistryParseError::UnknownVersion { found: 0 }),
        found if found > REGISTRY_FORMAT_VERSION => Err(RegistryParseError::TooNew { found }),
        _ => Ok(Registry::from_entities(v1.entities)?),
    }
}
