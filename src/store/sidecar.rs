//! The sidecar file format: versioned, pretty-printed RON in a stable order.
//!
//! Format history (each change to the layout bumps the version; [`parse`] upgrades older ones):
//! - 1: `format_version`, `article`, `entities`, `annotations`, `orphans`.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use super::ron_text::escape_string_literals;
use crate::model::{Annotation, ArticleMeta, Document, Entity};

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = 1;

/// Nesting deeper than this is refused: no sidecar Marsad writes comes near it.
const RECURSION_LIMIT: usize = 64;

/// File name suffix appended to the article's full file name.
pub const SIDECAR_SUFFIX: &str = ".marsad.ron";

#[derive(Serialize)]
struct SidecarOut<'a> {
    format_version: u32,
    article: &'a ArticleMeta,
    entities: &'a [Entity],
    annotations: &'a [Annotation],
    #[serde(skip_serializing_if = "<[Annotation]>::is_empty")]
    orphans: &'a [Annotation],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SidecarV1 {
    format_version: u32,
    article: ArticleMeta,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    annotations: Vec<Annotation>,
    #[serde(default)]
    orphans: Vec<Annotation>,
}

/// Why sidecar text did not parse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not valid RON, or not the expected shape. Line and column are 1-based.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// Written by a newer Marsad whose additions this build does not understand.
    #[error(
        "it was written by a newer Marsad (format version {found}); this version reads format \
         versions up to {FORMAT_VERSION}: update Marsad to open it"
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
}

/// A parsed sidecar.
#[derive(Debug)]
pub struct Parsed {
    /// The document as stored (not yet re-anchored).
    pub document: Document,
    /// The version the file declared.
    pub format_version: u32,
}

/// Serializes a document as sidecar text for the article named `article_name`.
pub fn to_string(document: &Document, article_name: &str) -> Result<String, ron::Error> {
    let out = SidecarOut {
        format_version: FORMAT_VERSION,
        article: &document.meta,
        entities: document.entities(),
        annotations: document.annotations(),
        orphans: document.orphans(),
    };
    let config = PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .escape_strings(false);
    let body = escape_string_literals(&ron::ser::to_string_pretty(&out, config)?);
    let name = article_name.replace(['\n', '\r'], " ");
    Ok(format!(
        "// Marsad annotations for \"{name}\". Offsets count Unicode code points into the \
         article's text, line endings normalized to \\n.\n{body}\n"
    ))
}

/// Parses sidecar text, upgrading older format versions. A newer version parses only when it
/// adds nothing this build does not know; the caller must then treat it as read-only.
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let declared = declared_version(text);
    let result = match declared {
        Some(0) => return Err(ParseError::UnknownVersion { found: 0 }),
        // Version 1 is the current layout; older versions would be upgraded here.
        _ => parse_v1(text),
    };
    match (result, declared) {
        (Ok(v1), _) if v1.format_version == 0 => Err(ParseError::UnknownVersion { found: 0 }),
        (Ok(v1), _) => Ok(Parsed {
            format_version: v1.format_version,
            document: Document::from_parts(v1.article, v1.entities, v1.annotations, v1.orphans),
        }),
        (Err(_), Some(found)) if found > FORMAT_VERSION => Err(ParseError::TooNew { found }),
        (Err(e), _) => Err(e),
    }
}

fn parse_v1(text: &str) -> Result<SidecarV1, ParseError> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT);
    options.from_str(text).map_err(|e| ParseError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// The `format_version` a file declares near its top, read without parsing the whole file,
/// so that a newer file that does not parse can still be named as newer.
fn declared_version(text: &str) -> Option<u32> {
    let head = &text[..text.floor_char_boundary(4096)];
    let line = head
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .find(|l| l.contains("format_version"))?;
    let after = line.split("format_version").nth(1)?;
    let digits = after.trim_start().strip_prefix(':')?.trim_start();
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let text =
            "(\n  format_version: 1,\n  article: (text_sha256: \"x\"),\n  entities: [oops],\n)";
        match parse(text) {
            Err(ParseError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 14)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn newer_versions_are_named() {
        let text = "(\n  format_version: 9,\n  article: (text_sha256: \"x\"),\n  colour: Blue,\n)";
        assert_eq!(parse(text).unwrap_err(), ParseError::TooNew { found: 9 });
        let readable = "(format_version: 9, article: (text_sha256: \"x\"))";
        assert_eq!(parse(readable).unwrap().format_version, 9);
    }

    #[test]
    fn version_zero_is_refused() {
        let text = "(format_version: 0, article: (text_sha256: \"x\"))";
        assert_eq!(
            parse(text).unwrap_err(),
            ParseError::UnknownVersion { found: 0 }
        );
    }
}
