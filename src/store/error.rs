//! Why a sidecar could not be used ([`SidecarError`]), and what state an opened article's
//! sidecar is in ([`SidecarStatus`]).

use std::fmt;
use std::path::PathBuf;

use super::{FORMAT_VERSION, MAX_SIDECAR_BYTES, ParseError};
use crate::model::Invalid;

/// Why a sidecar could not be used. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    /// Reading failed.
    #[error("{}: cannot be read: {source}", .path.display())]
    Io {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Too big to be a sidecar.
    #[error("{}: is {size} bytes, more than the {} MiB a sidecar may have", .path.display(), MAX_SIDECAR_BYTES / (1024 * 1024))]
    TooLarge {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// Not UTF-8.
    #[error("{}: is not UTF-8 text", .path.display())]
    NotUtf8 {
        /// The sidecar file that could not be used.
        path: PathBuf,
    },
    /// Did not parse.
    #[error("{}: {source}", .path.display())]
    Parse {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// What was wrong, with line and column when known.
        source: ParseError,
    },
    /// Parsed, but breaks an invariant.
    #[error("{}: {source}", .path.display())]
    Invalid {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// The broken invariant.
        source: Invalid,
    },
    /// Serializing failed (a bug, never bad input).
    #[error("{}: could not be written: {message}", .path.display())]
    Serialize {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// The serializer's message.
        message: String,
    },
    /// Saving was refused because the file on disk must not be written over.
    #[error("{}: not saved: {reason}", .path.display())]
    ReadOnly {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Someone else wrote the sidecar after it was read.
    #[error(
        "{}: not saved: the file changed on disk after it was opened (another Marsad window, a \
         sync or a git pull?); Marsad will not write over that change",
        .path.display()
    )]
    ChangedOnDisk {
        /// The sidecar file that could not be used.
        path: PathBuf,
    },
    /// Another writer's annotations could not be merged with these (a bug, never bad input).
    #[error("{}: not saved: merging with the annotations saved elsewhere failed: {message}", .path.display())]
    Merge {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// Writing failed.
    #[error("{}: could not be saved: {source}", .path.display())]
    Write {
        /// The sidecar file that could not be used.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// The state of an article's sidecar, which decides whether it may be written.
#[derive(Debug)]
pub enum SidecarStatus {
    /// No sidecar yet: the first save creates it.
    Missing,
    /// Read in the current format (or upgraded from an older one).
    Loaded {
        /// The version it declared.
        format_version: u32,
    },
    /// Written by a newer Marsad: shown, never written.
    Newer {
        /// The version it declared.
        format_version: u32,
    },
    /// Could not be read: the article opens without annotations and the file is left alone.
    Unreadable(SidecarError),
}

impl SidecarStatus {
    /// Why saving is not allowed, if it is not.
    pub fn read_only_reason(&self) -> Option<String> {
        match self {
            Self::Missing | Self::Loaded { .. } => None,
            Self::Newer { format_version } => Some(format!(
                "it was written by a newer Marsad (format version {format_version}; this one \
                 writes {FORMAT_VERSION}), so it is open read-only"
            )),
            Self::Unreadable(e) => Some(format!(
                "it could not be read ({e}), so Marsad will not write over it"
            )),
        }
    }
}

impl fmt::Display for SidecarStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("no sidecar yet"),
            Self::Loaded { format_version } => write!(f, "sidecar format {format_version}"),
            Self::Newer { format_version } => {
                write!(f, "sidecar format {format_version} (newer: read-only)")
            }
            Self::Unreadable(e) => write!(f, "sidecar unreadable: {e}"),
        }
    }
}
