//! An article of a corpus, as the window holds it: its link to the registry (each entity as
//! the registry had it when linked, the ids the registry lacks, look-alikes to review) and
//! the registry's suggestions in it, with the one the keyboard is on. The suggestions are
//! searched for off the frame path (the loader, the registry's save); what the document tags
//! or turns down meanwhile is taken out here, as it changes.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::corpus_registry::Known;
use crate::model::{Document, Entity, EntityId};
use crate::registry::{Lookalike, Registry};
use crate::store::Opened;
use crate::suggest::{Hit, Suggestion, suggestions};

/// An open article's corpus.
pub struct ArticleCorpus {
    /// The registry it is linked to.
    pub registry: Arc<Registry>,
    /// Each entity as the registry had it when linked: one that differs now was edited here.
    pub linked_from: HashMap<EntityId, Entity>,
    /// Entities whose id the registry lacks: their snapshot is used.
    pub missing: Vec<EntityId>,
    /// A version 1 sidecar's entities that look like registry entities.
    pub lookalikes: Vec<Lookalike>,
    hits: Vec<Hit>,
    shown: Vec<Suggestion>,
    /// The document revision `shown` was worked out for.
    shown_for: Option<u64>,
    /// The suggestion the keyboard is on, by its range.
    current: Option<Range<usize>>,
}

impl ArticleCorpus {
    /// Links an opened article to its registry and searches it for the registry's names
    /// (on the loader's thread). A read-only article is shown as its sidecar holds it.
    pub fn link(opened: &mut Opened, known: &Known) -> Self {
        let mut corpus = Self {
            registry: Arc::clone(&known.registry),
            linked_from: HashMap::new(),
            missing: Vec::new(),
            lookalikes: Vec::new(),
            hits: known.names.hits(opened.article.folded()),
            shown: Vec::new(),
            shown_for: None,
            current: None,
        };
        if opened.read_only_reason().is_none() {
            let linked = crate::registry::link(&opened.document, &known.registry);
            opened.document = linked.document;
            corpus.linked_from = linked.linked_from;
            corpus.missing = linked.missing;
            corpus.lookalikes = linked.lookalikes;
        }
        corpus
    }

    /// Takes in the registry as saved, with the article's hits searched in it.
    pub fn renewed(&mut self, known: &Known, hits: Vec<Hit>) {
        self.registry = Arc::clone(&known.registry);
        self.hits = hits;
        self.shown_for = None;
    }

    /// Works out the suggestions again if the document changed since.
    pub fn refresh(&mut self, document: &Document, revision: u64) {
        if self.shown_for == Some(revision) {
            return;
        }
        self.shown = suggestions(&self.hits, document);
        self.shown_for = Some(revision);
        // The keyboard stays where it was: on the same suggestion, or the next one.
        if let Some(at) = self.current.clone()
            && !self.shown.iter().any(|s| s.range == at)
        {
            self.current = self
                .shown
                .iter()
                .find(|s| s.range.start >= at.start)
                .map(|s| s.range.clone());
        }
    }

    /// The suggestions, in text order.
    pub fn suggestions(&self) -> &[Suggestion] {
        &self.shown
    }

    /// The suggestion the keyboard is on.
    pub fn current(&self) -> Option<&Suggestion> {
        let at = self.current.as_ref()?;
        self.shown.iter().find(|s| s.range == *at)
    }

    /// Moves to the next suggestion (or the previous one), wrapping around.
    pub fn step(&mut self, forward: bool) -> Option<&Suggestion> {
        if self.shown.is_empty() {
            self.current = None;
            return None;
        }
        let n = self.shown.len();
        let now = self
            .current
            .as_ref()
            .and_then(|at| self.shown.iter().position(|s| s.range == *at));
        let next = match (now, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.current = Some(self.shown[next].range.clone());
        self.shown.get(next)
    }

    /// Puts the keyboard on the suggestion covering code point `at`, if one does.
    pub fn point_at(&mut self, at: usize) -> bool {
        match self.shown.iter().find(|s| s.word.contains(&at)) {
            Some(s) => {
                self.current = Some(s.range.clone());
                true
            }
            None => false,
        }
    }

    /// The registry's entity a suggestion links to.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.registry.resolve(id).map(|r| &r.entity)
    }
}
