//! The window's words for the library's typed errors: an article that cannot be loaded, a
//! sidecar that cannot be read or written, a corpus folder, a command the session refused,
//! and why an article is read-only. Each is mapped here to a message of the interface
//! language that names the file; the command line keeps the errors' own English (`Display`).
//! What only the operating system or a parser can say (a RON syntax message, an unusual I/O
//! error) is passed on as it came, inside the translated sentence.

use std::io;
use std::path::Path;

use crate::article::{LoadError, MAX_ARTICLE_BYTES};
use crate::corpus::CorpusError;
use crate::i18n::{Arg, Strings};
use crate::model::EditError;
use crate::session::CommandError;
use crate::store::{
    FORMAT_VERSION, MAX_SIDECAR_BYTES, Opened, ParseError, SidecarError, SidecarStatus,
};

mod export;
mod registry;
pub use export::{export_problem, export_warning};
pub use registry::registry;

const MIB: u64 = 1024 * 1024;

pub(super) fn file(path: &Path) -> String {
    path.display().to_string()
}

/// Message `id` about the file `path` (its `$file`), with the placeables `extra`.
pub(super) fn naming(
    strings: &Strings,
    id: &str,
    path: &Path,
    extra: &[(&str, Arg<'_>)],
) -> String {
    let name = file(path);
    let mut args = vec![("file", Arg::Text(&name))];
    args.extend_from_slice(extra);
    strings.format(id, &args)
}

/// Why the operating system refused, in the interface language where it is a common case.
pub fn io_reason(strings: &Strings, error: &io::Error) -> String {
    let id = match error.kind() {
        io::ErrorKind::PermissionDenied => "io-permission-denied",
        io::ErrorKind::NotFound => "io-not-found",
        io::ErrorKind::StorageFull => "io-storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "io-read-only-fs",
        io::ErrorKind::IsADirectory => "io-is-a-folder",
        _ => return error.to_string(),
    };
    strings.get(id)
}

/// An article that could not be loaded.
pub fn load(strings: &Strings, error: &LoadError) -> String {
    let with = |id: &str, path: &Path, extra: &[(&str, Arg<'_>)]| naming(strings, id, path, extra);
    match error {
        LoadError::NotFound { path } => with("load-not-found", path, &[]),
        LoadError::IsDirectory { path } => with("load-is-folder", path, &[]),
        LoadError::NotAFile { path } => with("load-not-a-file", path, &[]),
        LoadError::Empty { path } => with("load-empty", path, &[]),
        LoadError::TooLarge { path, size } => with(
            "load-too-large",
            path,
            &[
                ("size", Arg::Number((size / MIB) as usize)),
                ("limit", Arg::Number((MAX_ARTICLE_BYTES / MIB) as usize)),
            ],
        ),
        LoadError::Binary { path, what } => with("load-binary", path, &[("what", Arg::Text(what))]),
        LoadError::Io { path, source } => {
            let reason = io_reason(strings, source);
            with("load-unreadable", path, &[("reason", Arg::Text(&reason))])
        }
    }
}

/// A sidecar (or a recovery file, which has the same form) that could not be used.
pub fn sidecar(strings: &Strings, error: &SidecarError) -> String {
    let with = |id: &str, path: &Path, extra: &[(&str, Arg<'_>)]| naming(strings, id, path, extra);
    match error {
        SidecarError::Io { path, source } => {
            let reason = io_reason(strings, source);
            with(
                "sidecar-err-unreadable",
                path,
                &[("reason", Arg::Text(&reason))],
            )
        }
        SidecarError::TooLarge { path, size } => with(
            "sidecar-err-too-large",
            path,
            &[
                ("size", Arg::Number(*size as usize)),
                ("limit", Arg::Number((MAX_SIDECAR_BYTES / MIB) as usize)),
            ],
        ),
        SidecarError::NotUtf8 { path } => with("sidecar-err-not-utf8", path, &[]),
        SidecarError::Parse { path, source } => match source {
            ParseError::Syntax {
                line,
                column,
                message,
            } => with(
                "sidecar-err-syntax",
                path,
                &[
                    ("line", Arg::Number(*line)),
                    ("column", Arg::Number(*column)),
                    ("detail", Arg::Text(message)),
                ],
            ),
            ParseError::TooNew { found } => with(
                "sidecar-err-too-new",
                path,
                &[
                    ("found", Arg::Number(*found as usize)),
                    ("supported", Arg::Number(FORMAT_VERSION as usize)),
                ],
            ),
            ParseError::UnknownVersion { found } => with(
                "sidecar-err-unknown-version",
                path,
                &[("found", Arg::Number(*found as usize))],
            ),
        },
        SidecarError::Invalid { path, source } => {
            let detail = source.to_string();
            with(
                "sidecar-err-invalid",
                path,
                &[("detail", Arg::Text(&detail))],
            )
        }
        SidecarError::Serialize { path, message } => with(
            "sidecar-err-serialize",
            path,
            &[("detail", Arg::Text(message))],
        ),
        SidecarError::ReadOnly { path, reason } => with(
            "sidecar-err-read-only",
            path,
            &[("reason", Arg::Text(reason))],
        ),
        SidecarError::ChangedOnDisk { path } => with("sidecar-err-changed", path, &[]),
        SidecarError::Merge { path, message } => {
            with("sidecar-err-merge", path, &[("detail", Arg::Text(message))])
        }
        SidecarError::Write { path, source } => {
            let reason = io_reason(strings, source);
            with("sidecar-err-write", path, &[("reason", Arg::Text(&reason))])
        }
    }
}

/// Why an article's annotations may not be saved, if they may not.
pub fn read_only(strings: &Strings, status: &SidecarStatus) -> Option<String> {
    match status {
        SidecarStatus::Missing | SidecarStatus::Loaded { .. } => None,
        SidecarStatus::Newer { format_version } => Some(strings.format(
            "read-only-newer",
            &[
                ("found", Arg::Number(*format_version as usize)),
                ("supported", Arg::Number(FORMAT_VERSION as usize)),
            ],
        )),
        SidecarStatus::Unreadable(e) => {
            let error = sidecar(strings, e);
            Some(strings.format("read-only-unreadable", &[("error", Arg::Text(&error))]))
        }
    }
}

/// Why an opened article's annotations may not be saved, if they may not: its sidecar's
/// state, or another Marsad holding it.
pub fn opened_read_only(strings: &Strings, opened: &Opened) -> Option<String> {
    read_only(strings, &opened.status).or_else(|| {
        opened
            .held_elsewhere()
            .map(|by| strings.format("read-only-held", &[("holder", Arg::Text(by))]))
    })
}

/// A corpus folder that could not be listed.
pub fn corpus(strings: &Strings, error: &CorpusError) -> String {
    let folder = file(error.path());
    match error {
        CorpusError::NoArticles(_) => {
            strings.format("corpus-err-no-articles", &[("folder", Arg::Text(&folder))])
        }
        CorpusError::Unreadable { source, .. } => {
            let reason = io_reason(strings, source);
            strings.format(
                "corpus-err-unreadable",
                &[
                    ("folder", Arg::Text(&folder)),
                    ("reason", Arg::Text(&reason)),
                ],
            )
        }
    }
}

/// A command the session refused; `opened`, the open article, says why a read-only one is so.
pub fn command(strings: &Strings, error: &CommandError, opened: Option<&Opened>) -> String {
    match error {
        CommandError::ReadOnly(reason) => {
            // The open article says why, in the window's words (its sidecar, or another
            // Marsad holding it); the session's reason is the command line's English.
            let reason = opened
                .and_then(|o| opened_read_only(strings, o))
                .unwrap_or_else(|| reason.clone());
            strings.format("cmd-read-only", &[("reason", Arg::Text(&reason))])
        }
        CommandError::EmptySpan => strings.get("cmd-empty-span"),
        CommandError::AlreadyTagged { quote, kind } => {
            let kind = super::labels::kind(strings, *kind);
            strings.format(
                "cmd-already-tagged",
                &[("quote", Arg::Text(quote)), ("kind", Arg::Text(&kind))],
            )
        }
        CommandError::NoAnnotation => strings.get("cmd-no-annotation"),
        CommandError::NotAnActor => strings.get("cmd-not-an-actor"),
        CommandError::NothingToTag => strings.get("cmd-nothing-to-tag"),
        CommandError::NotAClaim => strings.get("cmd-not-a-claim"),
        CommandError::InvalidDocument(invalid) => {
            let detail = invalid.to_string();
            strings.format("cmd-invalid-document", &[("detail", Arg::Text(&detail))])
        }
        CommandError::WrongKind(kind) => {
            let kind = super::labels::kind(strings, *kind);
            strings.format("cmd-wrong-kind", &[("kind", Arg::Text(&kind))])
        }
        CommandError::Edit(edit) => {
            let id = match edit {
                EditError::NoAnnotation(_) => "cmd-no-annotation",
                EditError::NoEntity(_) => "edit-no-entity",
                EditError::EntityInUse(_) => "edit-entity-in-use",
                EditError::MissingEntity { .. } => "edit-missing-entity",
                EditError::Malformed(_) => "edit-malformed",
            };
            strings.get(id)
        }
    }
}

#[cfg(test)]
mod tests;
