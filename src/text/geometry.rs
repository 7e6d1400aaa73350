//! Geometry questions on a laid-out paragraph: which character is under a point, and which
//! rectangles cover a range of characters.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::Shaper;
use super::layout::{Line, ParagraphLayout, Piece};

/// A caret position: a code point offset in the paragraph and the line it is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caret {
    /// The line.
    pub line: usize,
    /// Code points from the start of the paragraph; always a grapheme boundary.
    pub offset: usize,
}

impl<S> Piece<S> {
    /// The x of each grapheme boundary inside the piece, from the line's left edge, paired
    /// with its code point offset in the paragraph, in logical order. Measured once per
    /// layout: highlights and selections ask for them every frame.
    pub(super) fn boundaries<Sh: Shaper<Shaped = S>>(&self, shaper: &mut Sh) -> &[(usize, f32)] {
        self.bounds.get_or_init(|| self.measure_boundaries(shaper))
    }

    fn measure_boundaries<Sh: Shaper<Shaped = S>>(&self, shaper: &mut Sh) -> Vec<(usize, f32)> {
        if self.control || self.chars.len() <= 1 {
            let (first, last) = if self.rtl {
                (self.x + self.width, self.x)
            } else {
                (self.x, self.x + self.width)
            };
            return vec![(self.chars.start, first), (self.chars.end, last)];
        }
        let mut out = vec![(
            self.chars.start,
            if self.rtl {
                self.x + self.width
            } else {
                self.x
            },
        )];
        // Exact caret advances from the shaper when it has them (glyph clusters), else the
        // width of each logical prefix.
        let carets = shaper.carets(&self.text, &self.shaped, self.rtl, self.width);
        let mut offset = self.chars.start;
        for (byte, grapheme) in self.text.grapheme_indices(true) {
            offset += grapheme.chars().count();
            let end = byte + grapheme.len();
            let advance = match &carets {
                Some(carets) => carets
                    .iter()
                    .find(|(b, _)| *b >= end)
                    .map_or(self.width, |(_, a)| *a),
                None => shaper.width(&self.text[..end]),
            }
            .clamp(0.0, self.width);
            let x = if self.rtl {
                self.x + self.width - advance
            } else {
                self.x + advance
            };
            out.push((offset, x));
        }
        out
    }
}

impl<S> Line<S> {
    /// The caret offset nearest to `x` (relative to the line's own left edge).
    fn offset_at<Sh: Shaper<Shaped = S>>(
        &self,
        x: f32,
        rtl_paragraph: bool,
        shaper: &mut Sh,
    ) -> usize {
        let Some(first) = self.pieces.first() else {
            return self.chars.start;
        };
        let last = self.pieces.last().unwrap_or(first);
        // Beyond either end: the end of the line that is on that side.
        if x <= first.x {
            return if rtl_paragraph {
                self.chars.end
            } else {
                self.chars.start
            };
        }
        if x >= last.x + last.width {
            return if rtl_paragraph {
                self.chars.start
            } else {
                self.chars.end
            };
        }
        let piece = self
            .pieces
            .iter()
            .find(|p| x < p.x + p.width)
            .unwrap_or(last);
        piece
            .boundaries(shaper)
            .iter()
            .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
            .map_or(piece.chars.start, |(offset, _)| *offset)
    }
}

impl<S> ParagraphLayout<S> {
    /// The caret nearest to a point, given in paragraph coordinates (x from the paragraph's
    /// left edge, `line` already chosen from y).
    pub fn caret_at<Sh: Shaper<Shaped = S>>(&self, line: usize, x: f32, shaper: &mut Sh) -> Caret {
        let line = line.min(self.lines.len().saturating_sub(1));
        let offset = self
            .lines
            .get(line)
            .map_or(0, |l| l.offset_at(x - l.x, self.rtl, shaper));
        Caret { line, offset }
    }

    /// The character under a point (paragraph coordinates, `line` chosen from y): the start
    /// of the grapheme cluster drawn there, or `None` beside the text.
    pub fn char_at<Sh: Shaper<Shaped = S>>(
        &self,
        line: usize,
        x: f32,
        shaper: &mut Sh,
    ) -> Option<usize> {
        let line = self.lines.get(line)?;
        let x = x - line.x;
        let piece = line.pieces.iter().find(|p| x >= p.x && x < p.x + p.width)?;
        let bounds = piece.boundaries(shaper);
        bounds
            .windows(2)
            .find(|w| {
                let (lo, hi) = (w[0].1.min(w[1].1), w[0].1.max(w[1].1));
                x >= lo && x < hi
            })
            .map_or(Some(piece.chars.start), |w| Some(w[0].0))
    }

    /// Horizontal extents `(line, x0, x1)` in paragraph coordinates that cover the characters
    /// `range` (code points of the paragraph), one or more per line, left to right.
    pub fn rects<Sh: Shaper<Shaped = S>>(
        &self,
        range: Range<usize>,
        shaper: &mut Sh,
    ) -> Vec<(usize, f32, f32)> {
        let mut out: Vec<(usize, f32, f32)> = Vec::new();
        if range.is_empty() {
            return out;
        }
        for (index, line) in self.lines.iter().enumerate() {
            if line.chars.end <= range.start || line.chars.start >= range.end {
                continue;
            }
            for piece in &line.pieces {
                let from = piece.chars.start.max(range.start);
                let to = piece.chars.end.min(range.end);
                if from >= to {
                    continue;
                }
                let (x0, x1) = if from == piece.chars.start && to == piece.chars.end {
                    (piece.x, piece.x + piece.width)
                } else {
                    let bounds = piece.boundaries(shaper);
                    let at = |offset: usize| {
                        bounds
                            .iter()
                            .find(|(o, _)| *o >= offset)
                            .or(bounds.last())
                            .map_or(piece.x, |(_, x)| *x)
                    };
                    let (a, b) = (at(from), at(to));
                    (a.min(b), a.max(b))
                };
                let (x0, x1) = (x0 + line.x, x1 + line.x);
                // Neighbouring pieces merge into one rectangle, as a browser draws them.
                match out.last_mut() {
                    Some(last) if last.0 == index && (last.2 - x0).abs() < 0.5 => last.2 = x1,
                    _ => out.push((index, x0, x1)),
                }
            }
        }
        out
    }
}
