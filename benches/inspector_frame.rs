//! One frame of the window with the inspector open on an actor mention whose entity has a
//! multi-word Arabic name and a note: the frame idle, and the frames of typing one letter into
//! the note (and removing it again). The window is 1280×900 with every panel, on the bundled
//! sample. Painting on the GPU is not counted; everything egui does up to tessellation is.
//!
//! Run with `cargo bench --bench inspector_frame`.

#![allow(missing_docs)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::actions::Action;
use marsad::app::settings::Settings;
use marsad::app::view::Selection;
use marsad::app::{MarsadApp, Request};

const NAME: &str = "العقيد سامر الحلبي";

fn open(path: std::path::PathBuf) -> Harness<'static, MarsadApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| {
            MarsadApp::with_settings(&cc.egui_ctx, Some(path), Settings::default())
        });
    while harness.state().is_loading() {
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
    harness
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).expect("sample copied");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut harness = open(path);
    let at = text.find(NAME).expect("the name is in the sample");
    let start = text[..at].chars().count();
    let app = harness.state_mut();
    app.view_mut().expect("open").selection = Some(Selection {
        anchor: start,
        cursor: start + NAME.chars().count(),
    });
    app.submit(Request::Action(Action::TagActor))
        .expect("tagged");
    harness.run();
    assert!(
        harness
            .state()
            .workspace()
            .expect("open")
            .selected_annotation()
            .is_some(),
        "the new mention is selected, so the inspector shows it"
    );
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("قال المتحدث إن 47 مسيّرة أُسقطت فوق الرملة");
    harness.run();

    let mut group = c.benchmark_group("inspector open on an actor");
    group.bench_function("one frame", |b| b.iter(|| harness.step()));
    group.bench_function("type a letter and remove it (two frames)", |b| {
        b.iter(|| {
            harness.event(egui::Event::Text("ب".into()));
            harness.step();
            harness.key_press(egui::Key::Backspace);
            harness.step();
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
