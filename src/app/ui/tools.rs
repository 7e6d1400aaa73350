//! The bar under the article (find, the "tag all" offer's banner, the registry's suggestions,
//! the speaker prompt) and the window that reviews the offered mentions.

use super::super::messages::{t, ta, tr};
use super::super::request::Request;
use super::super::view::{bidi_colored, bidi_label, bidi_selectable};
use super::super::workspace::Workspace;
use crate::i18n::Arg;

/// Whether the bar under the article has something to show.
pub(super) fn wanted(ws: &Workspace) -> bool {
    ws.find.open
        || ws.picking_speaker
        || ws.offer.as_ref().is_some_and(|o| !o.reviewing)
        || !ws.suggestions().0.is_empty()
}

/// The registry's suggestions: how many, the one the keyboard is on, and what can be done.
fn suggestions_bar(ui: &mut egui::Ui, ws: &Workspace, requests: &mut Vec<Request>) {
    use super::super::actions::Action;
    let (all, current) = ws.suggestions();
    if all.is_empty() || ws.offer.is_some() {
        return;
    }
    let strings = super::super::messages::strings(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let actions: &[Action] = match current {
            Some(s) => {
                let index = all.iter().position(|x| x == s).map_or(0, |i| i + 1);
                let quote = ws
                    .session
                    .indexed()
                    .slice(s.word.start, s.word.end)
                    .unwrap_or_default()
                    .to_owned();
                let name = ws
                    .corpus
                    .as_ref()
                    .and_then(|c| c.entity(s.entity))
                    .map(|e| e.name.clone())
                    .unwrap_or_default();
                let quoted = strings.format("quoted", &[("quote", Arg::Text(&quote))]);
                let text = strings.format(
                    "suggestion-bar",
                    &[
                        ("index", Arg::Number(index)),
                        ("count", Arg::Number(all.len())),
                        ("quote", Arg::Code(&quoted)),
                        ("name", Arg::Text(&name)),
                    ],
                );
                bidi_label(ui, &text);
                &[
                    Action::AcceptSuggestion,
                    Action::AcceptAllSuggestions,
                    Action::RejectSuggestion,
                    Action::NextSuggestion,
                ]
            }
            None => {
                let text = strings.format("suggestion-count", &[("count", Arg::Number(all.len()))]);
                bidi_label(ui, &text);
                &[Action::NextSuggestion]
            }
        };
        for action in actions {
            let key = action
                .shortcuts()
                .first()
                .map(|k| Action::describe(ui.ctx(), k))
                .unwrap_or_default();
            let label = format!("{} ({key})", action.label(&strings));
            if ui
                .button(super::super::view::bidi_widget_text(ui, &label))
                .on_hover_text(action.tooltip(&strings))
                .clicked()
            {
                requests.push(Request::Action(*action));
            }
        }
    });
}

/// The bar under the article: find, the "tag all" offer, the speaker prompt. It sits below the
/// text so that the text never moves when it appears.
pub(super) fn ui(ui: &mut egui::Ui, ws: &mut Workspace, requests: &mut Vec<Request>) {
    if ws.find.open {
        let from = ws.view.selection.map_or(0, |s| s.range().start);
        // The query field and its matches are the bar's own state.
        if let Some(at) = ws.find.ui(ui, &ws.session, from) {
            requests.push(Request::Reveal(at));
        }
    }
    if let Some(offer) = ws.offer.as_ref().filter(|o| !o.reviewing) {
        ui.horizontal(|ui| {
            let text = tr(
                ui.ctx(),
                "offer-untagged",
                &[
                    ("count", Arg::Number(offer.items.len())),
                    ("name", Arg::Text(&offer.name)),
                ],
            );
            bidi_label(ui, &text);
            if ui.button(t(ui, "offer-review")).clicked() {
                requests.push(Request::ReviewOffer);
            }
            if ui.button(t(ui, "offer-dismiss")).clicked() {
                requests.push(Request::DismissOffer);
            }
        });
    }
    suggestions_bar(ui, ws, requests);
    if ws.picking_speaker {
        bidi_colored(
            ui,
            ui.visuals().warn_fg_color,
            &tr(ui.ctx(), "speaker-picking", &[]),
        );
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            requests.push(Request::CancelPickSpeaker);
        }
    }
}

/// "Tag all occurrences": each mention with its context, to accept or skip.
/// Its ticks are the offer's own state; revealing, tagging and cancelling are requests.
pub(super) fn offer_window(ctx: &egui::Context, ws: &mut Workspace, requests: &mut Vec<Request>) {
    let Some(offer) = ws.offer.as_mut().filter(|o| o.reviewing) else {
        return;
    };
    let text = ws.session.indexed();
    egui::Window::new(super::super::view::bidi_widget_text_ctx(
        ctx,
        &tr(ctx, "offer-window", &[]),
    ))
    .collapsible(false)
    .default_width(420.0)
    .show(ctx, |ui| {
        super::super::mirror::reading(ui, |ui| {
            let heading = tr(
                ui.ctx(),
                "offer-others",
                &[("name", Arg::Text(&offer.name))],
            );
            bidi_label(ui, &heading);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for (item, accepted) in offer.items.iter().zip(offer.accepted.iter_mut()) {
                        ui.horizontal(|ui| {
                            ui.checkbox(accepted, "")
                                .on_hover_text(t(ui, "offer-tag-this"));
                            let before = text
                                .slice(item.word.start.saturating_sub(24), item.word.start)
                                .unwrap_or_default();
                            let word = text
                                .slice(item.word.start, item.word.end)
                                .unwrap_or_default();
                            let after = text
                                .slice(item.word.end, (item.word.end + 24).min(text.len_chars()))
                                .unwrap_or_default();
                            let line = format!("…{before}[{word}]{after}…").replace('\n', " ");
                            if bidi_selectable(ui, false, &line)
                                .on_hover_text(t(ui, "offer-show"))
                                .clicked()
                            {
                                requests.push(Request::Reveal(item.range.start));
                            }
                        });
                    }
                });
            let n = offer.accepted.iter().filter(|a| **a).count();
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        n > 0,
                        egui::Button::new(ta(ui, "offer-tag", &[("count", Arg::Number(n))])),
                    )
                    .clicked()
                {
                    requests.push(Request::AcceptOffer);
                }
                if ui.button(t(ui, "cancel")).clicked() {
                    requests.push(Request::DismissOffer);
                }
            });
        });
    });
}

/// Text wrapped in a first-strong isolate, so that an Arabic name inside an English sentence
/// keeps the sentence left to right.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}
