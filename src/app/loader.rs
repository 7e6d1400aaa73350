//! Opening articles off the frame path: a worker thread reads the file, places the
//! annotations and prepares the text for display and search; the frame polls a channel and
//! shows the progress meanwhile, so a 50 MB article never stops the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::article_corpus::ArticleCorpus;
use super::corpus_registry::{Known, RegistryRead};
use super::workspace::Workspace;
use crate::article::LoadError;
use crate::store::{self, Progress, Stage};

/// The result of one open: the article, and its corpus registry as read (`None`: it is in
/// no corpus).
pub type Loaded = (
    PathBuf,
    Result<Box<Workspace>, LoadError>,
    Option<RegistryRead>,
);

/// An open in progress.
pub struct Loading {
    /// What is being opened.
    pub path: PathBuf,
    /// How far it has got.
    pub progress: Arc<Progress>,
    rx: Receiver<Loaded>,
}

impl Loading {
    /// Starts opening `path` on a worker thread, with its corpus registry (`held`: the one
    /// the window holds, read again only if it is another or changed); `ctx` is woken when
    /// it is done.
    pub fn start(path: PathBuf, held: Option<Known>, ctx: &egui::Context) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let job = path.clone();
        let progress = Arc::new(Progress::default());
        let shared = Arc::clone(&progress);
        let spawned = std::thread::Builder::new()
            .name("marsad-open".into())
            .spawn(move || {
                let started = std::time::Instant::now();
                let registry = crate::registry::locate(&job)
                    .map(|at| super::corpus_registry::read(&at, held.as_ref()));
                let result = store::open_reporting(&job, &shared).map(|mut opened| {
                    shared.set_stage(Stage::Preparing);
                    let corpus = registry
                        .as_ref()
                        .and_then(|r| r.known(held.as_ref()))
                        .map(|known| ArticleCorpus::link(&mut opened, known));
                    let mut ws = Workspace::new(opened);
                    if let Some(corpus) = corpus {
                        ws.set_corpus(corpus);
                    }
                    if let Some(RegistryRead::Unreadable(_, problem)) = &registry {
                        ws.notices.push(super::workspace::Notice {
                            error: true,
                            what: super::workspace::NoticeText::Registry(
                                super::workspace::RegistryProblem(Arc::clone(problem)),
                            ),
                            action: None,
                        });
                    }
                    Box::new(ws)
                });
                log::info!(
                    "{}: opened in {:.2} s",
                    job.display(),
                    started.elapsed().as_secs_f64()
                );
                // The receiver is gone only if the window closed meanwhile.
                let _ = tx.send((job, result, registry));
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
                None,
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
                None,
            )),
        }
    }
}
