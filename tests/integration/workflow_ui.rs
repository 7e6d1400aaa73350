//! Around tagging: autosave, saving on exit, a corpus folder moved through from the keyboard,
//! find, recent files, dropped files, settings kept between runs, and the file dialog's
//! fallback.

use std::path::{Path, PathBuf};

use crate::ui::{
    copy_sample, document, full, harness_with, key, tag_word, tagged_sample, until, until_saved,
};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::settings::{Settings, Theme};
use marsad::app::{MarsadApp, Request};
use marsad::model::AnnotationKind;

/// Exports the open corpus from the window (Ctrl+E) as `format` into `out`, and presses
/// Export.
fn start_export(harness: &mut Harness<'_, MarsadApp>, format: &str, articles: usize, out: &Path) {
    key(harness, Modifiers::COMMAND, Key::E);
    harness.get_by_label(format).click();
    harness.run();
    harness.get_by_label(&format!("The whole corpus ({articles} articles)"));
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Export to");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Export to")
        .type_text(&out.display().to_string());
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Export")
        .click();
    harness.step();
}

/// What an export from the window did, its problems in the command line's words.
#[derive(Debug)]
struct ExportResult {
    exported: usize,
    total: usize,
    cancelled: bool,
    failures: Vec<String>,
    warnings: Vec<String>,
}

/// Steps frames until the export started from the window has finished; its summary.
fn export_result(harness: &mut Harness<'_, MarsadApp>) -> ExportResult {
    until(harness, "the export", |app| {
        app.export_window()
            .is_some_and(|w| !w.is_running() && w.result().is_some())
    });
    let summary = harness.state().export_window().unwrap().result().unwrap();
    ExportResult {
        exported: summary.exported,
        total: summary.total,
        cancelled: summary.cancelled,
        failures: summary.failures.iter().map(ToString::to_string).collect(),
        warnings: summary.warnings.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_change_is_saved_automatically_a_moment_later() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, _) = tagged_sample(dir.path());
    harness.get_by_label("Unsaved changes");
    let sidecar = marsad::store::sidecar_path(&path);
    assert!(!sidecar.exists(), "not written at once");
    // A second of frames (egui time) later, the writer thread runs.
    for _ in 0..70 {
        harness.step();
    }
    until_saved(&mut harness);
    harness.get_by_label("Saved");
    let saved = marsad::store::open(&path).unwrap();
    assert_eq!(saved.document.counts().location, 1);
}

#[test]
fn unsaved_work_is_saved_when_the_window_closes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, text) = tagged_sample(dir.path());
    tag_word(&mut harness, &text, "المتحدث", Key::A);
    eframe::App::on_exit(harness.state_mut());
    let saved = marsad::store::open(&path).unwrap();
    let counts = saved.document.counts();
    assert_eq!((counts.actor, counts.location), (1, 1));
}

#[test]
fn a_folder_is_a_corpus_moved_through_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "a.txt");
    let second = copy_sample(dir.path(), "b.txt");
    // b.txt already has an annotation.
    {
        let mut opened = marsad::store::open(&second).unwrap();
        let span = marsad::model::Span::capture(
            &marsad::model::IndexedText::new(&opened.article.text),
            0,
            4,
        )
        .unwrap();
        opened
            .document
            .upsert_annotation(marsad::model::Annotation::new(
                AnnotationKind::Claim,
                span,
                "tester",
                crate::common::now(),
            ));
        opened.save().unwrap();
    }
    let mut harness = full(dir.path().to_path_buf());
    until(&mut harness, "the first article", |app| {
        app.opened().is_some()
    });
    assert_eq!(harness.state().opened().unwrap().article.path, first);
    // The list shows at once; the counts fill in after.
    until(&mut harness, "the counts", |app| !app.is_loading());
    let corpus = harness.state().corpus().unwrap();
    let counts: Vec<usize> = corpus.entries.iter().map(|e| e.counts.total()).collect();
    assert_eq!(counts, [0, 1]);
    harness.get_by_label_contains("b.txt · 0A 0L 1C");

    key(&mut harness, Modifiers::COMMAND, Key::PageDown);
    until(&mut harness, "the next article", |app| {
        app.opened().is_some_and(|o| o.article.path == second)
    });
    assert_eq!(harness.state().opened().unwrap().document.counts().claim, 1);
    // Done, saved, and shown in the list.
    key(&mut harness, Modifiers::COMMAND, Key::D);
    key(&mut harness, Modifiers::COMMAND, Key::S);
    until(&mut harness, "the save", |app| !app.is_saving());
    harness.get_by_label_contains("b.txt · 0A 0L 1C · done");
    // There is no article after the last.
    key(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(
        harness.state().message().unwrap().text,
        "This is the last article of the folder"
    );
    key(&mut harness, Modifiers::ALT, Key::ArrowUp);
    until(&mut harness, "the previous article", |app| {
        app.opened().is_some_and(|o| o.article.path == first)
    });
    assert!(marsad::store::open(&second).unwrap().document.meta.done);
    let recent = &harness.state().settings.recent;
    assert_eq!(
        recent[0],
        std::path::absolute(&first).unwrap(),
        "{recent:?}"
    );
    assert!(recent.contains(&std::path::absolute(dir.path()).unwrap()));
}

