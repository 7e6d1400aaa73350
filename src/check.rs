//! `marsad check`: load each article and its sidecar and report what was found.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::KindCounts;
use crate::store::{self, SidecarStatus};

/// What `check` found for one file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FileReport {
    /// The article.
    pub path: PathBuf,
    /// The detected encoding (WHATWG name), when the article loaded.
    pub encoding: Option<String>,
    /// Whether the file had a byte order mark.
    pub bom: bool,
    /// Bytes that could not be decoded and became U+FFFD.
    pub replacements: usize,
    /// The line endings it had before normalization.
    pub line_endings: Option<String>,
    /// Code points in the normalized text.
    pub chars: usize,
    /// Non-blank lines.
    pub paragraphs: usize,
    /// SHA-256 hex of the normalized text's UTF-8 bytes.
    pub text_sha256: Option<String>,
    /// Language (front matter or guessed from the script).
    pub language: Option<String>,
    /// The sidecar path.
    pub sidecar: Option<PathBuf>,
    /// Placed annotations by kind.
    pub annotations: KindCounts,
    /// Annotations that could not be placed.
    pub orphans: usize,
    /// Annotations placed at a new position or with an updated quote.
    pub reanchored: usize,
    /// Whether the sidecar is from a newer Marsad and opens read-only.
    pub read_only: bool,
    /// The corpus registry the article is linked to, if it is in a corpus.
    pub registry: Option<PathBuf>,
    /// Entities the sidecar links to that its corpus registry lacks (their snapshots are
    /// used), by name.
    pub missing_from_registry: Vec<String>,
    /// Why the corpus registry cannot be read, if it cannot.
    pub registry_error: Option<String>,
    /// What went wrong, naming the file.
    pub error: Option<String>,
    /// A stable name for the kind of error.
    pub error_kind: Option<&'static str>,
}

impl FileReport {
    /// Whether this file failed the check.
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// One human-readable line.
    pub fn to_line(&self) -> String {
        if let Some(error) = &self.error {
            return format!("error: {error}");
        }
        let c = self.annotations;
        let mut line = format!(
            "{}: {}{}, {} chars, {} paragraphs, {} annotations ({} actors, {} locations, {} claims), {} orphans",
            self.path.display(),
            self.encoding.as_deref().unwrap_or("?"),
            if self.bom { " with BOM" } else { "" },
            self.chars,
            self.paragraphs,
            c.total(),
            c.actor,
            c.location,
            c.claim,
            self.orphans,
        );
        if self.replacements > 0 {
            let _ = write!(line, ", {} undecodable bytes replaced", self.replacements);
        }
        if self.reanchored > 0 {
            let _ = write!(line, ", {} re-anchored", self.reanchored);
        }
        if self.read_only {
            line.push_str(", sidecar from a newer Marsad (read-only)");
        }
        if !self.missing_from_registry.is_empty() {
            let _ = write!(
                line,
                ", {} not in the corpus registry ({})",
                self.missing_from_registry.len(),
                self.missing_from_registry.join(", ")
            );
        }
        if let Some(e) = &self.registry_error {
            let _ = write!(line, ", corpus registry unusable: {e}");
        }
        line
    }
}

/// Checks one article and its sidecar.
pub fn check_file(path: &Path) -> FileReport {
    check_in(path, &mut crate::registry::Registries::new())
}

/// Checks one article and its sidecar, against its corpus registry (read once per run).
pub fn check_in(path: &Path, registries: &mut crate::registry::Registries) -> FileReport {
    let mut report = FileReport {
        path: path.to_path_buf(),
        ..FileReport::default()
    };
    let mut opened = match store::open(path) {
        Ok(opened) => opened,
        Err(e) => {
            report.error_kind = Some(e.kind());
            report.error = Some(e.to_string());
            return report;
        }
    };
    let article = &opened.article;
    report.encoding = Some(article.encoding.name.to_owned());
    report.bom = article.encoding.bom;
    report.replacements = article.encoding.replacements;
    report.line_endings = Some(article.line_endings.name().to_owned());
    report.chars = article.chars;
    report.paragraphs = article.paragraphs();
    report.text_sha256 = Some(article.text_sha256.clone());
    report.language = article.language();
    report.sidecar = Some(opened.sidecar_path.clone());
    report.annotations = opened.document.counts();
    report.orphans = opened.document.orphans().len();
    report.reanchored = opened.anchoring.changed.len() + opened.anchoring.recovered.len();
    match &opened.status {
        SidecarStatus::Unreadable(e) => {
            report.error_kind = Some("sidecar");
            report.error = Some(e.to_string());
        }
        SidecarStatus::Newer { .. } => report.read_only = true,
        SidecarStatus::Missing | SidecarStatus::Loaded { .. } => {}
    }
    report.registry = crate::registry::locate(path);
    match registries.link(&mut opened) {
        crate::registry::Found::NoCorpus => {}
        crate::registry::Found::Unreadable(e) => report.registry_error = Some(e.to_string()),
        crate::registry::Found::Linked(linked) => {
            report.missing_from_registry = linked
                .missing
                .iter()
                .filter_map(|id| linked.document.entity(*id).map(|e| e.name.clone()))
                .collect();
        }
    }
    report
}

/// Checks every article under `paths`, printing a line (or a JSON object) per file and a
/// summary on standard error. Fails when any file failed. A termination signal stops it
/// after the file at hand, with the shell's status for that signal.
pub fn run(
    paths: &[PathBuf],
    json: bool,
    shutdown: &crate::shutdown::Shutdown,
) -> anyhow::Result<std::process::ExitCode> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let (mut checked, mut failed) = (0usize, 0usize);
    let mut interrupted = None;
    let mut registries = crate::registry::Registries::new();
    for entry in crate::corpus::expand(paths) {
        if let Some(signal) = shutdown.received() {
            interrupted = Some(signal);
            break;
        }
        let report = match entry {
            Ok(path) => check_in(&path, &mut registries),
            Err(e) => FileReport {
                path: e.path().to_path_buf(),
                error_kind: Some("folder"),
                error: Some(e.to_string()),
                ..FileReport::default()
            },
        };
        checked += 1;
        failed += usize::from(report.failed());
        let line = if json {
            serde_json::to_string(&report)?
        } else {
            report.to_line()
        };
        // A reader that stopped early (`| head`) has what it wanted: checking ends here.
        if !crate::pipe::written(writeln!(out, "{line}"))? {
            break;
        }
    }
    crate::pipe::written(out.flush())?;
    let stopped = interrupted.map_or_else(String::new, |s| format!("; stopped by {}", s.name()));
    eprintln!(
        "checked {checked} {}: {} ok, {failed} failed{stopped}",
        if checked == 1 { "file" } else { "files" },
        checked - failed
    );
    if let Some(signal) = interrupted {
        return Ok(std::process::ExitCode::from(signal.exit_status()));
    }
    Ok(if failed > 0 {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    })
}
