//! A text field's text laid out by the bidi engine, paragraph by paragraph, cached between
//! frames (a paragraph is laid out again only when its text, the width or the font changes),
//! and the geometry questions the field asks of it: where the caret is drawn, which caret is
//! under the pointer, what a selection covers, and where a key moves the caret.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::{FontId, Galley};

use super::super::shaper::EguiShaper;
use crate::text::{
    Block, Cursor, LayoutOptions, Motion, ParagraphLayout, Shaper, cursor_at, layout_paragraph,
    move_cursor,
};

/// What the layouts depend on besides the text.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Key {
    /// The wrap width; infinite for a single line.
    pub wrap: f32,
    pub font: FontId,
    /// Direction of a paragraph with no strong character.
    pub neutral_rtl: bool,
    /// Pixels per point and the font atlas's generation: galleys point into the atlas.
    pub galleys: (f32, u64),
}

/// A paragraph of a field: its text, its first code point, and its layout.
type Laid = (String, usize, Arc<ParagraphLayout<Arc<Galley>>>);

/// The laid-out text of a field.
#[derive(Clone, Debug, Default)]
pub(super) struct FieldLayout {
    key: Option<Key>,
    /// Each paragraph: its text, its first code point, and its layout.
    paragraphs: Vec<Laid>,
    /// The height of a line.
    pub row: f32,
    /// Every run shaped for the last layouts: egui forgets a galley it did not draw in the
    /// last frame, and typing a letter would otherwise shape every word of the paragraph again.
    memo: Memo,
}

type Memo = HashMap<String, (f32, Arc<Galley>)>;

/// The most runs remembered beyond those the layouts use.
const MEMO_SPARE: usize = 4096;

/// Shapes through egui, taking what was shaped before from the memo.
struct MemoShaper<'a, 'b, 'm> {
    inner: EguiShaper<'a, 'b>,
    old: &'m mut Memo,
    used: Memo,
}

impl Shaper for MemoShaper<'_, '_, '_> {
    type Shaped = Arc<Galley>;

    fn shape(&mut self, text: &str) -> (f32, Arc<Galley>) {
        if let Some(shaped) = self.used.get(text) {
            return shaped.clone();
        }
        let shaped = self
            .old
            .remove(text)
            .unwrap_or_else(|| self.inner.shape(text));
        self.used.insert(text.to_owned(), shaped.clone());
        shaped
    }

    fn carets(
        &mut self,
        text: &str,
        shaped: &Arc<Galley>,
        rtl: bool,
        width: f32,
    ) -> Option<Vec<(usize, f32)>> {
        self.inner.carets(text, shaped, rtl, width)
    }
}

/// A field's paragraphs: its lines, each whole (unlike the article's, a long line is never
/// cut, so that a one-line field stays one line).
struct FieldParagraph<'a> {
    text: &'a str,
    start: usize,
}

fn lines_of(text: &str) -> Vec<FieldParagraph<'_>> {
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let p = FieldParagraph { text: line, start };
            start += line.chars().count() + 1;
            p
        })
        .collect()
}

impl FieldLayout {
    /// Lays `text` out for `key`, keeping the layouts of paragraphs that did not change.
    pub fn update(&mut self, ctx: &egui::Context, text: &str, key: Key) {
        let same_key = self.key.as_ref() == Some(&key);
        let pieces = lines_of(text);
        let unchanged = same_key
            && self
                .paragraphs
                .iter()
                .map(|(t, _, _)| t.as_str())
                .eq(pieces.iter().map(|p| p.text));
        if unchanged {
            return;
        }
        let (mut old, mut memo) = if same_key {
            (
                std::mem::take(&mut self.paragraphs),
                std::mem::take(&mut self.memo),
            )
        } else {
            (Vec::new(), Memo::new())
        };
        let options = LayoutOptions {
            max_width: key.wrap,
            show_controls: false,
            neutral_rtl: key.neutral_rtl,
            rtl: None,
        };
        let font = key.font.clone();
        let (paragraphs, used) = ctx.fonts_mut(|fonts| {
            let mut inner = EguiShaper::new(fonts, font);
            self.row = inner.row_height();
            let mut shaper = MemoShaper {
                inner,
                old: &mut memo,
                used: Memo::new(),
            };
            let laid = pieces
                .into_iter()
                .map(|p| {
                    let reused = old
                        .iter()
                        .position(|(t, _, _)| t == p.text)
                        .map(|i| old.swap_remove(i).2);
                    let layout = reused.unwrap_or_else(|| {
                        Arc::new(layout_paragraph(p.text, &options, &mut shaper))
                    });
                    (p.text.to_owned(), p.start, layout)
                })
                .collect();
            (laid, shaper.used)
        });
        self.paragraphs = paragraphs;
        self.memo = used;
        let spare = memo
            .into_iter()
            .take(MEMO_SPARE.saturating_sub(self.memo.len()));
        self.memo.extend(spare);
        self.key = Some(key);
    }

