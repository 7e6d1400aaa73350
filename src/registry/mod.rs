//! The corpus registry: one file of entities for a whole corpus, `marsad-corpus.ron` at the
//! corpus root, so that بوتين tagged in ten thousand articles is one entity with one Wikidata
//! id. This module owns the registry's model ([`Registry`], [`RegistryEntity`]), its file
//! format (`format`: versioned RON, one entity per block in a stable order), reading and
//! saving it as carefully as sidecars (`file`: atomic writes keeping a `.bak`, a three-way
//! merge by id when another writer changed it, never written over when it cannot be read),
//! making a folder a corpus ([`init`]) and finding an article's registry ([`locate()`]). No
//! egui here.

mod cache;
mod file;
mod format;
mod link;
mod locate;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{Entity, EntityId};

pub use cache::{Found, Registries};
pub use file::{RegistryError, RegistryFile, Saved, init};
pub use format::{RegistryParseError, parse, to_string};
pub use link::{Linked, Lookalike, changed_entities, link};
pub use locate::{locate, locate_from};

/// The registry's file name, at the corpus root.
pub const REGISTRY_FILE_NAME: &str = "marsad-corpus.ron";

/// The registry format this build writes. History: 1, the first.
pub const REGISTRY_FORMAT_VERSION: u32 = 1;

/// An entity of the corpus: what a sidecar's entity holds (kind, canonical name, aliases,
/// Wikidata id, ACLED actor type, coordinates, admin areas, precision, note), and the ids of
/// the entities merged into it, so that a sidecar naming one of those still resolves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryEntity {
    /// The entity.
    pub entity: Entity,
    /// Entities merged into this one, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<EntityId>,
}

impl RegistryEntity {
    /// An entity that was never merged with another.
    pub fn new(entity: Entity) -> Self {
        Self {
            entity,
            merged_from: Vec::new(),
        }
    }
}

/// Why a registry's entities cannot stand together.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RegistryInvalid {
    /// Two entities, or an entity and a merged id, share an id.
    #[error("the id {0} is used twice")]
    DuplicateId(EntityId),
    /// An entity has no name.
    #[error("entity {0} has no name")]
    NoName(EntityId),
    /// Coordinates outside the globe.
    #[error("entity {0} has coordinates outside the globe")]
    BadCoordinates(EntityId),
}

/// Why two entities were not merged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefused {
    /// One of them is not an entity of the registry.
    #[error("one of the two is not an entity of the registry")]
    Unknown,
    /// They are one entity.
    #[error("an entity cannot be merged into itself")]
    Same,
    /// An actor and a location.
    #[error("an actor and a location cannot be merged")]
    Kinds,
    /// The result would not stand (never expected).
    #[error("{0}")]
    Invalid(RegistryInvalid),
}

