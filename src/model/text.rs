//! Code-point offsets into a text, converted to byte offsets in O(1) amortized.

use std::sync::Arc;

use unicode_segmentation::GraphemeCursor;

/// Code points between stored byte checkpoints.
const STRIDE: usize = 64;

/// A text with an index from code-point offsets to byte offsets. Memory is one `usize` per
/// 64 code points, so a 50 MB article costs well under a megabyte.
#[derive(Clone, Debug)]
pub struct IndexedText<'a> {
    text: &'a str,
    checkpoints: Arc<[usize]>,
    chars: usize,
}

/// The index of an [`IndexedText`] without the text it borrows, to keep beside an owned text
/// and attach again without re-indexing.
#[derive(Clone, Debug)]
pub struct TextIndex {
    checkpoints: Arc<[usize]>,
    chars: usize,
    len: usize,
}

impl<'a> IndexedText<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut chars = 0;
        for (byte, _) in text.char_indices() {
            if chars % STRIDE == 0 {
                checkpoints.push(byte);
            }
            chars += 1;
        }
        if chars % STRIDE == 0 {
            checkpoints.push(text.len());
        }
        Self {
            text,
            checkpoints: checkpoints.into(),
            chars,
        }
    }

    /// The index alone, to attach to the same text later.
    pub fn index(&self) -> TextIndex {
        TextIndex {
            checkpoints: Arc::clone(&self.checkpoints),
            chars: self.chars,
            len: self.text.len(),
        }
    }

    /// Attaches an index made from this same text; a text of another length is indexed anew.
    pub fn attach(text: &'a str, index: &TextIndex) -> Self {
        if index.len != text.len() {
            return Self::new(text);
        }
        Self {
            text,
            checkpoints: Arc::clone(&index.checkpoints),
            chars: index.chars,
        }
    }

    /// The whole text it indexes.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Length in code points.
    pub fn len_chars(&self) -> usize {
        self.chars
    }

    /// The byte offset of code point `char_offset`, or `None` past the end.
    pub fn byte_of(&self, char_offset: usize) -> Option<usize> {
        if char_offset > self.chars {
            return None;
        }
        if char_offset == self.chars {
            return Some(self.text.len());
        }
        let base = self.checkpoints[char_offset / STRIDE];
        let skip = char_offset % STRIDE;
        self.text[base..]
            .char_indices()
            .nth(skip)
            .map(|(b, _)| base + b)
    }

    /// The code-point offset of a byte offset that lies on a char boundary.
    pub fn char_of(&self, byte_offset: usize) -> usize {
        let slot = self.checkpoints.partition_point(|&b| b <= byte_offset) - 1;
        slot * STRIDE
            + self.text[self.checkpoints[slot]..byte_offset]
                .chars()
                .count()
    }

    /// The text between two code-point offsets, or `None` if out of range or reversed.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let s = self.byte_of(start)?;
        let e = s + self.text[s..]
            .char_indices()
            .nth(end - start)
            .map_or(self.text.len() - s, |(b, _)| b);
        (end <= self.chars).then(|| &self.text[s..e])
    }

    /// Whether a code-point offset falls on a grapheme cluster boundary.
    pub fn is_grapheme_boundary(&self, char_offset: usize) -> bool {
        let Some(byte) = self.byte_of(char_offset) else {
            return false;
        };
        GraphemeCursor::new(byte, self.text.len(), true)
            .is_boundary(self.text, 0)
            .unwrap_or(false)
    }

    /// Moves a code-point offset back to the nearest grapheme boundary at or before it.
    pub fn grapheme_floor(&self, char_offset: usize) -> usize {
        let byte = self
            .byte_of(char_offset.min(self.chars))
            .unwrap_or(self.text.len());
        let mut cursor = GraphemeCursor::new(byte, self.text.len(), true);
        if cursor.is_boundary(self.text, 0).unwrap_or(true) {
            return char_offset.min(self.chars);
        }
        let prev = cursor
            .prev_boundary(self.text, 0)
            .ok()
            .flatten()
            .unwrap_or(0);
        self.char_of(prev)
    }

    /// Moves a code-point offset forward to the nearest grapheme boundary at or after it.
    pub fn grapheme_ceil(&self, char_offset: usize) -> usize {
        let byte = self
            .byte_of(char_offset.min(self.chars))
            .unwrap_or(self.text.len());
        let mut cursor = GraphemeCursor::new(byte, self.text.len(), true);
        if cursor.is_boundary(self.text, 0).unwrap_or(true) {
            return char_offset.min(self.chars);
        }
        let next = cursor
            .next_boundary(self.text, 0)
            .ok()
            .flatten()
            .unwrap_or(self.text.len());
        self.char_of(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let text = "a😀بَ".repeat(50);
        let idx = IndexedText::new(&text);
        assert_eq!(idx.len_chars(), 200);
        for (i, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.byte_of(i), Some(b));
            assert_eq!(idx.char_of(b), i);
        }
        assert_eq!(idx.byte_of(200), Some(text.len()));
        assert_eq!(idx.byte_of(201), None);
        assert_eq!(idx.slice(1, 3), Some("😀ب"));
        assert_eq!(idx.slice(198, 201), None);
        assert_eq!(idx.slice(200, 200), Some(""));
    }

    #[test]
    fn grapheme_boundaries_keep_harakat_with_their_letter() {
        let text = "كَتَب";
        let idx = IndexedText::new(text);
        assert!(idx.is_grapheme_boundary(0));
        assert!(!idx.is_grapheme_boundary(1));
        assert!(idx.is_grapheme_boundary(2));
        assert_eq!(idx.grapheme_floor(1), 0);
        assert_eq!(idx.grapheme_ceil(3), 4);
    }
}
