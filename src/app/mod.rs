//! The eframe window: the article view with its panels (corpus and entity lists, inspector,
//! claims), menus, find, autosave, and a corpus of articles to move through.
//!
//! The window reads state and turns keys, clicks and menu entries into [`actions::Action`]s
//! and [`crate::session::Command`]s; [`MarsadApp::perform`] is the one place actions are
//! carried out, and the session is the one place the document changes.

pub mod actions;
mod chrome;
mod disk;
mod export_window;
mod find;
pub mod fonts;
mod help;
mod inspector;
mod jobs;
pub use jobs::ExportSummary;
mod lists;
mod loader;
pub mod settings;
pub mod shaper;
pub mod theme;
pub mod view;
pub mod workspace;

use std::path::{Path, PathBuf};

use actions::Action;
use jobs::{Corpus, Dialog, Pick, Picked, Saving};
use loader::Loading;
use settings::Settings;
use workspace::Workspace;

use crate::model::AnnotationKind;
use crate::store::Opened;

/// The sample article bundled with the source.
pub const SAMPLE_ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample/hudna-report.txt"
);

/// Seconds after the last change before it is saved.
pub const AUTOSAVE_DELAY: f64 = 1.0;

/// What the central area shows.
enum Screen {
    Welcome,
    Article(Box<Workspace>),
    Failed {
        /// Why.
        message: String,
        /// The article that failed, for moving on to the next one of the corpus.
        path: PathBuf,
    },
}

/// The system clipboard, opened on first use.
enum SystemClipboard {
    Untried,
    Open(Box<arboard::Clipboard>),
    Unavailable,
}

/// A line of feedback in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// What it says.
    pub text: String,
    /// Shown as an error.
    pub error: bool,
}

