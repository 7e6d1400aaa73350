//! The eframe window: opens an article and shows it in the right-to-left article view, with
//! its encoding, annotation count and any load error in the window rather than failing.

pub mod actions;
pub mod fonts;
mod loader;
pub mod settings;
pub mod shaper;
pub mod theme;
pub mod view;

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::model::Document;
use crate::store::{Opened, Placement, SidecarStatus};
use loader::Loading;
use settings::Settings;
use view::{ArticleView, Highlight};

/// The sample article bundled with the source.
pub const SAMPLE_ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample/hudna-report.txt"
);

/// What the central area shows.
enum Screen {
    Welcome,
    Article {
        opened: Box<Opened>,
        view: Box<ArticleView>,
        controls: usize,
        notices: Vec<Notice>,
    },
    Failed {
        message: String,
    },
}

/// The application.
pub struct MarsadApp {
    screen: Screen,
    loading: Option<Loading>,
    path_input: String,
    /// The reader's settings.
    pub settings: Settings,
}

impl MarsadApp {
    /// Creates the app with the bundled fonts and default settings, opening `path` if given.
    pub fn new(ctx: &egui::Context, path: Option<PathBuf>) -> Self {
        Self::with_settings(ctx, path, Settings::default())
    }

    /// Creates the app with the settings kept from the last run.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, Settings::KEY))
            .unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, path, settings)
    }

    /// Creates the app with the given settings.
    pub fn with_settings(ctx: &egui::Context, path: Option<PathBuf>, settings: Settings) -> Self {
        fonts::install(ctx);
        let mut app = Self {
            screen: Screen::Welcome,
            loading: None,
            path_input: String::new(),
            settings: settings.sanitized(),
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
        match &self.screen {
            Screen::Article { opened, .. } => Some(opened),
            _ => None,
        }
    }

    /// The article view, if an article is open.
    pub fn view(&self) -> Option<&ArticleView> {
        match &self.screen {
            Screen::Article { view, .. } => Some(view),
            _ => None,
        }
    }

    /// The article view, mutably (tests ask it where characters are drawn).
    pub fn view_mut(&mut self) -> Option<&mut ArticleView> {
        match &mut self.screen {
            Screen::Article { view, .. } => Some(view),
            _ => None,
        }
    }

    /// Whether an open is still running.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some((path, result)) = self.loading.as_ref().and_then(Loading::poll) else {
            return;
        };
        self.loading = None;
        let title = match result {
            Ok(opened) => {
                let title = format!("Marsad — {}", opened.title());
                let controls = opened
                    .article
                    .text
                    .chars()
                    .filter(|&c| crate::text::is_bidi_control(c))
                    .count();
                let mut view = ArticleView::new(&opened.article.text);
                view.set_highlights(highlights(&opened.document));
                self.screen = Screen::Article {
                    notices: notices(&opened),
                    view: Box::new(view),
                    opened: Box::new(opened),
                    controls,
                };
                title
            }
            Err(e) => {
                log::warn!("{e}");
                self.screen = Screen::Failed {
                    message: e.to_string(),
                };
                format!("Marsad — {}", file_name(&path))
            }
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
    }

    /// Carries out an action: the one place commands change the window's state.
    pub fn perform(&mut self, action: actions::Action) {
        use actions::Action;
        match action {
            Action::ZoomIn => self.settings.zoom(1.0),
            Action::ZoomOut => self.settings.zoom(-1.0),
            Action::ZoomReset => self.settings.size = settings::DEFAULT_SIZE,
            Action::ToggleControls => self.settings.show_controls ^= true,
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.menu_button("View", |ui| self.view_menu(ui));
            ui.separator();
            let label = ui.label("Article path");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.path_input).desired_width(380.0))
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

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        ui.label("Article font");
        for face in fonts::FACES {
            ui.radio_value(
                &mut self.settings.family,
                face.family.to_owned(),
                face.label,
            );
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(format!("Size {:.0} pt", self.settings.size));
            if ui
                .button("−")
                .on_hover_text("Smaller (Ctrl+minus)")
                .clicked()
            {
                self.settings.zoom(-1.0);
            }
            if ui.button("+").on_hover_text("Larger (Ctrl+plus)").clicked() {
                self.settings.zoom(1.0);
            }
            if ui.button("Reset").on_hover_text("Ctrl+0").clicked() {
                self.settings.size = settings::DEFAULT_SIZE;
            }
        });
        ui.add(
            egui::Slider::new(&mut self.settings.line_spacing, settings::SPACING_RANGE)
                .text("Line spacing"),
        );
        ui.checkbox(&mut self.settings.show_controls, "Show bidi controls")
            .on_hover_text("Show invisible direction marks (RLM, LRI, RLO…) as visible marks");
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        let Screen::Article {
            opened,
            view,
            controls,
            ..
        } = &self.screen
        else {
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
            if *controls > 0 {
                ui.separator();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("{controls} invisible bidi controls"),
                )
                .on_hover_text("View → Show bidi controls shows them as marks");
            }
            if let Some(range) = view.selection.map(|s| s.range()).filter(|r| !r.is_empty()) {
                ui.separator();
                ui.label(format!("Selected {}–{}", range.start, range.end));
            }
            ui.separator();
            ui.label(opened.status.to_string());
        });
    }

    fn central(&mut self, ui: &mut egui::Ui) {
        let style = theme::view_style(ui.visuals(), &self.settings);
        match &mut self.screen {
            Screen::Welcome => {
                ui.vertical_centered(|ui| {
                    ui.add_space(80.0);
                    ui.heading("Marsad · مرصد");
                    ui.label("Type the path of an article (.txt or .md) above and press Open.");
                });
            }
            Screen::Failed { message } => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        RichText::new("Could not open the article").strong(),
                    );
                    ui.label(message.as_str());
                });
            }
            Screen::Article { view, notices, .. } => {
                for notice in notices.iter() {
                    let colour = if notice.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().warn_fg_color
                    };
                    ui.colored_label(colour, &notice.text);
                }
                view.ui(ui, &style);
            }
        }
    }
}

