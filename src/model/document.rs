//! The document: everything annotated on one article, and the invariants that hold over it.

use std::collections::HashSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, AnnotationKind};
use super::entity::Entity;
use super::ids::{AnnotationId, EntityId};

/// Article metadata kept in the sidecar. Fields left empty fall back to what the article file
/// says (front matter, first line).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// Title, when it differs from the article's first line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet that published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// BCP 47 language tag, e.g. `ar`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The analyst marked the article as fully annotated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
    /// SHA-256 of the normalized text the offsets count into, lowercase hex.
    pub text_sha256: String,
}

impl ArticleMeta {
    /// The metadata an analyst edits: all but the text hash, which re-anchoring sets.
    #[must_use]
    pub fn without_hash(&self) -> Self {
        Self {
            text_sha256: String::new(),
            ..self.clone()
        }
    }
}

/// How often an entity appears in the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntityCounts {
    /// Mentions linked to it.
    pub mentions: usize,
    /// Claims it is the speaker of.
    pub claims: usize,
}

/// Annotation counts by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    /// Actor mentions.
    pub actor: usize,
    /// Location mentions.
    pub location: usize,
    /// Claims.
    pub claim: usize,
}

impl KindCounts {
    /// All annotations.
    pub fn total(&self) -> usize {
        self.actor + self.location + self.claim
    }
}

/// A broken invariant found in a loaded document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// Two annotations (placed or orphaned) share an id.
    #[error("annotation id {0} is used twice")]
    DuplicateAnnotation(AnnotationId),
    /// Two entities share an id.
    #[error("entity id {0} is used twice")]
    DuplicateEntity(EntityId),
    /// A claim without claim details, or claim details on a mention.
    #[error("annotation {id} is a {kind} but {}", if *.kind == AnnotationKind::Claim { "has no claim details" } else { "carries claim details" })]
    ClaimMismatch {
        /// The annotation.
        id: AnnotationId,
        /// Its kind.
        kind: AnnotationKind,
    },
    /// An annotation points to an entity that does not exist.
    #[error("annotation {id} refers to entity {entity}, which is not in the file")]
    MissingEntity {
        /// The annotation.
        id: AnnotationId,
        /// The missing entity.
        entity: EntityId,
    },
    /// A span whose end is not after its start.
    #[error("annotation {0} has an empty span, or one that ends before it starts")]
    ReversedSpan(AnnotationId),
}

/// Everything annotated on one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Metadata.
    pub meta: ArticleMeta,
    entities: Vec<Entity>,
    annotations: Vec<Annotation>,
    orphans: Vec<Annotation>,
}

impl Document {
    /// An empty document for a text with this hash.
    pub fn new(text_sha256: impl Into<String>) -> Self {
        Self {
            meta: ArticleMeta {
                text_sha256: text_sha256.into(),
                ..ArticleMeta::default()
            },
            ..Self::default()
        }
    }

    /// Builds a document from parts, sorting them into their stable order.
    pub fn from_parts(
        meta: ArticleMeta,
        entities: Vec<Entity>,
        annotations: Vec<Annotation>,
        orphans: Vec<Annotation>,
    ) -> Self {
        let mut doc = Self {
            meta,
            entities,
            annotations,
            orphans,
        };
        doc.sort();
        doc
    }

    /// Entities, in creation order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Placed annotations, in text order.
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    /// Annotations that could not be placed in the current text. They are kept, never dropped.
    pub fn orphans(&self) -> &[Annotation] {
        &self.orphans
    }

    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The entity an annotation refers to: a mention's entity, or a claim's speaker.
    pub fn entity_of(&self, a: &Annotation) -> Option<&Entity> {
        let id = a
            .entity
            .or_else(|| a.claim.as_ref().and_then(|c| c.speaker))?;
        self.entity(id)
    }

