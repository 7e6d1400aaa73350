//! `marsad export --format FORMAT --out DIR PATH...`: exports articles (or folders of them)
//! with their annotations. A file that cannot be exported is reported with the reason and
//! skipped; the rest go on. A summary follows, and the exit code is non-zero if anything
//! failed.

use std::collections::HashSet;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;

use crate::export::{self, Format, Source};
use crate::store::{self, SidecarStatus};

/// One article to export and where its files go (relative to the output folder).
struct Job {
    article: PathBuf,
    folder: PathBuf,
}

/// The articles named by `paths`: a folder's articles keep their place below it.
fn jobs(paths: &[PathBuf], failures: &mut Vec<String>) -> Vec<Job> {
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
                Err(e) => {
                    eprintln!("error: {e}");
                    failures.push(e.to_string());
                }
            }
        }
    }
    out
}

/// Exports one article; returns the number of files written. `articles` are the canonical
/// paths of every article being exported, never written over.
fn export_one(
    format: Format,
    job: &Job,
    out: &Path,
    articles: &HashSet<PathBuf>,
) -> Result<usize, String> {
    let opened = store::open(&job.article).map_err(|e| e.to_string())?;
    if let SidecarStatus::Unreadable(e) = &opened.status {
        return Err(format!(
            "not exported: its annotations could not be read ({e})"
        ));
    }
    let files = export::render(format, &Source::of(&opened)).map_err(|e| e.to_string())?;
    let folder = out.join(&job.folder);
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("{}: cannot be created: {e}", folder.display()))?;
    for file in &files {
        let path = folder.join(&file.name);
        if std::fs::canonicalize(&path).is_ok_and(|p| articles.contains(&p)) {
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

/// Runs the command.
pub fn run(format: Format, out: &Path, paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: the output folder cannot be created", out.display()))?;
    let mut failures: Vec<String> = Vec::new();
    let jobs = jobs(paths, &mut failures);
    let articles: HashSet<PathBuf> = jobs
        .iter()
        .filter_map(|j| std::fs::canonicalize(&j.article).ok())
        .collect();
    let terminal = std::io::stderr().is_terminal();
    let (mut exported, mut written) = (0, 0);
    for (i, job) in jobs.iter().enumerate() {
        if terminal {
            let name = job
                .article
                .file_name()
                .unwrap_or_default()
                .to_string_lossy();
            eprint!("\r\x1b[2K[{}/{}] {name}", i + 1, jobs.len());
            let _ = std::io::stderr().flush();
        }
        match export_one(format, job, out, &articles) {
            Ok(n) => {
                exported += 1;
                written += n;
            }
            Err(e) => {
                let line = format!("{}: {e}", job.article.display());
                if terminal {
                    eprint!("\r\x1b[2K");
                }
                eprintln!("error: {line}");
                failures.push(line);
            }
        }
    }
    if terminal {
        eprint!("\r\x1b[2K");
    }
    let files = if written == 1 { "file" } else { "files" };
    println!(
        "exported {exported} of {} articles as {format} ({written} {files}) to {} in {:.2} s; {} failed",
        jobs.len(),
        out.display(),
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
