//! The editing model of a text field, with no UI: the text, the caret and the selection's
//! anchor (code point offsets), what typing, pasting, Backspace and Delete do to them, IME
//! composition, and the field's own undo. The field widget turns key presses into calls here
//! and lays the text out with the engine; caret movement on screen is [`super::move_cursor`].

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::{Affinity, Cursor};

/// How many undo steps a field keeps.
const UNDO_DEPTH: usize = 100;

/// A field's text and everything that is edited with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Editor {
    text: String,
    multiline: bool,
    cursor: Cursor,
    /// The fixed end of the selection; the selection is empty when it equals the caret.
    anchor: usize,
    /// The x Up and Down keep while moving vertically.
    pub preferred_x: Option<f32>,
    /// The IME's text being composed, in code points of `text`.
    composing: Option<Range<usize>>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// What the last change was, so that typing a word is one undo step.
    last: Option<Change>,
}

#[derive(Clone, Debug, PartialEq)]
struct Snapshot {
    text: String,
    cursor: Cursor,
    anchor: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Typing,
    Deleting,
    Other,
}

impl Editor {
    /// A field holding `text`, with the caret at its end. A single-line field keeps no line
    /// breaks: they become spaces.
    pub fn new(text: &str, multiline: bool) -> Self {
        let text = clean(text, multiline);
        let end = text.chars().count();
        Self {
            text,
            multiline,
            cursor: Cursor::upstream(end),
            anchor: end,
            ..Self::default()
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the field takes line breaks.
    pub fn multiline(&self) -> bool {
        self.multiline
    }

    /// The caret.
    pub fn cursor(&self) -> Cursor {
        self.cursor
    }

    /// The fixed end of the selection.
    pub fn anchor(&self) -> usize {
        self.anchor
    }

    /// The selected code points (empty when nothing is selected).
    pub fn selection(&self) -> Range<usize> {
        self.anchor.min(self.cursor.offset)..self.anchor.max(self.cursor.offset)
    }

    /// The selected text.
    pub fn selected_text(&self) -> &str {
        let range = self.byte_range(self.selection());
        &self.text[range]
    }

    /// The IME text being composed, if any.
    pub fn composing(&self) -> Option<Range<usize>> {
        self.composing.clone()
    }

    /// Takes a text changed from outside (another annotation selected, the document's undo):
    /// the caret is kept where it still fits and this field's undo starts again.
    pub fn replace_text(&mut self, text: &str) {
        self.text = clean(text, self.multiline);
        let n = self.text.chars().count();
        let at = self.snap(self.cursor.offset.min(n));
        self.cursor = Cursor {
            offset: at,
            affinity: self.cursor.affinity,
        };
        self.anchor = self.snap(self.anchor.min(n));
        self.composing = None;
        self.undo.clear();
        self.redo.clear();
        self.last = None;
        self.preferred_x = None;
    }

    /// Puts the caret at `cursor`; with `extend`, the selection's anchor stays where it was.
    pub fn move_to(&mut self, cursor: Cursor, extend: bool) {
        self.end_composition();
        let n = self.text.chars().count();
        self.cursor = Cursor {
            offset: self.snap(cursor.offset.min(n)),
            affinity: cursor.affinity,
        };
        if !extend {
            self.anchor = self.cursor.offset;
        }
        self.last = None;
    }

    /// Selects `range` (code points), the caret at its end.
    pub fn select(&mut self, range: Range<usize>) {
        self.end_composition();
        let n = self.text.chars().count();
        self.anchor = self.snap(range.start.min(n));
        self.cursor = Cursor::upstream(self.snap(range.end.min(n)));
        self.last = None;
    }

    /// Selects everything.
    pub fn select_all(&mut self) {
        self.select(0..self.text.chars().count());
    }

    /// Types or pastes `text` at the caret, replacing the selection. Typing one word after
    /// another is one undo step per word.
    pub fn insert(&mut self, text: &str) {
        self.end_composition();
        let text = clean(text, self.multiline);
        if text.is_empty() && self.selection().is_empty() {
            return;
        }
        let replacing = !self.selection().is_empty();
        let typing = text.chars().count() == 1;
        // A word and the spaces after it are one undo step; the next word is a new one.
        let after_space = self.text[..self.byte_of(self.cursor.offset)]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace);
        let starts_word = after_space && !text.chars().all(char::is_whitespace);
        let joins = typing && !replacing && self.last == Some(Change::Typing) && !starts_word;
        self.remember(if joins { None } else { Some(Change::Typing) });
        let range = self.selection();
        self.splice(range.clone(), &text);
        let end = range.start + text.chars().count();
        self.cursor = Cursor::upstream(end);
        self.anchor = end;
        self.last = Some(if typing {
            Change::Typing
        } else {
            Change::Other
        });
    }

    /// Backspace: the selection, else what is before the caret: one code point when it is
    /// a mark on an Arabic letter (so a haraka can be taken off alone), else a grapheme.
    pub fn backspace(&mut self) {
        self.end_composition();
        if !self.selection().is_empty() {
            return self.delete_selection();
        }
        let at = self.cursor.offset;
        if at == 0 {
            return;
        }
        let bytes = self.byte_of(at);
        let Some(grapheme) = self.text[..bytes].graphemes(true).next_back() else {
            return;
        };
        let chars = grapheme.chars().count();
        let remove = if chars > 1 && is_marked_arabic_letter(grapheme) {
            1
        } else {
            chars
        };
        self.remember(self.joining(Change::Deleting));
        self.splice(at - remove..at, "");
        self.cursor = caret_after_deleting(at - remove);
        self.anchor = at - remove;
        self.last = Some(Change::Deleting);
    }

    /// Delete: the selection, else the grapheme after the caret.
    pub fn delete(&mut self) {
        self.end_composition();
        if !self.selection().is_empty() {
            return self.delete_selection();
        }
        let at = self.cursor.offset;
        let bytes = self.byte_of(at);
        let Some(grapheme) = self.text[bytes..].graphemes(true).next() else {
            return;
        };
        let chars = grapheme.chars().count();
        self.remember(self.joining(Change::Deleting));
        self.splice(at..at + chars, "");
        self.cursor = caret_after_deleting(at);
        self.anchor = at;
        self.last = Some(Change::Deleting);
    }

    /// Deletes from the caret to `to` (a word edge for Ctrl+Backspace and Ctrl+Delete), or
    /// the selection when there is one.
    pub fn delete_to(&mut self, to: usize) {
        self.end_composition();
        if !self.selection().is_empty() {
            return self.delete_selection();
        }
        let at = self.cursor.offset;
        let range = at.min(to)..at.max(to).min(self.text.chars().count());
        if range.is_empty() {
            return;
        }
        self.remember(Some(Change::Other));
        self.splice(range.clone(), "");
        self.cursor = caret_after_deleting(range.start);
        self.anchor = range.start;
        self.last = Some(Change::Other);
    }

    /// Removes the selection, returning its text (for Cut); `None` when nothing is selected.
    pub fn cut(&mut self) -> Option<String> {
        self.end_composition();
        let text = self.selected_text().to_owned();
        if text.is_empty() {
            return None;
        }
        self.delete_selection();
        Some(text)
    }

    fn delete_selection(&mut self) {
        let range = self.selection();
        self.remember(Some(Change::Other));
        self.splice(range.clone(), "");
        self.cursor = caret_after_deleting(range.start);
        self.anchor = range.start;
        self.last = Some(Change::Other);
    }

    /// Ends an IME composition where it is: its text stays as typed so far. Any other edit,
    /// a click, or the field losing the keyboard does this.
    pub fn end_composition(&mut self) {
        self.composing = None;
    }

    /// The IME's text being composed (`Preedit`): shown at the caret, replacing the selection
    /// or the previous composition, and selected until it is committed.
    pub fn preedit(&mut self, text: &str) {
        let range = self.composing.clone().unwrap_or_else(|| self.selection());
        if self.composing.is_none() {
            if text.is_empty() {
                return;
            }
            self.remember(Some(Change::Other));
        }
        let text = clean(text, false);
        self.splice(range.clone(), &text);
        let end = range.start + text.chars().count();
        self.composing = (!text.is_empty()).then_some(range.start..end);
        self.anchor = end;
        self.cursor = Cursor::upstream(end);
        self.last = Some(Change::Other);
    }

    /// The IME's composition is done (`Commit`): its text replaces what was being composed.
    pub fn commit(&mut self, text: &str) {
        match self.composing.take() {
            Some(range) => {
                let text = clean(text, false);
                self.splice(range.clone(), &text);
                let end = range.start + text.chars().count();
                self.anchor = end;
                self.cursor = Cursor::upstream(end);
                self.last = Some(Change::Other);
            }
            None if text.is_empty() => {}
            None => self.insert(text),
        }
    }

    /// Undoes the last change of this field; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(snapshot) = self.undo.pop() else {
            return false;
        };
        self.redo.push(self.snapshot());
        self.restore(snapshot);
        true
    }

    /// Redoes what was undone; `false` when there is nothing.
    pub fn redo(&mut self) -> bool {
        let Some(snapshot) = self.redo.pop() else {
            return false;
        };
        self.undo.push(self.snapshot());
        self.restore(snapshot);
        true
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.text.clone(),
            cursor: self.cursor,
            anchor: self.anchor,
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.text = snapshot.text;
        self.cursor = snapshot.cursor;
        self.anchor = snapshot.anchor;
        self.composing = None;
        self.last = None;
    }

    /// `None` when this change continues the last one (one undo step), else `Some(change)`.
    fn joining(&self, change: Change) -> Option<Change> {
        (self.last != Some(change)).then_some(change)
    }

    /// Keeps the text as it is before a change that starts a new undo step.
    fn remember(&mut self, change: Option<Change>) {
        if change.is_none() {
            return;
        }
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    fn splice(&mut self, range: Range<usize>, with: &str) {
        let bytes = self.byte_range(range);
        self.text.replace_range(bytes, with);
        self.preferred_x = None;
    }

    fn byte_of(&self, offset: usize) -> usize {
        self.text
            .char_indices()
            .nth(offset)
            .map_or(self.text.len(), |(b, _)| b)
    }

    fn byte_range(&self, range: Range<usize>) -> Range<usize> {
        self.byte_of(range.start)..self.byte_of(range.end)
    }

    /// `offset`, moved back to a grapheme boundary if it is inside one.
    fn snap(&self, offset: usize) -> usize {
        let byte = self.byte_of(offset);
        let mut at = 0;
        let mut chars = 0;
        for grapheme in self.text.graphemes(true) {
            if at + grapheme.len() > byte {
                break;
            }
            at += grapheme.len();
            chars += grapheme.chars().count();
        }
        if at == byte { offset } else { chars }
    }
}

/// After a deletion the caret sticks to what is before it, where the next letter typed goes.
fn caret_after_deleting(at: usize) -> Cursor {
    Cursor {
        offset: at,
        affinity: if at == 0 {
            Affinity::Downstream
        } else {
            Affinity::Upstream
        },
    }
}

/// Whether a grapheme is an Arabic letter carrying marks (harakat, shadda, sukun…).
fn is_marked_arabic_letter(grapheme: &str) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    let mut chars = grapheme.chars();
    let first_is_letter = chars
        .next()
        .is_some_and(|c| bidi_class(c) == BidiClass::AL && c.is_alphabetic());
    first_is_letter && chars.all(|c| bidi_class(c) == BidiClass::NSM)
}

/// The text a field can hold: no carriage returns, and no line breaks in a single line.
fn clean(text: &str, multiline: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if multiline {
        text
    } else {
        text.replace('\n', " ")
    }
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
