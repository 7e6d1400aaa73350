//! Two registry entities merged: in a generated corpus whose articles name both, every
//! mention resolves to the survivor when each article is opened, exports name the survivor,
//! and `marsad check` reports a sidecar entity the registry lacks.

use std::path::{Path, PathBuf};

use marsad::app::Request;
use marsad::model::{
    Annotation, AnnotationKind, Document, Entity, EntityId, EntityKind, IndexedText, Span,
};
use marsad::registry::{REGISTRY_FILE_NAME, RegistryEntity, RegistryFile};

use crate::cli::Marsad;
use crate::ui::{full, until};

/// A corpus of `n` articles, each mentioning بوتين and بوتن, linked to a registry that holds
/// them as two entities; the article paths and the two ids.
pub fn generated_corpus(dir: &Path, n: usize) -> (Vec<PathBuf>, EntityId, EntityId) {
    let mut registry = RegistryFile::open(marsad::registry::init(dir).unwrap().path()).unwrap();
    let putin = Entity::new(EntityKind::Actor, "بوتين");
    let mut typo = Entity::new(EntityKind::Actor, "بوتن");
    typo.wikidata = Some("Q7747".into());
    for e in [&putin, &typo] {
        registry
            .registry_mut()
            .put(RegistryEntity::new(e.clone()))
            .unwrap();
    }
    registry.save().unwrap();
    let mut paths = Vec::new();
    for i in 0..n {
        let text = format!("تقرير {i}: قال بوتين إن الهدنة صامدة، وأكد بوتن ذلك مساء اليوم.\n");
        let path = crate::common::write(dir, &format!("{i:03}.txt"), &text);
        let mut opened = marsad::store::open(&path).unwrap();
        let idx = IndexedText::new(&text);
        let mut doc = Document::new(&opened.article.text_sha256);
        for (entity, word) in [(&putin, "بوتين"), (&typo, "بوتن")] {
            let at = crate::ui::offset(&text, word);
            let span = Span::capture(&idx, at, at + word.chars().count()).unwrap();
            let mut a = Annotation::new(AnnotationKind::Actor, span, "t", crate::common::now());
            a.entity = Some(entity.id);
            doc.upsert_entity(entity.clone());
            doc.upsert_annotation(a);
        }
        doc.corpus.linked = true;
        opened.document = doc;
        opened.save().unwrap();
        paths.push(path);
    }
    (paths, putin.id, typo.id)
}

#[test]
fn after_a_merge_every_mention_of_every_article_resolves_to_the_survivor() {
    let dir = tempfile::tempdir().unwrap();
    let (articles, putin, typo) = generated_corpus(dir.path(), 12);
    let merged = Marsad::new("registry")
        .args(["merge"])
        .arg(dir.path())
        .arg(putin.to_string())
        .arg("بوتن")
        .output();
    let said = String::from_utf8_lossy(&merged.stdout);
    assert!(merged.status.success(), "{merged:?}");
    assert!(
        said.contains("merged «بوتن»") && said.contains("into «بوتين»"),
        "{said}"
    );
    // Merging again is refused: it is gone.
    let again = Marsad::new("registry")
        .args(["merge"])
        .arg(dir.path())
        .arg(putin.to_string())
        .arg("بوتن")
        .output();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("no entity is named «بوتن»"));

    // Each article opened in the window: both mentions are of the survivor, which took the
    // absorbed entity's Wikidata id and name; the sidecars were not rewritten by the merge.
    let mut harness = full(articles[0].clone());
    for path in &articles {
        let before = std::fs::read_to_string(marsad::store::sidecar_path(path)).unwrap();
        assert!(before.contains(&typo.to_string()));
        let _ = harness.state_mut().submit(Request::Open(path.clone()));
        until(&mut harness, "the article", |app| {
            !app.is_loading() && app.opened().is_some_and(|o| o.article.path == *path)
        });
        let doc = harness.state().workspace().unwrap().session().document();
        let linked: Vec<_> = doc.annotations().iter().map(|a| a.entity).collect();
        assert_eq!(linked, [Some(putin), Some(putin)], "{}", path.display());
        let survivor = doc.entity(putin).unwrap();
        assert_eq!(survivor.wikidata.as_deref(), Some("Q7747"));
        assert_eq!(survivor.aliases, ["بوتن"]);
        assert!(doc.entity(typo).is_none());
    }

    // The CSV export names the survivor for both mentions of every article.
    let out = dir.path().join("out");
    let run = Marsad::new("export")
        .args(["--format", "csv", "--out"])
        .arg(&out)
        .arg(dir.path())
        .output();
    assert!(run.status.success(), "{run:?}");
    for i in 0..articles.len() {
        let csv = std::fs::read_to_string(out.join(format!("{i:03}.annotations.csv"))).unwrap();
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), 2, "{csv}");
        for row in rows {
            assert!(row.contains(&putin.to_string()), "{row}");
            assert!(!row.contains(&typo.to_string()), "{row}");
        }
    }
}

