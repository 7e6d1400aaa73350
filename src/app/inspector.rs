//! The inspector: edits the selected annotation and its entity, or the article's metadata
//! when nothing is selected.
//!
//! Choices (entity, speaker, status, rating…) become commands at once. Text fields edit a
//! draft that becomes one command when the field loses focus or the selection moves, so
//! typing a name is one undo step and never a tagging shortcut.

use egui::RichText;

use super::view::{bidi_label, bidi_selectable};
use super::workspace::Workspace;
use crate::model::{
    ActorType, Annotation, AnnotationId, AnnotationKind, ArticleMeta, ClaimRelation,
    ClaimRelationKind, ClaimStatus, Coordinates, Credibility, Entity, EntityKind, GeoPrecision,
    QuoteKind, Reliability, is_wikidata_id,
};
use crate::session::{Command, Link, entity_kind_for};

/// What the inspector asks the window to do.
pub enum Event {
    /// Apply a command.
    Run(Command),
    /// Apply typed edits of the previous selection, without selecting what they changed.
    Flush(Command),
    /// Wait for a click on an actor mention.
    PickSpeaker,
    /// Make the selected text the claim's cue.
    CueFromSelection,
    /// Remove the selected annotation.
    Delete,
    /// Select another annotation.
    Select(AnnotationId),
    /// Review the entity's other mentions.
    TagAll,
    /// Copy the claim's citation.
    Cite(crate::export::citation::Style),
}

/// Text being edited, not yet applied.
#[derive(Clone, Debug, PartialEq)]
struct Draft {
    target: Option<AnnotationId>,
    note: String,
    entity: Option<Entity>,
    lat: String,
    lon: String,
    wikidata: String,
    new_alias: String,
    outlet: String,
    url: String,
    published: String,
}

/// The inspector's state.
#[derive(Default)]
pub struct Inspector {
    draft: Option<Draft>,
    base: Option<Draft>,
    stale: bool,
}

impl Inspector {
    /// The document changed under the inspector (undo, a command): reload fields that are
    /// not being edited.
    pub fn refresh(&mut self) {
        self.stale = true;
    }

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
        self.stale = false;
    }

    /// Shows the inspector. Edits of a previous selection are flushed first.
    pub fn ui(ws: &mut Workspace, ui: &mut egui::Ui) -> Vec<Event> {
        let mut events = Vec::new();
        let mut me = std::mem::take(&mut ws.inspector);
        let moved = me.draft.as_ref().map(|d| d.target) != Some(ws.selected);
        let editing = ui.ctx().text_edit_focused();
        if moved || !editing {
            events.extend(me.flush(ws).into_iter().map(Event::Flush));
        }
        // Fields are reloaded from the document (after undo, say) only when nobody is typing
        // in them.
        if moved || (me.stale && me.draft == me.base && !editing) {
            me.load(ws);
        }
        if let Some(draft) = me.draft.as_mut() {
            egui::ScrollArea::vertical()
                .id_salt("inspector")
                .show(ui, |ui| match ws.selected_annotation() {
                    Some(a) => annotation_ui(ui, ws, a, draft, &mut events),
                    None => article_ui(ui, ws, draft, &mut events),
                });
        }
        ws.inspector = me;
        events
    }
}

fn annotation_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    draft: &mut Draft,
    events: &mut Vec<Event>,
) {
    let heading = match a.kind {
        AnnotationKind::Actor => "Actor mention",
        AnnotationKind::Location => "Location mention",
        AnnotationKind::Claim => "Claim",
    };
    ui.heading(heading);
    bidi_label(ui, &format!("«{}»", a.span.quote));
    if let Some(old) = &a.previous_quote {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "The article changed; this was placed on different text. It was:",
        );
        bidi_label(ui, &format!("«{old}»"));
        if ui.button("Accept the new text").clicked() {
            let mut changed = a.clone();
            changed.previous_quote = None;
            events.push(Event::Run(Command::UpdateAnnotation(Box::new(changed))));
        }
    }
    ui.separator();
    if a.kind == AnnotationKind::Claim {
        claim_ui(ui, ws, a, events);
    } else {
        entity_ui(ui, ws, a, draft, events);
    }
    ui.separator();
    note_field(ui, "Note", &mut draft.note);
    ui.add_space(6.0);
    if ui
        .button("Delete annotation")
        .on_hover_text("Remove it (Delete)")
        .clicked()
    {
        events.push(Event::Delete);
    }
}

