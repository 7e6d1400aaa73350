//! Shortcuts under an Arabic keyboard layout, with the events egui-winit delivers for it: a
//! key whose Arabic letter has no egui name arrives as its physical (Latin) key, so Ctrl+Shift
//! with C, D, L and O work unchanged; Shift+/ types «؟» and opens Help as ? does.

use egui::{Event, Key, Modifiers, RawInput};
use egui_kittest::kittest::Queryable as _;
use marsad::app::actions::Action;

use crate::ui::{full, key};

/// A key press as egui-winit sends it under an Arabic layout (the logical key, an Arabic
/// letter, is unknown to egui, so the physical key stands in), with the text it types.
fn arabic_press(physical: Key, modifiers: Modifiers, text: Option<&str>) -> Vec<Event> {
    let mut events = vec![
        Event::ModifiersChanged(modifiers),
        Event::Key {
            key: physical,
            physical_key: Some(physical),
            pressed: true,
            repeat: false,
            modifiers,
        },
    ];
    if let Some(text) = text {
        events.push(Event::Text(text.to_owned()));
    }
    events.push(Event::Key {
        key: physical,
        physical_key: Some(physical),
        pressed: false,
        repeat: false,
        modifiers,
    });
    events
}

fn pressed(events: Vec<Event>) -> Vec<Action> {
    let ctx = egui::Context::default();
    let mut got = Vec::new();
    let output = ctx.run_ui(
        RawInput {
            events,
            ..RawInput::default()
        },
        |ui| got = Action::pressed(ui.ctx(), true),
    );
    output.drop_without_applying_deltas();
    got
}

#[test]
fn ctrl_shift_shortcuts_work_on_the_physical_keys_under_an_arabic_layout() {
    let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    // C types ؤ, D ي, L م, O خ under the Arabic (PC) layout.
    for (physical, letter, action) in [
        (Key::C, "ؤ", Action::CopyCitation),
        (Key::D, "ي", Action::ToggleControls),
        (Key::L, "م", Action::ToggleTheme),
        (Key::O, "خ", Action::OpenFolder),
    ] {
        // With Ctrl held egui-winit sends no text; the letter is what the key would type.
        assert_eq!(
            pressed(arabic_press(physical, ctrl_shift, None)),
            vec![action],
            "Ctrl+Shift+{physical:?} (the {letter} key)"
        );
    }
    // Plain tagging keys too: A types ش, L م, C ؤ.
    for (physical, letter, action) in [
        (Key::A, "ش", Action::TagActor),
        (Key::L, "م", Action::TagLocation),
        (Key::C, "ؤ", Action::TagClaim),
    ] {
        assert_eq!(
            pressed(arabic_press(physical, Modifiers::NONE, Some(letter))),
            vec![action],
            "{physical:?} ({letter})"
        );
    }
}

#[test]
fn the_arabic_question_mark_opens_help() {
    // Shift+/ under an Arabic layout: the key is Slash, the text ؟.
    let events = arabic_press(Key::Slash, Modifiers::SHIFT, Some("؟"));
    assert_eq!(pressed(events.clone()), vec![Action::Help]);
    // In the window: the shortcuts overlay opens, as with ? and F1.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    let mut harness = full(path);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
    for event in events {
        harness.event(event);
    }
    harness.run();
    assert!(
        harness.get_all_by_label("Keyboard shortcuts").count() > 0,
        "Help is open"
    );
    key(&mut harness, Modifiers::NONE, Key::Escape);
}
