//! CoNLL-2003-style IOB: `STEM.conll`, one token per line and a blank line between sentences.
//! Columns, tab-separated: the token, its first code point, one past its last, the mention
//! tag (B-ACTOR, I-ACTOR, B-LOCATION, I-LOCATION or O) and the claim tag (B-CLAIM, I-CLAIM or
//! O). A token is tagged when an annotation covers any of it, so a mention tagged without its
//! proclitic (بوتين inside وبوتين) tags the whole word. The first line is `-DOCSTART-`.

use std::fmt::Write as _;

use super::tokens::{Token, sentences};
use super::{OutputFile, Source};
use crate::model::{Annotation, AnnotationKind};

/// The IOB tags of `tokens` for annotations of `kinds` (the longest covering one wins; a
/// token starts a new chunk when its annotation differs from the previous token's).
pub fn tags(
    tokens: &[Token<'_>],
    annotations: &[&Annotation],
    kinds: &[AnnotationKind],
) -> Vec<String> {
    let mut previous: Option<&Annotation> = None;
    tokens
        .iter()
        .map(|t| {
            let covering = annotations
                .iter()
                .copied()
                .filter(|a| kinds.contains(&a.kind))
                .filter(|a| a.span.start < t.range.end && t.range.start < a.span.end)
                .max_by_key(|a| a.span.len());
            let tag = match covering {
                None => "O".to_owned(),
                Some(a) => {
                    let name = a.kind.label().to_uppercase();
                    if previous.is_some_and(|p| p.id == a.id) {
                        format!("I-{name}")
                    } else {
                        format!("B-{name}")
                    }
                }
            };
            previous = covering;
            tag
        })
        .collect()
}

pub(super) fn render(source: &Source<'_>) -> Vec<OutputFile> {
    let mut sweep = super::Sweep::new(source.document.annotations());
    let mut out = String::from("-DOCSTART-\t_\t_\tO\tO\n\n");
    for sentence in sentences(source.text) {
        let (Some(first), Some(last)) = (sentence.first(), sentence.last()) else {
            continue;
        };
        let (from, to) = (first.range.start, last.range.end);
        let here = sweep.overlapping(from, to);
        let mentions = tags(
            &sentence,
            &here,
            &[AnnotationKind::Actor, AnnotationKind::Location],
        );
        let claims = tags(&sentence, &here, &[AnnotationKind::Claim]);
        for ((token, mention), claim) in sentence.iter().zip(mentions).zip(claims) {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{mention}\t{claim}",
                token.text, token.range.start, token.range.end
            );
        }
        out.push('\n');
    }
    vec![OutputFile {
        name: format!("{}.conll", source.stem),
        bytes: out.into_bytes(),
    }]
}
