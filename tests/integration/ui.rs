//! The window driven as an analyst drives it: harnesses on the real app, keys, clicks and
//! drags by position, waiting for the window to settle, and what it says. Every UI test
//! builds on these.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use marsad::app::MarsadApp;
use marsad::app::settings::{Panels, Settings};

/// The real app on `path`, run until the article has opened.
pub fn harness(path: PathBuf) -> Harness<'static, MarsadApp> {
    harness_sized(path, egui::vec2(1000.0, 700.0))
}

/// The same, in a window of `size`, with only the article (no side panels), as the view
/// tests measure it.
pub fn harness_sized(path: PathBuf, size: egui::Vec2) -> Harness<'static, MarsadApp> {
    let settings = Settings {
        panels: Panels {
            lists: false,
            inspector: false,
            claims: false,
        },
        ..Settings::default()
    };
    harness_with(path, size, settings)
}

/// The real app on `path` in a window of `size` with `settings`, run until the article has
/// opened.
pub fn harness_with(
    path: PathBuf,
    size: egui::Vec2,
    settings: Settings,
) -> Harness<'static, MarsadApp> {
    let theme = if settings.theme == marsad::app::settings::Theme::Light {
        egui::Theme::Light
    } else {
        egui::Theme::Dark
    };
    let mut harness = Harness::builder()
        .with_size(size)
        // The harness sets its theme after the app is made; give it the settings' one.
        .with_theme(theme)
        // Frames a sixtieth of a second apart, as on a screen: two clicks are a double-click.
        .with_step_dt(1.0 / 60.0)
        // Tooltips fade in over a few frames.
        .with_max_steps(30)
        .build_eframe(move |cc| MarsadApp::with_settings(&cc.egui_ctx, Some(path), settings));
    // One frame at a time: the spinner asks for frames as long as loading runs.
    until_within(
        &mut harness,
        "the article to open",
        Duration::from_secs(20),
        |app| !app.is_loading(),
    );
    harness
}

/// Presses a key and runs until the window settles (or a spinner keeps it busy).
pub fn key(harness: &mut Harness<'_, MarsadApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_ok();
}

/// The file name of the open article, if one is open.
pub fn open_name(app: &MarsadApp) -> Option<String> {
    let path = &app.opened()?.article.path;
    Some(path.file_name()?.to_string_lossy().into_owned())
}

/// The open article's annotations.
pub fn document<'h>(harness: &'h Harness<'_, MarsadApp>) -> &'h marsad::model::Document {
    harness.state().workspace().unwrap().session().document()
}

/// Code point offset of the first occurrence of `needle` in `text`.
pub fn offset(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].chars().count()
}

/// A point just inside the right edge of the character at `offset` (right-to-left text): the
/// caret nearest to it is the one before that character.
pub fn before_rtl_char(harness: &mut Harness<'_, MarsadApp>, offset: usize) -> Pos2 {
    let ctx = harness.ctx.clone();
    let rects = harness
        .state_mut()
        .view_mut()
        .unwrap()
        .screen_rects(&ctx, offset..offset + 1);
    let r = rects
        .first()
        .copied()
        .unwrap_or_else(|| panic!("character {offset} is not on screen"));
    pos2(r.right() - 1.0, r.center().y)
}

pub fn drag(harness: &mut Harness<'_, MarsadApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    let mid = from + (to - from) * 0.5;
    for p in [from + egui::vec2(-8.0, 0.0), mid, to] {
        harness.hover_at(p);
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

pub fn full(path: PathBuf) -> Harness<'static, MarsadApp> {
    harness_with(path, egui::vec2(1280.0, 900.0), Settings::default())
}

/// Steps frames until `done` holds, for at most ten seconds.
pub fn until(harness: &mut Harness<'_, MarsadApp>, what: &str, done: impl Fn(&MarsadApp) -> bool) {
    until_within(harness, what, Duration::from_secs(10), done);
}

/// Steps frames until `done` holds, for at most `limit` (then fails naming `what`), and runs
/// until the window settles.
pub fn until_within(
    harness: &mut Harness<'_, MarsadApp>,
    what: &str,
    limit: Duration,
    done: impl Fn(&MarsadApp) -> bool,
) {
    let deadline = Instant::now() + limit;
    while !done(harness.state()) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

/// Steps frames until the autosave has written every change.
pub fn until_saved(harness: &mut Harness<'_, MarsadApp>) {
    until(harness, "the autosave", |app| {
        !app.is_saving() && !app.workspace().unwrap().session().is_dirty()
    });
}

/// A copy of the sample as `a.txt` in `dir`, open in the full window, with الرملة tagged as a
/// location and not yet saved; the article path and text.
pub fn tagged_sample(dir: &Path) -> (Harness<'static, MarsadApp>, PathBuf, String) {
    let path = copy_sample(dir, "a.txt");
    let mut harness = full(path.clone());
    let text = harness.state().opened().unwrap().article.text.clone();
    tag_word(&mut harness, &text, "الرملة", Key::L);
    (harness, path, text)
}

/// Double-clicks the word `needle` and presses `key`.
pub fn tag_word(harness: &mut Harness<'_, MarsadApp>, text: &str, needle: &str, key: Key) {
    let at = before_rtl_char(harness, offset(text, needle) + 1);
    clicks(harness, at, Modifiers::NONE, 2);
    harness.key_press(key);
    harness.run();
}

pub fn copy_sample(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    path
}

/// Asserts that some text in the window contains `text`, and shows what the window says when
/// none does.
pub fn shows(harness: &Harness<'_, MarsadApp>, text: &str) {
    if harness.query_all_by_label_contains(text).next().is_none() {
        let said: Vec<String> = harness
            .query_all_by_label_contains("")
            .filter_map(|n| n.accesskit_node().label())
            .filter(|l| l.len() > 20)
            .map(|l| l.chars().take(300).collect())
            .collect();
        panic!("nothing in the window says {text:?}; it says: {said:#?}");
    }
}

/// `count` clicks at `at` in quick succession (2 is a double-click, 3 a triple-click).
pub fn clicks(harness: &mut Harness<'_, MarsadApp>, at: Pos2, modifiers: Modifiers, count: usize) {
    harness.hover_at(at);
    harness.run();
    harness.event(egui::Event::ModifiersChanged(modifiers));
    for _ in 0..count {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers,
            });
            harness.step();
        }
    }
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
}

/// Selects `needle` (its first occurrence in `text`) as a keyboard selection would, and
/// carries out `action` on it, then lets the window draw.
pub fn select_and(
    harness: &mut Harness<'_, MarsadApp>,
    text: &str,
    needle: &str,
    action: marsad::app::actions::Action,
) {
    let start = offset(text, needle);
    let app = harness.state_mut();
    app.view_mut().unwrap().selection = Some(marsad::app::view::Selection {
        anchor: start,
        cursor: start + needle.chars().count(),
    });
    app.submit(marsad::app::Request::Action(action)).unwrap();
    harness.run();
}

/// Empties the path field labelled `label` (a temporary folder's name differs on every run,
/// so a snapshot must not show it) and moves the pointer off the window's widgets.
pub fn clear_path_field(harness: &mut Harness<'_, MarsadApp>, label: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    harness.key_press(Key::Escape);
    harness.hover_at(pos2(640.0, 890.0));
    harness.run();
}
