//! Re-anchoring: placing annotations again when the article text has changed.
//!
//! For each span, in order: the stored position if the text there still equals the quote;
//! else an exact search for the quote, taking the occurrence whose surrounding text best
//! agrees with the stored prefix and suffix, and the nearest to the old position among equals;
//! else an approximate search (edit distance, at most a quarter of the quote) near the old
//! position, then anywhere. A span is only moved where some of its stored context agrees, so
//! a quote is never carried to another passage that merely repeats it. An annotation any of
//! whose spans cannot be placed becomes an orphan: kept with its old spans, listed, and tried
//! again the next time the text changes. An approximately placed one records its old quote in
//! `previous_quote`, for the analyst to review.

use crate::model::{Annotation, AnnotationId, CONTEXT_CHARS, Document, IndexedText, Span};

/// Quotes shorter than this are too ambiguous to place by approximate search.
const MIN_FUZZY_CHARS: usize = 5;
/// Code points of stored context that must agree before a span is moved.
const MIN_CONTEXT: usize = 4;
/// Characters right at a quote's edge that may have changed without breaking agreement.
const EDGE_SLACK: usize = 3;
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
    /// Whether the text differs from the one the annotations were saved on (otherwise what
    /// moved did not match its own text: a sidecar edited by hand or by another tool).
    pub text_changed: bool,
}

impl AnchorReport {
    /// Whether anything moved, changed or was orphaned.
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.orphaned.is_empty() && self.recovered.is_empty()
    }
}

/// Places every annotation of `doc` in `text` and records the text's hash. Orphans are tried
/// again only when `retry_orphans` is set: when the text differs from the one they failed on.
pub fn reanchor(
    doc: &mut Document,
    text: &IndexedText<'_>,
    text_sha256: &str,
    retry_orphans: bool,
) -> AnchorReport {
    let mut report = AnchorReport {
        text_changed: doc.meta.text_sha256 != text_sha256,
        ..AnchorReport::default()
    };
    let mut placed = Vec::with_capacity(doc.annotations().len());
    let mut orphans = Vec::new();
    for annotation in doc.annotations() {
        report.checked += 1;
        match place_annotation(annotation, text) {
            Some((moved, placement)) => {
                if placement != Placement::InPlace {
                    report.changed.push((moved.id, placement));
                }
                placed.push(moved);
            }
            None => {
                report.orphaned.push(annotation.id);
                orphans.push(annotation.clone());
            }
        }
    }
    for orphan in doc.orphans() {
        report.checked += 1;
        match place_annotation(orphan, text).filter(|_| retry_orphans) {
            Some((moved, _)) => {
                report.recovered.push(moved.id);
                placed.push(moved);
            }
            None => orphans.push(orphan.clone()),
        }
    }
    doc.set_annotations(placed, orphans);
    text_sha256.clone_into(&mut doc.meta.text_sha256);
    report
}

/// Places all spans of one annotation, or none. The placement reported is the least certain
/// of its spans'. A claim's cue is looked for where it was relative to the claim.
fn place_annotation(a: &Annotation, text: &IndexedText<'_>) -> Option<(Annotation, Placement)> {
    let (span, mut placement) = place_span(&a.span, text)?;
    let mut moved = a.clone();
    let shift = |offset: usize| (offset + span.start).checked_sub(a.span.start);
    if let Some(cue) = moved.claim.as_mut().and_then(|c| c.cue.as_mut()) {
        let mut expected = cue.clone();
        expected.start = shift(cue.start).unwrap_or(cue.start);
        expected.end = shift(cue.end).unwrap_or(cue.end);
        let (placed_cue, cue_placement) = place_span(&expected, text)?;
        if cue_placement.uncertainty() > placement.uncertainty() {
            placement = cue_placement;
        }
        *cue = placed_cue;
    }
    if let Placement::Fuzzy { old_quote, .. } = &placement
        && moved.previous_quote.is_none()
    {
        moved.previous_quote = Some(old_quote.clone());
    }
    moved.span = span;
    Some((moved, placement))
}

impl Placement {
    fn uncertainty(&self) -> u8 {
        match self {
            Self::InPlace => 0,
            Self::Moved { .. } => 1,
            Self::Fuzzy { .. } => 2,
        }
    }
}

/// The outcome of looking for the exact quote.
enum Exact {
    /// Found at this code point.
    Found(usize),
    /// Found, but no occurrence can be told apart by its context: placing it would be a guess.
    Ambiguous,
    /// Not in the text.
    Absent,
}

/// Finds where a span's quote is now.
pub fn place_span(span: &Span, text: &IndexedText<'_>) -> Option<(Span, Placement)> {
    if span.quote.is_empty() {
        return None;
    }
    if span.matches(text) {
        if text.is_grapheme_boundary(span.start) && text.is_grapheme_boundary(span.end) {
            let fresh = Span::capture(text, span.start, span.end)?;
            return Some((fresh, Placement::InPlace));
        }
        // The quote is still there, but a mark added after it (a haraka, say) now belongs to
        // its last letter: the span takes in the whole grapheme.
        return widened(span, text, span.start, span.end);
    }
    match find_exact(span, text) {
        Exact::Found(start) => {
            let end = start + span.quote.chars().count();
            let fresh = Span::capture(text, start, end)?;
            let placement = Placement::Moved {
                from: span.start,
                to: start,
            };
            return Some((fresh, placement));
        }
        Exact::Ambiguous => return None,
        Exact::Absent => {}
    }
    let (start, end) = find_fuzzy(span, text)?;
    widened(span, text, start, end)
}

