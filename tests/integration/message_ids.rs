//! Every message id the window's code names is defined in the Fluent files (the unit tests of
//! `i18n` check that both files define the same ids): a misspelt id would show as itself.

use std::path::Path;

use marsad::app::actions::Action;

/// The quoted literals of `source` that look like message ids (`lists-claims`).
fn id_like(source: &str) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.contains('-')
                && s.starts_with(|c: char| c.is_ascii_lowercase())
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !s.ends_with('-')
                && !s.contains("--")
        })
        .map(str::to_owned)
        .collect()
}

fn sources(folder: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // Tests name ids to say they are absent.
            if name != "tests.rs" && !name.ends_with("_tests.rs") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
}

#[test]
fn every_message_id_in_the_window_s_code_is_defined() {
    let defined = marsad::i18n::message_ids(marsad::i18n::EN_FTL);
    // Actions name their messages `action-{id}` and `action-{id}-tip` (the actions' unit
    // test checks those); threads are named `marsad-…`; egui ids are not messages.
    let actions: Vec<&str> = Action::all().map(Action::id).collect();
    let not_messages = ["about-files"];
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"),
        &mut files,
    );
    let mut named = 0;
    let mut missing = Vec::new();
    for (file, source) in &files {
        for id in id_like(source) {
            if id.starts_with("marsad-")
                || actions.contains(&id.as_str())
                || not_messages.contains(&id.as_str())
            {
                continue;
            }
            named += 1;
            if !defined.contains(&id) {
                missing.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "not in the Fluent files: {missing:#?}");
    assert!(
        named > 300,
        "only {named} ids found: the scan looks in the wrong place"
    );
}
