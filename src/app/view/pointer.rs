//! Pointer input: article offsets under the pointer, and selection by press, drag and
//! double or triple click.

use egui::{FontId, Pos2, vec2};

use super::{ArticleView, EguiShaper, MARGIN, Selection, ViewOutput, selection};

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

    pub(super) fn handle_pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        origin: Pos2,
        font: &FontId,
        output: &mut ViewOutput,
    ) {
        let ctx = ui.ctx().clone();
        let to_content = |p: Pos2| p - origin.to_vec2();
        let (pressed, shift, press_origin, pointer) = ui.input(|i| {
            (
                i.pointer.primary_pressed(),
                i.modifiers.shift,
                i.pointer.press_origin(),
                i.pointer.interact_pos(),
            )
        });
        if pressed && response.is_pointer_button_down_on() {
            response.request_focus();
            if let Some(at) = press_origin.or(pointer) {
                let offset = self.offset_at(&ctx, font, to_content(at));
                self.selection = Some(match (shift, self.selection) {
                    (true, Some(s)) => Selection {
                        anchor: s.anchor,
                        cursor: offset,
                    },
                    _ => Selection::caret(offset),
                });
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
            if offset != sel.cursor {
                self.selection = Some(Selection {
                    anchor: sel.anchor,
                    cursor: offset,
                });
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
                let local = selection::word_at(text, offset - slot.chars.start);
                slot.chars.start + local.start..slot.chars.start + local.end
            };
            self.selection = Some(Selection {
                anchor: range.start,
                cursor: range.end,
            });
            output.selection_changed = true;
        }
    }
}
