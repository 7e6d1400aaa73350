//! The article view: the laid-out article, virtualized and cached, with mouse and keyboard
//! selection and annotation highlights. Geometry comes from [`crate::text`]; this module only
//! paints it and turns pointer positions into article offsets.

mod cache;
mod highlights;
mod label;
mod paint;
mod pointer;
mod selection;

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, FontFamily, FontId, Galley, Pos2, Rect, Sense, pos2, vec2};

pub use cache::{Geometry, LayoutCache, LayoutKey};
pub use highlights::{ArticleHighlights, HighlightList, HighlightSource};
pub use label::{
    bidi_cell, bidi_colored, bidi_galley, bidi_label, bidi_selectable, bidi_widget_text,
    bidi_widget_text_ctx,
};
pub use selection::Selection;

use super::shaper::EguiShaper;
use crate::model::{AnnotationId, AnnotationKind};
use crate::text::{Affinity, LayoutOptions, ParagraphLayout, layout_paragraph, mostly_rtl};

/// Space around the text, in points.
const MARGIN: f32 = 18.0;

/// How the article is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewStyle {
    /// The font family (one of the bundled faces).
    pub family: String,
    /// Font size in points.
    pub size: f32,
    /// Line height as a multiple of the font's row height.
    pub line_spacing: f32,
    /// Show invisible bidi controls as marks.
    pub show_controls: bool,
    /// A mouse selection widens to whole words.
    pub snap_words: bool,
    /// Text colour.
    pub text: Color32,
    /// Selection fill.
    pub selection: Color32,
    /// Fill of actor mentions.
    pub actor: Color32,
    /// Fill of location mentions.
    pub location: Color32,
    /// Underline band of claims.
    pub claim: Color32,
    /// Fill of search matches.
    pub found: Color32,
    /// Fill of the current search match.
    pub current: Color32,
    /// Outline of the selected annotation and of mentions offered for tagging.
    pub outline: Color32,
}

/// How a highlight is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// An annotation of this kind: mentions are filled, claims underlined.
    Annotation(AnnotationKind),
    /// A search match.
    Found,
    /// The current search match.
    Current,
    /// A mention offered by "tag all occurrences": outlined with a dashed line.
    Offered,
}

/// A span to highlight, in article code points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// The characters.
    pub range: Range<usize>,
    /// How it is drawn.
    pub mark: Mark,
    /// The annotation it shows, if any.
    pub id: Option<AnnotationId>,
    /// Drawn with an outline: the selected annotation.
    pub selected: bool,
}

/// What happened in the view this frame.
#[derive(Clone, Debug, Default)]
pub struct ViewOutput {
    /// The selection changed.
    pub selection_changed: bool,
    /// Highlights under the pointer, innermost first.
    pub hovered: Vec<Highlight>,
    /// The character clicked (a press and release without a drag), if any.
    pub clicked: Option<usize>,
    /// The text area's response, for tooltips and the context menu.
    pub response: Option<egui::Response>,
}

/// The view's state for one article.
pub struct ArticleView {
    text: Arc<str>,
    cache: LayoutCache,
    neutral_rtl: bool,
    /// The selection, if any.
    pub selection: Option<Selection>,
    pending_offset: Option<f32>,
    /// Where the last frame put the content's top-left corner, and with what font and line
    /// height: enough to answer where a character is on screen.
    last_frame: Option<(Pos2, FontId, f32)>,
    /// The content height at the top of the viewport last frame.
    last_top: f32,
    /// Spans to highlight when the view is shown on its own ([`Self::ui`]).
    highlights: HighlightList,
    /// egui's font atlas fill last frame (a drop means it was reset) and resets seen.
    atlas: (f32, u64),
    /// A character to bring into view on the next frame.
    pending_reveal: Option<usize>,
    /// The viewport height last frame.
    last_height: f32,
    /// The side the caret sticks to after a key moved it, with the offset it applies to (a
    /// click or a drag puts the caret elsewhere and the side is forgotten).
    caret_affinity: (usize, Affinity),
    /// Where the mouse selection being made was pressed, before snapping to words.
    press: Option<usize>,
}

/// What one frame draws with.
#[derive(Clone, Copy)]
struct Drawing<'a> {
    style: &'a ViewStyle,
    font: &'a FontId,
    line_height: f32,
    source: &'a dyn HighlightSource,
}

/// Paragraph layouts kept beyond this many are dropped, farthest from the viewport first.
const MAX_CACHED_PARAGRAPHS: usize = 1_000;

type Layout = Arc<ParagraphLayout<Arc<Galley>>>;

