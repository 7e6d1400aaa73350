//! The editing model: typing, deleting, IME composition and the field's own undo.

use super::*;

fn typed(text: &str) -> Editor {
    let mut editor = Editor::new("", false);
    for c in text.chars() {
        editor.insert(&c.to_string());
    }
    editor
}

#[test]
fn typing_goes_in_logical_order_and_the_caret_sticks_to_what_was_typed() {
    let editor = typed("قال 47");
    assert_eq!(editor.text(), "قال 47");
    assert_eq!(editor.cursor(), Cursor::upstream(6));
    assert!(editor.selection().is_empty());
}

#[test]
fn backspace_takes_a_haraka_off_alone_and_other_graphemes_whole() {
    let mut editor = Editor::new("مسيّرة أُ", false);
    editor.backspace();
    assert_eq!(editor.text(), "مسيّرة أ", "the damma alone");
    editor.backspace();
    assert_eq!(editor.text(), "مسيّرة ");
    editor.move_to(Cursor::upstream(4), false);
    editor.backspace();
    assert_eq!(editor.text(), "مسيرة ", "the shadda alone");
    // An emoji with a skin tone, and e with a combining acute, go whole.
    let mut latin = Editor::new("ok 👍🏽 e\u{301}", false);
    latin.backspace();
    assert_eq!(latin.text(), "ok 👍🏽 ");
    latin.backspace();
    latin.backspace();
    assert_eq!(latin.text(), "ok ");
}

#[test]
fn delete_takes_the_grapheme_after_the_caret() {
    let mut editor = Editor::new("بَت", false);
    editor.move_to(Cursor::downstream(0), false);
    editor.delete();
    assert_eq!(editor.text(), "ت", "the letter with its fatha");
    editor.delete();
    editor.delete();
    assert_eq!(editor.text(), "");
}

#[test]
fn typing_replaces_the_selection_and_a_single_line_takes_no_line_breaks() {
    let mut editor = Editor::new("الشرق الأوسط", false);
    editor.select(6..12);
    assert_eq!(editor.selected_text(), "الأوسط");
    editor.insert("الأدنى\r\nاليوم");
    assert_eq!(editor.text(), "الشرق الأدنى اليوم");
    let mut note = Editor::new("سطر", true);
    note.insert("\r\nثان");
    assert_eq!(note.text(), "سطر\nثان");
}

#[test]
fn undo_takes_back_a_word_at_a_time_and_redo_brings_it_back() {
    let mut editor = typed("قال المتحدث");
    assert!(editor.undo());
    assert_eq!(editor.text(), "قال ");
    assert!(editor.undo());
    assert_eq!(editor.text(), "");
    assert!(!editor.undo());
    assert!(editor.redo());
    assert!(editor.redo());
    assert_eq!(editor.text(), "قال المتحدث");
    editor.backspace();
    editor.backspace();
    assert_eq!(editor.text(), "قال المتح");
    assert!(editor.undo(), "two Backspaces are one step");
    assert_eq!(editor.text(), "قال المتحدث");
    assert!(editor.redo());
    assert_eq!(editor.text(), "قال المتح");
}

#[test]
fn cut_removes_the_selection_and_returns_it() {
    let mut editor = Editor::new("إن 47 مسيّرة", false);
    assert_eq!(editor.cut(), None);
    editor.select(3..5);
    assert_eq!(editor.cut().as_deref(), Some("47"));
    assert_eq!(editor.text(), "إن  مسيّرة");
    assert_eq!(editor.cursor().offset, 3);
}

#[test]
fn ime_composition_replaces_itself_until_committed() {
    let mut editor = Editor::new("قال ", false);
    editor.preedit("م");
    editor.preedit("مس");
    assert_eq!(editor.text(), "قال مس");
    assert_eq!(editor.composing(), Some(4..6));
    editor.commit("مسيّرة");
    assert_eq!(editor.text(), "قال مسيّرة");
    assert_eq!(editor.composing(), None);
    assert_eq!(editor.cursor(), Cursor::upstream(10));
    assert!(editor.undo());
    assert_eq!(editor.text(), "قال ", "a composition is one undo step");
    // A composition cancelled with an empty preedit leaves the text as it was.
    let mut cancelled = Editor::new("قال", false);
    cancelled.preedit("س");
    cancelled.preedit("");
    assert_eq!(cancelled.text(), "قال");
    assert_eq!(cancelled.composing(), None);
}

#[test]
fn a_text_changed_from_outside_keeps_the_caret_where_it_fits() {
    let mut editor = Editor::new("الشرق الأوسط", false);
    editor.replace_text("بَت");
    assert_eq!(editor.cursor().offset, 3);
    editor.move_to(Cursor::downstream(1), false);
    assert_eq!(editor.cursor().offset, 0, "never inside a grapheme");
    assert!(!editor.undo(), "undo starts again");
}

#[test]
fn a_click_or_an_edit_ends_a_composition_where_it_is() {
    let mut editor = Editor::new("قال ", false);
    editor.preedit("مس");
    editor.move_to(Cursor::downstream(0), false);
    assert_eq!(editor.composing(), None);
    // The next composition starts at the caret; what was composed stays.
    editor.preedit("و");
    assert_eq!(editor.text(), "وقال مس");
    editor.commit("");
    editor.commit("");
    assert_eq!(
        editor.text(),
        "قال مس",
        "an empty commit cancels; a second does nothing"
    );
}

#[test]
fn typing_over_a_selection_is_one_undo_step() {
    let mut editor = Editor::new("الشرق الأوسط", false);
    editor.select(6..12);
    for c in ["ا", "ل", "أ", "د", "ن", "ى"] {
        editor.insert(c);
    }
    assert_eq!(editor.text(), "الشرق الأدنى");
    assert!(editor.undo());
    assert_eq!(editor.text(), "الشرق الأوسط");
}