/// The application.
pub struct MarsadApp {
    screen: Screen,
    loading: Option<Loading>,
    path_input: String,
    /// The analyst's settings, kept between runs.
    pub settings: Settings,
    saving: Option<Saving>,
    /// A revision whose autosave failed: not retried until the next change.
    failed_revision: Option<u64>,
    corpus: Option<Corpus>,
    dialog: Option<Dialog>,
    message: Option<Message>,
    help: bool,
    /// Closing was stopped because saving failed: the reason.
    close_blocked: Option<String>,
    allow_close: bool,
    focus_path: bool,
    /// The system clipboard, kept open while the app runs (X11 serves its contents from the
    /// owning process).
    clipboard: SystemClipboard,
    last_copy: Option<String>,
    export: Option<export_window::ExportWindow>,
    /// Keeps recovery files of unsaved changes.
    recorder: crate::store::recovery::Recorder,
    /// When the article's files were last looked at (egui time).
    disk_checked_at: f64,
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
        let settings = settings.sanitized();
        ctx.set_theme(settings.theme.preference());
        let mut app = Self {
            screen: Screen::Welcome,
            loading: None,
            path_input: String::new(),
            settings,
            saving: None,
            failed_revision: None,
            corpus: None,
            dialog: None,
            message: None,
            help: false,
            close_blocked: None,
            allow_close: false,
            focus_path: false,
            clipboard: SystemClipboard::Untried,
            last_copy: None,
            export: None,
            recorder: crate::store::recovery::Recorder::new(),
            disk_checked_at: 0.0,
        };
        if let Some(path) = path {
            app.open(path, ctx);
        }
        app
    }

    /// Opens an article, or a folder as a corpus. Unsaved changes to the open article are
    /// saved first; if that fails, it stays open.
    pub fn open(&mut self, path: PathBuf, ctx: &egui::Context) {
        if path.is_dir() {
            self.settings.remember(&path);
            self.corpus = Some(Corpus::open(path.clone(), ctx));
            self.path_input = path.display().to_string();
            return;
        }
        if let Err(e) = self.save_blocking() {
            self.say_error(format!("{e}. The article stays open so nothing is lost."));
            return;
        }
        self.path_input = path.display().to_string();
        if path.is_file() {
            self.settings.remember(&path);
        }
        self.loading = Some(Loading::start(path, ctx));
    }

    /// The open article, if any.
    pub fn opened(&self) -> Option<&Opened> {
        self.workspace().map(|ws| ws.session.opened())
    }

    /// The open article's workspace.
    pub fn workspace(&self) -> Option<&Workspace> {
        match &self.screen {
            Screen::Article(ws) => Some(ws),
            _ => None,
        }
    }

    /// The open article's workspace, mutably.
    pub fn workspace_mut(&mut self) -> Option<&mut Workspace> {
        match &mut self.screen {
            Screen::Article(ws) => Some(ws),
            _ => None,
        }
    }

    /// The article view, if an article is open.
    pub fn view(&self) -> Option<&view::ArticleView> {
        self.workspace().map(|ws| &ws.view)
    }

    /// The article view, mutably (tests ask it where characters are drawn).
    pub fn view_mut(&mut self) -> Option<&mut view::ArticleView> {
        self.workspace_mut().map(|ws| &mut ws.view)
    }

    /// The open corpus, if any.
    pub fn corpus(&self) -> Option<&Corpus> {
        self.corpus.as_ref()
    }

    /// The last feedback shown.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Whether an open is still running.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some() || self.corpus.as_ref().is_some_and(Corpus::is_listing)
    }

    /// Whether a save is running.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// The text last copied to the clipboard.
    pub fn last_copy(&self) -> Option<&str> {
        self.last_copy.as_deref()
    }

    /// Copies text (with an HTML version where the clipboard takes one) through arboard; eframe's
    /// clipboard is the fallback.
    fn copy(&mut self, ctx: &egui::Context, plain: String, html: Option<&str>) {
        if matches!(self.clipboard, SystemClipboard::Untried) {
            self.clipboard = match arboard::Clipboard::new() {
                Ok(c) => SystemClipboard::Open(Box::new(c)),
                Err(e) => {
                    log::info!("no system clipboard ({e}); using eframe's");
                    SystemClipboard::Unavailable
                }
            };
        }
        let copied = match &mut self.clipboard {
            SystemClipboard::Open(c) => match &html {
                Some(html) => c.set_html(*html, Some(plain.as_str())).is_ok(),
                None => c.set_text(plain.as_str()).is_ok(),
            },
            _ => false,
        };
        if !copied {
            ctx.copy_text(plain.clone());
        }
        self.last_copy = Some(plain);
    }

    /// Copies the citation of the selected claims in `style` (plain text comes with HTML).
    fn copy_citation(
        &mut self,
        ctx: &egui::Context,
        style: crate::export::citation::Style,
        inspected: bool,
    ) -> Result<(), String> {
        use crate::export::citation::Style;
        let ws = self.workspace().ok_or("Open an article first")?;
        // Plain text goes with an HTML version, for clipboards that take one.
        let styles: &[Style] = if style == Style::Plain {
            &[Style::Plain, Style::Html]
        } else {
            &[style]
        };
        let mut texts = ws.citation(styles, inspected)?.into_iter();
        let text = texts.next().unwrap_or_default();
        let html = texts.next();
        self.copy(ctx, text, html.as_deref());
        self.say(format!("Citation copied ({})", style.label()));
        Ok(())
    }

    fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    fn say_error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some((path, result)) = self.loading.as_ref().and_then(Loading::poll) {
            self.loading = None;
            // Edits made while the new article was loading are saved before it replaces
            // the old one; if they cannot be, the old one stays.
            if let Err(e) = self.save_blocking() {
                self.say_error(format!("{e}. The article stays open so nothing is lost."));
                return;
            }
            let title = match result {
                Ok(mut ws) => {
                    let title = format!("Marsad — {}", ws.session.opened().title());
                    // The previous article lets go of its lock before this one takes its own
                    // (it may be the same article, opened again), and the recorder forgets it.
                    if let Some(old) = self.opened().map(|o| o.article.path.clone()) {
                        self.recorder.forget(&old);
                    }
                    self.screen = Screen::Welcome;
                    ws.lock();
                    self.screen = Screen::Article(ws);
                    self.offer_recovery();
                    self.failed_revision = None;
                    title
                }
                Err(e) => {
                    log::warn!("{e}");
                    self.screen = Screen::Failed {
                        message: e.to_string(),
                        path: path.clone(),
                    };
                    format!("Marsad — {}", file_name(&path))
                }
            };
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
        if let Some(corpus) = self.corpus.as_mut()
            && corpus.poll()
        {
            let current = self.opened().map(|o| o.article.path.clone());
            let corpus = self.corpus.as_ref().map_or(&[][..], |c| &c.entries[..]);
            let inside = current.is_some_and(|p| corpus.iter().any(|e| e.path == p));
            if let Some(first) = corpus.first().map(|e| e.path.clone()).filter(|_| !inside) {
                self.open(first, ctx);
            }
            if let Some(error) = self.corpus.as_ref().and_then(|c| c.error.clone()) {
                self.say_error(error);
            }
        }
        if let Some(dialog) = &self.dialog
            && let Some(picked) = dialog.poll()
        {
            let pick = dialog.pick;
            let for_export = dialog.for_export;
            self.dialog = None;
            match picked {
                Picked::Path(path) if for_export => {
                    if let Some(window) = self.export.as_mut() {
                        window.out = path.display().to_string();
                    }
                }
                Picked::Path(path) => self.open(path, ctx),
                Picked::Cancelled => {}
                Picked::Unavailable if for_export => {
                    self.say(
                        "No file dialog is available here: type the folder in the Export window",
                    );
                }
                Picked::Unavailable => {
                    let what = if pick == Pick::File {
                        "article"
                    } else {
                        "folder"
                    };
                    self.say(format!(
                        "No file dialog is available here: type the {what}'s path in the field above and press Enter"
                    ));
                    self.focus_path = true;
                }
            }
        }
    }

    /// Autosave: a change is written once nothing else has changed for a moment.
    fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if let Some(result) = self.saving.as_ref().and_then(Saving::poll)
            && let Some(saving) = self.saving.take()
        {
            self.saved((saving.revision, saving.path), result);
        }
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        let revision = ws.session.revision();
        if ws.seen_revision != revision {
            ws.seen_revision = revision;
            ws.changed_at = now;
        }
        let waiting = AUTOSAVE_DELAY - (now - ws.changed_at);
        if !ws.session.is_dirty()
            || self.saving.is_some()
            || self.failed_revision == Some(revision)
            || ws.session.opened().read_only_reason().is_some()
        {
            return;
        }
        if waiting > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(waiting));
            return;
        }
        self.start_save(ctx);
    }

    fn start_save(&mut self, ctx: &egui::Context) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        // A field being typed in is applied when it is left; this save takes what is applied.
        if !ctx.text_edit_focused()
            && let Err(e) = ws.flush_inspector()
        {
            self.say_error(e);
            return;
        }
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        let recovery = (ws.recovery.is_none() && !ws.foreign_recovery)
            .then(|| (self.recorder.waiter(), ws.recovery_ticket));
        match ws.session.save_job() {
            Ok((job, revision)) => {
                self.saving = Some(Saving::start(job, revision, recovery, ctx));
            }
            Err(e) => {
                self.failed_revision = Some(ws.session.revision());
                self.say_error(e.to_string());
            }
        }
    }

    fn saved(
        &mut self,
        (revision, path): (u64, PathBuf),
        result: Result<crate::store::Saved, crate::store::SidecarError>,
    ) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        if ws.session.opened().sidecar_path != path {
            // A save of an article no longer open (never expected: switching waits for it).
            log::warn!(
                "a save result for {} arrived after switching",
                path.display()
            );
            return;
        }
        match result {
            Ok(saved) => {
                ws.session.saved(revision, saved);
                self.show_saved_counts();
            }
            // Someone else wrote the sidecar: their work is taken in, and the next autosave
            // writes both.
            Err(crate::store::SidecarError::ChangedOnDisk { .. }) => self.take_in_disk(),
            Err(e) => {
                self.failed_revision = Some(revision);
                self.say_error(e.to_string());
            }
        }
    }

    /// Saves on this thread, waiting for a save in progress first (switching articles,
    /// closing the window).
    fn save_blocking(&mut self) -> Result<(), String> {
        if let Some(saving) = self.saving.take() {
            let key = (saving.revision, saving.path.clone());
            let result = saving.wait();
            self.saved(key, result);
        }
        let Screen::Article(ws) = &mut self.screen else {
            return Ok(());
        };
        ws.flush_inspector()?;
        if !ws.session.is_dirty() {
            return Ok(());
        }
        // The recovery file first holds what is saved, so it is never older than the sidecar.
        self.flush_recovery();
        let Screen::Article(ws) = &mut self.screen else {
            return Ok(());
        };
        let reloaded = ws.session.save_now().map_err(|e| e.to_string())?;
        let mut conflicts = 0;
        if let Some(reloaded) = reloaded {
            ws.after_change();
            let text = disk::describe(&reloaded);
            conflicts = reloaded.conflicts.len();
            ws.conflicts.extend(reloaded.conflicts);
            self.say(text);
        }
        self.show_saved_counts();
        // Saved: the recovery file goes, before the article may be closed.
        self.flush_recovery();
        if conflicts > 0 {
            return Err(format!(
                "The sidecar was changed elsewhere and {conflicts} annotations were changed both \
                 there and here: review them in the Conflicts window first"
            ));
        }
        Ok(())
    }

    /// After a save, the corpus list shows the article's counts and done flag as saved.
    fn show_saved_counts(&mut self) {
        let (Screen::Article(ws), Some(corpus)) = (&self.screen, self.corpus.as_mut()) else {
            return;
        };
        let doc = ws.session.document();
        corpus.update(
            &ws.session.opened().article.path,
            doc.counts(),
            doc.meta.done,
        );
    }

    /// Opens the next (`1`) or previous (`-1`) article of the corpus.
    fn step_article(&mut self, delta: isize, ctx: &egui::Context) -> Result<(), String> {
        let corpus = self
            .corpus
            .as_ref()
            .ok_or("Open a folder first (File > Open folder…)")?;
        let n = corpus.entries.len();
        if n == 0 {
            return Err("The folder has no articles".to_owned());
        }
        let current = match &self.screen {
            Screen::Article(ws) => corpus.position(&ws.session.opened().article.path),
            Screen::Failed { path, .. } => corpus.position(path),
            Screen::Welcome => None,
        };
        let next = match current {
            Some(i) => i.checked_add_signed(delta).filter(|&j| j < n),
            None => Some(0),
        }
        .ok_or(if delta > 0 {
            "This is the last article of the folder"
        } else {
            "This is the first article of the folder"
        })?;
        let path = corpus.entries[next].path.clone();
        self.open(path, ctx);
        Ok(())
    }

    /// Carries out an action: the one place commands of the window are handled.
    pub fn perform(&mut self, action: Action, ctx: &egui::Context) {
        // Text typed in the inspector is applied before anything else happens.
        if let Screen::Article(ws) = &mut self.screen
            && let Err(e) = ws.flush_inspector()
        {
            self.say_error(e);
        }
        if let Err(e) = self.dispatch(action, ctx) {
            self.say_error(e);
        }
    }

    fn dispatch(&mut self, action: Action, ctx: &egui::Context) -> Result<(), String> {
        match action {
            Action::OpenFile | Action::OpenFolder => {
                let pick = if action == Action::OpenFile {
                    Pick::File
                } else {
                    Pick::Folder
                };
                let folder = self
                    .opened()
                    .and_then(|o| o.article.path.parent().map(Path::to_path_buf));
                self.dialog = Some(Dialog::open(pick, folder, ctx));
                return Ok(());
            }
            Action::NextArticle => return self.step_article(1, ctx),
            Action::PreviousArticle => return self.step_article(-1, ctx),
            Action::ZoomIn => self.settings.zoom(1.0),
            Action::ZoomOut => self.settings.zoom(-1.0),
            Action::ZoomReset => self.settings.size = settings::DEFAULT_SIZE,
            Action::ToggleControls => self.settings.show_controls ^= true,
            Action::ToggleTheme => {
                self.settings.theme = if ctx.theme() == egui::Theme::Dark {
                    settings::Theme::Light
                } else {
                    settings::Theme::Dark
                };
                ctx.set_theme(self.settings.theme.preference());
            }
            Action::Help => self.help ^= true,
            Action::Export => return self.open_export(),
            Action::CopyCitation => {
                return self.copy_citation(ctx, crate::export::citation::Style::Plain, false);
            }
            Action::Save => {
                let ws = self.workspace().ok_or("No article is open")?;
                if let Some(reason) = ws.session.opened().read_only_reason() {
                    return Err(format!("Not saved: {reason}"));
                }
                if let Some(saving) = self.saving.take() {
                    let key = (saving.revision, saving.path.clone());
                    let result = saving.wait();
                    self.saved(key, result);
                }
                self.failed_revision = None;
                if self.workspace().is_some_and(|ws| ws.session.is_dirty()) {
                    self.start_save(ctx);
                }
            }
            _ => return self.article_action(action),
        }
        Ok(())
    }

    /// Actions on the open article.
    fn article_action(&mut self, action: Action) -> Result<(), String> {
        let Screen::Article(ws) = &mut self.screen else {
            return Err("Open an article first".to_owned());
        };
        match action {
            Action::TagActor => ws.tag(AnnotationKind::Actor),
            Action::TagLocation => ws.tag(AnnotationKind::Location),
            Action::TagClaim => ws.tag(AnnotationKind::Claim),
            Action::TagAll => ws.tag_all(),
            Action::Delete => ws.delete(),
            Action::Undo => ws.undo(),
            Action::Redo => ws.redo(),
            Action::Find => {
                ws.find.open();
                Ok(())
            }
            Action::FindNext | Action::FindPrevious => {
                if !ws.find.open {
                    ws.find.open();
                    return Ok(());
                }
                let at = ws.find.step(action == Action::FindNext);
                if let Some(at) = at {
                    ws.view.reveal(at);
                }
                Ok(())
            }
            Action::PickSpeaker => {
                let is_claim = ws
                    .selected_annotation()
                    .is_some_and(|a| a.kind == AnnotationKind::Claim);
                if !is_claim {
                    return Err("Select a claim first, then pick its speaker".to_owned());
                }
                ws.picking_speaker = !ws.picking_speaker;
                Ok(())
            }
            Action::ToggleDone => {
                let mut meta = ws.session.document().meta.clone();
                meta.done = !meta.done;
                ws.run(crate::session::Command::SetMeta(Box::new(meta)))
                    .map(|_| ())
            }
            _ => Ok(()),
        }
    }

    /// Stops closing while annotations could not be saved, and asks.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if let Err(e) = self.save_blocking() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_blocked = Some(e);
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl eframe::App for MarsadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_jobs(&ctx);
        let asking = self.close_blocked.is_some()
            || self
                .workspace()
                .is_some_and(|ws| ws.offer.as_ref().is_some_and(|o| o.reviewing));
        for action in Action::pressed(&ctx, !asking) {
            self.perform(action, &ctx);
        }
        self.guard_close(&ctx);
        self.chrome(ui);
        self.disk_windows(&ctx);
        self.watch_disk(&ctx);
        // Recorded before the autosave starts, which waits for the recovery file to hold
        // what it saves.
        self.record_recovery();
        self.autosave(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }

    fn on_exit(&mut self) {
        if !self.allow_close
            && let Err(e) = self.save_blocking()
        {
            log::error!("annotations not saved on exit: {e}");
        }
    }
}

/// Opens the window, with `path` if given.
pub fn run(path: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Marsad")
            .with_app_id("marsad")
            .with_inner_size([1280.0, 860.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    // A panic writes the unsaved annotations to their recovery files before the process ends.
    crate::store::recovery::install_panic_hook();
    eframe::run_native(
        "Marsad",
        options,
        Box::new(move |cc| Ok(Box::new(MarsadApp::from_creation_context(cc, path)))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
