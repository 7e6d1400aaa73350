//! Interface text that may hold Arabic, laid out by the bidi engine, since egui's own labels
//! draw Arabic words in left-to-right order: labels, clickable rows and table cells drawn
//! here, and [`bidi_widget_text`], one line as a galley any egui widget takes (combo boxes,
//! menu entries, buttons, tooltips, window titles).

use std::sync::Arc;

use egui::{FontId, Sense, TextStyle, vec2};

use super::super::shaper::EguiShaper;
use crate::text::{LayoutOptions, layout_paragraph};

/// Shows `text` (one paragraph, wrapped at the available width) in the body font, in bidi
/// order. Screen readers get the text as the label.
pub fn bidi_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    bidi_text(ui, text, Sense::hover(), None, true)
}

/// A clickable row of text in bidi order, filled when `selected` (lists of entities and
/// claims). Screen readers get it as a button named by the text.
pub fn bidi_selectable(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    bidi_text(ui, text, Sense::click(), Some(selected), true)
}

/// A clickable table cell: like [`bidi_selectable`], on one line.
pub fn bidi_cell(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    bidi_text(ui, text, Sense::click(), Some(selected), false)
}

/// `text` on one line in bidi order, as text for any egui widget. egui shapes each section
/// of a layout job on its own, so the engine's pieces, given as sections in visual order,
/// come out in that order with their letters joined. Text with Arabic letters is drawn a
/// little larger, as labels are; the widget chooses the colour.
pub fn bidi_widget_text(ui: &egui::Ui, text: &str) -> egui::WidgetText {
    bidi_widget_text_with(ui.ctx(), ui.style(), text)
}

/// [`bidi_widget_text`] where there is no `Ui` yet (a window's title), in the global style.
pub fn bidi_widget_text_ctx(ctx: &egui::Context, text: &str) -> egui::WidgetText {
    bidi_widget_text_with(ctx, &ctx.global_style(), text)
}

fn bidi_widget_text_with(ctx: &egui::Context, style: &egui::Style, text: &str) -> egui::WidgetText {
    bidi_text_in(ctx, TextStyle::Body.resolve(style), text)
}

/// One line of `text` in bidi order in `font` (a little larger where it has Arabic
/// letters), for text drawn straight on a painter (the drop hint). Its colour is the
/// placeholder: `Painter::galley`'s fallback colour fills it in.
pub fn bidi_galley(ctx: &egui::Context, font: FontId, text: &str) -> Arc<egui::Galley> {
    match bidi_text_in(ctx, font.clone(), text) {
        egui::WidgetText::Galley(galley) => galley,
        plain => {
            let text = plain.text().to_owned();
            ctx.fonts_mut(|fonts| fonts.layout_no_wrap(text, font, egui::Color32::PLACEHOLDER))
        }
    }
}

fn bidi_text_in(ctx: &egui::Context, mut font: FontId, text: &str) -> egui::WidgetText {
    use unicode_bidi::{BidiClass, bidi_class};
    let text = &*shortened(text);
    // Without right-to-left letters egui's own layout is right, and cheaper; isolation marks
    // around a placeable then order nothing, and egui would draw them.
    if !text
        .chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
    {
        if text.chars().any(crate::text::is_bidi_control) {
            return crate::text::without_bidi_controls(text).into();
        }
        return text.into();
    }
    if text.chars().any(|c| bidi_class(c) == BidiClass::AL) {
        font.size = (font.size * 1.15).round();
    }
    let options = LayoutOptions {
        max_width: f32::INFINITY,
        show_controls: false,
        neutral_rtl: false,
        rtl: None,
    };
    let layout = ctx.fonts_mut(|fonts| {
        layout_paragraph(text, &options, &mut EguiShaper::new(fonts, font.clone()))
    });
    let mut job = egui::text::LayoutJob::default();
    let format = egui::TextFormat::simple(font, egui::Color32::PLACEHOLDER);
    for piece in layout.lines.iter().flat_map(|l| &l.pieces) {
        job.append(&piece.text, 0.0, format.clone());
    }
    let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
    egui::WidgetText::Galley(with_logical_text(&galley, text, &layout))
}

