//! File → Corpus registry: every entity of the open article's corpus registry, filtered by
//! name, with its mentions across the corpus (as the corpus list has read them); rename an
//! entity and set its aliases, merge one into another, undo and redo. The list lays out only
//! the rows in view. Edits are asked as requests; `app/apply` carries them out.

use std::collections::HashMap;

use super::field::BidiField;
use super::messages::{t, tr};
use super::mirror;
use super::request::Request;
use super::view::{bidi_colored, bidi_widget_text};
use crate::i18n::Arg;
use crate::model::{AnnotationKind, EntityId, EntityKind};
use crate::registry::Registry;

/// What the Registry window asks.
#[derive(Debug)]
pub enum RegistryRequest {
    /// Rename an entity and set its aliases.
    Rename {
        /// The entity.
        id: EntityId,
        /// The canonical name.
        name: String,
        /// Its aliases.
        aliases: Vec<String>,
    },
    /// Merge `absorbed` into `survivor`.
    Merge {
        /// The entity that stays.
        survivor: EntityId,
        /// The entity merged into it.
        absorbed: EntityId,
    },
    /// Undo the last registry edit (or redo the last undone one).
    Undo {
        /// Redo instead.
        redo: bool,
    },
}

/// The Registry window's state.
#[derive(Default)]
pub struct RegistryWindow {
    filter: String,
    selected: Option<EntityId>,
    /// The selected entity's name and aliases (one a line), as typed.
    name: String,
    aliases: String,
    /// Waiting for a click on the entity to merge into the selected one, or that one chosen.
    picking: bool,
    absorbed: Option<EntityId>,
}

/// What the window shows of the corpus.
pub struct Shown<'a> {
    /// The registry, if the open article is in a corpus whose registry can be read.
    pub registry: Option<&'a Registry>,
    /// Why it cannot be read.
    pub problem: Option<String>,
    /// Mentions and articles per entity, if a corpus folder is open.
    pub totals: Option<&'a HashMap<EntityId, (usize, usize)>>,
    /// Whether there is an edit to undo, and one to redo.
    pub undo: (bool, bool),
}

