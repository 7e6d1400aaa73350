//! Suggestions from the corpus registry: every untagged place an article mentions a registry
//! entity's name or alias, found with the Arabic-aware matching of [`crate::matching`]
//! (proclitics, harakat, hamza forms, never inside a longer word), each with the entity it
//! would link to. The names are compiled once per registry ([`NameIndex`]) and searched once
//! per article ([`NameIndex::hits`]); what the document already tags or turned down is taken
//! out as it changes ([`suggestions`]). Plain Rust, no egui.

use std::ops::Range;

use crate::matching::{Dictionary, Folded};
use crate::model::{AnnotationKind, Document, Entity, EntityId, EntityKind};
use crate::registry::Registry;

/// The names and aliases of a registry's entities, compiled for search.
#[derive(Debug)]
pub struct NameIndex {
    dictionary: Dictionary,
    /// For each name, in the dictionary's order: its entity and the entity's kind.
    owners: Vec<(EntityId, EntityKind)>,
}

/// A registry name found in an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The entity it names.
    pub entity: EntityId,
    /// Its kind.
    pub kind: EntityKind,
    /// The name, without the proclitics attached to it.
    pub range: Range<usize>,
    /// The written word, proclitics included.
    pub word: Range<usize>,
}

/// A suggestion: this untagged mention may be of this entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The entity.
    pub entity: EntityId,
    /// The name, without its proclitics (what accepting it tags).
    pub range: Range<usize>,
    /// The written word, proclitics included.
    pub word: Range<usize>,
}

impl NameIndex {
    /// The names of every entity of `registry`.
    pub fn new(registry: &Registry) -> Self {
        Self::of(registry.entities().map(|r| &r.entity))
    }

    /// The names of `entities`.
    pub fn of<'a>(entities: impl IntoIterator<Item = &'a Entity>) -> Self {
        let mut owners = Vec::new();
        let mut names = Vec::new();
        for e in entities {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                if !name.trim().is_empty() {
                    names.push(name.as_str());
                    owners.push((e.id, e.kind));
                }
            }
        }
        Self {
            dictionary: Dictionary::new(names),
            owners,
        }
    }

    /// How many names and aliases it holds.
    pub fn len(&self) -> usize {
        self.owners.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.owners.is_empty()
    }

    /// Every place a name is mentioned in a folded article, in text order.
    pub fn hits(&self, folded: &Folded) -> Vec<Hit> {
        let mut out: Vec<Hit> = self
            .dictionary
            .find(folded)
            .into_iter()
            .map(|(name, m)| {
                let (entity, kind) = self.owners[name];
                Hit {
                    entity,
                    kind,
                    range: m.name,
                    word: m.word,
                }
            })
            .collect();
        // An entity found twice at one place (by its name and an alias) counts once.
        out.sort_by_key(|h| (h.range.start, h.range.end, h.entity));
        out.dedup_by(|a, b| a.entity == b.entity && a.range == b.range);
        out
    }
}

/// The hits still worth suggesting in `document`, in text order and never overlapping: not
/// where a mention of the same kind or entity is tagged, not turned down here, longer names
/// first (الرئيس الروسي over a shorter alias inside it), and where two entities share a name,
/// the one the article already mentions, else the first by id.
pub fn suggestions(hits: &[Hit], document: &Document) -> Vec<Suggestion> {
    let mut candidates: Vec<&Hit> = hits
        .iter()
        .filter(|h| {
            !document
                .corpus
                .is_rejected(h.entity, h.range.start, h.range.end)
        })
        .filter(|h| {
            let kind = match h.kind {
                EntityKind::Actor => AnnotationKind::Actor,
                EntityKind::Location => AnnotationKind::Location,
            };
            !document
                .overlapping(h.range.clone())
                .any(|a| a.kind == kind || a.entity == Some(h.entity))
        })
        .collect();
    candidates.sort_by_key(|h| {
        (
            std::cmp::Reverse(h.range.len()),
            h.range.start,
            document.entity(h.entity).is_none(),
            h.entity,
        )
    });
    let mut taken: std::collections::BTreeMap<usize, Suggestion> =
        std::collections::BTreeMap::new();
    for h in candidates {
        let before = taken.range(..h.range.end).next_back();
        if before.is_some_and(|(_, s)| s.range.end > h.range.start) {
            continue;
        }
        taken.insert(
            h.range.start,
            Suggestion {
                entity: h.entity,
                range: h.range.clone(),
                word: h.word.clone(),
            },
        );
    }
    taken.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, IndexedText, Rejection, Span};
    use crate::registry::RegistryEntity;

    fn registry(entities: &[Entity]) -> Registry {
        Registry::from_entities(entities.iter().cloned().map(RegistryEntity::new)).unwrap()
    }

    fn quotes(text: &str, found: &[Suggestion]) -> Vec<String> {
        found
            .iter()
            .map(|s| {
                text.chars()
                    .skip(s.range.start)
                    .take(s.range.len())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn untagged_mentions_are_suggested_and_tagged_or_rejected_ones_are_not() {
        let mut putin = Entity::new(EntityKind::Actor, "فلاديمير بوتين");
        putin.aliases = vec!["بوتين".into(), "الرئيس الروسي".into()];
        let ramla = Entity::new(EntityKind::Location, "الرملة");
        let index = NameIndex::new(&registry(&[putin.clone(), ramla.clone()]));
        assert_eq!(index.len(), 4);
        let text = "قال بوتين ووكالة سبوتنيك إن وبوتين والرئيس الروسي زارا الرملة وفلاديمير بوتين.";
        let folded = crate::matching::fold(text);
        let hits = index.hits(&folded);
        let mut doc = Document::new("h");
        let found = suggestions(&hits, &doc);
        assert_eq!(
            quotes(text, &found),
            ["بوتين", "بوتين", "الرئيس الروسي", "الرملة", "فلاديمير بوتين"]
        );
        assert!(found.iter().all(|s| s.entity
            == if s.range.start == found[3].range.start {
                ramla.id
            } else {
                putin.id
            }));
        // The first is tagged, the second turned down: neither is suggested any more.
        let idx = IndexedText::new(text);
        let first = &found[0];
        let mut a = Annotation::new(
            AnnotationKind::Actor,
            Span::capture(&idx, first.range.start, first.range.end).unwrap(),
            "t",
            jiff::Timestamp::UNIX_EPOCH,
        );
        a.entity = Some(putin.id);
        doc.upsert_entity(putin.clone());
        doc.upsert_annotation(a);
        doc.corpus.reject([Rejection {
            entity: putin.id,
            start: found[1].range.start,
            end: found[1].range.end,
            quote: "بوتين".into(),
        }]);
        let after = suggestions(&hits, &doc);
        assert_eq!(
            quotes(text, &after),
            ["الرئيس الروسي", "الرملة", "فلاديمير بوتين"]
        );
    }
}
