//! Draws File → Corpus registry with what the app holds: the registry, why it cannot be
//! read, and the corpus's mentions per entity (worked out again when counts change).

use super::super::MarsadApp;
use super::super::registry_window::Shown;
use super::super::request::Request;

impl MarsadApp {
    /// The Registry window, while open.
    pub(super) fn registry_ui(&mut self, ctx: &egui::Context, requests: &mut Vec<Request>) {
        if self.registry_window.is_none() {
            return;
        }
        self.refresh_totals();
        let registry = self.registry.as_ref();
        let strings = super::super::messages::strings(ctx);
        let problem = registry
            .filter(|r| r.known().is_none())
            .and_then(|r| r.problem())
            .map(|e| super::super::errors::registry(&strings, e));
        let shown = Shown {
            registry: registry.and_then(|r| r.known()).map(|k| &*k.registry),
            problem,
            totals: self.registry_totals.as_ref().map(|(_, _, t)| t),
            undo: registry.map_or(
                (false, false),
                super::super::corpus_registry::CorpusRegistry::can_undo,
            ),
        };
        let mut open = true;
        if let Some(window) = self.registry_window.as_mut() {
            window.ui(ctx, &mut open, &shown, requests);
        }
        if !open {
            requests.push(Request::CloseRegistry);
        }
    }

    /// Works out the corpus's mentions per registry entity again if the corpus list's counts
    /// or a save changed them.
    fn refresh_totals(&mut self) {
        let (Some(corpus), Some(known)) = (
            self.corpus.as_ref(),
            self.registry.as_ref().and_then(|r| r.known()),
        ) else {
            self.registry_totals = None;
            return;
        };
        let key = (corpus.counted(), self.saves);
        if self
            .registry_totals
            .as_ref()
            .is_some_and(|(counted, saves, _)| (*counted, *saves) == key)
        {
            return;
        }
        let registry = &known.registry;
        let totals = corpus.mention_totals(|id| registry.resolve(id).map_or(id, |r| r.entity.id));
        self.registry_totals = Some((key.0, key.1, totals));
    }
}
