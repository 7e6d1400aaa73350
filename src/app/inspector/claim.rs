//! The inspector's page for a claim: its speaker and cue, its ratings, the claim it answers,
//! and citations.

use egui::RichText;

use super::super::labels;
use super::super::request::Request;
use super::super::view::{bidi_label, bidi_selectable};
use super::super::workspace::Workspace;
use super::fields::{choice, first_words};
use crate::model::{
    Annotation, AnnotationKind, ClaimRelation, ClaimRelationKind, ClaimStatus, Credibility,
    EntityKind, QuoteKind, Reliability,
};
use crate::session::Command;

pub(super) fn claim_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    requests: &mut Vec<Request>,
) {
    let Some(details) = a.claim.clone() else {
        return;
    };
    speaker_ui(ui, ws, a, &details, requests);
    ratings_ui(ui, a, &details, requests);
    answers_ui(ui, ws, a, &details, requests);
    ui.horizontal_wrapped(|ui| {
        ui.label("Copy citation:");
        for style in crate::export::citation::Style::ALL {
            if ui
                .small_button(style.label())
                .on_hover_text("«quote» — speaker, outlet, date, URL, accessed (Ctrl+Shift+C)")
                .clicked()
            {
                requests.push(Request::Cite(style));
            }
        }
    });
}

fn speaker_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    details: &crate::model::Claim,
    requests: &mut Vec<Request>,
) {
    let doc = ws.session.document();
    let set = |speaker| {
        Request::Document(Command::SetSpeaker {
            claim: a.id,
            speaker,
        })
    };
    ui.label(RichText::new("Speaker").strong());
    match details.speaker.and_then(|id| doc.entity(id)) {
        Some(e) => {
            bidi_label(ui, &e.name);
        }
        None => {
            ui.label("No speaker yet");
        }
    }
    ui.horizontal(|ui| {
        let picking = ws.picking_speaker;
        if ui
            .selectable_label(picking, "Pick in text")
            .on_hover_text("Then click an actor mention (S; Ctrl+click works too)")
            .clicked()
        {
            requests.push(Request::PickSpeaker);
        }
        if details.speaker.is_some() && ui.button("Clear").clicked() {
            requests.push(set(None));
        }
    });
    ui.collapsing("Choose the speaker", |ui| {
        for e in doc
            .entities()
            .iter()
            .filter(|e| e.kind == EntityKind::Actor)
        {
            if bidi_selectable(ui, details.speaker == Some(e.id), &e.name).clicked() {
                requests.push(set(Some(e.id)));
            }
        }
    });
    ui.label(RichText::new("Cue").strong());
    if let Some(cue) = &details.cue {
        bidi_label(ui, &cue.quote);
    }
    ui.horizontal(|ui| {
        if ui
            .button("Cue from selection")
            .on_hover_text("Select the reporting verb (قال، نفى، أكد…) in the text, then click")
            .clicked()
        {
            requests.push(Request::CueFromSelection);
        }
        if details.cue.is_some() && ui.button("Clear cue").clicked() {
            requests.push(Request::Document(Command::SetCue {
                claim: a.id,
                range: None,
            }));
        }
    });
}

fn ratings_ui(
    ui: &mut egui::Ui,
    a: &Annotation,
    details: &crate::model::Claim,
    requests: &mut Vec<Request>,
) {
    let update = |f: &dyn Fn(&mut crate::model::Claim)| {
        let mut changed = a.clone();
        if let Some(c) = changed.claim.as_mut() {
            f(c);
        }
        Request::Document(Command::UpdateAnnotation(Box::new(changed)))
    };
    let strings = super::super::messages::strings(ui.ctx());
    let mut status = details.status;
    let statuses = ClaimStatus::ALL.map(|s| (s, labels::status(&strings, s)));
    choice(ui, "Status", &mut status, &statuses);
    if status != details.status {
        requests.push(update(&|c| c.status = status));
    }
    let mut reliability = details.reliability;
    choice(
        ui,
        "Source reliability",
        &mut reliability,
        &labels::options(
            [
                Reliability::A,
                Reliability::B,
                Reliability::C,
                Reliability::D,
                Reliability::E,
                Reliability::F,
            ],
            |v| labels::reliability(&strings, v),
        ),
    );
    if reliability != details.reliability {
        requests.push(update(&|c| c.reliability = reliability));
    }
    let mut credibility = details.credibility;
    let options = labels::options((1..=6).filter_map(Credibility::new), |v| {
        labels::credibility(&strings, v)
    });
    choice(ui, "Credibility", &mut credibility, &options);
    if credibility != details.credibility {
        requests.push(update(&|c| c.credibility = credibility));
    }
    let mut quotation = details.quotation;
    ui.horizontal(|ui| {
        for kind in [QuoteKind::Indirect, QuoteKind::Direct] {
            let label =
                super::super::view::bidi_widget_text(ui, &labels::quotation(&strings, kind));
            ui.radio_value(&mut quotation, kind, label);
        }
    });
    if quotation != details.quotation {
        requests.push(update(&|c| c.quotation = quotation));
    }
}

fn answers_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    details: &crate::model::Claim,
    requests: &mut Vec<Request>,
) {
    let strings = super::super::messages::strings(ui.ctx());
    let doc = ws.session.document();
    let mut kind = details.answers.map(|r| r.kind);
    choice(
        ui,
        "Relation",
        &mut kind,
        &[
            None,
            Some(ClaimRelationKind::Denies),
            Some(ClaimRelationKind::Disputes),
        ]
        .map(|k| (k, labels::relation(&strings, k))),
    );
    let others: Vec<&Annotation> = doc
        .annotations()
        .iter()
        .filter(|o| o.kind == AnnotationKind::Claim && o.id != a.id)
        .map(|o| &**o)
        .collect();
    let mut target = details.answers.map(|r| r.target);
    if kind.is_some() {
        if target.is_none() {
            target = others.first().map(|o| o.id);
        }
        ui.label("…the claim:");
        for o in &others {
            let words = first_words(&o.span.quote, 8);
            if bidi_selectable(ui, target == Some(o.id), &words)
                .on_hover_text("Answer this claim")
                .clicked()
            {
                target = Some(o.id);
            }
        }
        if others.is_empty() {
            ui.label("Tag the other claim first.");
        }
    }
    let answers = kind
        .zip(target)
        .map(|(kind, target)| ClaimRelation { kind, target });
    if answers != details.answers {
        let mut changed = a.clone();
        if let Some(c) = changed.claim.as_mut() {
            c.answers = answers;
        }
        requests.push(Request::Document(Command::UpdateAnnotation(Box::new(
            changed,
        ))));
    }
    if let Some(r) = details.answers
        && ui.link("Go to the answered claim").clicked()
    {
        requests.push(Request::Select(r.target));
    }
}