    /// The annotation with this id, placed or orphaned.
    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        self.annotations
            .iter()
            .chain(&self.orphans)
            .find(|a| a.id == id)
    }

    /// Adds an entity, or replaces the one with the same id.
    pub fn upsert_entity(&mut self, entity: Entity) {
        match self.entities.iter_mut().find(|e| e.id == entity.id) {
            Some(slot) => *slot = entity,
            None => {
                let at = self.entities.partition_point(|e| e.id < entity.id);
                self.entities.insert(at, entity);
            }
        }
    }

    /// Removes an entity and returns it (callers check that nothing refers to it).
    pub fn remove_entity(&mut self, id: EntityId) -> Option<Entity> {
        let i = self.entities.iter().position(|e| e.id == id)?;
        Some(self.entities.remove(i))
    }

    /// Adds an annotation, or replaces the one with the same id, keeping text order. An
    /// orphan stays an orphan: its offsets do not fit the current text.
    pub fn upsert_annotation(&mut self, annotation: Annotation) {
        if let Some(slot) = self.orphans.iter_mut().find(|o| o.id == annotation.id) {
            *slot = annotation;
            return;
        }
        self.remove_annotation(annotation.id);
        let key = sort_key(&annotation);
        let at = self.annotations.partition_point(|a| sort_key(a) < key);
        self.annotations.insert(at, annotation);
    }

    /// Adds (or replaces) an orphan: an annotation kept although it has no place in the text.
    pub fn upsert_orphan(&mut self, annotation: Annotation) {
        self.remove_annotation(annotation.id);
        let at = self.orphans.partition_point(|o| o.id < annotation.id);
        self.orphans.insert(at, annotation);
    }

    /// Whether an annotation is an orphan.
    pub fn is_orphan(&self, id: AnnotationId) -> bool {
        self.orphans.iter().any(|o| o.id == id)
    }

    /// Removes an annotation, placed or orphaned, and returns it.
    pub fn remove_annotation(&mut self, id: AnnotationId) -> Option<Annotation> {
        if let Some(i) = self.annotations.iter().position(|a| a.id == id) {
            return Some(self.annotations.remove(i));
        }
        let i = self.orphans.iter().position(|a| a.id == id)?;
        Some(self.orphans.remove(i))
    }

    /// Replaces the placed annotations and orphans at once (after re-anchoring).
    pub fn set_annotations(&mut self, placed: Vec<Annotation>, orphans: Vec<Annotation>) {
        self.annotations = placed;
        self.orphans = orphans;
        self.sort();
    }

    /// How often each entity is mentioned and speaks, in placed annotations, in one pass.
    pub fn entity_counts(&self) -> std::collections::HashMap<EntityId, EntityCounts> {
        let mut counts: std::collections::HashMap<EntityId, EntityCounts> =
            std::collections::HashMap::new();
        for a in &self.annotations {
            if let Some(e) = a.entity {
                counts.entry(e).or_default().mentions += 1;
            }
            if let Some(s) = a.claim.as_ref().and_then(|c| c.speaker) {
                counts.entry(s).or_default().claims += 1;
            }
        }
        counts
    }

    /// Counts placed annotations by kind.
    pub fn counts(&self) -> KindCounts {
        let mut counts = KindCounts::default();
        for a in &self.annotations {
            match a.kind {
                AnnotationKind::Actor => counts.actor += 1,
                AnnotationKind::Location => counts.location += 1,
                AnnotationKind::Claim => counts.claim += 1,
            }
        }
        counts
    }

    /// Checks the invariants that loading must not let through.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut entity_ids = HashSet::with_capacity(self.entities.len());
        for e in &self.entities {
            if !entity_ids.insert(e.id) {
                return Err(Invalid::DuplicateEntity(e.id));
            }
        }
        let mut ids = HashSet::with_capacity(self.annotations.len() + self.orphans.len());
        for a in self.annotations.iter().chain(&self.orphans) {
            if !ids.insert(a.id) {
                return Err(Invalid::DuplicateAnnotation(a.id));
            }
            if (a.kind == AnnotationKind::Claim) != a.claim.is_some() {
                return Err(Invalid::ClaimMismatch {
                    id: a.id,
                    kind: a.kind,
                });
            }
            if a.spans().any(|s| s.end <= s.start) {
                return Err(Invalid::ReversedSpan(a.id));
            }
            let speaker = a.claim.as_ref().and_then(|c| c.speaker);
            for entity in a.entity.iter().chain(speaker.iter()) {
                if !entity_ids.contains(entity) {
                    return Err(Invalid::MissingEntity {
                        id: a.id,
                        entity: *entity,
                    });
                }
            }
        }
        Ok(())
    }

    fn sort(&mut self) {
        self.entities.sort_by_key(|e| e.id);
        self.annotations.sort_by_key(sort_key);
        self.orphans.sort_by_key(|a| a.id);
    }
}

fn sort_key(a: &Annotation) -> (usize, usize, AnnotationKind, AnnotationId) {
    (a.span.start, a.span.end, a.kind, a.id)
}
