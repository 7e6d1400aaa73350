//! The central area: the welcome page, an article that could not be opened, or the article
//! with its notices, hover labels and context menu.

use egui::RichText;

use super::super::actions::Action;
use super::super::request::Request;
use super::super::view::{ArticleHighlights, ViewStyle, bidi_label, bidi_widget_text};
use super::super::workspace::{NoticeAction, Workspace};
use super::super::{MarsadApp, Screen, theme};

impl MarsadApp {
    pub(super) fn central(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let style = theme::view_style(ui.visuals(), &self.settings);
        match &mut self.screen {
            Screen::Welcome => {
                ui.vertical_centered(|ui| {
                    ui.add_space(60.0);
                    ui.heading("Marsad · مرصد");
                    ui.label(
                        "Open an article (Ctrl+O) or a folder of articles (Ctrl+Shift+O), type a \
                         path above, or drop a file or folder on the window.",
                    );
                    ui.add_space(12.0);
                    if !self.settings.recent.is_empty() {
                        ui.label(RichText::new("Recent").strong());
                        for path in &self.settings.recent {
                            let shown = bidi_widget_text(ui, &path.display().to_string());
                            if ui.link(shown).clicked() {
                                requests.push(Request::Open(path.clone()));
                            }
                        }
                    }
                });
            }
            Screen::Failed { message, .. } => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        RichText::new("Could not open the article").strong(),
                    );
                    ui.label(message.as_str());
                });
            }
            Screen::Article(ws) => article_ui(ui, ws, &style, requests),
        }
    }
}

/// The article with its find bar, offer banner and notices.
fn article_ui(
    ui: &mut egui::Ui,
    ws: &mut Workspace,
    style: &ViewStyle,
    requests: &mut Vec<Request>,
) {
    let mut pressed = None;
    for notice in &ws.notices {
        let colour = if notice.error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.colored_label(colour, &notice.text);
        if notice.action == Some(NoticeAction::EditAnyway)
            && ui
                .button("Edit anyway")
                .on_hover_text("Both windows may then save: the later save merges or reports what the other wrote")
                .clicked()
        {
            pressed = notice.action;
        }
    }
    requests.extend(pressed.map(Request::Notice));
    let source = ArticleHighlights {
        document: ws.session.document(),
        selected: ws.selected,
        offered: ws
            .offer
            .as_ref()
            .map(|o| (o.items.as_slice(), o.accepted.as_slice())),
        found: (&ws.find.matches, ws.find.current),
    };
    let output = ws.view.ui_with(ui, style, &source);
    if let Some(offset) = output.clicked {
        let ctrl = ui.input(|i| i.modifiers.command);
        requests.push(Request::Click { offset, ctrl });
    }
    let Some(response) = output.response else {
        return;
    };
    let labels: Vec<String> = output
        .hovered
        .iter()
        .filter_map(|h| ws.describe(h))
        .collect();
    let response = if labels.is_empty() {
        response
    } else {
        response.on_hover_ui_at_pointer(|ui| {
            for label in &labels {
                bidi_label(ui, label);
            }
        })
    };
    let has_selection = ws.view.selected_range().is_some();
    let has_annotation = ws.selected.is_some();
    response.context_menu(|ui| {
        let mut entries = vec![];
        if has_selection {
            entries.extend([Action::TagActor, Action::TagLocation, Action::TagClaim]);
        }
        if has_annotation {
            entries.extend([Action::TagAll, Action::PickSpeaker, Action::Delete]);
        }
        if entries.is_empty() {
            ui.label("Select text to tag it, or click a highlight");
        }
        for action in entries {
            if action.menu_button(ui) {
                requests.push(Request::Action(action));
                ui.close();
            }
        }
    });
}