impl ArticleView {
    /// A view of `text`. Nothing is laid out until it is shown.
    pub fn new(text: &str) -> Self {
        Self {
            cache: LayoutCache::new(text),
            neutral_rtl: mostly_rtl(text),
            text: Arc::from(text),
            selection: None,
            pending_offset: None,
            last_frame: None,
            last_top: 0.0,
            atlas: (0.0, 0),
            highlights: HighlightList::default(),
            pending_reveal: None,
            last_height: 0.0,
            caret_affinity: (0, Affinity::Downstream),
            press: None,
        }
    }

    /// Scrolls, on the next frame, so that character `offset` is in view (a third of the way
    /// down), unless it already is.
    pub fn reveal(&mut self, offset: usize) {
        self.pending_reveal = Some(offset);
    }

    /// Where character `offset` is, in content height, as far as the layout is known.
    fn y_of(&mut self, offset: usize) -> f32 {
        let p = self.cache.paragraph_of(offset);
        let line_height = self.cache.key().map_or(0.0, |k| k.geometry.line_height);
        let start = self.cache.slots[p].chars.start;
        let local = offset - start;
        let line = self.cache.get(p).map_or(0, |layout| {
            layout
                .lines
                .iter()
                .position(|l| local < l.chars.end)
                .unwrap_or(0)
        });
        self.cache.top(p) + line as f32 * line_height
    }

    /// Sets the spans [`Self::ui`] highlights (a view shown on its own).
    pub fn set_highlights(&mut self, highlights: Vec<Highlight>) {
        self.highlights = HighlightList::new(highlights);
    }

