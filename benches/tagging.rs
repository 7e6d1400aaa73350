//! Tagging, untagging and undo on an article that already holds 5,000 annotations. Target:
//! each under 1 ms (median), so actions stay instant on dense articles.
//!
//! Run with `cargo bench --bench tagging`.

#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use marsad::model::{AnnotationId, AnnotationKind};
use marsad::session::{Command, Link, Session};

const LINES: usize = 2_500;

/// An Arabic article: one numbered sentence per line, each with an actor and a place.
fn article_text() -> String {
    use std::fmt::Write as _;
    (0..LINES).fold(String::new(), |mut text, i| {
        let _ = writeln!(
            text,
            "وقال المتحدث باسم القوات رقم {i} إن الاشتباكات في الرملة أسفرت عن {} قتلى.",
            i % 50
        );
        text
    })
}

fn now() -> Timestamp {
    Timestamp::from_second(1_764_000_000).expect("valid")
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

/// A session on the article with 5,000 annotations: every actor and every place tagged.
fn dense_session(dir: &std::path::Path) -> Session {
    let path = dir.join("dense.txt");
    std::fs::write(&path, article_text()).expect("written");
    let mut session = Session::new(marsad::store::open(&path).expect("opens"));
    for (kind, needle) in [
        (AnnotationKind::Actor, "المتحدث باسم القوات"),
        (AnnotationKind::Location, "الرملة"),
    ] {
        let all = ranges(session.text(), needle);
        let applied = session
            .apply(
                Command::Tag {
                    kind,
                    range: all[0].clone(),
                    link: Link::Auto,
                },
                now(),
            )
            .expect("tagged");
        let entity = applied.entity.expect("linked");
        session
            .apply(
                Command::TagAll {
                    entity,
                    ranges: all[1..].to_vec(),
                },
                now(),
            )
            .expect("tagged all");
    }
    assert_eq!(session.document().annotations().len(), 2 * LINES);
    session
}

/// Times `timed` over `iters` rounds, running `untimed` after each to restore the state.
fn rounds(
    iters: u64,
    session: &mut Session,
    mut timed: impl FnMut(&mut Session, usize),
    mut untimed: impl FnMut(&mut Session, usize),
) -> Duration {
    let mut total = Duration::ZERO;
    for i in 0..usize::try_from(iters).unwrap_or(usize::MAX) {
        let start = Instant::now();
        timed(session, i);
        total += start.elapsed();
        untimed(session, i);
    }
    total
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = dense_session(dir.path());
    let clashes = ranges(session.text(), "الاشتباكات");
    let said = ranges(session.text(), "وقال");
    let ids: Vec<AnnotationId> = session
        .document()
        .annotations()
        .iter()
        .map(|a| a.id)
        .collect();
    let tag = |kind, range| Command::Tag {
        kind,
        range,
        link: Link::Auto,
    };
    let mut group = c.benchmark_group("5000 annotations");
    group.bench_function("tag a claim", |b| {
        b.iter_custom(|iters| {
            rounds(
                iters,
                &mut session,
                |s, i| {
                    let line = clashes[i % LINES].start - 20;
                    black_box(s.apply(tag(AnnotationKind::Claim, line..line + 40), now()))
                        .expect("tagged");
                },
                |s, _| assert!(s.undo()),
            )
        });
    });
    group.bench_function("tag a mention of a known entity", |b| {
        b.iter_custom(|iters| {
            rounds(
                iters,
                &mut session,
                |s, i| {
                    let r = clashes[i % LINES].clone();
                    black_box(s.apply(tag(AnnotationKind::Location, r), now())).expect("tagged");
                },
                |s, _| assert!(s.undo()),
            )
        });
    });
    group.bench_function("tag a new name (searched in the article)", |b| {
        b.iter_custom(|iters| {
            rounds(
                iters,
                &mut session,
                |s, i| {
                    let r = said[i % LINES].clone();
                    black_box(s.apply(tag(AnnotationKind::Actor, r), now())).expect("tagged");
                },
                |s, _| assert!(s.undo()),
            )
        });
    });
    group.bench_function("untag", |b| {
        b.iter_custom(|iters| {
            rounds(
                iters,
                &mut session,
                |s, i| {
                    black_box(s.apply(Command::Untag(ids[i % ids.len()]), now()))
                        .expect("untagged");
                },
                |s, _| assert!(s.undo()),
            )
        });
    });
    group.bench_function("undo a tag", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..usize::try_from(iters).unwrap_or(usize::MAX) {
                let r = clashes[i % LINES].clone();
                session
                    .apply(tag(AnnotationKind::Location, r), now())
                    .expect("tagged");
                let start = Instant::now();
                assert!(black_box(session.undo()));
                total += start.elapsed();
            }
            total
        });
    });
    group.finish();
    assert_eq!(session.document().annotations().len(), 2 * LINES);
}

criterion_group!(benches, bench);
criterion_main!(benches);
