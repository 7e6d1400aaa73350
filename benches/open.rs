//! Opening a 50 MB article: what the loading thread does (read, decode, place the annotations,
//! prepare the text for display and search) and the first frame once it arrives. The window
//! keeps drawing meanwhile (`reliability::a_50_mb_article_opens_while_frames_keep_coming`).
//!
//! Run with `cargo bench --bench open`.

#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use marsad::app::workspace::Workspace;

const PARAGRAPHS: [&str; 3] = [
    "أعلنت قيادة «القوات المشتركة» مساء الأحد التوصل إلى هدنة مدتها 72 ساعة مع «جبهة الخلاص» في وادي السدر.",
    "وقال المتحدث باسم المنظمة (OCHA) إن 1,250 عائلة نزحت من القرى المحيطة منذ 3 آذار/مارس 2024.",
    "ونفى الجيش في بيان أن تكون وحداته قد استهدفت المستشفى الميداني في مدينة الرملة.",
];

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.txt");
    let mut text = String::from("تقرير طويل عن النزاع\n\n");
    let mut i = 0;
    while text.len() < 50 << 20 {
        writeln!(text, "{i}. {}\n", PARAGRAPHS[i % 3]).expect("write");
        i += 1;
    }
    std::fs::write(&path, &text).expect("write article");
    let mut group = c.benchmark_group("open_50mb");
    group.sample_size(10);
    group.bench_function("store_open", |b| {
        b.iter(|| marsad::store::open(black_box(&path)).expect("opens"));
    });
    group.bench_function("open_and_prepare", |b| {
        b.iter(|| Workspace::new(marsad::store::open(black_box(&path)).expect("opens")));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
