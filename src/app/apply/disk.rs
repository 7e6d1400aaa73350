//! What is on disk but not in the window: recovery files left by a window that ended without
//! saving, and sidecars or articles that another writer changed while the article was open.
//! The windows that show them are in `app/ui/dialogs.rs`; this applies what they ask.

use super::super::{labels, messages};
use crate::i18n::{Arg, Strings};
use std::path::Path;

use super::super::jobs::DiskReading;
use super::super::loader::Loading;
use super::super::workspace::{FailedTakeIn, Recorded};
use super::super::{MarsadApp, Screen};
use crate::model::merge::{self, Conflict, Diff};
use crate::session::{Command, Reloaded};
use crate::store::{self, Opened, recovery};

/// Seconds between two looks at the article's files.
pub const DISK_CHECK_INTERVAL: f64 = 1.0;

/// Annotations found in a recovery file, offered for restoring.
pub struct RecoveryOffer {
    /// What the recovery file holds, placed in the current text.
    pub document: crate::model::Document,
    /// How it differs from the sidecar.
    pub diff: Diff,
    /// The annotations when it was offered, to keep what is done before the analyst chooses.
    pub base: crate::model::Document,
    /// When it was written (local time, `YYYY-MM-DD HH:MM:SS`), if known.
    pub written: Option<String>,
}

/// The recovery file of an opened article, when it holds something the sidecar does not. One
/// that holds nothing new is removed; one that cannot be read is reported and left alone.
pub fn find_recovery(opened: &Opened, strings: &Strings) -> Result<Option<RecoveryOffer>, String> {
    let path = &opened.article.path;
    let Some(found) = recovery::load(path).map_err(|e| {
        let error = super::super::errors::sidecar(strings, &e);
        strings.format("recovery-unreadable", &[("error", Arg::Text(&error))])
    })?
    else {
        return Ok(None);
    };
    let mut document = found.document;
    store::place(&mut document, &opened.article);
    let diff = merge::diff(&opened.document, &document);
    if diff.is_empty() {
        if let Err(e) = recovery::discard(path) {
            log::warn!("{}: {e}", found.path.display());
        }
        return Ok(None);
    }
    let written = found.written.and_then(|t| {
        jiff::Timestamp::try_from(t).ok().map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
    });
    Ok(Some(RecoveryOffer {
        document,
        diff,
        written,
        base: opened.document.clone(),
    }))
}

/// What the status bar says after another writer's sidecar was taken in.
pub(in crate::app) fn describe_reload(strings: &Strings, reloaded: &Reloaded) -> String {
    if reloaded.removed {
        return strings.get("reload-removed");
    }
    let what = labels::diff_summary(strings, &reloaded.theirs);
    let id = if reloaded.merged {
        "reload-merged"
    } else {
        "reload-reloaded"
    };
    let mut text = strings.format(id, &[("changes", Arg::Text(&what))]);
    let n = reloaded.conflicts.len() + reloaded.other_conflicts;
    if n > 0 {
        text.push_str(&strings.get("clause-separator"));
        text.push_str(&strings.format("reload-conflicts", &[("count", Arg::Number(n))]));
    }
    text
}

/// A conflict's annotation, for the window: «quote» and kind.
pub(in crate::app) fn quote_of(strings: &Strings, conflict: &Conflict) -> String {
    let a = conflict.ours.as_ref().or(conflict.theirs.as_ref());
    a.map_or_else(String::new, |a| {
        let kind = labels::kind(strings, a.kind);
        strings.format(
            "hover",
            &[
                ("kind", Arg::Code(&kind)),
                ("quote", Arg::Text(&a.span.quote)),
            ],
        )
    })
}

