//! Re-anchoring: placing annotations again when the article text has changed.
//!
//! For each span, in order: the stored position if the text there still equals the quote;
//! else an exact search for the quote, taking the occurrence whose surrounding text best
//! agrees with the stored prefix and suffix, and the nearest to the old position among equals;
//! else an approximate search (edit distance, at most a quarter of the quote) near the old
//! position, then anywhere. An annotation any of whose spans cannot be placed becomes an
//! orphan: kept with its old spans, listed, and tried again the next time the text changes.

use crate::model::{Annotation, AnnotationId, CONTEXT_CHARS, Document, IndexedText, Span};

/// Quotes shorter than this are too ambiguous to place by approximate search.
const MIN_FUZZY_CHARS: usize = 5;
/// Short quotes found elsewhere need this much agreeing context to be moved there.
const SHORT_QUOTE_CHARS: usize = 8;
/// Most occurrences of one quote that are compared.
const MAX_CANDIDATES: usize = 10_000;
/// Largest dynamic-programming table (text chars × quote chars) for approximate search.
const MAX_FUZZY_CELLS: usize = 50_000_000;

/// How one annotation was placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Its offsets still hold its quote.
    InPlace,
    /// The same quote was found at another position.
    Moved {
        /// Where it was.
        from: usize,
        /// Where it is now.
        to: usize,
    },
    /// Text much like the quote was found; the quote was updated to the text there.
    Fuzzy {
        /// The quote before.
        old_quote: String,
        /// The quote now.
        new_quote: String,
        /// Edits between them.
        distance: usize,
    },
}

/// What re-anchoring did, for the user to review.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnchorReport {
    /// Annotations (and orphans) examined.
    pub checked: usize,
    /// Moved or fuzzily placed annotations.
    pub changed: Vec<(AnnotationId, Placement)>,
    /// Annotations that could not be placed and are kept as orphans.
    pub orphaned: Vec<AnnotationId>,
    /// Former orphans that found their place again.
    pub recovered: Vec<AnnotationId>,
}

impl AnchorReport {
    /// Whether anything moved, changed or was orphaned.
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.orphaned.is_empty() && self.recovered.is_empty()
    }
}

/// Places every annotation and orphan of `doc` in `text`, and records the text's hash.
pub fn reanchor(doc: &mut Document, text: &IndexedText<'_>, text_sha256: &str) -> AnchorReport {
    let mut report = AnchorReport::default();
    let placed_before = doc.annotations().len();
    let mut placed = Vec::with_capacity(placed_before);
    let mut orphans = Vec::new();
    let all = doc.annotations().iter().chain(doc.orphans()).enumerate();
    for (i, annotation) in all {
        report.checked += 1;
        let was_orphan = i >= placed_before;
        match place_annotation(annotation, text) {
            Some((moved, placement)) => {
                if was_orphan {
                    report.recovered.push(moved.id);
                } else if placement != Placement::InPlace {
                    report.changed.push((moved.id, placement));
                }
                placed.push(moved);
            }
            None => {
                if !was_orphan {
                    report.orphaned.push(annotation.id);
                }
                orphans.push(annotation.clone());
            }
        }
    }
    doc.set_annotations(placed, orphans);
    text_sha256.clone_into(&mut doc.meta.text_sha256);
    report
}

/// Places all spans of one annotation, or none.
fn place_annotation(a: &Annotation, text: &IndexedText<'_>) -> Option<(Annotation, Placement)> {
    let (span, placement) = place_span(&a.span, text)?;
    let mut moved = a.clone();
    moved.span = span;
    if let Some(cue) = moved.claim.as_mut().and_then(|c| c.cue.as_mut()) {
        *cue = place_span(cue, text)?.0;
    }
    Some((moved, placement))
}

/// Finds where a span's quote is now.
pub fn place_span(span: &Span, text: &IndexedText<'_>) -> Option<(Span, Placement)> {
    if span.quote.is_empty() {
        return None;
    }
    if span.matches(text) {
        let fresh = Span::capture(text, span.start, span.end)?;
        return Some((fresh, Placement::InPlace));
    }
    if let Some(start) = find_exact(span, text) {
        let end = start + span.quote.chars().count();
        let fresh = Span::capture(text, start, end)?;
        let placement = Placement::Moved {
            from: span.start,
            to: start,
        };
        return Some((fresh, placement));
    }
    let (start, end, distance) = find_fuzzy(span, text)?;
    let fresh = Span::capture(text, start, end)?;
    let placement = Placement::Fuzzy {
        old_quote: span.quote.clone(),
        new_quote: fresh.quote.clone(),
        distance,
    };
    Some((fresh, placement))
}

