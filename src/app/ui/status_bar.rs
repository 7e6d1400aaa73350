//! The bar at the bottom: the frame's message (every error of it), then the open article's
//! file, encoding, line endings, size, counts, orphans, invisible controls, selection and
//! save state.

use super::super::messages::tr;
use super::super::view::{bidi_colored, bidi_widget_text};
use super::super::workspace::Workspace;
use super::super::{MarsadApp, Screen, file_name};
use crate::i18n::Arg;

impl MarsadApp {
    pub(super) fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            if let Some(message) = &self.message {
                let colour = if message.error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                bidi_colored(ui, colour, &message.text);
                ui.separator();
            }
            let Screen::Article(ws) = &self.screen else {
                return;
            };
            let opened = ws.session.opened();
            let article = &opened.article;
            let counts = ws.session.document().counts();
            ui.label(bidi_widget_text(ui, &file_name(&article.path)));
            ui.separator();
            ui.label(format!("Encoding: {}", article.encoding));
            ui.separator();
            ui.label(format!("Line endings: {}", article.line_endings.name()));
            ui.separator();
            ui.label(tr(
                ui.ctx(),
                "status-characters",
                &[("count", Arg::Number(article.chars))],
            ));
            ui.separator();
            ui.label(tr(
                ui.ctx(),
                "status-annotations",
                &[
                    ("total", Arg::Number(counts.total())),
                    ("actors", Arg::Number(counts.actor)),
                    ("locations", Arg::Number(counts.location)),
                    ("claims", Arg::Number(counts.claim)),
                ],
            ));
            let orphans = ws.session.document().orphans().len();
            if orphans > 0 {
                ui.separator();
                let text = tr(
                    ui.ctx(),
                    "status-orphaned",
                    &[("count", Arg::Number(orphans))],
                );
                ui.colored_label(ui.visuals().warn_fg_color, text);
            }
            if ws.controls > 0 {
                ui.separator();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("{} invisible bidi controls", ws.controls),
                )
                .on_hover_text("View > Show bidi controls shows them as marks");
            }
            if let Some(range) = ws.view.selected_range() {
                ui.separator();
                ui.label(format!("Selected {}–{}", range.start, range.end));
            }
            ui.separator();
            ui.label(self.save_state(ws));
            ui.separator();
            ui.label(opened.status.to_string());
        });
    }

    fn save_state(&self, ws: &Workspace) -> &'static str {
        if ws.session.opened().read_only_reason().is_some() {
            "Read-only"
        } else if self.saving.is_some() {
            "Saving…"
        } else if ws.session.is_dirty() {
            "Unsaved changes"
        } else {
            "Saved"
        }
    }
}
