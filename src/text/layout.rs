//! Laying out one paragraph: direction, line breaks, visual order and piece positions.

use std::ops::Range;

use unicode_bidi::{
    BidiClass, Direction, Level, ParagraphBidiInfo, bidi_class, get_base_direction,
};
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation as _;

use super::pieces::{control_mark, cut_run};
use super::{LayoutOptions, Shaper};

/// A shaped piece of a line, placed.
#[derive(Clone, Debug)]
pub struct Piece<S> {
    /// Its characters, in code points of the paragraph, logical order.
    pub chars: Range<usize>,
    /// The text given to the shaper: the characters, a mirrored bracket, or a control's mark.
    pub text: String,
    /// Whether it reads right to left (an odd bidi level).
    pub rtl: bool,
    /// Whether it is the visible mark of an invisible bidi control.
    pub control: bool,
    /// Left edge, from the line's left edge.
    pub x: f32,
    /// Advance width.
    pub width: f32,
    /// What the shaper made of it.
    pub shaped: S,
    /// Caret positions inside it, measured the first time they are asked for.
    pub(crate) bounds: std::sync::OnceLock<Vec<(usize, f32)>>,
}

/// One laid-out line of a paragraph.
#[derive(Clone, Debug)]
pub struct Line<S> {
    /// Its characters, in code points of the paragraph, including trailing spaces.
    pub chars: Range<usize>,
    /// Left edge of the line within the paragraph's width (right-aligned lines start further in).
    pub x: f32,
    /// Width of all its pieces.
    pub width: f32,
    /// Its pieces in visual order, left to right.
    pub pieces: Vec<Piece<S>>,
}

/// A laid-out paragraph.
#[derive(Clone, Debug)]
pub struct ParagraphLayout<S> {
    /// Whether the paragraph is right to left (and right-aligned).
    pub rtl: bool,
    /// Its lines, top to bottom.
    pub lines: Vec<Line<S>>,
    /// Its length in code points.
    pub chars: usize,
    /// Whether it holds invisible bidi controls.
    pub has_controls: bool,
    /// The width it was laid out for.
    pub max_width: f32,
}

