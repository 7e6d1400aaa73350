//! brat standoff: `STEM.txt` (the normalized text) and `STEM.ann`.
//!
//! - `T` lines: each annotation, typed Actor, Location or Claim, with code-point offsets into
//!   the `.txt`. A span across a line break is split into fragments (`start end;start end`),
//!   as brat requires, and its text joins them with a space.
//! - `R` lines: `Speaker` from a claim to the first mention of its speaker, and `Denies` or
//!   `Disputes` from a claim to the claim it answers.
//! - `A` lines: claim `Status`, `Reliability`, `Credibility` and `Quotation`; a mention's
//!   `ActorType` (ACLED 1–8) and `Precision`.
//! - `N` lines: `Reference` from a mention to its entity's Wikidata item.
//! - `*` lines: `Equiv` groups the mentions of one entity.
//! - `#` lines: `AnnotatorNotes` with the annotation's note.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{OutputFile, Source};
use crate::model::{AnnotationId, AnnotationKind, ClaimRelationKind, EntityId, IndexedText};

/// The brat type of an annotation kind.
pub fn type_name(kind: AnnotationKind) -> &'static str {
    match kind {
        AnnotationKind::Actor => "Actor",
        AnnotationKind::Location => "Location",
        AnnotationKind::Claim => "Claim",
    }
}

/// Fragments of `start..end` that contain no line break or tab, each trimmed of surrounding
/// whitespace (brat's readers trim lines, so a fragment must not end in a space), with their
/// text.
fn fragments(text: &IndexedText<'_>, start: usize, end: usize) -> Vec<(usize, usize, String)> {
    let slice = text.slice(start, end).unwrap_or_default();
    let mut out = Vec::new();
    let mut at = start;
    for piece in slice.split(['\n', '\t']) {
        let len = piece.chars().count();
        let lead = piece.chars().take_while(|c| c.is_whitespace()).count();
        let kept = piece.trim();
        if !kept.is_empty() {
            let from = at + lead;
            out.push((from, from + kept.chars().count(), kept.to_owned()));
        }
        at += len + 1;
    }
    out
}

/// Text for a field that must stay on one line.
fn one_line(s: &str) -> String {
    s.split(['\n', '\t', '\r']).collect::<Vec<_>>().join(" ")
}

/// The `T` lines, each annotation's T number, and each entity's mentions' T numbers.
fn spans(
    source: &Source<'_>,
) -> (
    String,
    HashMap<AnnotationId, usize>,
    HashMap<EntityId, Vec<usize>>,
) {
    let text = IndexedText::new(source.text);
    let mut ann = String::new();
    let mut t_of: HashMap<AnnotationId, usize> = HashMap::new();
    let mut mentions: HashMap<EntityId, Vec<usize>> = HashMap::new();
    let mut n = 0;
    for a in source.document.annotations() {
        let parts = fragments(&text, a.span.start, a.span.end);
        if parts.is_empty() {
            continue;
        }
        n += 1;
        let offsets: Vec<String> = parts.iter().map(|(s, e, _)| format!("{s} {e}")).collect();
        let words: Vec<&str> = parts.iter().map(|(_, _, t)| t.as_str()).collect();
        let _ = writeln!(
            ann,
            "T{n}\t{} {}\t{}",
            type_name(a.kind),
            offsets.join(";"),
            words.join(" ")
        );
        t_of.insert(a.id, n);
        if let Some(e) = a.entity {
            mentions.entry(e).or_default().push(n);
        }
    }
    (ann, t_of, mentions)
}

pub(super) fn render(source: &Source<'_>) -> Vec<OutputFile> {
    let doc = source.document;
    let (mut ann, t_of, mentions) = spans(source);
    let (mut r, mut attr, mut norm, mut note) = (0, 0, 0, 0);
    for a in doc.annotations() {
        let Some(&t) = t_of.get(&a.id) else { continue };
        let mut attribute = |name: &str, value: &str| {
            attr += 1;
            let _ = writeln!(ann, "A{attr}\t{name} T{t} {value}");
        };
        if let Some(c) = &a.claim {
            attribute("Status", c.status.name());
            if let Some(rel) = c.reliability {
                attribute("Reliability", rel.letter());
            }
            if let Some(cred) = c.credibility {
                attribute("Credibility", &cred.get().to_string());
            }
            attribute("Quotation", c.quotation.name());
        }
        let entity = a.entity.and_then(|id| doc.entity(id));
        if let Some(e) = entity {
            if let Some(kind) = e.actor_type {
                attribute("ActorType", &u8::from(kind).to_string());
            }
            if let Some(p) = e.precision {
                attribute("Precision", &u8::from(p).to_string());
            }
            if let Some(q) = &e.wikidata {
                norm += 1;
                let _ = writeln!(
                    ann,
                    "N{norm}\tReference T{t} Wikidata:{q}\t{}",
                    one_line(&e.name)
                );
            }
        }
        if let Some(c) = &a.claim {
            let speaker = c
                .speaker
                .and_then(|s| mentions.get(&s))
                .and_then(|m| m.first());
            if let Some(arg2) = speaker {
                r += 1;
                let _ = writeln!(ann, "R{r}\tSpeaker Arg1:T{t} Arg2:T{arg2}");
            }
            if let Some(rel) = c.answers
                && let Some(target) = t_of.get(&rel.target)
            {
                r += 1;
                let name = match rel.kind {
                    ClaimRelationKind::Denies => "Denies",
                    ClaimRelationKind::Disputes => "Disputes",
                };
                let _ = writeln!(ann, "R{r}\t{name} Arg1:T{t} Arg2:T{target}");
            }
        }
        if !a.note.trim().is_empty() {
            note += 1;
            let _ = writeln!(ann, "#{note}\tAnnotatorNotes T{t}\t{}", one_line(&a.note));
        }
    }
    let mut groups: Vec<&Vec<usize>> = mentions.values().filter(|m| m.len() > 1).collect();
    groups.sort();
    for group in groups {
        let ids: Vec<String> = group.iter().map(|t| format!("T{t}")).collect();
        let _ = writeln!(ann, "*\tEquiv {}", ids.join(" "));
    }
    vec![
        OutputFile {
            name: format!("{}.txt", source.stem),
            bytes: source.text.as_bytes().to_vec(),
        },
        OutputFile {
            name: format!("{}.ann", source.stem),
            bytes: ann.into_bytes(),
        },
    ]
}
