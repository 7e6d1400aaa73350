//! Every error, export problem and warning the window shows, worded in both languages.

use super::*;
use crate::export::problem::{Problem, Refusal, Warned, Warning};
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
        let english = plain(command(&en, e, None));
        assert_eq!(english, e.to_string());
        let arabic = command(&ar, e, None);
        assert!(!arabic.contains("cmd-"), "{arabic}");
    }
    let corpus_error = CorpusError::NoArticles(PathBuf::from("/corpus"));
    assert_eq!(plain(corpus(&en, &corpus_error)), corpus_error.to_string());
}

#[test]
fn every_export_problem_and_warning_is_worded_in_both_languages() {
    let article = PathBuf::from("/corpus/أخبار.txt");
    let problems = [
        Problem::NotAnArticle(article.clone()),
        Problem::Refused {
            article: article.clone(),
            path: PathBuf::from("/out/أخبار.txt"),
            why: Refusal::OverArticle,
        },
        Problem::Refused {
            article: article.clone(),
            path: PathBuf::from("/out/a.ann"),
            why: Refusal::SameName,
        },
        Problem::Unreadable {
            article: article.clone(),
            error: SidecarError::NotUtf8 {
                path: PathBuf::from("/corpus/أخبار.txt.marsad.ron"),
            },
        },
        Problem::Stopped,
    ];
    let warnings = [
        Warned {
            article: article.clone(),
            warning: Warning::NotAUrl {
                url: "news 3".into(),
                error: "relative URL without a base".into(),
            },
        },
        Warned {
            article: article.clone(),
            warning: Warning::NotAWikidataId {
                name: "بوتين".into(),
                id: "Q 42".into(),
            },
        },
    ];
    let en = Strings::new(Language::En);
    let ar = Strings::new(Language::Ar);
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    for p in &problems {
        // The window's English is the command line's.
        assert_eq!(plain(export_problem(&en, p)), p.to_string());
        let arabic = export_problem(&ar, p);
        assert!(!arabic.contains("export-"), "{arabic}");
        assert_ne!(plain(arabic), p.to_string());
    }
    for w in &warnings {
        assert_eq!(plain(export_warning(&en, w)), w.to_string());
        let arabic = export_warning(&ar, w);
        assert!(
            !arabic.contains("export-") && arabic.contains("أخبار.txt"),
            "{arabic}"
        );
    }
}