#[test]
fn check_reports_a_sidecar_entity_its_corpus_registry_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let (articles, _, typo) = generated_corpus(dir.path(), 2);
    // The registry loses بوتن (someone removed it by hand).
    let file = dir.path().join(REGISTRY_FILE_NAME);
    let mut registry = RegistryFile::open(&file).unwrap();
    registry.registry_mut().remove(typo);
    registry.save().unwrap();
    let run = Marsad::new("check").arg(&articles[0]).output();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{run:?}");
    assert!(
        said.contains("1 not in the corpus registry (بوتن)"),
        "{said}"
    );
    let json = Marsad::new("check")
        .arg("--json")
        .arg(&articles[0])
        .output();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["missing_from_registry"][0], "بوتن");
    // The window uses the snapshot and says so.
    let harness = full(articles[0].clone());
    crate::ui::shows(&harness, "is not in the corpus registry («بوتن»)");
    let ws = harness.state().workspace().unwrap();
    let doc = ws.session().document();
    assert_eq!(doc.entity(typo).unwrap().name, "بوتن");
    // Its mention is marked: hovering it says the registry lacks its entity.
    let mention = doc
        .annotations()
        .iter()
        .find(|a| a.entity == Some(typo))
        .unwrap();
    let hover = ws
        .describe(&marsad::app::view::Highlight {
            range: mention.span.start..mention.span.end,
            mark: marsad::app::view::Mark::Annotation(AnnotationKind::Actor),
            id: Some(mention.id),
            selected: false,
        })
        .unwrap();
    assert!(hover.ends_with("not in the corpus registry"), "{hover}");
}

#[test]
fn the_registry_window_merges_two_entities_and_undoes_it() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let (articles, putin, typo) = generated_corpus(dir.path(), 3);
    let mut harness = full(dir.path().to_path_buf());
    until(&mut harness, "the corpus counted", |app| {
        !app.is_loading()
            && app.opened().is_some()
            && app.corpus().is_some_and(|c| c.counted() == 3)
    });
    crate::ui::key(
        &mut harness,
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        Key::R,
    );
    harness.run();
    // Each row counts the entity's mentions across the corpus.
    crate::ui::shows(&harness, "بوتين · actor · 3 mentions in 3 articles");
    harness.get_by_label_contains("بوتين · actor").click();
    harness.run();
    harness
        .get_by_label("Merge another entity into this one…")
        .click();
    harness.run();
    harness.get_by_label_contains("بوتن · actor").click();
    harness.run();
    harness.get_by_label("Merge بوتن into بوتين").click();
    harness.run();
    let file = dir.path().join(REGISTRY_FILE_NAME);
    let count = |file: &Path| RegistryFile::open(file).unwrap().registry().len();
    until(&mut harness, "the merge saved", |app| {
        app.registry().is_some_and(|r| !r.is_saving())
    });
    assert_eq!(count(&file), 1);
    // The open article shows the survivor at once.
    let doc = harness.state().workspace().unwrap().session().document();
    assert!(
        doc.annotations().iter().all(|a| a.entity == Some(putin)),
        "{:?}",
        articles[0]
    );
    // Undo brings the absorbed entity back in the registry. (Mentions already linked to the
    // survivor stay so; the open article's own Ctrl+Z undoes its step.)
    harness.get_by_label("Undo registry edit").click();
    harness.run();
    until(&mut harness, "the undo saved", |app| {
        app.registry().is_some_and(|r| !r.is_saving())
    });
    assert_eq!(count(&file), 2);
    let registry = RegistryFile::open(&file).unwrap();
    assert!(registry.registry().get(typo).is_some());
    assert!(
        registry
            .registry()
            .get(putin)
            .unwrap()
            .merged_from
            .is_empty()
    );
    // Redo merges again.
    harness.get_by_label("Redo registry edit").click();
    harness.run();
    until(&mut harness, "the redo saved", |app| {
        app.registry().is_some_and(|r| !r.is_saving())
    });
    assert_eq!(count(&file), 1);
}
