//! Edits and undo: every change goes through one stack, undo restores exactly, redo replays.

use marsad::model::{
    Annotation, AnnotationKind, Document, Edit, EditError, Entity, EntityKind, History,
    IndexedText, Span,
};
use proptest::prelude::*;

use crate::common::now;

const TEXT: &str = "قال بوتين إن القوات الروسية ستنسحب من الرملة، ونفى زيلينسكي ذلك.\n";

fn mention(kind: AnnotationKind, start: usize, end: usize) -> Annotation {
    let idx = IndexedText::new(TEXT);
    Annotation::new(
        kind,
        Span::capture(&idx, start, end).unwrap(),
        "tester",
        now(),
    )
}

#[test]
fn undo_and_redo_walk_every_change() {
    let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
    let start = doc.clone();
    let mut history = History::default();
    let putin = Entity::new(EntityKind::Actor, "فلاديمير بوتين");
    let mut a = mention(AnnotationKind::Actor, 4, 9);
    a.entity = Some(putin.id);
    history
        .apply(&mut doc, Edit::PutEntity(Box::new(putin.clone())))
        .unwrap();
    history
        .apply(&mut doc, Edit::PutAnnotation(Box::new(a.clone())))
        .unwrap();
    let mut renamed = putin.clone();
    renamed.aliases.push("بوتين".into());
    history
        .apply(&mut doc, Edit::PutEntity(Box::new(renamed)))
        .unwrap();
    let end = doc.clone();

    assert!(history.undo(&mut doc));
    assert_eq!(doc.entity(putin.id).unwrap().aliases, Vec::<String>::new());
    assert!(history.undo(&mut doc) && history.undo(&mut doc));
    assert_eq!(doc, start);
    assert!(!history.undo(&mut doc));
    while history.redo(&mut doc) {}
    assert_eq!(doc, end);

    // A new edit after an undo drops the redo branch.
    history.undo(&mut doc);
    history
        .apply(&mut doc, Edit::RemoveAnnotation(a.id))
        .unwrap();
    assert!(!history.can_redo());
}

#[test]
fn refused_edits_change_nothing() {
    let mut doc = Document::new("x");
    let mut history = History::default();
    let ghost = Entity::new(EntityKind::Actor, "غير موجود");
    let mut a = mention(AnnotationKind::Actor, 4, 9);
    a.entity = Some(ghost.id);
    let err = history
        .apply(&mut doc, Edit::PutAnnotation(Box::new(a.clone())))
        .unwrap_err();
    assert!(matches!(err, EditError::MissingEntity { .. }));

    // A batch is all or nothing: the second edit fails, the first is rolled back.
    let place = Entity::new(EntityKind::Location, "الرملة");
    let batch = Edit::Batch(vec![
        Edit::PutEntity(Box::new(place)),
        Edit::PutAnnotation(Box::new(a)),
    ]);
    assert!(history.apply(&mut doc, batch).is_err());
    assert_eq!(doc, Document::new("x"));
    assert!(!history.can_undo());

    // An entity still linked cannot be removed.
    let putin = Entity::new(EntityKind::Actor, "بوتين");
    let mut linked = mention(AnnotationKind::Actor, 4, 9);
    linked.entity = Some(putin.id);
    history
        .apply(&mut doc, Edit::PutEntity(Box::new(putin.clone())))
        .unwrap();
    history
        .apply(&mut doc, Edit::PutAnnotation(Box::new(linked)))
        .unwrap();
    assert_eq!(
        history.apply(&mut doc, Edit::RemoveEntity(putin.id)),
        Err(EditError::EntityInUse(putin.id))
    );
}

fn edit_strategy() -> impl Strategy<Value = (u8, usize, usize)> {
    (0u8..4, 0usize..60, 1usize..8)
}

proptest! {
    /// Any sequence of edits, undone completely, gives back the document it started from;
    /// redone completely, the document it ended with.
    #[test]
    fn undoing_everything_restores_the_start(steps in prop::collection::vec(edit_strategy(), 1..30)) {
        let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
        let start = doc.clone();
        let mut history = History::default();
        let mut ids = Vec::new();
        let mut applied = 0;
        for (op, at, len) in steps {
            let edit = match op {
                0 | 1 => {
                    let kind = if op == 0 { AnnotationKind::Actor } else { AnnotationKind::Claim };
                    let chars = TEXT.chars().count();
                    let start = at % (chars - 1);
                    let a = mention(kind, start, (start + len).min(chars));
                    ids.push(a.id);
                    Edit::PutAnnotation(Box::new(a))
                }
                2 if !ids.is_empty() => Edit::RemoveAnnotation(ids[at % ids.len()]),
                _ => {
                    let mut meta = doc.meta.clone();
                    meta.outlet = Some(format!("وكالة {at}"));
                    Edit::SetMeta(Box::new(meta))
                }
            };
            if history.apply(&mut doc, edit).is_ok() {
                applied += 1;
            }
        }
        let end = doc.clone();
        let mut undone = 0;
        while history.undo(&mut doc) {
            undone += 1;
        }
        prop_assert_eq!(undone, applied);
        prop_assert_eq!(&doc, &start);
        while history.redo(&mut doc) {}
        prop_assert_eq!(&doc, &end);
    }
}
