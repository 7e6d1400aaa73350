//! The help overlay (F1 or ?): every command with its shortcuts, by menu, and how tagging goes.

use super::actions::{Action, Menu};

/// A window over the article, centred, that only shows something (the shortcuts, About):
/// drawn while `open`, closed by its button or Escape.
pub fn overlay(
    ctx: &egui::Context,
    title: &str,
    open: &mut bool,
    contents: impl FnOnce(&mut egui::Ui),
) {
    if !*open {
        return;
    }
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        *open = false;
        return;
    }
    egui::Window::new(super::view::bidi_widget_text_ctx(ctx, title))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(open)
        .show(ctx, |ui| super::mirror::reading(ui, contents));
}

/// Shows the overlay while `open`; it closes with its button or Escape.
pub fn ui(ctx: &egui::Context, open: &mut bool) {
    let title = super::messages::tr(ctx, "help-title", &[]);
    overlay(ctx, &title, open, |ui| {
        // The introduction wraps at the table's width rather than widening the window.
        ui.set_max_width(440.0);
        super::view::bidi_label(ui, &super::messages::tr(ctx, "help-text", &[]));
        ui.add_space(6.0);
        super::mirror::table(ui, "shortcuts", |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    let strings = super::messages::strings(ui.ctx());
                    for menu in Menu::ALL {
                        let title = super::view::bidi_widget_text(ui, &menu.label(&strings));
                        if super::mirror::rtl(ctx) {
                            ui.label("");
                        }
                        ui.label(title);
                        ui.end_row();
                        for action in Action::all().filter(|a| a.menu() == menu) {
                            let keys: Vec<String> = action
                                .shortcuts()
                                .iter()
                                .map(|s| Action::describe(ctx, s))
                                .collect();
                            let label = super::view::bidi_widget_text(ui, &action.label(&strings));
                            let keys = if keys.is_empty() {
                                super::messages::t(ui, "help-menu-only").weak()
                            } else {
                                keys.join(", ").into()
                            };
                            // The command, then its keys, from the reading start.
                            let cells = super::mirror::in_reading_order(
                                ctx,
                                vec![(true, label), (false, keys)],
                            );
                            for (is_label, cell) in cells {
                                let shown = ui.label(cell);
                                if is_label {
                                    shown.on_hover_ui(|ui| {
                                        let tip = action.tooltip(&strings);
                                        ui.label(super::view::bidi_widget_text(ui, &tip));
                                    });
                                }
                            }
                            ui.end_row();
                        }
                    }
                });
        });
    });
}
