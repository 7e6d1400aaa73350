//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use marsad::model::{Annotation, AnnotationKind, Document, IndexedText, Span};

/// The folder of committed fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fixed clock, so documents compare equal.
pub fn now() -> Timestamp {
    Timestamp::from_second(1_764_000_000).unwrap()
}

/// Tags the first occurrence of `quote` at or after code point `from`.
pub fn tag(
    doc: &mut Document,
    text: &str,
    kind: AnnotationKind,
    quote: &str,
    from: usize,
) -> Annotation {
    let idx = IndexedText::new(text);
    let byte_from = idx.byte_of(from).unwrap();
    let byte = byte_from
        + text[byte_from..]
            .find(quote)
            .unwrap_or_else(|| panic!("{quote} not in text"));
    let start = idx.char_of(byte);
    let span = Span::capture(&idx, start, start + quote.chars().count()).unwrap();
    let annotation = Annotation::new(kind, span, "tester", now());
    doc.upsert_annotation(annotation.clone());
    annotation
}

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}
