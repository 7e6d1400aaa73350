//! The lists beside the article: the corpus's articles, actors and locations grouped by
//! entity with their counts, and the claims table (speaker, cue, status, first words).
//! Clicking an entry asks to open its article or to select its annotation.

use std::path::{Path, PathBuf};

use super::super::file_name;
use super::super::inspector::first_words;
use super::super::jobs::{Corpus, CorpusEntry};
use super::super::labels;
use super::super::messages::{t, ta, tr};
use super::super::mirror;
use super::super::request::Request;
use super::super::view::{bidi_cell, bidi_colored, bidi_selectable, bidi_widget_text};
use super::super::workspace::Workspace;
use crate::i18n::Arg;
use crate::model::{AnnotationId, AnnotationKind, EntityKind};

/// The most of the lists panel's height the corpus list takes before it scrolls.
const CORPUS_LIST_SHARE: f32 = 0.5;

/// The corpus list: each article with its counts and done flag. Only the rows in view are
/// laid out, so a folder of 10,000 articles costs a frame what one of 20 does.
pub fn corpus_ui(
    ui: &mut egui::Ui,
    corpus: Option<&Corpus>,
    current: Option<&Path>,
    requests: &mut Vec<Request>,
) {
    let Some(corpus) = corpus else {
        return;
    };
    let mut chosen: Option<PathBuf> = None;
    let root = file_name(&corpus.root);
    let heading = ta(ui, "lists-corpus", &[("folder", Arg::Text(&root))]).strong();
    let height = ui.ctx().content_rect().height() * CORPUS_LIST_SHARE;
    mirror::collapsing(ui, "corpus", heading, true, |ui| {
        if !corpus.is_listed() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t(ui, "lists-listing"));
            });
        } else if corpus.is_listing() {
            // The articles are listed; their counts are being read.
            let (done, total) = (corpus.counted(), corpus.entries.len());
            let text = ta(
                ui,
                "lists-counting",
                &[("done", Arg::Number(done)), ("total", Arg::Number(total))],
            );
            let fraction = if total == 0 {
                1.0
            } else {
                done as f32 / total as f32
            };
            ui.add(egui::ProgressBar::new(fraction).text(text));
        }
        let row_height = ui
            .spacing()
            .interact_size
            .y
            .max((ui.text_style_height(&egui::TextStyle::Body) * 1.15).ceil() + 2.0);
        egui::ScrollArea::vertical()
            .id_salt("corpus rows")
            .max_height(height)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, corpus.entries.len(), |ui, rows| {
                mirror::reading(ui, |ui| {
                    for entry in &corpus.entries[rows] {
                        if corpus_row(ui, entry, current, row_height) {
                            chosen = Some(entry.path.clone());
                        }
                    }
                });
            });
        ui.label(t(ui, "lists-corpus-keys").weak());
    });
    requests.extend(chosen.map(Request::Open));
}

