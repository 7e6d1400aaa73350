//! The eframe window: opens an article, shows its text, encoding and annotation count, and
//! shows load errors in the window rather than failing.

pub mod fonts;
mod loader;
pub mod shaper;

use std::path::{Path, PathBuf};

use egui::{FontFamily, FontId, RichText};

use crate::store::{Opened, SidecarStatus};
use loader::Loading;

/// The sample article bundled with the source.
pub const SAMPLE_ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample/hudna-report.txt"
);

/// Size of the article text, in points.
const ARTICLE_SIZE: f32 = 22.0;

/// What the central area shows.
enum View {
    Welcome,
    Article(Box<Opened>),
    Failed { message: String },
}

/// The application.
pub struct MarsadApp {
    view: View,
    loading: Option<Loading>,
    path_input: String,
}

impl MarsadApp {
    /// Creates the app with the bundled fonts, opening `path` if one is given.
    pub fn new(ctx: &egui::Context, path: Option<PathBuf>) -> Self {
        fonts::install(ctx);
        let mut app = Self {
            view: View::Welcome,
            loading: None,
            path_input: String::new(),
        };
        if let Some(path) = path {
            app.open(path, ctx);
        }
        app
    }

    /// Starts opening an article in the background.
    pub fn open(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.path_input = path.display().to_string();
        self.loading = Some(Loading::start(path, ctx));
    }

    /// The open article, if any.
    pub fn opened(&self) -> Option<&Opened> {
        match &self.view {
            View::Article(opened) => Some(opened),
            _ => None,
        }
    }

    /// Whether an open is still running.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(done) = self.loading.as_ref().and_then(Loading::poll) else {
            return;
        };
        self.loading = None;
        let (path, result) = done;
        let title = match result {
            Ok(opened) => {
                let title = format!("Marsad — {}", opened.title());
                self.view = View::Article(Box::new(opened));
                title
            }
            Err(e) => {
                log::warn!("{e}");
                self.view = View::Failed {
                    message: e.to_string(),
                };
                format!("Marsad — {}", file_name(&path))
            }
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
    }

    fn open_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Article path");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.path_input).desired_width(420.0))
                .labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Open").clicked() || entered) && !self.path_input.trim().is_empty() {
                let path = PathBuf::from(self.path_input.trim());
                self.open(path, ui.ctx());
            }
            if Path::new(SAMPLE_ARTICLE).exists() && ui.button("Open sample").clicked() {
                self.open(PathBuf::from(SAMPLE_ARTICLE), ui.ctx());
            }
            if let Some(loading) = &self.loading {
                ui.spinner();
                ui.label(format!("Opening {}…", file_name(&loading.path)));
            }
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        let View::Article(opened) = &self.view else {
            return;
        };
        let article = &opened.article;
        let counts = opened.document.counts();
        ui.horizontal_wrapped(|ui| {
            ui.label(file_name(&article.path));
            ui.separator();
            ui.label(format!("Encoding: {}", article.encoding));
            ui.separator();
            ui.label(format!("Line endings: {}", article.line_endings.name()));
            ui.separator();
            ui.label(format!("{} characters", article.chars));
            ui.separator();
            ui.label(format!(
                "{} annotations ({} actors, {} locations, {} claims)",
                counts.total(),
                counts.actor,
                counts.location,
                counts.claim
            ));
            let orphans = opened.document.orphans().len();
            if orphans > 0 {
                ui.separator();
                ui.colored_label(ui.visuals().warn_fg_color, format!("{orphans} orphaned"));
            }
            ui.separator();
            ui.label(opened.status.to_string());
        });
    }

    fn central(&self, ui: &mut egui::Ui) {
        match &self.view {
            View::Welcome => {
                ui.vertical_centered(|ui| {
                    ui.add_space(80.0);
                    ui.heading("Marsad · مرصد");
                    ui.label("Type the path of an article (.txt or .md) above and press Open.");
                });
            }
            View::Failed { message } => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        RichText::new("Could not open the article").strong(),
                    );
                    ui.label(message);
                });
            }
            View::Article(opened) => article_view(ui, opened),
        }
    }
}

fn article_view(ui: &mut egui::Ui, opened: &Opened) {
    if let Some(reason) = opened.status.read_only_reason() {
        let colour = match opened.status {
            SidecarStatus::Unreadable(_) => ui.visuals().error_fg_color,
            _ => ui.visuals().warn_fg_color,
        };
        ui.colored_label(colour, format!("Annotations are read-only: {reason}"));
    }
    let orphans = opened.document.orphans();
    if !orphans.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "{} annotations could not be placed in the current text and are kept as orphans: {}",
                orphans.len(),
                orphans
                    .iter()
                    .map(|o| format!("«{}»", o.span.quote))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let changed = &opened.anchoring.changed;
    if !changed.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "The article text changed since the annotations were saved: {} were placed again \
                 ({} on text that differs from their quote; their old quote is kept for review).",
                changed.len(),
                changed
                    .iter()
                    .filter(|(_, p)| matches!(p, crate::store::Placement::Fuzzy { .. }))
                    .count()
            ),
        );
    }
    let font = FontId::new(ARTICLE_SIZE, FontFamily::Name(fonts::ARTICLE_FAMILY.into()));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(&opened.article.text).font(font)).wrap());
        });
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl eframe::App for MarsadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.poll_loading(ui.ctx());
        egui::Panel::top("open_bar").show(ui, |ui| self.open_bar(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui));
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
    }
}

/// Opens the window, with `path` if given.
pub fn run(path: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Marsad")
            .with_app_id("marsad")
            .with_inner_size([1100.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Marsad",
        options,
        Box::new(move |cc| Ok(Box::new(MarsadApp::new(&cc.egui_ctx, path)))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
