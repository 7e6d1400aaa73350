//! The corpus registry as the window holds it: read with an article of the corpus, off the
//! frame path ([`read`], on the loader's thread), shared read-only with what links and
//! suggests ([`Known`]: the registry and its names compiled for search), and saved on a thread
//! when a saved article brings it new or edited entities. While the file cannot be read it
//! is never written: the entities wait in the articles' snapshots until it is mended.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::article::Article;
use crate::model::Entity;
use crate::registry::{Registry, RegistryEntity, RegistryError, RegistryFile, Saved};
use crate::store::FileStamp;
use crate::suggest::{Hit, NameIndex};

/// A registry as read, shared with the loader and the article's suggestions.
#[derive(Clone, Debug)]
pub struct Known {
    /// The registry file.
    pub path: PathBuf,
    /// Its stamp when read or written: a registry changed since is read again.
    pub stamp: Option<FileStamp>,
    /// Its entities.
    pub registry: Arc<Registry>,
    /// Their names and aliases, compiled for search.
    pub names: Arc<NameIndex>,
}

impl Known {
    fn of(file: &RegistryFile) -> Self {
        let registry = file.registry().clone();
        Self {
            path: file.path().to_path_buf(),
            stamp: crate::store::file_stamp(file.path()),
            names: Arc::new(NameIndex::new(&registry)),
            registry: Arc::new(registry),
        }
    }
}

/// What reading the registry found.
#[derive(Debug)]
pub enum RegistryRead {
    /// The registry the window holds is still the one on disk.
    Same(PathBuf),
    /// Read anew.
    Read(Box<(Known, RegistryFile)>),
    /// It cannot be read: the file and why.
    Unreadable(PathBuf, Arc<RegistryError>),
}

impl RegistryRead {
    /// The registry to link an article to, if it could be read.
    pub fn known<'a>(&'a self, held: Option<&'a Known>) -> Option<&'a Known> {
        match self {
            Self::Same(_) => held,
            Self::Read(read) => Some(&read.0),
            Self::Unreadable(..) => None,
        }
    }
}

/// Reads the registry at `path`, unless `held` is it and it has not changed since.
pub fn read(path: &Path, held: Option<&Known>) -> RegistryRead {
    if let Some(held) = held
        && held.path == path
        && held.stamp.is_some()
        && held.stamp == crate::store::file_stamp(path)
    {
        return RegistryRead::Same(path.to_path_buf());
    }
    match RegistryFile::open(path) {
        Ok(file) => RegistryRead::Read(Box::new((Known::of(&file), file))),
        Err(e) => RegistryRead::Unreadable(path.to_path_buf(), Arc::new(e)),
    }
}

/// A finished save: the result, the registry as it now is, and the open article's hits.
pub struct SaveDone {
    /// What the save did.
    pub result: Result<Saved, Arc<RegistryError>>,
    /// The registry now.
    pub known: Known,
    /// The article searched for the registry's names, and what was found.
    pub hits: Option<(PathBuf, Vec<Hit>)>,
}

/// The corpus registry of the open article.
pub struct CorpusRegistry {
    known: Option<Known>,
    path: PathBuf,
    /// `None` while it cannot be read, or while a save has it.
    file: Option<RegistryFile>,
    problem: Option<Arc<RegistryError>>,
    saving: Option<Receiver<(RegistryFile, SaveDone)>>,
    /// Entities given while a save ran, with the article to search again.
    pending: Vec<Entity>,
    pending_article: Option<Arc<Article>>,
    /// Edits made here (the Registry window) and not yet saved.
    edited: bool,
    /// Saves waited for by an edit, to be taken in by the next poll.
    finished: Vec<SaveDone>,
    /// What undoes each registry edit, newest last, and what redoes each undone one.
    undo: Vec<Vec<Change>>,
    redo: Vec<Vec<Change>>,
}

/// One entity of the registry set to a state (`None`: removed).
pub type Change = (crate::model::EntityId, Option<RegistryEntity>);

