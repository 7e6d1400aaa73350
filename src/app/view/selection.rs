//! Selections: a fixed anchor and a moving cursor, in article code points; words for
//! double-click; the keyboard, which moves the caret on screen with the caret model the text
//! fields use (`crate::text::move_cursor`).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::super::shaper::EguiShaper;
use super::{ArticleView, ViewOutput};
use crate::text::{Affinity, Block, Cursor, Motion, move_cursor};

/// A selection: where it started and where it now ends. Both are grapheme boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    /// Where the selection started (the press point).
    pub anchor: usize,
    /// Where it ends now.
    pub cursor: usize,
}

impl Selection {
    /// An empty selection at `offset`.
    pub fn caret(offset: usize) -> Self {
        Self {
            anchor: offset,
            cursor: offset,
        }
    }

    /// The selected characters, in logical order.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.cursor)..self.anchor.max(self.cursor)
    }
}

/// The word (or run of spaces or punctuation) holding code point `offset` of `text`, as a
/// code point range of `text`.
pub fn word_at(text: &str, offset: usize) -> Range<usize> {
    let mut start = 0;
    let mut fallback = 0..0;
    for word in text.split_word_bounds() {
        let len = word.chars().count();
        let range = start..start + len;
        if range.contains(&offset) {
            return range;
        }
        fallback = range;
        start += len;
    }
    fallback
}

/// Left and Right move the caret one grapheme on screen and Home and End to the visual line's
/// edges, as in the text fields (README, "The caret"); with Shift they extend the selection.
/// Ctrl+A selects all; Ctrl+C copies; Escape clears.
pub(super) fn handle_keys(
    view: &mut ArticleView,
    ui: &egui::Ui,
    response: &egui::Response,
    output: &mut ViewOutput,
) {
    use egui::{Key, Modifiers};
    if !response.has_focus() {
        return;
    }
    let (events, modifiers) = ui.input(|i| (i.events.clone(), i.modifiers));
    for event in events {
        match event {
            egui::Event::Copy => {
                if let Some(text) = view.selected_text() {
                    ui.ctx().copy_text(text.to_owned());
                }
            }
            egui::Event::Key {
                key, pressed: true, ..
            } => {
                let Some(sel) = view.selection else {
                    continue;
                };
                let motion = match key {
                    Key::ArrowRight => Some(Motion::Right),
                    Key::ArrowLeft => Some(Motion::Left),
                    Key::Home => Some(Motion::Home),
                    Key::End => Some(Motion::End),
                    _ => None,
                };
                let shift = modifiers.contains(Modifiers::SHIFT);
                let range = sel.range();
                let moved = match (key, motion) {
                    // Ctrl+Home and Ctrl+End: the article's start and end.
                    (Key::Home, _) if modifiers.command => Some(0),
                    (Key::End, _) if modifiers.command => Some(view.len_chars()),
                    // Left or Right over a selection, without Shift: its edge on that side.
                    (Key::ArrowLeft | Key::ArrowRight, _) if !shift && !range.is_empty() => {
                        let forward = (key == Key::ArrowLeft) == view.is_rtl_at(sel.cursor);
                        Some(if forward { range.end } else { range.start })
                    }
                    (_, Some(motion)) => Some(move_caret(view, ui.ctx(), sel.cursor, motion)),
                    (Key::A, _) if modifiers.command => {
                        view.selection = Some(Selection {
                            anchor: 0,
                            cursor: view.len_chars(),
                        });
                        output.selection_changed = true;
                        None
                    }
                    (Key::Escape, _) => {
                        view.selection = None;
                        output.selection_changed = true;
                        None
                    }
                    _ => None,
                };
                if let Some(cursor) = moved {
                    let anchor = if modifiers.contains(Modifiers::SHIFT) {
                        sel.anchor
                    } else {
                        cursor
                    };
                    view.selection = Some(Selection { anchor, cursor });
                    output.selection_changed = true;
                }
            }
            _ => {}
        }
    }
}

/// Where `motion` takes the caret at `offset`: on screen, over its paragraph and the
/// neighbours that are laid out; in logical order where they are not (off screen).
fn move_caret(view: &mut ArticleView, ctx: &egui::Context, offset: usize, motion: Motion) -> usize {
    let affinity = if view.caret_affinity.0 == offset {
        view.caret_affinity.1
    } else {
        Affinity::Downstream
    };
    let cursor = Cursor { offset, affinity };
    // Left or Right that stays put is at the edge of what is laid out: go on in logical
    // order. Home and End that stay put are already at the line's edge.
    let moved = visual_move(view, ctx, cursor, motion)
        .filter(|&m| m != cursor || matches!(motion, Motion::Home | Motion::End));
    let moved = moved.unwrap_or_else(|| {
        let rtl = view.is_rtl_at(offset);
        let offset = match motion {
            Motion::Right => step(view, offset, !rtl),
            Motion::Left => step(view, offset, rtl),
            Motion::Home => view.paragraph_bounds(offset).start,
            _ => view.paragraph_bounds(offset).end,
        };
        Cursor::downstream(offset)
    });
    view.caret_affinity = (moved.offset, moved.affinity);
    moved.offset
}

/// The caret model over the laid-out paragraph holding the caret and its laid-out
/// neighbours; `None` when its paragraph is not laid out.
fn visual_move(
    view: &ArticleView,
    ctx: &egui::Context,
    cursor: Cursor,
    motion: Motion,
) -> Option<Cursor> {
    let font = view.last_frame.as_ref()?.1.clone();
    let p = view.cache.paragraph_of(cursor.offset);
    let current = view.cache.get(p)?;
    let neighbour = |i: usize| Some((view.cache.get(i)?, view.cache.slots[i].chars.start));
    let mut layouts = Vec::new();
    if let Some(before) = p.checked_sub(1).and_then(neighbour) {
        layouts.push(before);
    }
    layouts.push((current, view.cache.slots[p].chars.start));
    if let Some(after) = Some(p + 1)
        .filter(|&i| i < view.cache.slots.len())
        .and_then(neighbour)
    {
        layouts.push(after);
    }
    let blocks: Vec<Block<'_, _>> = layouts
        .iter()
        .map(|(layout, start)| Block {
            layout: layout.as_ref(),
            start: *start,
        })
        .collect();
    Some(ctx.fonts_mut(|fonts| {
        let mut shaper = EguiShaper::new(fonts, font);
        move_cursor(&view.text, &blocks, cursor, motion, None, &mut shaper).0
    }))
}

/// One grapheme forward or back from `offset` in the article.
fn step(view: &ArticleView, offset: usize, forward: bool) -> usize {
    let bounds = view.paragraph_bounds(offset);
    let text = view.text();
    let start_byte = view.byte_of(bounds.start);
    let end_byte = view.byte_of(bounds.end);
    let paragraph = &text[start_byte..end_byte];
    let local = offset - bounds.start;
    let mut boundaries = vec![0];
    let mut n = 0;
    for g in paragraph.graphemes(true) {
        n += g.chars().count();
        boundaries.push(n);
    }
    let next = if forward {
        boundaries.iter().copied().find(|&b| b > local)
    } else {
        boundaries.iter().rev().copied().find(|&b| b < local)
    };
    match next {
        Some(b) => bounds.start + b,
        // Across the paragraph break.
        None if forward => (bounds.end + 1).min(view.len_chars()),
        None => bounds.start.saturating_sub(1),
    }
}
