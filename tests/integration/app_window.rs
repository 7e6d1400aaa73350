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