fn entity_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    draft: &mut Draft,
    events: &mut Vec<Event>,
) {
    let session = &ws.session;
    let doc = session.document();
    let relink = |link| {
        Event::Run(Command::Relink {
            annotation: a.id,
            link,
        })
    };
    let candidates: Vec<_> = ws
        .candidates()
        .iter()
        .copied()
        .filter(|id| Some(*id) != a.entity)
        .collect();
    match draft.entity.as_mut() {
        Some(entity) => {
            ui.label(RichText::new("Entity").strong());
            bidi_label(ui, &entity.name);
            let n = ws.counted(entity.id).mentions;
            ui.label(if n == 1 {
                "1 mention in this article".to_owned()
            } else {
                format!("{n} mentions in this article")
            });
            if ui
                .button("Tag all occurrences…")
                .on_hover_text("Review its other mentions and tag them (T)")
                .clicked()
            {
                events.push(Event::TagAll);
            }
            entity_fields(
                ui,
                entity,
                [&mut draft.lat, &mut draft.lon, &mut draft.wikidata],
            );
            aliases_ui(ui, entity, &mut draft.new_alias, &a.span.quote);
        }
        None => {
            ui.label("Not linked to an entity.");
        }
    }
    if !candidates.is_empty() {
        ui.label(RichText::new("Matching entities").strong())
            .on_hover_text(
                "Entities whose name or alias is this mention (with or without و ف ب ل ك ال)",
            );
        for id in candidates {
            if let Some(e) = doc.entity(id)
                && bidi_selectable(ui, false, &e.name)
                    .on_hover_text("Link the mention to this entity")
                    .clicked()
            {
                events.push(relink(Link::Entity(id)));
            }
        }
    }
    let kind = entity_kind_for(a.kind);
    ui.collapsing("Link to another entity", |ui| {
        for e in doc.entities().iter().filter(|e| Some(e.kind) == kind) {
            if Some(e.id) != a.entity && bidi_selectable(ui, false, &e.name).clicked() {
                events.push(relink(Link::Entity(e.id)));
            }
        }
        if ui.button("New entity from this mention").clicked() {
            events.push(relink(Link::New(session.suggested_name(&a.span.quote))));
        }
        if a.entity.is_some() && ui.button("Unlink").clicked() {
            events.push(relink(Link::Nothing));
        }
    });
}

/// The longest text a field edits: egui lays out a field's whole text every frame, so a
/// longer one (a sidecar written by another tool) is shown shortened and kept as it is.
const MAX_EDITABLE_BYTES: usize = 200_000;

/// Shows a value too long to edit, and says so; `false` for a value that can be edited.
fn too_long(ui: &mut egui::Ui, label: &str, value: &str) -> bool {
    if value.len() <= MAX_EDITABLE_BYTES {
        return false;
    }
    ui.label(label);
    ui.colored_label(
        ui.visuals().warn_fg_color,
        // Its size in bytes: counting the characters of megabytes every frame would be slow.
        format!(
            "This {} is too long to edit here ({} KB); it is kept as it is.",
            label.to_lowercase(),
            value.len() / 1024
        ),
    );
    bidi_label(ui, value);
    true
}

fn text_field(ui: &mut egui::Ui, label: &str, value: &mut String, valid: bool) {
    if too_long(ui, label, value) {
        return;
    }
    let field = ui
        .horizontal(|ui| {
            let l = ui.label(label);
            let mut edit = egui::TextEdit::singleline(value).desired_width(170.0);
            if !valid {
                edit = edit.text_color(ui.visuals().error_fg_color);
            }
            ui.add(edit).labelled_by(l.id)
        })
        .inner;
    preview(ui, &field, value);
}

/// Under a field being typed in, its text in reading order when it holds right-to-left
/// letters: egui's text fields lay Arabic out left to right.
fn preview(ui: &mut egui::Ui, field: &egui::Response, text: &str) {
    let rtl = text
        .chars()
        .any(|c| unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::AL);
    if field.has_focus() && rtl {
        ui.horizontal(|ui| {
            ui.weak("Reads:");
            bidi_label(ui, text);
        });
    }
}

/// A multi-line text field with its reading-order preview.
fn note_field(ui: &mut egui::Ui, label: &str, value: &mut String) {
    if too_long(ui, label, value) {
        return;
    }
    let l = ui.label(label);
    let field = ui
        .add(egui::TextEdit::multiline(value).desired_rows(2))
        .labelled_by(l.id);
    preview(ui, &field, value);
}

fn optional_field(ui: &mut egui::Ui, label: &str, value: &mut Option<String>) {
    let mut text = value.clone().unwrap_or_default();
    text_field(ui, label, &mut text, true);
    *value = Some(text).filter(|t| !t.trim().is_empty());
}