impl RegistryWindow {
    /// The window; `open` is cleared when it is closed.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        shown: &Shown<'_>,
        requests: &mut Vec<Request>,
    ) {
        egui::Window::new(super::view::bidi_widget_text_ctx(
            ctx,
            &tr(ctx, "registry-title", &[]),
        ))
        .default_width(460.0)
        .open(open)
        .show(ctx, |ui| {
            mirror::reading(ui, |ui| self.contents(ui, shown, requests));
        });
    }

    fn contents(&mut self, ui: &mut egui::Ui, shown: &Shown<'_>, requests: &mut Vec<Request>) {
        if let Some(problem) = &shown.problem {
            bidi_colored(ui, ui.visuals().error_fg_color, problem);
            return;
        }
        let Some(registry) = shown.registry else {
            ui.label(t(ui, "registry-none"));
            return;
        };
        ui.horizontal(|ui| {
            let (undo, redo) = shown.undo;
            if ui
                .add_enabled(undo, egui::Button::new(t(ui, "registry-undo")))
                .clicked()
            {
                requests.push(Request::Registry(RegistryRequest::Undo { redo: false }));
            }
            if ui
                .add_enabled(redo, egui::Button::new(t(ui, "registry-redo")))
                .clicked()
            {
                requests.push(Request::Registry(RegistryRequest::Undo { redo: true }));
            }
        });
        let l = ui.label(t(ui, "registry-filter"));
        ui.add(BidiField::singleline(&mut self.filter).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        let wanted = crate::matching::folded_string(self.filter.trim());
        let rows: Vec<&crate::model::Entity> = registry
            .entities()
            .map(|r| &r.entity)
            .filter(|e| {
                wanted.is_empty()
                    || std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| crate::matching::folded_string(n).contains(&wanted))
            })
            .collect();
        ui.label(tr(
            ui.ctx(),
            "registry-count",
            &[
                ("shown", Arg::Number(rows.len())),
                ("count", Arg::Number(registry.len())),
            ],
        ));
        if self.picking {
            let name = Self::name_of(registry, self.selected);
            bidi_colored(
                ui,
                ui.visuals().warn_fg_color,
                &tr(
                    ui.ctx(),
                    "registry-merge-pick",
                    &[("name", Arg::Text(&name))],
                ),
            );
        }
        let row_height = ui
            .spacing()
            .interact_size
            .y
            .max((ui.text_style_height(&egui::TextStyle::Body) * 1.15).ceil() + 2.0);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("registry rows")
            .max_height(280.0)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, rows.len(), |ui, range| {
                for e in &rows[range] {
                    let text = row_text(ui.ctx(), e, shown.totals);
                    let selected = self.selected == Some(e.id) || self.absorbed == Some(e.id);
                    let size = egui::vec2(ui.available_width(), row_height);
                    let layout = if mirror::rtl(ui.ctx()) {
                        egui::Layout::right_to_left(egui::Align::Center)
                    } else {
                        egui::Layout::left_to_right(egui::Align::Center)
                    };
                    let row = ui
                        .allocate_ui_with_layout(size, layout, |ui| {
                            ui.add(egui::Button::selectable(
                                selected,
                                bidi_widget_text(ui, &text),
                            ))
                        })
                        .inner;
                    if row.clicked() {
                        clicked = Some(e.id);
                    }
                }
            });
        if let Some(id) = clicked {
            if self.picking {
                self.absorbed = Some(id).filter(|id| Some(*id) != self.selected);
                self.picking = self.absorbed.is_none();
            } else {
                self.select(registry, id);
            }
        }
        self.details(ui, registry, requests);
    }

    fn select(&mut self, registry: &Registry, id: EntityId) {
        self.selected = Some(id);
        self.absorbed = None;
        if let Some(e) = registry.get(id) {
            self.name.clone_from(&e.entity.name);
            self.aliases = e.entity.aliases.join("\n");
        }
    }

    fn name_of(registry: &Registry, id: Option<EntityId>) -> String {
        id.and_then(|id| registry.get(id))
            .map(|e| e.entity.name.clone())
            .unwrap_or_default()
    }

    /// The selected entity: its names, and merging another into it.
    fn details(&mut self, ui: &mut egui::Ui, registry: &Registry, requests: &mut Vec<Request>) {
        let Some(id) = self.selected.filter(|id| registry.get(*id).is_some()) else {
            self.selected = None;
            return;
        };
        ui.separator();
        let l = ui.label(t(ui, "registry-name"));
        ui.add(BidiField::singleline(&mut self.name).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        let l = ui.label(t(ui, "registry-aliases"));
        ui.add(BidiField::multiline(&mut self.aliases).desired_rows(3))
            .labelled_by(l.id);
        if ui.button(t(ui, "registry-apply")).clicked() {
            let aliases = self
                .aliases
                .lines()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect();
            requests.push(Request::Registry(RegistryRequest::Rename {
                id,
                name: self.name.trim().to_owned(),
                aliases,
            }));
        }
        ui.separator();
        match self.absorbed.filter(|a| registry.get(*a).is_some()) {
            Some(absorbed) => {
                let label = tr(
                    ui.ctx(),
                    "registry-merge-confirm",
                    &[
                        (
                            "absorbed",
                            Arg::Text(&Self::name_of(registry, Some(absorbed))),
                        ),
                        ("survivor", Arg::Text(&Self::name_of(registry, Some(id)))),
                    ],
                );
                ui.horizontal(|ui| {
                    if ui.button(bidi_widget_text(ui, &label)).clicked() {
                        requests.push(Request::Registry(RegistryRequest::Merge {
                            survivor: id,
                            absorbed,
                        }));
                        self.absorbed = None;
                    }
                    if ui.button(t(ui, "registry-merge-cancel")).clicked() {
                        self.absorbed = None;
                    }
                });
            }
            None if self.picking => {
                if ui.button(t(ui, "registry-merge-cancel")).clicked() {
                    self.picking = false;
                }
            }
            None => {
                if ui.button(t(ui, "registry-merge-start")).clicked() {
                    self.picking = true;
                }
            }
        }
    }
}

/// A row: name, kind, and (with a corpus open) its mentions across the corpus.
fn row_text(
    ctx: &egui::Context,
    e: &crate::model::Entity,
    totals: Option<&HashMap<EntityId, (usize, usize)>>,
) -> String {
    let strings = super::messages::strings(ctx);
    let kind = super::labels::kind(
        &strings,
        match e.kind {
            EntityKind::Actor => AnnotationKind::Actor,
            EntityKind::Location => AnnotationKind::Location,
        },
    );
    match totals {
        Some(totals) => {
            let (mentions, articles) = totals.get(&e.id).copied().unwrap_or_default();
            strings.format(
                "registry-row",
                &[
                    ("name", Arg::Text(&e.name)),
                    ("kind", Arg::Code(&kind)),
                    ("mentions", Arg::Number(mentions)),
                    ("articles", Arg::Number(articles)),
                ],
            )
        }
        None => strings.format(
            "registry-row-plain",
            &[("name", Arg::Text(&e.name)), ("kind", Arg::Code(&kind))],
        ),
    }
}