/// Why a registry edit was not made.
#[derive(Debug, thiserror::Error)]
pub enum EditRefused {
    /// The registry cannot be read, so it is not written.
    #[error("{0}")]
    Unreadable(Arc<RegistryError>),
    /// The edit itself does not stand.
    #[error("{0}")]
    Merge(#[from] crate::registry::MergeRefused),
    /// An entity was left without a name, or the like.
    #[error("{0}")]
    Invalid(#[from] crate::registry::RegistryInvalid),
    /// Nothing to undo or redo.
    #[error("nothing to undo or redo")]
    Nothing,
}

impl CorpusRegistry {
    /// The registry a read found, replacing `held` when it is another one (or read anew).
    pub fn from_read(read: RegistryRead, held: Option<Self>) -> Option<Self> {
        match read {
            RegistryRead::Same(path) => held.filter(|h| h.path == path),
            RegistryRead::Read(read) => {
                let (known, file) = *read;
                Some(Self {
                    path: known.path.clone(),
                    known: Some(known),
                    file: Some(file),
                    problem: None,
                    saving: None,
                    pending: Vec::new(),
                    pending_article: None,
                    edited: false,
                    finished: Vec::new(),
                    undo: Vec::new(),
                    redo: Vec::new(),
                })
            }
            RegistryRead::Unreadable(path, problem) => Some(Self {
                path,
                known: None,
                file: None,
                problem: Some(problem),
                saving: None,
                pending: Vec::new(),
                pending_article: None,
                edited: false,
                finished: Vec::new(),
                undo: Vec::new(),
                redo: Vec::new(),
            }),
        }
    }

    /// The registry file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The registry as last read or saved, unless it cannot be read.
    pub fn known(&self) -> Option<&Known> {
        self.known.as_ref()
    }

    /// Why it cannot be read or was not saved, if so.
    pub fn problem(&self) -> Option<&RegistryError> {
        self.problem.as_deref()
    }

    /// Whether a save is running.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Takes entities into the registry and saves it on a thread (after the save running, if
    /// one is); `article` is searched again for the registry's names once saved. Refused
    /// while the registry cannot be read.
    pub fn put(
        &mut self,
        entities: Vec<Entity>,
        article: Option<Arc<Article>>,
        ctx: &egui::Context,
    ) -> Result<(), Arc<RegistryError>> {
        if self.known.is_none()
            && let Some(problem) = &self.problem
        {
            return Err(Arc::clone(problem));
        }
        self.pending.extend(entities);
        if article.is_some() {
            self.pending_article = article;
        }
        self.start(ctx);
        Ok(())
    }

    /// The registry as this window holds it now (with edits not yet saved), once any save
    /// running has finished.
    fn settled(&mut self, ctx: &egui::Context) -> Result<&mut RegistryFile, EditRefused> {
        if let Some(done) = self.wait(ctx) {
            self.finished.push(done);
        }
        match (&mut self.file, &self.problem) {
            (Some(file), _) => Ok(file),
            (None, Some(problem)) => Err(EditRefused::Unreadable(Arc::clone(problem))),
            (None, None) => Err(EditRefused::Nothing),
        }
    }

    /// Sets entities to new states as one edit (undone as one), and saves.
    fn change(&mut self, changes: Vec<Change>, ctx: &egui::Context) -> Result<(), EditRefused> {
        let inverse = apply(self.settled(ctx)?, changes)?;
        self.undo.push(inverse);
        self.redo.clear();
        self.edited = true;
        self.start(ctx);
        Ok(())
    }

    /// Renames an entity and sets its aliases.
    pub fn rename(
        &mut self,
        id: crate::model::EntityId,
        name: String,
        aliases: Vec<String>,
        ctx: &egui::Context,
    ) -> Result<(), EditRefused> {
        let file = self.settled(ctx)?;
        let Some(mut entity) = file.registry().get(id).cloned() else {
            return Err(crate::registry::MergeRefused::Unknown.into());
        };
        entity.entity.name = name;
        entity.entity.aliases = aliases;
        self.change(vec![(id, Some(entity))], ctx)
    }

    /// Merges entity `absorbed` into `survivor` (see [`Registry::merge`]).
    pub fn merge(
        &mut self,
        survivor: crate::model::EntityId,
        absorbed: crate::model::EntityId,
        ctx: &egui::Context,
    ) -> Result<(), EditRefused> {
        let file = self.settled(ctx)?;
        let mut merged = file.registry().clone();
        merged.merge(survivor, absorbed)?;
        let changes = vec![(absorbed, None), (survivor, merged.get(survivor).cloned())];
        self.change(changes, ctx)
    }

    /// Undoes the last registry edit made here (or redoes the last undone one).
    pub fn undo(&mut self, redo: bool, ctx: &egui::Context) -> Result<(), EditRefused> {
        let stack = if redo { &mut self.redo } else { &mut self.undo };
        let changes = stack.pop().ok_or(EditRefused::Nothing)?;
        let inverse = match self
            .settled(ctx)
            .and_then(|file| apply(file, changes.clone()))
        {
            Ok(inverse) => inverse,
            Err(e) => {
                let stack = if redo { &mut self.redo } else { &mut self.undo };
                stack.push(changes);
                return Err(e);
            }
        };
        if redo {
            self.undo.push(inverse);
        } else {
            self.redo.push(inverse);
        }
        self.edited = true;
        self.start(ctx);
        Ok(())
    }

    /// Whether there is a registry edit to undo, and one to redo.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    fn start(&mut self, ctx: &egui::Context) {
        if (self.pending.is_empty() && !self.edited) || self.saving.is_some() {
            return;
        }
        self.edited = false;
        let Some(mut file) = self.file.take() else {
            return;
        };
        for entity in self.pending.drain(..) {
            let merged_from = file
                .registry()
                .get(entity.id)
                .map(|r| r.merged_from.clone())
                .unwrap_or_default();
            let id = entity.id;
            if let Err(e) = file.registry_mut().put(RegistryEntity {
                entity,
                merged_from,
            }) {
                log::warn!("{}: entity {id} not taken: {e}", self.path.display());
            }
        }
        let article = self.pending_article.take();
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-registry-save".into())
            .spawn(move || {
                let result = file.save().map_err(Arc::new);
                let known = Known::of(&file);
                let hits = article.map(|a| (a.path.clone(), known.names.hits(a.folded())));
                let _ = tx.send((
                    file,
                    SaveDone {
                        result,
                        known,
                        hits,
                    },
                ));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.saving = Some(rx),
            Err(e) => log::error!("could not start the registry's saving thread: {e}"),
        }
    }

    /// A save that finished, if one did; the next one starts if entities are waiting.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<SaveDone> {
        if let Some(done) = self.finished.pop() {
            return Some(done);
        }
        let done = match self.saving.as_ref()?.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                self.saving = None;
                log::error!("the registry's saving thread stopped unexpectedly");
                // The registry is read again with the next article.
                self.known = None;
                return None;
            }
        };
        Some(self.finish(done, ctx))
    }

    /// Waits for a save running (before the window closes or another corpus opens).
    pub fn wait(&mut self, ctx: &egui::Context) -> Option<SaveDone> {
        let rx = self.saving.as_ref()?;
        let done = rx.recv().ok();
        self.saving = None;
        done.map(|d| self.finish(d, ctx))
    }

    fn finish(&mut self, (file, done): (RegistryFile, SaveDone), ctx: &egui::Context) -> SaveDone {
        self.saving = None;
        self.file = Some(file);
        self.problem = done.result.as_ref().err().cloned();
        self.known = Some(done.known.clone());
        self.start(ctx);
        done
    }
}

/// Sets each entity of `changes` to its state, all or nothing; returns what undoes it.
fn apply(file: &mut RegistryFile, changes: Vec<Change>) -> Result<Vec<Change>, EditRefused> {
    let registry = file.registry_mut();
    let mut next = registry.clone();
    let mut inverse: Vec<Change> = Vec::with_capacity(changes.len());
    // Every one taken out first, so that an id merged into another is free when put back.
    for (id, _) in &changes {
        inverse.push((*id, next.remove(*id)));
    }
    for entity in changes.into_iter().filter_map(|(_, e)| e) {
        next.put(entity)?;
    }
    *registry = next;
    Ok(inverse)
}
