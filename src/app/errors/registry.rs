//! The corpus registry's errors in the window's words.

use crate::i18n::{Arg, Strings};
use crate::registry::{RegistryError, RegistryParseError};

use super::naming;

/// A corpus registry that could not be read or saved.
pub fn registry(strings: &Strings, error: &RegistryError) -> String {
    match error {
        RegistryError::Io { path, error } => {
            let reason = super::io_reason(strings, error);
            naming(
                strings,
                "registry-err-unreadable",
                path,
                &[("reason", Arg::Text(&reason))],
            )
        }
        RegistryError::Parse {
            path,
            error:
                RegistryParseError::Syntax {
                    line,
                    column,
                    message,
                },
        } => naming(
            strings,
            "registry-err-syntax",
            path,
            &[
                ("line", Arg::Number(*line)),
                ("column", Arg::Number(*column)),
                ("detail", Arg::Text(message)),
            ],
        ),
        RegistryError::Parse {
            path,
            error: RegistryParseError::TooNew { found },
        } => naming(
            strings,
            "registry-err-too-new",
            path,
            &[("found", Arg::Number(*found as usize))],
        ),
        RegistryError::Exists { path } => naming(strings, "registry-err-exists", path, &[]),
        RegistryError::TheirsUnreadable { path, error } => {
            let reason = registry(strings, error);
            naming(
                strings,
                "registry-err-not-saved",
                path,
                &[("reason", Arg::Text(&reason))],
            )
        }
        // The rest are rare (a file too large, not UTF-8, an invalid registry, a failed
        // write): their detail is English, named after the file.
        other => strings.format(
            "registry-err-other",
            &[("detail", Arg::Text(&other.to_string()))],
        ),
    }
}
