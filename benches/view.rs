//! Frame time of the article view while scrolling, on a 2 MB and a 20 KB Arabic article, and
//! the first frame after opening the 2 MB one. Targets: median frame under 2 ms with laid-out
//! paragraphs cached, the 2 MB figure within 1.5x of the 20 KB one, first frame under 100 ms.
//!
//! Run with `cargo bench --bench view`.

#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use marsad::app::fonts;
use marsad::app::settings::Settings;
use marsad::app::theme::view_style;
use marsad::app::view::{ArticleView, Highlight, Mark, ViewStyle};
use marsad::model::AnnotationKind;

const PARAGRAPHS: &[&str] = &[
    "أعلنت قيادة «القوات المشتركة» مساء الأحد التوصل إلى هدنة مدتها 72 ساعة مع «جبهة الخلاص» في وادي السدر، بعد أسبوع من الاشتباكات قالت منظمة أطباء الوادي إنها أودت بحياة 47 شخصاً على الأقل، بينهم 9 أطفال.",
    "وقال المتحدث باسم القوات المشتركة، العقيد سامر الحلبي، في مؤتمر صحفي عقده في مدينة الرملة إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به».",
    "وبحسب تقرير لمكتب تنسيق الشؤون الإنسانية (OCHA) صدر الشهر الماضي، نزح نحو 3.5 ملايين شخص من المنطقة خلال الفترة 2020-2022، ويعتمد أكثر من نصف السكان على المساعدات.",
    "في المقابل، نفت جبهة الخلاص في بيان نشرته على قناتها في Telegram أن تكون قد وافقت على أي هدنة، واتهمت القوات المشتركة بقصف قرية عين الزيتون فجر الاثنين.",
];

/// An article of about `bytes` bytes: numbered paragraphs separated by blank lines.
fn article(bytes: usize) -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < bytes {
        let _ = write!(text, "{n}. {}\n\n", PARAGRAPHS[n % PARAGRAPHS.len()]);
        n += 1;
    }
    text
}

/// Three highlights per paragraph, as an annotated article has: an actor and a location inside
/// a claim.
fn highlights(text: &str) -> Vec<Highlight> {
    let mut out = Vec::new();
    let mut start = 0;
    for paragraph in text.split('\n') {
        let len = paragraph.chars().count();
        if len > 40 {
            for (kind, from, to) in [
                (AnnotationKind::Claim, 5, len - 5),
                (AnnotationKind::Actor, 6, 20),
                (AnnotationKind::Location, 25, 35),
            ] {
                out.push(Highlight {
                    range: start + from..start + to,
                    mark: Mark::Annotation(kind),
                    id: None,
                    selected: false,
                });
            }
        }
        start += len + 1;
    }
    out
}

fn style() -> ViewStyle {
    view_style(&egui::Visuals::dark(), &Settings::default())
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    ctx
}

/// Runs one frame of the view and tessellates it, as a real frame is; returns the number of
/// quads drawn.
fn frame(ctx: &egui::Context, view: &mut ArticleView, style: &ViewStyle) -> usize {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1100.0, 800.0))),
        ..RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            view.ui(ui, style);
        });
    });
    let quads = ctx
        .tessellate(output.shapes.clone(), output.pixels_per_point)
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(m) => m.indices.len() / 6,
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum();
    output.drop_without_applying_deltas();
    quads
}

/// Scroll positions covering `screens` viewport heights, visited in a loop.
fn scroll_bench(c: &mut Criterion, name: &str, bytes: usize, screens: usize) {
    let ctx = context();
    let style = style();
    let text = article(bytes);
    let mut view = ArticleView::new(&text);
    view.set_highlights(highlights(&text));
    view.selection = Some(marsad::app::view::Selection {
        anchor: 0,
        cursor: text.chars().count() / 2,
    });
    // Warm up: lay out every paragraph the benchmark will visit.
    let step = 120.0;
    let positions: Vec<f32> = (0..screens * 6).map(|i| i as f32 * step).collect();
    for &y in &positions {
        view.scroll_to(y);
        frame(&ctx, &mut view, &style);
    }
    assert!(
        view.cached_paragraphs() > screens,
        "the view laid out {} paragraphs",
        view.cached_paragraphs()
    );
    eprintln!(
        "{name}: {} paragraphs laid out, {} primitives in a frame",
        view.cached_paragraphs(),
        frame(&ctx, &mut view, &style)
    );
    let mut i = 0;
    c.bench_function(name, |b| {
        b.iter(|| {
            view.scroll_to(positions[i % positions.len()]);
            i += 1;
            black_box(frame(&ctx, &mut view, &style));
        });
    });
}

fn scrolling(c: &mut Criterion) {
    scroll_bench(c, "view_scroll_20kb", 20_000, 8);
    scroll_bench(c, "view_scroll_2mb", 2_000_000, 40);
}

fn first_frame(c: &mut Criterion) {
    let style = style();
    let text = article(2_000_000);
    let mut group = c.benchmark_group("view_open");
    group.sample_size(20);
    // A fresh context each time, so egui's galley cache holds nothing from the last run; the
    // fonts are loaded before the clock starts (that is the app's start, not the article's).
    group.bench_function("first_frame_2mb", |b| {
        b.iter_batched(
            || {
                let ctx = context();
                frame(&ctx, &mut ArticleView::new("تحميل"), &style);
                ctx
            },
            |ctx| {
                let mut view = ArticleView::new(&text);
                frame(&ctx, &mut view, &style);
                (ctx, view)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, scrolling, first_frame);
criterion_main!(benches);