    /// The paragraphs as the caret model's blocks.
    fn blocks(&self) -> Vec<Block<'_, Arc<Galley>>> {
        self.paragraphs
            .iter()
            .map(|(_, start, layout)| Block {
                layout: layout.as_ref(),
                start: *start,
            })
            .collect()
    }

    /// Every visual line, top to bottom: its paragraph's layout and its index there.
    pub fn lines(&self) -> impl Iterator<Item = (&ParagraphLayout<Arc<Galley>>, usize)> {
        self.paragraphs
            .iter()
            .flat_map(|(_, _, l)| (0..l.lines.len()).map(move |i| (l.as_ref(), i)))
    }

    /// How many visual lines there are.
    pub fn line_count(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|(_, _, l)| l.lines.len())
            .sum::<usize>()
            .max(1)
    }

    /// The widest line.
    pub fn width(&self) -> f32 {
        self.lines()
            .map(|(l, i)| l.lines[i].width)
            .fold(0.0, f32::max)
    }

    /// Whether the paragraph holding code point `offset` reads right to left.
    pub fn rtl_at(&self, offset: usize) -> bool {
        self.paragraphs
            .iter()
            .rev()
            .find(|(_, start, _)| *start <= offset)
            .map_or_else(|| self.rtl(), |(_, _, l)| l.rtl)
    }

    /// Whether the first paragraph reads right to left (the field's direction).
    pub fn rtl(&self) -> bool {
        self.paragraphs.first().is_some_and(|(_, _, l)| l.rtl)
    }

    fn font(&self) -> FontId {
        self.key
            .as_ref()
            .map(|k| k.font.clone())
            .unwrap_or_default()
    }

    /// Where `cursor` is drawn: its visual line and x from the paragraph's left edge.
    pub fn caret(&self, ctx: &egui::Context, cursor: Cursor) -> (usize, f32) {
        let blocks = self.blocks();
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, self.font());
            crate::text::caret_position(&blocks, cursor, &mut shaper)
        })
    }

    /// The caret nearest to a point on visual line `line`.
    pub fn cursor_at(&self, ctx: &egui::Context, line: usize, x: f32) -> Cursor {
        let blocks = self.blocks();
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, self.font());
            cursor_at(&blocks, line, x, &mut shaper)
        })
    }

    /// Where a key moves the caret (see [`move_cursor`]).
    pub fn moved(
        &self,
        ctx: &egui::Context,
        text: &str,
        cursor: Cursor,
        motion: Motion,
        preferred_x: Option<f32>,
    ) -> (Cursor, Option<f32>) {
        let blocks = self.blocks();
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, self.font());
            move_cursor(text, &blocks, cursor, motion, preferred_x, &mut shaper)
        })
    }

    /// The extents `(visual line, x0, x1)` that cover `range` (code points of the text).
    pub fn rects(&self, ctx: &egui::Context, range: Range<usize>) -> Vec<(usize, f32, f32)> {
        let mut out = Vec::new();
        if range.is_empty() {
            return out;
        }
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, self.font());
            let mut first_line = 0;
            for (_, start, layout) in &self.paragraphs {
                let local = range.start.saturating_sub(*start)
                    ..range.end.saturating_sub(*start).min(layout.chars);
                if !local.is_empty() {
                    for (line, x0, x1) in layout.rects(local, &mut shaper) {
                        out.push((first_line + line, x0, x1));
                    }
                }
                first_line += layout.lines.len();
            }
        });
        out
    }

    /// Each visual line's characters as drawn, left to right.
    pub fn visual_lines(&self) -> Vec<String> {
        self.paragraphs
            .iter()
            .flat_map(|(_, _, l)| l.visual_lines())
            .collect()
    }

    /// The paragraph (code points of the text) that visual line `line` belongs to.
    pub fn paragraph_of_line(&self, line: usize) -> Range<usize> {
        let mut first = 0;
        for (_, start, layout) in &self.paragraphs {
            if line < first + layout.lines.len() {
                return *start..start + layout.chars;
            }
            first += layout.lines.len();
        }
        self.paragraphs
            .last()
            .map_or(0..0, |(_, start, layout)| *start..start + layout.chars)
    }
}
