//! Opening articles off the frame path: a worker thread reads the file, places the
//! annotations and prepares the text for display and search; the frame polls a channel and
//! shows the progress meanwhile, so a 50 MB article never stops the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::workspace::Workspace;
use crate::article::LoadError;
use crate::store::{self, Progress, Stage};

/// The result of one open.
pub type Loaded = (PathBuf, Result<Box<Workspace>, LoadError>);

/// An open in progress.
pub struct Loading {
    /// What is being opened.
    pub path: PathBuf,
    /// How far it has got.
    pub progress: Arc<Progress>,
    rx: Receiver<Loaded>,
}

impl Loading {
    /// Starts opening `path` on a worker thread; `ctx` is woken when it is done.
    pub fn start(path: PathBuf, ctx: &egui::Context) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let job = path.clone();
        let progress = Arc::new(Progress::default());
        let shared = Arc::clone(&progress);
        let spawned = std::thread::Builder::new()
            .name("marsad-open".into())
            .spawn(move || {
                let started = std::time::Instant::now();
                let result = store::open_reporting(&job, &shared).map(|opened| {
                    shared.set_stage(Stage::Preparing);
                    Box::new(Workspace::new(opened))
                });
                log::info!(
                    "{}: opened in {:.2} s",
                    job.display(),
                    started.elapsed().as_secs_f64()
                );
                // The receiver is gone only if the window closed meanwhile.
                let _ = tx.send((job, result));
                ctx.request_repaint();
            });
        if let Err(source) = spawned {
            let (tx, rx2) = channel();
            let _ = tx.send((
                path.clone(),
                Err(LoadError::Io {
                    path: path.clone(),
                    source,
                }),
            ));
            return Self {
                path,
                progress,
                rx: rx2,
            };
        }
        Self { path, progress, rx }
    }

    /// The result, once the worker has finished.
    pub fn poll(&self) -> Option<Loaded> {
        match self.rx.try_recv() {
            Ok(done) => Some(done),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some((
                self.path.clone(),
                Err(LoadError::Io {
                    path: self.path.clone(),
                    source: std::io::Error::other("the loading thread stopped unexpectedly"),
                }),
            )),
        }
    }
}
