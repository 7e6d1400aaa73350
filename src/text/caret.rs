//! The caret model shared by text fields and the article view, as Chrome moves a caret in
//! bidi text: a caret is a logical offset plus an [`Affinity`], the side it sticks to where
//! one offset has two places on screen (at a direction boundary, or a line wrap).
//!
//! On a laid-out line every grapheme is a cell with a left and a right edge. A caret sits on
//! one edge of one cell:
//! - [`Affinity::Downstream`] sticks to the character *after* the offset and is drawn at its
//!   leading edge (the right edge of a right-to-left character);
//! - [`Affinity::Upstream`] sticks to the character *before* it, at its trailing edge.
//!
//! Left and Right move over one cell on screen and the caret sticks to the cell it crossed;
//! past a line's edge they go on to the neighbouring line in reading order. Home and End go to
//! the line's edges (Home to the right edge of a right-to-left line). Ctrl+Left and
//! Ctrl+Right move by word in the direction the arrow points in the line's reading order.
//! Up and Down keep the x position the caret had when vertical movement began.

use unicode_segmentation::UnicodeSegmentation as _;

use super::Shaper;
use super::layout::{Line, ParagraphLayout};

/// Which character a caret sticks to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Affinity {
    /// The character after the offset (where typing at the start of a run goes).
    #[default]
    Downstream,
    /// The character before the offset (where typing at the end of a run goes).
    Upstream,
}

/// A caret: a code point offset into the text (a grapheme boundary) and its affinity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Cursor {
    /// Code points from the start of the text.
    pub offset: usize,
    /// The side it sticks to.
    pub affinity: Affinity,
}

impl Cursor {
    /// A caret at `offset` sticking to the character after it.
    pub fn downstream(offset: usize) -> Self {
        Self {
            offset,
            affinity: Affinity::Downstream,
        }
    }

    /// A caret at `offset` sticking to the character before it.
    pub fn upstream(offset: usize) -> Self {
        Self {
            offset,
            affinity: Affinity::Upstream,
        }
    }
}

/// One laid-out paragraph of a text and where it starts, in code points of the text.
#[derive(Clone, Copy, Debug)]
pub struct Block<'a, S> {
    /// Its layout.
    pub layout: &'a ParagraphLayout<S>,
    /// Code point offset of its first character.
    pub start: usize,
}

/// A caret movement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    /// One grapheme to the left on screen.
    Left,
    /// One grapheme to the right on screen.
    Right,
    /// To the word edge on the left, in the line's reading order.
    WordLeft,
    /// To the word edge on the right, in the line's reading order.
    WordRight,
    /// To the edge where the line's reading starts.
    Home,
    /// To the edge where the line's reading ends.
    End,
    /// One line up, keeping x.
    Up,
    /// One line down, keeping x.
    Down,
}

/// A grapheme on a line: its code points (of the paragraph) and edges (from the paragraph's
/// left edge).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Cell {
    start: usize,
    end: usize,
    rtl: bool,
    left: f32,
    right: f32,
}

impl Cell {
    fn left_edge(&self, base: usize) -> Cursor {
        if self.rtl {
            Cursor::upstream(base + self.end)
        } else {
            Cursor::downstream(base + self.start)
        }
    }

    fn right_edge(&self, base: usize) -> Cursor {
        if self.rtl {
            Cursor::downstream(base + self.start)
        } else {
            Cursor::upstream(base + self.end)
        }
    }
}

/// The cells of a line, left to right.
fn cells<S, Sh: Shaper<Shaped = S>>(line: &Line<S>, shaper: &mut Sh) -> Vec<Cell> {
    let mut out = Vec::new();
    for piece in &line.pieces {
        let bounds = piece.boundaries(shaper);
        let mut piece_cells: Vec<Cell> = bounds
            .windows(2)
            .map(|w| Cell {
                start: w[0].0,
                end: w[1].0,
                rtl: piece.rtl,
                left: line.x + w[0].1.min(w[1].1),
                right: line.x + w[0].1.max(w[1].1),
            })
            .collect();
        if piece.rtl {
            piece_cells.reverse();
        }
        out.extend(piece_cells);
    }
    out
}

/// A visual line of a text: which block and which of its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LineRef {
    block: usize,
    line: usize,
}

