//! A span of text: code-point offsets plus the quote and its context, so it can be found again.

use serde::{Deserialize, Serialize};

use super::IndexedText;

/// Code points of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// A span of the normalized article text, in code points, start inclusive, end exclusive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text between `start` and `end` when the span was made.
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] code points before the quote.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] code points after the quote.
    #[serde(default)]
    pub suffix: String,
}

impl Span {
    /// Captures the span `start..end` of `text` with its quote and context. `None` when the
    /// range is empty, reversed or past the end of the text.
    pub fn capture(text: &IndexedText<'_>, start: usize, end: usize) -> Option<Self> {
        if start >= end || end > text.len_chars() {
            return None;
        }
        let quote = text.slice(start, end)?.to_owned();
        let prefix = text
            .slice(start.saturating_sub(CONTEXT_CHARS), start)?
            .to_owned();
        let suffix = text
            .slice(end, (end + CONTEXT_CHARS).min(text.len_chars()))?
            .to_owned();
        Some(Self {
            start,
            end,
            quote,
            prefix,
            suffix,
        })
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the text at the span's offsets is its quote.
    pub fn matches(&self, text: &IndexedText<'_>) -> bool {
        text.slice(self.start, self.end) == Some(self.quote.as_str())
    }

    /// Whether the span lies inside `other`.
    pub fn within(&self, other: &Span) -> bool {
        other.start <= self.start && self.end <= other.end
    }
}
