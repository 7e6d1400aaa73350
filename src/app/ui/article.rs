//! The central area: the welcome page, an article that could not be opened, or the article
//! with its notices, hover labels and context menu.

use super::super::actions::Action;
use super::super::messages::t;
use super::super::request::Request;
use super::super::view::{
    ArticleHighlights, ViewStyle, bidi_colored, bidi_label, bidi_widget_text,
};
use super::super::workspace::{NoticeAction, Workspace};
use super::super::{MarsadApp, Screen, theme};

impl MarsadApp {
    pub(super) fn central(&mut self, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let style = theme::view_style(ui.visuals(), &self.settings);
        match &mut self.screen {
            Screen::Welcome => {
                ui.vertical_centered(|ui| {
                    ui.add_space(60.0);
                    ui.label(t(ui, "welcome-title").heading());
                    ui.label(t(ui, "welcome-text"));
                    ui.add_space(12.0);
                    if !self.settings.recent.is_empty() {
                        ui.label(t(ui, "welcome-recent").strong());
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
                    let color = ui.visuals().error_fg_color;
                    ui.label(t(ui, "failed-title").strong().color(color));
                    bidi_label(ui, message.as_str());
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
        let text = notice.text(
            &super::super::messages::strings(ui.ctx()),
            ws.session.opened(),
        );
        bidi_colored(ui, colour, &text);
        if notice.action == Some(NoticeAction::EditAnyway)
            && ui
                .button(t(ui, "notice-edit-anyway"))
                .on_hover_text(t(ui, "notice-edit-anyway-tip"))
                .clicked()
        {
            pressed = notice.action;
        }
    }
    requests.extend(pressed.map(Request::Notice));
    ws.refresh_suggestions();
    let (suggested, current) = ws
        .corpus
        .as_ref()
        .map_or((&[][..], None), |c| (c.suggestions(), c.current()));
    let source = ArticleHighlights {
        document: ws.session.document(),
        selected: ws.selected,
        offered: ws
            .offer
            .as_ref()
            .map(|o| (o.items.as_slice(), o.accepted.as_slice())),
        // A "tag all" offer open shows its own mentions only.
        suggested: if ws.offer.is_some() { &[] } else { suggested },
        current_suggestion: current.map(|s| s.range.clone()),
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
            ui.label(t(ui, "context-nothing"));
        }
        for action in entries {
            if action.menu_button(ui) {
                requests.push(Request::Action(action));
                ui.close();
            }
        }
    });
}
