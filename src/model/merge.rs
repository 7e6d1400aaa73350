//! Comparing and merging documents by id: what a recovery file would restore, and how this
//! window's unsaved work joins what another writer saved meanwhile.

use std::collections::{BTreeSet, HashMap};

use super::{Annotation, AnnotationId, Document, Edit, Entity, EntityId};

/// An annotation with where it lives: placed in the text, or kept as an orphan.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Held<'d> {
    annotation: &'d Annotation,
    orphan: bool,
}

fn annotations(doc: &Document) -> HashMap<AnnotationId, Held<'_>> {
    let placed = doc.annotations().iter().map(|a| (&**a, false));
    let orphans = doc.orphans().iter().map(|a| (a, true));
    placed
        .chain(orphans)
        .map(|(annotation, orphan)| (annotation.id, Held { annotation, orphan }))
        .collect()
}

fn entities(doc: &Document) -> HashMap<EntityId, &Entity> {
    doc.entities().iter().map(|e| (e.id, e)).collect()
}

/// How one document differs from another, annotation by annotation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    /// In the second only.
    pub added: Vec<Annotation>,
    /// In the first only.
    pub removed: Vec<Annotation>,
    /// In both, changed: (first, second).
    pub changed: Vec<(Annotation, Annotation)>,
    /// Entities added, removed or changed.
    pub entities: usize,
    /// Whether the article metadata (or its link to the corpus) differs.
    pub meta: bool,
}

impl Diff {
    /// Whether the two documents hold the same annotations, entities and metadata.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.entities == 0
            && !self.meta
    }

    /// A one-line summary: "3 annotations added, 1 removed, 2 changed".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        if !self.added.is_empty() {
            parts.push(format!(
                "{} added",
                plural(self.added.len(), "annotation", "annotations")
            ));
        }
        if !self.removed.is_empty() {
            parts.push(format!("{} removed", self.removed.len()));
        }
        if !self.changed.is_empty() {
            parts.push(format!("{} changed", self.changed.len()));
        }
        if self.entities > 0 {
            parts.push(format!(
                "{} added, removed or edited",
                plural(self.entities, "entity", "entities")
            ));
        }
        if self.meta {
            parts.push("article details edited".to_owned());
        }
        if parts.is_empty() {
            "no differences".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// How `to` differs from `from`.
pub fn diff(from: &Document, to: &Document) -> Diff {
    let (a, b) = (annotations(from), annotations(to));
    let mut out = Diff {
        meta: from.meta.without_hash() != to.meta.without_hash() || from.corpus != to.corpus,
        ..Diff::default()
    };
    for (id, new) in &b {
        match a.get(id) {
            None => out.added.push(new.annotation.clone()),
            Some(old) if old != new => out
                .changed
                .push((old.annotation.clone(), new.annotation.clone())),
            Some(_) => {}
        }
    }
    out.removed = a
        .iter()
        .filter(|(id, _)| !b.contains_key(id))
        .map(|(_, held)| held.annotation.clone())
        .collect();
    for list in [&mut out.added, &mut out.removed] {
        list.sort_by_key(|x| (x.span.start, x.id));
    }
    out.changed.sort_by_key(|(_, x)| (x.span.start, x.id));
    let (ea, eb) = (entities(from), entities(to));
    let ids: BTreeSet<EntityId> = ea.keys().chain(eb.keys()).copied().collect();
    out.entities = ids.iter().filter(|id| ea.get(id) != eb.get(id)).count();
    out
}

/// The one edit that turns `from` into `to` (one undo step): entities first, so that every
/// annotation finds its entity, and entities removed last.
pub fn edits_to(from: &Document, to: &Document) -> Edit {
    let (a, b) = (annotations(from), annotations(to));
    let (ea, eb) = (entities(from), entities(to));
    let mut edits = Vec::new();
    for e in to.entities() {
        if ea.get(&e.id) != Some(&e) {
            edits.push(Edit::PutEntity(Box::new(e.clone())));
        }
    }
    for a_old in from.all() {
        if !b.contains_key(&a_old.id) {
            edits.push(Edit::RemoveAnnotation(a_old.id));
        }
    }
    for new in to.all() {
        let held = b[&new.id];
        let old = a.get(&new.id);
        if old == Some(&held) {
            continue;
        }
        // An orphan that is placed now (or the reverse) moves list: putting it would replace
        // it where it is.
        if old.is_some_and(|o| o.orphan != held.orphan) {
            edits.push(Edit::RemoveAnnotation(new.id));
        }
        edits.push(if held.orphan {
            Edit::PutOrphan(Box::new(new.clone()))
        } else {
            Edit::PutAnnotation(Box::new(new.clone()))
        });
    }
    for e in from.entities() {
        if !eb.contains_key(&e.id) {
            edits.push(Edit::RemoveEntity(e.id));
        }
    }
    if from.meta != to.meta {
        edits.push(Edit::SetMeta(Box::new(to.meta.clone())));
    }
    if from.corpus != to.corpus {
        edits.push(Edit::SetCorpus(Box::new(to.corpus.clone())));
    }
    Edit::Batch(edits)
}

/// An annotation both sides changed differently since they last agreed. The merge keeps
/// this window's version; the other writer's is kept here, to be taken instead.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// This window's version (`None`: removed here).
    pub ours: Option<Annotation>,
    /// The other writer's version (`None`: removed there).
    pub theirs: Option<Annotation>,
    /// Whether the other writer's version is an orphan.
    pub theirs_orphan: bool,
}

