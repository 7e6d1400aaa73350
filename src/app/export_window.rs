//! File → Export: a format, this article or the whole corpus, an output folder; the export
//! runs on another thread with progress and can be cancelled.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::MarsadApp;
use super::jobs::{Dialog, ExportSummary, Exporting, Pick};
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
    pub fn new(article: &std::path::Path) -> Self {
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
            whole_corpus: false,
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
}

impl MarsadApp {
    /// Opens the export window.
    pub(super) fn open_export(&mut self) -> Result<(), String> {
        let article = self
            .opened()
            .map(|o| o.article.path.clone())
            .ok_or("Open an article first")?;
        if self.export.is_none() {
            let mut window = ExportWindow::new(&article);
            window.whole_corpus = self.corpus.is_some();
            self.export = Some(window);
        }
        Ok(())
    }

    /// The export window, while open.
    pub fn export_window(&self) -> Option<&ExportWindow> {
        self.export.as_ref()
    }

    /// Starts the export the window describes (after saving the open article, so that its
    /// latest annotations are the ones exported).
    pub(super) fn start_export(&mut self, ctx: &egui::Context) -> Result<(), String> {
        self.save_blocking()?;
        let corpus_root = self.corpus.as_ref().map(|c| c.root.clone());
        let article = self.opened().map(|o| o.article.path.clone());
        let Some(window) = self.export.as_mut() else {
            return Ok(());
        };
        let out = PathBuf::from(window.out.trim());
        if out.as_os_str().is_empty() {
            return Err("Choose a folder to export to".to_owned());
        }
        let paths: Vec<PathBuf> = match (window.whole_corpus, corpus_root, article) {
            (true, Some(root), _) => vec![root],
            (_, _, Some(article)) => vec![article],
            _ => return Err("Open an article first".to_owned()),
        };
        window.result = None;
        window.running = Some(Exporting::start(window.format, paths, out, ctx));
        Ok(())
    }

    /// Draws the export window and follows a running export.
    pub(super) fn export_ui(&mut self, ctx: &egui::Context) {
        let Some(window) = self.export.as_mut() else {
            return;
        };
        if let Some(summary) = window.running.as_ref().and_then(Exporting::poll) {
            window.running = None;
            let text = summary_line(&summary, window.format, window.out.trim());
            window.result = Some(summary);
            self.say(text);
            return;
        }
        let corpus = self.corpus.as_ref().map(|c| c.entries.len());
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
                    ui.add(egui::TextEdit::singleline(&mut window.out).desired_width(300.0))
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
                        ui.colored_label(ui.visuals().error_fg_color, failure);
                    }
                    for warning in &result.warnings {
                        ui.colored_label(ui.visuals().warn_fg_color, warning);
                    }
                }
            });
        if choose {
            let from = PathBuf::from(window.out.trim());
            let folder = from.parent().map(std::path::Path::to_path_buf);
            self.dialog = Some(Dialog::open_for(Pick::Folder, folder, true, ctx));
        }
        if start && let Err(e) = self.start_export(ctx) {
            self.say_error(e);
        }
        if !open && !self.export.as_ref().is_some_and(ExportWindow::is_running) {
            self.export = None;
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
