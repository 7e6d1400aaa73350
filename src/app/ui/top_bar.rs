//! The bar at the top: the menus (with recent files and the View menu's settings), the tag
//! buttons, the path field and the loading progress.

use std::path::PathBuf;

use super::super::actions::{Action, Menu};
use super::super::field::BidiField;
use super::super::request::Request;
use super::super::view::bidi_widget_text;
use super::super::{MarsadApp, file_name, fonts, settings};

impl MarsadApp {
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let strings = super::super::messages::strings(ui.ctx());
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.label(&strings), |ui| {
                    for action in Action::all().filter(|a| a.menu() == menu) {
                        if action.menu_button(ui) {
                            requests.push(Request::Action(action));
                            ui.close();
                        }
                    }
                    match menu {
                        Menu::File => self.recent_menu(ui, requests),
                        Menu::View => self.view_menu(ui, requests),
                        _ => {}
                    }
                });
            }
            ui.separator();
            let selecting = self
                .workspace()
                .is_some_and(|ws| ws.view().selected_range().is_some());
            for action in [Action::TagActor, Action::TagLocation, Action::TagClaim] {
                let key = action
                    .shortcuts()
                    .first()
                    .map(|s| Action::describe(ui.ctx(), s))
                    .unwrap_or_default();
                let label = format!("{} ({key})", action.label(&strings));
                let button = egui::Button::new(bidi_widget_text(ui, &label));
                if ui
                    .add_enabled(selecting, button)
                    .on_hover_text(action.tooltip(&strings))
                    .on_disabled_hover_text("Select text in the article first")
                    .clicked()
                {
                    requests.push(Request::Action(action));
                }
            }
            ui.separator();
            let label = ui.label("Article path");
            let field = ui
                .add(BidiField::singleline(&mut self.path_input).desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Open").clicked() || entered) && !self.path_input.trim().is_empty() {
                requests.push(Request::Open(PathBuf::from(self.path_input.trim())));
            }
            if self.sample.is_some()
                && ui
                    .button("Open sample")
                    .on_hover_text("A short Arabic report written for Marsad, to try it on")
                    .clicked()
            {
                requests.push(Request::OpenSample);
            }
            if let Some(loading) = &self.loading {
                ui.spinner();
                let progress = &loading.progress;
                let stage = progress.stage();
                let detail = match (stage, progress.bytes()) {
                    (crate::store::Stage::Reading, (read, size)) if size >= 1 << 20 => {
                        format!("reading {} of {} MB", read >> 20, size >> 20)
                    }
                    _ => stage.label().to_owned(),
                };
                let text = format!("Opening {}…", file_name(&loading.path));
                ui.label(bidi_widget_text(ui, &text));
                ui.add(
                    egui::ProgressBar::new(progress.fraction())
                        .desired_width(160.0)
                        .text(detail),
                );
            }
        });
    }

    fn recent_menu(&self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        ui.separator();
        ui.menu_button("Open recent", |ui| {
            if self.settings.recent.is_empty() {
                ui.weak("Nothing yet");
            }
            for path in &self.settings.recent {
                let shown = bidi_widget_text(ui, &path.display().to_string());
                if ui.button(shown).clicked() {
                    requests.push(Request::Open(path.clone()));
                    ui.close();
                }
            }
        });
    }

    fn view_menu(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        ui.separator();
        ui.label("Theme");
        for t in settings::Theme::ALL {
            if ui.radio(self.settings.theme == t, t.label()).clicked() {
                requests.push(Request::SetTheme(t));
            }
        }
        ui.separator();
        ui.label("Panels");
        let panels = &mut self.settings.panels;
        ui.checkbox(&mut panels.lists, "Corpus and entities");
        ui.checkbox(&mut panels.inspector, "Inspector");
        ui.checkbox(&mut panels.claims, "Claims");
        ui.separator();
        ui.label("Article font");
        for face in fonts::FACES {
            ui.radio_value(
                &mut self.settings.family,
                face.family.to_owned(),
                face.label,
            );
        }
        ui.label(format!("Size {:.0} pt", self.settings.size));
        ui.add(
            egui::Slider::new(&mut self.settings.line_spacing, settings::SPACING_RANGE)
                .text("Line spacing"),
        );
        ui.checkbox(&mut self.settings.snap_words, "Select whole words")
            .on_hover_text("A mouse selection widens to whole words. Hold Ctrl while dragging to select exact characters.");
        // "Show bidi controls" is an action above; this mirrors its state.
        ui.weak(if self.settings.show_controls {
            "Bidi controls are shown"
        } else {
            "Bidi controls are hidden"
        });
    }
}