impl MarsadApp {
    /// Keeps the recovery file of the open article in step with its unsaved changes.
    pub(in crate::app) fn record_recovery(&mut self) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        // While a recovery is offered, or one could not be read, its file is left as it is
        // until the analyst chooses.
        if ws.disk.recovery.is_some()
            || ws.disk.foreign_recovery
            || ws.session.opened().read_only_reason().is_some()
        {
            return;
        }
        let key = Recorded {
            revision: ws.session.revision(),
            unsaved: ws.session.is_dirty(),
        };
        if ws.disk.recorded == Some(key) {
            return;
        }
        ws.disk.recorded = Some(key);
        let document = key.unsaved.then(|| ws.session.document().clone());
        let ticket = self
            .recorder
            .record(&ws.session.opened().article.path, document);
        ws.disk.recovery_ticket = ticket;
    }

    /// Waits until the recovery file holds every change made so far (tests).
    pub fn flush_recovery(&mut self) {
        self.record_recovery();
        self.recorder.flush();
    }

    /// After an article opens: offers what its recovery file holds.
    pub(in crate::app) fn offer_recovery(&mut self) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        // A recovery file of an article another Marsad holds is that window's live one.
        if ws.session.opened().held_elsewhere().is_some() {
            return;
        }
        match find_recovery(ws.session.opened(), &messages::strings(&self.ctx)) {
            Ok(offer) => ws.disk.recovery = offer,
            Err(e) => {
                ws.disk.foreign_recovery = true;
                self.say_error(e);
            }
        }
    }

    /// Looks at the article's files every second, when the window gets the focus, and
    /// before saving: takes in a sidecar someone else wrote, and reopens an article whose text
    /// was edited.
    pub(in crate::app) fn watch_disk(&mut self) {
        let ctx = self.ctx.clone();
        let now = ctx.input(|i| i.time);
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if self.saving.is_some() || self.loading.is_some() || self.disk_reading.is_some() {
            return;
        }
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        if !focused && now - self.disk_checked_at < DISK_CHECK_INTERVAL {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(DISK_CHECK_INTERVAL));
            return;
        }
        self.disk_checked_at = now;
        let changes = ws.session.opened().disk_changes();
        // A sidecar that was unreadable (or from a newer Marsad) when the article opened is
        // read again from scratch once it changes: it may be mended.
        let unreadable = ws.session.opened().status.read_only_reason().is_some();
        if changes.sidecar && unreadable {
            self.reopen("its sidecar changed on disk and is read again");
            return;
        }
        // A sidecar that could not be taken in is tried again once it changes again.
        if changes.sidecar
            && ws.disk.failed
                != Some(FailedTakeIn {
                    sidecar: changes.sidecar_stamp,
                })
        {
            self.take_in_disk();
        }
        if changes.article {
            self.reopen_changed_article();
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(DISK_CHECK_INTERVAL));
    }

    /// Takes in what another writer saved to the sidecar: a reload, or a merge with the
    /// unsaved changes here, with any conflicts shown.
    /// Reading and placing it runs on a worker; [`Self::took_in`] merges what it read.
    pub(in crate::app) fn take_in_disk(&mut self) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        if ws.session.opened().read_only_reason().is_some() || self.disk_reading.is_some() {
            return;
        }
        let reader = ws.session.opened().disk_reader();
        self.disk_reading = Some(DiskReading::start(reader, &self.ctx));
    }

    /// Merges another writer's sidecar, read on the worker, with the document as it is now
    /// (what was done meanwhile is kept); a result for an article no longer open is dropped.
    pub(in crate::app) fn took_in(&mut self, article: &Path, read: store::DiskRead) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        if ws.session.opened().article.path != article
            || ws.session.opened().read_only_reason().is_some()
        {
            return;
        }
        match ws.session.take_in(read) {
            Ok(reloaded) => {
                ws.disk.failed = None;
                let text = describe_reload(&messages::strings(&self.ctx), &reloaded);
                ws.after_change();
                ws.relink();
                ws.conflicts.extend(reloaded.conflicts);
                self.failed_revision = None;
                self.say(text);
            }
            Err(e) => {
                self.failed_revision = Some(ws.session.revision());
                ws.disk.failed = Some(FailedTakeIn {
                    sidecar: ws.session.opened().disk_changes().sidecar_stamp,
                });
                let error = super::super::errors::sidecar(&ws.strings, &e);
                let text =
                    messages::tr(&self.ctx, "reload-failed", &[("error", Arg::Text(&error))]);
                self.say_error(text);
            }
        }
    }

    fn reopen_changed_article(&mut self) {
        let Some(path) = self.opened().map(|o| o.article.path.clone()) else {
            return;
        };
        if !path.is_file() {
            let file = path.display().to_string();
            let text = messages::tr(&self.ctx, "article-gone", &[("file", Arg::Text(&file))]);
            self.say_error(text);
            if let Screen::Article(ws) = &mut self.screen {
                // Said once, not every second.
                ws.session.forget_article_change();
            }
            return;
        }
        if let Err(e) = self.save_blocking() {
            let text = messages::tr(
                &self.ctx,
                "article-edited-not-saved",
                &[("error", Arg::Text(&e))],
            );
            self.say_error(text);
            if let Screen::Article(ws) = &mut self.screen {
                ws.session.forget_article_change();
            }
            return;
        }
        self.reopen("article-reopened");
    }

    /// Opens the open article again, saying why (message `why`, with the file as `$file`).
    fn reopen(&mut self, why: &str) {
        let Some(path) = self.opened().map(|o| o.article.path.clone()) else {
            return;
        };
        let file = path.display().to_string();
        let text = messages::tr(&self.ctx, why, &[("file", Arg::Text(&file))]);
        self.say(text);
        self.loading = Some(Loading::start(
            path,
            self.registry.as_ref().and_then(|r| r.known().cloned()),
            &self.ctx,
        ));
    }

    /// Restores (or discards) the offered recovery. Restoring merges it with what was done
    /// while the offer was open, so nothing done meanwhile is undone.
    pub(in crate::app) fn settle_recovery(&mut self, restore: bool) {
        let Screen::Article(ws) = &mut self.screen else {
            return;
        };
        let Some(offer) = ws.disk.recovery.take() else {
            return;
        };
        let path = ws.session.opened().article.path.clone();
        if restore {
            let merged = merge::merge(&offer.base, ws.session.document(), &offer.document);
            match ws.run(Command::Replace(Box::new(merged.document))) {
                Ok(_) => {
                    let strings = messages::strings(&self.ctx);
                    let what = labels::diff_summary(&strings, &offer.diff);
                    self.say(strings.format("recovery-restored", &[("changes", Arg::Text(&what))]));
                }
                Err(e) => {
                    // Still the analyst's to restore or discard.
                    ws.disk.recovery = Some(offer);
                    let text = messages::tr(
                        &self.ctx,
                        "recovery-not-restored",
                        &[("error", Arg::Text(&e))],
                    );
                    self.say_error(text);
                }
            }
        } else {
            match recovery::discard(&path) {
                Ok(()) => self.say(messages::tr(&self.ctx, "recovery-discarded", &[])),
                Err(e) => {
                    let strings = messages::strings(&self.ctx);
                    let file = recovery::recovery_path(&path).display().to_string();
                    let reason = super::super::errors::io_reason(&strings, &e);
                    let text = strings.format(
                        "recovery-not-discarded",
                        &[("file", Arg::Text(&file)), ("reason", Arg::Text(&reason))],
                    );
                    self.say_error(text);
                }
            }
        }
    }

    /// Takes the other writer's version of the conflict at `i`.
    pub(in crate::app) fn take_theirs(&mut self, i: usize) -> Result<(), String> {
        let Screen::Article(ws) = &mut self.screen else {
            return Ok(());
        };
        if i >= ws.conflicts.len() {
            return Ok(());
        }
        let conflict = ws.conflicts.remove(i);
        let shown = quote_of(&messages::strings(&self.ctx), &conflict);
        let entities = ws.session.opened().base().entities().to_vec();
        let Some(id) = conflict
            .ours
            .as_ref()
            .or(conflict.theirs.as_ref())
            .map(|a| a.id)
        else {
            return Ok(());
        };
        ws.run(Command::Adopt {
            id,
            annotation: conflict.theirs.map(Box::new),
            orphan: conflict.theirs_orphan,
            entities,
        })?;
        let text = messages::tr(
            &self.ctx,
            "conflict-took-theirs",
            &[("what", Arg::Text(&shown))],
        );
        self.say(text);
        Ok(())
    }
}
