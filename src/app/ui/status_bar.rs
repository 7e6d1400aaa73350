//! The bar at the bottom: the frame's message (every error of it), then the open article's
//! file, encoding, line endings, size, counts, orphans, invisible controls, selection and
//! save state.

use super::super::messages::{ta, tr};
use super::super::view::{bidi_colored, bidi_widget_text};
use super::super::workspace::Workspace;
use super::super::{MarsadApp, Screen, file_name};
use crate::i18n::Arg;
use crate::store::SidecarStatus;

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
            let encoding = article.encoding.to_string();
            ui.label(ta(ui, "status-encoding", &[("name", Arg::Code(&encoding))]));
            ui.separator();
            let endings = article.line_endings.name();
            ui.label(ta(
                ui,
                "status-line-endings",
                &[("name", Arg::Code(endings))],
            ));
            ui.separator();
            ui.label(ta(
                ui,
                "status-characters",
                &[("count", Arg::Number(article.chars))],
            ));
            ui.separator();
            ui.label(ta(
                ui,
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
                bidi_colored(ui, ui.visuals().warn_fg_color, &text);
            }
            if ws.controls > 0 {
                ui.separator();
                let text = tr(
                    ui.ctx(),
                    "status-controls",
                    &[("count", Arg::Number(ws.controls))],
                );
                bidi_colored(ui, ui.visuals().warn_fg_color, &text)
                    .on_hover_text(super::super::messages::t(ui, "status-controls-tip"));
            }
            if let Some(range) = ws.view.selected_range() {
                ui.separator();
                ui.label(ta(
                    ui,
                    "status-selected",
                    &[
                        ("start", Arg::Number(range.start)),
                        ("end", Arg::Number(range.end)),
                    ],
                ));
            }
            ui.separator();
            ui.label(ta(ui, self.save_state(ws), &[]));
            ui.separator();
            ui.label(bidi_widget_text(
                ui,
                &sidecar_status(ui.ctx(), &opened.status),
            ));
        });
    }

    /// The message id of the save state.
    fn save_state(&self, ws: &Workspace) -> &'static str {
        if ws.session.opened().read_only_reason().is_some() {
            "save-read-only"
        } else if self.saving.is_some() {
            "save-saving"
        } else if ws.session.is_dirty() {
            "save-unsaved"
        } else {
            "save-saved"
        }
    }
}

/// The sidecar's state in the window's language (the command line keeps its own words).
fn sidecar_status(ctx: &egui::Context, status: &SidecarStatus) -> String {
    match status {
        SidecarStatus::Missing => tr(ctx, "sidecar-missing", &[]),
        SidecarStatus::Loaded { format_version } => tr(
            ctx,
            "sidecar-format",
            &[("version", Arg::Number(*format_version as usize))],
        ),
        SidecarStatus::Newer { format_version } => tr(
            ctx,
            "sidecar-newer",
            &[("version", Arg::Number(*format_version as usize))],
        ),
        SidecarStatus::Unreadable(e) => {
            let error = super::super::errors::sidecar(&super::super::messages::strings(ctx), e);
            tr(ctx, "sidecar-unreadable", &[("error", Arg::Text(&error))])
        }
    }
}
