//! The sidecar store: one RON file beside each article, read, re-anchored and written safely.
//!
//! `a.txt` keeps its annotations in `a.txt.marsad.ron`, so `a.txt` and `a.md` never share
//! one. Writes are atomic and keep the previous version as `a.txt.marsad.ron.bak`. A sidecar
//! that cannot be read is never written over, and one from a newer Marsad opens read-only.

mod anchor;
mod atomic;
mod error;
pub mod lock;
mod progress;
pub mod recovery;
pub(crate) mod ron_text;
mod save_job;
pub mod sidecar;

use std::path::{Path, PathBuf};

pub use anchor::{AnchorReport, Placement, place_span, reanchor};
pub use atomic::{backup_path, sweep_stale_temps, write_atomic, write_atomic_plain, write_renamed};
pub use error::{SidecarError, SidecarStatus};
pub use progress::{Progress, Stage};
pub use save_job::SaveJob;
pub use sidecar::{FORMAT_VERSION, ParseError, SIDECAR_SUFFIX};

use crate::article::{Article, LoadError};
use crate::model::{Document, IndexedText};

/// Largest sidecar read: 256 MiB.
pub const MAX_SIDECAR_BYTES: u64 = 256 * 1024 * 1024;

/// Temporary files older than this were left by a write that was interrupted.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_mins(10);

/// The sidecar path for an article.
pub fn sidecar_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap_or_default().to_os_string();
    name.push(SIDECAR_SUFFIX);
    article.with_file_name(name)
}

/// Whether a path is a sidecar or one of its backups or temporary files.
pub fn is_sidecar_file(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(SIDECAR_SUFFIX) || name.contains(&format!("{SIDECAR_SUFFIX}."))
}

/// An article opened with its sidecar.
#[derive(Debug)]
pub struct Opened {
    /// The article (shared with the worker that reads another writer's sidecar).
    pub article: std::sync::Arc<Article>,
    /// Its annotations, placed in the current text.
    pub document: Document,
    /// Where the sidecar lives.
    pub sidecar_path: PathBuf,
    /// Whether it may be written.
    pub status: SidecarStatus,
    /// What re-anchoring did.
    pub anchoring: AnchorReport,
    /// The sidecar's size and modification time when it was read or last written, to notice
    /// another writer before saving over its work.
    on_disk: Option<FileStamp>,
    /// Whether this process holds the article's lock.
    lock: LockState,
    /// The annotations as the sidecar held them when last read or written: what this window
    /// and another writer last agreed on, for merging.
    base: Document,
    /// The article file's stamp when it was read, to notice it being edited.
    article_on_disk: Option<FileStamp>,
}

/// Another writer's sidecar as read: the document (`None`: the sidecar was removed), placed
/// in the current text, and the sidecar's stamp when it was read.
pub type DiskRead = Result<(Option<Document>, Option<FileStamp>), SidecarError>;

/// Reads another writer's sidecar and places it in the article's text: the work of taking
/// it in that may run off the window's thread.
#[derive(Clone, Debug)]
pub struct DiskReader {
    article: std::sync::Arc<Article>,
    sidecar_path: PathBuf,
}

impl DiskReader {
    /// The article it reads for.
    pub fn article_path(&self) -> &Path {
        &self.article.path
    }

    /// Reads and places it.
    pub fn run(&self) -> DiskRead {
        let stamp = file_stamp(&self.sidecar_path);
        let Some(parsed) = load_sidecar(&self.sidecar_path)? else {
            return Ok((None, stamp));
        };
        if parsed.format_version > FORMAT_VERSION {
            return Err(SidecarError::ReadOnly {
                path: self.sidecar_path.clone(),
                reason: SidecarStatus::Newer {
                    format_version: parsed.format_version,
                }
                .read_only_reason()
                .unwrap_or_default(),
            });
        }
        let mut document = parsed.document;
        place(&mut document, &self.article);
        Ok((Some(document), stamp))
    }
}

/// What changed on disk since an article was opened or its sidecar last written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiskChanges {
    /// Someone else wrote (or removed) the sidecar.
    pub sidecar: bool,
    /// The article file was edited.
    pub article: bool,
    /// The sidecar's stamp now, to tell one change from the next.
    pub sidecar_stamp: Option<FileStamp>,
}

impl DiskChanges {
    /// Whether anything changed.
    pub fn any(self) -> bool {
        self.sidecar || self.article
    }
}

/// A completed save: the stamp of the file written and the document it holds.
#[derive(Debug)]
pub struct Saved {
    /// The sidecar's new size and time.
    pub stamp: Option<FileStamp>,
    /// What was written.
    pub document: Document,
}

