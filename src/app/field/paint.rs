//! What a field paints: its frame, the selection, the IME composition's underline, the text
//! (pieces laid out by the engine) and the caret where the caret model puts it.

use egui::{Color32, Rect, Stroke, pos2, vec2};

use super::State;
use super::layout::FieldLayout;
use crate::text::Cursor;

/// Where and how a field is drawn this frame.
pub(super) struct Look {
    /// The whole field, frame included.
    pub rect: Rect,
    /// Inside the margins, where the text goes.
    pub inner: Rect,
    /// Where x 0 of the layouts is on screen.
    pub origin: f32,
    /// The text colour, when not the theme's.
    pub color: Option<Color32>,
    /// Whether it has the keyboard.
    pub focused: bool,
}

/// The frame, the selection, the composition's underline, the text and the caret.
pub(super) fn paint(ui: &egui::Ui, response: &egui::Response, state: &State, look: &Look) {
    let Look {
        rect,
        inner,
        origin,
        color,
        focused,
    } = *look;
    let ctx = ui.ctx();
    let visuals = ui.visuals();
    let widget = ui.style().interact(response);
    let stroke = if focused {
        visuals.selection.stroke
    } else {
        widget.bg_stroke
    };
    ui.painter().rect(
        rect,
        widget.corner_radius,
        visuals.text_edit_bg_color(),
        stroke,
        egui::StrokeKind::Inside,
    );
    let painter = ui.painter_at(inner.expand2(vec2(1.0, 0.0)));
    let row = state.layout.row;
    let band = |line: usize, x0: f32, x1: f32| {
        let top = inner.top() + line as f32 * row;
        Rect::from_min_max(pos2(origin + x0, top), pos2(origin + x1, top + row))
    };
    let selection = state.editor.selection();
    if !selection.is_empty() {
        let fill = if focused {
            visuals.selection.bg_fill
        } else {
            visuals.selection.bg_fill.gamma_multiply(0.5)
        };
        for (line, x0, x1) in state.layout.rects(ctx, selection) {
            painter.rect_filled(band(line, x0, x1), 0.0, fill);
        }
    }
    if let Some(composing) = state.editor.composing() {
        for (line, x0, x1) in state.layout.rects(ctx, composing) {
            let r = band(line, x0, x1);
            painter.line_segment(
                [r.left_bottom(), r.right_bottom()],
                Stroke::new(1.0, visuals.text_color()),
            );
        }
    }
    paint_lines(
        ui,
        &state.layout,
        inner,
        origin,
        color.unwrap_or_else(|| visuals.text_color()),
    );
    if focused {
        let caret: Cursor = state.editor.cursor();
        let (line, x) = state.layout.caret(ctx, caret);
        let r = band(line, x, x);
        painter.line_segment(
            [r.center_top(), r.center_bottom()],
            visuals.text_cursor.stroke,
        );
    }
}

/// Paints laid-out lines from the top of `inner`, x 0 of the layouts at `origin`.
pub(super) fn paint_lines(
    ui: &egui::Ui,
    layout: &FieldLayout,
    inner: Rect,
    origin: f32,
    color: Color32,
) {
    let painter = ui.painter_at(inner.expand2(vec2(1.0, 0.0)));
    for (n, (paragraph, index)) in layout.lines().enumerate() {
        let line = &paragraph.lines[index];
        let top = inner.top() + n as f32 * layout.row;
        for piece in &line.pieces {
            let pos = pos2(origin + line.x + piece.x, top);
            painter.galley(pos, piece.shaped.clone(), color);
        }
    }
}

/// The hint of an empty field, faint, on its reading side.
pub(super) fn hint(ui: &egui::Ui, hint: &FieldLayout, inner: Rect) {
    let x = if hint.rtl() {
        inner.right() - hint.width()
    } else {
        inner.left()
    };
    paint_lines(ui, hint, inner, x, ui.visuals().weak_text_color());
}
