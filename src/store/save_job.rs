//! A save taken off the window's thread: a snapshot of the document with where it goes and
//! what the sidecar on disk looked like, written (with its read-back check) by whoever runs it.

use std::path::PathBuf;

use super::{FileStamp, STALE_TEMP_AGE, Saved, SidecarError, file_stamp, save, sweep_stale_temps};
use crate::model::Document;

/// A save to run off the frame path: a snapshot of the document and the sidecar's state when
/// it was last read or written.
#[derive(Debug)]
pub struct SaveJob {
    /// The sidecar to write.
    pub sidecar_path: PathBuf,
    /// The article it belongs to.
    pub article_path: PathBuf,
    /// The document to write.
    pub document: Document,
    pub(super) expected: Option<FileStamp>,
}

impl SaveJob {
    /// Writes the sidecar atomically, unless someone else wrote it since it was read. Returns
    /// what was written, for [`Opened::saved`].
    pub fn run(self) -> Result<Saved, SidecarError> {
        // Saving is when Marsad writes to the folder anyway; `open` (and so `check`) never does.
        sweep_stale_temps(&self.sidecar_path, STALE_TEMP_AGE);
        if file_stamp(&self.sidecar_path) != self.expected {
            return Err(SidecarError::ChangedOnDisk {
                path: self.sidecar_path.clone(),
            });
        }
        save(&self.sidecar_path, &self.document, &self.article_path)?;
        Ok(Saved {
            stamp: file_stamp(&self.sidecar_path),
            document: self.document,
        })
    }
}
