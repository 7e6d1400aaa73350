//! Files built to break parsers, or merely broken: each one gets a clear message in the window,
//! and the window stays usable afterwards (another article opens and can be tagged).

use marsad::app::Request;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use marsad::app::MarsadApp;
use marsad::store::sidecar_path;

use crate::common::write;
use crate::ui::{copy_sample, document, full, open_name, shows, tag_word, until, until_within};

const ARTICLE: &str = "قال المتحدث إن القصف طال مدينة الرملة صباح اليوم.\n";

/// Opens `path` in the window and waits until it is open (or has failed).
fn open(harness: &mut Harness<'_, MarsadApp>, path: PathBuf) {
    let _ = harness.state_mut().submit(Request::Open(path));
    until_within(
        harness,
        "the article to open",
        Duration::from_mins(2),
        |app| !app.is_loading(),
    );
}

/// The window still works: a good article opens in it and a word can be tagged.
fn still_usable(harness: &mut Harness<'_, MarsadApp>, dir: &Path) {
    let good = copy_sample(dir, "good.txt");
    open(harness, good.clone());
    assert_eq!(harness.state().opened().unwrap().article.path, good);
    // Frames apart, so the clicks are a fresh double-click.
    for _ in 0..60 {
        harness.step();
    }
    let text = harness.state().opened().unwrap().article.text.clone();
    tag_word(harness, &text, "الرملة", Key::L);
    assert_eq!(document(harness).counts().location, 1, "tagging works");
}

/// An article whose sidecar is `sidecar`: the article opens, its annotations are read-only
/// with `message`, and the file is left as it was.
fn with_sidecar(sidecar: &str, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", ARTICLE);
    let path = sidecar_path(&article);
    std::fs::write(&path, sidecar).unwrap();
    let mut harness = full(article);
    shows(&harness, "Annotations are read-only");
    shows(&harness, "a.txt.marsad.ron");
    shows(&harness, message);
    shows(&harness, "قال المتحدث");
    still_usable(&mut harness, dir.path());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        sidecar,
        "left alone"
    );
}

const HEAD: &str = "(format_version: 1, article: (text_sha256: \"0\"), ";

#[test]
fn deeply_nested_ron() {
    let sidecar = format!("{HEAD}entities: {}", "[".repeat(100_000));
    // No part of a sidecar nests: the first bracket too many is named, with its place.
    with_sidecar(
        &sidecar,
        "line 1, column 61: Expected opening `(` for struct `Entity`",
    );
}

#[test]
fn a_sidecar_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", ARTICLE);
    // Sparse: 300 MiB on paper, nothing on disk.
    let file = std::fs::File::create(sidecar_path(&article)).unwrap();
    file.set_len(300 << 20).unwrap();
    let mut harness = full(article);
    shows(&harness, "more than the 256 MiB a sidecar may have");
    still_usable(&mut harness, dir.path());
}

#[test]
fn a_huge_string_in_a_sidecar() {
    // 40 MB in one note, under the size limit: read, placed, and shown when selected.
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", ARTICLE);
    let note = "ح".repeat(20 << 20);
    let sidecar = format!(
        "{HEAD}annotations: [(id: \"6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a10\", kind: Actor, span: (start: 4, end: 11, quote: \"المتحدث\"), note: \"{note}\", author: \"x\", created: \"2025-01-01T00:00:00Z\", modified: \"2025-01-01T00:00:00Z\")])"
    );
    std::fs::write(sidecar_path(&article), &sidecar).unwrap();
    let mut harness = full(article);
    let id = document(&harness).annotations()[0].id;
    assert_eq!(document(&harness).annotations()[0].note.len(), 40 << 20);
    harness.state_mut().submit(Request::Select(id)).unwrap();
    harness.run();
    shows(&harness, "Note: too long to edit here");
    still_usable(&mut harness, dir.path());
}

#[test]
fn duplicate_ids() {
    let id = "6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a10";
    let a = format!(
        "(id: \"{id}\", kind: Actor, span: (start: 4, end: 11, quote: \"المتحدث\"), author: \"x\", created: \"2025-01-01T00:00:00Z\", modified: \"2025-01-01T00:00:00Z\")"
    );
    let sidecar = format!("{HEAD}annotations: [{a}, {a}])");
    with_sidecar(&sidecar, "is used twice");
}

#[test]
fn unknown_fields() {
    with_sidecar(
        &format!("{HEAD}entities: [], annotations: [], colour: \"red\")"),
        "colour",
    );
}

#[test]
fn unknown_enum_variants() {
    let sidecar = format!(
        "{HEAD}annotations: [(id: \"6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a10\", kind: Weapon, span: (start: 4, end: 11, quote: \"المتحدث\"), author: \"x\", created: \"2025-01-01T00:00:00Z\", modified: \"2025-01-01T00:00:00Z\")])"
    );
    with_sidecar(&sidecar, "Weapon");
}

