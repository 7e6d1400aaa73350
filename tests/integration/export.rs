//! Exports read back: every format's offsets and quotes match the exported text, including
//! after emoji and harakat, and the command line exports a folder, skipping what it cannot.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use marsad::export::{Format, OutputFile, Source, render};
use marsad::model::{
    ActorType, AnnotationKind, ClaimRelation, ClaimRelationKind, ClaimStatus, Entity, EntityKind,
};
use marsad::session::{Command, Link, Session};

use crate::common::{fixtures, now};

/// The fixture, annotated through commands: actors (one with Wikidata and an ACLED type), a
/// place, two claims (one denying the other, with a speaker and a note with a line break),
/// and a claim that spans a line break. Emoji and a haraka come before most of them.
pub(crate) fn annotated(dir: &Path) -> Session {
    let path = dir.join("report.txt");
    std::fs::copy(fixtures().join("export/report.txt"), &path).unwrap();
    let mut s = Session::new(marsad::store::open(&path).unwrap());
    let text = s.text().to_owned();
    let range = |needle: &str| {
        let byte = text.find(needle).unwrap_or_else(|| panic!("{needle}"));
        let start = text[..byte].chars().count();
        start..start + needle.chars().count()
    };
    let tag = |s: &mut Session, kind, needle: &str| {
        let applied = s
            .apply(
                Command::Tag {
                    kind,
                    range: range(needle),
                    link: Link::Auto,
                },
                now(),
            )
            .unwrap();
        applied.annotation.unwrap()
    };
    let colonel = tag(&mut s, AnnotationKind::Actor, "العقيد سامر الحلبي");
    tag(&mut s, AnnotationKind::Location, "الرملة");
    tag(&mut s, AnnotationKind::Actor, "جبهة الخلاص");
    let said = tag(
        &mut s,
        AnnotationKind::Claim,
        "إن «قواتنا ستلتزم بالهدنة» 👍",
    );
    let denial = tag(
        &mut s,
        AnnotationKind::Claim,
        "إن القصف استمر على عين الزيتون\nحتى فجر الاثنين.",
    );
    tag(&mut s, AnnotationKind::Actor, "The UN envoy");
    let doc = s.document();
    let mut entity: Entity = doc
        .entity(doc.annotation(colonel).unwrap().entity.unwrap())
        .unwrap()
        .clone();
    entity.wikidata = Some("Q42".into());
    entity.actor_type = Some(ActorType::StateForces);
    let speaker = entity.id;
    s.apply(Command::UpdateEntity(Box::new(entity)), now())
        .unwrap();
    let mut claim = s.document().annotation(said).unwrap().clone();
    claim.note = "قالها في مؤتمر صحفي\nمساء الأحد".into();
    if let Some(c) = claim.claim.as_mut() {
        c.speaker = Some(speaker);
        c.status = ClaimStatus::Disputed;
    }
    s.apply(Command::UpdateAnnotation(Box::new(claim)), now())
        .unwrap();
    let mut answer = s.document().annotation(denial).unwrap().clone();
    if let Some(c) = answer.claim.as_mut() {
        c.answers = Some(ClaimRelation {
            kind: ClaimRelationKind::Denies,
            target: said,
        });
    }
    s.apply(Command::UpdateAnnotation(Box::new(answer)), now())
        .unwrap();
    assert!(
        s.document()
            .entities()
            .iter()
            .any(|e| e.kind == EntityKind::Location)
    );
    s
}

fn files(s: &Session, format: Format) -> Vec<OutputFile> {
    render(format, &Source::of(s.opened())).unwrap().files
}

fn file<'f>(files: &'f [OutputFile], suffix: &str) -> &'f str {
    let f = files.iter().find(|f| f.name.ends_with(suffix)).unwrap();
    std::str::from_utf8(&f.bytes).unwrap()
}

fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start..end].iter().collect()
}

