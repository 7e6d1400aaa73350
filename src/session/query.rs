//! Questions the window asks of a session: which entities a mention may refer to, where else
//! an entity is mentioned, what a search finds, which annotation is at a place.

use std::ops::Range;

use super::Session;
use crate::matching::{self, find_in};
use crate::model::{Annotation, AnnotationId, AnnotationKind, EntityId, EntityKind};

/// The kind of entity a mention of `kind` refers to; `None` for claims.
pub fn entity_kind_for(kind: AnnotationKind) -> Option<EntityKind> {
    match kind {
        AnnotationKind::Actor => Some(EntityKind::Actor),
        AnnotationKind::Location => Some(EntityKind::Location),
        AnnotationKind::Claim => None,
    }
}

/// A place an entity is mentioned and not yet tagged, offered by "tag all occurrences".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// The name, without the proclitics attached to it.
    pub range: Range<usize>,
    /// The written word, proclitics included.
    pub word: Range<usize>,
}

impl Session {
    /// Entities of the mention's kind whose name or an alias is the mention's (folded, either
    /// may carry proclitics the other lacks), best first: equal names, then the most
    /// mentioned.
    pub fn candidates(&self, kind: AnnotationKind, mention: &str) -> Vec<EntityId> {
        let Some(entity_kind) = entity_kind_for(kind) else {
            return Vec::new();
        };
        let folded = matching::folded_string(mention.trim());
        let doc = self.document();
        let mut found: Vec<(bool, usize, EntityId)> = doc
            .entities()
            .iter()
            .filter(|e| e.kind == entity_kind)
            .filter_map(|e| {
                let names = std::iter::once(&e.name).chain(&e.aliases);
                let mut exact = false;
                let mut any = false;
                for name in names {
                    exact |= matching::folded_string(name) == folded;
                    any |= exact || matching::same_name(mention, name);
                }
                any.then(|| (exact, self.mentions_of(e.id), e.id))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
        found.into_iter().map(|(_, _, id)| id).collect()
    }

    /// Where a name is in the text ([`find_in`]), searched once per session.
    fn matches_of(&self, name: &str) -> std::sync::Arc<[matching::Match]> {
        let mut cache = self
            .name_matches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(found) = cache.get(name) {
            return found.clone();
        }
        let found: std::sync::Arc<[matching::Match]> = find_in(self.folded(), name).into();
        cache.insert(name.to_owned(), found.clone());
        found
    }

    /// How many mentions are linked to an entity.
    pub fn mentions_of(&self, entity: EntityId) -> usize {
        self.document().counts_of(entity).mentions
    }

    /// The name a new entity gets from a mention: the mention without the proclitics attached
    /// to it when the article shows they are proclitics, else the mention as written. A
    /// conjunction (و ف) comes off when the rest is written alone elsewhere in the article and
    /// the whole word is not (وبوتين → بوتين, but فيصل stays whole where فيصل recurs). A
    /// preposition alone (ب ل ك) comes off only before the article (بالرملة → الرملة), since
    /// many names start with those letters (باسم, كمال, لبنان).
    pub fn suggested_name(&self, mention: &str) -> String {
        let mention = mention.trim();
        let first = mention.chars().find_map(matching::fold_char);
        let conjunction = matches!(first, Some('و' | 'ف'));
        let alone = |name: &str| {
            let folded = matching::folded_string(name);
            self.matches_of(name)
                .iter()
                .filter(|m| m.word == m.name)
                .filter(|m| {
                    let written: String = self.folded().chars_of(m.name.clone());
                    written == folded
                })
                .count()
        };
        matching::bare_forms(mention)
            .into_iter()
            .find(|bare| {
                let article = matching::folded_string(bare).starts_with("ال");
                (conjunction || article) && alone(bare) > 0 && (!conjunction || alone(mention) <= 1)
            })
            .unwrap_or_else(|| mention.to_owned())
    }

    /// The untagged places the entity's name or aliases are mentioned, in text order. Words
    /// that merely contain the name are not mentions; proclitics are allowed.
    pub fn occurrences(&self, entity: EntityId) -> Vec<Occurrence> {
        let doc = self.document();
        let Some(e) = doc.entity(entity) else {
            return Vec::new();
        };
        let kind = match e.kind {
            EntityKind::Actor => AnnotationKind::Actor,
            EntityKind::Location => AnnotationKind::Location,
        };
        let mut names: Vec<&str> = std::iter::once(e.name.as_str())
            .chain(e.aliases.iter().map(String::as_str))
            .collect();
        // Longer names first, so الرئيس الروسي wins over a shorter alias inside it.
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        // Taken so far, by start: a later (shorter) name's match inside one is skipped.
        let mut taken: std::collections::BTreeMap<usize, Occurrence> =
            std::collections::BTreeMap::new();
        for name in names {
            for m in self.matches_of(name).iter().cloned() {
                let before = taken.range(..m.name.end).next_back();
                if before.is_some_and(|(_, o)| o.range.end > m.name.start) {
                    continue;
                }
                let tagged = self
                    .overlapping(m.name.clone())
                    .any(|a| a.kind == kind || a.entity == Some(entity));
                if !tagged {
                    taken.insert(
                        m.name.start,
                        Occurrence {
                            range: m.name,
                            word: m.word,
                        },
                    );
                }
            }
        }
        taken.into_values().collect()
    }

    /// Annotations that overlap a range of the article.
    pub fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &Annotation> {
        self.document().overlapping(range)
    }

    /// The innermost annotation holding code point `offset` (mentions before the claims
    /// around them).
    pub fn annotation_at(&self, offset: usize) -> Option<AnnotationId> {
        self.overlapping(offset..offset + 1)
            .min_by_key(|a| (a.span.len(), a.kind == AnnotationKind::Claim))
            .map(|a| a.id)
    }

    /// Where a search finds `query`: whole words with the same Arabic-aware matching as
    /// entities (proclitics allowed, hamza and harakat ignored). When that finds nothing, any
    /// folded substring, so a search shows results while its word is still being typed.
    /// The flag says whether the matches are whole words.
    pub fn find(&self, query: &str) -> (Vec<Range<usize>>, bool) {
        let needle = matching::fold(query.trim()).chars;
        if needle.is_empty() {
            return (Vec::new(), true);
        }
        let words: Vec<Range<usize>> = find_in(self.folded(), query)
            .into_iter()
            .map(|m| m.name)
            .collect();
        if !words.is_empty() {
            return (words, true);
        }
        let chars = &self.folded().chars;
        let mut out = Vec::new();
        let mut at = 0;
        while at + needle.len() <= chars.len() {
            if chars[at..at + needle.len()] == needle[..] {
                let end = at + needle.len();
                out.push(self.folded().original(at, end));
                at = end;
            } else {
                at += 1;
            }
        }
        (out, false)
    }
}
