//! What a frame paints: selection and mention fills, the galleys of the text, claim
//! underlines.

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Galley, Pos2, Rect, pos2};

use super::{ArticleView, Drawing, EguiShaper, Layout, MARGIN, Mark};
use crate::model::AnnotationKind;

impl ArticleView {
    /// Where to paint: selection and mention fills, galleys, claim underlines.
    pub(super) fn shapes(
        &mut self,
        ctx: &egui::Context,
        visible: &[(usize, Layout)],
        origin: Pos2,
        drawing: &Drawing<'_>,
    ) -> Shapes {
        let &Drawing {
            style,
            font,
            line_height,
            source,
        } = drawing;
        let selection = self.selection.map(|s| s.range()).filter(|r| !r.is_empty());
        let mut shapes = Shapes::default();
        let mut touching = Vec::new();
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, font.clone());
            for (index, layout) in visible {
                let chars = self.cache.slots[*index].chars.clone();
                let top = origin.y + self.cache.top(*index);
                let left = origin.x + MARGIN;
                let local = |r: &Range<usize>| {
                    r.start.clamp(chars.start, chars.end) - chars.start
                        ..r.end.clamp(chars.start, chars.end) - chars.start
                };
                let band = |line: usize, x0: f32, x1: f32, from: f32, to: f32| {
                    let y = top + line as f32 * line_height;
                    Rect::from_min_max(pos2(left + x0, y + from), pos2(left + x1, y + to))
                };
                if let Some(sel) = &selection {
                    for (line, x0, x1) in layout.rects(local(sel), &mut shaper) {
                        shapes
                            .fills
                            .push((band(line, x0, x1, 0.0, line_height), style.selection));
                    }
                }
                touching.clear();
                source.touching(chars.clone(), &mut touching);
                for h in &touching {
                    for (line, x0, x1) in layout.rects(local(&h.range), &mut shaper) {
                        let mention = band(line, x0, x1, 2.0, line_height - 4.0);
                        let underline = band(line, x0, x1, line_height - 4.0, line_height - 1.0);
                        match h.mark {
                            Mark::Annotation(AnnotationKind::Actor) => {
                                shapes.fills.push((mention, style.actor));
                            }
                            Mark::Annotation(AnnotationKind::Location) => {
                                shapes.fills.push((mention, style.location));
                            }
                            Mark::Annotation(AnnotationKind::Claim) => {
                                shapes.underlines.push((underline, style.claim));
                            }
                            Mark::Found => shapes.fills.push((mention, style.found)),
                            Mark::Current => shapes.fills.push((mention, style.current)),
                            Mark::Offered => shapes.dashed.push(mention),
                        }
                        if h.selected {
                            let outlined = if h.mark == Mark::Annotation(AnnotationKind::Claim) {
                                band(line, x0, x1, 1.0, line_height - 1.0)
                            } else {
                                mention
                            };
                            shapes.outlines.push(outlined.expand(1.0));
                        }
                    }
                }
                for (n, line) in layout.lines.iter().enumerate() {
                    let y = top + n as f32 * line_height + (line_height - row_of(line)) / 2.0;
                    for piece in &line.pieces {
                        shapes
                            .galleys
                            .push((pos2(left + line.x + piece.x, y), piece.shaped.clone()));
                    }
                }
            }
        });
        shapes
    }
}

/// What one frame paints, in order.
#[derive(Default)]
pub(super) struct Shapes {
    pub fills: Vec<(Rect, Color32)>,
    pub galleys: Vec<(Pos2, Arc<Galley>)>,
    pub underlines: Vec<(Rect, Color32)>,
    /// The selected annotation's outline.
    pub outlines: Vec<Rect>,
    /// Mentions offered for tagging, outlined with a dashed line.
    pub dashed: Vec<Rect>,
}

fn row_of(line: &crate::text::Line<Arc<Galley>>) -> f32 {
    line.pieces
        .iter()
        .map(|p| p.shaped.size().y)
        .fold(0.0, f32::max)
}
