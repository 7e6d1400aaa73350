//! The registry on disk, kept with the care sidecars get: read whole and checked; saved
//! through a temporary file and a rename, the previous version kept as `.bak`; merged by id
//! with what another writer saved meanwhile; never written over when what is on disk cannot
//! be read; created only when asked ([`init`]), never over an existing one.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{REGISTRY_FILE_NAME, Registry, RegistryParseError, format};
use crate::model::EntityId;

/// Largest registry read: 256 MiB, as for sidecars.
pub const MAX_REGISTRY_BYTES: u64 = crate::store::MAX_SIDECAR_BYTES;

/// Why a registry could not be read, made or saved. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// Reading failed.
    #[error("{}: cannot be read: {error}", .path.display())]
    Io {
        /// The registry file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// Too big to be a registry.
    #[error(
        "{}: is {size} bytes, more than the {} MiB a registry may have",
        .path.display(), MAX_REGISTRY_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// The registry file.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// Not UTF-8.
    #[error("{}: is not UTF-8 text", .path.display())]
    NotUtf8 {
        /// The registry file.
        path: PathBuf,
    },
    /// Did not parse, or its entities do not stand together.
    #[error("{}: {error}", .path.display())]
    Parse {
        /// The registry file.
        path: PathBuf,
        /// What was wrong, with line and column when known.
        error: RegistryParseError,
    },
    /// Saving was refused: the registry now on disk cannot be read, and writing would lose it.
    #[error(
        "{}: not saved: the registry on disk cannot be read ({error}); Marsad will not write \
         over it until it is mended",
        .path.display()
    )]
    TheirsUnreadable {
        /// The registry file.
        path: PathBuf,
        /// Why it cannot be read.
        error: Box<RegistryError>,
    },
    /// The text to write did not read back as the same registry (a bug, never bad input).
    #[error("{}: not saved: the text to be written did not read back as the same registry", .path.display())]
    Readback {
        /// The registry file.
        path: PathBuf,
    },
    /// Serializing failed (a bug, never bad input).
    #[error("{}: could not be written: {message}", .path.display())]
    Serialize {
        /// The registry file.
        path: PathBuf,
        /// The serializer's message.
        message: String,
    },
    /// Writing failed.
    #[error("{}: could not be saved: {error}", .path.display())]
    Write {
        /// The registry file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// `init` on a folder that has a registry already.
    #[error("{}: there is a registry here already", .path.display())]
    Exists {
        /// The registry file.
        path: PathBuf,
    },
    /// `init` on something that is not a folder.
    #[error("{}: is not a folder", .path.display())]
    NotAFolder {
        /// What was given.
        path: PathBuf,
    },
}

/// What a save did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// Another writer had changed the registry: their changes were merged in.
    pub merged: bool,
    /// Entities both sides changed differently: this side's version was kept.
    pub conflicts: Vec<EntityId>,
}

/// A registry file, open: what this side holds, and what the file held when last read or
/// written (the base of a merge).
#[derive(Debug)]
pub struct RegistryFile {
    path: PathBuf,
    registry: Registry,
    base: Registry,
}

/// Reads and parses the registry at `path`.
fn read(path: &Path) -> Result<Registry, RegistryError> {
    let io = |error| RegistryError::Io {
        path: path.to_path_buf(),
        error,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_REGISTRY_BYTES {
        return Err(RegistryError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let text = String::from_utf8(bytes).map_err(|_| RegistryError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    format::parse(&text).map_err(|error| RegistryError::Parse {
        path: path.to_path_buf(),
        error,
    })
}

/// Makes `folder` a corpus: writes an empty registry there. Refused when the folder has one
/// already (it is never replaced) or is not a folder.
pub fn init(folder: &Path) -> Result<RegistryFile, RegistryError> {
    if !folder.is_dir() {
        return Err(RegistryError::NotAFolder {
            path: folder.to_path_buf(),
        });
    }
    let path = folder.join(REGISTRY_FILE_NAME);
    let registry = Registry::new();
    let text = format::to_string(&registry).map_err(|e| RegistryError::Serialize {
        path: path.clone(),
        message: e.to_string(),
    })?;
    let write = |error| RegistryError::Write {
        path: path.clone(),
        error,
    };
    // `create_new`: a registry another window made a moment ago is not replaced.
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(RegistryError::Exists { path });
        }
        Err(e) => return Err(write(e)),
    };
    file.write_all(text.as_bytes()).map_err(write)?;
    file.sync_all().map_err(write)?;
    Ok(RegistryFile {
        path,
        base: registry.clone(),
        registry,
    })
}

impl RegistryFile {
    /// Opens the registry at `path`.
    pub fn open(path: &Path) -> Result<Self, RegistryError> {
        let registry = read(path)?;
        Ok(Self {
            path: path.to_path_buf(),
            base: registry.clone(),
            registry,
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The registry as this side holds it.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The registry, to change (saved by [`Self::save`]).
    pub fn registry_mut(&mut self) -> &mut Registry {
        &mut self.registry
    }

    /// Whether this side changed the registry since it was last read or written.
    pub fn is_changed(&self) -> bool {
        self.registry != self.base
    }

    /// Saves this side's registry. If another writer changed the file since it was read,
    /// their changes are merged in by id first (this side wins a conflict, which is
    /// reported); if the file cannot be read now, nothing is written. A file that was
    /// removed is written anew.
    pub fn save(&mut self) -> Result<Saved, RegistryError> {
        let theirs = match read(&self.path) {
            Ok(theirs) => Some(theirs),
            Err(RegistryError::Io { error, .. })
                if error.kind() == std::io::ErrorKind::NotFound =>
            {
                None
            }
            Err(e) => {
                return Err(RegistryError::TheirsUnreadable {
                    path: self.path.clone(),
                    error: Box::new(e),
                });
            }
        };
        let mut saved = Saved::default();
        let merged = match theirs {
            Some(theirs) if theirs != self.base => {
                let (merged, conflicts) = self.registry.merged_with(&self.base, &theirs);
                saved = Saved {
                    merged: true,
                    conflicts,
                };
                merged
            }
            _ => self.registry.clone(),
        };
        let text = format::to_string(&merged).map_err(|e| RegistryError::Serialize {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        if format::parse(&text).as_ref() != Ok(&merged) {
            return Err(RegistryError::Readback {
                path: self.path.clone(),
            });
        }
        crate::store::write_atomic(&self.path, text.as_bytes()).map_err(|error| {
            RegistryError::Write {
                path: self.path.clone(),
                error,
            }
        })?;
        self.base = merged.clone();
        self.registry = merged;
        Ok(saved)
    }
}
