//! Pointer input: article offsets under the pointer, and selection by press, drag and
//! double or triple click. A mouse selection widens to whole words (`crate::text::words`)
//! unless the setting is off or Ctrl is held; keyboard selection never does.

use egui::{FontId, Pos2, vec2};

use super::{ArticleView, EguiShaper, MARGIN, Selection, ViewOutput, selection};
use crate::text::{Snap, snap_to_words, words};

impl ArticleView {
    /// The article offset under a point given relative to the content's top-left corner.
    pub(super) fn offset_at(&mut self, ctx: &egui::Context, font: &FontId, point: Pos2) -> usize {
        let index = self.cache.paragraph_at(point.y.max(0.0));
        let (layout, _) = self.ensure(ctx, index, font);
        let top = self.cache.top(index);
        let line_height = self.cache.key().map_or(1.0, |k| k.geometry.line_height);
        let line = ((point.y - top) / line_height).floor().max(0.0) as usize;
        let caret = ctx.fonts_mut(|fonts| {
            layout.caret_at(
                line,
                point.x - MARGIN,
                &mut EguiShaper::new(fonts, font.clone()),
            )
        });
        self.cache.slots[index].chars.start + caret.offset
    }

    /// The character under a point given relative to the content's top-left corner.
    pub(super) fn char_at(
        &mut self,
        ctx: &egui::Context,
        font: &FontId,
        point: Pos2,
    ) -> Option<usize> {
        let index = self.cache.paragraph_at(point.y.max(0.0));
        let (layout, _) = self.ensure(ctx, index, font);
        let top = self.cache.top(index);
        let line_height = self.cache.key().map_or(1.0, |k| k.geometry.line_height);
        let line = ((point.y - top) / line_height).floor();
        if line < 0.0 || line as usize >= layout.lines.len() {
            return None;
        }
        let local = ctx.fonts_mut(|fonts| {
            layout.char_at(
                line as usize,
                point.x - MARGIN,
                &mut EguiShaper::new(fonts, font.clone()),
            )
        })?;
        Some(self.cache.slots[index].chars.start + local)
    }

    /// `frame` is where the content's top-left corner is, the font, and whether mouse
    /// selections snap to words.
    pub(super) fn handle_pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        frame: (Pos2, &FontId, bool),
        output: &mut ViewOutput,
    ) {
        let (origin, font, snap_words) = frame;
        let ctx = ui.ctx().clone();
        let to_content = |p: Pos2| p - origin.to_vec2();
        let (pressed, shift, exact, press_origin, pointer) = ui.input(|i| {
            (
                i.pointer.primary_pressed(),
                i.modifiers.shift,
                i.modifiers.command,
                i.pointer.press_origin(),
                i.pointer.interact_pos(),
            )
        });
        let snap = if snap_words && !exact {
            Snap::Words
        } else {
            Snap::Exact
        };
        if pressed && response.is_pointer_button_down_on() {
            response.request_focus();
            if let Some(at) = press_origin.or(pointer) {
                let offset = self.offset_at(&ctx, font, to_content(at));
                // Shift+click extends from the selection's fixed end.
                let press = match (shift, self.selection) {
                    (true, Some(s)) => s.anchor,
                    _ => offset,
                };
                self.press = Some(press);
                self.selection = Some(self.snapped(press, offset, snap));
                output.selection_changed = true;
            }
        } else if response.dragged_by(egui::PointerButton::Primary)
            && let (Some(at), Some(sel)) = (pointer, self.selection)
        {
            // Dragging past the top or bottom edge scrolls, faster the further out.
            let visible = ui.clip_rect();
            let beyond = if at.y < visible.top() {
                visible.top() - at.y
            } else if at.y > visible.bottom() {
                visible.bottom() - at.y
            } else {
                0.0
            };
            if beyond != 0.0 {
                ui.scroll_with_delta(vec2(0.0, beyond.clamp(-40.0, 40.0)));
                ctx.request_repaint();
            }
            let offset = self.offset_at(&ctx, font, to_content(at));
            let moved = self.snapped(self.press.unwrap_or(sel.anchor), offset, snap);
            if moved != sel {
                self.selection = Some(moved);
                output.selection_changed = true;
            }
        }
        if let Some(at) = pointer.filter(|_| response.double_clicked() || response.triple_clicked())
        {
            let offset = self.offset_at(&ctx, font, to_content(at));
            let p = self.cache.paragraph_of(offset);
            let slot = self.cache.slots[p].clone();
            let range = if response.triple_clicked() {
                slot.chars.clone()
            } else {
                let text = &self.text[slot.bytes.clone()];
                let local = offset - slot.chars.start;
                // A word (numbers such as 15% or 2020-2022 whole), else the run of spaces or
                // punctuation under the pointer.
                let word = words(text)
                    .into_iter()
                    .find(|w| w.contains(&local))
                    .unwrap_or_else(|| selection::word_at(text, local));
                slot.chars.start + word.start..slot.chars.start + word.end
            };
            self.selection = Some(Selection {
                anchor: range.start,
                cursor: range.end,
            });
            output.selection_changed = true;
        }
    }

    /// The selection a mouse drag from `press` to `to` makes: each edge inside a word moves
    /// out to the word's edge (within its own paragraph) unless `snap` is exact.
    fn snapped(&self, press: usize, to: usize, snap: Snap) -> Selection {
        let (start, end) = (press.min(to), press.max(to));
        let edge = |offset: usize, range: std::ops::Range<usize>, take_end: bool| {
            let slot = &self.cache.slots[self.cache.paragraph_of(offset)];
            let text = &self.text[slot.bytes.clone()];
            let base = slot.chars.start;
            let local = range.start.max(base) - base..range.end.min(slot.chars.end) - base;
            let snapped = snap_to_words(text, local, snap);
            base + if take_end { snapped.end } else { snapped.start }
        };
        let (start, end) = if start == end {
            (start, end)
        } else {
            (edge(start, start..end, false), edge(end, start..end, true))
        };
        if to >= press {
            Selection {
                anchor: start,
                cursor: end,
            }
        } else {
            Selection {
                anchor: end,
                cursor: start,
            }
        }
    }
}
