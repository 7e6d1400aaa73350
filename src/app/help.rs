//! The help overlay (F1 or ?): every command with its shortcuts, by menu, and how tagging goes.

use egui::RichText;

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
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(open)
        .show(ctx, contents);
}

/// Shows the overlay while `open`; it closes with its button or Escape.
pub fn ui(ctx: &egui::Context, open: &mut bool) {
    overlay(ctx, "Keyboard shortcuts", open, |ui| {
        ui.label(
            "Select text with the mouse (or Shift+arrows), then press A, L or C. \
                 Click a highlight to select it; Delete removes it. \
                 Shortcuts do nothing while you type in a field.",
        );
        ui.add_space(6.0);
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                let strings = super::messages::strings(ui.ctx());
                for menu in Menu::ALL {
                    ui.label(RichText::new(menu.label(&strings)).strong());
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
                            ui.weak("menu only");
                        } else {
                            ui.label(keys.join(", "));
                        }
                        ui.end_row();
                    }
                }
            });
    });
}
