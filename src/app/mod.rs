//! The eframe window: the article view with its panels (corpus and entity lists, inspector,
//! claims), menus, find, autosave, and a corpus of articles to move through.
//!
//! Each frame, keys, menus and drawing (`ui/`, `inspector/`, the export window) push
//! [`Request`]s; [`MarsadApp::apply_frame`] (`apply/`) carries them out in one place, with
//! the jobs' results, the disk watch and the autosave, and the session is the one place the
//! document changes. This module owns the app's state and the eframe entry points.

mod about;
pub mod actions;
mod apply;
pub mod article_corpus;
mod clipboard;
mod corpus_listing;
pub mod corpus_registry;
mod export_window;
pub mod field;
pub mod find;
pub mod fonts;
mod help;
mod inspector;
mod jobs;
pub use jobs::ExportSummary;
mod errors;
mod labels;
mod loader;
pub mod messages;
pub mod mirror;
pub mod registry_window;
pub mod request;
pub use request::Request;
pub mod sample;
pub mod settings;
pub mod shaper;
pub mod theme;
mod ui;
pub mod view;
pub mod workspace;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use actions::Action;
use clipboard::SystemClipboard;
use inspector::Inspector;
use jobs::{Corpus, Dialog, DiskReading, Saving};
use loader::Loading;
use settings::Settings;
use workspace::Workspace;

use crate::shutdown::Shutdown;
use crate::store::Opened;

/// The sample article in the source tree.
pub const SAMPLE_ARTICLE: &str = sample::IN_SOURCE;

/// The application's name, which also names its data folder (`~/.local/share/marsad`, where
/// eframe keeps the settings).
pub const APP_NAME: &str = "Marsad";

/// The one reverse-DNS application id: the window's (Wayland app id, X11 class), the desktop
/// entry's file name and the `AppStream` metainfo's id, so the desktop matches the window to
/// its launcher and icon.
pub const APP_ID: &str = "org.marsad.Marsad";

/// Marsad's data folder, where eframe keeps the settings (`app.ron`) and "Open sample" its
/// copy: `~/.local/share/marsad` (or under `$XDG_DATA_HOME`); `None` without a home folder.
pub fn data_folder() -> Option<PathBuf> {
    eframe::storage_dir(APP_NAME)
}

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

/// The corpus's mentions and articles per registry entity, with the corpus list's count of
/// articles read and the number of saves it was worked out for.
type MentionTotals = (
    usize,
    u64,
    std::collections::HashMap<crate::model::EntityId, (usize, usize)>,
);

/// A line of feedback in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// What it says.
    pub text: String,
    /// Shown as an error.
    pub error: bool,
    /// The apply pass it was said in: errors of one pass are all shown together.
    pass: u64,
}

/// The windows over the article that only show something: the shortcuts and About.
#[derive(Default)]
struct Overlays {
    help: bool,
    about: bool,
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
    /// The registry of the open article's corpus, if it is in one.
    registry: Option<corpus_registry::CorpusRegistry>,
    /// File → Corpus registry, while open, with the corpus's mentions per entity it shows
    /// (worked out again when the corpus list's counts change).
    registry_window: Option<registry_window::RegistryWindow>,
    registry_totals: Option<MentionTotals>,
    /// Goes up with every save, so that the totals are worked out again.
    saves: u64,
    dialog: Option<Dialog>,
    message: Option<Message>,
    overlays: Overlays,
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
    /// Another writer's sidecar being read, to be taken in when it arrives.
    disk_reading: Option<DiskReading>,
    /// The inspector's drafts and what it shows of the open article.
    inspector: Inspector,
    /// Requests pushed outside a frame's drawing (tests), carried out with the next frame's.
    queued: Vec<Request>,
    /// Counts the apply passes (frames and submitted requests).
    pass: u64,
    /// The egui context, for jobs that wake the window and for viewport commands.
    ctx: egui::Context,
    /// Termination signals (SIGTERM, SIGHUP, SIGINT): the window saves and leaves.
    shutdown: Shutdown,
    /// How leaving on a signal went, for the process's exit status.
    signal_exit: Arc<OnceLock<Result<(), String>>>,
    /// The bundled sample and where its working copy goes, if there is one.
    sample: Option<sample::Sample>,
}