#[test]
fn find_highlights_matches_with_arabic_aware_matching() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let mut harness = full(path);
    key(&mut harness, Modifiers::COMMAND, Key::F);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Find");
    assert!(field.is_focused(), "Ctrl+F puts the cursor in the field");
    // Written without its hamza and with a different ta marbuta: still found.
    field.type_text("الاشتباكات");
    harness.run();
    let find = &harness.state().workspace().unwrap().find();
    assert_eq!(find.matches.len(), 2, "{:?}", find.matches);
    assert_eq!(find.current, Some(0));
    harness.get_by_label("1 of 2");
    // Enter goes to the next; the field keeps focus, so typing goes on.
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.get_by_label("2 of 2");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.get_by_label("1 of 2");
    // Typing a letter that is also a shortcut (A) only types.
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Find")
        .type_text("a");
    harness.key_press(Key::A);
    harness.run();
    assert!(document(&harness).annotations().is_empty());
    harness.get_by_label("No matches");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().workspace().unwrap().find().open);
}

#[test]
fn a_dropped_file_opens() {
    #[derive(Debug)]
    struct Dropped(PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            std::fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let first = copy_sample(dir.path(), "a.txt");
    let second = dir.path().join("b.md");
    std::fs::write(
        &second,
        "---\ntitle: تقرير\n---\nقال المتحدث إن الهدنة صامدة.\n",
    )
    .unwrap();
    let mut harness = full(first);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(second.clone())));
    harness.step();
    until(&mut harness, "the dropped article", |app| {
        app.opened().is_some_and(|o| o.article.path == second)
    });
}

#[test]
fn settings_are_kept_through_eframe_storage() {
    #[derive(Default)]
    struct Memory(std::collections::HashMap<String, String>);
    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let mut harness = full(path.clone());
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    key(&mut harness, Modifiers::COMMAND, Key::Plus);
    harness.state_mut().settings.panels.claims = false;
    let mut storage = Memory::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let kept: Settings = eframe::get_value(&storage, Settings::KEY).unwrap();
    assert_eq!(kept, harness.state().settings);
    assert_ne!(kept.theme, Theme::System);
    assert!(!kept.panels.claims);
    assert_eq!(kept.recent, [std::path::absolute(&path).unwrap()]);
    // A new window with them shows the same.
    let again = harness_with(path, egui::vec2(1280.0, 900.0), kept.clone());
    assert_eq!(again.state().settings, kept);
}

#[test]
fn without_a_file_dialog_the_path_field_is_offered() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        // A desktop session could show a real dialog and wait for a person.
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let mut harness = full(path);
    key(&mut harness, Modifiers::COMMAND, Key::O);
    until(&mut harness, "the dialog to give up", |app| {
        app.message()
            .is_some_and(|m| m.text.contains("No file dialog"))
    });
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Article path");
    assert!(field.is_focused());
}

#[test]
fn a_read_only_sidecar_refuses_edits_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    std::fs::write(
        marsad::store::sidecar_path(&path),
        "(format_version: 1, article: (text_sha256: \"0\"), entities: [], annotations: [], oops: 1)",
    )
    .unwrap();
    let mut harness = full(path.clone());
    let text = harness.state().opened().unwrap().article.text.clone();
    tag_word(&mut harness, &text, "الرملة", Key::L);
    let message = harness.state().message().unwrap().clone();
    assert!(
        message.error && message.text.contains("read-only"),
        "{message:?}"
    );
    assert!(document(&harness).annotations().is_empty());
    harness.get_by_label("Read-only");
}

#[test]
fn the_corpus_exports_from_the_window_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    copy_sample(&corpus, "a.txt");
    copy_sample(&corpus, "b.txt");
    let mut harness = full(corpus.clone());
    until(&mut harness, "the first article", |app| {
        app.opened().is_some()
    });
    let text = harness.state().opened().unwrap().article.text.clone();
    tag_word(&mut harness, &text, "الرملة", Key::L);
    let out = dir.path().join("exported");
    start_export(&mut harness, "brat standoff (.txt and .ann)", 2, &out);
    let result = export_result(&mut harness);
    assert_eq!((result.exported, result.total), (2, 2), "{result:?}");
    // The unsaved tag was saved first, so it is in the export.
    let ann = std::fs::read_to_string(out.join("a.ann")).unwrap();
    assert!(ann.contains("Location") && ann.contains("الرملة"), "{ann}");
    assert!(out.join("b.ann").exists());
    assert!(
        harness
            .state()
            .message()
            .unwrap()
            .text
            .starts_with("Exported 2 of 2 articles as brat")
    );
}

