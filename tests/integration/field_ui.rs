//! The bidi text field in the real window: typing Arabic with a number into the inspector's
//! Outlet field, moving with the arrows, Home and End (with and without Shift), and what is
//! drawn, compared with the order of the `fribidi` command for the same text (fixtures in
//! `tests/fixtures/bidi`). Then what a field does with Backspace on harakat, its own undo,
//! the clipboard and IME composition.

use std::path::Path;

use egui::accesskit::Role;
use egui::{Event, ImeEvent, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::MarsadApp;
use marsad::app::field::{BidiField, FieldSnapshot, focused_field};
use marsad::app::settings::Settings;
use marsad::text::Cursor;

use crate::ui::{document, harness_with};

const TYPED: &str = "قال المتحدث إن 47 مسيّرة أُسقطت";

fn harness(dir: &Path) -> Harness<'static, MarsadApp> {
    let path = dir.join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    harness_with(path, egui::vec2(1280.0, 900.0), Settings::default())
}

/// Focuses the article's Outlet field (nothing is selected, so the inspector shows the
/// article) and types `text` into it.
fn type_outlet(harness: &mut Harness<'_, MarsadApp>, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .type_text(text);
    harness.run();
}

fn field(harness: &Harness<'_, MarsadApp>) -> FieldSnapshot {
    focused_field(&harness.ctx).expect("a field has the keyboard")
}

fn press(harness: &mut Harness<'_, MarsadApp>, modifiers: Modifiers, key: Key) -> FieldSnapshot {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
    field(harness)
}

const D: fn(usize) -> Cursor = Cursor::downstream;
const U: fn(usize) -> Cursor = Cursor::upstream;

/// The line `fribidi` draws for `line` of `tests/fixtures/bidi/lines.txt`.
fn fribidi_order(line: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bidi");
    let logical = std::fs::read_to_string(dir.join("lines.txt")).unwrap();
    let visual = std::fs::read_to_string(dir.join("fribidi-visual.txt")).unwrap();
    let index = logical
        .lines()
        .position(|l| l == line)
        .expect("the line is in lines.txt");
    visual.lines().nth(index).unwrap().to_owned()
}

#[test]
fn arrows_home_and_end_move_the_caret_on_screen_through_arabic_and_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    type_outlet(&mut harness, TYPED);
    let typed = field(&harness);
    assert_eq!(typed.text, TYPED);
    assert_eq!(
        typed.cursor,
        U(31),
        "after typing: sticks to the last letter typed"
    );
    assert_eq!(
        typed.visual_lines,
        vec![fribidi_order(TYPED)],
        "drawn as FriBidi orders it"
    );

    let none = Modifiers::NONE;
    // Home: the right edge, where a right-to-left line starts.
    assert_eq!(press(&mut harness, none, Key::Home).cursor, D(0));
    // Left 29 times crosses every grapheme on screen once, right to left. Over «47», which
    // reads left to right, the offsets go 15 → 16 → 15: the caret sticks to the space
    // before the number (U 15), then to 7 (D 16), then to 4 (D 15).
    let left: Vec<Cursor> = (0..29)
        .map(|_| press(&mut harness, none, Key::ArrowLeft).cursor)
        .collect();
    let expected_left = vec![
        U(1),
        U(2),
        U(3),
        U(4),
        U(5),
        U(6),
        U(7),
        U(8),
        U(9),
        U(10),
        U(11),
        U(12),
        U(13),
        U(14),
        U(15),
        D(16),
        D(15),
        U(18),
        U(19),
        U(20),
        U(22),
        U(23),
        U(24),
        U(25),
        U(27),
        U(28),
        U(29),
        U(30),
        U(31),
    ];
    assert_eq!(left, expected_left);
    assert_eq!(
        press(&mut harness, none, Key::ArrowLeft).cursor,
        U(31),
        "the left end"
    );
    // Right walks back: over «47» the caret sticks to 4's and 7's right edges (U 16, U 17).
    let right: Vec<Cursor> = (0..29)
        .map(|_| press(&mut harness, none, Key::ArrowRight).cursor)
        .collect();
    let expected_right = vec![
        D(30),
        D(29),
        D(28),
        D(27),
        D(25),
        D(24),
        D(23),
        D(22),
        D(20),
        D(19),
        D(18),
        D(17),
        U(16),
        U(17),
        D(14),
        D(13),
        D(12),
        D(11),
        D(10),
        D(9),
        D(8),
        D(7),
        D(6),
        D(5),
        D(4),
        D(3),
        D(2),
        D(1),
        D(0),
    ];
    assert_eq!(right, expected_right);
    // End: the left edge, where the line ends.
    assert_eq!(press(&mut harness, none, Key::End).cursor, U(31));
    assert!(field(&harness).selection.is_empty());
}

