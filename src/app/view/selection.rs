//! Selections: a fixed anchor and a moving cursor, in article code points; words for
//! double-click; keyboard extension in logical order.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::{ArticleView, ViewOutput};

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

/// Shift with arrows, Home and End extends the selection in logical order (the arrow that
/// points along the paragraph's reading direction moves forward); Ctrl+A selects all; Ctrl+C
/// copies; Escape clears.
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
                let rtl = view.is_rtl_at(sel.cursor);
                let forward = match key {
                    Key::ArrowRight => Some(!rtl),
                    Key::ArrowLeft => Some(rtl),
                    _ => None,
                };
                let moved = match (key, forward) {
                    (_, Some(forward)) => Some(step(view, sel.cursor, forward)),
                    (Key::Home, _) => Some(view.paragraph_bounds(sel.cursor).start),
                    (Key::End, _) => Some(view.paragraph_bounds(sel.cursor).end),
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