#[test]
fn brat_text_bound_lines_match_the_exported_text() {
    let dir = tempfile::tempdir().unwrap();
    let s = annotated(dir.path());
    let out = files(&s, Format::Brat);
    let txt: Vec<char> = file(&out, ".txt").chars().collect();
    assert_eq!(
        file(&out, ".txt"),
        s.text(),
        "the .txt is the normalized text"
    );
    let ann = file(&out, ".ann");
    let mut spans = 0;
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (_, offsets) = fields[1].split_once(' ').unwrap();
        let pieces: Vec<String> = offsets
            .split(';')
            .map(|o| {
                let (a, b) = o.split_once(' ').unwrap();
                slice(&txt, a.parse().unwrap(), b.parse().unwrap())
            })
            .collect();
        assert_eq!(pieces.join(" "), fields[2], "{line}");
        spans += 1;
    }
    assert_eq!(spans, s.document().annotations().len());
    assert!(
        ann.contains(';'),
        "the claim across a line break is in fragments:\n{ann}"
    );
    assert!(ann.contains("\tSpeaker Arg1:T"), "{ann}");
    assert!(ann.contains("\tDenies Arg1:T"), "{ann}");
    assert!(
        ann.contains("\tStatus T") && ann.contains(" disputed"),
        "{ann}"
    );
    assert!(
        ann.contains("\tReference T1 Wikidata:Q42\tالعقيد سامر الحلبي"),
        "{ann}"
    );
    assert!(ann.contains("\tActorType T1 1"), "{ann}");
    assert!(
        ann.contains("AnnotatorNotes") && !ann.contains("صحفي\nمساء"),
        "notes stay on one line"
    );
}

#[test]
fn w3c_quote_selectors_match_their_position_selectors() {
    let dir = tempfile::tempdir().unwrap();
    let s = annotated(dir.path());
    let out = files(&s, Format::W3c);
    let json: serde_json::Value = serde_json::from_str(file(&out, ".jsonld")).unwrap();
    assert_eq!(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    let chars: Vec<char> = s.text().chars().collect();
    let items = json["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), s.document().annotations().len());
    for item in items {
        let selectors = item["target"]["selector"].as_array().unwrap();
        let quote = &selectors[0];
        let position = &selectors[1];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(position["type"], "TextPositionSelector");
        let start = usize::try_from(position["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(position["end"].as_u64().unwrap()).unwrap();
        assert_eq!(quote["exact"], slice(&chars, start, end));
        let prefix = quote["prefix"].as_str().unwrap();
        let suffix = quote["suffix"].as_str().unwrap();
        assert_eq!(prefix, slice(&chars, start - prefix.chars().count(), start));
        assert_eq!(suffix, slice(&chars, end, end + suffix.chars().count()));
    }
    let text = serde_json::to_string(&json).unwrap();
    assert!(text.contains("http://www.wikidata.org/entity/Q42"));
    assert!(text.contains("\"label\":\"denies\""));
}

#[test]
fn conll_tags_are_valid_iob_and_the_tokens_give_back_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let s = annotated(dir.path());
    let out = files(&s, Format::Conll);
    let conll = file(&out, ".conll");
    let chars: Vec<char> = s.text().chars().collect();
    let mut joined = String::new();
    let mut previous = ["O".to_owned(), "O".to_owned()];
    let mut sentences = 0;
    for line in conll.lines().skip(2) {
        if line.is_empty() {
            previous = ["O".to_owned(), "O".to_owned()];
            sentences += 1;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "{line}");
        let (start, end): (usize, usize) = (cols[1].parse().unwrap(), cols[2].parse().unwrap());
        assert_eq!(cols[0], slice(&chars, start, end));
        joined.push_str(cols[0]);
        for (column, tag) in [cols[3], cols[4]].into_iter().enumerate() {
            if let Some(kind) = tag.strip_prefix("I-") {
                let before = &previous[column];
                assert!(
                    before == &format!("B-{kind}") || before == &format!("I-{kind}"),
                    "{tag} after {before}: {line}"
                );
            } else {
                assert!(tag == "O" || tag.starts_with("B-"), "{tag}");
            }
            previous[column] = tag.to_owned();
        }
    }
    let without_spaces: String = s
        .text()
        .chars()
        .filter(|&c| !c.is_whitespace() && !marsad::text::is_bidi_control(c))
        .collect();
    assert_eq!(
        joined, without_spaces,
        "every character is in one token, in order"
    );
    assert!(sentences >= 4, "{sentences} sentences");
    assert!(
        conll.contains("الحلبي\t") && conll.contains("\tI-ACTOR\t"),
        "{conll}"
    );
    assert!(conll.contains("📢\t"), "emoji are tokens of their own");
}

#[test]
fn csv_parses_back_to_the_same_rows() {
    use marsad::export::csv::{AnnotationRow, ClaimRow, rows};
    let dir = tempfile::tempdir().unwrap();
    let s = annotated(dir.path());
    let out = files(&s, Format::Csv);
    let (annotations, claims) = rows(&Source::of(s.opened()));
    let read = |suffix: &str| {
        let text = file(&out, suffix);
        let text = text
            .strip_prefix('\u{FEFF}')
            .expect("a byte order mark for spreadsheets");
        csv::Reader::from_reader(text.as_bytes())
    };
    let back: Vec<AnnotationRow> = read(".annotations.csv")
        .deserialize()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back, annotations);
    assert_eq!(back.len(), s.document().annotations().len());
    let back: Vec<ClaimRow> = read(".claims.csv")
        .deserialize()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back, claims);
    assert_eq!(back.len(), 2);
    assert!(
        back.iter()
            .any(|c| c.relation == "denies" && !c.answers_quote.is_empty())
    );
    assert!(
        back.iter()
            .any(|c| c.speaker == "العقيد سامر الحلبي" && c.status == "disputed")
    );
}

#[test]
fn the_html_report_is_right_to_left_with_highlights_and_tables() {
    let dir = tempfile::tempdir().unwrap();
    let s = annotated(dir.path());
    let out = files(&s, Format::Html);
    let html = file(&out, ".html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        html.contains(
            "<span class=\"actor\" title=\"actor — العقيد سامر الحلبي\">العقيد سامر الحلبي</span>"
        ),
        "{html}"
    );
    assert!(html.contains("class=\"location\""));
    assert!(html.contains("class=\"claim\""));
    assert!(html.contains("&laquo;") || html.contains("«قواتنا"));
    assert!(html.contains("<h2>Claims · الادعاءات</h2>"));
    assert!(html.contains("denies «"));
}