/// The entity's fields. Coordinates are typed as text and set on the entity when both parse
/// and are in range.
fn entity_fields(ui: &mut egui::Ui, e: &mut Entity, texts: [&mut String; 3]) {
    let [lat_text, lon_text, wikidata] = texts;
    let named = !e.name.trim().is_empty();
    text_field(ui, "Name", &mut e.name, named);
    // Typed as text; set on the entity once it is a valid id (or emptied), so a half-typed
    // id never replaces a stored one.
    let typed = wikidata.trim().to_owned();
    let valid = typed.is_empty() || is_wikidata_id(&typed);
    text_field(ui, "Wikidata", wikidata, valid);
    let typed = wikidata.trim();
    if typed.is_empty() {
        e.wikidata = None;
    } else if is_wikidata_id(typed) {
        e.wikidata = Some(typed.to_owned());
    }
    match e.kind {
        EntityKind::Actor => {
            let mut options = vec![(None, "—".to_owned())];
            options.extend(
                ActorType::ALL.map(|t| (Some(t), format!("{} {}", u8::from(t), t.label()))),
            );
            choice(ui, "Actor type (ACLED)", &mut e.actor_type, &options);
        }
        EntityKind::Location => {
            let parse = |lat: &str, lon: &str| {
                let lat: Option<f64> = lat.trim().parse().ok();
                let lon: Option<f64> = lon.trim().parse().ok();
                lat.zip(lon).map(|(lat, lon)| Coordinates { lat, lon })
            };
            let empty = |lat: &str, lon: &str| lat.trim().is_empty() && lon.trim().is_empty();
            let ok = empty(lat_text, lon_text)
                || parse(lat_text, lon_text).is_some_and(|c| c.is_valid());
            text_field(ui, "Latitude", lat_text, ok);
            text_field(ui, "Longitude", lon_text, ok);
            let parsed = parse(lat_text, lon_text);
            if empty(lat_text, lon_text) {
                e.coordinates = None;
            } else if let Some(c) = parsed.filter(Coordinates::is_valid) {
                e.coordinates = Some(c);
            }
            optional_field(ui, "Country", &mut e.admin.country);
            optional_field(ui, "Admin 1", &mut e.admin.admin1);
            optional_field(ui, "Admin 2", &mut e.admin.admin2);
            optional_field(ui, "Admin 3", &mut e.admin.admin3);
            choice(
                ui,
                "Precision",
                &mut e.precision,
                &[
                    (None, "—"),
                    (Some(GeoPrecision::Exact), "1 the place itself"),
                    (Some(GeoPrecision::Near), "2 near it, or part of a region"),
                    (Some(GeoPrecision::Region), "3 only the region"),
                ],
            );
        }
    }
    note_field(ui, "Entity note", &mut e.note);
}

fn aliases_ui(ui: &mut egui::Ui, e: &mut Entity, new_alias: &mut String, mention: &str) {
    ui.label(RichText::new("Aliases").strong());
    let mut remove = None;
    for (i, alias) in e.aliases.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Remove this alias")
                .clicked()
            {
                remove = Some(i);
            }
            bidi_label(ui, alias);
        });
    }
    if let Some(i) = remove {
        e.aliases.remove(i);
    }
    let known = std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| crate::matching::same_name(mention, n));
    if !known
        && ui
            .button("Add this mention as an alias")
            .on_hover_text(format!("Add «{mention}» to the entity's names"))
            .clicked()
    {
        e.aliases.push(mention.trim().to_owned());
    }
    let field = ui
        .horizontal(|ui| {
            let l = ui.label("New alias");
            let field = ui
                .add(egui::TextEdit::singleline(new_alias).desired_width(150.0))
                .labelled_by(l.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add").clicked() || entered) && !new_alias.trim().is_empty() {
                e.aliases.push(new_alias.trim().to_owned());
                new_alias.clear();
            }
            field
        })
        .inner;
    preview(ui, &field, new_alias);
}

fn claim_ui(ui: &mut egui::Ui, ws: &Workspace, a: &Annotation, events: &mut Vec<Event>) {
    let Some(details) = a.claim.clone() else {
        return;
    };
    speaker_ui(ui, ws, a, &details, events);
    ratings_ui(ui, a, &details, events);
    answers_ui(ui, ws, a, &details, events);
    ui.horizontal_wrapped(|ui| {
        ui.label("Copy citation:");
        for style in crate::export::citation::Style::ALL {
            if ui
                .small_button(style.label())
                .on_hover_text("«quote» — speaker, outlet, date, URL, accessed (Ctrl+Shift+C)")
                .clicked()
            {
                events.push(Event::Cite(style));
            }
        }
    });
}

