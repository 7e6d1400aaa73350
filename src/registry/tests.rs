//! The registry's model, file format, saving with another writer, and where it is found.

use super::*;
use crate::model::{Coordinates, EntityKind};

fn actor(name: &str) -> RegistryEntity {
    RegistryEntity::new(Entity::new(EntityKind::Actor, name))
}

fn putin() -> RegistryEntity {
    let mut e = actor("فلاديمير بوتين");
    e.entity.aliases = vec!["بوتين".into(), "الرئيس الروسي".into()];
    e.entity.wikidata = Some("Q7747".into());
    e
}

#[test]
fn a_registry_reads_back_as_written_in_a_stable_order() {
    let mut ramla = RegistryEntity::new(Entity::new(EntityKind::Location, "الرملة"));
    ramla.entity.coordinates = Some(Coordinates {
        lat: 31.93,
        lon: 34.87,
    });
    let merged = actor("بوتن");
    let mut survivor = putin();
    survivor.merged_from.push(merged.entity.id);
    let spokesman = actor("العقيد سامر الحلبي، المتحدث");
    let entities = vec![ramla, survivor.clone(), spokesman];
    let registry = Registry::from_entities(entities.clone()).unwrap();
    let text = to_string(&registry).unwrap();
    assert_eq!(parse(&text).unwrap(), registry);
    // The same entities given in another order write the same text: ordered by id.
    let reversed = Registry::from_entities(entities.into_iter().rev()).unwrap();
    assert_eq!(to_string(&reversed).unwrap(), text);
    let ids: Vec<usize> = registry
        .entities()
        .map(|e| text.find(&e.entity.id.to_string()).unwrap())
        .collect();
    assert!(ids.is_sorted(), "{text}");
    // Arabic is written as itself, one entity to a block.
    assert!(text.contains("\"فلاديمير بوتين\""), "{text}");
    assert!(text.starts_with("// Marsad corpus registry"));
    assert!(text.contains("format_version: 1"));
    // A merged id resolves to the survivor.
    assert_eq!(
        registry.resolve(merged.entity.id).unwrap().entity.id,
        survivor.entity.id
    );
    assert!(registry.get(merged.entity.id).is_none());
}

#[test]
fn bad_registry_text_is_refused_with_where_and_why() {
    let text = "(\n  format_version: 1,\n  entities: [\n    (entity: oops),\n  ],\n)";
    match parse(text) {
        Err(RegistryParseError::Syntax { line, .. }) => assert_eq!(line, 4),
        other => panic!("{other:?}"),
    }
    let newer = "(\n  format_version: 7,\n  entities: [],\n  events: [],\n)";
    assert_eq!(
        parse(newer).unwrap_err(),
        RegistryParseError::TooNew { found: 7 }
    );
    assert_eq!(
        parse("(format_version: 0, entities: [])").unwrap_err(),
        RegistryParseError::UnknownVersion { found: 0 }
    );
    // An id used by an entity and merged into another.
    let a = actor("أ");
    let mut b = actor("ب");
    b.merged_from.push(a.entity.id);
    assert_eq!(
        Registry::from_entities([a.clone(), b]).unwrap_err(),
        RegistryInvalid::DuplicateId(a.entity.id)
    );
    let text = to_string(&Registry::from_entities([a.clone()]).unwrap()).unwrap();
    let twice = text.replacen(
        "entities: [",
        &format!("entities: [{},", entity_text(&a)),
        1,
    );
    assert!(matches!(
        parse(&twice),
        Err(RegistryParseError::Invalid(RegistryInvalid::DuplicateId(_)))
    ));
}

fn entity_text(e: &RegistryEntity) -> String {
    ron::to_string(e).unwrap()
}

#[test]
fn two_writers_merge_by_id_and_a_conflict_keeps_this_side() {
    let (a, b) = (putin(), actor("الجيش"));
    let base = Registry::from_entities([a.clone(), b.clone()]).unwrap();
    // Ours renames the army and adds a place; theirs adds a Wikidata id to Putin and a new
    // actor, and also renames the army.
    let mut ours = base.clone();
    let mut army = b.clone();
    army.entity.name = "الجيش الوطني".into();
    ours.put(army.clone()).unwrap();
    let place = RegistryEntity::new(Entity::new(EntityKind::Location, "حلب"));
    ours.put(place.clone()).unwrap();
    let mut theirs = base.clone();
    let mut putin2 = a.clone();
    putin2.entity.note = "رئيس روسيا".into();
    theirs.put(putin2.clone()).unwrap();
    let mut army_theirs = b.clone();
    army_theirs.entity.name = "جيش الدولة".into();
    theirs.put(army_theirs).unwrap();
    let newcomer = actor("المرصد السوري");
    theirs.put(newcomer.clone()).unwrap();
    let (merged, conflicts) = ours.merged_with(&base, &theirs);
    assert_eq!(conflicts, vec![b.entity.id]);
    assert_eq!(merged.get(a.entity.id), Some(&putin2));
    assert_eq!(merged.get(b.entity.id), Some(&army));
    assert_eq!(merged.get(place.entity.id), Some(&place));
    assert_eq!(merged.get(newcomer.entity.id), Some(&newcomer));
    // A removal on one side is taken.
    let mut removed = base.clone();
    removed.remove(b.entity.id);
    let (merged, conflicts) = base.merged_with(&base, &removed);
    assert!(conflicts.is_empty() && merged.get(b.entity.id).is_none());
}

