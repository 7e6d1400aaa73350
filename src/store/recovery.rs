//! Recovery files: unsaved annotations kept beside the sidecar until they are saved, so that a
//! crash, a kill or a power cut loses nothing the window had.
//!
//! While an article has unsaved changes, [`Recorder`] writes them to
//! `a.txt.marsad.ron.recovery` (same format as the sidecar, written atomically) on a thread of
//! its own, the newest version winning; once they are saved, it removes the file. A panic
//! writes what is still pending before the process ends ([`install_panic_hook`]). A recovery
//! file found when an article opens was left by a window that ended without saving: the app
//! offers to restore it, showing how it differs from the sidecar.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, PoisonError, Weak};

use super::{SIDECAR_SUFFIX, SidecarError, load_sidecar, sidecar, write_atomic_plain};
use crate::model::Document;

/// The recovery file of an article.
pub fn recovery_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap_or_default().to_os_string();
    name.push(SIDECAR_SUFFIX);
    name.push(".recovery");
    article.with_file_name(name)
}

/// A recovery file found beside an article.
#[derive(Debug)]
pub struct Recovered {
    /// The file.
    pub path: PathBuf,
    /// The annotations it holds, as stored (not yet re-anchored).
    pub document: Document,
    /// When it was written.
    pub written: Option<std::time::SystemTime>,
}

/// Reads the recovery file of `article`; `Ok(None)` when there is none.
pub fn load(article: &Path) -> Result<Option<Recovered>, SidecarError> {
    let path = recovery_path(article);
    let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
    Ok(load_sidecar(&path)?.map(|parsed| Recovered {
        path,
        document: parsed.document,
        written,
    }))
}

/// Writes `document` as the recovery file of `article`.
pub fn write(article: &Path, document: &Document) -> Result<(), SidecarError> {
    let path = recovery_path(article);
    let name = article.file_name().unwrap_or_default().to_string_lossy();
    let text = sidecar::to_string(document, &name).map_err(|e| SidecarError::Serialize {
        path: path.clone(),
        message: e.to_string(),
    })?;
    write_atomic_plain(&path, text.as_bytes())
        .map_err(|source| SidecarError::Write { path, source })
}

