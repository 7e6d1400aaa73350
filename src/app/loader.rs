//! Opening articles off the frame path: a worker thread loads, the frame polls a channel.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::article::LoadError;
use crate::store::{self, Opened};

/// The result of one open.
pub type Loaded = (PathBuf, Result<Opened, LoadError>);

/// An open in progress.
pub struct Loading {
    /// What is being opened.
    pub path: PathBuf,
    rx: Receiver<Loaded>,
}

impl Loading {
    /// Starts opening `path` on a worker thread; `ctx` is woken when it is done.
    pub fn start(path: PathBuf, ctx: &egui::Context) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let job = path.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-open".into())
            .spawn(move || {
                let result = store::open(&job);
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
            return Self { path, rx: rx2 };
        }
        Self { path, rx }
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
