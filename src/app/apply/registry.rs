//! The corpus registry in the window: taken in with each article opened, given the entities
//! a saved article brings (new ones, and ones edited in it), its saves polled, and a folder
//! made a corpus (File → "Use this folder as a corpus").

use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::Arg;
use crate::model::Entity;
use crate::session::Command;

use super::super::corpus_registry::{CorpusRegistry, RegistryRead};
use super::super::workspace::Workspace;
use super::super::{MarsadApp, Screen};

impl Workspace {
    /// Brings the document's entities up to date with the registry (after another writer's
    /// sidecar was taken in, or the registry was merged with another writer's): one step.
    pub(in crate::app) fn relink(&mut self) {
        let Some(corpus) = self.corpus.as_mut() else {
            return;
        };
        let linked = crate::registry::link(self.session.document(), &corpus.registry);
        for (id, e) in linked.linked_from {
            // An entity made here and not yet in the registry is still sent to it.
            if !linked.missing.contains(&id) {
                corpus.linked_from.insert(id, e);
            }
        }
        if linked.document != *self.session.document()
            && let Err(e) = self.run_quietly(Command::Replace(Box::new(linked.document)))
        {
            log::warn!("the article's entities could not be brought up to date: {e}");
        }
    }
}

impl MarsadApp {
    /// Takes in the registry an opened article was linked to (or none).
    pub(in crate::app) fn take_registry(&mut self, read: Option<RegistryRead>) {
        let held = self.registry.take();
        let same = match (&read, &held) {
            (Some(RegistryRead::Same(path)), Some(h)) => h.path() == path,
            _ => false,
        };
        if same {
            self.registry = held;
            return;
        }
        if let Some(mut old) = held {
            // Its save finishes before another registry (or none) takes its place.
            old.wait(&self.ctx);
        }
        self.registry = read.and_then(|r| CorpusRegistry::from_read(r, None));
    }

    /// After the open article was saved: the entities the registry should take are given to
    /// it, and it is saved on a thread.
    pub(in crate::app) fn push_registry(&mut self) {
        let (Screen::Article(ws), Some(registry)) = (&mut self.screen, self.registry.as_mut())
        else {
            return;
        };
        let Some(corpus) = ws.corpus.as_mut() else {
            return;
        };
        let changed: Vec<Entity> =
            crate::registry::changed_entities(ws.session.document(), &corpus.linked_from)
                .into_iter()
                .cloned()
                .collect();
        if changed.is_empty() {
            return;
        }
        let article = Some(Arc::clone(&ws.session.opened().article));
        match registry.put(changed.clone(), article, &self.ctx) {
            Ok(()) => {
                for e in changed {
                    corpus.linked_from.insert(e.id, e);
                }
            }
            Err(problem) => log::warn!("entities kept in the article only: {problem}"),
        }
    }

    /// Takes in a registry save that finished.
    pub(in crate::app) fn poll_registry(&mut self) {
        let ctx = self.ctx.clone();
        let Some(done) = self.registry.as_mut().and_then(|r| r.poll(&ctx)) else {
            return;
        };
        self.registry_saved(done);
    }

    /// Waits for a registry save running, and takes it in.
    pub(in crate::app) fn wait_registry(&mut self) {
        let ctx = self.ctx.clone();
        if let Some(done) = self.registry.as_mut().and_then(|r| r.wait(&ctx)) {
            self.registry_saved(done);
        }
    }

    fn registry_saved(&mut self, done: super::super::corpus_registry::SaveDone) {
        let strings = super::super::messages::strings(&self.ctx);
        let merged = match &done.result {
            Ok(saved) => saved.merged,
            Err(e) => {
                let text = super::super::errors::registry(&strings, e);
                self.say_error(text);
                false
            }
        };
        if let Screen::Article(ws) = &mut self.screen
            && let Some(corpus) = ws.corpus.as_mut()
        {
            let hits = done
                .hits
                .filter(|(path, _)| *path == ws.session.opened().article.path)
                .map(|(_, hits)| hits);
            match hits {
                Some(hits) => corpus.renewed(&done.known, hits),
                None => corpus.registry = Arc::clone(&done.known.registry),
            }
            // Another writer's changes, or an edit of the Registry window: the article shows
            // the registry as it now is.
            ws.relink();
        }
        self.saves += 1;
        if merged {
            self.say(strings.get("registry-saved-merged"));
        }
    }

    /// Makes the open corpus folder (else the open article's folder) a corpus: writes its
    /// registry, and opens the article again linked to it.
    pub(in crate::app) fn make_corpus(&mut self) -> Result<(), String> {
        let folder: PathBuf = match (&self.corpus, self.opened()) {
            (Some(corpus), _) => corpus.root.clone(),
            (None, Some(opened)) => opened
                .article
                .path
                .parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default(),
            (None, None) => return Err(self.m("open-article-first", &[])),
        };
        let strings = super::super::messages::strings(&self.ctx);
        let file = crate::registry::init(&folder)
            .map_err(|e| super::super::errors::registry(&strings, &e))?;
        let text = strings.format(
            "corpus-made",
            &[
                ("folder", Arg::Text(&folder.display().to_string())),
                ("file", Arg::Text(&file.path().display().to_string())),
            ],
        );
        if let Some(path) = self.opened().map(|o| o.article.path.clone()) {
            self.open(path);
        }
        self.say(text);
        Ok(())
    }
}

impl MarsadApp {
    /// Carries out an edit asked in the Registry window.
    pub(in crate::app) fn registry_edit(
        &mut self,
        asked: super::super::registry_window::RegistryRequest,
    ) -> Result<(), String> {
        use super::super::registry_window::RegistryRequest;
        let ctx = self.ctx.clone();
        let registry = self
            .registry
            .as_mut()
            .ok_or_else(|| super::super::messages::tr(&ctx, "registry-none", &[]))?;
        let done = match asked {
            RegistryRequest::Rename { id, name, aliases } => {
                registry.rename(id, name, aliases, &ctx)
            }
            RegistryRequest::Merge { survivor, absorbed } => {
                registry.merge(survivor, absorbed, &ctx)
            }
            RegistryRequest::Undo { redo } => registry.undo(redo, &ctx),
        };
        done.map_err(|e| {
            let strings = super::super::messages::strings(&ctx);
            match e {
                super::super::corpus_registry::EditRefused::Unreadable(problem) => {
                    super::super::errors::registry(&strings, &problem)
                }
                other => strings.format(
                    "registry-edit-refused",
                    &[("reason", Arg::Text(&other.to_string()))],
                ),
            }
        })
    }
}
