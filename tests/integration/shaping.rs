//! What egui draws agrees with the engine's visual order: every left-to-right piece is drawn
//! in logical order. Regression: Arabic-Indic and Persian digits (١٢, ۱۴۰۲) were shaped as
//! right-to-left text by egui and drawn reversed (٢١) although the engine placed them right.

use marsad::app::shaper::{EguiShaper, article_font, headless_context};
use marsad::text::{LayoutOptions, layout_paragraph};

use crate::common::fixtures;

#[test]
fn left_to_right_pieces_are_drawn_in_logical_order() {
    let lines = std::fs::read_to_string(fixtures().join("bidi/lines.txt")).unwrap();
    let harakat = std::fs::read_to_string(fixtures().join("rtl/harakat-persian.txt")).unwrap();
    let ctx = headless_context();
    let options = LayoutOptions {
        max_width: f32::INFINITY,
        show_controls: false,
        neutral_rtl: false,
        rtl: None,
    };
    let mut checked = 0;
    ctx.fonts_mut(|fonts| {
        let mut shaper = EguiShaper::new(fonts, article_font(22.0));
        for line in lines.lines().chain(harakat.lines()) {
            let layout = layout_paragraph(line, &options, &mut shaper);
            for piece in layout
                .lines
                .iter()
                .flat_map(|l| &l.pieces)
                .filter(|p| !p.rtl && !p.control)
            {
                let mut glyphs: Vec<_> = piece
                    .shaped
                    .rows
                    .iter()
                    .flat_map(|r| r.row.glyphs.iter())
                    .collect();
                glyphs.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
                let drawn: String = glyphs
                    .iter()
                    .map(|g| g.chr)
                    .filter(|c| !c.is_whitespace())
                    .collect();
                let logical: String = piece.text.chars().filter(|c| !c.is_whitespace()).collect();
                assert_eq!(drawn, logical, "piece {:?} of line {line}", piece.text);
                checked += 1;
            }
        }
    });
    assert!(checked > 80, "{checked} pieces checked");
}

/// Carets inside shaped Arabic words come from the glyph clusters: they start at the word's
/// right edge, end at its left edge, and never go backwards, through joined letters, harakat
/// and lam-alef ligatures.
#[test]
fn carets_inside_arabic_words_follow_the_glyphs() {
    use marsad::text::Shaper as _;
    let lines = std::fs::read_to_string(fixtures().join("rtl/harakat-persian.txt")).unwrap();
    let ctx = headless_context();
    let options = LayoutOptions {
        max_width: f32::INFINITY,
        show_controls: false,
        neutral_rtl: true,
        rtl: None,
    };
    let mut checked = 0;
    ctx.fonts_mut(|fonts| {
        let mut shaper = EguiShaper::new(fonts, article_font(22.0));
        for line in lines.lines().chain(["لا إلا الاتفاق بالرملة"]) {
            let layout = layout_paragraph(line, &options, &mut shaper);
            for piece in layout
                .lines
                .iter()
                .flat_map(|l| &l.pieces)
                .filter(|p| p.rtl && p.text.chars().count() > 1)
            {
                let carets = shaper
                    .carets(&piece.text, &piece.shaped, true, piece.width)
                    .unwrap_or_else(|| panic!("no carets for {}", piece.text));
                assert_eq!(carets.first(), Some(&(0, 0.0)));
                assert_eq!(carets.last().map(|c| c.0), Some(piece.text.len()));
                assert!((carets.last().unwrap().1 - piece.width).abs() < 0.01);
                assert!(
                    carets.windows(2).all(|w| w[0].1 <= w[1].1),
                    "{}: {carets:?}",
                    piece.text
                );
                checked += 1;
            }
        }
    });
    assert!(checked > 40, "{checked} words checked");
}

/// The x of the first glyph drawn for character `c` in a galley.
fn x_of(galley: &egui::Galley, c: char) -> f32 {
    galley
        .rows
        .iter()
        .flat_map(|r| r.row.glyphs.iter())
        .find(|g| g.chr == c)
        .map_or_else(|| panic!("{c} is not drawn"), |g| g.pos.x)
}

#[test]
fn widget_text_for_egui_widgets_is_in_bidi_order() {
    // One galley for a combo box, a menu entry, a tooltip or a window title: the Arabic words
    // of «قال المتحدث» read right to left inside an English sentence.
    let ctx = headless_context();
    let mut galley = None;
    let output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let text = marsad::app::view::bidi_widget_text(ui, "1 mention of «قال المتحدث» here");
        galley = Some(text.into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        ));
    });
    output.drop_without_applying_deltas();
    let galley = galley.unwrap();
    let (qaf, teh, h) = (x_of(&galley, 'ق'), x_of(&galley, 'ت'), x_of(&galley, 'h'));
    assert!(teh < qaf, "المتحدث is left of قال: {teh} {qaf}");
    assert!(
        x_of(&galley, 'm') < teh && qaf < h,
        "the English reads left to right around it"
    );
}
