//! `marsad export --format FORMAT --out DIR PATH...`: exports articles (or folders of them)
//! with their annotations. A file that cannot be exported is reported with the reason and
//! skipped; the rest go on. A summary follows, and the exit code is non-zero if anything
//! failed.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;

use crate::export::Format;
use crate::export::batch::{export_one, jobs};

/// Runs the command.
pub fn run(format: Format, out: &Path, paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: the output folder cannot be created", out.display()))?;
    let mut failures: Vec<String> = Vec::new();
    let jobs = jobs(paths, out, &mut failures);
    for failure in &failures {
        eprintln!("error: {failure}");
    }
    let mut articles = crate::export::batch::protected(&jobs);
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
        match export_one(format, job, out, &mut articles) {
            Ok(done) => {
                exported += 1;
                written += done.files;
                if done.orphans > 0 {
                    if terminal {
                        eprint!("\r\x1b[2K");
                    }
                    eprintln!(
                        "warning: {}: {} orphaned annotations (no longer in the text) were left out",
                        job.article.display(),
                        done.orphans
                    );
                }
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
