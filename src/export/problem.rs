//! What an export could not do ([`Problem`]) and what it left out ([`Warning`]), typed so
//! that the window can word each in its own language. `Display` is the command line's
//! English, and every message names its file.

use std::fmt;
use std::path::PathBuf;

use super::ExportError;
use crate::article::LoadError;
use crate::corpus::CorpusError;
use crate::store::SidecarError;

/// Why a file an export would write must not be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// It is one of the articles being exported.
    OverArticle,
    /// It is a sidecar.
    OverSidecar,
    /// It looks like an article, beside the ones exported.
    OverNeighbour,
    /// This export already wrote it (`a.txt` and `a.md`).
    SameName,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::OverArticle => "it would be written over an article",
            Self::OverSidecar => "it would be written over a sidecar",
            Self::OverNeighbour => "it would be written over an article beside the ones exported",
            Self::SameName => "another article of this export has the same name",
        })
    }
}

/// Something an export left out of one article's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The article's URL does not parse: the W3C targets have no scope.
    NotAUrl {
        /// The URL as written.
        url: String,
        /// What the URL parser said.
        error: String,
    },
    /// An entity's Wikidata id is not one: it is linked by its `urn:uuid`.
    NotAWikidataId {
        /// The entity's name.
        name: String,
        /// The id as written.
        id: String,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAUrl { url, error } => write!(
                f,
                "the article URL {url:?} is not a URL ({error}): the W3C targets are written \
                 without a scope"
            ),
            Self::NotAWikidataId { name, id } => write!(
                f,
                "{name} has the Wikidata id {id:?}, which is not one (Q and digits): it is \
                 linked by its urn:uuid instead"
            ),
        }
    }
}

/// A warning about one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warned {
    /// The article.
    pub article: PathBuf,
    /// What was left out.
    pub warning: Warning,
}

impl fmt::Display for Warned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.article.display(), self.warning)
    }
}

/// What could not be exported. The other articles of the export go on.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// A sidecar was named as an article.
    #[error("{}: is a Marsad sidecar, not an article", .0.display())]
    NotAnArticle(PathBuf),
    /// A folder without articles, or one that cannot be listed.
    #[error("{0}")]
    Corpus(CorpusError),
    /// The output folder cannot be created (the export does not start).
    #[error("{}: the output folder cannot be created: {error}", .path.display())]
    OutputFolder {
        /// The output folder.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The article cannot be loaded (the error names it).
    #[error("{0}")]
    Load(LoadError),
    /// Its annotations cannot be read, so there is nothing to export.
    #[error("{}: not exported: its annotations could not be read ({error})", .article.display())]
    Unreadable {
        /// The article.
        article: PathBuf,
        /// Why.
        error: SidecarError,
    },
    /// Rendering failed (a bug, never bad input).
    #[error("{}: {error}", .article.display())]
    Render {
        /// The article.
        article: PathBuf,
        /// Why.
        error: ExportError,
    },
    /// The folder for its files cannot be created.
    #[error("{}: {}: cannot be created: {error}", .article.display(), .folder.display())]
    Folder {
        /// The article.
        article: PathBuf,
        /// The folder.
        folder: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// One of its files would be written over something that must be kept.
    #[error(
        "{}: not exported: {}: {why}; choose another output folder",
        .article.display(), .path.display()
    )]
    Refused {
        /// The article.
        article: PathBuf,
        /// The file.
        path: PathBuf,
        /// Why not.
        why: Refusal,
    },
    /// One of its files cannot be written.
    #[error("{}: {}: cannot be written: {error}", .article.display(), .path.display())]
    Write {
        /// The article.
        article: PathBuf,
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The export's thread ended without a summary (a bug).
    #[error("the export thread stopped unexpectedly")]
    Stopped,
}
