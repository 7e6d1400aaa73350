//! The window's drawing, one frame at a time. Drawing reads state and pushes
//! [`Request`]s; it writes only view-only state bound to a widget (settings, the path field,
//! the find bar's query, the offer's ticks, the inspector's and the export window's drafts,
//! the article view's own selection and scroll). `app/apply` carries out the rest.

mod article;
mod dialogs;
mod lists;
mod registry;
mod status_bar;
mod tools;
mod top_bar;

pub use tools::isolate;

use super::inspector::Inspector;
use super::request::Request;
use super::workspace::Workspace;
use super::{MarsadApp, Screen, about, help, mirror};

impl MarsadApp {
    /// Draws the whole window for one frame; what it asks for goes into `requests`.
    pub(super) fn draw(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar(ui, requests));
        egui::Panel::bottom("status_bar")
            .show(ui, |ui| mirror::reading(ui, |ui| self.status_bar(ui)));
        let panels = self.settings.panels;
        let corpus = self.corpus.as_ref();
        if let Screen::Article(ws) = &mut self.screen {
            if tools::wanted(ws) {
                egui::Panel::bottom("article_tools").show(ui, |ui| {
                    mirror::reading(ui, |ui| tools::ui(ui, ws, requests));
                });
            }
            if panels.claims {
                egui::Panel::bottom("claims")
                    .resizable(true)
                    .default_size(200.0)
                    // Its title, the column headers and two claims, whatever the font.
                    .min_size(120.0)
                    .show(ui, |ui| {
                        mirror::reading(ui, |ui| lists::claims_ui(ui, ws, requests));
                    });
            }
            if panels.lists {
                mirror::start_panel(&ctx, "lists")
                    .resizable(true)
                    .default_size(230.0)
                    .size_range(200.0..=480.0)
                    .show(ui, |ui| {
                        keep_width(ui);
                        egui::ScrollArea::vertical()
                            .id_salt("lists")
                            .show(ui, |ui| {
                                mirror::reading(ui, |ui| {
                                    let current = &ws.session.opened().article.path;
                                    lists::corpus_ui(ui, corpus, Some(current), requests);
                                    lists::entities_ui(ui, ws, requests);
                                });
                            });
                    });
            }
            if panels.inspector {
                let inspector: &mut Inspector = &mut self.inspector;
                let ws: &Workspace = ws;
                mirror::end_panel(&ctx, "inspector")
                    .resizable(true)
                    .default_size(300.0)
                    .size_range(280.0..=520.0)
                    .show(ui, |ui| {
                        keep_width(ui);
                        mirror::reading(ui, |ui| inspector.ui(ws, ui, requests));
                    });
            }
        } else if panels.lists && corpus.is_some() {
            mirror::start_panel(&ctx, "lists")
                .size_range(200.0..=480.0)
                .show(ui, |ui| {
                    mirror::reading(ui, |ui| lists::corpus_ui(ui, corpus, None, requests));
                });
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, requests));
        if let Screen::Article(ws) = &mut self.screen {
            tools::offer_window(&ctx, ws, requests);
        }
        help::ui(&ctx, &mut self.overlays.help);
        about::ui(&ctx, &mut self.overlays.about, self.sample.as_ref());
        let corpus = self.corpus.as_ref().map(|c| c.entries.len());
        if let Some(window) = self.export.as_mut() {
            window.ui(&ctx, corpus, requests);
        }
        self.registry_ui(&ctx, requests);
        self.close_window(&ctx, requests);
        self.disk_windows(&ctx, requests);
        dialogs::dropped_files(&ctx, requests);
    }
}

/// Fills a side panel's width: egui sizes a panel to its contents, so a panel whose list
/// got shorter would narrow and the article beside it would wrap anew under the pointer.
fn keep_width(ui: &mut egui::Ui) {
    ui.set_min_width(ui.available_width());
}
