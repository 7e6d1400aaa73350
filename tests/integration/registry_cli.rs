//! `marsad registry init` makes a folder a corpus once; `marsad registry list` finds an
//! article's registry from below and lists its entities.

use crate::cli::Marsad;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn init_makes_a_corpus_once_and_list_finds_it_from_an_article_below() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let month = corpus.join("2026-05");
    std::fs::create_dir_all(&month).unwrap();
    let article = month.join("hudna.txt");
    std::fs::write(&article, "هدنة في وادي السدر").unwrap();
    // Not a corpus yet: said, with how to make one.
    let out = Marsad::new("registry").arg("list").arg(&article).output();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("belongs to no corpus") && text(&out.stderr).contains("init"),
        "{}",
        text(&out.stderr)
    );
    let out = Marsad::new("registry").arg("init").arg(&corpus).output();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let registry = corpus.join("marsad-corpus.ron");
    assert!(text(&out.stdout).contains("marsad-corpus.ron"));
    let written = std::fs::read_to_string(&registry).unwrap();
    // A second init changes nothing and says why.
    let out = Marsad::new("registry").arg("init").arg(&corpus).output();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("there is a registry here already"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&registry).unwrap(), written);
    // Found from the article, two folders down; empty.
    let out = Marsad::new("registry").arg("list").arg(&article).output();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).is_empty());
    assert!(
        text(&out.stderr).contains("0 entities"),
        "{}",
        text(&out.stderr)
    );
    // With entities (written by the library, as the window will).
    let mut file = marsad::registry::RegistryFile::open(&registry).unwrap();
    let mut putin = marsad::model::Entity::new(marsad::model::EntityKind::Actor, "فلاديمير بوتين");
    putin.aliases = vec!["بوتين".into()];
    let id = putin.id;
    file.registry_mut()
        .put(marsad::registry::RegistryEntity::new(putin))
        .unwrap();
    file.save().unwrap();
    let out = Marsad::new("registry")
        .args(["list", "--json"])
        .arg(&month)
        .output();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(line["id"], id.to_string());
    assert_eq!(line["kind"], "actor");
    assert_eq!(line["name"], "فلاديمير بوتين");
    assert_eq!(line["aliases"][0], "بوتين");
}

#[test]
fn a_registry_that_does_not_parse_is_named_with_its_line_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let registry = dir.path().join("marsad-corpus.ron");
    let broken = "(\n  format_version: 1,\n  entities: [\n    (entity: 7),\n  ],\n)\n";
    std::fs::write(&registry, broken).unwrap();
    let out = Marsad::new("registry").arg("list").arg(dir.path()).output();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("marsad-corpus.ron: line 4"), "{said}");
    assert_eq!(std::fs::read_to_string(&registry).unwrap(), broken);
}
