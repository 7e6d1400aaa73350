//! The layout engine's shaper backed by egui's fonts: galleys measure and later paint pieces.

use std::sync::Arc;

use egui::epaint::text::FontsView;
use egui::{Color32, FontFamily, FontId, Galley};

use super::fonts;
use crate::text::Shaper;

/// Shapes with egui. Galleys use the placeholder colour so the painter chooses the colour.
pub struct EguiShaper<'a, 'b> {
    fonts: &'a mut FontsView<'b>,
    font: FontId,
}

impl<'a, 'b> EguiShaper<'a, 'b> {
    /// A shaper for `font` over a frame's fonts.
    pub fn new(fonts: &'a mut FontsView<'b>, font: FontId) -> Self {
        Self { fonts, font }
    }

    /// The height of one line.
    pub fn row_height(&mut self) -> f32 {
        self.fonts.row_height(&self.font)
    }
}

impl Shaper for EguiShaper<'_, '_> {
    type Shaped = Arc<Galley>;

    fn shape(&mut self, text: &str) -> (f32, Arc<Galley>) {
        let galley =
            self.fonts
                .layout_no_wrap(text.to_owned(), self.font.clone(), Color32::PLACEHOLDER);
        (galley.size().x, galley)
    }

    fn carets(
        &mut self,
        text: &str,
        shaped: &Arc<Galley>,
        rtl: bool,
        width: f32,
    ) -> Option<Vec<(usize, f32)>> {
        if rtl {
            return fonts::face_shaper(&self.font.family)?.carets(text, width);
        }
        // Left to right, egui lays out one glyph per character, in order.
        let glyphs: Vec<_> = shaped
            .rows
            .iter()
            .flat_map(|r| r.row.glyphs.iter())
            .collect();
        if glyphs.len() != text.chars().count() {
            return None;
        }
        let mut out: Vec<(usize, f32)> = text
            .char_indices()
            .zip(&glyphs)
            .map(|((b, _), g)| (b, g.pos.x))
            .collect();
        out.push((text.len(), width));
        Some(out)
    }
}

/// The article font at `size` points.
pub fn article_font(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(fonts::ARTICLE_FAMILY.into()))
}

/// An egui context with the bundled fonts loaded, for work without a window.
pub fn headless_context() -> egui::Context {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    // Fonts take effect at the start of a frame; nothing is drawn, so nothing is uploaded.
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .drop_without_applying_deltas();
    ctx
}

/// How many times egui's font atlas has been reset, as far as this frame can tell (its fill
/// dropped since the last frame): galleys kept from before a reset point at stale glyphs.
pub fn atlas_generation(ctx: &egui::Context) -> u64 {
    let id = egui::Id::unique("marsad font atlas generation");
    #[allow(clippy::redundant_closure_for_method_calls)] // the method path does not type-check
    let fill = ctx.fonts(|f| f.font_atlas_fill_ratio());
    ctx.data_mut(|d| {
        let (last, generation) = d.get_temp::<(f32, u64)>(id).unwrap_or((0.0, 0));
        let generation = if fill < last {
            generation + 1
        } else {
            generation
        };
        d.insert_temp(id, (fill, generation));
        generation
    })
}
