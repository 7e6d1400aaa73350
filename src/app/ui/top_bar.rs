//! The bar at the top: the menus (with recent files and the View menu's settings), the tag
//! buttons, the path field and the loading progress.

use std::path::PathBuf;

use super::super::actions::{Action, Menu};
use super::super::field::BidiField;
use super::super::messages::{t, ta, tr};
use super::super::request::Request;
use super::super::view::bidi_widget_text;
use super::super::{MarsadApp, file_name, fonts, mirror, settings};
use crate::i18n::Arg;

impl MarsadApp {
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        egui::MenuBar::new().ui(ui, |ui| mirror::bar(ui, |ui| self.bar_items(ui, requests)));
    }

    /// The menus, tag buttons, path field and progress, from the reading start.
    fn bar_items(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let strings = super::super::messages::strings(ui.ctx());
        for menu in Menu::ALL {
            let title = bidi_widget_text(ui, &menu.label(&strings));
            ui.menu_button(title, |ui| {
                mirror::reading_justified(ui, |ui| {
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
                .on_hover_ui(|ui| {
                    ui.label(bidi_widget_text(ui, &action.tooltip(&strings)));
                })
                .on_disabled_hover_text(t(ui, "top-select-first"))
                .clicked()
            {
                requests.push(Request::Action(action));
            }
        }
        ui.separator();
        let label = ui.label(t(ui, "top-article-path"));
        let field = ui
            .add(BidiField::singleline(&mut self.path_input).desired_width(320.0))
            .labelled_by(label.id);
        if std::mem::take(&mut self.focus_path) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t(ui, "top-open")).clicked() || entered) && !self.path_input.trim().is_empty()
        {
            requests.push(Request::Open(PathBuf::from(self.path_input.trim())));
        }
        if self.sample.is_some()
            && ui
                .button(t(ui, "top-open-sample"))
                .on_hover_text(t(ui, "top-open-sample-tip"))
                .clicked()
        {
            requests.push(Request::OpenSample);
        }
        if let Some(loading) = &self.loading {
            ui.spinner();
            let progress = &loading.progress;
            let stage = progress.stage();
            let detail = match (stage, progress.bytes()) {
                (crate::store::Stage::Reading, (read, size)) if size >= 1 << 20 => ta(
                    ui,
                    "open-reading-mb",
                    &[
                        ("read", Arg::Number((read >> 20) as usize)),
                        ("size", Arg::Number((size >> 20) as usize)),
                    ],
                ),
                (stage, _) => t(
                    ui,
                    match stage {
                        crate::store::Stage::Reading => "open-stage-reading",
                        crate::store::Stage::Decoding => "open-stage-decoding",
                        crate::store::Stage::Placing => "open-stage-placing",
                        crate::store::Stage::Preparing => "open-stage-preparing",
                    },
                ),
            };
            let name = file_name(&loading.path);
            ui.label(ta(ui, "open-opening", &[("file", Arg::Text(&name))]));
            ui.add(
                egui::ProgressBar::new(progress.fraction())
                    .desired_width(160.0)
                    .text(detail),
            );
        }
    }

    fn recent_menu(&self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        ui.separator();
        mirror::submenu(ui, t(ui, "menu-open-recent"), |ui| {
            mirror::reading_justified(ui, |ui| self.recent_entries(ui, requests));
        });
    }

    fn recent_entries(&self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        if self.settings.recent.is_empty() {
            ui.label(t(ui, "menu-recent-none"));
        }
        for path in &self.settings.recent {
            let shown = bidi_widget_text(ui, &path.display().to_string());
            if ui.button(shown).clicked() {
                requests.push(Request::Open(path.clone()));
                ui.close();
            }
        }
    }

    fn view_menu(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        ui.separator();
        ui.label(t(ui, "view-language"));
        self.language_entries(ui, requests);
        ui.separator();
        self.view_settings(ui, requests);
    }

    fn language_entries(&self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        // Each language is named in its own words, so it can be found in either.
        for language in crate::i18n::Language::CHOSEN {
            let chosen = self.settings.language() == language;
            if mirror::radio(ui, chosen, language.own_name()).clicked() {
                requests.push(Request::SetLanguage(language));
                ui.close();
            }
        }
    }

    /// The View menu's settings below the language.
    fn view_settings(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        ui.label(t(ui, "view-theme"));
        for theme in settings::Theme::ALL {
            let id = match theme {
                settings::Theme::System => "view-theme-system",
                settings::Theme::Light => "view-theme-light",
                settings::Theme::Dark => "view-theme-dark",
            };
            let label = tr(ui.ctx(), id, &[]);
            if mirror::radio(ui, self.settings.theme == theme, &label).clicked() {
                requests.push(Request::SetTheme(theme));
            }
        }
        ui.separator();
        ui.label(t(ui, "view-panels"));
        let panels = &mut self.settings.panels;
        for (shown, id) in [
            (&mut panels.lists, "view-panel-lists"),
            (&mut panels.inspector, "view-panel-inspector"),
            (&mut panels.claims, "view-panel-claims"),
        ] {
            let label = tr(ui.ctx(), id, &[]);
            mirror::checkbox(ui, shown, &label);
        }
        ui.separator();
        ui.label(t(ui, "view-article-font"));
        for face in fonts::FACES {
            let id = if face.family == fonts::ARTICLE_FAMILY {
                "view-face-amiri"
            } else {
                "view-face-noto"
            };
            let label = tr(ui.ctx(), id, &[]);
            if mirror::radio(ui, self.settings.family == face.family, &label).clicked() {
                face.family.clone_into(&mut self.settings.family);
            }
        }
        let size = self.settings.size.round() as usize;
        ui.label(ta(ui, "view-size", &[("points", Arg::Number(size))]));
        ui.add(
            egui::Slider::new(&mut self.settings.line_spacing, settings::SPACING_RANGE)
                .text(t(ui, "view-line-spacing")),
        );
        let label = tr(ui.ctx(), "view-snap-words", &[]);
        mirror::checkbox(ui, &mut self.settings.snap_words, &label)
            .on_hover_text(t(ui, "view-snap-words-tip"));
        // "Show bidi controls" is an action above; this mirrors its state.
        ui.label(t(
            ui,
            if self.settings.show_controls {
                "view-controls-shown"
            } else {
                "view-controls-hidden"
            },
        ));
    }
}