/// Every line of the blocks, top to bottom.
fn all_lines<S>(blocks: &[Block<'_, S>]) -> Vec<LineRef> {
    blocks
        .iter()
        .enumerate()
        .flat_map(|(b, block)| {
            (0..block.layout.lines.len()).map(move |line| LineRef { block: b, line })
        })
        .collect()
}

fn line_of<'a, S>(
    blocks: &[Block<'a, S>],
    r: LineRef,
) -> (&'a Line<S>, &'a ParagraphLayout<S>, usize) {
    let block = &blocks[r.block];
    (&block.layout.lines[r.line], block.layout, block.start)
}

/// The visual line (index into [`all_lines`]) a caret is drawn on: at a wrap point the upper
/// line when it sticks upstream, the lower one downstream.
fn line_index<S>(blocks: &[Block<'_, S>], lines: &[LineRef], cursor: Cursor) -> usize {
    let mut found = None;
    for (i, &r) in lines.iter().enumerate() {
        let (line, _, base) = line_of(blocks, r);
        let (start, end) = (base + line.chars.start, base + line.chars.end);
        if !(start..=end).contains(&cursor.offset) {
            continue;
        }
        let sticks_here = match cursor.affinity {
            Affinity::Upstream => cursor.offset > start,
            Affinity::Downstream => cursor.offset < end,
        };
        if sticks_here {
            return i;
        }
        // An empty line, or the text's very start or end: no character on that side.
        found.get_or_insert(i);
    }
    found.unwrap_or_else(|| {
        // Past the end (or in a gap between blocks): the nearest line before it.
        lines
            .iter()
            .rposition(|&r| {
                let (line, _, base) = line_of(blocks, r);
                base + line.chars.start <= cursor.offset
            })
            .unwrap_or(0)
    })
}

/// The gap (0 = left of the first cell, `cells.len()` = right of the last) a caret is in.
fn gap_of(cells: &[Cell], base: usize, cursor: Cursor) -> usize {
    let local = cursor.offset.checked_sub(base);
    let attached = |affinity: Affinity| {
        cells.iter().position(|c| match affinity {
            Affinity::Downstream => Some(c.start) == local,
            Affinity::Upstream => Some(c.end) == local,
        })
    };
    let other = match cursor.affinity {
        Affinity::Downstream => Affinity::Upstream,
        Affinity::Upstream => Affinity::Downstream,
    };
    let (index, affinity) = match attached(cursor.affinity) {
        Some(i) => (i, cursor.affinity),
        None => match attached(other) {
            Some(i) => (i, other),
            None => {
                // No cell starts or ends there (beside a hidden bidi control, or an empty
                // line): the trailing edge of the cell just before it in logical order, else
                // the leading edge of the one just after it.
                let local = local.unwrap_or(0);
                let before = (0..cells.len())
                    .filter(|&i| cells[i].end <= local)
                    .max_by_key(|&i| cells[i].end);
                let after = (0..cells.len())
                    .filter(|&i| cells[i].start >= local)
                    .min_by_key(|&i| cells[i].start);
                return match (before, after) {
                    (Some(i), _) => i + usize::from(!cells[i].rtl),
                    (None, Some(i)) => i + usize::from(cells[i].rtl),
                    (None, None) => 0,
                };
            }
        },
    };
    let cell = &cells[index];
    // Downstream is the leading edge, upstream the trailing edge.
    let right = match affinity {
        Affinity::Downstream => cell.rtl,
        Affinity::Upstream => !cell.rtl,
    };
    index + usize::from(right)
}

fn gap_x(cells: &[Cell], line: &Line<impl Sized>, rtl: bool, max_width: f32, gap: usize) -> f32 {
    if cells.is_empty() {
        return if rtl && max_width.is_finite() {
            line.x.max(max_width)
        } else {
            line.x
        };
    }
    if gap == 0 {
        cells[0].left
    } else {
        cells[gap - 1].right
    }
}

/// Where a caret is drawn: the index of its visual line among all lines of the blocks (top to
/// bottom) and its x from the paragraph's left edge.
pub fn caret_position<S, Sh: Shaper<Shaped = S>>(
    blocks: &[Block<'_, S>],
    cursor: Cursor,
    shaper: &mut Sh,
) -> (usize, f32) {
    let lines = all_lines(blocks);
    if lines.is_empty() {
        return (0, 0.0);
    }
    let index = line_index(blocks, &lines, cursor);
    let (line, layout, base) = line_of(blocks, lines[index]);
    let cells = cells(line, shaper);
    let gap = gap_of(&cells, base, cursor);
    (
        index,
        gap_x(&cells, line, layout.rtl, layout.max_width, gap),
    )
}

/// The caret nearest to a point: `line` is the index of a visual line among all lines of the
/// blocks, `x` from the paragraph's left edge. On a grapheme's left half the caret takes its
/// left edge, on its right half its right edge; beside the text, the nearest edge of the line.
pub fn cursor_at<S, Sh: Shaper<Shaped = S>>(
    blocks: &[Block<'_, S>],
    line: usize,
    x: f32,
    shaper: &mut Sh,
) -> Cursor {
    let lines = all_lines(blocks);
    let Some(&r) = lines.get(line.min(lines.len().saturating_sub(1))) else {
        return Cursor::default();
    };
    let (line, _, base) = line_of(blocks, r);
    let cells = cells(line, shaper);
    let (Some(first), Some(last)) = (cells.first(), cells.last()) else {
        return Cursor::downstream(base + line.chars.start);
    };
    if x <= first.left {
        return first.left_edge(base);
    }
    if x >= last.right {
        return last.right_edge(base);
    }
    let cell = cells.iter().find(|c| x < c.right).unwrap_or(last);
    if x < f32::midpoint(cell.left, cell.right) {
        cell.left_edge(base)
    } else {
        cell.right_edge(base)
    }
}

/// Where `motion` takes `cursor`. `text` is the whole text the blocks lay out, `preferred_x`
/// the x that Up and Down keep (`None` to start from the caret's own); returns the new caret
/// and the x to keep for the next vertical move (`None` after a horizontal one).
pub fn move_cursor<S, Sh: Shaper<Shaped = S>>(
    text: &str,
    blocks: &[Block<'_, S>],
    cursor: Cursor,
    motion: Motion,
    preferred_x: Option<f32>,
    shaper: &mut Sh,
) -> (Cursor, Option<f32>) {
    let lines = all_lines(blocks);
    if lines.is_empty() {
        return (cursor, None);
    }
    let index = line_index(blocks, &lines, cursor);
    let (line, layout, base) = line_of(blocks, lines[index]);
    let cells = cells(line, shaper);
    let gap = gap_of(&cells, base, cursor);
    let rtl = layout.rtl;
    let line_start = Cursor::downstream(base + line.chars.start);
    let line_end = Cursor::upstream(base + line.chars.end);
    let neighbour = |forward: bool| -> Option<Cursor> {
        if forward {
            let &r = lines.get(index + 1)?;
            let (next, _, next_base) = line_of(blocks, r);
            Some(Cursor::downstream(next_base + next.chars.start))
        } else {
            let &r = lines.get(index.checked_sub(1)?)?;
            let (prev, _, prev_base) = line_of(blocks, r);
            Some(Cursor::upstream(prev_base + prev.chars.end))
        }
    };
    let moved = match motion {
        Motion::Right if gap < cells.len() => cells[gap].right_edge(base),
        Motion::Left if gap > 0 => cells[gap - 1].left_edge(base),
        // Past the line's edge: on to the next line in reading order (the previous one for a
        // right-to-left line's right edge).
        Motion::Right => neighbour(!rtl).unwrap_or(cursor),
        Motion::Left => neighbour(rtl).unwrap_or(cursor),
        Motion::Home | Motion::End => {
            let right_edge = (motion == Motion::Home) == rtl;
            match (cells.first(), cells.last()) {
                (Some(first), Some(last)) => {
                    if right_edge {
                        last.right_edge(base)
                    } else {
                        first.left_edge(base)
                    }
                }
                _ if motion == Motion::Home => line_start,
                _ => line_end,
            }
        }
        Motion::WordLeft | Motion::WordRight => {
            let forward = (motion == Motion::WordRight) != rtl;
            if forward {
                Cursor::upstream(next_word_end(text, cursor.offset))
            } else {
                Cursor::downstream(previous_word_start(text, cursor.offset))
            }
        }
        Motion::Up | Motion::Down => {
            let x = preferred_x.unwrap_or_else(|| gap_x(&cells, line, rtl, layout.max_width, gap));
            let target = if motion == Motion::Up {
                index.checked_sub(1)
            } else {
                Some(index + 1).filter(|&i| i < lines.len())
            };
            let moved = match target {
                Some(target) => cursor_at(blocks, target, x, shaper),
                // Up on the first line goes to its start, Down on the last to its end.
                None if motion == Motion::Up => Cursor::downstream(blocks[0].start),
                None => {
                    let &r = lines.last().unwrap_or(&lines[index]);
                    let (last, _, last_base) = line_of(blocks, r);
                    Cursor::upstream(last_base + last.chars.end)
                }
            };
            return (moved, Some(x));
        }
    };
    (moved, None)
}

/// Whether a word segment is a word (letters or digits) rather than spaces or punctuation.
fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// The end of the first word that ends after code point `offset` (the text's end if none).
pub fn next_word_end(text: &str, offset: usize) -> usize {
    let mut at = 0;
    for segment in text.split_word_bounds() {
        at += segment.chars().count();
        if at > offset && is_word(segment) {
            return at;
        }
    }
    at
}

/// The start of the last word that starts before code point `offset` (0 if none).
pub fn previous_word_start(text: &str, offset: usize) -> usize {
    let mut at = 0;
    let mut found = 0;
    for segment in text.split_word_bounds() {
        if at >= offset {
            break;
        }
        if is_word(segment) {
            found = at;
        }
        at += segment.chars().count();
    }
    found
}

#[cfg(test)]
#[path = "caret_tests.rs"]
mod tests;
