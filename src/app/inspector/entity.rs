//! The inspector's page for an actor or location mention: its entity, the entity's fields and
//! aliases, the entities it might be, and linking it to another.

use super::super::actions::Action;
use super::super::field::BidiField;
use super::super::labels;
use super::super::messages::{t, t_n, tr};
use super::super::request::Request;
use super::super::view::{bidi_label, bidi_selectable, bidi_widget_text};
use super::super::workspace::Workspace;
use super::Draft;
use super::fields::{choice, note_field, optional_field, text_field};
use crate::i18n::Arg;
use crate::model::{
    ActorType, Annotation, Coordinates, Entity, EntityKind, GeoPrecision, is_wikidata_id,
};
use crate::session::{Command, Link, entity_kind_for};

pub(super) fn entity_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    a: &Annotation,
    draft: &mut Draft,
    requests: &mut Vec<Request>,
) {
    let session = &ws.session;
    let doc = session.document();
    let relink = |link| {
        Request::Document(Command::Relink {
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
            ui.label(t(ui, "entity-heading").strong());
            bidi_label(ui, &entity.name);
            let n = ws.counted(entity.id).mentions;
            ui.label(t_n(ui, "entity-mentions", n));
            if ui
                .button(t(ui, "entity-tag-all"))
                .on_hover_text(t(ui, "entity-tag-all-tip"))
                .clicked()
            {
                requests.push(Request::Action(Action::TagAll));
            }
            entity_fields(
                ui,
                entity,
                [&mut draft.lat, &mut draft.lon, &mut draft.wikidata],
            );
            aliases_ui(ui, entity, &mut draft.new_alias, &a.span.quote);
        }
        None => {
            ui.label(t(ui, "entity-not-linked"));
        }
    }
    if !candidates.is_empty() {
        ui.label(t(ui, "entity-matching").strong())
            .on_hover_ui(|ui| {
                ui.label(t(ui, "entity-matching-tip"));
            });
        for id in candidates {
            if let Some(e) = doc.entity(id)
                && bidi_selectable(ui, false, &e.name)
                    .on_hover_text(t(ui, "entity-link-this"))
                    .clicked()
            {
                requests.push(relink(Link::Entity(id)));
            }
        }
    }
    let kind = entity_kind_for(a.kind);
    super::super::mirror::collapsing(
        ui,
        "entity-link-other",
        t(ui, "entity-link-other"),
        false,
        |ui| {
            for e in doc.entities().iter().filter(|e| Some(e.kind) == kind) {
                if Some(e.id) != a.entity && bidi_selectable(ui, false, &e.name).clicked() {
                    requests.push(relink(Link::Entity(e.id)));
                }
            }
            if ui.button(t(ui, "entity-new-from-mention")).clicked() {
                requests.push(relink(Link::New(session.suggested_name(&a.span.quote))));
            }
            if a.entity.is_some() && ui.button(t(ui, "entity-unlink")).clicked() {
                requests.push(relink(Link::Nothing));
            }
        },
    );
}

/// The entity's fields. Coordinates are typed as text and set on the entity when both parse
/// and are in range.
fn entity_fields(ui: &mut egui::Ui, e: &mut Entity, texts: [&mut String; 3]) {
    let [lat_text, lon_text, wikidata] = texts;
    let named = !e.name.trim().is_empty();
    text_field(ui, &tr(ui.ctx(), "field-name", &[]), &mut e.name, named);
    // Typed as text; set on the entity once it is a valid id (or emptied), so a half-typed
    // id never replaces a stored one.
    let typed = wikidata.trim().to_owned();
    let valid = typed.is_empty() || is_wikidata_id(&typed);
    text_field(ui, &tr(ui.ctx(), "field-wikidata", &[]), wikidata, valid);
    let typed = wikidata.trim();
    if typed.is_empty() {
        e.wikidata = None;
    } else if is_wikidata_id(typed) {
        e.wikidata = Some(typed.to_owned());
    }
    match e.kind {
        EntityKind::Actor => {
            let strings = super::super::messages::strings(ui.ctx());
            let options = labels::options(ActorType::ALL, |v| labels::actor_type(&strings, v));
            choice(
                ui,
                &tr(ui.ctx(), "field-actor-type", &[]),
                &mut e.actor_type,
                &options,
            );
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
            text_field(ui, &tr(ui.ctx(), "field-latitude", &[]), lat_text, ok);
            text_field(ui, &tr(ui.ctx(), "field-longitude", &[]), lon_text, ok);
            let parsed = parse(lat_text, lon_text);
            if empty(lat_text, lon_text) {
                e.coordinates = None;
            } else if let Some(c) = parsed.filter(Coordinates::is_valid) {
                e.coordinates = Some(c);
            }
            optional_field(
                ui,
                &tr(ui.ctx(), "field-country", &[]),
                &mut e.admin.country,
            );
            optional_field(ui, &tr(ui.ctx(), "field-admin1", &[]), &mut e.admin.admin1);
            optional_field(ui, &tr(ui.ctx(), "field-admin2", &[]), &mut e.admin.admin2);
            optional_field(ui, &tr(ui.ctx(), "field-admin3", &[]), &mut e.admin.admin3);
            choice(
                ui,
                &tr(ui.ctx(), "field-precision", &[]),
                &mut e.precision,
                &labels::options(
                    [
                        GeoPrecision::Exact,
                        GeoPrecision::Near,
                        GeoPrecision::Region,
                    ],
                    |v| labels::precision(&super::super::messages::strings(ui.ctx()), v),
                ),
            );
        }
    }
    note_field(ui, &tr(ui.ctx(), "field-entity-note", &[]), &mut e.note);
}

fn aliases_ui(ui: &mut egui::Ui, e: &mut Entity, new_alias: &mut String, mention: &str) {
    ui.label(t(ui, "entity-aliases").strong());
    let mut remove = None;
    for (i, alias) in e.aliases.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text(t(ui, "entity-remove-alias"))
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
            .button(t(ui, "entity-add-alias"))
            .on_hover_ui(|ui| {
                let text = tr(
                    ui.ctx(),
                    "entity-add-alias-tip",
                    &[("name", Arg::Text(mention))],
                );
                ui.label(bidi_widget_text(ui, &text));
            })
            .clicked()
    {
        e.aliases.push(mention.trim().to_owned());
    }
    ui.horizontal(|ui| {
        let l = ui.label(t(ui, "field-new-alias"));
        let field = ui
            .add(BidiField::singleline(new_alias).desired_width(150.0))
            .labelled_by(l.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t(ui, "entity-add")).clicked() || entered) && !new_alias.trim().is_empty() {
            e.aliases.push(new_alias.trim().to_owned());
            new_alias.clear();
        }
    });
}
