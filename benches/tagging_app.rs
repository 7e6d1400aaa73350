//! The whole cost on the window's thread of one tag in the app, on an article that holds
//! 20,000 annotations: the request applied (the command, its undo step, the offer of other
//! mentions), the panels' counts and the view's highlights brought up to date, and the
//! unsaved document handed to the recovery recorder. Drawing is not counted: it lays out
//! only what is visible, and `cargo bench --bench view` measures it. Target: under 1 ms.
//!
//! Run with `cargo bench --bench tagging_app`.

#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use marsad::app::actions::Action;
use marsad::app::settings::Settings;
use marsad::app::view::Selection;
use marsad::app::{MarsadApp, Request};
use marsad::model::{AnnotationKind, Document};
use marsad::session::{Command, Link, Session};

const LINES: usize = 10_000;

fn article_text() -> String {
    (0..LINES).fold(String::new(), |mut text, i| {
        let _ = writeln!(
            text,
            "وقال المتحدث باسم القوات رقم {i} إن الاشتباكات في الرملة أسفرت عن {} قتلى.",
            i % 50
        );
        text
    })
}

/// Code point ranges of every occurrence of `needle`.
fn ranges(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let len = needle.chars().count();
    text.match_indices(needle)
        .map(|(b, _)| {
            let start = text[..b].chars().count();
            start..start + len
        })
        .collect()
}

/// Writes the article with a sidecar of 20,000 annotations: every actor and place tagged.
fn dense_article(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("dense.txt");
    std::fs::write(&path, article_text()).expect("written");
    let mut session = Session::new(marsad::store::open(&path).expect("opens"));
    let now = jiff::Timestamp::from_second(1_764_000_000).expect("valid");
    for (kind, needle) in [
        (AnnotationKind::Actor, "المتحدث باسم القوات"),
        (AnnotationKind::Location, "الرملة"),
    ] {
        let all = ranges(session.text(), needle);
        let range = all[0].clone();
        let entity = session
            .apply(
                Command::Tag {
                    kind,
                    range,
                    link: Link::Auto,
                },
                now,
            )
            .expect("tagged")
            .entity
            .expect("linked");
        let ranges = all[1..].to_vec();
        session
            .apply(Command::TagAll { entity, ranges }, now)
            .expect("tagged all");
    }
    let doc: &Document = session.document();
    assert_eq!(doc.annotations().len(), 2 * LINES);
    marsad::store::save(&marsad::store::sidecar_path(&path), doc, &path).expect("saved");
    path
}

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
    harness.step();
    harness
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dense_article(dir.path());
    let text = std::fs::read_to_string(&path).expect("read");
    let clashes = ranges(&text, "الاشتباكات");
    let mut harness = open(path);
    let app = harness.state_mut();
    assert_eq!(
        app.workspace()
            .expect("open")
            .session()
            .document()
            .annotations()
            .len(),
        2 * LINES
    );
    let mut time = |kind: Action, range: &dyn Fn(usize) -> std::ops::Range<usize>, iters: u64| {
        let mut total = Duration::ZERO;
        for i in 0..usize::try_from(iters).unwrap_or(usize::MAX) {
            let r = range(i % LINES);
            let view = app.view_mut().expect("open");
            view.selection = Some(Selection {
                anchor: r.start,
                cursor: r.end,
            });
            let start = Instant::now();
            black_box(app.submit(Request::Action(kind))).expect("tagged");
            total += start.elapsed();
            app.submit(Request::Action(Action::Undo)).expect("undone");
        }
        total
    };
    let mut group = c.benchmark_group("20000 annotations in the app");
    group.bench_function("tag a claim", |b| {
        b.iter_custom(|iters| {
            time(
                Action::TagClaim,
                &|i| clashes[i].start - 20..clashes[i].start + 20,
                iters,
            )
        });
    });
    // The line numbers from 1000 on are each written once: a name with no other mention.
    let numbers: Vec<std::ops::Range<usize>> = (1000..LINES)
        .map(|i| {
            let at = text.find(&format!("رقم {i} ")).expect("numbered") + "رقم ".len();
            let start = text[..at].chars().count();
            start..start + 4
        })
        .collect();
    group.bench_function("tag a name written once (nothing offered)", |b| {
        b.iter_custom(|iters| {
            time(
                Action::TagActor,
                &|i| numbers[i % numbers.len()].clone(),
                iters,
            )
        });
    });
    group.bench_function("tag a word found on every line (10,000 offered)", |b| {
        b.iter_custom(|iters| time(Action::TagLocation, &|i| clashes[i].clone(), iters));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
