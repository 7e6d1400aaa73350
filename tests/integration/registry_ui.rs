//! The corpus registry in the window: an entity tagged in one article of a corpus is
//! suggested in the others, linked to the same registry entity; accepting and rejecting
//! suggestions are kept across reopening.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::{MarsadApp, Request};
use marsad::model::{AnnotationKind, EntityKind};

use crate::ui::{document, full, key, offset, tag_word, until, until_saved};

const FIRST: &str = "قال الرئيس بوتين إن المفاوضات مستمرة.\n";
const SECOND: &str = "نقلت وكالة سبوتنيك عن بوتين قوله إن الهدنة صامدة، وبوتين يزور المنطقة غدًا.\n";

fn open(harness: &mut Harness<'_, MarsadApp>, path: &std::path::Path) {
    let _ = harness
        .state_mut()
        .submit(Request::Open(path.to_path_buf()));
    until(harness, "the article", |app| {
        !app.is_loading() && app.opened().is_some_and(|o| o.article.path == path)
    });
}

fn suggested(harness: &Harness<'_, MarsadApp>, text: &str) -> Vec<(usize, String)> {
    let ws = harness.state().workspace().unwrap();
    ws.suggestions()
        .0
        .iter()
        .map(|s| {
            let word: String = text.chars().skip(s.word.start).take(s.word.len()).collect();
            (s.range.start, word)
        })
        .collect()
}

#[test]
fn an_entity_tagged_in_one_article_is_suggested_in_the_next_and_choices_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let first = crate::common::write(dir.path(), "a.txt", FIRST);
    let second = crate::common::write(dir.path(), "b.txt", SECOND);
    marsad::registry::init(dir.path()).unwrap();

    // In the first article: بوتين tagged as an actor, with its Wikidata id typed in.
    let mut harness = full(first.clone());
    tag_word(&mut harness, FIRST, "بوتين", Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Wikidata")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Wikidata")
        .type_text("Q7747");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    key(&mut harness, Modifiers::COMMAND, Key::S);
    until_saved(&mut harness);
    until(&mut harness, "the registry saved", |app| {
        app.registry().is_some_and(|r| !r.is_saving())
    });
    let entity = document(&harness).entities()[0].clone();
    assert_eq!(entity.wikidata.as_deref(), Some("Q7747"));
    let registry = marsad::registry::RegistryFile::open(
        &dir.path().join(marsad::registry::REGISTRY_FILE_NAME),
    )
    .unwrap();
    let kept = registry
        .registry()
        .get(entity.id)
        .expect("the registry took it");
    assert_eq!(kept.entity.name, "بوتين");
    assert_eq!(kept.entity.wikidata.as_deref(), Some("Q7747"));

    // The second article: its بوتين and وبوتين are suggested as that entity; سبوتنيك is not.
    open(&mut harness, &second);
    harness.run();
    let found = suggested(&harness, SECOND);
    let words: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(words, ["بوتين", "وبوتين"], "{found:?}");
    let (list, _) = harness.state().workspace().unwrap().suggestions();
    assert!(list.iter().all(|s| s.entity == entity.id));

    // ] goes to the first, Enter accepts it; ] then R rejects the second.
    harness.key_press(Key::CloseBracket);
    harness.run();
    let (_, current) = harness.state().workspace().unwrap().suggestions();
    assert_eq!(current.map(|s| s.range.start), Some(found[0].0));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        suggested(&harness, SECOND).len(),
        1,
        "the accepted one is tagged"
    );
    harness.key_press(Key::CloseBracket);
    harness.run();
    harness.key_press(Key::R);
    harness.run();
    assert!(
        suggested(&harness, SECOND).is_empty(),
        "the rejected one is gone"
    );
    // Undo brings the rejected one back, redo turns it down again.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(suggested(&harness, SECOND).len(), 1);
    key(&mut harness, Modifiers::COMMAND, Key::Y);
    harness.run();
    assert!(suggested(&harness, SECOND).is_empty());
    key(&mut harness, Modifiers::COMMAND, Key::S);
    until_saved(&mut harness);

    // Reopened: the accepted one is a mention of the registry entity, the rejected one is
    // not suggested again.
    open(&mut harness, &first);
    open(&mut harness, &second);
    harness.run();
    let doc = document(&harness);
    let mentions: Vec<_> = doc
        .annotations()
        .iter()
        .filter(|a| a.kind == AnnotationKind::Actor)
        .collect();
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].span.start, offset(SECOND, "بوتين"));
    assert_eq!(mentions[0].entity, Some(entity.id));
    let linked = doc.entity(entity.id).unwrap();
    assert_eq!(linked.kind, EntityKind::Actor);
    assert_eq!(linked.wikidata.as_deref(), Some("Q7747"));
    assert!(doc.corpus.linked);
    assert_eq!(doc.corpus.rejected.len(), 1);
    assert!(suggested(&harness, SECOND).is_empty());
    let sidecar = std::fs::read_to_string(marsad::store::sidecar_path(&second)).unwrap();
    assert!(sidecar.contains("format_version: 2"), "{sidecar}");
}
