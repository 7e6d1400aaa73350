//! Saving and loading a sidecar with 20,000 annotations. Target: each under 100 ms.
//!
//! Run with `cargo bench --bench sidecar`.

#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use marsad::model::{
    ActorType, Annotation, AnnotationKind, Document, Entity, EntityKind, IndexedText, Span,
};
use marsad::store;

const ANNOTATIONS: usize = 20_000;

/// An Arabic article with one numbered sentence per annotation.
fn article_text() -> String {
    use std::fmt::Write as _;
    (0..ANNOTATIONS).fold(String::new(), |mut text, i| {
        let dead = i % 50;
        let _ = writeln!(
            text,
            "وقال المتحدث باسم القوات رقم {i} إن الاشتباكات في الرملة أسفرت عن {dead} قتلى."
        );
        text
    })
}

fn document(text: &str) -> Document {
    let idx = IndexedText::new(text);
    let mut doc = Document::new(marsad::article::sha256_hex(text));
    let mut actor = Entity::new(EntityKind::Actor, "المتحدث باسم القوات");
    actor.actor_type = Some(ActorType::StateForces);
    let place = Entity::new(EntityKind::Location, "الرملة");
    let now = Timestamp::from_second(1_764_000_000).expect("valid");
    let mut line_start = 0;
    for (i, line) in text.lines().enumerate() {
        let len = line.chars().count();
        let (kind, start, end) = match i % 3 {
            0 => (AnnotationKind::Actor, line_start + 5, line_start + 24),
            1 => (
                AnnotationKind::Location,
                line_start + len - 28,
                line_start + len - 22,
            ),
            _ => (AnnotationKind::Claim, line_start + 30, line_start + len),
        };
        let span = Span::capture(&idx, start, end).expect("in range");
        let mut a = Annotation::new(kind, span, "analyst", now);
        match kind {
            AnnotationKind::Actor => a.entity = Some(actor.id),
            AnnotationKind::Location => a.entity = Some(place.id),
            AnnotationKind::Claim => {
                if let Some(c) = a.claim.as_mut() {
                    c.speaker = Some(actor.id);
                }
            }
        }
        doc.upsert_annotation(a);
        line_start += len + 1;
    }
    doc.upsert_entity(actor);
    doc.upsert_entity(place);
    doc
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("article.txt");
    let text = article_text();
    std::fs::write(&article, &text).expect("write article");
    let doc = document(&text);
    assert_eq!(doc.annotations().len(), ANNOTATIONS);
    let sidecar = store::sidecar_path(&article);
    store::save(&sidecar, &doc, &article).expect("save");
    let size = std::fs::metadata(&sidecar).expect("sidecar").len();
    eprintln!(
        "sidecar with {ANNOTATIONS} annotations: {} KiB",
        size / 1024
    );

    let mut group = c.benchmark_group("sidecar_20k");
    group.sample_size(20);
    group.bench_function("save", |b| {
        b.iter(|| store::save(&sidecar, black_box(&doc), &article).expect("save"));
    });
    group.bench_function("serialize_only", |b| {
        b.iter(|| store::sidecar::to_string(black_box(&doc), "article.txt").expect("serialize"));
    });
    let saved_text = std::fs::read_to_string(&sidecar).expect("read");
    group.bench_function("syntax_only", |b| {
        b.iter(|| {
            ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str::<serde::de::IgnoredAny>(black_box(&saved_text))
                .expect("parses")
        });
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| store::sidecar::parse(black_box(&saved_text)).expect("parses"));
    });
    group.bench_function("load", |b| {
        b.iter(|| store::load_sidecar(black_box(&sidecar)).expect("load"));
    });
    group.bench_function("open_and_reanchor", |b| {
        b.iter(|| store::open(black_box(Path::new(&article))).expect("open"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
