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

/// The fixture corpus (tests/fixtures/registry) copied into a temporary folder.
fn fixture_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = crate::common::fixtures().join("registry");
    for name in ["upgrade.txt", "upgrade.txt.marsad.ron", "marsad-corpus.ron"] {
        std::fs::copy(from.join(name), dir.path().join(name)).unwrap();
    }
    dir
}

#[test]
fn a_version_1_sidecar_of_a_corpus_is_upgraded_on_save_and_a_look_alike_is_only_proposed() {
    let dir = fixture_corpus();
    let article = dir.path().join("upgrade.txt");
    let sidecar = marsad::store::sidecar_path(&article);
    let before = std::fs::read_to_string(&sidecar).unwrap();
    assert!(before.contains("format_version: 1"));
    let text = std::fs::read_to_string(&article).unwrap();
    let mut harness = full(article.clone());
    harness.run();
    // بوتين (same Wikidata id) is the registry's فلاديمير بوتين; الجيش is only proposed.
    let putin = marsad::model::EntityId("01a21050-1be2-72b3-aa0c-200000000001".parse().unwrap());
    let local_army =
        marsad::model::EntityId("01a21050-1be2-72b3-aa0c-000000000002".parse().unwrap());
    let doc = document(&harness);
    let ids: Vec<_> = doc.annotations().iter().map(|a| a.entity).collect();
    assert_eq!(ids, [Some(putin), Some(local_army)]);
    assert_eq!(doc.entity(putin).unwrap().name, "فلاديمير بوتين");
    crate::ui::shows(&harness, "One entity looks like one in the corpus registry");
    // The second بوتين, untagged, is suggested as the registry's.
    let found = suggested(&harness, &text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Nothing is written until the article is saved for a change of its own.
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), before);
    key(&mut harness, Modifiers::COMMAND, Key::D);
    key(&mut harness, Modifiers::COMMAND, Key::S);
    until_saved(&mut harness);
    until(&mut harness, "the registry saved", |app| {
        app.registry().is_some_and(|r| !r.is_saving())
    });
    let after = std::fs::read_to_string(&sidecar).unwrap();
    assert!(after.contains("format_version: 2") && after.contains("linked: true"));
    assert_eq!(
        std::fs::read_to_string(marsad::store::backup_path(&sidecar)).unwrap(),
        before,
        "the version 1 file is kept as .bak"
    );
    let registry = marsad::registry::RegistryFile::open(
        &dir.path().join(marsad::registry::REGISTRY_FILE_NAME),
    )
    .unwrap();
    let mut names: Vec<&str> = registry
        .registry()
        .entities()
        .map(|e| e.entity.name.as_str())
        .collect();
    names.sort_unstable();
    // بوتين once (the registry's), and two armies: the registry's and the article's.
    assert_eq!(names, ["الجيش", "الجيش", "فلاديمير بوتين"], "{names:?}");
    assert!(registry.registry().get(local_army).is_some());
    // Opened again: linked, nothing to propose, nothing missing.
    open(&mut harness, &article);
    assert!(document(&harness).corpus.linked);
    assert!(
        harness
            .query_by_label_contains("looks like one in the corpus registry")
            .is_none()
    );
}

#[test]
fn a_registry_that_does_not_parse_names_its_line_and_is_not_written() {
    let dir = fixture_corpus();
    let file = dir.path().join(marsad::registry::REGISTRY_FILE_NAME);
    let broken = "(\n  format_version: 1,\n  entities: [\n    (entity: oops),\n  ],\n)\n";
    std::fs::write(&file, broken).unwrap();
    let article = dir.path().join("upgrade.txt");
    let mut harness = full(article.clone());
    harness.run();
    crate::ui::shows(&harness, "line 4, column");
    // The article shows its own entities, and saving it leaves the registry as it is.
    let doc = document(&harness);
    assert!(!doc.corpus.linked);
    assert_eq!(doc.entities()[0].name, "بوتين");
    key(&mut harness, Modifiers::COMMAND, Key::D);
    key(&mut harness, Modifiers::COMMAND, Key::S);
    until_saved(&mut harness);
    harness.run();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);
    let sidecar = std::fs::read_to_string(marsad::store::sidecar_path(&article)).unwrap();
    assert!(sidecar.contains("format_version: 1"), "{sidecar}");
}