impl<S> ParagraphLayout<S> {
    /// Each line's characters in visual order, as displayed: right-to-left pieces reversed by
    /// grapheme (harakat stay after their letter), mirrored characters mirrored, controls
    /// omitted unless shown.
    pub fn visual_lines(&self) -> Vec<String> {
        self.lines
            .iter()
            .map(|line| {
                line.pieces
                    .iter()
                    .map(|p| {
                        if p.rtl && !p.control {
                            reverse_keeping_marks(&p.text)
                        } else {
                            p.text.clone()
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// Reverses a right-to-left piece character by character, keeping each combining mark after
/// its base letter (as fribidi's `--reordernsm` does).
fn reverse_keeping_marks(text: &str) -> String {
    let mut clusters: Vec<String> = Vec::new();
    for c in text.chars() {
        match clusters.last_mut() {
            Some(last) if bidi_class(c) == BidiClass::NSM => last.push(c),
            _ => clusters.push(c.to_string()),
        }
    }
    clusters.into_iter().rev().collect()
}

/// Lays out one paragraph (text without line breaks).
pub fn layout_paragraph<S: Shaper>(
    text: &str,
    options: &LayoutOptions,
    shaper: &mut S,
) -> ParagraphLayout<S::Shaped> {
    let rtl = options
        .rtl
        .unwrap_or_else(|| match get_base_direction(text) {
            Direction::Rtl => true,
            Direction::Ltr => false,
            Direction::Mixed => options.neutral_rtl,
        });
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = ParagraphBidiInfo::new(text, Some(level));
    let char_of = char_index(text);
    let has_controls = text.chars().any(super::is_bidi_control);
    let lines = break_lines(text, options.max_width, shaper)
        .into_iter()
        .map(|bytes| {
            let line_chars = char_of[bytes.start]..char_of[bytes.end];
            if bytes.is_empty() {
                return Line {
                    chars: line_chars,
                    x: if rtl && options.max_width.is_finite() {
                        options.max_width
                    } else {
                        0.0
                    },
                    width: 0.0,
                    pieces: Vec::new(),
                };
            }
            let (levels, runs) = bidi.visual_runs(bytes.clone());
            let mut pieces = Vec::new();
            let mut x = 0.0;
            for run in runs {
                let run_rtl = levels[run.start].is_rtl();
                let mut raw = cut_run(text, run, run_rtl, options.show_controls);
                if run_rtl {
                    raw.reverse();
                }
                for piece in raw {
                    let slice = &text[piece.bytes.clone()];
                    let display = if piece.control {
                        slice
                            .chars()
                            .next()
                            .and_then(control_mark)
                            .unwrap_or_default()
                            .to_owned()
                    } else if run_rtl {
                        mirror(slice)
                    } else {
                        slice.to_owned()
                    };
                    let (width, painted) = shaper.shape(&display);
                    pieces.push(Piece {
                        chars: char_of[piece.bytes.start]..char_of[piece.bytes.end],
                        text: display,
                        rtl: run_rtl,
                        control: piece.control,
                        x,
                        width,
                        shaped: painted,
                        bounds: std::sync::OnceLock::new(),
                    });
                    x += width;
                }
            }
            let line_x = if rtl && options.max_width.is_finite() {
                options.max_width - x
            } else {
                0.0
            };
            Line {
                chars: line_chars,
                x: line_x,
                width: x,
                pieces,
            }
        })
        .collect();
    ParagraphLayout {
        rtl,
        lines,
        chars: char_of[text.len()],
        has_controls,
        max_width: options.max_width,
    }
}

/// Code point index of every byte offset that starts a character (and of the end).
fn char_index(text: &str) -> Vec<usize> {
    let mut index = vec![0; text.len() + 1];
    let mut n = 0;
    for (byte, c) in text.char_indices() {
        index[byte] = n;
        n += 1;
        // Bytes inside a character point at the next one; they are never looked up.
        for slot in &mut index[byte + 1..byte + c.len_utf8()] {
            *slot = n;
        }
    }
    index[text.len()] = n;
    index
}

/// Mirrors the characters of a right-to-left piece that have a mirrored form.
fn mirror(text: &str) -> String {
    text.chars()
        .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
        .collect()
}

/// Breaks a paragraph into lines (byte ranges) at line-break opportunities. Trailing spaces
/// do not count toward a line's width. A word wider than a line is broken between graphemes.
fn break_lines<S: Shaper>(text: &str, max_width: f32, shaper: &mut S) -> Vec<Range<usize>> {
    if text.is_empty() {
        return std::iter::once(0..0).collect();
    }
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0;
    let mut seg_start = 0;
    // A break inside a grapheme cluster (UAX #14 allows one before a mark that follows a
    // space) would split it: such opportunities are skipped.
    let breaks = linebreaks(text).filter(|&(end, _)| {
        end == text.len()
            || unicode_segmentation::GraphemeCursor::new(end, text.len(), true)
                .is_boundary(text, 0)
                .unwrap_or(true)
    });
    for (end, opportunity) in breaks {
        let segment = &text[seg_start..end];
        let full = shaper.width(segment);
        let visible = if segment.trim_end().len() == segment.len() {
            full
        } else {
            shaper.width(segment.trim_end())
        };
        if seg_start > line_start && line_width + visible > max_width {
            lines.push(line_start..seg_start);
            line_start = seg_start;
            line_width = 0.0;
        }
        if seg_start == line_start && visible > max_width {
            // One segment wider than the line: break it between graphemes.
            let mut piece_start = seg_start;
            let mut width = 0.0;
            for (offset, grapheme) in segment.grapheme_indices(true) {
                let at = seg_start + offset;
                let w = shaper.width(grapheme);
                if at > piece_start && width + w > max_width && !grapheme.trim().is_empty() {
                    lines.push(piece_start..at);
                    piece_start = at;
                    width = 0.0;
                }
                width += w;
            }
            line_start = piece_start;
            line_width = width;
        } else {
            line_width += full;
        }
        seg_start = end;
        if opportunity == BreakOpportunity::Mandatory && end < text.len() {
            lines.push(line_start..end);
            line_start = end;
            line_width = 0.0;
        }
    }
    if line_start < text.len() || lines.is_empty() {
        lines.push(line_start..text.len());
    }
    lines
}
