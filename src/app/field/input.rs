//! What a focused field does with the frame's events: typing, keys (caret movement, deletion,
//! undo, select all), the clipboard and IME composition, applied to its [`Editor`].

use egui::{Event, EventFilter, FocusDirection, ImeEvent, Key, Modifiers};

use super::layout::FieldLayout;
use crate::text::{Cursor, Editor, Motion, next_word_end, previous_word_start};

/// The events a focused field keeps from egui's focus handling: the arrows and Tab (Tab and
/// Shift+Tab then move to the next and previous field, as in any form, but through the
/// field); Escape still gives the focus up.
pub(super) const FILTER: EventFilter = EventFilter {
    tab: true,
    horizontal_arrows: true,
    vertical_arrows: true,
    escape: false,
};

/// What the events did.
#[derive(Default)]
pub(super) struct Outcome {
    /// The text changed.
    pub changed: bool,
    /// The caret or the selection moved.
    pub moved: bool,
    /// The field gives up the keyboard.
    pub leave: Option<Leave>,
}

/// How a field gives up the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Leave {
    /// Enter in a single line: nothing else takes it.
    Surrender,
    /// Tab and Shift+Tab: the next or previous field takes it.
    Move(FocusDirection),
}

/// Applies this frame's events to `editor`; `layout` is the text as laid out at the start
/// of the frame, laid out again by `relayout` after each change.
pub(super) fn handle(
    ctx: &egui::Context,
    editor: &mut Editor,
    layout: &mut FieldLayout,
    relayout: &dyn Fn(&mut FieldLayout, &str),
) -> Outcome {
    let events = ctx.input(|i| i.filtered_events(&FILTER));
    let mut out = Outcome::default();
    for event in &events {
        let before = (editor.text().len(), editor.cursor(), editor.anchor());
        let text_before = editor.text().to_owned();
        match event {
            Event::Text(text) if text != "\n" && text != "\r" => editor.insert(text),
            Event::Paste(text) => editor.insert(text),
            Event::Copy => {
                let selected = editor.selected_text();
                if !selected.is_empty() {
                    ctx.copy_text(selected.to_owned());
                }
            }
            Event::Cut => {
                if let Some(cut) = editor.cut() {
                    ctx.copy_text(cut);
                }
            }
            // A line break comes as the Enter key too; egui's TextEdit ignores it here.
            Event::Ime(ImeEvent::Preedit { text, .. } | ImeEvent::Commit(text))
                if text == "\n" || text == "\r" => {}
            Event::Ime(ImeEvent::Preedit { text, .. }) => editor.preedit(text),
            Event::Ime(ImeEvent::Commit(text)) => editor.commit(text),
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => {
                if let Some(leave) = key_press(ctx, editor, layout, *key, *modifiers) {
                    out.leave = Some(leave);
                }
            }
            _ => {}
        }
        if editor.text() != text_before {
            out.changed = true;
            relayout(layout, editor.text());
        }
        if (editor.text().len(), editor.cursor(), editor.anchor()) != before {
            out.moved = true;
        }
    }
    out
}

/// One key press. Returns how the field gives up the keyboard, if it does.
fn key_press(
    ctx: &egui::Context,
    editor: &mut Editor,
    layout: &FieldLayout,
    key: Key,
    modifiers: Modifiers,
) -> Option<Leave> {
    let command = modifiers.command || modifiers.ctrl;
    let extend = modifiers.shift;
    let motion = match key {
        Key::ArrowLeft if command => Some(Motion::WordLeft),
        Key::ArrowRight if command => Some(Motion::WordRight),
        Key::ArrowLeft => Some(Motion::Left),
        Key::ArrowRight => Some(Motion::Right),
        Key::ArrowUp => Some(Motion::Up),
        Key::ArrowDown => Some(Motion::Down),
        Key::Home if !command => Some(Motion::Home),
        Key::End if !command => Some(Motion::End),
        _ => None,
    };
    if let Some(motion) = motion {
        move_caret(ctx, editor, layout, motion, extend);
        return None;
    }
    let end = editor.text().chars().count();
    match key {
        // Ctrl+Home and Ctrl+End: the text's start and end.
        Key::Home => editor.move_to(Cursor::downstream(0), extend),
        Key::End => editor.move_to(Cursor::upstream(end), extend),
        Key::Backspace if command => {
            let to = previous_word_start(editor.text(), editor.cursor().offset);
            editor.delete_to(to);
        }
        Key::Backspace => editor.backspace(),
        Key::Delete if command => {
            let to = next_word_end(editor.text(), editor.cursor().offset);
            editor.delete_to(to);
        }
        Key::Delete => editor.delete(),
        Key::A if command => editor.select_all(),
        Key::Z if command && modifiers.shift => {
            editor.redo();
        }
        Key::Z | Key::Y if command => {
            if key == Key::Z {
                editor.undo();
            } else {
                editor.redo();
            }
        }
        Key::Enter if editor.multiline() && !command => editor.insert("\n"),
        Key::Enter => return Some(Leave::Surrender),
        Key::Tab => {
            return Some(Leave::Move(if modifiers.shift {
                FocusDirection::Previous
            } else {
                FocusDirection::Next
            }));
        }
        _ => {}
    }
    None
}

/// Moves the caret. Without Shift, Left and Right over a selection put the caret at its edge
/// on that side in the line's reading order, as browsers do.
fn move_caret(
    ctx: &egui::Context,
    editor: &mut Editor,
    layout: &FieldLayout,
    motion: Motion,
    extend: bool,
) {
    let selection = editor.selection();
    if !extend && !selection.is_empty() && matches!(motion, Motion::Left | Motion::Right) {
        let forward = (motion == Motion::Left) == layout.rtl_at(editor.cursor().offset);
        let to = if forward {
            Cursor::upstream(selection.end)
        } else {
            Cursor::downstream(selection.start)
        };
        editor.move_to(to, false);
        editor.preferred_x = None;
        return;
    }
    let (cursor, keep) = layout.moved(
        ctx,
        editor.text(),
        editor.cursor(),
        motion,
        editor.preferred_x,
    );
    editor.move_to(cursor, extend);
    editor.preferred_x = keep;
}
