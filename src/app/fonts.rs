//! Fonts embedded from `fonts/`: never looked up on the system, so every machine renders alike.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// A bundled face the reader can choose for the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    /// The family name used in `FontFamily::Name`.
    pub family: &'static str,
    /// What the menu shows.
    pub label: &'static str,
}

/// The article faces, the default first.
pub const FACES: &[Face] = &[
    Face {
        family: "Amiri",
        label: "Amiri (Naskh)",
    },
    Face {
        family: "Noto Sans Arabic",
        label: "Noto Sans Arabic (Sans)",
    },
];

/// The default article family.
pub const ARTICLE_FAMILY: &str = "Amiri";

const AMIRI: &[u8] = include_bytes!("../../fonts/Amiri-Regular.ttf");
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../fonts/NotoSansArabic-Regular.ttf");
const NOTO_SANS: &[u8] = include_bytes!("../../fonts/NotoSans-Regular.ttf");

/// Font definitions: each article family is its face, then the faces that fill its gaps, then
/// egui's defaults (emoji); Amiri also backs egui's own families so Arabic in the interface
/// renders.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("Amiri", AMIRI),
        ("Noto Sans Arabic", NOTO_SANS_ARABIC),
        ("Noto Sans", NOTO_SANS),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |faces: &[&str]| {
        let mut list: Vec<String> = faces.iter().map(|s| (*s).to_owned()).collect();
        list.extend(defaults.iter().cloned());
        list
    };
    fonts
        .families
        .insert(FontFamily::Name("Amiri".into()), chain(&["Amiri"]));
    fonts.families.insert(
        FontFamily::Name("Noto Sans Arabic".into()),
        chain(&["Noto Sans Arabic", "Noto Sans", "Amiri"]),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("Amiri".to_owned());
    }
    fonts
}

/// Installs the bundled fonts in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
