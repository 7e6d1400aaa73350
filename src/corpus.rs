//! A corpus: the articles named on the command line, with folders searched for article files.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::article::has_article_extension;
use crate::store::is_sidecar_file;

/// A path that could not be turned into articles.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A folder with no article files in it.
    #[error("{}: folder has no articles (files ending in .txt, .md, .markdown or .text)", .0.display())]
    NoArticles(PathBuf),
    /// A folder that could not be listed.
    #[error("{}: folder cannot be read: {source}", .path.display())]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl CorpusError {
    /// The folder the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::NoArticles(path) | Self::Unreadable { path, .. } => path,
        }
    }
}

/// Expands each path: a folder becomes its article files (searched recursively, sorted,
/// hidden entries and sidecars skipped, each folder visited once even through symlinks);
/// anything else is kept as given for the loader to judge.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, CorpusError>> {
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    for path in paths {
        if path.is_dir() {
            let before = out.len();
            walk(path, &mut visited, &mut out);
            if out.len() == before {
                out.push(Err(CorpusError::NoArticles(path.clone())));
            }
        } else {
            out.push(Ok(path.clone()));
        }
    }
    out
}

fn walk(dir: &Path, visited: &mut HashSet<PathBuf>, out: &mut Vec<Result<PathBuf, CorpusError>>) {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            out.push(Err(CorpusError::Unreadable {
                path: dir.to_path_buf(),
                source,
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, visited, out);
        } else if has_article_extension(&path) && !is_sidecar_file(&path) {
            out.push(Ok(path));
        }
    }
}
