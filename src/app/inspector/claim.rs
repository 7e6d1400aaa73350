//! The inspector's page for a claim: its speaker and cue, its ratings, the claim it answers,
//! and citations.

use super::super::labels;
use super::super::messages::{t, tr};
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
        ui.label(t(ui, "claim-copy-citation"));
        for style in crate::export::citation::Style::ALL {
            if ui
                .small_button(super::super::view::bidi_widget_text(
                    ui,
                    &labels::citation_style(&super::super::messages::strings(ui.ctx()), style),
                ))
                .on_hover_text(t(ui, "claim-copy-citation-tip"))
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
    ui.label(t(ui, "claim-speaker").strong());
    match details.speaker.and_then(|id| doc.entity(id)) {
        Some(e) => {
            bidi_label(ui, &e.name);
        }
        None => {
            ui.label(t(ui, "claim-no-speaker"));
        }
    }
    ui.horizontal(|ui| {
        let picking = ws.picking_speaker;
        if ui
            .selectable_label(picking, t(ui, "claim-pick"))
            .on_hover_text(t(ui, "claim-pick-tip"))
            .clicked()
        {
            requests.push(Request::PickSpeaker);
        }
        if details.speaker.is_some() && ui.button(t(ui, "claim-clear")).clicked() {
            requests.push(set(None));
        }
    });
    super::super::mirror::collapsing(
        ui,
        "claim-choose-speaker",
        t(ui, "claim-choose-speaker"),
        false,
        |ui| {
            for e in doc
                .entities()
                .iter()
                .filter(|e| e.kind == EntityKind::Actor)
            {
                if bidi_selectable(ui, details.speaker == Some(e.id), &e.name).clicked() {
                    requests.push(set(Some(e.id)));
                }
            }
        },
    );
    ui.label(t(ui, "claim-cue").strong());
    if let Some(cue) = &details.cue {
        bidi_label(ui, &cue.quote);
    }
    ui.horizontal(|ui| {
        if ui
            .button(t(ui, "claim-cue-from-selection"))
            .on_hover_text(t(ui, "claim-cue-tip"))
            .clicked()
        {
            requests.push(Request::CueFromSelection);
        }
        if details.cue.is_some() && ui.button(t(ui, "claim-clear-cue")).clicked() {
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
    choice(
        ui,
        &tr(ui.ctx(), "claim-status", &[]),
        &mut status,
        &statuses,
    );
    if status != details.status {
        requests.push(update(&|c| c.status = status));
    }
    let mut reliability = details.reliability;
    choice(
        ui,
        &tr(ui.ctx(), "claim-reliability", &[]),
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
    choice(
        ui,
        &tr(ui.ctx(), "claim-credibility", &[]),
        &mut credibility,
        &options,
    );
    if credibility != details.credibility {
        requests.push(update(&|c| c.credibility = credibility));
    }
    let mut quotation = details.quotation;
    ui.horizontal(|ui| {
        for kind in [QuoteKind::Indirect, QuoteKind::Direct] {
            let label = labels::quotation(&strings, kind);
            if super::super::mirror::radio(ui, quotation == kind, &label).clicked() {
                quotation = kind;
            }
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
        &tr(ui.ctx(), "claim-relation", &[]),
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
        ui.label(t(ui, "claim-the-claim"));
        for o in &others {
            let words = first_words(&o.span.quote, 8);
            if bidi_selectable(ui, target == Some(o.id), &words)
                .on_hover_text(t(ui, "claim-answer-this"))
                .clicked()
            {
                target = Some(o.id);
            }
        }
        if others.is_empty() {
            ui.label(t(ui, "claim-tag-other-first"));
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
        && ui.link(t(ui, "claim-go-answered")).clicked()
    {
        requests.push(Request::Select(r.target));
    }
}