/// `start..end` widened to whole graphemes, as a fuzzy placement of `span`.
fn widened(
    span: &Span,
    text: &IndexedText<'_>,
    start: usize,
    end: usize,
) -> Option<(Span, Placement)> {
    let fresh = Span::capture(text, text.grapheme_floor(start), text.grapheme_ceil(end))?;
    let placement = Placement::Fuzzy {
        distance: levenshtein(&span.quote, &fresh.quote),
        old_quote: span.quote.clone(),
        new_quote: fresh.quote.clone(),
    };
    Some((fresh, placement))
}

/// The context an occurrence needs to agree on before a span is moved there: a few code
/// points, or all the context the span had if it had less (at the very start or end).
fn required_context(span: &Span) -> usize {
    MIN_CONTEXT.min(span.prefix.chars().count() + span.suffix.chars().count())
}

/// Exact occurrences of the quote: the one whose context agrees best, then the nearest.
fn find_exact(span: &Span, text: &IndexedText<'_>) -> Exact {
    let quote_chars = span.quote.chars().count();
    let haystack = text.as_str();
    // Overlapping occurrences count too: search again one character after each hit.
    let mut candidates = Vec::new();
    let mut from = 0;
    while let Some(found) = haystack[from..].find(span.quote.as_str()) {
        let byte = from + found;
        let start = text.char_of(byte);
        if text.is_grapheme_boundary(start) && text.is_grapheme_boundary(start + quote_chars) {
            candidates.push(start);
        }
        if candidates.len() >= MAX_CANDIDATES {
            break;
        }
        from = byte + haystack[byte..].chars().next().map_or(1, char::len_utf8);
    }
    let best = candidates
        .into_iter()
        .map(|start| {
            (
                start,
                context_agreement(span, text, start, start + quote_chars),
            )
        })
        .max_by_key(|&(start, context)| (context, std::cmp::Reverse(start.abs_diff(span.start))));
    match best {
        None => Exact::Absent,
        Some((start, context)) if context >= required_context(span) => Exact::Found(start),
        Some(_) => Exact::Ambiguous,
    }
}

/// How many code points of stored context agree with the text around `start..end`. Each side
/// counts the longest run of agreeing characters next to the quote, allowing a few inserted
/// or changed characters right at the quote's edge (new quotation marks, say).
fn context_agreement(span: &Span, text: &IndexedText<'_>, start: usize, end: usize) -> usize {
    let reach = CONTEXT_CHARS + EDGE_SLACK;
    let before = text
        .slice(start.saturating_sub(reach), start)
        .unwrap_or_default();
    let after = text
        .slice(end, (end + reach).min(text.len_chars()))
        .unwrap_or_default();
    let run = |stored: &mut dyn Iterator<Item = char>, actual: &[char]| {
        let stored: Vec<char> = stored.collect();
        (0..=EDGE_SLACK.min(actual.len()))
            .flat_map(|skip_actual| {
                (0..=EDGE_SLACK).map(move |skip_stored| (skip_actual, skip_stored))
            })
            .map(|(a, s)| {
                stored
                    .iter()
                    .skip(s)
                    .zip(actual.iter().skip(a))
                    .take_while(|(x, y)| x == y)
                    .count()
            })
            .max()
            .unwrap_or(0)
    };
    let before: Vec<char> = before.chars().rev().collect();
    let after: Vec<char> = after.chars().collect();
    run(&mut span.prefix.chars().rev(), &before) + run(&mut span.suffix.chars(), &after)
}

/// Edit distance between two strings, in code points.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Approximate search: near the old position first, then the whole text. Returns a
/// grapheme-aligned `(start, end)` whose context agrees enough to be the same passage.
fn find_fuzzy(span: &Span, text: &IndexedText<'_>) -> Option<(usize, usize)> {
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
    let required = required_context(span);
    for (from, to) in [near, whole] {
        if (to - from).saturating_mul(quote.len()) > MAX_FUZZY_CELLS {
            continue;
        }
        let window: Vec<char> = text.slice(from, to)?.chars().collect();
        let best = sellers(&quote, &window, max_edits)
            .into_iter()
            .map(|(s, e, d)| {
                let (s, e) = (from + s, from + e);
                (s, e, d, context_agreement(span, text, s, e))
            })
            .filter(|&(_, _, _, context)| context >= required)
            .min_by_key(|&(s, _, d, context)| {
                (d, std::cmp::Reverse(context), s.abs_diff(span.start))
            });
        if let Some((s, e, _, _)) = best {
            let (s, e) = (text.grapheme_floor(s), text.grapheme_ceil(e));
            if s < e {
                return Some((s, e));
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
