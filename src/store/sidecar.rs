//! The sidecar file format: versioned, pretty-printed RON in a stable order.
//!
//! Format history (each change to the layout bumps the version; [`parse`] upgrades older ones):
//! - 1: `format_version`, `article`, `entities`, `annotations`, `orphans`.
//! - 2: adds `corpus` after `article`: whether the entities are the corpus registry's (their
//!   ids are registry ids, and each is a snapshot of the registry's entity, used when the
//!   registry is not there), and the suggestions turned down. A document without either is
//!   still written as version 1, so that an older Marsad keeps reading it.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use super::ron_text::escape_string_literals;
use crate::model::{Annotation, ArticleMeta, CorpusLink, Document, Entity};

/// The newest format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 2;

/// The version a document is written in: the oldest that holds it.
pub fn version_for(document: &Document) -> u32 {
    if document.corpus.is_empty() { 1 } else { 2 }
}

/// Nesting deeper than this is refused: no sidecar Marsad writes comes near it.
const RECURSION_LIMIT: usize = 64;

/// File name suffix appended to the article's full file name.
pub const SIDECAR_SUFFIX: &str = ".marsad.ron";

#[derive(Serialize)]
struct SidecarOut<'a> {
    format_version: u32,
    article: &'a ArticleMeta,
    #[serde(skip_serializing_if = "CorpusLink::is_empty")]
    corpus: &'a CorpusLink,
    entities: &'a [Entity],
    annotations: &'a [std::sync::Arc<Annotation>],
    #[serde(skip_serializing_if = "<[Annotation]>::is_empty")]
    orphans: &'a [Annotation],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SidecarIn {
    format_version: u32,
    article: ArticleMeta,
    #[serde(default)]
    corpus: CorpusLink,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    annotations: Vec<Annotation>,
    #[serde(default)]
    orphans: Vec<Annotation>,
}

/// Why sidecar text did not parse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not valid RON, or not the expected shape. Line and column are 1-based.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// Written by a newer Marsad whose additions this build does not understand.
    #[error(
        "it was written by a newer Marsad (format version {found}); this version reads format \
         versions up to {FORMAT_VERSION}: update Marsad to open it"
    )]
    TooNew {
        /// The version in the file.
        found: u32,
    },
    /// A version Marsad never wrote.
    #[error("format version {found} is not one Marsad has ever written")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
}

/// A parsed sidecar.
#[derive(Debug)]
pub struct Parsed {
    /// The document as stored (not yet re-anchored).
    pub document: Document,
    /// The version the file declared.
    pub format_version: u32,
}

/// Serializes a document as sidecar text for the article named `article_name`.
pub fn to_string(document: &Document, article_name: &str) -> Result<String, ron::Error> {
    let out = SidecarOut {
        format_version: version_for(document),
        article: &document.meta,
        corpus: &document.corpus,
        entities: document.entities(),
        annotations: document.annotations(),
        orphans: document.orphans(),
    };
    let body = escape_string_literals(&ron::ser::to_string_pretty(&out, pretty_config())?);
    Ok(with_header(&body, article_name))
}

/// Why a document was not serialized: what a save writes must load again.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The document breaks an invariant that loading would refuse.
    #[error("the annotations are inconsistent ({0}); nothing was written")]
    Invalid(#[from] crate::model::Invalid),
    /// The serializer failed.
    #[error("{0}")]
    Serialize(#[from] ron::Error),
    /// The text written did not read back as the same document (a bug in Marsad).
    #[error(
        "the text to be written did not read back as the same annotations ({0}); nothing was written"
    )]
    Readback(String),
}

/// Serializes a document as [`to_string`] does, and checks that the text reads back as the
/// same document, so that a save never writes a sidecar that would fail to load. The
/// annotations are serialized and read back in parts on separate threads, so the check costs
/// little more than serializing did.
pub fn to_checked_string(document: &Document, article_name: &str) -> Result<String, CheckError> {
    document.validate()?;
    let config = pretty_config();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let (annotations, orphans, head) = std::thread::scope(|scope| {
        let lists = [
            check_in_chunks(scope, document.annotations(), threads, &config),
            check_in_chunks(scope, document.orphans(), threads, &config),
        ];
        let head = checked_head(document, &config);
        let mut joined = lists.into_iter().map(|handles| {
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(CheckError::Readback("a check panicked".into())))
                })
                .collect::<Result<Vec<_>, CheckError>>()
        });
        let annotations = joined.next().unwrap_or(Ok(Vec::new()));
        let orphans = joined.next().unwrap_or(Ok(Vec::new()));
        (annotations, orphans, head)
    });
    let (annotations, orphans, head) = (annotations?, orphans?, head?);
    let marker = "  annotations: [],\n";
    let at = head
        .find(marker)
        .ok_or_else(|| CheckError::Readback("no annotations field".into()))?;
    let size = |runs: &[(String, std::ops::Range<usize>)]| -> usize {
        runs.iter().map(|(_, r)| r.len()).sum()
    };
    let mut out = header(article_name);
    out.reserve(head.len() + size(&annotations) + size(&orphans) + 64);
    out.push_str(&head[..at]);
    for (name, runs, empty) in [
        (
            "annotations",
            &annotations,
            document.annotations().is_empty(),
        ),
        ("orphans", &orphans, document.orphans().is_empty()),
    ] {
        if empty {
            if name == "annotations" {
                out.push_str(marker);
            }
            continue;
        }
        out.push_str("  ");
        out.push_str(name);
        out.push_str(": [\n");
        for (text, range) in runs {
            out.push_str(&text[range.clone()]);
        }
        out.push_str("  ],\n");
    }
    out.push_str(&head[at + marker.len()..]);
    out.push('\n');
    Ok(out)
}