impl MarsadApp {
    /// Creates the app with the bundled fonts and default settings, opening `path` if given.
    pub fn new(ctx: &egui::Context, path: Option<PathBuf>) -> Self {
        Self::with_settings(ctx, path, Settings::default())
    }

    /// Creates the app with the settings kept from the last run, in `language` if given
    /// (`--lang`), else the one kept, else (on the first run) the system's.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        path: Option<PathBuf>,
        language: Option<crate::i18n::Language>,
    ) -> Self {
        let mut settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, Settings::KEY))
            .unwrap_or_default();
        settings.language = language
            .or(settings.language)
            .or_else(|| Some(crate::i18n::Language::of_system()));
        Self::with_settings(&cc.egui_ctx, path, settings)
    }

    /// Creates the app with the given settings (in English unless they name a language: the
    /// system's locale is read only by [`run`]).
    pub fn with_settings(ctx: &egui::Context, path: Option<PathBuf>, settings: Settings) -> Self {
        fonts::install(ctx);
        let settings = settings.sanitized();
        ctx.set_theme(settings.theme.preference());
        messages::set_language(ctx, settings.language());
        let mut app = Self {
            screen: Screen::Welcome,
            loading: None,
            path_input: String::new(),
            settings,
            saving: None,
            failed_revision: None,
            corpus: None,
            registry: None,
            registry_window: None,
            registry_totals: None,
            saves: 0,
            dialog: None,
            message: None,
            overlays: Overlays::default(),
            close_blocked: None,
            allow_close: false,
            focus_path: false,
            clipboard: SystemClipboard::Untried,
            last_copy: None,
            export: None,
            recorder: crate::store::recovery::Recorder::new(),
            disk_checked_at: 0.0,
            disk_reading: None,
            inspector: Inspector::default(),
            queued: Vec::new(),
            pass: 0,
            ctx: ctx.clone(),
            shutdown: Shutdown::never(),
            signal_exit: Arc::default(),
            sample: sample::Sample::find(),
        };
        if let Some(path) = path {
            app.open(path);
        }
        app
    }

    /// Where "Open sample" finds the sample and puts its working copy (tests point it at a
    /// folder of their own); `None` hides the button.
    pub fn set_sample(&mut self, sample: Option<sample::Sample>) {
        self.sample = sample;
    }

    /// The open article, if any.
    pub fn opened(&self) -> Option<&Opened> {
        self.workspace().map(|ws| ws.session().opened())
    }

    /// The open article's workspace.
    pub fn workspace(&self) -> Option<&Workspace> {
        match &self.screen {
            Screen::Article(ws) => Some(ws),
            _ => None,
        }
    }

    /// The article view, if an article is open.
    pub fn view(&self) -> Option<&view::ArticleView> {
        self.workspace().map(Workspace::view)
    }

    /// The article view, mutably (tests ask it where characters are drawn).
    pub fn view_mut(&mut self) -> Option<&mut view::ArticleView> {
        match &mut self.screen {
            Screen::Article(ws) => Some(&mut ws.view),
            _ => None,
        }
    }

    /// Asks for something as the window's drawing would: it is carried out with the next
    /// frame's requests.
    pub fn request(&mut self, request: Request) {
        self.queued.push(request);
    }

    /// The export window, while open.
    pub fn export_window(&self) -> Option<&export_window::ExportWindow> {
        self.export.as_ref()
    }

    /// The open corpus, if any.
    pub fn corpus(&self) -> Option<&Corpus> {
        self.corpus.as_ref()
    }

    /// The registry of the open article's corpus, if it is in one.
    pub fn registry(&self) -> Option<&corpus_registry::CorpusRegistry> {
        self.registry.as_ref()
    }

    /// The last feedback shown.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Whether an open is still running.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some() || self.corpus.as_ref().is_some_and(Corpus::is_listing)
    }

    /// Whether another writer's sidecar is being read, to be taken in.
    pub fn is_reading_disk(&self) -> bool {
        self.disk_reading.is_some()
    }

    /// Whether a save is running.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Whether the window may close now: nothing is left unsaved, or the analyst chose to
    /// close without saving.
    pub fn may_close(&self) -> bool {
        self.allow_close
            || (self.close_blocked.is_none()
                && !self.workspace().is_some_and(|ws| ws.session().is_dirty()))
    }

    /// The text last copied to the clipboard.
    pub fn last_copy(&self) -> Option<&str> {
        self.last_copy.as_deref()
    }

    /// Says something on the status line (an error said in the same pass stays).
    fn say(&mut self, text: impl Into<String>) {
        if self
            .message
            .as_ref()
            .is_some_and(|m| m.error && m.pass == self.pass)
        {
            return;
        }
        self.message = Some(Message {
            text: text.into(),
            error: false,
            pass: self.pass,
        });
    }

    /// Shows an error on the status line, after the others of the same pass.
    fn say_error(&mut self, text: impl Into<String>) {
        let text = text.into();
        match &mut self.message {
            Some(m) if m.error && m.pass == self.pass => {
                m.text.push_str(" · ");
                m.text.push_str(&text);
            }
            _ => {
                self.message = Some(Message {
                    text,
                    error: true,
                    pass: self.pass,
                });
            }
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
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Also called while the window is hidden or minimised, once the signal wakes it.
        if let Some(signal) = self.shutdown.received() {
            self.leave_on_signal(signal);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let asking = self.close_blocked.is_some()
            || self
                .workspace()
                .is_some_and(|ws| ws.offer().is_some_and(|o| o.reviewing));
        let mut requests = std::mem::take(&mut self.queued);
        requests.extend(
            Action::pressed(&ctx, !asking)
                .into_iter()
                .map(Request::Action),
        );
        if ctx.input(|i| i.viewport().close_requested()) {
            requests.push(Request::CloseRequested);
        }
        self.draw(ui, &mut requests);
        if !requests.is_empty() {
            // What they change is drawn on the next frame.
            ctx.request_repaint();
        }
        self.apply_frame(requests);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }

    fn on_exit(&mut self) {
        if self.allow_close {
            return;
        }
        self.apply_drafts();
        if let Err(e) = self.save_blocking() {
            log::error!("annotations not saved on exit: {e}");
        }
    }
}

/// Opens the window, with `path` if given, in `language` if given (else the one kept, else
/// the system's).
pub fn run(path: Option<PathBuf>, language: Option<crate::i18n::Language>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_app_id(APP_ID)
            .with_inner_size([1280.0, 860.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    // A panic writes the unsaved annotations to their recovery files before the process ends.
    crate::store::recovery::install_panic_hook();
    let signal_exit = Arc::new(OnceLock::new());
    let exit = Arc::clone(&signal_exit);
    eframe::run_native(
        APP_NAME,
        options,
        Box::new(move |cc| {
            let mut app = MarsadApp::from_creation_context(cc, path, language);
            let ctx = cc.egui_ctx.clone();
            match Shutdown::listen(move || ctx.request_repaint()) {
                Ok(shutdown) => app.shutdown = shutdown,
                Err(e) => log::warn!("termination signals could not be taken: {e}"),
            }
            app.signal_exit = exit;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    match signal_exit.get() {
        Some(Err(e)) => Err(anyhow::anyhow!("annotations not saved: {e}")),
        _ => Ok(()),
    }
}
