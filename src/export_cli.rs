//! `marsad export --format FORMAT --out DIR PATH...`: exports articles (or folders of them)
//! with their annotations. A file that cannot be exported is reported with the reason and
//! skipped; the rest go on. A summary follows, and the exit code is non-zero if anything
//! failed.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::export::Format;
use crate::export::batch;
use crate::shutdown::Shutdown;

/// Runs the command.
pub fn run(
    format: Format,
    out: &Path,
    paths: &[PathBuf],
    shutdown: &Shutdown,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let terminal = std::io::stderr().is_terminal();
    let clear = || {
        if terminal {
            eprint!("\r\x1b[2K");
        }
    };
    let plan = batch::plan(paths, out).map_err(|e| anyhow::anyhow!("{e}"))?;
    for failure in &plan.failures {
        eprintln!("error: {failure}");
    }
    let summary = batch::run(format, plan, out, |step| {
        match step.outcome {
            None if terminal => {
                let name = step.job.article.file_name().unwrap_or_default();
                let name = name.to_string_lossy();
                eprint!("\r\x1b[2K[{}/{}] {name}", step.index + 1, step.total);
                let _ = std::io::stderr().flush();
            }
            Some(Ok(done)) if done.orphans > 0 || !done.warnings.is_empty() => {
                clear();
                if done.orphans > 0 {
                    eprintln!(
                        "warning: {}: {} orphaned annotations (no longer in the text) were left out",
                        step.job.article.display(),
                        done.orphans
                    );
                }
                for warning in &done.warnings {
                    eprintln!("warning: {warning}");
                }
            }
            Some(Err(line)) => {
                clear();
                eprintln!("error: {line}");
            }
            None | Some(Ok(_)) => {}
        }
        // A termination signal stops the export after the article at hand: every file is
        // written to a temporary name and renamed, so none is left half-written.
        shutdown.received().is_none()
    });
    clear();
    let files = if summary.files == 1 { "file" } else { "files" };
    let warnings = match summary.warnings.len() {
        0 => String::new(),
        1 => ", 1 warning".to_owned(),
        n => format!(", {n} warnings"),
    };
    let interrupted = shutdown.received().filter(|_| summary.cancelled);
    let stopped = interrupted.map_or_else(String::new, |s| format!("; stopped by {}", s.name()));
    // The summary goes to standard output; a reader that has gone (`| head`) is no error.
    crate::pipe::written(writeln!(
        std::io::stdout(),
        "exported {} of {} articles as {format} ({} {files}) to {} in {:.2} s; {} failed{warnings}{stopped}",
        summary.exported,
        summary.total,
        summary.files,
        out.display(),
        started.elapsed().as_secs_f64(),
        summary.failures.len()
    ))?;
    if let Some(signal) = interrupted {
        return Ok(ExitCode::from(signal.exit_status()));
    }
    Ok(if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