#[test]
fn a_long_export_can_be_cancelled_from_the_window() {
    const ARTICLES: usize = 600;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for i in 0..ARTICLES {
        copy_sample(&corpus, &format!("article-{i:03}.txt"));
    }
    let mut harness = full(corpus.clone());
    until(&mut harness, "the first article", |app| {
        app.opened().is_some()
    });
    let out = dir.path().join("exported");
    start_export(&mut harness, "HTML report", ARTICLES, &out);
    harness.step();
    assert!(
        harness.state().export_window().unwrap().is_running(),
        "still running when Cancel is pressed"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Cancel")
        .click();
    harness.step();
    let result = export_result(&mut harness);
    assert!(result.cancelled, "{result:?}");
    assert!(result.exported < ARTICLES, "{result:?}");
    let written = std::fs::read_dir(&out).map_or(0, Iterator::count);
    assert_eq!(
        written, result.exported,
        "what was exported is what is on disk"
    );
    crate::ui::shows(&harness, "cancelled");
}

/// Regression (issue 11, §1): an article URL that is not a URL is left out of the W3C export,
/// and the window says so in its summary and in the status line.
#[test]
fn a_w3c_export_from_the_window_warns_of_a_url_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let sample = std::fs::read_to_string(copy_sample(dir.path(), "sample.txt")).unwrap();
    std::fs::write(
        corpus.join("a.md"),
        format!("---\nurl: news/2026 hudna\n---\n{sample}"),
    )
    .unwrap();
    copy_sample(&corpus, "b.txt");
    let mut harness = full(corpus.clone());
    until(&mut harness, "the first article", |app| {
        app.opened().is_some()
    });
    let out = dir.path().join("exported");
    start_export(&mut harness, "W3C Web Annotation (JSON-LD)", 2, &out);
    let result = export_result(&mut harness);
    assert_eq!(
        (result.exported, result.failures.len()),
        (2, 0),
        "{result:?}"
    );
    assert_eq!(result.warnings.len(), 1, "{:?}", result.warnings);
    let warning = result.warnings[0].clone();
    assert!(
        warning.contains("a.md") && warning.contains("\"news/2026 hudna\" is not a URL"),
        "{warning}"
    );
    harness.run();
    harness.get_by_label(&warning);
    // The status line isolates the names it quotes; the words are the command line's.
    let status = harness.state().message().unwrap().text.clone();
    let status = status.replace(['\u{2068}', '\u{2069}'], "");
    assert!(status.ends_with(&warning), "{status}");
    let json = std::fs::read_to_string(out.join("a.jsonld")).unwrap();
    assert!(
        !json.contains("scope") && !json.contains("hudna\""),
        "{json}"
    );
}

#[test]
fn closing_while_saving_fails_asks_and_keep_open_or_close_without_saving_each_do_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let mut harness = full(path.clone());
    let text = harness.state().opened().unwrap().article.text.clone();
    // A folder where the sidecar goes: no save can replace it.
    let sidecar = marsad::store::sidecar_path(&path);
    std::fs::create_dir(&sidecar).unwrap();
    std::fs::write(sidecar.join("keep"), "x").unwrap();
    tag_word(&mut harness, &text, "الرملة", Key::L);
    assert_eq!(document(&harness).annotations().len(), 1);

    harness.state_mut().request(Request::CloseRequested);
    harness.run();
    crate::ui::shows(&harness, "Marsad could not save the annotations");
    assert!(!harness.state().may_close());
    harness.get_by_label("Keep Marsad open").click();
    harness.run();
    assert!(
        harness.query_by_label("Keep Marsad open").is_none(),
        "the question is gone"
    );
    assert!(!harness.state().may_close(), "still open, still unsaved");
    assert_eq!(document(&harness).annotations().len(), 1, "nothing lost");

    harness.state_mut().request(Request::CloseRequested);
    harness.run();
    harness.get_by_label("Close without saving").click();
    harness.run();
    assert!(harness.state().may_close());
    // What could not be saved is in the recovery file, offered next time.
    harness.state_mut().flush_recovery();
    assert!(marsad::store::recovery::recovery_path(&path).exists());
    assert!(
        sidecar.join("keep").exists(),
        "the folder was not written over"
    );
}
