//! Re-anchoring after the article is edited: spans captured in one text are placed in an
//! edited copy. Whatever is placed quotes the new text exactly, on grapheme boundaries, and
//! nothing is lost: every annotation is placed or kept as an orphan.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use marsad::matching::LazyFolded;
use marsad::model::{Annotation, AnnotationKind, Document, IndexedText, Span};
use marsad::store::reanchor;

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    spans: Vec<(u16, u16, Option<(u16, u16)>)>,
    edits: Vec<(u16, u16, String)>,
}

fuzz_target!(|input: Input| {
    let old = IndexedText::new(&input.text);
    let n = old.len_chars();
    if n == 0 {
        return;
    }
    let mut document = Document::new(marsad::article::sha256_hex(&input.text));
    let pick = |a: u16, b: u16, lo: usize, hi: usize| {
        let width = hi - lo + 1;
        let (a, b) = (lo + usize::from(a) % width, lo + usize::from(b) % width);
        let (start, end) = (old.grapheme_floor(a.min(b)), old.grapheme_ceil(a.max(b)));
        Span::capture(&old, start.max(lo), end.min(hi))
    };
    for &(a, b, cue) in input.spans.iter().take(64) {
        let Some(span) = pick(a, b, 0, n) else {
            continue;
        };
        let mut annotation = Annotation::new(
            AnnotationKind::Claim,
            span.clone(),
            "fuzz",
            Default::default(),
        );
        if let (Some((c, d)), Some(claim)) = (cue, annotation.claim.as_mut()) {
            claim.cue = pick(c, d, span.start, span.end);
        }
        document.upsert_annotation(annotation);
    }
    let before = document.annotations().len();
    let mut chars: Vec<char> = input.text.chars().collect();
    for (at, cut, insert) in input.edits.iter().take(16) {
        let at = usize::from(*at) % (chars.len() + 1);
        let cut = (usize::from(*cut) % 64).min(chars.len() - at);
        chars.splice(at..at + cut, insert.chars());
    }
    let edited: String = chars.into_iter().collect();
    let new = IndexedText::new(&edited);
    let report = reanchor(
        &mut document,
        &new,
        &LazyFolded::default(),
        &marsad::article::sha256_hex(&edited),
        true,
    );
    assert_eq!(report.checked, before);
    assert_eq!(
        document.annotations().len() + document.orphans().len(),
        before
    );
    for a in document.annotations() {
        for span in a.spans() {
            assert!(
                span.matches(&new),
                "placed spans quote the new text: {span:?}"
            );
            assert!(new.is_grapheme_boundary(span.start) && new.is_grapheme_boundary(span.end));
        }
    }
    document.validate().expect("still valid");
});