#[test]
fn the_command_line_exports_a_folder_and_reports_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    let mut good = annotated(dir.path());
    good.save_now().unwrap();
    // Three articles: one annotated, one in a subfolder, one with a corrupt sidecar.
    let source = good.opened().article.path.clone();
    std::fs::copy(&source, corpus.join("a.txt")).unwrap();
    std::fs::copy(
        marsad::store::sidecar_path(&source),
        marsad::store::sidecar_path(&corpus.join("a.txt")),
    )
    .unwrap();
    std::fs::write(corpus.join("sub/b.txt"), "قال المتحدث إن الهدنة صامدة.\n").unwrap();
    std::fs::write(corpus.join("c.txt"), "نص آخر.\n").unwrap();
    std::fs::write(
        marsad::store::sidecar_path(&corpus.join("c.txt")),
        "(format_version: 1,",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = crate::cli::Marsad::new("export")
        .args(["--format", "brat", "--out"])
        .arg(&out)
        .arg(&corpus)
        .output();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains("c.txt") && stderr.contains("annotations could not be read"),
        "{stderr}"
    );
    assert!(
        stdout.contains("exported 2 of 3 articles as brat (4 files)"),
        "{stdout}"
    );
    assert!(out.join("a.ann").exists() && out.join("sub/b.ann").exists());
    assert!(!out.join("c.ann").exists());
    let ann = std::fs::read_to_string(out.join("a.ann")).unwrap();
    assert_eq!(ann.lines().filter(|l| l.starts_with('T')).count(), 6);
    // Never over the articles themselves.
    let run = crate::cli::Marsad::new("export")
        .args(["--format", "brat", "--out"])
        .arg(&corpus)
        .arg(corpus.join("a.txt"))
        .output();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("would be written over an article"));
    assert_eq!(
        std::fs::read_to_string(corpus.join("a.txt")).unwrap(),
        std::fs::read_to_string(fixtures().join("export/report.txt")).unwrap()
    );
}

/// Writes `MARSAD_EXPORT_CORPUS` (a folder): 200 generated articles with 100 annotations
/// each, to time `marsad export` on.
#[test]
#[ignore = "writes a corpus for timing the export by hand"]
fn write_export_timing_corpus() {
    let dir = PathBuf::from(std::env::var("MARSAD_EXPORT_CORPUS").unwrap());
    std::fs::create_dir_all(&dir).unwrap();
    for n in 0..200 {
        let mut text = String::new();
        for i in 0..100 {
            let _ = writeln!(
                text,
                "قال المتحدث رقم {i} في المقال {n} إن القصف طال الرملة وعين الزيتون."
            );
        }
        let path = dir.join(format!("article-{n:03}.txt"));
        std::fs::write(&path, &text).unwrap();
        let mut s = Session::new(marsad::store::open(&path).unwrap());
        let starts: Vec<usize> = text
            .match_indices("الرملة")
            .map(|(b, _)| text[..b].chars().count())
            .collect();
        for start in starts {
            s.apply(
                Command::Tag {
                    kind: AnnotationKind::Location,
                    range: start..start + 6,
                    link: Link::Auto,
                },
                now(),
            )
            .unwrap();
        }
        s.save_now().unwrap();
    }
}

