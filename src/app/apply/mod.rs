//! The one place the window changes state. Each frame, [`MarsadApp::apply_frame`] takes in
//! what the background jobs finished, carries out every [`Request`] the keys, menus and
//! drawing pushed, looks at the article's files, starts the autosave and hands the unsaved
//! changes to the recovery recorder. Every error of the frame reaches the status line.
//!
//! Text typed in the inspector is applied here too ([`MarsadApp::apply_drafts`]): before a
//! request that is not the inspector's own choice, and at the end of each frame while no
//! field has the keyboard, so that typing a name is one undo step.

mod disk;
mod edits;
mod jobs;
mod registry;
mod suggestions;

pub use disk::RecoveryOffer;
pub(super) use disk::{describe_reload, quote_of};

use crate::i18n::Arg;
use std::path::Path;

use super::actions::Action;
use super::jobs::{Corpus, Dialog, Pick};
use super::loader::Loading;
use super::request::Request;
use super::{MarsadApp, Screen, settings};

impl MarsadApp {
    /// Message `id` in the window's language.
    pub(super) fn m(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        super::messages::tr(&self.ctx, id, args)
    }

    /// Carries out the frame: finished jobs, then `requests` in order, then the disk watch,
    /// the autosave and the recovery hand-off.
    pub(super) fn apply_frame(&mut self, requests: Vec<Request>) {
        self.pass += 1;
        if let Screen::Article(ws) = &mut self.screen {
            ws.strings = super::messages::strings(&self.ctx);
        }
        self.poll_jobs();
        for request in requests {
            self.apply(request);
        }
        // A field that lost the keyboard this frame is applied now.
        if !self.ctx.text_edit_focused() {
            self.apply_drafts();
        }
        if let Screen::Article(ws) = &mut self.screen {
            ws.refresh();
        }
        self.watch_disk();
        // Recorded before the autosave starts, which waits for the recovery file to hold
        // what it saves.
        self.record_recovery();
        self.autosave();
    }

    /// Carries out one request now, outside a frame (tests, benchmarks), with the frame's
    /// bookkeeping after it; the error, if any, is also on the status line.
    pub fn submit(&mut self, request: Request) -> Result<(), String> {
        self.pass += 1;
        self.apply(request);
        if let Screen::Article(ws) = &mut self.screen {
            ws.refresh();
        }
        self.record_recovery();
        match &self.message {
            Some(m) if m.error && m.pass == self.pass => Err(m.text.clone()),
            _ => Ok(()),
        }
    }

    fn apply(&mut self, request: Request) {
        if request.applies_drafts_first() {
            self.apply_drafts();
        }
        if let Err(e) = self.carry_out(request) {
            self.say_error(e);
        }
    }

    fn carry_out(&mut self, request: Request) -> Result<(), String> {
        match request {
            Request::Action(action) => self.perform(action),
            Request::Open(path) => {
                self.open(path);
                Ok(())
            }
            Request::OpenSample => {
                let sample = self
                    .sample
                    .as_ref()
                    .ok_or_else(|| self.m("err-no-sample", &[]))?;
                let copy = sample.working_copy().map_err(|e| {
                    let error = super::errors::io_reason(&super::messages::strings(&self.ctx), &e);
                    self.m("err-sample", &[("error", Arg::Text(&error))])
                })?;
                self.open(copy);
                Ok(())
            }
            Request::StartExport => self.start_export(),
            Request::Registry(asked) => self.registry_edit(asked),
            Request::CloseRegistry => {
                self.registry_window = None;
                Ok(())
            }
            Request::ChooseExportFolder => {
                self.choose_export_folder();
                Ok(())
            }
            Request::CloseExport => {
                if !self
                    .export
                    .as_ref()
                    .is_some_and(super::export_window::ExportWindow::is_running)
                {
                    self.export = None;
                }
                Ok(())
            }
            Request::Cite(style) => self.copy_citation(style, true),
            Request::SetTheme(theme) => {
                self.settings.theme = theme;
                self.ctx.set_theme(theme.preference());
                Ok(())
            }
            Request::SetLanguage(language) => {
                self.settings.language = Some(language);
                super::messages::set_language(&self.ctx, language);
                Ok(())
            }
            Request::SettleRecovery(restore) => {
                self.settle_recovery(restore);
                Ok(())
            }
            Request::TakeTheirs(i) => self.take_theirs(i),
            Request::KeepMineForAll => {
                if let Screen::Article(ws) = &mut self.screen {
                    ws.conflicts.clear();
                }
                self.say(self.m("conflicts-kept-mine", &[]));
                Ok(())
            }
            Request::CloseRequested => {
                self.guard_close();
                Ok(())
            }
            Request::KeepOpen => {
                self.close_blocked = None;
                Ok(())
            }
            Request::CloseWithoutSaving => {
                self.allow_close = true;
                self.close_blocked = None;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                Ok(())
            }
            request => {
                let Screen::Article(ws) = &mut self.screen else {
                    return Err(self.m("open-article-first", &[]));
                };
                ws.carry_out(request)
            }
        }
    }