fn speaker_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    details: &crate::model::Claim,
    events: &mut Vec<Event>,
) {
    let doc = ws.session.document();
    let set = |speaker| {
        Event::Run(Command::SetSpeaker {
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
            events.push(Event::PickSpeaker);
        }
        if details.speaker.is_some() && ui.button("Clear").clicked() {
            events.push(set(None));
        }
    });
    ui.collapsing("Choose the speaker", |ui| {
        for e in doc
            .entities()
            .iter()
            .filter(|e| e.kind == EntityKind::Actor)
        {
            if bidi_selectable(ui, details.speaker == Some(e.id), &e.name).clicked() {
                events.push(set(Some(e.id)));
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
            events.push(Event::CueFromSelection);
        }
        if details.cue.is_some() && ui.button("Clear cue").clicked() {
            events.push(Event::Run(Command::SetCue {
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
    events: &mut Vec<Event>,
) {
    let update = |f: &dyn Fn(&mut crate::model::Claim)| {
        let mut changed = a.clone();
        if let Some(c) = changed.claim.as_mut() {
            f(c);
        }
        Event::Run(Command::UpdateAnnotation(Box::new(changed)))
    };
    let mut status = details.status;
    let statuses = ClaimStatus::ALL.map(|s| (s, s.label()));
    choice(ui, "Status", &mut status, &statuses);
    if status != details.status {
        events.push(update(&|c| c.status = status));
    }
    let mut reliability = details.reliability;
    choice(
        ui,
        "Source reliability",
        &mut reliability,
        &[
            (None, "—"),
            (Some(Reliability::A), "A completely reliable"),
            (Some(Reliability::B), "B usually reliable"),
            (Some(Reliability::C), "C fairly reliable"),
            (Some(Reliability::D), "D not usually reliable"),
            (Some(Reliability::E), "E unreliable"),
            (Some(Reliability::F), "F cannot be judged"),
        ],
    );
    if reliability != details.reliability {
        events.push(update(&|c| c.reliability = reliability));
    }
    let mut credibility = details.credibility;
    let levels = [
        "1 confirmed",
        "2 probably true",
        "3 possibly true",
        "4 doubtful",
        "5 improbable",
        "6 cannot be judged",
    ];
    let mut options = vec![(None, "—")];
    options.extend(
        (1..=6)
            .zip(levels)
            .map(|(n, text)| (Credibility::new(n), text)),
    );
    choice(ui, "Credibility", &mut credibility, &options);
    if credibility != details.credibility {
        events.push(update(&|c| c.credibility = credibility));
    }
    let mut quotation = details.quotation;
    ui.horizontal(|ui| {
        ui.radio_value(&mut quotation, QuoteKind::Indirect, "Indirect");
        ui.radio_value(&mut quotation, QuoteKind::Direct, "Direct quote");
    });
    if quotation != details.quotation {
        events.push(update(&|c| c.quotation = quotation));
    }
}

fn answers_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    details: &crate::model::Claim,
    events: &mut Vec<Event>,
) {
    let doc = ws.session.document();
    let mut kind = details.answers.map(|r| r.kind);
    choice(
        ui,
        "Relation",
        &mut kind,
        &[
            (None, "Answers no other claim"),
            (Some(ClaimRelationKind::Denies), "Denies"),
            (Some(ClaimRelationKind::Disputes), "Disputes"),
        ],
    );
    let others: Vec<&Annotation> = doc
        .annotations()
        .iter()
        .filter(|o| o.kind == AnnotationKind::Claim && o.id != a.id)
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
        events.push(Event::Run(Command::UpdateAnnotation(Box::new(changed))));
    }
    if let Some(r) = details.answers
        && ui.link("Go to the answered claim").clicked()
    {
        events.push(Event::Select(r.target));
    }
}

fn article_ui(ui: &mut egui::Ui, ws: &Workspace, draft: &mut Draft, events: &mut Vec<Event>) {
    let doc = ws.session.document();
    ui.heading("Article");
    bidi_label(ui, &ws.session.opened().title());
    ui.label("Select an annotation in the text to edit it.");
    ui.separator();
    let mut done = doc.meta.done;
    if ui
        .checkbox(&mut done, "Done: fully annotated")
        .on_hover_text("Shown in the corpus list (Ctrl+D)")
        .changed()
    {
        let mut meta: ArticleMeta = doc.meta.clone();
        meta.done = done;
        events.push(Event::Run(Command::SetMeta(Box::new(meta))));
    }
    text_field(ui, "Outlet", &mut draft.outlet, true);
    text_field(ui, "URL", &mut draft.url, true);
    let date_ok = draft.published.trim().is_empty()
        || draft.published.trim().parse::<jiff::civil::Date>().is_ok();
    text_field(ui, "Published (YYYY-MM-DD)", &mut draft.published, date_ok);
}

/// A drop-down of `options`, each a value and its label, that sets `value`.
fn choice<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[(T, impl AsRef<str>)],
) {
    let shown = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or("—", |(_, text)| text.as_ref());
    egui::ComboBox::from_label(label)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, text) in options {
                ui.selectable_value(value, *v, text.as_ref());
            }
        });
}

/// The status's label.
/// The first `n` words of a text, with an ellipsis if there were more.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}
