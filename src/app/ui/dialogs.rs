//! The windows that ask: closing while saving failed, the recovery offer, the conflicts with
//! another writer's sidecar; and dropping a file on the window.

use super::super::apply::quote_of;
use super::super::request::Request;
use super::super::view::bidi_label;
use super::super::workspace::Workspace;
use super::super::{MarsadApp, Screen};
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
                "Conflicts to review",
                format!(
                    "The sidecar was changed elsewhere while this window had unsaved changes. Both \
                     were saved together, but {conflicts} annotations were changed in both places \
                     and this window's version was kept."
                ),
                "Review the conflicts",
                "Close, keeping this window's versions",
            )
        } else {
            (
                "Annotations not saved",
                format!(
                    "Marsad could not save the annotations: {reason}\nClosing now would lose the \
                     changes since the last save, but for what the recovery file keeps: Marsad offers that \
                     when the article is next opened."
                ),
                "Keep Marsad open",
                "Close without saving",
            )
        };
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.horizontal(|ui| {
                    if ui.button(keep).clicked() {
                        requests.push(Request::KeepOpen);
                    }
                    if ui.button(close).clicked() {
                        requests.push(Request::CloseWithoutSaving);
                    }
                });
            });
    }

    /// The recovery offer and the conflicts windows.
    pub(super) fn disk_windows(&self, ctx: &egui::Context, requests: &mut Vec<Request>) {
        let Screen::Article(ws) = &self.screen else {
            return;
        };
        if let Some(offer) = &ws.disk.recovery {
            egui::Window::new("Recover unsaved annotations")
                .collapsible(false)
                .resizable(true)
                .default_width(520.0)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(format!(
                        "Marsad ended without saving this article's annotations. A recovery \
                         file written {} holds changes the saved annotations lack: {}.",
                        offer.written,
                        offer.diff.summary()
                    ));
                    egui::ScrollArea::vertical()
                        .max_height(220.0)
                        .show(ui, |ui| diff_list(ui, &offer.diff));
                    ui.horizontal(|ui| {
                        if ui
                            .button("Restore")
                            .on_hover_text("Take the recovered annotations (Ctrl+Z undoes it)")
                            .clicked()
                        {
                            requests.push(Request::SettleRecovery(true));
                        }
                        if ui
                            .button("Discard")
                            .on_hover_text(
                                "Keep the saved annotations and delete the recovery file",
                            )
                            .clicked()
                        {
                            requests.push(Request::SettleRecovery(false));
                        }
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
    egui::Window::new("Conflicts")
        .collapsible(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(
                "These annotations were changed both here and in the sidecar saved by \
                 someone else. This window's version was kept; take the other one where it \
                 is right.",
            );
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    for (i, conflict) in ws.conflicts.iter().enumerate() {
                        ui.separator();
                        bidi_label(ui, &quote_of(conflict));
                        let what = match (&conflict.ours, &conflict.theirs) {
                            (None, _) => "removed here, edited there",
                            (_, None) => "edited here, removed there",
                            _ => "edited differently here and there",
                        };
                        ui.weak(what);
                        let label = if conflict.theirs.is_some() {
                            "Take theirs"
                        } else {
                            "Remove it, as they did"
                        };
                        if ui.button(label).clicked() {
                            requests.push(Request::TakeTheirs(i));
                        }
                    }
                });
            ui.separator();
            if ui.button("Keep mine for all").clicked() {
                requests.push(Request::KeepMineForAll);
            }
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
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop an article or a folder to open it",
            egui::TextStyle::Heading.resolve(&ctx.global_style()),
            ctx.global_style().visuals.strong_text_color(),
        );
    }
    requests.extend(dropped.map(Request::Open));
}

fn diff_list(ui: &mut egui::Ui, diff: &Diff) {
    for (sign, list) in [("+", &diff.added), ("−", &diff.removed)] {
        for a in list.iter().take(50) {
            bidi_label(ui, &format!("{sign} {}: «{}»", a.kind, a.span.quote));
        }
    }
    for (_, a) in diff.changed.iter().take(50) {
        bidi_label(ui, &format!("~ {}: «{}»", a.kind, a.span.quote));
    }
}
