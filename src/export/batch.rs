//! Exporting many articles: which files go where, and one article at a time, reporting
//! what could not be exported. The command line and the window both use it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Format, Source};
use crate::store::SidecarStatus;

/// The canonical paths of the articles being exported, never to be written over.
pub struct Protected(HashSet<PathBuf>);

/// The articles of `jobs`, protected.
pub fn protected(jobs: &[Job]) -> Protected {
    Protected(
        jobs.iter()
            .filter_map(|j| std::fs::canonicalize(&j.article).ok())
            .collect(),
    )
}

/// One article to export and where its files go (relative to the output folder).
pub struct Job {
    /// The article.
    pub article: PathBuf,
    /// The folder below the output folder its files go to.
    pub folder: PathBuf,
}

/// The articles named by `paths`: a folder's articles keep their place below it.
pub fn jobs(paths: &[PathBuf], failures: &mut Vec<String>) -> Vec<Job> {
    let mut out = Vec::new();
    for root in paths {
        for found in crate::corpus::expand(std::slice::from_ref(root)) {
            match found {
                Ok(article) => {
                    let folder = if root.is_dir() {
                        article
                            .parent()
                            .and_then(|p| p.strip_prefix(root).ok())
                            .map(Path::to_path_buf)
                            .unwrap_or_default()
                    } else {
                        PathBuf::new()
                    };
                    out.push(Job { article, folder });
                }
                Err(e) => failures.push(e.to_string()),
            }
        }
    }
    out
}

/// Exports one article; returns the number of files written. `articles` are the canonical
/// paths of every article being exported, never written over.
pub fn export_one(
    format: Format,
    job: &Job,
    out: &Path,
    articles: &Protected,
) -> Result<usize, String> {
    let opened = crate::store::open(&job.article).map_err(|e| e.to_string())?;
    if let SidecarStatus::Unreadable(e) = &opened.status {
        return Err(format!(
            "not exported: its annotations could not be read ({e})"
        ));
    }
    let files = super::render(format, &Source::of(&opened)).map_err(|e| e.to_string())?;
    let folder = out.join(&job.folder);
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("{}: cannot be created: {e}", folder.display()))?;
    for file in &files {
        let path = folder.join(&file.name);
        if std::fs::canonicalize(&path).is_ok_and(|p| articles.0.contains(&p)) {
            return Err(format!(
                "not exported: {} would be written over an article; choose another --out folder",
                path.display()
            ));
        }
        std::fs::write(&path, &file.bytes)
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
    }
    Ok(files.len())
}
