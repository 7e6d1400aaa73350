//! Work kept off the frame path: saving, the native file dialog and exports (listing a
//! corpus is `corpus_listing`'s). Each runs on a thread and reports through a channel the
//! frame polls.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

pub use super::corpus_listing::{Corpus, CorpusEntry};
use crate::store::{SaveJob, Saved, SidecarError};

/// Runs `work` on a named thread and wakes the window when it is done.
fn spawn<T: Send + 'static>(
    name: &str,
    ctx: &egui::Context,
    work: impl FnOnce() -> T + Send + 'static,
) -> Receiver<T> {
    let (tx, rx) = channel();
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let _ = tx.send(work());
            ctx.request_repaint();
        });
    if let Err(e) = spawned {
        log::error!("could not start the {name} thread: {e}");
    }
    rx
}

/// A save in progress.
pub struct Saving {
    /// The revision being written.
    pub revision: u64,
    /// The sidecar being written.
    pub path: PathBuf,
    rx: Receiver<Result<Saved, SidecarError>>,
}

impl Saving {
    /// Starts writing a snapshot, once the recovery file (if `recovery`, the recorder and the
    /// ticket of the snapshot's recording, is given) holds it: a kill in the middle then
    /// leaves the newest work in one of the two files.
    pub fn start(
        job: SaveJob,
        revision: u64,
        recovery: Option<(crate::store::recovery::Waiter, u64)>,
        ctx: &egui::Context,
    ) -> Self {
        Self {
            revision,
            path: job.sidecar_path.clone(),
            rx: spawn("marsad-save", ctx, move || {
                if let Some((waiter, ticket)) = recovery
                    && !waiter.wait_written(&job.article_path, ticket, Duration::from_secs(5))
                {
                    log::warn!(
                        "{}: saving before the recovery file was written",
                        job.article_path.display()
                    );
                }
                job.run()
            }),
        }
    }

    /// The result, once written.
    pub fn poll(&self) -> Option<Result<Saved, SidecarError>> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(thread_lost())),
        }
    }

    /// Waits for the result (before a save on the frame thread, so two never overlap).
    pub fn wait(self) -> Result<Saved, SidecarError> {
        self.rx.recv().unwrap_or_else(|_| Err(thread_lost()))
    }
}

fn thread_lost() -> SidecarError {
    SidecarError::Write {
        path: PathBuf::new(),
        source: std::io::Error::other("the saving thread stopped unexpectedly"),
    }
}

/// Another writer's sidecar being read and placed off the window's thread.
pub struct DiskReading {
    /// The article it is read for: a result for another article is dropped.
    pub article: PathBuf,
    rx: Receiver<crate::store::DiskRead>,
}

impl DiskReading {
    /// Starts reading.
    pub fn start(reader: crate::store::DiskReader, ctx: &egui::Context) -> Self {
        Self {
            article: reader.article_path().to_path_buf(),
            rx: spawn("marsad-disk-read", ctx, move || reader.run()),
        }
    }

    /// The result, once read.
    pub fn poll(&self) -> Option<crate::store::DiskRead> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(SidecarError::Io {
                path: PathBuf::new(),
                source: std::io::Error::other(
                    "the thread reading the sidecar stopped unexpectedly",
                ),
            })),
        }
    }
}

/// What the file dialog was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// An article.
    File,
    /// A folder.
    Folder,
}

/// A native file dialog, open on another thread.
pub struct Dialog {
    /// What it picks.
    pub pick: Pick,
    /// Whether the folder is for an export (else what is picked is opened).
    pub for_export: bool,
    started: Instant,
    rx: Receiver<Option<PathBuf>>,
}

/// A dialog that answers sooner than this without a path most likely could not be shown
/// (no portal or desktop): the path field is offered instead.
const TOO_QUICK: Duration = Duration::from_millis(400);

/// How a dialog ended.
pub enum Picked {
    /// A path was chosen.
    Path(PathBuf),
    /// Cancelled by the analyst.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

impl Dialog {
    /// Opens the dialog, starting in `folder` if given.
    pub fn open(pick: Pick, folder: Option<PathBuf>, ctx: &egui::Context) -> Self {
        Self::open_for(pick, folder, false, ctx)
    }

    /// Opens the dialog; `for_export` marks a folder chosen for an export.
    pub fn open_for(
        pick: Pick,
        folder: Option<PathBuf>,
        for_export: bool,
        ctx: &egui::Context,
    ) -> Self {
        let articles = super::messages::tr(ctx, "dialog-articles", &[]);
        let rx = spawn("marsad-dialog", ctx, move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            match pick {
                Pick::File => dialog
                    .add_filter(articles, &["txt", "md", "markdown", "text"])
                    .pick_file(),
                Pick::Folder => dialog.pick_folder(),
            }
        });
        Self {
            pick,
            for_export,
            started: Instant::now(),
            rx,
        }
    }

    /// How it ended, once it has.
    pub fn poll(&self) -> Option<Picked> {
        match self.rx.try_recv() {
            Ok(Some(path)) => Some(Picked::Path(path)),
            Ok(None) if self.started.elapsed() < TOO_QUICK => Some(Picked::Unavailable),
            Ok(None) => Some(Picked::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Picked::Unavailable),
        }
    }
}

use crate::export::batch;
pub use crate::export::batch::Summary as ExportSummary;

/// An export running on another thread, with progress and a way to stop it.
pub struct Exporting {
    progress: std::sync::Arc<(
        std::sync::atomic::AtomicUsize,
        std::sync::atomic::AtomicUsize,
    )>,
    cancel: std::sync::Arc<std::sync::atomic::AtomicBool>,
    rx: Receiver<ExportSummary>,
}

impl Exporting {
    /// Starts exporting `paths` (articles or folders) as `format` into `out`.
    pub fn start(
        format: crate::export::Format,
        paths: Vec<PathBuf>,
        out: PathBuf,
        ctx: &egui::Context,
    ) -> Self {
        use std::sync::atomic::Ordering::Relaxed;
        let progress = std::sync::Arc::new((
            std::sync::atomic::AtomicUsize::new(0),
            std::sync::atomic::AtomicUsize::new(0),
        ));
        let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (p, c, repaint) = (progress.clone(), cancel.clone(), ctx.clone());
        let rx = spawn("marsad-export", ctx, move || {
            let plan = match batch::plan(&paths, &out) {
                Ok(plan) => plan,
                Err(e) => {
                    return ExportSummary {
                        failures: vec![e],
                        ..ExportSummary::default()
                    };
                }
            };
            p.1.store(plan.jobs.len(), Relaxed);
            batch::run(format, plan, &out, |step| {
                if step.outcome.is_some() {
                    p.0.fetch_add(1, Relaxed);
                    repaint.request_repaint();
                }
                !c.load(Relaxed)
            })
        });
        Self {
            progress,
            cancel,
            rx,
        }
    }

    /// Articles done and articles in all (zero until listed).
    pub fn progress(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.progress.0.load(Relaxed), self.progress.1.load(Relaxed))
    }

    /// Asks the export to stop after the article it is on.
    pub fn cancel(&self) {
        self.cancel
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The summary, once it has ended.
    pub fn poll(&self) -> Option<ExportSummary> {
        match self.rx.try_recv() {
            Ok(summary) => Some(summary),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(ExportSummary {
                failures: vec![crate::export::problem::Problem::Stopped],
                ..ExportSummary::default()
            }),
        }
    }
}