/// Whether an open article is locked against a second Marsad.
#[derive(Debug, Default)]
enum LockState {
    /// Not asked for (the command-line tools read without locking).
    #[default]
    Unlocked,
    /// Held by this process.
    Held(
        #[expect(dead_code, reason = "held for its Drop, which releases the lock")]
        lock::ArticleLock,
    ),
    /// Held by another: what its lock file says.
    HeldElsewhere(String),
}

/// Size and modification time of a file: enough to notice that someone else wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

/// The stamp of the file at `path` now (`None`: there is none, or it cannot be read).
pub fn file_stamp(path: &Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some(FileStamp {
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

impl Opened {
    /// Takes the article's lock, so that a second Marsad is told this one has it. When
    /// another holds it, the article stays open read-only; when no lock can be made (a
    /// read-only folder), it opens as usual.
    pub fn lock(&mut self) {
        self.lock = match lock::ArticleLock::acquire(&self.article.path) {
            Ok(held) => LockState::Held(held),
            Err(lock::LockRefused::Held(by)) => LockState::HeldElsewhere(by),
            Err(lock::LockRefused::Io(e)) => {
                log::info!("{}: no lock taken: {e}", self.article.path.display());
                LockState::Unlocked
            }
        };
    }

    /// Edits despite another Marsad holding the article (the analyst was told and chose to).
    pub fn ignore_lock(&mut self) {
        if matches!(self.lock, LockState::HeldElsewhere(_)) {
            self.lock = LockState::Unlocked;
        }
    }

    /// Who else has the article open, when another Marsad holds its lock.
    pub fn held_elsewhere(&self) -> Option<&str> {
        match &self.lock {
            LockState::HeldElsewhere(by) => Some(by),
            _ => None,
        }
    }

    /// Why the annotations may not be saved, if they may not: the sidecar's state, or another
    /// Marsad holding the article.
    pub fn read_only_reason(&self) -> Option<String> {
        self.status.read_only_reason().or_else(|| {
            self.held_elsewhere().map(|by| {
                format!(
                    "{by} has this article open, so it is read-only here to keep the two from \
                     writing over each other"
                )
            })
        })
    }

    /// Saves the document to the sidecar, unless the sidecar must not be written over.
    pub fn save(&mut self) -> Result<(), SidecarError> {
        let saved = self.save_job()?.run()?;
        self.saved(saved);
        Ok(())
    }

    /// What changed on disk since the article was read or the sidecar written: cheap (two
    /// `stat` calls), to be asked every second or so.
    pub fn disk_changes(&self) -> DiskChanges {
        let sidecar_stamp = file_stamp(&self.sidecar_path);
        DiskChanges {
            sidecar: sidecar_stamp != self.on_disk,
            article: file_stamp(&self.article.path) != self.article_on_disk,
            sidecar_stamp,
        }
    }

    /// Takes the article file as it is now for the one that was read (after saying that it
    /// changed), so that the change is reported once.
    pub fn forget_article_change(&mut self) {
        self.article_on_disk = file_stamp(&self.article.path);
    }

    /// The annotations as the sidecar last held them (see [`crate::model::merge::merge`]).
    pub fn base(&self) -> &Document {
        &self.base
    }

    /// Reads the sidecar as another writer left it, placed in the current text, with its
    /// stamp; `None` when it was removed.
    pub fn read_disk(&self) -> DiskRead {
        self.disk_reader().run()
    }

    /// What [`Self::read_disk`] needs, to run on another thread.
    pub fn disk_reader(&self) -> DiskReader {
        DiskReader {
            article: std::sync::Arc::clone(&self.article),
            sidecar_path: self.sidecar_path.clone(),
        }
    }

    /// Takes `disk` (read by [`Self::read_disk`] with `stamp`) as what the sidecar holds now:
    /// the next save writes over it knowingly.
    pub fn adopt_disk(&mut self, disk: Option<Document>, stamp: Option<FileStamp>) {
        self.base = disk.unwrap_or_else(|| Document::new(&self.article.text_sha256));
        self.on_disk = stamp;
        self.status = if stamp.is_some() {
            SidecarStatus::Loaded {
                format_version: sidecar::version_for(&self.base),
            }
        } else {
            SidecarStatus::Missing
        };
    }

    /// What saving the document now would write, to run on another thread. Refused when the
    /// sidecar must not be written over.
    pub fn save_job(&self) -> Result<SaveJob, SidecarError> {
        if let Some(reason) = self.read_only_reason() {
            return Err(SidecarError::ReadOnly {
                path: self.sidecar_path.clone(),
                reason,
            });
        }
        Ok(SaveJob {
            sidecar_path: self.sidecar_path.clone(),
            article_path: self.article.path.clone(),
            document: self.document.clone(),
            expected: self.on_disk,
        })
    }

    /// Records a save that [`SaveJob::run`] completed.
    pub fn saved(&mut self, saved: Saved) {
        self.on_disk = saved.stamp;
        self.base = saved.document;
        self.status = SidecarStatus::Loaded {
            format_version: sidecar::version_for(&self.base),
        };
    }

    /// The title: the sidecar's if the analyst set one, else the article's own.
    pub fn title(&self) -> String {
        self.document
            .meta
            .title
            .clone()
            .unwrap_or_else(|| self.article.title())
    }
}

/// Loads an article and its sidecar and places the annotations in the current text.
/// Only the article's failure is an error: a sidecar that cannot be read is reported in
/// [`Opened::status`] and the article opens without annotations.
pub fn open(article_path: &Path) -> Result<Opened, LoadError> {
    open_reporting(article_path, &Progress::default())
}

/// [`open`], telling `progress` how far it has got.
pub fn open_reporting(article_path: &Path, progress: &Progress) -> Result<Opened, LoadError> {
    let article_on_disk = file_stamp(article_path);
    let on_read = |read: u64, size: u64| {
        progress
            .read
            .store(read, std::sync::atomic::Ordering::Relaxed);
        progress
            .size
            .store(size, std::sync::atomic::Ordering::Relaxed);
        if read == size {
            progress.set_stage(Stage::Decoding);
        }
    };
    let article = Article::load_reporting(article_path, &on_read)?;
    progress.set_stage(Stage::Placing);
    let sidecar_path = sidecar_path(article_path);
    // Stamped before reading: a write in between makes the stamp stale, so saving refuses.
    let on_disk = file_stamp(&sidecar_path);
    let (document, status) = match load_sidecar(&sidecar_path) {
        Ok(None) => (Document::new(&article.text_sha256), SidecarStatus::Missing),
        Ok(Some(parsed)) if parsed.format_version > FORMAT_VERSION => (
            parsed.document,
            SidecarStatus::Newer {
                format_version: parsed.format_version,
            },
        ),
        Ok(Some(parsed)) => (
            parsed.document,
            SidecarStatus::Loaded {
                format_version: parsed.format_version,
            },
        ),
        Err(e) => (
            Document::new(&article.text_sha256),
            SidecarStatus::Unreadable(e),
        ),
    };
    let mut document = document;
    let anchoring = place(&mut document, &article);
    let document_clone = document.clone();
    Ok(Opened {
        article: std::sync::Arc::new(article),
        document,
        sidecar_path,
        status,
        anchoring,
        on_disk,
        lock: LockState::Unlocked,
        base: document_clone,
        article_on_disk,
    })
}

/// Places a document read from a sidecar (or a recovery file) in the article's current text.
/// Orphans are tried again only when the text differs from the one the document was saved on.
pub fn place(document: &mut Document, article: &Article) -> AnchorReport {
    let text_changed = document.meta.text_sha256 != article.text_sha256;
    reanchor(
        document,
        &IndexedText::new(&article.text),
        article.lazy_folded(),
        &article.text_sha256,
        text_changed,
    )
}

/// Reads and validates a sidecar; `Ok(None)` when there is none.
pub fn load_sidecar(path: &Path) -> Result<Option<sidecar::Parsed>, SidecarError> {
    let owned = || path.to_path_buf();
    let bytes = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SidecarError::Io {
                path: owned(),
                source,
            });
        }
        Ok(m) if m.len() > MAX_SIDECAR_BYTES => {
            return Err(SidecarError::TooLarge {
                path: owned(),
                size: m.len(),
            });
        }
        Ok(_) => std::fs::read(path).map_err(|source| SidecarError::Io {
            path: owned(),
            source,
        })?,
    };
    let text = String::from_utf8(bytes).map_err(|_| SidecarError::NotUtf8 { path: owned() })?;
    let parsed = sidecar::parse(&text).map_err(|source| SidecarError::Parse {
        path: owned(),
        source,
    })?;
    parsed
        .document
        .validate()
        .map_err(|source| SidecarError::Invalid {
            path: owned(),
            source,
        })?;
    Ok(Some(parsed))
}

/// Writes a document to a sidecar atomically, keeping the previous version as a backup, once
/// the text has been read back as the same document (see [`sidecar::to_checked_string`]).
/// Callers that opened the sidecar go through [`Opened::save`], which refuses read-only files.
pub fn save(path: &Path, document: &Document, article_path: &Path) -> Result<(), SidecarError> {
    let name = article_path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    // What is written is first read back: a save never leaves a sidecar that would not load.
    let text = sidecar::to_checked_string(document, &name).map_err(|e| match e {
        sidecar::CheckError::Invalid(source) => SidecarError::Invalid {
            path: path.to_path_buf(),
            source,
        },
        e => SidecarError::Serialize {
            path: path.to_path_buf(),
            message: e.to_string(),
        },
    })?;
    write_atomic(path, text.as_bytes()).map_err(|source| SidecarError::Write {
        path: path.to_path_buf(),
        source,
    })
}
