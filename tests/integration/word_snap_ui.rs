//! Selecting Arabic to tag: a mouse drag widens to whole words (numbers whole, proclitics
//! left out when the drag starts after them), unless the setting is off or Ctrl is held;
//! keyboard selection never snaps.

use std::path::Path;

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use marsad::app::MarsadApp;
use marsad::app::settings::Settings;

use crate::ui::{before_rtl_char, clicks, drag, harness_with, offset};

const TEXT: &str =
    "قال وبوتين إن القصف دمّر 15% من المنازل بين 2020-2022 وإن الطرف الآخر ملتزم بالرملة.\n";

fn open(dir: &Path, settings: Settings) -> Harness<'static, MarsadApp> {
    let path = crate::common::write(dir, "snap.txt", TEXT);
    harness_with(path, egui::vec2(1280.0, 900.0), settings)
}

/// The caret place just after the character before `at` and before the one at `at`, on
/// screen: inside the right edge of an Arabic letter at `at`.
fn caret(harness: &mut Harness<'_, MarsadApp>, at: usize) -> Pos2 {
    before_rtl_char(harness, at)
}

/// Offset in TEXT of `needle` plus `into` code points.
fn at(needle: &str, into: usize) -> usize {
    offset(TEXT, needle) + into
}

fn selected(harness: &Harness<'_, MarsadApp>) -> String {
    harness
        .state()
        .view()
        .unwrap()
        .selected_text()
        .unwrap_or_default()
        .to_owned()
}

fn drag_between(harness: &mut Harness<'_, MarsadApp>, from: usize, to: usize) -> String {
    let (a, b) = (caret(harness, from), caret(harness, to));
    drag(harness, a, b);
    selected(harness)
}

#[test]
fn a_drag_ending_a_letter_short_takes_the_whole_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(dir.path(), Settings::default());
    // From before الطرف to before the last letter of الآخر.
    let got = drag_between(&mut harness, at("الطرف", 0), at("الآخر", 4));
    assert_eq!(got, "الطرف الآخر");
    // Starting inside a word widens its start too.
    let got = drag_between(&mut harness, at("المنازل", 3), at("المنازل", 5));
    assert_eq!(got, "المنازل");
}

#[test]
fn numbers_are_whole_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(dir.path(), Settings::default());
    // From before دمّر to between 1 and 5 (the point inside 1's right edge).
    let got = drag_between(&mut harness, at("دمّر", 0), at("15%", 0));
    assert_eq!(got, "دمّر 15%");
    // From before بين to inside 2020-2022.
    let got = drag_between(&mut harness, at("بين", 0), at("2020-2022", 5));
    assert_eq!(got, "بين 2020-2022");
}

#[test]
fn a_drag_starting_after_a_proclitic_leaves_it_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(dir.path(), Settings::default());
    // After و, to before the last letter: بوتين, not وبوتين.
    let got = drag_between(&mut harness, at("وبوتين", 1), at("وبوتين", 5));
    assert_eq!(got, "بوتين");
    // After بال: رملة; after ب: الرملة.
    let got = drag_between(&mut harness, at("بالرملة", 3), at("بالرملة", 6));
    assert_eq!(got, "رملة");
    let got = drag_between(&mut harness, at("بالرملة", 1), at("بالرملة", 6));
    assert_eq!(got, "الرملة");
    // Inside the proclitic (between ا and ل): the whole word.
    let got = drag_between(&mut harness, at("بالرملة", 2), at("بالرملة", 6));
    assert_eq!(got, "بالرملة");
}

#[test]
fn the_setting_off_or_ctrl_held_selects_exact_characters() {
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        snap_words: false,
        ..Settings::default()
    };
    let mut harness = open(dir.path(), settings);
    let got = drag_between(&mut harness, at("الطرف", 0), at("الآخر", 4));
    assert_eq!(got, "الطرف الآخ");

    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(dir.path(), Settings::default());
    let (a, b) = (
        caret(&mut harness, at("الطرف", 0)),
        caret(&mut harness, at("الآخر", 4)),
    );
    // Ctrl held through the drag (window managers take Alt-drag, not Ctrl-drag).
    harness.event(egui::Event::ModifiersChanged(Modifiers::COMMAND));
    drag(&mut harness, a, b);
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert_eq!(selected(&harness), "الطرف الآخ");
}

#[test]
fn keyboard_selection_does_not_snap() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(dir.path(), Settings::default());
    let start = caret(&mut harness, at("الطرف", 0));
    clicks(&mut harness, start, Modifiers::NONE, 1);
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::SHIFT, egui::Key::ArrowLeft);
        harness.run();
    }
    assert_eq!(selected(&harness), "الط");
    // Shift+click is the mouse: it widens.
    let end = caret(&mut harness, at("الآخر", 2));
    clicks(&mut harness, end, Modifiers::SHIFT, 1);
    assert_eq!(selected(&harness), "الطرف الآخر");
}