#[test]
fn shift_with_the_arrows_home_and_end_selects_from_where_the_caret_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    type_outlet(&mut harness, TYPED);
    let none = Modifiers::NONE;
    // From Home, three Shift+Left select «قال».
    press(&mut harness, none, Key::Home);
    let shift = Modifiers::SHIFT;
    let steps: Vec<(Cursor, std::ops::Range<usize>)> = (0..3)
        .map(|_| {
            let f = press(&mut harness, shift, Key::ArrowLeft);
            (f.cursor, f.selection)
        })
        .collect();
    assert_eq!(steps, vec![(U(1), 0..1), (U(2), 0..2), (U(3), 0..3)]);
    let back = press(&mut harness, shift, Key::ArrowRight);
    assert_eq!((back.cursor, back.selection), (D(2), 0..2));
    // Left without Shift leaves a selection at its left edge: its end, in this line.
    let collapsed = press(&mut harness, none, Key::ArrowLeft);
    assert_eq!((collapsed.cursor, collapsed.selection), (U(2), 2..2));
    // Shift+End selects to the line's end, Shift+Home back to its start.
    let to_end = press(&mut harness, shift, Key::End);
    assert_eq!((to_end.cursor, to_end.selection), (U(31), 2..31));
    let to_home = press(&mut harness, shift, Key::Home);
    assert_eq!((to_home.cursor, to_home.selection), (D(0), 0..2));
    // Shift across the number: from just before it (D 15, sticking to 4), Shift+Left takes
    // the space after it in logical order.
    press(&mut harness, none, Key::End);
    for _ in 0..12 {
        press(&mut harness, none, Key::ArrowRight);
    }
    let before_four = press(&mut harness, none, Key::ArrowRight);
    assert_eq!(before_four.cursor, U(16));
    let over = press(&mut harness, shift, Key::ArrowRight);
    assert_eq!((over.cursor, over.selection), (U(17), 16..17), "7 selected");
    // The value reaches the article when the field lets go.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        focused_field(&harness.ctx).is_none(),
        "Enter leaves a one-line field"
    );
    assert_eq!(document(&harness).meta.outlet.as_deref(), Some(TYPED));
}

#[test]
fn backspace_takes_a_haraka_off_alone_and_ctrl_z_undoes_typing_in_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .focus();
    harness.run();
    for c in ["م", "س", "ي", "ّ"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Outlet")
            .type_text(c);
        harness.run();
    }
    assert_eq!(field(&harness).text, "مسيّ");
    let after = press(&mut harness, Modifiers::NONE, Key::Backspace);
    assert_eq!(after.text, "مسي", "the shadda alone");
    let after = press(&mut harness, Modifiers::NONE, Key::Backspace);
    assert_eq!(after.text, "مس");
    // Ctrl+Z undoes in the field (the Backspaces, then the word), not in the document.
    let undone = press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(undone.text, "مسيّ");
    let undone = press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(undone.text, "");
    let redone = press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(redone.text, "مسيّ");
    let session = harness.state().workspace().unwrap().session();
    assert!(!session.can_undo(), "the document's history is untouched");
}

