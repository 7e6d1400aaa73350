//! Where a field's text sits on screen (aligned to its reading side, scrolled when one line
//! is wider than the field) and what the mouse does: a press puts the caret, a drag extends
//! the selection, a double click selects a word and a triple click a line.

use egui::Rect;

use super::State;

/// Where x 0 of the layouts is on screen. A single line narrower than the field is aligned
/// to its reading side; a wider one scrolls so that the caret stays in view while focused,
/// and shows its start otherwise.
pub(super) fn origin_x(
    ctx: &egui::Context,
    state: &mut State,
    inner: Rect,
    multiline: bool,
    focused: bool,
) -> f32 {
    if multiline {
        return inner.left();
    }
    let width = state.layout.width();
    let room = inner.width();
    let rtl = state.layout.rtl();
    if width <= room {
        state.scroll = 0.0;
        return if rtl {
            inner.right() - width
        } else {
            inner.left()
        };
    }
    let most = width - room;
    if focused {
        let (_, x) = state.layout.caret(ctx, state.editor.cursor());
        if x - state.scroll > room - 1.0 {
            state.scroll = x - room + 1.0;
        }
        if x < state.scroll {
            state.scroll = x;
        }
    } else {
        state.scroll = if rtl { most } else { 0.0 };
    }
    state.scroll = state.scroll.clamp(0.0, most);
    inner.left() - state.scroll
}

/// Mouse selection: a press puts the caret (Shift+press extends), a drag extends, a double
/// click selects a word and a triple click a line.
pub(super) fn pointer(
    ui: &egui::Ui,
    response: &egui::Response,
    state: &mut State,
    inner: Rect,
    origin: f32,
) {
    let Some(pos) = response.interact_pointer_pos() else {
        return;
    };
    if !ui.is_enabled() {
        return;
    }
    let ctx = ui.ctx();
    let row = state.layout.row.max(1.0);
    let line = ((pos.y - inner.top()) / row)
        .floor()
        .clamp(0.0, (state.layout.line_count() - 1) as f32) as usize;
    let cursor = state.layout.cursor_at(ctx, line, pos.x - origin);
    let (pressed, shift) = ui.input(|i| (i.pointer.primary_pressed(), i.modifiers.shift));
    if response.triple_clicked() {
        let paragraph = state.layout.paragraph_of_line(line);
        state.editor.select(paragraph);
    } else if response.double_clicked() {
        let word = word_around(state.editor.text(), cursor.offset);
        state.editor.select(word);
    } else if pressed && response.is_pointer_button_down_on() {
        response.request_focus();
        state.editor.move_to(cursor, shift);
        state.editor.preferred_x = None;
    } else if response.dragged() {
        state.editor.move_to(cursor, true);
    } else if response.clicked() {
        response.request_focus();
    }
}

/// The word (UAX #29) at a code point offset: the one after it, else the one before.
fn word_around(text: &str, offset: usize) -> std::ops::Range<usize> {
    use unicode_segmentation::UnicodeSegmentation as _;
    let mut at = 0;
    let mut before = offset..offset;
    for segment in text.split_word_bounds() {
        let n = segment.chars().count();
        let range = at..at + n;
        let word = segment.chars().any(char::is_alphanumeric);
        if word && range.contains(&offset) {
            return range;
        }
        if word && range.end == offset {
            before = range.clone();
        }
        at += n;
    }
    before
}
