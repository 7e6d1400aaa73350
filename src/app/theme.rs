//! Design tokens: the colours of the article view, for dark and light themes. Colour literals
//! live here and nowhere else in the interface.

use egui::Color32;

use super::settings::Settings;
use super::view::ViewStyle;

/// Colours for one theme.
struct Tokens {
    text: Color32,
    actor: Color32,
    location: Color32,
    claim: Color32,
    found: Color32,
    current: Color32,
    outline: Color32,
}

const DARK: Tokens = Tokens {
    text: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    actor: Color32::from_rgba_premultiplied(0x1F, 0x4E, 0x8C, 0x90),
    location: Color32::from_rgba_premultiplied(0x1E, 0x6B, 0x3A, 0x90),
    claim: Color32::from_rgb(0xE0, 0x9A, 0x2B),
    found: Color32::from_rgba_premultiplied(0x6B, 0x5A, 0x10, 0xA0),
    current: Color32::from_rgba_premultiplied(0xB0, 0x6A, 0x00, 0xD0),
    outline: Color32::from_rgb(0xF2, 0xF2, 0xF2),
};

const LIGHT: Tokens = Tokens {
    text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
    // Unmultiplied: these must show on white.
    actor: Color32::from_rgba_unmultiplied_const(0x4A, 0x8F, 0xE0, 0x78),
    location: Color32::from_rgba_unmultiplied_const(0x3C, 0xAE, 0x5C, 0x78),
    claim: Color32::from_rgb(0xC2, 0x6A, 0x00),
    found: Color32::from_rgba_unmultiplied_const(0xF5, 0xD0, 0x2A, 0x90),
    current: Color32::from_rgba_unmultiplied_const(0xFF, 0x8C, 0x1A, 0xB0),
    outline: Color32::from_rgb(0x20, 0x20, 0x20),
};

/// The article view's style for the current visuals and the reader's settings.
pub fn view_style(visuals: &egui::Visuals, settings: &Settings) -> ViewStyle {
    let tokens = if visuals.dark_mode { &DARK } else { &LIGHT };
    ViewStyle {
        family: settings.family.clone(),
        size: settings.size,
        line_spacing: settings.line_spacing,
        show_controls: settings.show_controls,
        snap_words: settings.snap_words,
        text: tokens.text,
        selection: visuals.selection.bg_fill,
        actor: tokens.actor,
        location: tokens.location,
        claim: tokens.claim,
        found: tokens.found,
        current: tokens.current,
        outline: tokens.outline,
    }
}