/// A banner above the article.
struct Notice {
    /// Shown as an error rather than a warning.
    error: bool,
    text: String,
}

/// Banners about the sidecar (read-only, orphans, annotations placed again), written once
/// when the article opens.
fn notices(opened: &Opened) -> Vec<Notice> {
    let mut out = Vec::new();
    if let Some(reason) = opened.status.read_only_reason() {
        out.push(Notice {
            error: matches!(opened.status, SidecarStatus::Unreadable(_)),
            text: format!("Annotations are read-only: {reason}"),
        });
    }
    let orphans = opened.document.orphans();
    if !orphans.is_empty() {
        let quotes: Vec<String> = orphans
            .iter()
            .map(|o| format!("«{}»", o.span.quote))
            .collect();
        out.push(Notice {
            error: false,
            text: format!(
                "{} annotations could not be placed in the current text and are kept as orphans: {}",
                orphans.len(),
                quotes.join(", ")
            ),
        });
    }
    let changed = &opened.anchoring.changed;
    if !changed.is_empty() {
        let fuzzy = changed
            .iter()
            .filter(|(_, p)| matches!(p, Placement::Fuzzy { .. }))
            .count();
        out.push(Notice {
            error: false,
            text: format!(
                "The article text changed since the annotations were saved: {} were placed again \
                 ({fuzzy} on text that differs from their quote; their old quote is kept for review).",
                changed.len()
            ),
        });
    }
    out
}

/// The document's annotations as view highlights.
fn highlights(document: &Document) -> Vec<Highlight> {
    let mut out = Vec::new();
    for a in document.annotations() {
        let entity = a
            .entity
            .or_else(|| a.claim.as_ref().and_then(|c| c.speaker))
            .and_then(|id| document.entity(id))
            .map(|e| format!(" → {}", e.name))
            .unwrap_or_default();
        out.push(Highlight {
            range: a.span.start..a.span.end,
            kind: a.kind,
            label: format!("{}: «{}»{entity}", a.kind, a.span.quote),
        });
    }
    out
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
        for action in actions::Action::pressed(ui.ctx()) {
            self.perform(action);
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui));
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
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
        Box::new(move |cc| Ok(Box::new(MarsadApp::from_creation_context(cc, path)))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
