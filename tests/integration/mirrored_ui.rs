//! The interface language: in Arabic the window mirrors (the lists on the right, the
//! inspector on the left, the menu bar from the right); View → Language switches it and keeps the choice; snapshots of the main
//! window in both languages and both themes.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::MarsadApp;
use marsad::app::actions::Action;
use marsad::app::settings::{Settings, Theme};
use marsad::i18n::{Language, Strings};

use crate::ui::{clear_path_field, copy_sample, harness_with, offset, select_and, until_saved};

const ACTOR: &str = "العقيد سامر الحلبي";
const CLAIM: &str = "إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به»";

/// The sample in a 1280×900 window in `language` and `theme`, with an actor and a claim
/// tagged (the claim selected) and saved.
fn tagged(dir: &std::path::Path, language: Language, theme: Theme) -> Harness<'static, MarsadApp> {
    let path = copy_sample(dir, "hudna.txt");
    let settings = Settings {
        language: Some(language),
        theme,
        ..Settings::default()
    };
    let mut harness = harness_with(path, egui::vec2(1280.0, 900.0), settings);
    let text = harness.state().opened().unwrap().article.text.clone();
    for (needle, action) in [(ACTOR, Action::TagActor), (CLAIM, Action::TagClaim)] {
        select_and(&mut harness, &text, needle, action);
    }
    until_saved(&mut harness);
    harness
}

fn centre_x(harness: &Harness<'_, MarsadApp>, label: &str) -> f32 {
    harness.get_by_label(label).rect().center().x
}

#[test]
fn in_arabic_the_lists_are_on_the_right_the_inspector_on_the_left_and_menus_run_from_the_right() {
    for language in [Language::Ar, Language::En] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = tagged(dir.path(), language, Theme::Light);
        let strings = Strings::new(language);
        // The entity's row in the lists, the inspector's quote of the selected claim, and
        // the article's own text between them.
        let lists = centre_x(&harness, &format!("{ACTOR} (1)"));
        let inspector = centre_x(&harness, &format!("«{CLAIM}»"));
        let text = harness.state().opened().unwrap().article.text.clone();
        let start = offset(&text, ACTOR);
        let ctx = harness.ctx.clone();
        let view = harness
            .state_mut()
            .view_mut()
            .unwrap()
            .screen_rects(&ctx, start..start + 3)[0]
            .center()
            .x;
        let (file, edit, help) = (
            centre_x(&harness, &strings.get("menu-file")),
            centre_x(&harness, &strings.get("menu-edit")),
            centre_x(&harness, &strings.get("menu-help")),
        );
        if language == Language::Ar {
            assert!(
                lists > view && view > inspector,
                "{lists} {view} {inspector}"
            );
            assert!(file > edit && edit > help, "{file} {edit} {help}");
            assert!(file > 1100.0, "File is at the right edge: {file}");
        } else {
            assert!(
                lists < view && view < inspector,
                "{lists} {view} {inspector}"
            );
            assert!(file < edit && edit < help, "{file} {edit} {help}");
            assert!(file < 100.0, "File is at the left edge: {file}");
        }
    }
}

#[test]
fn view_language_switches_the_window_to_arabic_and_keeps_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "hudna.txt");
    let settings = Settings {
        language: Some(Language::En),
        ..Settings::default()
    };
    let mut harness = harness_with(path, egui::vec2(1280.0, 900.0), settings);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("العربية").click();
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Language::Ar));
    let ar = Strings::new(Language::Ar);
    harness.get_by_label(&ar.get("menu-file"));
    assert!(harness.query_by_label("File").is_none());
    // Kept with the settings, and read back from them on the next run.
    let kept = ron::to_string(&harness.state().settings).unwrap();
    let back: Settings = ron::from_str(&kept).unwrap();
    assert_eq!(back.language, Some(Language::Ar));
    // And back to English from the Arabic menu.
    harness.get_by_label(&ar.get("menu-view")).click();
    harness.run();
    // In Arabic the radio button is drawn at the right of its label, which is its own node.
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "English")
        .click();
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Language::En));
    harness.get_by_label("File");
}

#[test]
fn settings_without_a_language_open_in_english_whatever_the_machine_says() {
    // Tests never read the machine's locale: only `run` does, on a first run.
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "hudna.txt");
    let harness = harness_with(path, egui::vec2(1000.0, 700.0), Settings::default());
    assert_eq!(harness.state().settings.language, None);
    harness.get_by_label("File");
}

fn main_window_snapshot(language: Language, theme: Theme, name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = tagged(dir.path(), language, theme);
    clear_path_field(
        &mut harness,
        &Strings::new(language).get("top-article-path"),
    );
    harness.snapshot(name);
}

#[test]
fn main_window_in_arabic_light_snapshot() {
    main_window_snapshot(Language::Ar, Theme::Light, "main_window_ar_light");
}

#[test]
fn main_window_in_arabic_dark_snapshot() {
    main_window_snapshot(Language::Ar, Theme::Dark, "main_window_ar_dark");
}

#[test]
fn main_window_in_english_light_snapshot() {
    main_window_snapshot(Language::En, Theme::Light, "main_window_en_light");
}

#[test]
fn main_window_in_english_dark_snapshot() {
    main_window_snapshot(Language::En, Theme::Dark, "main_window_en_dark");
}