/// A sidecar whose offsets do not fit the text: past its end, and between a letter and its
/// haraka. Both are placed by their quote and said to be; one whose quote is nowhere is kept as
/// an orphan and said to be.
#[test]
fn offsets_past_the_end_or_inside_a_grapheme() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قالَ المتحدثُ إن القصفَ طال الرملةَ.\n";
    let article = write(dir.path(), "a.txt", text);
    let hash = marsad::article::sha256_hex(text);
    let annotation = |id: &str, start: usize, end: usize, quote: &str| {
        format!(
            "(id: \"{id}\", kind: Location, span: (start: {start}, end: {end}, quote: \"{quote}\"), author: \"x\", created: \"2025-01-01T00:00:00Z\", modified: \"2025-01-01T00:00:00Z\")"
        )
    };
    let sidecar = format!(
        "(format_version: 1, article: (text_sha256: \"{hash}\"), annotations: [{}, {}, {}])",
        annotation(
            "6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a11",
            1_000_000,
            1_000_006,
            "الرملةَ"
        ),
        // Starts between ق and its fatha... of a word that is elsewhere.
        annotation("6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a12", 18, 23, "القصفَ"),
        annotation("6f1c4a53-6b0e-4f0a-9a59-2a8a4c1f7a13", 3, 9, "دمشق"),
    );
    std::fs::write(sidecar_path(&article), &sidecar).unwrap();
    let mut harness = full(article.clone());
    shows(
        &harness,
        "did not match the text at their offsets: 2 were placed again",
    );
    shows(
        &harness,
        "1 annotation could not be placed in the current text",
    );
    let doc = document(&harness);
    let idx = marsad::model::IndexedText::new(text);
    assert_eq!(doc.annotations().len(), 2);
    for a in doc.annotations() {
        assert!(a.span.matches(&idx), "{a:?}");
        assert!(idx.is_grapheme_boundary(a.span.start) && idx.is_grapheme_boundary(a.span.end));
    }
    assert_eq!(doc.orphans().len(), 1);
    still_usable(&mut harness, dir.path());
}

/// An article that fails to open says why in the window, which then opens another.
fn refused_article(name: &str, bytes: &[u8], message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut harness = full(path);
    shows(&harness, "Could not open the article");
    shows(&harness, name);
    shows(&harness, message);
    still_usable(&mut harness, dir.path());
}

/// An article that opens with a remark in the status bar.
fn odd_article(bytes: &[u8], remark: &str) -> Harness<'static, MarsadApp> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.txt");
    std::fs::write(&path, bytes).unwrap();
    let mut harness = full(path);
    shows(&harness, remark);
    assert!(harness.state().opened().is_some(), "it opened");
    still_usable(&mut harness, dir.path());
    harness
}

#[test]
fn nul_bytes() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice(b"\0\0\0\0binary\0tail");
    refused_article("nul.txt", &bytes, "contains NUL bytes");
}

#[test]
fn invalid_utf8() {
    let mut bytes = ARTICLE.repeat(20).into_bytes();
    bytes.extend_from_slice(b"\xff\xfe\xc3 broken \xe2\x82 end\n");
    odd_article(&bytes, "undecodable bytes shown as �");
}

#[test]
fn mixed_encodings() {
    // A UTF-8 article with a paragraph pasted in from a Windows-1256 file.
    let mut bytes = ARTICLE.repeat(20).into_bytes();
    let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode("وأضاف أن الهدنة صامدة.\n");
    bytes.extend_from_slice(&legacy);
    odd_article(&bytes, "undecodable bytes shown as �");
}

#[test]
fn a_single_line_of_10_mb() {
    let unit = "كلمة و word و 123 ";
    let line = unit.repeat((10 << 20) / unit.len() + 1);
    assert!(line.len() >= 10 << 20);
    let harness = odd_article(line.as_bytes(), "characters");
    drop(harness);
}

#[test]
fn two_hundred_thousand_bidi_controls() {
    let controls = ["\u{202B}", "\u{202A}", "\u{2067}", "\u{2066}", "\u{200F}"];
    let mut text = String::from("قال المتحدث ");
    for i in 0..200_000 {
        text.push_str(controls[i % controls.len()]);
        if i % 1000 == 0 {
            text.push_str(" الرملة ");
        }
    }
    text.push('\n');
    odd_article(text.as_bytes(), "200000 invisible bidi controls");
}

#[test]
fn a_pathological_stack_of_combining_marks() {
    let mut text = String::from("قال المتحدث ");
    for _ in 0..20 {
        text.push('ب');
        text.push_str(&"\u{651}\u{64e}\u{301}\u{330}".repeat(5_000));
        text.push(' ');
    }
    text.push('\n');
    odd_article(text.as_bytes(), "characters");
}

#[cfg(unix)]
#[test]
fn symlinks_and_unreadable_files_in_a_corpus_folder() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "a-good.txt", ARTICLE);
    symlink(
        dir.path().join("nowhere.txt"),
        corpus.join("b-dangling.txt"),
    )
    .unwrap();
    symlink(&corpus, corpus.join("c-loop")).unwrap();
    // Reading /proc/self/mem fails even for root.
    symlink("/proc/self/mem", corpus.join("d-unreadable.txt")).unwrap();
    write(&corpus, "e-last.txt", ARTICLE);
    let mut harness = full(corpus.clone());
    until(&mut harness, "the listing", |app| {
        !app.is_loading() && app.corpus().is_some_and(|c| !c.entries.is_empty())
    });
    let names: Vec<String> = harness
        .state()
        .corpus()
        .unwrap()
        .entries
        .iter()
        .map(|e| e.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "a-good.txt",
            "b-dangling.txt",
            "d-unreadable.txt",
            "e-last.txt"
        ],
        "the loop is visited once, and nothing is listed twice"
    );
    // Through the corpus from the keyboard: each broken one says why, and the next opens.
    let next = |harness: &mut Harness<'_, MarsadApp>| {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::PageDown);
        harness.step();
        until_within(
            harness,
            "the next article",
            Duration::from_secs(20),
            |app| !app.is_loading(),
        );
    };
    next(&mut harness);
    shows(&harness, "b-dangling.txt: no such file");
    next(&mut harness);
    shows(&harness, "d-unreadable.txt: cannot be read");
    next(&mut harness);
    assert_eq!(open_name(harness.state()).as_deref(), Some("e-last.txt"));
    still_usable(&mut harness, dir.path());
}
