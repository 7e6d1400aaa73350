//! File → Export: a format, this article or the whole corpus, an output folder; the export
//! runs on another thread with progress and can be cancelled.

use std::path::PathBuf;

use super::jobs::{ExportSummary, Exporting};
use super::messages::{t, ta, tr};
use super::request::Request;
use crate::export::Format;
use crate::i18n::{Arg, Strings};

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
            return Err(tr(ctx, "export-choose-folder-first", &[]));
        }
        let paths: Vec<PathBuf> = match (self.whole_corpus, corpus_root, article) {
            (true, Some(root), _) => vec![root],
            (_, _, Some(article)) => vec![article],
            _ => return Err(tr(ctx, "open-article-first", &[])),
        };
        self.result = None;
        self.running = Some(Exporting::start(self.format, paths, out, ctx));
        Ok(())
    }

    /// The status line of an export that just ended, once.
    pub fn poll(&mut self, strings: &Strings) -> Option<String> {
        let summary = self.running.as_ref().and_then(Exporting::poll)?;
        self.running = None;
        let text = summary_line(strings, &summary, self.format, self.out.trim());
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
        egui::Window::new(super::view::bidi_widget_text_ctx(
            ctx,
            &tr(ctx, "export-title", &[]),
        ))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .show(ctx, |ui| {
            super::mirror::reading(ui, |ui| {
                ui.label(t(ui, "export-format"));
                for format in Format::ALL {
                    let id = format!("export-format-{}", format.name());
                    let label = tr(ui.ctx(), &id, &[]);
                    if super::mirror::radio(ui, window.format == format, &label).clicked() {
                        window.format = format;
                    }
                }
                ui.separator();
                let label = tr(ui.ctx(), "export-this-article", &[]);
                if super::mirror::radio(ui, !window.whole_corpus, &label).clicked() {
                    window.whole_corpus = false;
                }
                if let Some(n) = corpus {
                    let label = tr(
                        ui.ctx(),
                        "export-whole-corpus",
                        &[("count", Arg::Number(n))],
                    );
                    if super::mirror::radio(ui, window.whole_corpus, &label).clicked() {
                        window.whole_corpus = true;
                    }
                }
                ui.horizontal(|ui| {
                    let label = ui.label(t(ui, "export-to"));
                    ui.add(
                        super::field::BidiField::singleline(&mut window.out).desired_width(300.0),
                    )
                    .labelled_by(label.id);
                    choose = ui.button(t(ui, "export-choose")).clicked();
                });
                ui.separator();
                if let Some(running) = &window.running {
                    let (done, total) = running.progress();
                    let fraction = if total == 0 {
                        0.0
                    } else {
                        done as f32 / total as f32
                    };
                    let progress = ta(
                        ui,
                        "export-progress",
                        &[("done", Arg::Number(done)), ("total", Arg::Number(total))],
                    );
                    ui.add(egui::ProgressBar::new(fraction).text(progress));
                    if ui.button(t(ui, "cancel")).clicked() {
                        running.cancel();
                    }
                } else {
                    start = ui.button(t(ui, "export-start")).clicked();
                }
                if let Some(result) = &window.result {
                    let args = [
                        ("done", Arg::Number(result.exported)),
                        ("total", Arg::Number(result.total)),
                    ];
                    let id = if result.cancelled {
                        "export-result-cancelled"
                    } else {
                        "export-result"
                    };
                    ui.label(ta(ui, id, &args));
                    let strings = super::messages::strings(ui.ctx());
                    for failure in &result.failures {
                        let color = ui.visuals().error_fg_color;
                        let text = super::errors::export_problem(&strings, failure);
                        super::view::bidi_colored(ui, color, &text);
                    }
                    for warning in &result.warnings {
                        let color = ui.visuals().warn_fg_color;
                        let text = super::errors::export_warning(&strings, warning);
                        super::view::bidi_colored(ui, color, &text);
                    }
                }
            });
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
fn summary_line(strings: &Strings, summary: &ExportSummary, format: Format, out: &str) -> String {
    let n = |id: &str, count: usize| strings.format(id, &[("count", Arg::Number(count))]);
    let mut parts = vec![strings.format(
        "export-summary",
        &[
            ("done", Arg::Number(summary.exported)),
            ("total", Arg::Number(summary.total)),
            ("format", Arg::Code(format.name())),
            ("folder", Arg::Text(out)),
        ],
    )];
    if summary.cancelled {
        parts[0].push_str(&strings.get("export-summary-cancelled"));
    }
    if !summary.failures.is_empty() {
        parts.push(n("export-summary-failed", summary.failures.len()));
    }
    if summary.orphans > 0 {
        parts.push(n("export-summary-orphans", summary.orphans));
    }
    match summary.warnings.as_slice() {
        [] => {}
        [one] => parts.push(super::errors::export_warning(strings, one)),
        many => parts.push(n("export-summary-warnings", many.len())),
    }
    parts.join(&strings.get("clause-separator"))
}
