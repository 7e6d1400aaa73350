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

/// Adds an actor entity named `name` and a mention of it (بوتين at 4..9), through `history`.
fn add_linked_actor(doc: &mut Document, history: &mut History, name: &str) -> (Entity, Annotation) {
    let entity = Entity::new(EntityKind::Actor, name);
    let mut a = mention(AnnotationKind::Actor, 4, 9);
    a.entity = Some(entity.id);
    history
        .apply(doc, Edit::PutEntity(Box::new(entity.clone())))
        .unwrap();
    history
        .apply(doc, Edit::PutAnnotation(Box::new(a.clone())))
        .unwrap();
    (entity, a)
}

#[test]
fn undo_and_redo_walk_every_change() {
    let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
    let start = doc.clone();
    let mut history = History::default();
    let (putin, a) = add_linked_actor(&mut doc, &mut history, "فلاديمير بوتين");
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
    let (putin, _) = add_linked_actor(&mut doc, &mut history, "بوتين");
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

#[test]
fn an_orphan_stays_an_orphan_when_edited_removed_and_restored() {
    let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
    let orphan = mention(AnnotationKind::Claim, 13, 30);
    doc.set_annotations(Vec::new(), vec![orphan.clone()]);
    let mut history = History::default();
    let mut noted = orphan.clone();
    noted.note = "checked".into();
    history
        .apply(&mut doc, Edit::PutAnnotation(Box::new(noted)))
        .unwrap();
    assert!(doc.annotations().is_empty(), "editing does not place it");
    assert_eq!(doc.orphans()[0].note, "checked");
    history
        .apply(&mut doc, Edit::RemoveAnnotation(orphan.id))
        .unwrap();
    assert!(doc.orphans().is_empty());
    assert!(history.undo(&mut doc));
    assert!(doc.annotations().is_empty() && doc.orphans().len() == 1);
    assert!(history.undo(&mut doc));
    assert_eq!(doc.orphans(), [orphan]);
    assert!(doc.annotations().is_empty());
}
