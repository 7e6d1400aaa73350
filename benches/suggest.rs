//! Registry suggestions for a 20 KB Arabic article against a registry of 50,000 names and
//! aliases (25,000 entities). Target (issue "Corpus memory"): under 50 ms for the search and
//! the filtering against the article's annotations. Compiling the names (once per registry
//! change, on a thread) is measured too.
//!
//! Run with `cargo bench --bench suggest`.

#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use marsad::model::{Document, Entity, EntityKind};
use marsad::registry::{Registry, RegistryEntity};
use marsad::suggest::{NameIndex, suggestions};

const LETTERS: [char; 20] = [
    'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ر', 'ز', 'س', 'ش', 'ص', 'ط', 'ع', 'غ', 'ف', 'ق', 'م', 'ن',
    'ه',
];

/// A made-up name: three to five letters picked by `seed`, with the article on some.
fn name(mut seed: u64) -> String {
    let len = 3 + (seed % 3) as usize;
    let mut out = String::new();
    if seed.is_multiple_of(4) {
        out.push_str("ال");
    }
    for _ in 0..len {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        out.push(LETTERS[(seed >> 33) as usize % LETTERS.len()]);
    }
    out
}

fn registry() -> Registry {
    let entities = (0..25_000_u64).map(|i| {
        let kind = if i.is_multiple_of(3) {
            EntityKind::Location
        } else {
            EntityKind::Actor
        };
        let mut e = Entity::new(kind, format!("{} {}", name(i * 2 + 1), name(i * 2 + 2)));
        e.aliases = vec![name(i * 7 + 3)];
        RegistryEntity::new(e)
    });
    Registry::from_entities(entities).expect("a valid registry")
}

/// About 20 KB of Arabic: sentences naming some of the registry's entities.
fn article() -> String {
    let mut text = String::new();
    let mut i = 0_u64;
    while text.len() < 20_000 {
        let _ = writeln!(
            text,
            "وقال {} إن القوات في {} تقدمت نحو و{} صباح اليوم.",
            name(i * 7 + 3),
            name(i * 2 + 1),
            name(i * 13 + 5)
        );
        i += 97;
    }
    text
}

fn bench(c: &mut Criterion) {
    let registry = registry();
    let text = article();
    let folded = marsad::matching::fold(&text);
    let names = NameIndex::new(&registry);
    assert_eq!(names.len(), 50_000);
    let doc = Document::new("h");
    let found = suggestions(&names.hits(&folded), &doc);
    assert!(
        found.len() > 100,
        "the article names registry entities: {}",
        found.len()
    );
    let mut group = c.benchmark_group("suggest");
    group.sample_size(20);
    group.bench_function("suggestions for 20 KB against 50,000 names", |b| {
        b.iter(|| black_box(suggestions(&names.hits(black_box(&folded)), &doc)));
    });
    group.sample_size(10);
    group.bench_function("compiling 50,000 names", |b| {
        b.iter(|| black_box(NameIndex::new(black_box(&registry))));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
