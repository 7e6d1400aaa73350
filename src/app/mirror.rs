//! The interface's reading direction. In Arabic the window mirrors: the lists go on the
//! right and the inspector on the left, the menu bar, top bar and status bar run from the
//! right, panels and forms are laid out from the right (egui runs every `ui.horizontal`
//! right to left inside a top-down layout aligned right), tables read from the right, and
//! the arrows that mean "next" or "open" point left. The article's own direction never
//! follows the interface: the view takes it from each paragraph.

use egui::{Align, Layout, Sense, Ui, UiBuilder, WidgetText};

/// Whether the window's interface reads right to left.
pub fn rtl(ctx: &egui::Context) -> bool {
    super::messages::strings(ctx).language().rtl()
}

/// The panel at the reading start (the lists): left in English, right in Arabic.
pub fn start_panel(ctx: &egui::Context, id: &str) -> egui::Panel {
    if rtl(ctx) {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// The panel at the reading end (the inspector): right in English, left in Arabic.
pub fn end_panel(ctx: &egui::Context, id: &str) -> egui::Panel {
    if rtl(ctx) {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    }
}

/// Lays out `add` top-down from the reading start: in Arabic aligned right, so that its
/// rows (`ui.horizontal`) run from the right too.
pub fn reading<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if rtl(ui.ctx()) {
        ui.with_layout(Layout::top_down(Align::Max), add).inner
    } else {
        add(ui)
    }
}

/// Like [`reading`], with items as wide as the space (menus, whose entries fill their width).
pub fn reading_justified<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    // A menu measures its entries in a sizing pass first: there they keep their own width,
    // or the menu would take all the width it may have.
    if rtl(ui.ctx()) && !ui.is_sizing_pass() {
        ui.with_layout(Layout::top_down_justified(Align::Max), add)
            .inner
    } else {
        add(ui)
    }
}

/// One row from the reading start, for a bar that fills its width (the menu bar and the
/// top bar's buttons and path field): in Arabic it starts at the right edge.
pub fn bar<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if rtl(ui.ctx()) {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), add)
            .inner
    } else {
        add(ui)
    }
}

/// `columns` in reading order: as given in English, reversed in Arabic (a table's cells).
pub fn in_reading_order<T>(ctx: &egui::Context, mut columns: Vec<T>) -> Vec<T> {
    if rtl(ctx) {
        columns.reverse();
    }
    columns
}

/// A collapsing section: egui's own header in English; in Arabic the toggle is at the right
/// and points left while closed (toward what follows), and the body is indented from the
/// right.
pub fn collapsing<R>(
    ui: &mut Ui,
    id_salt: &str,
    heading: WidgetText,
    default_open: bool,
    body: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    if !rtl(ui.ctx()) {
        return egui::CollapsingHeader::new(heading)
            .id_salt(id_salt)
            .default_open(default_open)
            .show(ui, body)
            .body_returned;
    }
    let id = ui.make_persistent_id(id_salt);
    let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
        ui.ctx(),
        id,
        default_open,
    );
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        state.show_toggle_button(ui, leftward_icon);
        if ui
            .add(egui::Label::new(heading).sense(Sense::click()))
            .clicked()
        {
            state.toggle(ui);
        }
    });
    let indent = ui.spacing().indent;
    state
        .show_body_unindented(ui, |ui| {
            let mut rect = ui.available_rect_before_wrap();
            rect.max.x -= indent;
            ui.scope_builder(
                UiBuilder::new()
                    .max_rect(rect)
                    .layout(Layout::top_down(Align::Max)),
                body,
            )
            .inner
        })
        .map(|r| r.inner)
}

/// egui's triangle, pointing left while closed and down when open.
fn leftward_icon(ui: &mut Ui, openness: f32, response: &egui::Response) {
    use std::f32::consts::TAU;
    let visuals = ui.style().interact(response);
    let rect = response.rect;
    let rect =
        egui::Rect::from_center_size(rect.center(), rect.size() * 0.75).expand(visuals.expansion);
    let rotation = egui::remap(openness, 0.0..=1.0, TAU * 0.25..=0.0);
    ui.painter().add(egui::epaint::Shape::rotated_triangle(
        rect,
        rotation,
        visuals.fg_stroke.color,
    ));
}

