//! File → Export: a format, this article or the whole corpus, an output folder; the export
//! runs on another thread with progress and can be cancelled.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::jobs::{ExportSummary, Exporting};
use super::request::Request;
use crate::export::Format;

/// The export window's state.
pub struct ExportWindow {
    format: Format,
    whole_corpus: bool,
    /// The output folder, as typed or chosen.
    pub out: String,
    running: Option<Exporting>,
    result: Option<ExportSummary>,
}

impl ExportWindow {
    /// A window for exporting from `article`'s folder.
    pub fn new(article: &std::path::Path, whole_corpus: bool) -> Self {
        // Beside the article's folder, not inside it: exports inside a corpus folder would be
        // listed as articles.
        let out = article
            .parent()
            .map(|p| {
                let name = p.file_name().map_or_else(
                    || "articles".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
                p.with_file_name(format!("{name}-export"))
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        Self {
            format: Format::Csv,
            whole_corpus,
            out,
            running: None,
            result: None,
        }
    }

    /// Whether an export is running.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// How the last run ended.
    pub fn result(&self) -> Option<&ExportSummary> {
        self.result.as_ref()
    }

    /// Starts exporting the article, or the corpus under `corpus_root` when the window says
    /// so.
    pub fn start(
        &mut self,
        corpus_root: Option<PathBuf>,
        article: Option<PathBuf>,
        ctx: &egui::Context,
    ) -> Result<(), String> {
        let out = PathBuf::from(self.out.trim());
        if out.as_os_str().is_empty() {
            return Err("Choose a folder to export to".to_owned());
        }
        let paths: Vec<PathBuf> = match (self.whole_corpus, corpus_root, article) {
            (true, Some(root), _) => vec![root],
            (_, _, Some(article)) => vec![article],
            _ => return Err("Open an article first".to_owned()),
        };
        self.result = None;
        self.running = Some(Exporting::start(self.format, paths, out, ctx));
        Ok(())
    }

    /// The status line of an export that just ended, once.
    pub fn poll(&mut self) -> Option<String> {
        let summary = self.running.as_ref().and_then(Exporting::poll)?;
        self.running = None;
        let text = summary_line(&summary, self.format, self.out.trim());
        self.result = Some(summary);
        Some(text)
    }

    /// Draws the export window.
    /// `corpus`: how many articles the open corpus has, if one is open. The window's own
    /// fields (format, scope, folder) are bound to it; starting, choosing a folder and closing
    /// are requests.
    pub fn ui(&mut self, ctx: &egui::Context, corpus: Option<usize>, requests: &mut Vec<Request>) {
        let window = self;
        let mut open = true;
        let (mut start, mut choose) = (false, false);
        egui::Window::new("Export")
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label("Format");
                for format in Format::ALL {
                    ui.radio_value(&mut window.format, format, format.description());
                }
                ui.separator();
                ui.radio_value(&mut window.whole_corpus, false, "This article");
                if let Some(n) = corpus {
                    ui.radio_value(
                        &mut window.whole_corpus,
                        true,
                        format!("The whole corpus ({n} articles)"),
                    );
                }
                ui.horizontal(|ui| {
                    let label = ui.label("Export to");
                    ui.add(
                        super::field::BidiField::singleline(&mut window.out).desired_width(300.0),
                    )
                    .labelled_by(label.id);
                    choose = ui.button("Choose…").clicked();
                });
                ui.separator();
                if let Some(running) = &window.running {
                    let (done, total) = running.progress();
                    let fraction = if total == 0 {
                        0.0
                    } else {
                        done as f32 / total as f32
                    };
                    ui.add(egui::ProgressBar::new(fraction).text(format!("{done} of {total}")));
                    if ui.button("Cancel").clicked() {
                        running.cancel();
                    }
                } else {
                    start = ui.button("Export").clicked();
                }
                if let Some(result) = &window.result {
                    ui.label(format!(
                        "{} of {} exported{}",
                        result.exported,
                        result.total,
                        if result.cancelled { ", cancelled" } else { "" }
                    ));
                    for failure in &result.failures {
                        let color = ui.visuals().error_fg_color;
                        super::view::bidi_colored(ui, color, failure);
                    }
                    for warning in &result.warnings {
                        ui.colored_label(ui.visuals().warn_fg_color, warning);
                    }
                }
            });
        if choose {
            requests.push(Request::ChooseExportFolder);
        }
        if start {
            requests.push(Request::StartExport);
        }
        if !open {
            requests.push(Request::CloseExport);
        }
    }
}

/// The status line after an export: what was exported, and what failed or was left out.
fn summary_line(summary: &ExportSummary, format: Format, out: &str) -> String {
    let mut text = format!(
        "Exported {} of {} articles as {format} to {out}",
        summary.exported, summary.total
    );
    if summary.cancelled {
        text.push_str(" (cancelled)");
    }
    if !summary.failures.is_empty() {
        let _ = write!(text, "; {} failed", summary.failures.len());
    }
    if summary.orphans > 0 {
        let _ = write!(
            text,
            "; {} orphaned annotations (no longer in the text) were left out",
            summary.orphans
        );
    }
    match summary.warnings.as_slice() {
        [] => {}
        [one] => {
            let _ = write!(text, "; {one}");
        }
        many => {
            let _ = write!(
                text,
                "; {} warnings (listed in the Export window)",
                many.len()
            );
        }
    }
    text
}