/// `galley` (its sections in visual order) with its text in logical order: egui gives a
/// galley's text to screen readers (a label's value, a button's name) and to copying, which
/// must read «مسار المقالة», not its words right to left. The glyphs are untouched; the text
/// has the same number of characters: each piece's own characters (not the mirrored
/// brackets drawn), in the order they come in `text`.
fn with_logical_text(
    galley: &Arc<egui::Galley>,
    text: &str,
    layout: &crate::text::ParagraphLayout<impl Sized>,
) -> Arc<egui::Galley> {
    let chars: Vec<char> = text.chars().collect();
    let mut pieces: Vec<_> = layout.lines.iter().flat_map(|l| &l.pieces).collect();
    pieces.sort_by_key(|p| p.chars.start);
    let logical: String = pieces
        .iter()
        .map(|p| match chars.get(p.chars.clone()) {
            Some(own) if own.len() == p.text.chars().count() => own.iter().collect(),
            _ => p.text.clone(),
        })
        .collect();
    if logical == galley.job.text {
        return galley.clone();
    }
    let mut job = (*galley.job).clone();
    job.text = logical;
    let mut galley = (**galley).clone();
    galley.job = Arc::new(job);
    Arc::new(galley)
}

/// `text` in bidi order in `color`, wrapped at the available width (notices and errors,
/// which name files and quote the article: one long line would widen the panel it is in).
pub fn bidi_colored(ui: &mut egui::Ui, color: egui::Color32, text: &str) -> egui::Response {
    ui.scope(|ui| {
        ui.visuals_mut().override_text_color = Some(color);
        bidi_text(ui, text, Sense::hover(), None, true)
    })
    .inner
}

/// The most characters a label shows: more is cut with an ellipsis (a claim of a whole
/// article, a title that is a 10 MB line), since labels are laid out every frame.
pub const LABEL_MAX_CHARS: usize = 600;

/// `text`, cut after [`LABEL_MAX_CHARS`] characters (at a grapheme boundary) with an ellipsis.
pub fn shortened(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation as _;
    match text.char_indices().nth(LABEL_MAX_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        Some((limit, _)) => {
            let cut = text
                .grapheme_indices(true)
                .map(|(i, _)| i)
                .take_while(|&i| i <= limit)
                .last()
                .unwrap_or(0);
            std::borrow::Cow::Owned(format!("{}…", &text[..cut]))
        }
    }
}

fn bidi_text(
    ui: &mut egui::Ui,
    text: &str,
    sense: Sense,
    selected: Option<bool>,
    wrap: bool,
) -> egui::Response {
    let text = &*shortened(text);
    let mut font: FontId = TextStyle::Body.resolve(ui.style());
    // Arabic letters are small beside Latin ones at the same size.
    font.size = (font.size * 1.15).round();
    let options = LayoutOptions {
        max_width: if wrap {
            ui.available_width().max(40.0)
        } else {
            // Wide enough for any cell; lines are shifted into the label's box below.
            10_000.0
        },
        show_controls: false,
        neutral_rtl: false,
        rtl: None,
    };
    let (layout, row) = ui.ctx().fonts_mut(|fonts| {
        let mut shaper = EguiShaper::new(fonts, font.clone());
        let row = shaper.row_height();
        (layout_paragraph(text, &options, &mut shaper), row)
    });
    let width = layout
        .lines
        .iter()
        .map(|l| {
            if layout.rtl {
                options.max_width - l.x
            } else {
                l.width
            }
        })
        .fold(0.0, f32::max);
    let size = vec2(width, row * layout.lines.len().max(1) as f32);
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let mut color = ui.visuals().text_color();
    if let Some(selected) = selected {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() {
            ui.painter()
                .rect_filled(rect.expand(2.0), 2.0, visuals.weak_bg_fill);
        }
        color = visuals.text_color();
    }
    // Right-to-left lines were aligned to the full width; shift them into the label's box.
    let shift = if layout.rtl {
        options.max_width - width
    } else {
        0.0
    };
    for (n, line) in layout.lines.iter().enumerate() {
        for piece in &line.pieces {
            let pos = rect.min + vec2(line.x - shift + piece.x, n as f32 * row);
            ui.painter().galley(pos, piece.shaped.clone(), color);
        }
    }
    let role = if selected.is_some() {
        egui::Role::Button
    } else {
        egui::Role::Label
    };
    // Screen readers get the words; isolation marks only order them on screen.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(role, true, crate::text::without_bidi_controls(text))
    });
    response
}