/// One article of the corpus list, `height` tall; true when clicked (and not the one open).
fn corpus_row(ui: &mut egui::Ui, entry: &CorpusEntry, current: Option<&Path>, height: f32) -> bool {
    let c = entry.counts;
    let name = file_name(&entry.path);
    let id = match (entry.counted, entry.done) {
        (false, _) => "lists-corpus-row-counting",
        (true, true) => "lists-corpus-row-done",
        (true, false) => "lists-corpus-row",
    };
    let text = tr(
        ui.ctx(),
        id,
        &[
            ("file", Arg::Text(&name)),
            ("actors", Arg::Number(c.actor)),
            ("locations", Arg::Number(c.location)),
            ("claims", Arg::Number(c.claim)),
        ],
    );
    let selected = current.is_some_and(|p| p == entry.path);
    let label = egui::Button::selectable(selected, bidi_widget_text(ui, &text));
    // Every row exactly `height` tall, from the reading start, as the scroll area counts them.
    let layout = if mirror::rtl(ui.ctx()) {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    let size = egui::vec2(ui.available_width(), height);
    let mut row = ui
        .allocate_ui_with_layout(size, layout, |ui| {
            ui.set_min_height(height);
            ui.add(label)
        })
        .inner;
    if let Some(problem) = &entry.problem {
        row = row.on_hover_ui(|ui| {
            ui.label(bidi_widget_text(ui, problem));
        });
    }
    row.clicked() && !selected
}

/// The actors and locations lists, and claims by speaker.
pub fn entities_ui(ui: &mut egui::Ui, ws: &Workspace, requests: &mut Vec<Request>) {
    let mut chosen = None;
    let doc = ws.session.document();
    let selected_entity = ws.selected_annotation().and_then(|a| a.entity);
    for (kind, title) in [
        (EntityKind::Actor, "lists-actors"),
        (EntityKind::Location, "lists-locations"),
    ] {
        let entities: Vec<_> = doc.entities().iter().filter(|e| e.kind == kind).collect();
        let heading = ta(ui, title, &[("count", Arg::Number(entities.len()))]).strong();
        mirror::collapsing(ui, title, heading, true, |ui| {
            if entities.is_empty() {
                ui.label(t(ui, "lists-entities-none").weak());
            }
            for e in entities {
                let count = ws.counted(e.id).mentions;
                let row = bidi_selectable(
                    ui,
                    selected_entity == Some(e.id),
                    &format!("{} ({count})", e.name),
                );
                if row.on_hover_text(t(ui, "lists-next-mention")).clicked() {
                    chosen = next_mention(ws, |a| a.entity == Some(e.id));
                }
            }
        });
    }
    claims_by_speaker(ui, ws, &mut chosen);
    let orphans = doc.orphans().len();
    if orphans > 0 {
        bidi_colored(
            ui,
            ui.visuals().warn_fg_color,
            &tr(
                ui.ctx(),
                "lists-orphaned",
                &[("count", Arg::Number(orphans))],
            ),
        );
    }
    requests.extend(chosen.map(Request::Select));
}

/// Claims grouped by who asserts them, with counts.
fn claims_by_speaker(ui: &mut egui::Ui, ws: &Workspace, chosen: &mut Option<AnnotationId>) {
    let doc = ws.session.document();
    let speakers: Vec<_> = doc
        .entities()
        .iter()
        .filter(|e| ws.counted(e.id).claims > 0)
        .collect();
    let unattributed = doc
        .annotations()
        .iter()
        .filter(|a| a.claim.as_ref().is_some_and(|c| c.speaker.is_none()))
        .count();
    let total: usize = speakers
        .iter()
        .map(|e| ws.counted(e.id).claims)
        .sum::<usize>()
        + unattributed;
    let selected_speaker = ws
        .selected_annotation()
        .and_then(|a| a.claim.as_ref())
        .map(|c| c.speaker);
    let heading = ta(
        ui,
        "lists-claims-by-speaker",
        &[("count", Arg::Number(total))],
    )
    .strong();
    mirror::collapsing(ui, "claims by speaker", heading, true, |ui| {
        if total == 0 {
            ui.label(t(ui, "lists-claims-none").weak());
        }
        for e in speakers {
            let n = ws.counted(e.id).claims;
            let row = bidi_selectable(
                ui,
                selected_speaker == Some(Some(e.id)),
                &format!("{} ({n})", e.name),
            );
            if row.on_hover_text(t(ui, "lists-next-claim")).clicked() {
                *chosen = next_mention(ws, |a| {
                    a.claim.as_ref().is_some_and(|c| c.speaker == Some(e.id))
                });
            }
        }
        if unattributed > 0
            && ui
                .selectable_label(
                    selected_speaker == Some(None),
                    ta(
                        ui,
                        "lists-no-speaker",
                        &[("count", Arg::Number(unattributed))],
                    ),
                )
                .clicked()
        {
            *chosen = next_mention(ws, |a| {
                a.claim.as_ref().is_some_and(|c| c.speaker.is_none())
            });
        }
    });
}

/// The mention after the selected one that satisfies `pick`, wrapping around.
fn next_mention(
    ws: &Workspace,
    pick: impl Fn(&crate::model::Annotation) -> bool,
) -> Option<AnnotationId> {
    let all = ws.session.document().annotations();
    let from = ws
        .selected
        .and_then(|id| all.iter().position(|a| a.id == id))
        .map_or(0, |i| i + 1);
    all[from..]
        .iter()
        .chain(&all[..from])
        .find(|a| pick(a))
        .map(|a| a.id)
}

/// The claims table.
pub fn claims_ui(ui: &mut egui::Ui, ws: &Workspace, requests: &mut Vec<Request>) {
    let mut chosen = None;
    let doc = ws.session.document();
    let claims: Vec<_> = doc
        .annotations()
        .iter()
        .filter(|a| a.kind == AnnotationKind::Claim)
        .collect();
    ui.label(ta(ui, "lists-claims", &[("count", Arg::Number(claims.len()))]).strong());
    if claims.is_empty() {
        ui.label(t(ui, "lists-claims-none").weak());
        return;
    }
    // Only the rows in view are laid out, so a long list costs no more than a short one.
    let row_height = (ui.text_style_height(&egui::TextStyle::Body) * 1.4).ceil() + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("claims")
        .auto_shrink([false, true])
        .show_rows(ui, row_height, claims.len() + 1, |ui, rows| {
            mirror::table(ui, "claims", |ui| {
                egui::Grid::new("claims_table")
                    .striped(true)
                    .num_columns(5)
                    .min_row_height(row_height - 4.0)
                    .spacing([16.0, 4.0])
                    .start_row(rows.start)
                    .show(ui, |ui| {
                        if rows.start == 0 {
                            let headers = vec![
                                "claims-speaker",
                                "claims-cue",
                                "claims-status",
                                "claims-answers",
                                "claims-claim",
                            ];
                            for header in mirror::in_reading_order(ui.ctx(), headers) {
                                ui.label(t(ui, header).strong());
                            }
                            ui.end_row();
                        }
                        let first = rows.start.saturating_sub(1);
                        let last = rows.end.saturating_sub(1).min(claims.len());
                        for a in &claims[first..last] {
                            if claim_row(ui, ws, a) {
                                chosen = Some(a.id);
                            }
                            ui.end_row();
                        }
                    });
            });
        });
    requests.extend(chosen.map(Request::Select));
}

/// One row of the claims table; true when clicked.
fn claim_row(ui: &mut egui::Ui, ws: &Workspace, a: &crate::model::Annotation) -> bool {
    let doc = ws.session.document();
    let strings = super::super::messages::strings(ui.ctx());
    let Some(c) = &a.claim else { return false };
    let speaker = c
        .speaker
        .and_then(|id| doc.entity(id))
        .map_or("—".to_owned(), |e| e.name.clone());
    let selected = ws.selected == Some(a.id);
    let cue = c.cue.as_ref().map_or("—", |s| s.quote.as_str()).to_owned();
    let status = labels::status(&strings, c.status);
    let answers = c.answers.map_or(String::from("—"), |r| {
        let verb = labels::relation(&strings, Some(r.kind));
        let target = doc
            .annotation(r.target)
            .map(|t| first_words(&t.span.quote, 4))
            .unwrap_or_default();
        format!("{verb} «{}»", super::isolate(&target))
    });
    let claim = first_words(&a.span.quote, 10);
    let cells = vec![speaker, cue, status, answers, claim];
    let mut clicked = false;
    // The status is a drop-in egui label (it never wraps); the others are the engine's cells.
    for (i, text) in mirror::in_reading_order(ui.ctx(), cells.into_iter().enumerate().collect()) {
        clicked |= if i == 2 {
            ui.selectable_label(selected, bidi_widget_text(ui, &text))
                .clicked()
        } else {
            bidi_cell(ui, selected, &text).clicked()
        };
    }
    clicked
}
