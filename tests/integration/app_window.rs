//! The first window, driven headless through `egui_kittest`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::settings::{Panels, Settings};
use marsad::app::{MarsadApp, SAMPLE_ARTICLE};

/// The real app on `path`, run until the article has opened.
pub fn harness(path: PathBuf) -> Harness<'static, MarsadApp> {
    harness_sized(path, egui::vec2(1000.0, 700.0))
}

/// The same, in a window of `size`, with only the article (no side panels), as the view
/// tests measure it.
pub fn harness_sized(path: PathBuf, size: egui::Vec2) -> Harness<'static, MarsadApp> {
    let settings = Settings {
        panels: Panels {
            lists: false,
            inspector: false,
            claims: false,
        },
        ..Settings::default()
    };
    harness_with(path, size, settings)
}

/// The real app on `path` in a window of `size` with `settings`, run until the article has
/// opened.
pub fn harness_with(
    path: PathBuf,
    size: egui::Vec2,
    settings: Settings,
) -> Harness<'static, MarsadApp> {
    let theme = if settings.theme == marsad::app::settings::Theme::Light {
        egui::Theme::Light
    } else {
        egui::Theme::Dark
    };
    let mut harness = Harness::builder()
        .with_size(size)
        // The harness sets its theme after the app is made; give it the settings' one.
        .with_theme(theme)
        // Frames a sixtieth of a second apart, as on a screen: two clicks are a double-click.
        .with_step_dt(1.0 / 60.0)
        // Tooltips fade in over a few frames.
        .with_max_steps(30)
        .build_eframe(move |cc| MarsadApp::with_settings(&cc.egui_ctx, Some(path), settings));
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().is_loading() {
        assert!(Instant::now() < deadline, "opening took too long");
        std::thread::sleep(Duration::from_millis(5));
        // One frame at a time: the spinner asks for frames as long as loading runs, and
        // `run` gives up after a few.
        harness.step();
    }
    harness.run();
    harness
}

/// Presses a key and runs until the window settles (or a spinner keeps it busy).
pub fn key(harness: &mut Harness<'_, MarsadApp>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

/// The file name of the open article, if one is open.
pub fn open_name(app: &MarsadApp) -> Option<String> {
    let path = &app.opened()?.article.path;
    Some(path.file_name()?.to_string_lossy().into_owned())
}

/// The open article's annotations.
pub fn document<'h>(harness: &'h Harness<'_, MarsadApp>) -> &'h marsad::model::Document {
    harness.state().workspace().unwrap().session().document()
}

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
