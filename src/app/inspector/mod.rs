//! The inspector: edits the selected annotation and its entity, or the article's metadata
//! when nothing is selected. This module owns its draft (the text being typed) and the
//! annotation's page; the entity, claim and article pages and the shared fields are beside it.
//!
//! Choices (entity, speaker, status, rating…) become commands at once. Text fields edit a
//! draft that becomes one command when the field loses focus or the selection moves, so
//! typing a name is one undo step and never a tagging shortcut.

mod article;
mod claim;
mod entity;
mod fields;
#[cfg(test)]
mod tests;

pub use fields::first_words;

use super::actions::Action;
use super::messages::{t, tr};
use super::request::Request;
use super::view::{bidi_colored, bidi_label};
use super::workspace::Workspace;
use crate::model::{Annotation, AnnotationId, AnnotationKind, Entity};
use crate::session::Command;

/// Text being edited, not yet applied.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Draft {
    pub(super) target: Option<AnnotationId>,
    pub(super) note: String,
    pub(super) entity: Option<Entity>,
    pub(super) lat: String,
    pub(super) lon: String,
    pub(super) wikidata: String,
    pub(super) new_alias: String,
    pub(super) outlet: String,
    pub(super) url: String,
    pub(super) published: String,
}

/// The inspector's state.
#[derive(Default)]
pub struct Inspector {
    draft: Option<Draft>,
    base: Option<Draft>,
    /// The document's revision the fields were loaded at: after undo or a command, fields
    /// that are not being edited are loaded again.
    loaded_at: Option<u64>,
}

impl Inspector {
    /// Commands for the edits in the draft, which then counts as applied.
    pub fn flush(&mut self, ws: &Workspace) -> Vec<Command> {
        let (Some(draft), Some(base)) = (&self.draft, &self.base) else {
            return Vec::new();
        };
        if draft == base {
            return Vec::new();
        }
        let mut out = Vec::new();
        let doc = ws.session.document();
        if let Some(id) = draft.target {
            if draft.note != base.note
                && let Some(a) = doc.annotation(id)
            {
                let mut a = a.clone();
                a.note.clone_from(&draft.note);
                out.push(Command::UpdateAnnotation(Box::new(a)));
            }
            if let Some(e) = &draft.entity
                && draft.entity != base.entity
                && let Some(current) = doc.entity(e.id)
            {
                let mut e = e.clone();
                // An emptied name keeps the old one; the other fields still apply.
                if e.name.trim().is_empty() {
                    e.name.clone_from(&current.name);
                }
                if e != *current {
                    out.push(Command::UpdateEntity(Box::new(e)));
                }
            }
        } else {
            let mut meta = doc.meta.clone();
            let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            meta.outlet = text(&draft.outlet);
            meta.url = text(&draft.url);
            // A date that does not parse (yet) leaves the stored one alone.
            let published = draft.published.trim();
            if published.is_empty() {
                meta.published = None;
            } else if let Ok(date) = published.parse() {
                meta.published = Some(date);
            }
            if meta != doc.meta {
                out.push(Command::SetMeta(Box::new(meta)));
            }
        }
        self.base = self.draft.clone();
        out
    }

    fn load(&mut self, ws: &Workspace) {
        let doc = ws.session.document();
        let a = ws.selected_annotation();
        let entity = a
            .and_then(|a| a.entity)
            .and_then(|id| doc.entity(id))
            .cloned();
        let coordinates = entity.as_ref().and_then(|e| e.coordinates);
        let draft = Draft {
            target: a.map(|a| a.id),
            note: a.map(|a| a.note.clone()).unwrap_or_default(),
            lat: coordinates.map(|c| c.lat.to_string()).unwrap_or_default(),
            lon: coordinates.map(|c| c.lon.to_string()).unwrap_or_default(),
            wikidata: entity
                .as_ref()
                .and_then(|e| e.wikidata.clone())
                .unwrap_or_default(),
            entity,
            new_alias: String::new(),
            outlet: doc.meta.outlet.clone().unwrap_or_default(),
            url: doc.meta.url.clone().unwrap_or_default(),
            published: doc
                .meta
                .published
                .map(|d| d.to_string())
                .unwrap_or_default(),
        };
        self.base = Some(draft.clone());
        self.draft = Some(draft);
        self.loaded_at = Some(ws.session.revision());
    }

    /// Shows the inspector for the selected annotation, or the article. Its text fields are
    /// bound to the draft; everything else it asks for goes into `requests`. A draft of a
    /// previous selection was applied by the apply step before the selection moved.
    pub fn ui(&mut self, ws: &Workspace, ui: &mut egui::Ui, requests: &mut Vec<Request>) {
        let moved = self.draft.as_ref().map(|d| d.target) != Some(ws.selected);
        let editing = ui.ctx().text_edit_focused();
        let stale = self.loaded_at != Some(ws.session.revision());
        // Fields are reloaded from the document (after undo, say) only when nobody is typing
        // in them.
        if moved || (stale && self.draft == self.base && !editing) {
            self.load(ws);
        }
        if let Some(draft) = self.draft.as_mut() {
            egui::ScrollArea::vertical()
                .id_salt("inspector")
                .show(ui, |ui| match ws.selected_annotation() {
                    Some(a) => annotation_ui(ui, ws, a, draft, requests),
                    None => article::article_ui(ui, ws, draft, requests),
                });
        }
    }
}

fn annotation_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    draft: &mut Draft,
    requests: &mut Vec<Request>,
) {
    let heading = match a.kind {
        AnnotationKind::Actor => "inspector-actor-mention",
        AnnotationKind::Location => "inspector-location-mention",
        AnnotationKind::Claim => "inspector-claim",
    };
    ui.label(t(ui, heading).heading());
    bidi_label(ui, &format!("«{}»", a.span.quote));
    if let Some(old) = &a.previous_quote {
        bidi_colored(
            ui,
            ui.visuals().warn_fg_color,
            &tr(ui.ctx(), "inspector-moved", &[]),
        );
        bidi_label(ui, &format!("«{old}»"));
        if ui.button(t(ui, "inspector-accept-new")).clicked() {
            let mut changed = a.clone();
            changed.previous_quote = None;
            requests.push(Request::Document(Command::UpdateAnnotation(Box::new(
                changed,
            ))));
        }
    }
    ui.separator();
    if a.kind == AnnotationKind::Claim {
        claim::claim_ui(ui, ws, a, requests);
    } else {
        entity::entity_ui(ui, ws, a, draft, requests);
    }
    ui.separator();
    fields::note_field(ui, &tr(ui.ctx(), "field-note", &[]), &mut draft.note);
    ui.add_space(6.0);
    if ui
        .button(t(ui, "inspector-delete"))
        .on_hover_text(t(ui, "inspector-delete-tip"))
        .clicked()
    {
        requests.push(Request::Action(Action::Delete));
    }
}
