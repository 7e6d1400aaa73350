//! The first window, driven headless through `egui_kittest`.

use std::path::PathBuf;

use crate::ui::harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::SAMPLE_ARTICLE;

#[test]
fn the_sample_opens_with_its_encoding_and_count() {
    let harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let opened = harness.state().opened().expect("the sample opened");
    assert!(opened.article.title().starts_with("هدنة هشة"));
    harness.get_by_label("Encoding: UTF-8");
    harness.get_by_label("0 annotations (0 actors, 0 locations, 0 claims)");
    harness.get_by_label("1283 characters");
    harness.get_by_label_contains("أعلنت قيادة «القوات المشتركة»");
}

#[test]
fn a_load_error_is_shown_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.txt");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    let harness = harness(pdf);
    assert!(harness.state().opened().is_none());
    harness.get_by_label("Could not open the article");
    harness.get_by_label_contains("looks like a PDF document");
}

#[test]
fn an_empty_folder_is_reported_as_a_corpus_without_articles() {
    let dir = tempfile::tempdir().unwrap();
    let harness = harness(dir.path().to_path_buf());
    assert!(harness.state().opened().is_none());
    harness.get_by_label_contains("folder has no articles");
}

#[test]
fn an_unreadable_sidecar_is_shown_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "قال المتحدث إن الهدنة صامدة.\n").unwrap();
    std::fs::write(marsad::store::sidecar_path(&article), "(format_version: 1,").unwrap();
    let harness = harness(article);
    harness.get_by_label_contains("Annotations are read-only");
    harness.get_by_label_contains("will not write over it");
}

/// "Open sample" never opens the bundled file itself (installed under /usr/share it can take
/// no sidecar or lock): it copies it once to the data folder and opens the copy, whose
/// annotations are kept there.
#[test]
fn open_sample_opens_a_working_copy_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(crate::ui::copy_sample(dir.path(), "other.txt"));
    let folder = dir.path().join("data/sample");
    harness
        .state_mut()
        .set_sample(Some(marsad::app::sample::Sample {
            bundled: PathBuf::from(SAMPLE_ARTICLE),
            folder: folder.clone(),
        }));
    harness.run_ok();
    harness.get_by_label("Open sample").click();
    let copy = folder.join("hudna-report.txt");
    crate::ui::until(&mut harness, "the sample's copy to open", |app| {
        app.opened().is_some_and(|o| o.article.path == copy)
    });
    let text = harness.state().opened().unwrap().article.text.clone();
    crate::ui::tag_word(&mut harness, &text, "الحلبي", egui::Key::A);
    crate::ui::until_saved(&mut harness);
    assert!(folder.join("hudna-report.txt.marsad.ron").exists());
    assert!(
        !std::path::Path::new(&format!("{SAMPLE_ARTICLE}.marsad.ron")).exists(),
        "nothing is written beside the bundled sample"
    );
    // Opened again, it is the same copy with its annotation.
    harness.get_by_label("Open sample").click();
    harness.run_ok();
    assert_eq!(harness.state().opened().unwrap().article.path, copy);
    assert_eq!(crate::ui::document(&harness).all().count(), 1);
}

/// Help → About names the version, the licences of the code and of the fonts, and where the
/// settings and recovery files are.
#[test]
fn about_names_the_version_licences_and_files() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label_contains("About Marsad").click();
    harness.run();
    harness.get_by_label(&format!("Marsad {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("MIT OR Apache-2.0");
    harness.get_by_label_contains("SIL Open Font License 1.1");
    harness.get_by_label_contains("OFL-Amiri.txt");
    harness.get_by_label_contains("app.ron");
    harness.get_by_label_contains("a.txt.marsad.ron.recovery");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("SIL Open Font License 1.1")
            .is_none()
    );
}
