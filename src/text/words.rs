//! Words for selecting text to tag, as brat and `INCEpTION` select tokens: a mouse selection
//! that starts or ends inside a word widens to the word's edges.
//!
//! Words are UAX #29 word segments (unicode-segmentation) holding a letter or a digit, with
//! numbers joined into one word where UAX #29 cuts them: a percentage (15%, ١٥٪), and a range
//! of numbers (2020-2022, 3–5). Decimals (3.4, ٣٫٤) and enclitic pronouns (قواتها، مقاتليهم)
//! are one word already. A selection may start after an Arabic proclitic (و ف ب ل ك and the
//! article ال, alone or together: وبالرملة) and keep it out, so that بوتين can be tagged
//! inside وبوتين.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

/// The words of `text`, as code point ranges, in order.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut segments: Vec<(Range<usize>, &str)> = Vec::new();
    let mut at = 0;
    for segment in text.split_word_bounds() {
        let n = segment.chars().count();
        segments.push((at..at + n, segment));
        at += n;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let (range, segment) = &segments[i];
        if !is_word(segment) {
            i += 1;
            continue;
        }
        let mut word = range.clone();
        let mut last = *segment;
        i += 1;
        while i < segments.len() && is_number(last) {
            let (next, text) = &segments[i];
            if is_percent(text) {
                word.end = next.end;
                i += 1;
                break;
            }
            let joins_range = is_range_dash(text)
                && segments
                    .get(i + 1)
                    .is_some_and(|(_, after)| is_number(after));
            if !joins_range {
                break;
            }
            let (after, after_text) = &segments[i + 1];
            word.end = after.end;
            last = after_text;
            i += 2;
        }
        out.push(word);
    }
    out
}

/// Whether a segment is a word: it holds a letter or a digit.
fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// Whether a segment is a number (digits of any script, with UAX #29's separators).
fn is_number(segment: &str) -> bool {
    segment.chars().next().is_some_and(char::is_numeric)
        && segment
            .chars()
            .all(|c| c.is_numeric() || ".,٫٬".contains(c))
}

fn is_percent(segment: &str) -> bool {
    matches!(segment, "%" | "٪" | "‰" | "؉")
}

fn is_range_dash(segment: &str) -> bool {
    matches!(segment, "-" | "–" | "—" | "‐")
}

/// How a drag's edges fit words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snap {
    /// Widen to whole words.
    Words,
    /// Keep the characters as dragged.
    Exact,
}

/// The selection a drag over code points `range` of `text` (one paragraph) makes: an edge
/// inside a word moves out to the word's edge, except that a start right after a proclitic
/// stays (so the proclitic is left out); a start inside the proclitic takes the whole word.
pub fn snap_to_words(text: &str, range: Range<usize>, snap: Snap) -> Range<usize> {
    if snap == Snap::Exact || range.is_empty() {
        return range;
    }
    let words = words(text);
    let inside = |offset: usize| {
        words
            .iter()
            .find(|w| w.start < offset && offset < w.end)
            .cloned()
    };
    let start = match inside(range.start) {
        Some(word) => {
            let chars: Vec<char> = text.chars().skip(word.start).take(word.len()).collect();
            let after_proclitic = proclitic_ends(&chars)
                .into_iter()
                .any(|end| word.start + end == range.start);
            if after_proclitic {
                range.start
            } else {
                word.start
            }
        }
        None => range.start,
    };
    let end = inside(range.end).map_or(range.end, |word| word.end);
    start..end
}

/// Where a proclitic may end in a word (code points from its start): after و or ف, then after
/// ب, ل or ك (and لل, ل with the article's ا dropped), then after ال, each only when at least
/// two letters remain. Harakat on a proclitic stay with it.
fn proclitic_ends(word: &[char]) -> Vec<usize> {
    // Harakat count as alphabetic in Unicode; they are the non-spacing marks.
    let is_mark = |c: char| unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM;
    let letters_from = |at: usize| word[at..].iter().filter(|&&c| !is_mark(c)).count();
    let skip_marks = |mut at: usize| {
        while at < word.len() && is_mark(word[at]) {
            at += 1;
        }
        at
    };
    let mut ends = Vec::new();
    let mut at = 0;
    let push = |at: usize, ends: &mut Vec<usize>| {
        if letters_from(at) >= 2 {
            ends.push(at);
        }
    };
    if matches!(word.first(), Some('و' | 'ف')) {
        at = skip_marks(1);
        push(at, &mut ends);
    }
    if matches!(word.get(at), Some('ب' | 'ل' | 'ك')) {
        let preposition = word[at];
        at = skip_marks(at + 1);
        push(at, &mut ends);
        // ل before the article drops its ا: للرملة.
        if preposition == 'ل' && word.get(at) == Some(&'ل') {
            let article = skip_marks(at + 1);
            push(article, &mut ends);
            return ends;
        }
    }
    if word.get(at) == Some(&'ا') && word.get(skip_marks(at + 1)) == Some(&'ل') {
        let article = skip_marks(skip_marks(at + 1) + 1);
        push(article, &mut ends);
    }
    ends
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