#[test]
fn init_makes_a_folder_a_corpus_once_and_never_replaces_a_registry() {
    let dir = tempfile::tempdir().unwrap();
    let made = init(dir.path()).unwrap();
    assert_eq!(made.path(), dir.path().join(REGISTRY_FILE_NAME));
    assert!(made.registry().is_empty());
    let text = std::fs::read_to_string(made.path()).unwrap();
    assert!(parse(&text).unwrap().is_empty());
    assert!(matches!(
        init(dir.path()),
        Err(RegistryError::Exists { .. })
    ));
    assert_eq!(std::fs::read_to_string(made.path()).unwrap(), text);
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "نص").unwrap();
    assert!(matches!(init(&file), Err(RegistryError::NotAFolder { .. })));
}

#[test]
fn a_save_merges_another_writer_s_change_and_keeps_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path()).unwrap();
    let path = dir.path().join(REGISTRY_FILE_NAME);
    let mut one = RegistryFile::open(&path).unwrap();
    let mut two = RegistryFile::open(&path).unwrap();
    let (a, b) = (putin(), actor("الجيش"));
    one.registry_mut().put(a.clone()).unwrap();
    assert!(one.is_changed());
    assert_eq!(one.save().unwrap(), Saved::default());
    two.registry_mut().put(b.clone()).unwrap();
    let saved = two.save().unwrap();
    assert!(saved.merged && saved.conflicts.is_empty(), "{saved:?}");
    let on_disk = RegistryFile::open(&path).unwrap();
    assert_eq!(on_disk.registry().len(), 2);
    assert_eq!(two.registry(), on_disk.registry());
    assert!(!two.is_changed());
    assert!(
        crate::store::backup_path(&path).is_file(),
        "the previous version is kept"
    );
}