/// A check box labelled `text`: egui's own in English; in Arabic the box sits to the right of
/// its label (the reading start). Clicking either toggles it; screen readers get one check
/// box named by `text`.
pub fn checkbox(ui: &mut Ui, checked: &mut bool, text: &str) -> egui::Response {
    let shown = super::view::bidi_widget_text(ui, text);
    if !rtl(ui.ctx()) {
        return ui.checkbox(checked, shown);
    }
    let before = *checked;
    let mut response = boxed_before_label(ui, shown, |ui| {
        ui.add(egui::Checkbox::without_text(checked))
    });
    if response.clicked() && *checked == before {
        // The label was clicked.
        *checked = !*checked;
        response.mark_changed();
    }
    let value = *checked;
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::CheckBox,
            true,
            value,
            crate::text::without_bidi_controls(text),
        )
    });
    response
}

/// A radio button labelled `text`, selected when `selected`: egui's own in English; in Arabic
/// the button sits to the right of its label. True when clicked (on the button or label).
pub fn radio(ui: &mut Ui, selected: bool, text: &str) -> egui::Response {
    let shown = super::view::bidi_widget_text(ui, text);
    if !rtl(ui.ctx()) {
        return ui.radio(selected, shown);
    }
    let response = boxed_before_label(ui, shown, |ui| ui.add(egui::RadioButton::new(selected, "")));
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::RadioButton,
            true,
            selected,
            crate::text::without_bidi_controls(text),
        )
    });
    response
}

/// `boxed` (a check box or radio button without text) at the right, then `label` to its
/// left, as one response that is clicked when either is.
fn boxed_before_label(
    ui: &mut Ui,
    label: WidgetText,
    boxed: impl FnOnce(&mut Ui) -> egui::Response,
) -> egui::Response {
    let galley = label.into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    // As wide as the box and its label: a row as wide as the space would widen a menu.
    let spacing = ui.spacing();
    let width = spacing.icon_width + 2.0 + galley.size().x + spacing.button_padding.x;
    let size = egui::vec2(width, spacing.interact_size.y);
    ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), |ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        let boxed = boxed(ui);
        let label = ui.add(egui::Label::new(galley).sense(Sense::click()));
        boxed.union(label)
    })
    .inner
}

/// A table (an egui `Grid`, which lays out only left to right; give it its cells with
/// [`in_reading_order`]): as is in English; in Arabic flush with the right edge, at the
/// width it took on the previous frame.
pub fn table<R>(ui: &mut Ui, id_salt: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    if !rtl(ui.ctx()) {
        return add(ui);
    }
    let id = ui.make_persistent_id(("right-aligned table", id_salt));
    let available = ui.available_rect_before_wrap();
    let width = ui
        .data(|d| d.get_temp::<f32>(id))
        .unwrap_or(available.width())
        .min(available.width());
    let rect = egui::Rect::from_min_max(
        egui::pos2(available.right() - width, available.top()),
        available.max,
    );
    let inner = ui.scope_builder(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::top_down(Align::Min)),
        add,
    );
    let width = inner.response.rect.width();
    ui.data_mut(|d| d.insert_temp(id, width));
    inner.inner
}

/// A menu entry with its shortcut: egui's in English (the label at the left, the shortcut
/// at the right); in Arabic the label at the right and the shortcut at the left.
pub fn menu_entry(ui: &mut Ui, label: WidgetText, shortcut: String) -> egui::Response {
    if !rtl(ui.ctx()) {
        return ui.add(egui::Button::new(label).shortcut_text(shortcut));
    }
    let shortcut = egui::RichText::new(shortcut).weak();
    ui.add(egui::Button::new((shortcut, egui::Atom::grow(), label)))
}

/// A submenu: egui's in English; in Arabic its arrow is at the left and points left.
pub fn submenu(ui: &mut Ui, label: WidgetText, add: impl FnOnce(&mut Ui)) {
    if !rtl(ui.ctx()) {
        ui.menu_button(label, add);
        return;
    }
    let button = egui::Button::new((leftward_arrow(), egui::Atom::grow(), label));
    egui::containers::menu::SubMenuButton::from_button(button).ui(ui, add);
}

/// egui's submenu arrow, pointing left.
fn leftward_arrow() -> egui::Atom<'static> {
    use std::sync::Arc;
    egui::AtomKind::closure(|ui, _args| {
        let size = egui::Vec2::splat(ui.spacing().icon_width);
        egui::IntoSizedResult {
            intrinsic_size: size,
            sized: egui::SizedAtomKind::Paint {
                paint: Arc::new(|ui: &Ui, args: egui::AtomPaintArgs| {
                    let rect = egui::Rect::from_center_size(
                        args.rect.center(),
                        egui::vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
                    );
                    ui.painter().add(egui::epaint::Shape::rotated_triangle(
                        rect,
                        std::f32::consts::TAU / 4.0,
                        args.fallback_text_color,
                    ));
                }),
                size,
            },
        }
    })
    .into()
}
