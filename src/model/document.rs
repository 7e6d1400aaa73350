//! The document: everything annotated on one article, and the invariants that hold over it.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, AnnotationKind};
use super::corpus::CorpusLink;
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
///
/// Placed annotations are shared (`Arc`): a copy of the document (for the recovery file, a
/// save, the undo history) copies pointers, and an edit copies only the annotation it
/// changes. What is worked out from them (counts, where each id sits, the longest span) is
/// kept up to date by each change, so that asking costs nothing.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Metadata.
    pub meta: ArticleMeta,
    /// How the article stands to its corpus registry.
    pub corpus: CorpusLink,
    entities: Vec<Entity>,
    annotations: Vec<Arc<Annotation>>,
    orphans: Vec<Annotation>,
    derived: Derived,
}

/// Two documents are equal when what they hold is: what is worked out from it is left out.
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.meta == other.meta
            && self.corpus == other.corpus
            && self.entities == other.entities
            && self.annotations == other.annotations
            && self.orphans == other.orphans
    }
}

/// What the document keeps worked out from its placed annotations.
#[derive(Clone, Debug, Default)]
struct Derived {
    /// Each placed annotation's sort key, to find it by id.
    keys: HashMap<AnnotationId, SortKey>,
    /// Placed annotations by kind.
    kinds: KindCounts,
    /// Mentions and claims per entity.
    entities: HashMap<EntityId, EntityCounts>,
    /// No placed annotation's span is longer (it may have been, before a removal).
    longest: usize,
}

impl Derived {
    fn add(&mut self, a: &Annotation) {
        self.keys.insert(a.id, sort_key(a));
        self.count(a, |n| *n += 1);
        self.longest = self.longest.max(a.span.len());
    }

    fn remove(&mut self, a: &Annotation) {
        self.keys.remove(&a.id);
        self.count(a, |n| *n = n.saturating_sub(1));
    }