/// The annotated fixture with its metadata set, and its two claims.
fn cited(dir: &Path) -> Session {
    let mut s = annotated(dir);
    let mut meta = s.document().meta.clone();
    meta.outlet = Some("وكالة الأنباء".into());
    meta.url = Some("https://example.org/a/1".into());
    meta.published = Some(jiff::civil::date(2026, 11, 20));
    s.apply(Command::SetMeta(Box::new(meta)), now()).unwrap();
    s
}

#[test]
fn citations_isolate_arabic_so_they_paste_in_order() {
    use marsad::export::citation::{Style, cite};
    let dir = tempfile::tempdir().unwrap();
    let s = cited(dir.path());
    let doc = s.document();
    let claims: Vec<_> = doc
        .annotations()
        .iter()
        .filter(|a| a.kind == AnnotationKind::Claim)
        .map(|a| &**a)
        .collect();
    let source = Source::of(s.opened());
    let accessed = jiff::civil::date(2026, 11, 25);
    let plain = cite(&source, &claims[..1], Style::Plain, accessed);
    assert_eq!(
        plain,
        "«\u{2067}إن «قواتنا ستلتزم بالهدنة» 👍\u{2069}» — \u{2067}العقيد سامر الحلبي\u{2069}, \
         \u{2067}وكالة الأنباء\u{2069}, 2026-11-20, https://example.org/a/1 (accessed 2026-11-25)"
    );
    let both = cite(&source, &claims, Style::Plain, accessed);
    assert_eq!(both.split("\n\n").count(), 2, "{both}");
    assert!(both.ends_with("https://example.org/a/1 (accessed 2026-11-25)"));
    let markdown = cite(&source, &claims[..1], Style::Markdown, accessed);
    assert!(markdown.starts_with("> «\u{2067}إن «قواتنا"), "{markdown}");
    assert!(
        markdown.contains("*\u{2067}وكالة الأنباء\u{2069}*, 2026-11-20, <https://example.org/a/1>")
    );
    let html = cite(&source, &claims[..1], Style::Html, accessed);
    assert!(
        html.starts_with("<blockquote dir=\"rtl\" lang=\"ar\">«إن «قواتنا"),
        "{html}"
    );
    assert!(html.contains("<a href=\"https://example.org/a/1\">"));
    let csl: serde_json::Value =
        serde_json::from_str(&cite(&source, &claims, Style::CslJson, accessed)).unwrap();
    let items = csl.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["container-title"], "وكالة الأنباء");
    assert_eq!(items[0]["issued"]["date-parts"][0][0], 2026);
    assert_eq!(items[0]["accessed"]["date-parts"][0][2], 25);
    assert_eq!(items[0]["URL"], "https://example.org/a/1");
}

