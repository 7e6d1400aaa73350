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
use crate::store::{FORMAT_VERSION, MAX_SIDECAR_BYTES, ParseError, SidecarError, SidecarStatus};

const MIB: u64 = 1024 * 1024;

fn file(path: &Path) -> String {
    path.display().to_string()
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
    let with = |id: &str, path: &Path, extra: &[(&str, Arg<'_>)]| {
        let name = file(path);
        let mut args = vec![("file", Arg::Text(&name))];
        args.extend_from_slice(extra);
        strings.format(id, &args)
    };
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
    let with = |id: &str, path: &Path, extra: &[(&str, Arg<'_>)]| {
        let name = file(path);
        let mut args = vec![("file", Arg::Text(&name))];
        args.extend_from_slice(extra);
        strings.format(id, &args)
    };
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
pub fn opened_read_only(strings: &Strings, opened: &crate::store::Opened) -> Option<String> {
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

/// A command the session refused; `status` is the open article's sidecar, which says why
/// a read-only article is so.
pub fn command(strings: &Strings, error: &CommandError, status: &SidecarStatus) -> String {
    match error {
        CommandError::ReadOnly(reason) => {
            let reason = read_only(strings, status).unwrap_or_else(|| reason.clone());
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
mod tests {
    use super::*;
    use crate::i18n::Language;
    use std::path::PathBuf;

    /// Every variant, with the window's English equal to the library's own words where
    /// they say the same, and an Arabic sentence that names the file.
    #[test]
    fn every_error_has_its_message_in_both_languages() {
        let path = PathBuf::from("/corpus/أخبار.txt");
        let loads = [
            LoadError::NotFound { path: path.clone() },
            LoadError::IsDirectory { path: path.clone() },
            LoadError::NotAFile { path: path.clone() },
            LoadError::Empty { path: path.clone() },
            LoadError::TooLarge {
                path: path.clone(),
                size: 300 * MIB,
            },
            LoadError::Binary {
                path: path.clone(),
                what: "a PNG image".into(),
            },
            LoadError::Io {
                path: path.clone(),
                source: io::Error::from(io::ErrorKind::PermissionDenied),
            },
        ];
        let sidecars = [
            SidecarError::NotUtf8 { path: path.clone() },
            SidecarError::ChangedOnDisk { path: path.clone() },
            SidecarError::Parse {
                path: path.clone(),
                source: ParseError::TooNew { found: 9 },
            },
            SidecarError::Parse {
                path: path.clone(),
                source: ParseError::Syntax {
                    line: 3,
                    column: 7,
                    message: "Expected closing `)`".into(),
                },
            },
            SidecarError::Write {
                path: path.clone(),
                source: io::Error::from(io::ErrorKind::StorageFull),
            },
        ];
        let en = Strings::new(Language::En);
        let ar = Strings::new(Language::Ar);
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        for e in &loads {
            let (english, arabic) = (plain(load(&en, e)), plain(load(&ar, e)));
            if !matches!(e, LoadError::Io { .. } | LoadError::Binary { .. }) {
                assert_eq!(english, e.to_string());
            }
            assert!(arabic.contains("أخبار.txt"), "{arabic}");
            assert!(!arabic.contains("load-"), "{arabic}");
            assert!(
                arabic
                    .chars()
                    .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            );
        }
        for e in &sidecars {
            let (english, arabic) = (plain(sidecar(&en, e)), plain(sidecar(&ar, e)));
            assert!(english.starts_with("/corpus/أخبار.txt: "), "{english}");
            assert!(
                arabic.contains("أخبار.txt") && !arabic.contains("sidecar-err"),
                "{arabic}"
            );
        }
        assert_eq!(
            plain(sidecar(&en, &sidecars[0])),
            sidecars[0].to_string(),
            "the same words as the command line"
        );
        let full = plain(sidecar(&ar, &sidecars[4]));
        assert!(full.contains(&ar.get("io-storage-full")), "{full}");
        let status = SidecarStatus::Newer { format_version: 9 };
        assert!(read_only(&ar, &status).is_some());
        assert!(read_only(&ar, &SidecarStatus::Missing).is_none());
        assert_eq!(
            plain(read_only(&en, &status).unwrap()),
            status.read_only_reason().unwrap()
        );
        let refused = [
            CommandError::EmptySpan,
            CommandError::NoAnnotation,
            CommandError::NotAnActor,
            CommandError::NothingToTag,
            CommandError::NotAClaim,
            CommandError::WrongKind(crate::model::AnnotationKind::Actor),
            CommandError::AlreadyTagged {
                quote: "بوتين".into(),
                kind: crate::model::AnnotationKind::Actor,
            },
        ];
        for e in &refused {
            let english = plain(command(&en, e, &SidecarStatus::Missing));
            assert_eq!(english, e.to_string());
            let arabic = command(&ar, e, &SidecarStatus::Missing);
            assert!(!arabic.contains("cmd-"), "{arabic}");
        }
        let corpus_error = CorpusError::NoArticles(PathBuf::from("/corpus"));
        assert_eq!(plain(corpus(&en, &corpus_error)), corpus_error.to_string());
    }
}