    fn count(&mut self, a: &Annotation, change: impl Fn(&mut usize)) {
        change(match a.kind {
            AnnotationKind::Actor => &mut self.kinds.actor,
            AnnotationKind::Location => &mut self.kinds.location,
            AnnotationKind::Claim => &mut self.kinds.claim,
        });
        if let Some(e) = a.entity {
            let counts = self.entities.entry(e).or_default();
            change(&mut counts.mentions);
        }
        if let Some(s) = a.claim.as_ref().and_then(|c| c.speaker) {
            let counts = self.entities.entry(s).or_default();
            change(&mut counts.claims);
        }
        self.entities.retain(|_, c| c.mentions + c.claims > 0);
    }
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
            corpus: CorpusLink::default(),
            entities,
            annotations: annotations.into_iter().map(Arc::new).collect(),
            orphans,
            derived: Derived::default(),
        };
        doc.sort();
        doc
    }

    /// Entities, in creation order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Placed annotations, in text order.
    pub fn annotations(&self) -> &[Arc<Annotation>] {
        &self.annotations
    }

    /// Every annotation, placed (in text order) then orphaned.
    pub fn all(&self) -> impl Iterator<Item = &Annotation> {
        self.annotations.iter().map(|a| &**a).chain(&self.orphans)
    }

    /// Placed annotations that overlap a range of code points, in text order.
    pub fn overlapping(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = &Annotation> {
        // Sorted by start: nothing that starts more than the longest span before the range
        // can reach into it.
        let from = range.start.saturating_sub(self.derived.longest);
        let first = self.annotations.partition_point(|a| a.span.start < from);
        let upto = self
            .annotations
            .partition_point(|a| a.span.start < range.end);
        self.annotations[first..upto.max(first)]
            .iter()
            .map(|a| &**a)
            .filter(move |a| a.span.end > range.start)
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
        match self.placed_index(id) {
            Some(i) => Some(&self.annotations[i]),
            None => self.orphans.iter().find(|a| a.id == id),
        }
    }

    /// Where a placed annotation sits in text order.
    fn placed_index(&self, id: AnnotationId) -> Option<usize> {
        let key = self.derived.keys.get(&id)?;
        let i = self.annotations.partition_point(|a| sort_key(a) < *key);
        (self.annotations.get(i)?.id == id).then_some(i)
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
        self.derived.add(&annotation);
        self.annotations.insert(at, Arc::new(annotation));
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
        if let Some(i) = self.placed_index(id) {
            let removed = self.annotations.remove(i);
            self.derived.remove(&removed);
            return Some(Arc::unwrap_or_clone(removed));
        }
        let i = self.orphans.iter().position(|a| a.id == id)?;
        Some(self.orphans.remove(i))
    }

    /// Replaces the placed annotations and orphans at once (after re-anchoring).
    pub fn set_annotations(&mut self, placed: Vec<Annotation>, orphans: Vec<Annotation>) {
        self.annotations = placed.into_iter().map(Arc::new).collect();
        self.orphans = orphans;
        self.sort();
    }

    /// How often each entity is mentioned and speaks, in placed annotations.
    pub fn entity_counts(&self) -> &HashMap<EntityId, EntityCounts> {
        &self.derived.entities
    }

    /// How often one entity is mentioned and speaks, in placed annotations.
    pub fn counts_of(&self, entity: EntityId) -> EntityCounts {
        self.derived
            .entities
            .get(&entity)
            .copied()
            .unwrap_or_default()
    }

    /// Counts placed annotations by kind.
    pub fn counts(&self) -> KindCounts {
        self.derived.kinds
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
        for a in self.annotations.iter().map(|a| &**a).chain(&self.orphans) {
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
        self.annotations.sort_by_key(|a| sort_key(a));
        self.orphans.sort_by_key(|a| a.id);
        self.derived = Derived::default();
        for a in &self.annotations {
            self.derived.add(a);
        }
    }
}

/// Where an annotation sits in text order.
type SortKey = (usize, usize, AnnotationKind, AnnotationId);

fn sort_key(a: &Annotation) -> SortKey {
    (a.span.start, a.span.end, a.kind, a.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Span};

    /// A document changed many ways keeps its counts, its index by id and its overlap search
    /// equal to what a recount over its annotations finds.
    #[test]
    fn what_the_document_works_out_stays_equal_to_a_recount() {
        let now = jiff::Timestamp::UNIX_EPOCH;
        let actors = [EntityId::new(), EntityId::new()];
        let mut doc = Document::new("hash");
        let mut ids = Vec::new();
        let mut seed = 7_u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for step in 0..600 {
            let start = usize::try_from(next(500)).unwrap();
            let len = usize::try_from(next(40) + 1).unwrap();
            let kind = [
                AnnotationKind::Actor,
                AnnotationKind::Location,
                AnnotationKind::Claim,
            ][usize::try_from(next(3)).unwrap()];
            let span = Span {
                start,
                end: start + len,
                quote: "x".repeat(len),
                prefix: String::new(),
                suffix: String::new(),
            };
            let mut a = Annotation::new(kind, span, "t", now);
            if kind == AnnotationKind::Claim {
                a.claim = Some(Claim {
                    speaker: (next(2) == 0).then_some(actors[0]),
                    ..Claim::default()
                });
            } else {
                a.entity = Some(actors[usize::try_from(next(2)).unwrap()]);
            }
            match next(4) {
                0 if !ids.is_empty() => {
                    let i = usize::try_from(next(ids.len() as u64)).unwrap();
                    doc.remove_annotation(ids.swap_remove(i));
                }
                1 if !ids.is_empty() => {
                    // The same id, moved and relinked.
                    a.id = ids[usize::try_from(next(ids.len() as u64)).unwrap()];
                    doc.upsert_annotation(a);
                }
                _ => {
                    ids.push(a.id);
                    doc.upsert_annotation(a);
                }
            }
            let mut kinds = KindCounts::default();
            let mut entities: HashMap<EntityId, EntityCounts> = HashMap::new();
            for a in doc.annotations() {
                match a.kind {
                    AnnotationKind::Actor => kinds.actor += 1,
                    AnnotationKind::Location => kinds.location += 1,
                    AnnotationKind::Claim => kinds.claim += 1,
                }
                if let Some(e) = a.entity {
                    entities.entry(e).or_default().mentions += 1;
                }
                if let Some(s) = a.claim.as_ref().and_then(|c| c.speaker) {
                    entities.entry(s).or_default().claims += 1;
                }
            }
            assert_eq!(doc.counts(), kinds, "step {step}");
            assert_eq!(doc.entity_counts(), &entities, "step {step}");
            for id in &ids {
                assert_eq!(doc.annotation(*id).map(|a| a.id), Some(*id), "step {step}");
            }
            let probe = usize::try_from(next(540)).unwrap();
            let range = probe..probe + usize::try_from(next(30) + 1).unwrap();
            let found: Vec<AnnotationId> = doc.overlapping(range.clone()).map(|a| a.id).collect();
            let expected: Vec<AnnotationId> = doc
                .annotations()
                .iter()
                .filter(|a| a.span.start < range.end && a.span.end > range.start)
                .map(|a| a.id)
                .collect();
            assert_eq!(found, expected, "step {step}");
        }
        assert_eq!(doc.annotations().len(), ids.len());
    }
}
