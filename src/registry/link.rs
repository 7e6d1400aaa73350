//! An article's entities linked to its corpus registry. When an article of a corpus opens,
//! each of its entities becomes the registry's: a linked sidecar's ids are registry ids
//! (resolved through merges, so a merged id finds its survivor), and a version 1 sidecar's
//! entities are matched by Wikidata id. The registry wins over the sidecar's snapshot. An
//! entity the registry lacks keeps its snapshot; one of a version 1 sidecar that matches a
//! registry entity only by folded name and kind is proposed for review, never merged, since
//! محمد or الجيش names many.

use std::collections::HashMap;

use super::Registry;
use crate::matching::folded_string;
use crate::model::{Annotation, Document, Entity, EntityId, EntityKind};

/// A version 1 sidecar's entity that looks like a registry entity (same kind and folded name
/// or alias) and may be the same one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookalike {
    /// The article's entity.
    pub entity: EntityId,
    /// The registry entity it looks like.
    pub like: EntityId,
}

/// An article linked to its registry.
#[derive(Clone, Debug)]
pub struct Linked {
    /// The document with the registry's entities and ids.
    pub document: Document,
    /// Linked entities whose id the registry lacks: their snapshot is used.
    pub missing: Vec<EntityId>,
    /// Entities not in the registry yet (of a version 1 sidecar, or the registry lost them
    /// before this article was linked): they are added when the article is next saved.
    pub unregistered: Vec<EntityId>,
    /// Look-alikes to review.
    pub lookalikes: Vec<Lookalike>,
    /// The registry's version of each entity as linked, to tell later which ones the analyst
    /// changed in this article.
    pub linked_from: HashMap<EntityId, Entity>,
}

impl Linked {
    /// Whether linking changed the document.
    pub fn changed(&self, before: &Document) -> bool {
        self.document != *before
    }
}

/// Links `document` to `registry`.
pub fn link(document: &Document, registry: &Registry) -> Linked {
    let upgrading = !document.corpus.linked;
    let by_wikidata: HashMap<(EntityKind, &str), EntityId> = if upgrading {
        registry
            .entities()
            .filter_map(|r| {
                let e = &r.entity;
                e.wikidata.as_deref().map(|q| ((e.kind, q), e.id))
            })
            .collect()
    } else {
        HashMap::new()
    };
    let mut ids: HashMap<EntityId, EntityId> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut linked_from = HashMap::new();
    let mut missing = Vec::new();
    let mut unregistered = Vec::new();
    let mut new_ones: Vec<&Entity> = Vec::new();
    for e in document.entities() {
        let found = registry.resolve(e.id).map(|r| &r.entity).or_else(|| {
            let q = e.wikidata.as_deref()?;
            let id = by_wikidata.get(&(e.kind, q))?;
            registry.get(*id).map(|r| &r.entity)
        });
        match found {
            Some(r) => {
                ids.insert(e.id, r.id);
                if !entities.iter().any(|x| x.id == r.id) {
                    entities.push(r.clone());
                    linked_from.insert(r.id, r.clone());
                }
            }
            None => {
                ids.insert(e.id, e.id);
                entities.push(e.clone());
                if upgrading {
                    unregistered.push(e.id);
                    new_ones.push(e);
                } else {
                    // Kept as it is, and not sent back to the registry unless edited here:
                    // the registry may have lost it on purpose.
                    missing.push(e.id);
                    linked_from.insert(e.id, e.clone());
                }
            }
        }
    }
    let lookalikes = lookalikes(&new_ones, registry);
    let remap = |a: &Annotation| {
        let mut a = a.clone();
        if let Some(e) = a.entity.as_mut() {
            *e = ids.get(e).copied().unwrap_or(*e);
        }
        if let Some(s) = a.claim.as_mut().and_then(|c| c.speaker.as_mut()) {
            *s = ids.get(s).copied().unwrap_or(*s);
        }
        a
    };
    let placed = document.annotations().iter().map(|a| remap(a)).collect();
    let orphans = document.orphans().iter().map(remap).collect();
    let mut linked = Document::from_parts(document.meta.clone(), entities, placed, orphans);
    linked.corpus = document.corpus.clone();
    linked.corpus.linked = true;
    for r in &mut linked.corpus.rejected {
        r.entity = ids.get(&r.entity).copied().unwrap_or(r.entity);
    }
    linked.corpus.sort();
    Linked {
        document: linked,
        missing,
        unregistered,
        lookalikes,
        linked_from,
    }
}

/// Registry entities of the same kind whose folded name or alias is one of a new entity's.
fn lookalikes(new_ones: &[&Entity], registry: &Registry) -> Vec<Lookalike> {
    if new_ones.is_empty() {
        return Vec::new();
    }
    let names = |e: &Entity| -> Vec<String> {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| folded_string(n.trim()))
            .filter(|n| !n.is_empty())
            .collect()
    };
    let mut wanted: HashMap<(EntityKind, String), Vec<EntityId>> = HashMap::new();
    for e in new_ones {
        for n in names(e) {
            wanted.entry((e.kind, n)).or_default().push(e.id);
        }
    }
    let mut out = Vec::new();
    for r in registry.entities() {
        for n in names(&r.entity) {
            for entity in wanted.get(&(r.entity.kind, n)).into_iter().flatten() {
                let proposal = Lookalike {
                    entity: *entity,
                    like: r.entity.id,
                };
                if !out.contains(&proposal) {
                    out.push(proposal);
                }
            }
        }
    }
    out
}

/// The article's entities the registry should take: new ones, and ones the analyst changed
/// here since they were linked (`linked_from`). An entity changed in the registry meanwhile
/// by someone else, and not here, is not sent back.
pub fn changed_entities<'a, S: std::hash::BuildHasher>(
    document: &'a Document,
    linked_from: &HashMap<EntityId, Entity, S>,
) -> Vec<&'a Entity> {
    document
        .entities()
        .iter()
        .filter(|e| linked_from.get(&e.id) != Some(*e))
        .collect()
}
