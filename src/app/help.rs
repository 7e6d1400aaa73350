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
        .show(ctx, contents);
}

/// Shows the overlay while `open`; it closes with its button or Escape.
pub fn ui(ctx: &egui::Context, open: &mut bool) {
    let title = super::messages::tr(ctx, "help-title", &[]);
    overlay(ctx, &title, open, |ui| {
        ui.label(super::messages::t(ui, "help-text"));
        ui.add_space(6.0);
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                let strings = super::messages::strings(ui.ctx());
                for menu in Menu::ALL {
                    ui.label(super::view::bidi_widget_text(ui, &menu.label(&strings)).strong());
                    ui.end_row();
                    for action in Action::all().filter(|a| a.menu() == menu) {
                        let keys: Vec<String> = action
                            .shortcuts()
                            .iter()
                            .map(|s| Action::describe(ctx, s))
                            .collect();
                        ui.label(super::view::bidi_widget_text(ui, &action.label(&strings)))
                            .on_hover_text(action.tooltip(&strings));
                        if keys.is_empty() {
                            ui.label(super::messages::t(ui, "help-menu-only").weak());
                        } else {
                            ui.label(keys.join(", "));
                        }
                        ui.end_row();
                    }
                }
            });
    });
}
