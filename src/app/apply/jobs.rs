//! The work the frame takes in and hands off: articles loaded, the corpus listed, the file
//! dialog's answer, exports finished; the autosave and the saves that wait (switching
//! articles, closing, exporting).

use super::super::export_window::ExportWindow;
use super::super::inspector::Inspector;
use crate::i18n::Arg;
use std::path::PathBuf;

use super::super::jobs::{Dialog, Pick, Picked, Saving};
use super::super::loader::Loading;
use super::super::workspace::Changed;
use super::super::{AUTOSAVE_DELAY, MarsadApp, Screen, file_name};
use super::describe_reload;

impl MarsadApp {
    /// Takes in what the loader, the corpus listing, the file dialog and the export finished.
    pub(super) fn poll_jobs(&mut self) {
        let ctx = self.ctx.clone();
        self.poll_registry();
        if let Some((path, result, registry)) = self.loading.as_ref().and_then(Loading::poll) {
            self.loading = None;
            // Edits made while the new article was loading are saved before it replaces
            // the old one; if they cannot be, the old one stays.
            if let Err(e) = self.save_blocking() {
                let text = self.m("err-stays-open", &[("error", Arg::Text(&e))]);
                self.say_error(text);
                return;
            }
            let title = match result {
                Ok(mut ws) => {
                    let name = ws.session().opened().title();
                    // The window manager orders the title itself: no isolation marks.
                    let title = self.m("window-title", &[("title", Arg::Code(&name))]);
                    // The previous article lets go of its lock before this one takes its own
                    // (it may be the same article, opened again), and the recorder forgets it.
                    if let Some(old) = self.opened().map(|o| o.article.path.clone()) {
                        self.recorder.forget(&old);
                    }
                    self.screen = Screen::Welcome;
                    self.take_registry(registry);
                    ws.lock();
                    self.screen = Screen::Article(ws);
                    self.inspector = Inspector::default();
                    self.offer_recovery();
                    self.failed_revision = None;
                    title
                }
                Err(e) => {
                    log::warn!("{e}");
                    let strings = super::super::messages::strings(&self.ctx);
                    self.screen = Screen::Failed {
                        message: super::super::errors::load(&strings, &e),
                        path: path.clone(),
                    };
                    let name = file_name(&path);
                    self.m("window-title", &[("title", Arg::Code(&name))])
                }
            };
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
        if let Some(corpus) = self.corpus.as_mut()
            && corpus.poll().listed
        {
            let current = self.opened().map(|o| o.article.path.clone());
            let corpus = self.corpus.as_ref().map_or(&[][..], |c| &c.entries[..]);
            let inside = current.is_some_and(|p| corpus.iter().any(|e| e.path == p));
            if let Some(first) = corpus.first().map(|e| e.path.clone()).filter(|_| !inside) {
                self.open(first);
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
                Picked::Path(path) => self.open(path),
                Picked::Cancelled => {}
                Picked::Unavailable if for_export => {
                    self.say(self.m("no-dialog-export", &[]));
                }
                Picked::Unavailable => {
                    let id = if pick == Pick::File {
                        "no-dialog-article"
                    } else {
                        "no-dialog-folder"
                    };
                    self.say(self.m(id, &[]));
                    self.focus_path = true;
                }
            }
        }
        if let Some(window) = self.export.as_mut()
            && let Some(text) = window.poll(&super::super::messages::strings(&self.ctx))
        {
            self.say(text);
        }
        if let Some(reading) = &self.disk_reading
            && let Some(read) = reading.poll()
        {
            let article = reading.article.clone();
            self.disk_reading = None;
            self.took_in(&article, read);
        }
    }
    /// Autosave: a change is written once nothing else has changed for a moment.
    pub(super) fn autosave(&mut self) {
        let ctx = self.ctx.clone();
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
        if ws.changed.revision != revision {
            ws.changed = Changed { revision, at: now };
        }
        let waiting = AUTOSAVE_DELAY - (now - ws.changed.at);
        // While another writer's sidecar is read, the save waits to write both.
        if !ws.session.is_dirty()
            || self.saving.is_some()
            || self.disk_reading.is_some()
            || self.failed_revision == Some(revision)
            || ws.session.opened().read_only_reason().is_some()
        {
            return;
        }
        if waiting > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(waiting));
            return;
        }
        self.start_save();
    }

    fn start_save(&mut self) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        // A field being typed in is applied when it is left; this save takes what is applied.
        let recovery = (ws.disk.recovery.is_none() && !ws.disk.foreign_recovery)
            .then(|| (self.recorder.waiter(), ws.disk.recovery_ticket));
        match ws.session.save_job() {
            Ok((job, revision)) => {
                self.saving = Some(Saving::start(job, revision, recovery, &self.ctx));
            }
            Err(e) => {
                self.failed_revision = Some(ws.session.revision());
                let text = super::super::errors::sidecar(&ws.strings, &e);
                self.say_error(text);
            }
        }
    }

    pub(super) fn saved(
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
                self.push_registry();
            }
            // Someone else wrote the sidecar: their work is taken in, and the next autosave
            // writes both.
            Err(crate::store::SidecarError::ChangedOnDisk { .. }) => self.take_in_disk(),
            Err(e) => {
                self.failed_revision = Some(revision);
                let text = super::super::errors::sidecar(&ws.strings, &e);
                self.say_error(text);
            }
        }
    }

    /// Leaves on a termination signal, with no dialog: saves what is unsaved (or, if that
    /// fails, leaves it in the recovery file), lets go of the article and its lock file, and
    /// closes the window. Says on standard error what it did.
    pub(in crate::app) fn leave_on_signal(&mut self, signal: crate::shutdown::Signal) {
        if self.signal_exit.get().is_some() {
            return;
        }
        self.apply_drafts();
        let name = signal.name();
        let article = self.opened().map(|o| o.article.path.clone());
        let unsaved = self.workspace().is_some_and(|ws| ws.session().is_dirty());
        let outcome = match (self.save_blocking(), &article) {
            (Ok(()), Some(article)) => {
                let what = if unsaved {
                    "saved"
                } else {
                    "were saved already"
                };
                eprintln!(
                    "marsad: {name}: the annotations of {} {what}",
                    article.display()
                );
                Ok(())
            }
            (Ok(()), None) => Ok(()),
            (Err(e), article) => {
                self.flush_recovery();
                let recovery = article
                    .as_deref()
                    .map(crate::store::recovery::recovery_path);
                let kept = recovery.map_or_else(String::new, |r| {
                    format!("; what was unsaved is kept in {}", r.display())
                });
                eprintln!("marsad: {name}: {e}{kept}");
                Err(e)
            }
        };
        let _ = self.signal_exit.set(outcome);
        self.allow_close = true;
        self.close_blocked = None;
        // The workspace holds the article's lock: dropping it removes the lock file.
        self.screen = Screen::Welcome;
        self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Saves on this thread, waiting for a save in progress first (switching articles,
    /// closing the window).
    pub(in crate::app) fn save_blocking(&mut self) -> Result<(), String> {
        // Saving here takes in what another writer left itself: a read in flight is not
        // needed any more.
        self.disk_reading = None;
        if let Some(saving) = self.saving.take() {
            let key = (saving.revision, saving.path.clone());
            let result = saving.wait();
            self.saved(key, result);
        }
        let Screen::Article(ws) = &mut self.screen else {
            return Ok(());
        };
        if !ws.session.is_dirty() {
            return Ok(());
        }
        // The recovery file first holds what is saved, so it is never older than the sidecar.
        self.flush_recovery();
        let Screen::Article(ws) = &mut self.screen else {
            return Ok(());
        };
        let reloaded = ws
            .session
            .save_now()
            .map_err(|e| super::super::errors::sidecar(&ws.strings, &e))?;
        let mut conflicts = 0;
        if let Some(reloaded) = reloaded {
            ws.after_change();
            let text = describe_reload(&super::super::messages::strings(&self.ctx), &reloaded);
            conflicts = reloaded.conflicts.len();
            ws.conflicts.extend(reloaded.conflicts);
            self.say(text);
        }
        self.show_saved_counts();
        // The registry takes the article's entities before the article may be closed.
        self.push_registry();
        self.wait_registry();
        // Saved: the recovery file goes, before the article may be closed.
        self.flush_recovery();
        if conflicts > 0 {
            return Err(self.m("err-save-conflicts", &[("count", Arg::Number(conflicts))]));
        }
        Ok(())
    }

    /// After a save, the corpus list shows the article's counts and done flag as saved.
    fn show_saved_counts(&mut self) {
        let (Screen::Article(ws), Some(corpus)) = (&self.screen, self.corpus.as_mut()) else {
            return;
        };
        corpus.update(&ws.session.opened().article.path, ws.session.document());
        self.saves += 1;
    }

    /// File > Save: waits for a save in progress, then saves what changed since.
    pub(super) fn save_asked(&mut self) -> Result<(), String> {
        let ws = self
            .workspace()
            .ok_or_else(|| self.m("err-no-article", &[]))?;
        if let Some(reason) =
            super::super::errors::opened_read_only(&ws.strings, ws.session().opened())
        {
            return Err(self.m("err-not-saved", &[("reason", Arg::Text(&reason))]));
        }
        if let Some(saving) = self.saving.take() {
            let key = (saving.revision, saving.path.clone());
            let result = saving.wait();
            self.saved(key, result);
        }
        self.failed_revision = None;
        if self.workspace().is_some_and(|ws| ws.session().is_dirty()) {
            self.start_save();
        }
        Ok(())
    }

    /// Opens the export window.
    pub(super) fn open_export(&mut self) -> Result<(), String> {
        let article = self
            .opened()
            .map(|o| o.article.path.clone())
            .ok_or_else(|| self.m("open-article-first", &[]))?;
        if self.export.is_none() {
            self.export = Some(ExportWindow::new(&article, self.corpus.is_some()));
        }
        Ok(())
    }

    /// Starts the export the window describes (after saving the open article, so that its
    /// latest annotations are the ones exported).
    pub(super) fn start_export(&mut self) -> Result<(), String> {
        self.save_blocking()?;
        let corpus_root = self.corpus.as_ref().map(|c| c.root.clone());
        let article = self.opened().map(|o| o.article.path.clone());
        match self.export.as_mut() {
            Some(window) => window.start(corpus_root, article, &self.ctx),
            None => Ok(()),
        }
    }

    /// Opens the folder dialog for the export window's folder.
    pub(super) fn choose_export_folder(&mut self) {
        let Some(window) = self.export.as_ref() else {
            return;
        };
        let from = PathBuf::from(window.out.trim());
        let folder = from.parent().map(std::path::Path::to_path_buf);
        self.dialog = Some(Dialog::open_for(Pick::Folder, folder, true, &self.ctx));
    }
}
