//! Fonts embedded from `fonts/`: never looked up on the system, so every machine renders alike.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The family the article text is drawn in: Amiri first, then egui's defaults for anything
/// Amiri lacks (emoji).
pub const ARTICLE_FAMILY: &str = "article";

const AMIRI: &[u8] = include_bytes!("../../fonts/Amiri-Regular.ttf");

/// Font definitions with the bundled Arabic face: the article family, and Amiri as a fallback
/// in egui's proportional family so Arabic in the interface renders too.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("Amiri".to_owned(), Arc::new(FontData::from_static(AMIRI)));
    let proportional = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut article = vec!["Amiri".to_owned()];
    article.extend(proportional.iter().cloned());
    fonts
        .families
        .insert(FontFamily::Name(ARTICLE_FAMILY.into()), article);
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