/// Exact occurrences of the quote, best context first, then nearest.
fn find_exact(span: &Span, text: &IndexedText<'_>) -> Option<usize> {
    let quote_chars = span.quote.chars().count();
    let candidates: Vec<usize> = text
        .as_str()
        .match_indices(span.quote.as_str())
        .take(MAX_CANDIDATES)
        .map(|(byte, _)| text.char_of(byte))
        .filter(|&start| {
            text.is_grapheme_boundary(start) && text.is_grapheme_boundary(start + quote_chars)
        })
        .collect();
    let unique = candidates.len() == 1;
    let (start, context) = candidates
        .into_iter()
        .map(|start| {
            (
                start,
                context_agreement(span, text, start, start + quote_chars),
            )
        })
        .max_by_key(|&(start, context)| (context, std::cmp::Reverse(start.abs_diff(span.start))))?;
    let confident = unique || quote_chars >= SHORT_QUOTE_CHARS || context >= 4;
    confident.then_some(start)
}

/// How many code points of stored context agree with the text around `start..end`.
fn context_agreement(span: &Span, text: &IndexedText<'_>, start: usize, end: usize) -> usize {
    let before = text
        .slice(start.saturating_sub(CONTEXT_CHARS), start)
        .unwrap_or_default();
    let after = text
        .slice(end, (end + CONTEXT_CHARS).min(text.len_chars()))
        .unwrap_or_default();
    let prefix = span
        .prefix
        .chars()
        .rev()
        .zip(before.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = span
        .suffix
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    prefix + suffix
}

/// Approximate search: near the old position first, then the whole text. Returns
/// grapheme-aligned `(start, end, edits)`.
fn find_fuzzy(span: &Span, text: &IndexedText<'_>) -> Option<(usize, usize, usize)> {
    let quote: Vec<char> = span.quote.chars().collect();
    if quote.len() < MIN_FUZZY_CHARS {
        return None;
    }
    let max_edits = quote.len() / 4;
    let reach = (quote.len() * 8).max(2_000);
    let len = text.len_chars();
    let near = (
        span.start.min(len).saturating_sub(reach),
        (span.end + reach).min(len),
    );
    let whole = (0, len);
    for (from, to) in [near, whole] {
        if (to - from).saturating_mul(quote.len()) > MAX_FUZZY_CELLS {
            continue;
        }
        let window: Vec<char> = text.slice(from, to)?.chars().collect();
        let best = sellers(&quote, &window, max_edits)
            .into_iter()
            .map(|(s, e, d)| (from + s, from + e, d))
            .min_by_key(|&(s, e, d)| {
                let context = context_agreement(span, text, s, e);
                (d, std::cmp::Reverse(context), s.abs_diff(span.start))
            });
        if let Some((s, e, d)) = best {
            let (s, e) = (text.grapheme_floor(s), text.grapheme_ceil(e));
            if s < e {
                return Some((s, e, d));
            }
        }
        if (from, to) == whole {
            break;
        }
    }
    None
}

/// Sellers' algorithm: every substring of `text` within `max_edits` of `pattern`, as
/// `(start, end, edits)`, one per local minimum of the edit distance.
fn sellers(pattern: &[char], text: &[char], max_edits: usize) -> Vec<(usize, usize, usize)> {
    let m = pattern.len();
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut prev_start: Vec<usize> = vec![0; m + 1];
    let mut cur = vec![0; m + 1];
    let mut cur_start = vec![0; m + 1];
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (i, &t) in text.iter().enumerate() {
        cur[0] = 0;
        cur_start[0] = i + 1;
        for j in 1..=m {
            let substitute = prev[j - 1] + usize::from(pattern[j - 1] != t);
            let skip_text = prev[j] + 1;
            let skip_pattern = cur[j - 1] + 1;
            (cur[j], cur_start[j]) = if substitute <= skip_text && substitute <= skip_pattern {
                (substitute, prev_start[j - 1])
            } else if skip_text <= skip_pattern {
                (skip_text, prev_start[j])
            } else {
                (skip_pattern, cur_start[j - 1])
            };
        }
        if cur[m] <= max_edits {
            let hit = (cur_start[m], i + 1, cur[m]);
            match found.last_mut() {
                // Overlapping hits of one occurrence: keep the better.
                Some(last) if hit.0 < last.1 => {
                    if hit.2 < last.2 {
                        *last = hit;
                    }
                }
                _ => found.push(hit),
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn sellers_finds_approximate_substrings() {
        let hits = sellers(&chars("ceasefire"), &chars("the cease-fire held"), 2);
        assert_eq!(hits.len(), 1);
        let (s, e, d) = hits[0];
        assert_eq!((s, e, d), (4, 14, 1));
    }

    #[test]
    fn exact_move_prefers_agreeing_context() {
        let old = "قال بوتين أمس. ثم قال بوتين اليوم إن الهدنة صامدة.";
        let old_idx = IndexedText::new(old);
        let second = old.chars().count() - "بوتين اليوم إن الهدنة صامدة.".chars().count();
        let span = Span::capture(&old_idx, second, second + 5).unwrap();
        let new = format!("مقدمة طويلة. {old}");
        let idx = IndexedText::new(&new);
        let (placed, placement) = place_span(&span, &idx).unwrap();
        assert_eq!(placed.start, second + "مقدمة طويلة. ".chars().count());
        assert!(matches!(placement, Placement::Moved { .. }));
    }
}