    /// Scrolls so that content height `y` is at the top of the view on the next frame.
    pub fn scroll_to(&mut self, y: f32) {
        self.pending_offset = Some(y.max(0.0));
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The selected characters, if any are selected (not just a caret).
    pub fn selected_range(&self) -> Option<Range<usize>> {
        self.selection.map(|s| s.range()).filter(|r| !r.is_empty())
    }

    /// The selected text, if any.
    pub fn selected_text(&self) -> Option<&str> {
        let range = self.selected_range()?;
        let start = self.byte_of(range.start);
        let end = self.byte_of(range.end);
        Some(&self.text[start..end])
    }

    /// Number of paragraphs laid out and cached (for tests and benchmarks).
    pub fn cached_paragraphs(&self) -> usize {
        (0..self.cache.slots.len())
            .filter(|&i| self.cache.get(i).is_some())
            .count()
    }

    fn byte_of(&self, offset: usize) -> usize {
        let p = self.cache.paragraph_of(offset);
        let slot = &self.cache.slots[p];
        let text = &self.text[slot.bytes.clone()];
        slot.bytes.start
            + text
                .char_indices()
                .nth(offset - slot.chars.start)
                .map_or(text.len(), |(b, _)| b)
    }

    fn font(style: &ViewStyle) -> FontId {
        FontId::new(style.size, FontFamily::Name(style.family.as_str().into()))
    }

    /// Lays out paragraph `index` unless cached; returns the layout and the height change.
    fn ensure(&mut self, ctx: &egui::Context, index: usize, font: &FontId) -> (Layout, f32) {
        if let Some(layout) = self.cache.get(index) {
            return (layout, 0.0);
        }
        let options = self.cache.key().map_or(
            LayoutOptions {
                max_width: f32::INFINITY,
                show_controls: false,
                neutral_rtl: self.neutral_rtl,
                rtl: None,
            },
            |k| k.geometry.options,
        );
        let slot = &self.cache.slots[index];
        let options = LayoutOptions {
            rtl: slot.rtl,
            ..options
        };
        let text = &self.text[slot.bytes.clone()];
        let layout = Arc::new(ctx.fonts_mut(|fonts| {
            layout_paragraph(text, &options, &mut EguiShaper::new(fonts, font.clone()))
        }));
        let delta = self.cache.insert(index, Arc::clone(&layout));
        (layout, delta)
    }

    /// Shows the view filling the available space.
    pub fn ui(&mut self, ui: &mut egui::Ui, style: &ViewStyle) -> ViewOutput {
        let highlights = std::mem::take(&mut self.highlights);
        let output = self.ui_with(ui, style, &highlights);
        self.highlights = highlights;
        output
    }

    /// Shows the view with the highlights `source` gives for what is on screen.
    pub fn ui_with(
        &mut self,
        ui: &mut egui::Ui,
        style: &ViewStyle,
        source: &dyn HighlightSource,
    ) -> ViewOutput {
        let ctx = ui.ctx().clone();
        let font = Self::font(style);
        let row = ctx.fonts_mut(|f| f.row_height(&font));
        let line_height = (row * style.line_spacing).round();
        let full_width = ui.available_width();
        let width = (full_width - 2.0 * MARGIN - ui.spacing().scroll.bar_width).max(80.0);
        #[allow(clippy::redundant_closure_for_method_calls)] // the method path does not type-check
        let fill = ctx.fonts(|f| f.font_atlas_fill_ratio());
        if fill < self.atlas.0 {
            self.atlas.1 += 1;
        }
        self.atlas.0 = fill;
        // Keep the paragraph at the top of the view in place when the geometry changes.
        let anchor = self.cache.key().is_some().then(|| {
            let p = self.cache.paragraph_at(self.last_top);
            let into = (self.last_top - self.cache.top(p)) / self.cache.height(p).max(1.0);
            (p, into)
        });
        let changed = self.cache.set_key(
            LayoutKey {
                geometry: Geometry {
                    width,
                    family: style.family.clone(),
                    size: style.size,
                    line_height,
                    options: LayoutOptions {
                        max_width: width,
                        show_controls: style.show_controls,
                        neutral_rtl: self.neutral_rtl,
                        rtl: None,
                    },
                },
                galleys: (ctx.pixels_per_point(), self.atlas.1),
            },
            style.size * 0.42,
        );
        if let Some((p, into)) = anchor.filter(|_| changed && self.pending_offset.is_none()) {
            self.pending_offset = Some(self.cache.top(p) + into * self.cache.height(p));
        }
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("article_view")
            .auto_shrink([false, false]);
        if let Some(offset) = self.pending_reveal.take() {
            let y = self.y_of(offset.min(self.len_chars().saturating_sub(1)));
            let line = self.cache.key().map_or(0.0, |k| k.geometry.line_height);
            let shown = self.last_top..self.last_top + self.last_height - line;
            if self.pending_offset.is_none() && !shown.contains(&y) {
                self.pending_offset = Some((y - self.last_height / 3.0).max(0.0));
            }
        }
        if let Some(offset) = self.pending_offset.take() {
            scroll = scroll.vertical_scroll_offset(offset);
        }
        let mut output = ViewOutput::default();
        scroll.show_viewport(ui, |ui, viewport| {
            let drawing = Drawing {
                style,
                font: &font,
                line_height,
                source,
            };
            self.contents(ui, viewport, &drawing, &mut output);
        });
        output
    }

    fn contents(
        &mut self,
        ui: &mut egui::Ui,
        viewport: Rect,
        drawing: &Drawing<'_>,
        output: &mut ViewOutput,
    ) {
        let &Drawing {
            style,
            font,
            line_height,
            source,
        } = drawing;
        let ctx = ui.ctx().clone();
        let (visible, adjust) = self.lay_out_visible(&ctx, viewport, font);
        let total = self.cache.total_height();
        let (rect, response) = ui.allocate_exact_size(
            vec2(ui.available_width(), total.max(viewport.height())),
            Sense::click_and_drag(),
        );
        if response.has_focus() {
            // Arrows and Escape edit the selection instead of moving focus.
            let filter = egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: true,
                ..Default::default()
            };
            ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
        }
        // Paint this frame as the corrected scroll offset will show the next one.
        let origin = rect.min - vec2(0.0, adjust);
        self.last_top = viewport.min.y + adjust;
        self.last_height = viewport.height();
        self.last_frame = Some((origin, font.clone(), line_height));
        // Screen readers (and UI tests) read the text on screen.
        // Built only when asked for (a screen reader or a test is listening).
        response.widget_info(|| {
            let on_screen: Vec<&str> = visible
                .iter()
                .map(|(i, _)| &self.text[self.cache.slots[*i].bytes.clone()])
                .collect();
            egui::WidgetInfo::labeled(egui::Role::Label, true, on_screen.join("\n"))
        });
        self.handle_pointer(ui, &response, (origin, font, style.snap_words), output);
        selection::handle_keys(self, ui, &response, output);
        let shapes = self.shapes(&ctx, &visible, origin, drawing);
        let painter = ui.painter_at(rect);
        for (r, c) in shapes.fills {
            painter.rect_filled(r, 2.0, c);
        }
        for (pos, galley) in shapes.galleys {
            painter.galley(pos, galley, style.text);
        }
        for (r, c) in shapes.underlines {
            painter.rect_filled(r, 1.0, c);
        }
        let stroke = egui::Stroke::new(2.0, style.outline);
        for r in shapes.outlines {
            painter.rect_stroke(r, 3.0, stroke, egui::StrokeKind::Outside);
        }
        for r in shapes.dashed {
            let corners = [
                r.left_top(),
                r.right_top(),
                r.right_bottom(),
                r.left_bottom(),
                r.left_top(),
            ];
            painter.extend(egui::Shape::dashed_line(&corners, stroke, 4.0, 3.0));
        }
        if let Some(pos) = response.hover_pos() {
            let under_pointer = self.char_at(&ctx, font, pos - origin.to_vec2());
            let mut under = Vec::new();
            if let Some(o) = under_pointer {
                source.touching(o..o + 1, &mut under);
            }
            under.sort_by_key(|h| h.range.len());
            output.hovered = under;
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            output.clicked = self.char_at(&ctx, font, pos - origin.to_vec2());
        }
        output.response = Some(response);
    }