#[test]
fn copy_cut_paste_and_ime_composition_edit_at_the_caret() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    type_outlet(&mut harness, "الشرق الأوسط");
    // Select «الأوسط» (Shift+Ctrl+Right from the end reads back one word in this line).
    press(&mut harness, Modifiers::NONE, Key::End);
    let word = press(
        &mut harness,
        Modifiers::SHIFT | Modifiers::COMMAND,
        Key::ArrowRight,
    );
    assert_eq!(word.selection, 6..12);
    harness.event(Event::Copy);
    harness.run();
    harness.event(Event::Cut);
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        copied,
        vec!["الأوسط".to_owned()],
        "Cut copies what it removes"
    );
    harness.run();
    assert_eq!(field(&harness).text, "الشرق ");
    harness.event(Event::Paste("الأدنى\nاليوم".to_owned()));
    harness.run();
    assert_eq!(
        field(&harness).text,
        "الشرق الأدنى اليوم",
        "a line break pasted is a space"
    );
    // An IME composes, then commits, at the caret.
    harness.event(Event::Ime(ImeEvent::Preedit {
        text: " م".to_owned(),
        active_range_chars: None,
    }));
    harness.step();
    assert!(
        harness.output().platform_output.ime.is_some(),
        "the field tells the IME where the caret is"
    );
    harness.run();
    assert_eq!(field(&harness).text, "الشرق الأدنى اليوم م");
    harness.event(Event::Ime(ImeEvent::Commit(" مساءً".to_owned())));
    harness.run();
    assert_eq!(field(&harness).text, "الشرق الأدنى اليوم مساءً");
}

/// Two fields on their own, the bundled fonts installed: a one-line field and a note.
fn fields(theme: egui::Theme) -> Harness<'static, (String, String)> {
    Harness::builder()
        .with_size(egui::vec2(420.0, 150.0))
        .with_theme(theme)
        .with_context_setup(marsad::app::fonts::install)
        .build_ui_state(
            |ui, (line, note): &mut (String, String)| {
                ui.horizontal(|ui| {
                    let label = ui.label("Outlet");
                    ui.add(BidiField::singleline(line).desired_width(330.0))
                        .labelled_by(label.id);
                });
                let label = ui.label("Note");
                ui.add(BidiField::multiline(note).desired_width(400.0))
                    .labelled_by(label.id);
            },
            (String::new(), String::new()),
        )
}

#[test]
fn tab_moves_to_the_next_field_and_a_screen_reader_can_set_a_value() {
    let mut harness = fields(egui::Theme::Dark);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .type_text("الشرق الأوسط");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("سطر");
    harness.run();
    assert_eq!(harness.state().0, "الشرق الأوسط", "Tab left the first field");
    assert_eq!(harness.state().1, "سطر", "and the note took the typing");
    // Shift+Tab goes back.
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(focused_field(&harness.ctx).unwrap().text, "الشرق الأوسط");
    // AccessKit's SetValue replaces the whole value, focused or not.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .set_text_value_accesskit("OCHA: 47");
    harness.run();
    assert_eq!(harness.state().1, "OCHA: 47");
}

#[test]
fn up_and_down_in_a_note_keep_the_caret_s_x() {
    let mut harness = fields(egui::Theme::Dark);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("سطر أول طويل\nقصير\nسطر ثالث طويل");
    harness.run();
    let ctx = harness.ctx.clone();
    let at = |h: &mut Harness<'_, (String, String)>, key| {
        h.key_press(key);
        h.run();
        focused_field(&ctx).unwrap()
    };
    // From the end of the last line: Up twice, then Down twice, comes back to where it was.
    let end = focused_field(&ctx).unwrap().cursor;
    assert_eq!(end, U(31));
    let up = at(&mut harness, Key::ArrowUp);
    assert_eq!(up.cursor.offset, 17, "the short line's end is nearest to x");
    let up = at(&mut harness, Key::ArrowUp);
    assert_eq!(
        up.cursor,
        U(12),
        "the first line's end: the last line is wider than it"
    );
    at(&mut harness, Key::ArrowDown);
    let back = at(&mut harness, Key::ArrowDown);
    assert_eq!(back.cursor.offset, 31, "x was kept through the short line");
    // Enter in a note is a line break.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().1.ends_with('\n'));
}

#[test]
fn a_field_being_edited_with_arabic_and_latin_snapshot() {
    let mut harness = fields(egui::Theme::Light);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .type_text("قال مكتب OCHA إن 47 مسيّرة");
    harness.run();
    // The caret at the line's right edge, then «قال» selected.
    harness.key_press(Key::Home);
    harness.run();
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
        harness.run();
    }
    harness.state_mut().1 =
        "سطر أول من الملاحظة، وفيه Telegram و2020-2022، يلتف إلى سطر ثانٍ.".into();
    harness.run();
    harness.snapshot("field_mixed_editing");
}