/// The document without its annotations, serialized and read back.
fn checked_head(document: &Document, config: &PrettyConfig) -> Result<String, CheckError> {
    let out = SidecarOut {
        format_version: version_for(document),
        article: &document.meta,
        corpus: &document.corpus,
        entities: document.entities(),
        annotations: &[],
        orphans: &[],
    };
    let text = escape_string_literals(&ron::ser::to_string_pretty(&out, config.clone())?);
    let back = parse_v1(&text).map_err(|e| CheckError::Readback(e.to_string()))?;
    if back.article != document.meta
        || back.corpus != document.corpus
        || back.entities != document.entities()
    {
        return Err(CheckError::Readback(
            "the article details or entities differ".into(),
        ));
    }
    Ok(text)
}

/// A run of annotations, wrapped in a struct so that ron writes them one level deep, as they
/// sit in the file.
#[derive(Serialize)]
struct RunOut<'a, A: Serialize> {
    annotations: &'a [A],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RunIn {
    annotations: Vec<Annotation>,
}

/// A run of annotations written out: the text, and the byte range of its elements' lines.
type CheckedRun = (String, std::ops::Range<usize>);

/// The checks of a list of annotations, in `threads` chunks on threads of `scope`.
fn check_in_chunks<'scope, 'env, A>(
    scope: &'scope std::thread::Scope<'scope, 'env>,
    list: &'env [A],
    threads: usize,
    config: &'env PrettyConfig,
) -> Vec<std::thread::ScopedJoinHandle<'scope, Result<CheckedRun, CheckError>>>
where
    A: Serialize + std::borrow::Borrow<Annotation> + Sync,
{
    let per = list.len().div_ceil(threads).max(1);
    list.chunks(per)
        .map(|chunk| scope.spawn(move || checked_list(chunk, config)))
        .collect()
}

/// A run of annotations serialized and read back: the text, and the byte range of its
/// elements' lines, ready to sit in the file's list.
fn checked_list<A: Serialize + std::borrow::Borrow<Annotation>>(
    list: &[A],
    config: &PrettyConfig,
) -> Result<CheckedRun, CheckError> {
    const OPEN: &str = "(\n  annotations: [\n";
    const CLOSE: &str = "  ],\n)";
    let text = escape_string_literals(&ron::ser::to_string_pretty(
        &RunOut { annotations: list },
        config.clone(),
    )?);
    let back: RunIn = ron_options()
        .from_str(&text)
        .map_err(|e| CheckError::Readback(e.to_string()))?;
    if back.annotations.iter().ne(list.iter().map(A::borrow)) {
        return Err(CheckError::Readback("an annotation differs".into()));
    }
    let layout = || CheckError::Readback("unexpected list layout".into());
    let start = text
        .find(OPEN)
        .map(|at| at + OPEN.len())
        .ok_or_else(layout)?;
    let end = text
        .rfind(CLOSE)
        .filter(|&end| end >= start)
        .ok_or_else(layout)?;
    Ok((text, start..end))
}

pub(crate) fn pretty_config() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .escape_strings(false)
}

pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// The comment line that heads a sidecar.
fn header(article_name: &str) -> String {
    let name = article_name.replace(['\n', '\r'], " ");
    format!(
        "// Marsad annotations for \"{name}\". Offsets count Unicode code points into the \
         article's text, line endings normalized to \\n.\n"
    )
}

fn with_header(body: &str, article_name: &str) -> String {
    let mut out = header(article_name);
    out.push_str(body);
    out.push('\n');
    out
}