    /// Lays out the paragraphs in the viewport, top to bottom. A paragraph that starts above
    /// the viewport and changes height moves the scroll offset with it, so the text on screen
    /// stays put.
    fn lay_out_visible(
        &mut self,
        ctx: &egui::Context,
        viewport: Rect,
        font: &FontId,
    ) -> (Vec<(usize, Layout)>, f32) {
        let mut visible = Vec::new();
        let mut index = self.cache.paragraph_at(viewport.min.y.max(0.0));
        let mut adjust = 0.0;
        while index < self.cache.slots.len() && self.cache.top(index) < viewport.max.y {
            let (layout, delta) = self.ensure(ctx, index, font);
            if self.cache.top(index) < viewport.min.y {
                adjust += delta;
            }
            visible.push((index, layout));
            index += 1;
        }
        if adjust != 0.0 {
            self.pending_offset = Some(viewport.min.y + adjust);
            ctx.request_repaint();
        }
        if let (Some(first), Some(last)) = (visible.first(), visible.last()) {
            self.cache
                .evict_far(first.0..last.0 + 1, MAX_CACHED_PARAGRAPHS);
        }
        (visible, adjust)
    }

    /// Screen rectangles covering article characters `range`, as last drawn (empty before the
    /// first frame or when the range is not laid out).
    pub fn screen_rects(&mut self, ctx: &egui::Context, range: Range<usize>) -> Vec<Rect> {
        let Some((origin, font, line_height)) = self.last_frame.clone() else {
            return Vec::new();
        };
        let index = self.cache.paragraph_of(range.start);
        let Some(layout) = self.cache.get(index) else {
            return Vec::new();
        };
        let chars = self.cache.slots[index].chars.clone();
        let top = origin.y + self.cache.top(index);
        let local = range.start.saturating_sub(chars.start)..range.end.min(chars.end) - chars.start;
        let extents = ctx.fonts_mut(|fonts| layout.rects(local, &mut EguiShaper::new(fonts, font)));
        extents
            .into_iter()
            .map(|(line, x0, x1)| {
                let y = top + line as f32 * line_height;
                Rect::from_min_max(
                    pos2(origin.x + MARGIN + x0, y),
                    pos2(origin.x + MARGIN + x1, y + line_height),
                )
            })
            .collect()
    }

    /// The content height at the top of the viewport in the last frame.
    pub fn scroll_top(&self) -> f32 {
        self.last_top
    }

    /// The article character drawn at a screen position in the last frame, if any.
    pub fn char_at_screen(&mut self, ctx: &egui::Context, pos: Pos2) -> Option<usize> {
        let (origin, font, _) = self.last_frame.clone()?;
        self.char_at(ctx, &font, pos - origin.to_vec2())
    }

    /// Line ranges (article code points) of the paragraph holding `offset`, if laid out.
    pub fn line_ranges(&self, offset: usize) -> Vec<Range<usize>> {
        let index = self.cache.paragraph_of(offset);
        let start = self.cache.slots[index].chars.start;
        self.cache.get(index).map_or_else(Vec::new, |layout| {
            layout
                .lines
                .iter()
                .map(|l| start + l.chars.start..start + l.chars.end)
                .collect()
        })
    }

    /// The paragraph bounds around an article offset.
    pub(crate) fn paragraph_bounds(&self, offset: usize) -> Range<usize> {
        self.cache.slots[self.cache.paragraph_of(offset)]
            .chars
            .clone()
    }

    /// Whether the paragraph holding `offset` reads right to left (from its layout if cached).
    pub(crate) fn is_rtl_at(&self, offset: usize) -> bool {
        let p = self.cache.paragraph_of(offset);
        self.cache.get(p).map_or(self.neutral_rtl, |l| l.rtl)
    }

    /// The article length in code points.
    pub(crate) fn len_chars(&self) -> usize {
        self.cache.slots.last().map_or(0, |s| s.chars.end)
    }
}