    /// Applies what was typed in the inspector and not yet applied, as commands that keep
    /// the selection.
    pub(super) fn apply_drafts(&mut self) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        for command in self.inspector.flush(ws) {
            if let Err(e) = ws.run_quietly(command) {
                self.say_error(e);
                return;
            }
        }
    }

    /// Opens an article, or a folder as a corpus. Unsaved changes to the open article are
    /// saved first; if that fails, it stays open.
    pub(super) fn open(&mut self, path: std::path::PathBuf) {
        if path.is_dir() {
            self.settings.remember(&path);
            self.corpus = Some(Corpus::open(path.clone(), &self.ctx));
            self.path_input = path.display().to_string();
            return;
        }
        if let Err(e) = self.save_blocking() {
            let text = self.m("err-stays-open", &[("error", Arg::Text(&e))]);
            self.say_error(text);
            return;
        }
        self.path_input = path.display().to_string();
        if path.is_file() {
            self.settings.remember(&path);
        }
        self.loading = Some(Loading::start(
            path,
            self.registry.as_ref().and_then(|r| r.known().cloned()),
            &self.ctx,
        ));
    }

    /// Carries out an action of the menus, buttons and shortcuts.
    fn perform(&mut self, action: Action) -> Result<(), String> {
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
                self.dialog = Some(Dialog::open(pick, folder, &self.ctx));
            }
            Action::NextArticle => return self.step_article(1),
            Action::PreviousArticle => return self.step_article(-1),
            Action::ZoomIn => self.settings.zoom(1.0),
            Action::ZoomOut => self.settings.zoom(-1.0),
            Action::ZoomReset => self.settings.size = settings::DEFAULT_SIZE,
            Action::ToggleControls => self.settings.show_controls ^= true,
            Action::ToggleTheme => {
                self.settings.theme = if self.ctx.theme() == egui::Theme::Dark {
                    settings::Theme::Light
                } else {
                    settings::Theme::Dark
                };
                self.ctx.set_theme(self.settings.theme.preference());
            }
            Action::Help => self.overlays.help ^= true,
            Action::About => self.overlays.about ^= true,
            Action::Export => return self.open_export(),
            Action::MakeCorpus => return self.make_corpus(),
            Action::Registry => {
                if self.registry_window.take().is_none() {
                    self.registry_window = Some(super::registry_window::RegistryWindow::default());
                }
            }
            Action::CopyCitation => {
                return self.copy_citation(crate::export::citation::Style::Plain, false);
            }
            Action::Save => return self.save_asked(),
            _ => {
                let Screen::Article(ws) = &mut self.screen else {
                    return Err(self.m("open-article-first", &[]));
                };
                return ws.article_action(action);
            }
        }
        Ok(())
    }

    /// Opens the next (`1`) or previous (`-1`) article of the corpus.
    fn step_article(&mut self, delta: isize) -> Result<(), String> {
        let corpus = self
            .corpus
            .as_ref()
            .ok_or_else(|| self.m("err-open-folder-first", &[]))?;
        let n = corpus.entries.len();
        if n == 0 {
            return Err(self.m("err-folder-empty", &[]));
        }
        let current = match &self.screen {
            Screen::Article(ws) => corpus.position(&ws.session().opened().article.path),
            Screen::Failed { path, .. } => corpus.position(path),
            Screen::Welcome => None,
        };
        let next = match current {
            Some(i) => i.checked_add_signed(delta).filter(|&j| j < n),
            None => Some(0),
        }
        .ok_or_else(|| {
            self.m(
                if delta > 0 {
                    "err-last-article"
                } else {
                    "err-first-article"
                },
                &[],
            )
        })?;
        let path = corpus.entries[next].path.clone();
        self.open(path);
        Ok(())
    }

    /// Stops closing while annotations could not be saved, and asks.
    fn guard_close(&mut self) {
        if self.allow_close {
            return;
        }
        if let Err(e) = self.save_blocking() {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_blocked = Some(e);
        }
    }
}
