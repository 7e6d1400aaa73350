//! Re-anchoring: placing annotations again when the article text has changed.
//!
//! For each span, in order: the stored position if the text there still equals the quote;
//! else an exact search for the quote, taking the occurrence whose surrounding text best
//! agrees with the stored prefix and suffix, and the nearest to the old position among equals;
//! unless that agreement is complete, the same search in the folded text (harakat, tatweel
//! and hamza forms set aside, context compared folded too), which wins where its context
//! agrees better, so that بوتين found again as بُوتين is moved there with its old quote kept;
//! else an approximate search (edit distance, at most a quarter of the quote) near the old
//! position, then anywhere. A span is only moved where some of its stored context agrees, so
//! a quote is never carried to another passage that merely repeats it. An annotation any of
//! whose spans cannot be placed becomes an orphan: kept with its old spans, listed, and tried
//! again the next time the text changes. An approximately placed one records its old quote in
//! `previous_quote`, for the analyst to review.

use crate::matching::{Folded, LazyFolded, fold};
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
    /// The same quote was found at another position, or the same words written with other
    /// harakat, tatweel or hamza forms (at the same position or another).
    Moved {
        /// Where it was.
        from: usize,
        /// Where it is now.
        to: usize,
        /// The quote before, when the text there is spelled otherwise (بوتين, now بُوتين).
        respelled: Option<String>,
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

/// Places every annotation of `doc` in `text` and records the text's hash. `folded` is the
/// text's folding, made only if a quote is not found as written. Orphans are tried again only
/// when `retry_orphans` is set: when the text differs from the one they failed on.
pub fn reanchor(
    doc: &mut Document,
    text: &IndexedText<'_>,
    folded: &LazyFolded,
    text_sha256: &str,
    retry_orphans: bool,
) -> AnchorReport {
    let text = Haystack { text, folded };
    let mut report = AnchorReport {
        text_changed: doc.meta.text_sha256 != text_sha256,
        ..AnchorReport::default()
    };
    let mut placed = Vec::with_capacity(doc.annotations().len());
    let mut orphans = Vec::new();
    for annotation in doc.annotations() {
        report.checked += 1;
        match place_annotation(annotation, &text) {
            Some((moved, placement)) => {
                if placement != Placement::InPlace {
                    report.changed.push((moved.id, placement));
                }
                placed.push(moved);
            }
            None => {
                report.orphaned.push(annotation.id);
                orphans.push(Annotation::clone(annotation));
            }
        }
    }
    for orphan in doc.orphans() {
        report.checked += 1;
        match place_annotation(orphan, &text).filter(|_| retry_orphans) {
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

/// The text spans are placed in, and its folding, made on first need.
#[derive(Clone, Copy)]
struct Haystack<'a> {
    text: &'a IndexedText<'a>,
    folded: &'a LazyFolded,
}

impl Haystack<'_> {
    fn folded(&self) -> &Folded {
        self.folded.get(self.text.as_str())
    }
}

/// Places all spans of one annotation, or none. The placement reported is the least certain
/// of its spans'. A claim's cue is looked for where it was relative to the claim. An
/// annotation placed on text other than its quote keeps the old quote for review.
fn place_annotation(a: &Annotation, text: &Haystack<'_>) -> Option<(Annotation, Placement)> {
    let (span, mut placement) = place(&a.span, text)?;
    let mut moved = a.clone();
    let shift = |offset: usize| (offset + span.start).checked_sub(a.span.start);
    if let Some(cue) = moved.claim.as_mut().and_then(|c| c.cue.as_mut()) {
        let mut expected = cue.clone();
        expected.start = shift(cue.start).unwrap_or(cue.start);
        expected.end = shift(cue.end).unwrap_or(cue.end);
        let (placed_cue, cue_placement) = place(&expected, text)?;
        if cue_placement.uncertainty() > placement.uncertainty() {
            placement = cue_placement;
        }
        *cue = placed_cue;
    }
    if span.quote != a.span.quote && moved.previous_quote.is_none() {
        moved.previous_quote = Some(a.span.quote.clone());
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

/// Where a quote was found: its code points and how much of its stored context agrees there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    context: usize,
}

/// Finds where a span's quote is now, in `text` (folded by `folded` if need be).
pub fn place_span(
    span: &Span,
    text: &IndexedText<'_>,
    folded: &LazyFolded,
) -> Option<(Span, Placement)> {
    place(span, &Haystack { text, folded })
}

fn place(span: &Span, haystack: &Haystack<'_>) -> Option<(Span, Placement)> {
    let text = haystack.text;
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
    let exact = find_exact(span, text);
    // Unless the quote was found with all of its context, it may be there spelled otherwise.
    let complete = span.prefix.chars().count() + span.suffix.chars().count();
    let folded = exact
        .filter(|e| e.context >= complete)
        .map_or_else(|| find_folded(span, haystack), |_| None);
    let best = match (exact, folded) {
        (Some(e), Some(f)) => Some(if f.context > e.context { f } else { e }),
        (e, f) => e.or(f),
    };
    match best {
        Some(found) if found.context >= required_context(span) => {
            let fresh = Span::capture(text, found.start, found.end)?;
            let respelled = (fresh.quote != span.quote).then(|| span.quote.clone());
            let placement = Placement::Moved {
                from: span.start,
                to: found.start,
                respelled,
            };
            Some((fresh, placement))
        }
        // Found, but no occurrence can be told apart by its context: placing it would be a guess.
        Some(_) => None,
        None => {
            let (start, end) = find_fuzzy(span, text)?;
            widened(span, text, start, end)
        }
    }
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
fn find_exact(span: &Span, text: &IndexedText<'_>) -> Option<Found> {
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
    candidates
        .into_iter()
        .map(|start| {
            let end = start + quote_chars;
            Found {
                start,
                end,
                context: context_agreement(span, text, start, end),
            }
        })
        .max_by_key(|f| (f.context, std::cmp::Reverse(f.start.abs_diff(span.start))))
}

/// Occurrences of the quote in the folded text (بوتين finds بُوتين and بوتيـن), with their
/// context compared folded too: the one that agrees best, then the nearest. Each occurrence
/// runs in the original text from its first letter to the end of the grapheme of its last
/// (the marks after it), as the folding's map gives them.
fn find_folded(span: &Span, haystack: &Haystack<'_>) -> Option<Found> {
    let needle = fold(&span.quote).chars;
    let first = *needle.first()?;
    let text = haystack.text;
    let folded = haystack.folded();
    let prefix: Vec<char> = fold(&span.prefix).chars;
    let suffix: Vec<char> = fold(&span.suffix).chars;
    let reach = CONTEXT_CHARS + EDGE_SLACK;
    let chars = &folded.chars;
    let mut best: Option<Found> = None;
    let mut seen = 0;
    for at in (0..chars.len()).filter(|&i| chars[i] == first) {
        let end = at + needle.len();
        if end > chars.len() || chars[at..end] != needle[..] {
            continue;
        }
        let start = folded.origin[at] as usize;
        let last = folded.origin[end - 1] as usize;
        let stop = text.grapheme_ceil(last + 1);
        if !text.is_grapheme_boundary(start) {
            continue;
        }
        let before: Vec<char> = chars[at.saturating_sub(reach)..at]
            .iter()
            .rev()
            .copied()
            .collect();
        let after = &chars[end..(end + reach).min(chars.len())];
        let context = edge_run(prefix.iter().rev().copied(), &before)
            + edge_run(suffix.iter().copied(), after);
        let found = Found {
            start,
            end: stop,
            context,
        };
        let key = |f: &Found| (f.context, std::cmp::Reverse(f.start.abs_diff(span.start)));
        if best.is_none_or(|b| key(&found) > key(&b)) {
            best = Some(found);
        }
        seen += 1;
        if seen >= MAX_CANDIDATES {
            break;
        }
    }
    best
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
    let before: Vec<char> = before.chars().rev().collect();
    let after: Vec<char> = after.chars().collect();
    edge_run(span.prefix.chars().rev(), &before) + edge_run(span.suffix.chars(), &after)
}

/// The longest run of `stored` context agreeing with `actual`, both read outward from the
/// quote's edge, skipping up to [`EDGE_SLACK`] characters of either at the edge.
fn edge_run(stored: impl Iterator<Item = char>, actual: &[char]) -> usize {
    let stored: Vec<char> = stored.collect();
    (0..=EDGE_SLACK.min(actual.len()))
        .flat_map(|skip_actual| (0..=EDGE_SLACK).map(move |skip_stored| (skip_actual, skip_stored)))
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
        let (placed, placement) = place_span(&span, &idx, &LazyFolded::default()).unwrap();
        assert_eq!(placed.start, second + "مقدمة طويلة. ".chars().count());
        assert!(matches!(placement, Placement::Moved { .. }));
    }
}
