//! An open article being annotated: the document, the commands that change it and the one
//! undo stack they go through. Plain Rust, no egui: the window turns keys and clicks into
//! [`Command`]s, and tests and benchmarks apply the same commands.
//!
//! Every command becomes one [`Edit`] (a batch when it touches several things), applied with
//! [`History`], so undo and redo see every change and autosave sees a new revision.

mod query;

use jiff::Timestamp;

pub use query::{Occurrence, entity_kind_for};

use crate::matching::Folded;
use crate::model::{Document, Edit, History, IndexedText, TextIndex, merge};
use crate::store::{Opened, SaveJob, Saved, SidecarError};

mod command;
mod plan;

pub use command::{Applied, Command, CommandError, Link, Reloaded};

/// An open article and everything needed to change its annotations.
pub struct Session {
    opened: Opened,
    history: History,
    revision: u64,
    /// The revision the sidecar on disk holds (`None`: none does, as after the sidecar was
    /// removed by someone else).
    saved_revision: Option<u64>,
    index: TextIndex,
    /// Where each name searched for is in the text (the text never changes in a session).
    name_matches: std::sync::Mutex<
        std::collections::HashMap<String, std::sync::Arc<[crate::matching::Match]>>,
    >,
    /// Who new annotations are by.
    pub author: String,
}

impl Session {
    /// Starts annotating an opened article.
    pub fn new(opened: Opened) -> Self {
        // Folded here, on the thread that opens the article, if placing it did not already.
        opened.article.folded();
        let index = IndexedText::new(&opened.article.text).index();
        Self {
            opened,
            history: History::default(),
            revision: 0,
            saved_revision: Some(0),
            index,
            name_matches: std::sync::Mutex::default(),
            author: default_author(),
        }
    }

    /// The article and its sidecar.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// Takes the article's lock (see [`Opened::lock`]).
    pub fn lock(&mut self) {
        self.opened.lock();
    }

    /// See [`Opened::forget_article_change`].
    pub fn forget_article_change(&mut self) {
        self.opened.forget_article_change();
    }

    /// Edits although another Marsad holds the article.
    pub fn ignore_lock(&mut self) {
        self.opened.ignore_lock();
    }

    /// The annotations.
    pub fn document(&self) -> &Document {
        &self.opened.document
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.opened.article.text
    }

    /// The article text, indexed by code point.
    pub fn indexed(&self) -> IndexedText<'_> {
        IndexedText::attach(&self.opened.article.text, &self.index)
    }

    /// The article text folded for matching, computed once (see [`Article::folded`]).
    ///
    /// [`Article::folded`]: crate::article::Article::folded
    pub fn folded(&self) -> &Folded {
        self.opened.article.folded()
    }

    /// Goes up by one with every change, undo and redo included.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies a command through the undo history.
    pub fn apply(&mut self, command: Command, now: Timestamp) -> Result<Applied, CommandError> {
        if let Some(reason) = self.opened.read_only_reason() {
            return Err(CommandError::ReadOnly(reason));
        }
        let (edit, applied) = self.plan(command, now)?;
        self.history.apply(&mut self.opened.document, edit)?;
        self.revision += 1;
        Ok(applied)
    }

    /// Undoes the last change; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.opened.document);
        self.revision += u64::from(done);
        done
    }

    /// Redoes the last undone change; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.opened.document);
        self.revision += u64::from(done);
        done
    }

    /// A snapshot to save off the frame path, with the revision it holds.
    pub fn save_job(&self) -> Result<(SaveJob, u64), SidecarError> {
        Ok((self.opened.save_job()?, self.revision))
    }

    /// Records that the snapshot of `revision` was written.
    pub fn saved(&mut self, revision: u64, saved: Saved) {
        self.opened.saved(saved);
        self.saved_revision = Some(revision);
    }

    /// Saves now, on this thread (closing the window, switching articles). When someone else
    /// wrote the sidecar meanwhile, their annotations are merged in first (see
    /// [`Self::merge_from_disk`]) and the merge is saved; what conflicted is returned.
    pub fn save_now(&mut self) -> Result<Option<Reloaded>, SidecarError> {
        let (job, revision) = self.save_job()?;
        match job.run() {
            Ok(saved) => {
                self.saved(revision, saved);
                Ok(None)
            }
            Err(SidecarError::ChangedOnDisk { .. }) => {
                let merged = self.merge_from_disk()?;
                let (job, revision) = self.save_job()?;
                let saved = job.run()?;
                self.saved(revision, saved);
                Ok(Some(merged))
            }
            Err(e) => Err(e),
        }
    }

    /// Takes in what another writer saved to the sidecar. With nothing unsaved here, the
    /// document becomes theirs (a reload); otherwise the two are merged by id
    /// ([`merge::merge`]): a change made on one side only is kept, and a change made on both
    /// sides keeps this window's version and is reported as a conflict. Either way it is one
    /// undo step, and the next save writes the result over their file knowingly. A removed
    /// sidecar leaves the document as it is, to be written again.
    pub fn merge_from_disk(&mut self) -> Result<Reloaded, SidecarError> {
        let read = self.opened.read_disk();
        self.take_in(read)
    }

    /// Takes in another writer's sidecar read by [`crate::store::DiskReader`] (on another
    /// thread, say) as [`Self::merge_from_disk`] does: merged with this document as it is now,
    /// so that what was done while it was read is kept.
    pub fn take_in(&mut self, read: crate::store::DiskRead) -> Result<Reloaded, SidecarError> {
        let (disk, stamp) = read?;
        let dirty = self.is_dirty();
        let Some(theirs) = disk else {
            let removed = self.opened.document != Document::new(&self.opened.article.text_sha256);
            self.opened.adopt_disk(None, stamp);
            if removed {
                // Nothing on disk any more: what is here is unsaved.
                self.saved_revision = None;
            }
            return Ok(Reloaded {
                removed: true,
                ..Reloaded::default()
            });
        };
        let theirs_changes = merge::diff(self.opened.base(), &theirs);
        let merged = if dirty {
            merge::merge(self.opened.base(), &self.opened.document, &theirs)
        } else {
            merge::Merged {
                document: theirs.clone(),
                conflicts: Vec::new(),
                other_conflicts: 0,
            }
        };
        let edit = merge::edits_to(&self.opened.document, &merged.document);
        if !matches!(&edit, Edit::Batch(edits) if edits.is_empty()) {
            self.history
                .apply(&mut self.opened.document, edit)
                .map_err(|e| SidecarError::Merge {
                    path: self.opened.sidecar_path.clone(),
                    message: e.to_string(),
                })?;
            self.revision += 1;
        }
        let same = merged.document == theirs;
        self.opened.adopt_disk(Some(theirs), stamp);
        if same {
            self.saved_revision = Some(self.revision);
        }
        Ok(Reloaded {
            theirs: theirs_changes,
            conflicts: merged.conflicts,
            other_conflicts: merged.other_conflicts,
            removed: false,
            merged: dirty,
        })
    }
}

/// The login name, for the author field of new annotations.
fn default_author() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default()
}
