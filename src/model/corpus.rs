//! How an article stands to its corpus: whether its entities are the corpus registry's (their
//! ids are registry ids and the sidecar keeps a snapshot of each), and the registry
//! suggestions the analyst turned down in it, which are not suggested there again.

use serde::{Deserialize, Serialize};

use super::ids::EntityId;

/// A suggestion turned down: this entity at these code points is not to be suggested again.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rejection {
    /// The entity it would have linked to.
    pub entity: EntityId,
    /// First code point of the name.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// The words, as written then (kept for a reader of the file).
    pub quote: String,
}

/// The article's link to its corpus registry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusLink {
    /// The entities' ids are registry ids (the entities are snapshots of the registry's).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub linked: bool,
    /// Suggestions turned down, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<Rejection>,
}

impl CorpusLink {
    /// Whether nothing is set: a sidecar of format 1 can hold the article.
    pub fn is_empty(&self) -> bool {
        !self.linked && self.rejected.is_empty()
    }

    /// Whether a suggestion of `entity` at `start..end` was turned down.
    pub fn is_rejected(&self, entity: EntityId, start: usize, end: usize) -> bool {
        self.rejected
            .binary_search_by(|r| (r.entity, r.start, r.end).cmp(&(entity, start, end)))
            .is_ok()
    }

    /// Adds rejections, keeping the list sorted and without repeats.
    pub fn reject(&mut self, more: impl IntoIterator<Item = Rejection>) {
        self.rejected.extend(more);
        self.sort();
    }

    /// Sorts the rejections into their stable order, dropping repeats.
    pub fn sort(&mut self) {
        self.rejected.sort_by_key(|r| (r.entity, r.start, r.end));
        self.rejected
            .dedup_by(|a, b| (a.entity, a.start, a.end) == (b.entity, b.start, b.end));
    }

    /// Both sides' rejections (a rejection is never taken back by a merge), linked when
    /// either side is.
    #[must_use]
    pub fn union(&self, other: &Self) -> Self {
        let mut out = Self {
            linked: self.linked || other.linked,
            rejected: self.rejected.clone(),
        };
        out.reject(other.rejected.iter().cloned());
        out
    }
}
