//! The windows that ask: closing while saving failed, the recovery offer, the conflicts with
//! another writer's sidecar; and dropping a file on the window.

use super::super::apply::quote_of;
use super::super::labels;
use super::super::messages::{self, t, tr};
use super::super::request::Request;
use super::super::view::{bidi_label, bidi_widget_text_ctx};
use super::super::workspace::Workspace;
use super::super::{MarsadApp, Screen};
use crate::i18n::Arg;
use crate::model::merge::Diff;

impl MarsadApp {
    pub(super) fn close_window(&self, ctx: &egui::Context, requests: &mut Vec<Request>) {
        let Some(reason) = self.close_blocked.clone() else {
            return;
        };
        // Saved, but with conflicts to review: closing loses nothing of this window's.
        let conflicts = self.workspace().map_or(0, |ws| ws.conflicts().len());
        let (title, text, keep, close) = if conflicts > 0 {
            (
                "close-conflicts",
                tr(
                    ctx,
                    "close-conflicts-text",
                    &[("count", Arg::Number(conflicts))],
                ),
                "close-review",
                "close-keeping-mine",
            )
        } else {
            (
                "close-not-saved",
                tr(
                    ctx,
                    "close-not-saved-text",
                    &[("reason", Arg::Text(&reason))],
                ),
                "close-keep-open",
                "close-without-saving",
            )
        };
        egui::Window::new(bidi_widget_text_ctx(ctx, &tr(ctx, title, &[])))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                super::super::mirror::reading(ui, |ui| {
                    bidi_label(ui, &text);
                    ui.horizontal(|ui| {
                        if ui.button(t(ui, keep)).clicked() {
                            requests.push(Request::KeepOpen);
                        }
                        if ui.button(t(ui, close)).clicked() {
                            requests.push(Request::CloseWithoutSaving);
                        }
                    });
                });
            });
    }

    /// The recovery offer and the conflicts windows.
    pub(super) fn disk_windows(&self, ctx: &egui::Context, requests: &mut Vec<Request>) {
        let Screen::Article(ws) = &self.screen else {
            return;
        };
        if let Some(offer) = &ws.disk.recovery {
            egui::Window::new(bidi_widget_text_ctx(ctx, &tr(ctx, "recovery-title", &[])))
                .collapsible(false)
                .resizable(true)
                .default_width(520.0)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    super::super::mirror::reading(ui, |ui| {
                        let strings = messages::strings(ctx);
                        let summary = labels::diff_summary(&strings, &offer.diff);
                        let text = match &offer.written {
                            Some(when) => strings.format(
                                "recovery-text",
                                &[("when", Arg::Code(when)), ("changes", Arg::Text(&summary))],
                            ),
                            None => strings.format(
                                "recovery-text-undated",
                                &[("changes", Arg::Text(&summary))],
                            ),
                        };
                        bidi_label(ui, &text);
                        egui::ScrollArea::vertical()
                            .max_height(220.0)
                            .show(ui, |ui| diff_list(ui, &offer.diff));
                        ui.horizontal(|ui| {
                            if ui
                                .button(t(ui, "recovery-restore"))
                                .on_hover_text(t(ui, "recovery-restore-tip"))
                                .clicked()
                            {
                                requests.push(Request::SettleRecovery(true));
                            }
                            if ui
                                .button(t(ui, "recovery-discard"))
                                .on_hover_text(t(ui, "recovery-discard-tip"))
                                .clicked()
                            {
                                requests.push(Request::SettleRecovery(false));
                            }
                        });
                    });
                });
        }
        conflicts_window(ctx, ws, requests);
    }
}

fn conflicts_window(ctx: &egui::Context, ws: &Workspace, requests: &mut Vec<Request>) {
    if ws.conflicts.is_empty() {
        return;
    }
    egui::Window::new(bidi_widget_text_ctx(ctx, &tr(ctx, "conflicts-title", &[])))
        .collapsible(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            super::super::mirror::reading(ui, |ui| {
                ui.label(t(ui, "conflicts-text"));
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        for (i, conflict) in ws.conflicts.iter().enumerate() {
                            ui.separator();
                            bidi_label(ui, &quote_of(&messages::strings(ui.ctx()), conflict));
                            let what = match (&conflict.ours, &conflict.theirs) {
                                (None, _) => "conflict-removed-here",
                                (_, None) => "conflict-removed-there",
                                _ => "conflict-edited-both",
                            };
                            ui.label(t(ui, what).weak());
                            let label = if conflict.theirs.is_some() {
                                "conflict-take-theirs"
                            } else {
                                "conflict-remove-as-they-did"
                            };
                            if ui.button(t(ui, label)).clicked() {
                                requests.push(Request::TakeTheirs(i));
                            }
                        }
                    });
                ui.separator();
                if ui.button(t(ui, "conflict-keep-mine")).clicked() {
                    requests.push(Request::KeepMineForAll);
                }
            });
        });
}

/// A file or folder dropped on the window is opened; while one hovers, the window says so.
pub(super) fn dropped_files(ctx: &egui::Context, requests: &mut Vec<Request>) {
    let (dropped, hovering) = ctx.input(|i| {
        (
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty()),
            !i.raw.hovered_files.is_empty(),
        )
    });
    if hovering {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(
            rect,
            0.0,
            ctx.global_style()
                .visuals
                .extreme_bg_color
                .gamma_multiply(0.8),
        );
        let style = ctx.global_style();
        let colour = style.visuals.strong_text_color();
        let font = egui::TextStyle::Heading.resolve(&style);
        let galley = super::super::view::bidi_galley(ctx, font, &tr(ctx, "drop-hint", &[]));
        painter.galley(rect.center() - galley.size() / 2.0, galley, colour);
    }
    requests.extend(dropped.map(Request::Open));
}

fn diff_list(ui: &mut egui::Ui, diff: &Diff) {
    let strings = messages::strings(ui.ctx());
    let line = |sign: &str, a: &crate::model::Annotation| {
        let kind = labels::kind(&strings, a.kind);
        strings.format(
            "diff-line",
            &[
                ("sign", Arg::Code(sign)),
                ("kind", Arg::Code(&kind)),
                ("quote", Arg::Text(&a.span.quote)),
            ],
        )
    };
    for (sign, list) in [("+", &diff.added), ("−", &diff.removed)] {
        for a in list.iter().take(50) {
            bidi_label(ui, &line(sign, a));
        }
    }
    for (_, a) in diff.changed.iter().take(50) {
        bidi_label(ui, &line("~", a));
    }
}
