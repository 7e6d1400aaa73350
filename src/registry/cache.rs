//! Registries read once for a run over many articles (`marsad export`, `marsad check`): each
//! article is linked to the nearest registry above it, read the first time it is needed, so
//! that exports name entities as the registry does and a check reports the ids it lacks.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Linked, Registry, RegistryError, RegistryFile, link, locate};
use crate::store::Opened;

/// The registries met so far, by file.
#[derive(Default)]
pub struct Registries {
    read: HashMap<PathBuf, Result<Arc<Registry>, Arc<RegistryError>>>,
}

/// What linking an article found.
pub enum Found {
    /// The article is in no corpus.
    NoCorpus,
    /// Its registry cannot be read: the article keeps its sidecar's snapshots.
    Unreadable(Arc<RegistryError>),
    /// Linked.
    Linked(Box<Linked>),
}

impl Registries {
    /// No registry read yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Links an opened article to its corpus registry, if it is in a corpus whose registry
    /// can be read; its document then holds the registry's entities and ids.
    pub fn link(&mut self, opened: &mut Opened) -> Found {
        let Some(path) = locate(&opened.article.path) else {
            return Found::NoCorpus;
        };
        let registry = self
            .read
            .entry(path.clone())
            .or_insert_with(|| {
                RegistryFile::open(&path)
                    .map(|f| Arc::new(f.registry().clone()))
                    .map_err(Arc::new)
            })
            .clone();
        match registry {
            Err(e) => Found::Unreadable(e),
            Ok(registry) => {
                let linked = link(&opened.document, &registry);
                opened.document = linked.document.clone();
                Found::Linked(Box::new(linked))
            }
        }
    }
}