/// A Python with pybrat and conllu: `target/pychecks`, made (from `PyPI`) if it is not there
/// yet. `.ci/run` makes it before the tests.
fn python_with_checkers() -> PathBuf {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pychecks");
    let python = venv.join("bin/python");
    let ready = |python: &Path| {
        std::process::Command::new(python)
            .args(["-c", "import pybrat, conllu"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if ready(&python) {
        return python;
    }
    let made = std::process::Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .expect("python3 is needed to check the exports (Debian: python3 and python3-venv)");
    assert!(made.success(), "python3 -m venv failed");
    let installed = std::process::Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "pybrat==0.1.7",
            "conllu==6.0.0",
        ])
        .status()
        .unwrap();
    assert!(
        installed.success(),
        "pip could not install pybrat and conllu"
    );
    python
}

#[test]
fn exports_read_back_with_the_tools_that_consume_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = cited(dir.path());
    s.save_now().unwrap();
    let article = s.opened().article.path.clone();
    let out = dir.path().join("out");
    for format in ["csv", "w3c", "brat", "conll"] {
        let run = crate::cli::Marsad::new("export")
            .args(["--format", format, "--out"])
            .arg(&out)
            .arg(&article)
            .output();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/check_exports.py");
    let check = std::process::Command::new(python_with_checkers())
        .arg(script)
        .arg(&out)
        .arg("report")
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(check.status.success(), "{said}");
    assert!(
        said.contains("brat 6 spans, CSV 6 rows, W3C 6 items"),
        "{said}"
    );
}

fn export(format: &str, out: &Path, paths: &[&Path]) -> (Option<i32>, String) {
    let run = crate::cli::Marsad::new("export")
        .args(["--format", format, "--out"])
        .arg(out)
        .args(paths)
        .output();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    (run.status.code(), said)
}

#[test]
fn exports_never_collide_overwrite_or_export_themselves() {
    // Regressions from review: an output folder inside the corpus, a.txt beside a.md, and
    // brat's .txt beside an article not being exported.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a.txt"), "قال المتحدث إن الهدنة صامدة.\n").unwrap();
    std::fs::write(corpus.join("a.md"), "نص آخر عن الرملة.\n").unwrap();
    let out = corpus.join("export");
    for _ in 0..2 {
        let (code, said) = export("brat", &out, &[&corpus]);
        assert_eq!(code, Some(0), "{said}");
        assert!(said.contains("exported 2 of 2 articles"), "{said}");
    }
    // The first keeps the plain name, the second is named after its whole file name.
    let mut texts: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    texts.sort();
    assert_eq!(
        texts,
        ["قال المتحدث إن الهدنة صامدة.\n", "نص آخر عن الرملة.\n"]
    );
    assert!(out.join("a.ann").exists());
    // a.md alone, into its own folder: brat's a.txt would replace the article a.txt.
    let (code, said) = export("brat", &corpus, &[&corpus.join("a.md")]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("beside the ones exported"), "{said}");
    assert_eq!(
        std::fs::read_to_string(corpus.join("a.txt")).unwrap(),
        "قال المتحدث إن الهدنة صامدة.\n"
    );
}

#[test]
fn tokens_never_hold_whitespace_and_front_matter_feeds_citations() {
    use marsad::export::citation::{Style, cite};
    use marsad::export::tokens::sentences;
    let text = "قال\t\u{200F}المتحدث  \u{200F}إن \u{061C}الهدنة\n\u{2067}صامدة\u{2069}.";
    for token in sentences(text).iter().flatten() {
        assert!(
            !token.text.chars().any(char::is_whitespace) && !token.text.is_empty(),
            "{:?}",
            token.text
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    std::fs::write(
        &path,
        "---\noutlet: وكالة الأنباء\nurl: https://example.org/b\ndate: 2026-11-21\n---\n\
         قال المتحدث «إن الهدنة \u{2067}صامدة».\n",
    )
    .unwrap();
    let mut s = Session::new(marsad::store::open(&path).unwrap());
    let start = s
        .text()
        .find('«')
        .map(|b| s.text()[..b].chars().count())
        .unwrap();
    let end = s.text().chars().count() - 1;
    s.apply(
        Command::Tag {
            kind: AnnotationKind::Claim,
            range: start..end,
            link: Link::Auto,
        },
        now(),
    )
    .unwrap();
    let claim = &s.document().annotations()[0];
    let plain = cite(
        &Source::of(s.opened()),
        &[claim],
        Style::Plain,
        jiff::civil::date(2026, 11, 25),
    );
    // The quote's own stray RLI is dropped, so the isolate closes where it should.
    assert_eq!(
        plain,
        "«\u{2067}إن الهدنة صامدة\u{2069}», \u{2067}وكالة الأنباء\u{2069}, 2026-11-21, \
         https://example.org/b (accessed 2026-11-25)"
    );
}

#[test]
fn left_out_orphans_and_sidecars_named_by_mistake_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "قال المتحدث إن الهدنة صامدة.\n").unwrap();
    let mut s = Session::new(marsad::store::open(&article).unwrap());
    let start = s
        .text()
        .find("الهدنة")
        .map(|b| s.text()[..b].chars().count())
        .unwrap();
    s.apply(
        Command::Tag {
            kind: AnnotationKind::Claim,
            range: start..start + 12,
            link: Link::Auto,
        },
        now(),
    )
    .unwrap();
    s.save_now().unwrap();
    // The text changes so that the claim has no place in it any more.
    std::fs::write(&article, "نص مختلف تماماً عن الأول.\n").unwrap();
    let sidecar = marsad::store::sidecar_path(&article);
    let (code, said) = export("csv", &dir.path().join("out"), &[&article, &sidecar]);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("1 orphaned annotations (no longer in the text) were left out"),
        "{said}"
    );
    assert!(
        said.contains("is a Marsad sidecar, not an article"),
        "{said}"
    );
    assert!(said.contains("exported 1 of 1 articles"), "{said}");
}