/// The result of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// Both sides' changes.
    pub document: Document,
    /// Annotations changed on both sides: this window's version won.
    pub conflicts: Vec<Conflict>,
    /// Entities or metadata changed on both sides: this window's version won.
    pub other_conflicts: usize,
}

/// A three-way merge of values keyed by id: `base` is what both sides last agreed on. A
/// change made on one side only (adding, editing or removing) is taken; a change made on both
/// sides differently is settled for `ours`, and its id is returned among the conflicts.
/// Values come out in the order of their ids. Sidecars merge their annotations and entities
/// with it, and the corpus registry its entities.
pub fn by_id<K, V, S>(
    base: &HashMap<K, V, S>,
    ours: &HashMap<K, V, S>,
    theirs: &HashMap<K, V, S>,
) -> (Vec<V>, Vec<K>)
where
    K: Ord + Copy + std::hash::Hash,
    V: PartialEq + Clone,
    S: std::hash::BuildHasher,
{
    let ids: BTreeSet<K> = ours.keys().chain(theirs.keys()).copied().collect();
    let mut kept = Vec::new();
    let mut conflicts = Vec::new();
    for id in ids {
        let (bb, oo, tt) = (base.get(&id), ours.get(&id), theirs.get(&id));
        let pick = if oo == tt || tt == bb {
            oo
        } else if oo == bb {
            tt
        } else {
            conflicts.push(id);
            oo
        };
        kept.extend(pick.cloned());
    }
    (kept, conflicts)
}

/// Three-way merge by id. `base` is what both sides last agreed on (the sidecar as this
/// window last read or wrote it), `ours` the window's document, `theirs` the sidecar now on
/// disk. A change made on one side only is taken; a change made on both sides differently is
/// a conflict, settled for `ours` and reported.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    let (b, o, t) = (annotations(base), annotations(ours), annotations(theirs));
    let (held, conflicting) = by_id(&b, &o, &t);
    let conflicts = conflicting
        .into_iter()
        .map(|id| Conflict {
            ours: o.get(&id).map(|h| h.annotation.clone()),
            theirs: t.get(&id).map(|h| h.annotation.clone()),
            theirs_orphan: t.get(&id).is_some_and(|h| h.orphan),
        })
        .collect();
    let (orphaned, placed): (Vec<Held<'_>>, Vec<Held<'_>>) =
        held.into_iter().partition(|h| h.orphan);
    let placed: Vec<Annotation> = placed.into_iter().map(|h| h.annotation.clone()).collect();
    let orphans: Vec<Annotation> = orphaned.into_iter().map(|h| h.annotation.clone()).collect();
    let (eb, eo, et) = (entities(base), entities(ours), entities(theirs));
    let (kept, entity_conflicts) = by_id(&eb, &eo, &et);
    let mut kept: Vec<Entity> = kept.into_iter().cloned().collect();
    let mut other_conflicts = entity_conflicts.len();
    // An annotation kept from one side may link to an entity the other side removed: the
    // entity stays.
    for a in placed.iter().chain(&orphans) {
        let speaker = a.claim.as_ref().and_then(|c| c.speaker);
        for id in a.entity.iter().chain(speaker.iter()) {
            if !kept.iter().any(|e| e.id == *id)
                && let Some(e) = eo.get(id).or_else(|| et.get(id)).or_else(|| eb.get(id))
            {
                kept.push((*e).clone());
            }
        }
    }
    let meta = if ours.meta == theirs.meta || theirs.meta == base.meta {
        ours.meta.clone()
    } else if ours.meta == base.meta {
        theirs.meta.clone()
    } else {
        other_conflicts += 1;
        ours.meta.clone()
    };
    // Both sides' rejected suggestions when both changed them: turning one down is never
    // a conflict.
    let corpus = if ours.corpus == theirs.corpus || theirs.corpus == base.corpus {
        ours.corpus.clone()
    } else if ours.corpus == base.corpus {
        theirs.corpus.clone()
    } else {
        ours.corpus.union(&theirs.corpus)
    };
    let mut document = Document::from_parts(meta, kept, placed, orphans);
    document.corpus = corpus;
    Merged {
        document,
        conflicts,
        other_conflicts,
    }
}