#[test]
fn a_registry_that_cannot_be_read_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = init(dir.path()).unwrap();
    let path = file.path().to_path_buf();
    let broken = "(format_version: 1, entities: [(entity: (id: \"nope\"";
    std::fs::write(&path, broken).unwrap();
    assert!(matches!(
        RegistryFile::open(&path),
        Err(RegistryError::Parse { .. })
    ));
    file.registry_mut().put(putin()).unwrap();
    let error = file.save().unwrap_err();
    assert!(
        matches!(error, RegistryError::TheirsUnreadable { .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("will not write over it"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    // A registry removed meanwhile is written anew.
    std::fs::remove_file(&path).unwrap();
    file.save().unwrap();
    assert_eq!(RegistryFile::open(&path).unwrap().registry().len(), 1);
}

#[test]
fn an_article_finds_the_nearest_registry_up_to_home_or_a_repository_root() {
    let root = tempfile::tempdir().unwrap();
    let corpus = root.path().join("corpus");
    let deep = corpus.join("2026").join("05");
    std::fs::create_dir_all(&deep).unwrap();
    assert_eq!(locate_from(&deep, None), None);
    init(&corpus).unwrap();
    let registry = std::fs::canonicalize(corpus.join(REGISTRY_FILE_NAME)).unwrap();
    assert_eq!(locate_from(&deep, None), Some(registry.clone()));
    let article = deep.join("a.txt");
    std::fs::write(&article, "نص").unwrap();
    assert_eq!(locate(&article), Some(registry));
    // The nearest wins.
    init(&deep).unwrap();
    let nearer = std::fs::canonicalize(deep.join(REGISTRY_FILE_NAME)).unwrap();
    assert_eq!(locate_from(&deep, None), Some(nearer));
    // A git repository's root is looked in, and the walk stops there.
    let repo = corpus.join("repo");
    let inside = repo.join("news");
    std::fs::create_dir_all(&inside).unwrap();
    std::fs::create_dir(repo.join(".git")).unwrap();
    assert_eq!(locate_from(&inside, None), None);
    // So is the home folder.
    let home = corpus.join("home");
    let mine = home.join("articles");
    std::fs::create_dir_all(&mine).unwrap();
    assert_eq!(locate_from(&mine, Some(&home)), None);
    init(&home).unwrap();
    assert!(locate_from(&mine, Some(&home)).is_some());
}

#[test]
fn a_merge_keeps_the_absorbed_id_resolving_and_takes_its_names_and_details() {
    let mut survivor = putin();
    survivor.entity.wikidata = None;
    let mut absorbed = actor("بوتن");
    absorbed.entity.wikidata = Some("Q7747".into());
    absorbed.entity.aliases = vec!["بوتين".into()];
    let older = EntityId::new();
    absorbed.merged_from.push(older);
    let ramla = RegistryEntity::new(Entity::new(EntityKind::Location, "الرملة"));
    let mut registry =
        Registry::from_entities([survivor.clone(), absorbed.clone(), ramla.clone()]).unwrap();
    let (s, a) = (survivor.entity.id, absorbed.entity.id);
    assert_eq!(registry.merge(s, s), Err(MergeRefused::Same));
    assert_eq!(registry.merge(s, ramla.entity.id), Err(MergeRefused::Kinds));
    assert_eq!(
        registry.merge(s, EntityId::new()),
        Err(MergeRefused::Unknown)
    );
    registry.merge(s, a).unwrap();
    assert_eq!(registry.len(), 2);
    for id in [s, a, older] {
        assert_eq!(registry.resolve(id).unwrap().entity.id, s, "{id}");
    }
    let kept = &registry.get(s).unwrap().entity;
    assert_eq!(kept.wikidata.as_deref(), Some("Q7747"));
    // بوتين was an alias already: only بوتن is new.
    assert_eq!(kept.aliases, ["بوتين", "الرئيس الروسي", "بوتن"]);
    assert_eq!(parse(&to_string(&registry).unwrap()).unwrap(), registry);
}

#[test]
fn an_article_links_to_the_registry_by_id_through_merges_and_by_wikidata_when_upgraded() {
    use crate::model::{Annotation, AnnotationKind, Document, IndexedText, Span};
    let text = "قال بوتين إن الجيش في الرملة.";
    let idx = IndexedText::new(text);
    let mention = |doc: &mut Document, entity: &Entity, at: usize, len: usize| {
        let mut a = Annotation::new(
            AnnotationKind::Actor,
            Span::capture(&idx, at, at + len).unwrap(),
            "t",
            jiff::Timestamp::UNIX_EPOCH,
        );
        a.entity = Some(entity.id);
        doc.upsert_entity(entity.clone());
        doc.upsert_annotation(a);
    };
    let survivor = putin();
    let army = actor("الجيش");
    let mut registry = Registry::from_entities([survivor.clone(), army.clone()]).unwrap();

    // A version 1 sidecar: its بوتين (same Wikidata id) becomes the registry's; its الجيش
    // (same name, no Wikidata) is proposed, not merged; its own entity stays, to be added.
    let mut local_putin = Entity::new(EntityKind::Actor, "بوتين");
    local_putin.wikidata = Some("Q7747".into());
    let local_army = Entity::new(EntityKind::Actor, "الجيش");
    let mut v1 = Document::new("h");
    mention(&mut v1, &local_putin, 4, 5);
    mention(&mut v1, &local_army, 13, 5);
    let linked = link(&v1, &registry);
    assert!(linked.document.corpus.linked);
    let ids: Vec<_> = linked
        .document
        .annotations()
        .iter()
        .map(|a| a.entity)
        .collect();
    assert_eq!(ids, [Some(survivor.entity.id), Some(local_army.id)]);
    assert_eq!(
        linked.document.entity(survivor.entity.id).unwrap().name,
        "فلاديمير بوتين",
        "the registry wins over the snapshot"
    );
    assert_eq!(linked.unregistered, [local_army.id]);
    assert_eq!(
        linked.lookalikes,
        [Lookalike {
            entity: local_army.id,
            like: army.entity.id
        }]
    );
    let changed = changed_entities(&linked.document, &linked.linked_from);
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].id, local_army.id);

    // Linked, then the registry merges the army into the survivor: the id resolves. An id the
    // registry lacks keeps its snapshot and is reported.
    let mut doc = linked.document.clone();
    registry
        .put(RegistryEntity::new(local_army.clone()))
        .unwrap();
    registry.merge(army.entity.id, local_army.id).unwrap();
    let lost = Entity::new(EntityKind::Location, "الرملة");
    let mut l = Annotation::new(
        AnnotationKind::Location,
        Span::capture(&idx, 22, 28).unwrap(),
        "t",
        jiff::Timestamp::UNIX_EPOCH,
    );
    l.entity = Some(lost.id);
    doc.upsert_entity(lost.clone());
    doc.upsert_annotation(l);
    let again = link(&doc, &registry);
    let ids: Vec<_> = again
        .document
        .annotations()
        .iter()
        .map(|a| a.entity)
        .collect();
    assert_eq!(
        ids,
        [
            Some(survivor.entity.id),
            Some(army.entity.id),
            Some(lost.id)
        ]
    );
    assert_eq!(again.missing, [lost.id]);
    assert!(again.lookalikes.is_empty());
    assert!(
        changed_entities(&again.document, &again.linked_from).is_empty(),
        "nothing edited here is sent back"
    );
    assert!(again.document.validate().is_ok());
}