/// Removes the recovery file of `article`, if there is one.
pub fn discard(article: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(recovery_path(article)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// What the recovery file of one article should hold.
#[derive(Debug)]
struct Wanted {
    /// The request's ticket: requests are numbered across all articles, and a later one for
    /// the same article replaces an earlier one.
    ticket: u64,
    /// The unsaved document, or `None` once everything is saved (the file goes). Shared, so
    /// that the panic hook can still write what the worker is writing when the panic comes.
    document: Option<Arc<Document>>,
    /// Whether the worker has carried it out.
    done: bool,
}

#[derive(Debug, Default)]
struct State {
    wanted: HashMap<PathBuf, Wanted>,
    /// Set when the recorder is dropped: the worker finishes what is pending and ends.
    closing: bool,
    /// The ticket of the newest document the file holds, per article (removed with the file).
    written: HashMap<PathBuf, u64>,
    /// The last ticket given.
    issued: u64,
    /// Every request up to this ticket has been carried out (or replaced by a later one).
    carried_out: u64,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

/// Keeps the recovery files of open articles up to date on a thread of its own.
#[derive(Debug)]
pub struct Recorder {
    shared: Arc<Shared>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// Every live recorder, for the panic hook.
static RECORDERS: Mutex<Vec<Weak<Shared>>> = Mutex::new(Vec::new());

/// The longest wait for the recorder's thread ([`Recorder::flush`]); it only writes a file.
const FLUSH_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// Starts the worker.
    pub fn new() -> Self {
        let shared = Arc::new(Shared::default());
        let for_worker = Arc::clone(&shared);
        let worker = std::thread::Builder::new()
            .name("marsad-recovery".into())
            .spawn(move || work(&for_worker))
            .map_err(|e| log::error!("no recovery thread: {e}"))
            .ok();
        let mut all = RECORDERS.lock().unwrap_or_else(PoisonError::into_inner);
        all.retain(|w| w.strong_count() > 0);
        all.push(Arc::downgrade(&shared));
        Self { shared, worker }
    }

    /// Records the state of `article`: its unsaved document, or `None` when everything is
    /// saved (the file goes). Returns the request's ticket, for [`Waiter::wait_written`].
    /// `None` for an article this recorder never wrote a file for is ignored: a recovery
    /// file it did not write (left by a crash, or unreadable) is the analyst's to restore or
    /// discard.
    pub fn record(&self, article: &Path, document: Option<Document>) -> u64 {
        let mut state = self.lock();
        if document.is_none() && !state.wanted.contains_key(article) {
            // Nothing to do, so nothing to wait for.
            return state.issued;
        }
        state.issued += 1;
        let ticket = state.issued;
        state.wanted.insert(
            article.to_path_buf(),
            Wanted {
                ticket,
                document: document.map(Arc::new),
                done: false,
            },
        );
        self.shared.wake.notify_all();
        ticket
    }

    /// Forgets an article whose file this recorder removed or never wrote (the article was
    /// closed after saving): a later window on it starts afresh.
    pub fn forget(&self, article: &Path) {
        let mut state = self.lock();
        if state
            .wanted
            .get(article)
            .is_some_and(|w| w.done && w.document.is_none())
        {
            state.wanted.remove(article);
        }
    }

    /// Waits until everything recorded so far is on disk (at most a few seconds, should the
    /// recorder's thread be gone).
    pub fn flush(&self) {
        let deadline = std::time::Instant::now() + FLUSH_LIMIT;
        let mut state = self.lock();
        let target = state.issued;
        while state.carried_out < target && self.worker.as_ref().is_some_and(|w| !w.is_finished()) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                log::warn!("the recovery file was not written in time");
                return;
            }
            state = self
                .shared
                .wake
                .wait_timeout(state, left.min(std::time::Duration::from_millis(100)))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// A handle for a save thread to wait on ([`Waiter::wait_written`]).
    pub fn waiter(&self) -> Waiter {
        Waiter(Arc::clone(&self.shared))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Lets a save wait until the recovery file holds at least what it is about to save, so that
/// the recovery file is never older than the sidecar: whatever a kill interrupts, it holds the
/// newest work, or the same as the sidecar.
#[derive(Clone, Debug)]
pub struct Waiter(Arc<Shared>);

impl Waiter {
    /// Waits (up to `limit`) until the recovery file of `article` holds the document of
    /// request `ticket` or a newer one. Returns whether it does.
    pub fn wait_written(&self, article: &Path, ticket: u64, limit: std::time::Duration) -> bool {
        let deadline = std::time::Instant::now() + limit;
        let mut state = self.0.state.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if state.written.get(article).is_some_and(|&t| t >= ticket) {
                return true;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() || state.closing {
                return false;
            }
            state = self
                .0
                .wake
                .wait_timeout(state, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.lock().closing = true;
        self.shared.wake.notify_all();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn work(shared: &Shared) {
    let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        let next = state
            .wanted
            .iter()
            .filter(|(_, w)| !w.done)
            .min_by_key(|(_, w)| w.ticket)
            .map(|(path, w)| (path.clone(), w.ticket, w.document.clone()));
        let Some((article, ticket, document)) = next else {
            state.carried_out = state.issued;
            shared.wake.notify_all();
            if state.closing {
                return;
            }
            state = shared
                .wake
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
            continue;
        };
        drop(state);
        carry_out(&article, document.as_deref());
        state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
        if document.is_some() {
            state.written.insert(article.clone(), ticket);
        } else {
            state.written.remove(&article);
        }
        if let Some(w) = state.wanted.get_mut(&article)
            && w.ticket == ticket
        {
            w.done = true;
            w.document = None;
        }
        shared.wake.notify_all();
    }
}

fn carry_out(article: &Path, document: Option<&Document>) {
    let result = match document {
        Some(doc) => write(article, doc).map_err(|e| e.to_string()),
        None => discard(article).map_err(|e| format!("{}: {e}", article.display())),
    };
    if let Err(e) = result {
        log::warn!("recovery file not updated: {e}");
    }
}

/// Makes a panic write every recovery file still pending before the process ends, then
/// report as usual.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        write_pending();
        previous(info);
    }));
}

fn try_lock_for<T>(
    mutex: &Mutex<T>,
    limit: std::time::Duration,
) -> Option<std::sync::MutexGuard<'_, T>> {
    let deadline = std::time::Instant::now() + limit;
    loop {
        match mutex.try_lock() {
            Ok(guard) => return Some(guard),
            Err(std::sync::TryLockError::Poisoned(p)) => return Some(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Err(std::sync::TryLockError::WouldBlock) => return None,
        }
    }
}

/// Writes, on this thread, what recorders have been asked to write and have not yet.
pub fn write_pending() {
    let recorders: Vec<Arc<Shared>> =
        match try_lock_for(&RECORDERS, std::time::Duration::from_millis(500)) {
            Some(all) => all.iter().filter_map(Weak::upgrade).collect(),
            None => return,
        };
    for shared in recorders {
        // Another thread may hold the lock for a moment; the panicking thread itself may hold
        // it: then give up after a while rather than deadlock.
        let Some(mut state) = try_lock_for(&shared.state, std::time::Duration::from_millis(500))
        else {
            continue;
        };
        // Written here and left to the worker too: should it be renaming an older version
        // into place right now, it writes this one again after.
        let pending: Vec<(PathBuf, u64, Arc<Document>)> = state
            .wanted
            .iter()
            .filter(|(_, w)| !w.done)
            .filter_map(|(p, w)| Some((p.clone(), w.ticket, Arc::clone(w.document.as_ref()?))))
            .collect();
        for (article, ticket, doc) in pending {
            carry_out(&article, Some(&doc));
            state.written.insert(article, ticket);
        }
        shared.wake.notify_all();
    }
}