/// Parses sidecar text, upgrading older format versions. A newer version parses only when it
/// adds nothing this build does not know; the caller must then treat it as read-only.
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let declared = declared_version(text);
    let result = match declared {
        Some(0) => return Err(ParseError::UnknownVersion { found: 0 }),
        // Version 2 adds only `corpus` to version 1: one layout reads both.
        _ => parse_v1(text),
    };
    match (result, declared) {
        (Ok(v1), _) if v1.format_version == 0 => Err(ParseError::UnknownVersion { found: 0 }),
        (Ok(v1), _) => {
            let mut document =
                Document::from_parts(v1.article, v1.entities, v1.annotations, v1.orphans);
            document.corpus = v1.corpus;
            document.corpus.sort();
            Ok(Parsed {
                format_version: v1.format_version,
                document,
            })
        }
        (Err(_), Some(found)) if found > FORMAT_VERSION => Err(ParseError::TooNew { found }),
        (Err(e), _) => Err(e),
    }
}

fn parse_v1(text: &str) -> Result<SidecarIn, ParseError> {
    ron_options()
        .from_str(text)
        .map_err(|e| ParseError::Syntax {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
}

/// The `format_version` a file declares near its top, read without parsing the whole file,
/// so that a newer file that does not parse can still be named as newer.
pub(crate) fn declared_version(text: &str) -> Option<u32> {
    let head = &text[..text.floor_char_boundary(4096)];
    let line = head
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .find(|l| l.contains("format_version"))?;
    let after = line.split("format_version").nth(1)?;
    let digits = after.trim_start().strip_prefix(':')?.trim_start();
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let text =
            "(\n  format_version: 1,\n  article: (text_sha256: \"x\"),\n  entities: [oops],\n)";
        match parse(text) {
            Err(ParseError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 14)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn newer_versions_are_named() {
        let text = "(\n  format_version: 9,\n  article: (text_sha256: \"x\"),\n  colour: Blue,\n)";
        assert_eq!(parse(text).unwrap_err(), ParseError::TooNew { found: 9 });
        let readable = "(format_version: 9, article: (text_sha256: \"x\"))";
        assert_eq!(parse(readable).unwrap().format_version, 9);
    }

    #[test]
    fn the_checked_text_is_the_whole_text_and_bad_documents_are_refused() {
        use crate::model::{AnnotationKind, IndexedText, Span};
        let text = "قال المتحدث إن \"القصف\"\n\u{202b}توقف\u{202c}.";
        let idx = IndexedText::new(text);
        let mut doc = Document::new("h");
        assert_eq!(
            to_checked_string(&doc, "a").unwrap(),
            to_string(&doc, "a").unwrap()
        );
        for (i, kind) in [AnnotationKind::Actor, AnnotationKind::Claim]
            .into_iter()
            .enumerate()
        {
            let span = Span::capture(&idx, i * 4, i * 4 + 7).unwrap();
            let mut a = Annotation::new(kind, span.clone(), "x", jiff::Timestamp::UNIX_EPOCH);
            a.note = "سطر\nو\"اقتباس\" \\ r#\"raw\"#".into();
            doc.upsert_annotation(a.clone());
            let mut orphan = Annotation::new(kind, span, "x", jiff::Timestamp::UNIX_EPOCH);
            orphan.note = format!("orphan {i}");
            doc.upsert_orphan(orphan);
        }
        let checked = to_checked_string(&doc, "a").unwrap();
        assert_eq!(checked, to_string(&doc, "a").unwrap());
        assert_eq!(parse(&checked).unwrap().document, doc);

        let twin = Annotation::clone(&doc.annotations()[0]);
        let broken = Document::from_parts(
            doc.meta.clone(),
            Vec::new(),
            doc.annotations()
                .iter()
                .map(|a| Annotation::clone(a))
                .collect(),
            vec![twin],
        );
        assert!(matches!(
            to_checked_string(&broken, "a"),
            Err(CheckError::Invalid(_))
        ));
    }

    /// An article outside a corpus is still written as version 1, which older builds read;
    /// one linked to a corpus, or with a suggestion turned down, is version 2, and reads back.
    #[test]
    fn version_2_is_written_only_when_the_article_needs_it() {
        let mut doc = Document::new("h");
        let plain = to_checked_string(&doc, "a").unwrap();
        assert!(plain.contains("format_version: 1") && !plain.contains("corpus"));
        doc.corpus.linked = true;
        doc.corpus.reject([crate::model::Rejection {
            entity: crate::model::EntityId::new(),
            start: 4,
            end: 9,
            quote: "بوتين".into(),
        }]);
        let linked = to_checked_string(&doc, "a").unwrap();
        assert_eq!(linked, to_string(&doc, "a").unwrap());
        assert!(linked.contains("format_version: 2") && linked.contains("quote: \"بوتين\""));
        let back = parse(&linked).unwrap();
        assert_eq!(back.format_version, 2);
        assert_eq!(back.document, doc);
    }

    #[test]
    fn version_zero_is_refused() {
        let text = "(format_version: 0, article: (text_sha256: \"x\"))";
        assert_eq!(
            parse(text).unwrap_err(),
            ParseError::UnknownVersion { found: 0 }
        );
    }
}
