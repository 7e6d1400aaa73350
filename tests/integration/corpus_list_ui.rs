//! A large corpus in the window: the list shows every article, lays out only the rows in
//! view, and fills in the counts as the sidecars are read.

use egui_kittest::kittest::{Queryable as _, by};

use crate::ui::{full, until};

#[test]
fn a_corpus_of_3000_articles_lays_out_only_the_rows_in_view_and_fills_in_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3000 {
        std::fs::write(
            dir.path().join(format!("{i:04}.txt")),
            format!("تقرير رقم {i} عن الاشتباكات في وادي السدر.\n"),
        )
        .unwrap();
    }
    // One annotated article, late in the list.
    let annotated = dir.path().join("2500.txt");
    {
        let mut opened = marsad::store::open(&annotated).unwrap();
        let text = opened.article.text.clone();
        let span =
            marsad::model::Span::capture(&marsad::model::IndexedText::new(&text), 0, 5).unwrap();
        let a = marsad::model::Annotation::new(
            marsad::model::AnnotationKind::Claim,
            span,
            "test",
            jiff::Timestamp::now(),
        );
        opened.document.upsert_annotation(a);
        opened.save().unwrap();
    }
    let mut harness = full(dir.path().to_path_buf());
    until(&mut harness, "the list", |app| {
        app.corpus().is_some_and(|c| c.entries.len() == 3000)
    });
    until(&mut harness, "the counts", |app| !app.is_loading());
    harness.run();
    let rows = harness
        .query_all(by().recursive(true).predicate(|n| {
            n.label()
                .is_some_and(|l| l.ends_with(".txt · 0A 0L 0C") || l.contains(".txt · …"))
        }))
        .count();
    assert!(rows > 5, "the first rows are shown: {rows}");
    assert!(rows < 80, "only the rows in view are laid out: {rows}");
    let corpus = harness.state().corpus().unwrap();
    assert!(corpus.entries.iter().all(|e| e.counted));
    let claim = corpus.position(&annotated).unwrap();
    assert_eq!(corpus.entries[claim].counts.claim, 1);
    assert_eq!(corpus.counted(), 3000);
}