/// The entities of a corpus, by id, with the ids merged into them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Registry {
    entities: BTreeMap<EntityId, RegistryEntity>,
    /// Merged id → the entity it was merged into.
    merged: HashMap<EntityId, EntityId>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// A registry of `entities`, checked: no id twice (as an entity or merged into one).
    pub fn from_entities(
        entities: impl IntoIterator<Item = RegistryEntity>,
    ) -> Result<Self, RegistryInvalid> {
        let mut registry = Self::new();
        for e in entities {
            if registry.entities.contains_key(&e.entity.id) {
                return Err(RegistryInvalid::DuplicateId(e.entity.id));
            }
            registry.put(e)?;
        }
        Ok(registry)
    }

    /// The entities, in the order of their ids (the file's order).
    pub fn entities(&self) -> impl ExactSizeIterator<Item = &RegistryEntity> {
        self.entities.values()
    }

    /// How many entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity with this id, if it is one of the registry's.
    pub fn get(&self, id: EntityId) -> Option<&RegistryEntity> {
        self.entities.get(&id)
    }

    /// The entity `id` names now: itself, or the one it was merged into.
    pub fn resolve(&self, id: EntityId) -> Option<&RegistryEntity> {
        self.entities
            .get(&id)
            .or_else(|| self.merged.get(&id).and_then(|s| self.entities.get(s)))
    }

    /// Adds or replaces an entity (kept with the ids merged into it). Refused, and nothing
    /// changed, when its id is merged into another entity, when an id it lists as merged is
    /// another entity's or merged into another, or when it has no name or its coordinates
    /// are off the globe.
    pub fn put(&mut self, entity: RegistryEntity) -> Result<(), RegistryInvalid> {
        let id = entity.entity.id;
        if self.merged.contains_key(&id) {
            return Err(RegistryInvalid::DuplicateId(id));
        }
        let mut listed = std::collections::HashSet::new();
        for merged in &entity.merged_from {
            let elsewhere = self.merged.get(merged).is_some_and(|s| *s != id);
            if *merged == id
                || !listed.insert(*merged)
                || elsewhere
                || self.entities.contains_key(merged)
            {
                return Err(RegistryInvalid::DuplicateId(*merged));
            }
        }
        if entity.entity.name.trim().is_empty() {
            return Err(RegistryInvalid::NoName(id));
        }
        if entity.entity.coordinates.is_some_and(|c| !c.is_valid()) {
            return Err(RegistryInvalid::BadCoordinates(id));
        }
        self.remove(id);
        for merged in &entity.merged_from {
            self.merged.insert(*merged, id);
        }
        self.entities.insert(id, entity);
        Ok(())
    }

    /// Removes an entity (and forgets the ids merged into it).
    pub fn remove(&mut self, id: EntityId) -> Option<RegistryEntity> {
        let removed = self.entities.remove(&id)?;
        for merged in &removed.merged_from {
            self.merged.remove(merged);
        }
        Some(removed)
    }

    /// Merges entity `absorbed` into `survivor`: the survivor records the absorbed id (and
    /// the ids merged into it), so that every sidecar naming it still resolves without being
    /// rewritten; it takes the absorbed entity's name and aliases as aliases, and the details
    /// it lacks (Wikidata id, actor type, coordinates, admin areas, precision, note).
    /// Refused, and nothing changed, when either is not an entity of the registry, when they
    /// are one, or when their kinds differ.
    pub fn merge(&mut self, survivor: EntityId, absorbed: EntityId) -> Result<(), MergeRefused> {
        if survivor == absorbed {
            return Err(MergeRefused::Same);
        }
        let (Some(kept), Some(gone)) = (self.entities.get(&survivor), self.entities.get(&absorbed))
        else {
            return Err(MergeRefused::Unknown);
        };
        if kept.entity.kind != gone.entity.kind {
            return Err(MergeRefused::Kinds);
        }
        let mut merged = kept.clone();
        let gone = gone.clone();
        let e = &mut merged.entity;
        let folded = |n: &str| crate::matching::folded_string(n.trim());
        for name in std::iter::once(&gone.entity.name).chain(&gone.entity.aliases) {
            let known = std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| folded(n) == folded(name));
            if !known && !name.trim().is_empty() {
                e.aliases.push(name.clone());
            }
        }
        let from = gone.entity;
        e.wikidata = e.wikidata.take().or(from.wikidata);
        e.actor_type = e.actor_type.or(from.actor_type);
        e.coordinates = e.coordinates.or(from.coordinates);
        e.precision = e.precision.or(from.precision);
        if e.admin.is_empty() {
            e.admin = from.admin;
        }
        if e.note.trim().is_empty() {
            e.note = from.note;
        }
        merged.merged_from.push(absorbed);
        merged.merged_from.extend(gone.merged_from);
        self.remove(absorbed);
        self.put(merged).map_err(MergeRefused::Invalid)
    }

    /// Three-way merge by id with another writer's registry (`base`: what both last agreed
    /// on). A change made on one side is taken; a change made on both is settled for this
    /// one and its id returned. Should the result not stand together (both sides merged
    /// one entity into different survivors), this side's registry is kept whole and every
    /// entity the other side changed is reported.
    pub fn merged_with(&self, base: &Self, theirs: &Self) -> (Self, Vec<EntityId>) {
        let (kept, conflicts) =
            crate::model::merge::by_id(&by_id(base), &by_id(self), &by_id(theirs));
        match Self::from_entities(kept.into_iter().cloned()) {
            Ok(merged) => (merged, conflicts),
            Err(_) => {
                let changed = theirs
                    .entities
                    .iter()
                    .filter(|(id, e)| base.entities.get(id) != Some(e))
                    .map(|(id, _)| *id)
                    .collect();
                (self.clone(), changed)
            }
        }
    }
}

/// A registry's entities by id, for a merge.
fn by_id(registry: &Registry) -> HashMap<EntityId, &RegistryEntity> {
    registry.entities.iter().map(|(id, e)| (*id, e)).collect()
}

#[cfg(test)]
mod tests;
