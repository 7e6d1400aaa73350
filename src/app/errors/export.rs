//! The window's words for what an export could not do and what it left out
//! ([`crate::export::problem`]); the command line keeps their `Display`.

use std::path::Path;

use super::{corpus, file, io_reason, load, naming, sidecar};
use crate::export::problem::{Problem, Refusal, Warned, Warning};
use crate::i18n::{Arg, Strings};

/// What an export could not do, naming its file.
pub fn export_problem(strings: &Strings, problem: &Problem) -> String {
    let named =
        |id: &str, article: &Path, extra: &[(&str, Arg<'_>)]| naming(strings, id, article, extra);
    match problem {
        Problem::NotAnArticle(path) => named("export-err-sidecar", path, &[]),
        Problem::Corpus(e) => corpus(strings, e),
        Problem::OutputFolder { path, error } => {
            let reason = io_reason(strings, error);
            named(
                "export-err-out-folder",
                path,
                &[("reason", Arg::Text(&reason))],
            )
        }
        Problem::Load(e) => load(strings, e),
        Problem::Unreadable { article, error } => {
            let error = sidecar(strings, error);
            named(
                "export-err-unreadable",
                article,
                &[("error", Arg::Text(&error))],
            )
        }
        Problem::Render { article, error } => {
            let detail = error.to_string();
            named(
                "export-err-render",
                article,
                &[("detail", Arg::Text(&detail))],
            )
        }
        Problem::Folder {
            article,
            folder,
            error,
        } => {
            let (folder, reason) = (file(folder), io_reason(strings, error));
            named(
                "export-err-folder",
                article,
                &[
                    ("folder", Arg::Text(&folder)),
                    ("reason", Arg::Text(&reason)),
                ],
            )
        }
        Problem::Refused { article, path, why } => {
            let path = file(path);
            let why = strings.get(match why {
                Refusal::OverArticle => "export-refused-article",
                Refusal::OverSidecar => "export-refused-sidecar",
                Refusal::OverNeighbour => "export-refused-neighbour",
                Refusal::SameName => "export-refused-same-name",
            });
            named(
                "export-err-refused",
                article,
                &[("path", Arg::Text(&path)), ("why", Arg::Text(&why))],
            )
        }
        Problem::Write {
            article,
            path,
            error,
        } => {
            let (path, reason) = (file(path), io_reason(strings, error));
            named(
                "export-err-write",
                article,
                &[("path", Arg::Text(&path)), ("reason", Arg::Text(&reason))],
            )
        }
        Problem::Stopped => strings.get("export-err-stopped"),
    }
}

/// What an export left out of an article, naming it.
pub fn export_warning(strings: &Strings, warned: &Warned) -> String {
    let name = file(&warned.article);
    let what = match &warned.warning {
        Warning::NotAUrl { url, error } => strings.format(
            "export-warn-url",
            &[("url", Arg::Text(url)), ("detail", Arg::Text(error))],
        ),
        Warning::NotAWikidataId { name, id } => strings.format(
            "export-warn-wikidata",
            &[("name", Arg::Text(name)), ("id", Arg::Text(id))],
        ),
    };
    strings.format(
        "export-warning",
        &[("file", Arg::Text(&name)), ("what", Arg::Text(&what))],
    )
}
