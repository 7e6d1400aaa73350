//! The requests on the open article: tagging, removing, undo, clicks in the text, the
//! speaker and cue, the "tag all" offer and the notices' buttons. [`Workspace::run`] is the
//! window's one way to a document command, and it is private to `app/apply`.

use crate::i18n::Arg;
use jiff::Timestamp;

use super::super::actions::Action;
use super::super::request::Request;
use super::super::workspace::{NoticeAction, Workspace};
use crate::model::AnnotationKind;
use crate::session::{Applied, Command, Link};

impl Workspace {
    /// Applies a command; on success selects what it made or changed.
    pub(super) fn run(&mut self, command: Command) -> Result<Applied, String> {
        let applied = self.session.apply(command, Timestamp::now()).map_err(|e| {
            super::super::errors::command(&self.strings, &e, Some(self.session.opened()))
        })?;
        if applied.annotation.is_some() {
            self.selected = applied.annotation;
        }
        self.after_change();
        Ok(applied)
    }

    /// Applies a command without changing the selection (edits typed in the inspector for
    /// an annotation that is no longer selected).
    pub(super) fn run_quietly(&mut self, command: Command) -> Result<(), String> {
        let selected = self.selected;
        self.run(command)?;
        self.selected = selected.filter(|id| self.session.document().annotation(*id).is_some());
        Ok(())
    }

    /// The requests that concern only the open article.
    pub(super) fn carry_out(&mut self, request: Request) -> Result<(), String> {
        match request {
            Request::Document(command) => self.run(command).map(|_| ()),
            Request::Select(id) => {
                self.select(id);
                Ok(())
            }
            Request::Click { offset, ctrl } => self.click(offset, ctrl),
            Request::Reveal(at) => {
                self.view.reveal(at);
                Ok(())
            }
            Request::PickSpeaker => self.article_action(Action::PickSpeaker),
            Request::CancelPickSpeaker => {
                self.picking_speaker = false;
                Ok(())
            }
            Request::CueFromSelection => self.cue_from_selection(),
            Request::Notice(action) => {
                self.notice_action(action);
                Ok(())
            }
            Request::ReviewOffer => {
                if let Some(offer) = self.offer.as_mut() {
                    offer.reviewing = true;
                }
                Ok(())
            }
            Request::DismissOffer => {
                self.offer = None;
                Ok(())
            }
            Request::AcceptOffer => self.accept_offer().map(|_| ()),
            other => Err(format!("{other:?} is not a request on the article")),
        }
    }

    /// The actions on the open article.
    pub(super) fn article_action(&mut self, action: Action) -> Result<(), String> {
        match action {
            Action::TagActor => self.tag(AnnotationKind::Actor),
            Action::TagLocation => self.tag(AnnotationKind::Location),
            Action::TagClaim => self.tag(AnnotationKind::Claim),
            Action::TagAll => self.tag_all(),
            Action::Delete => self.delete(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Find => {
                self.find.open();
                Ok(())
            }
            Action::FindNext | Action::FindPrevious => {
                if !self.find.open {
                    self.find.open();
                    return Ok(());
                }
                if let Some(at) = self.find.step(action == Action::FindNext) {
                    self.view.reveal(at);
                }
                Ok(())
            }
            Action::PickSpeaker => {
                let is_claim = self
                    .selected_annotation()
                    .is_some_and(|a| a.kind == AnnotationKind::Claim);
                if !is_claim {
                    return Err(self.strings.get("err-select-claim-for-speaker"));
                }
                self.picking_speaker = !self.picking_speaker;
                Ok(())
            }
            Action::NextSuggestion | Action::PreviousSuggestion => {
                self.step_suggestion(action == Action::NextSuggestion)
            }
            Action::AcceptSuggestion => self.accept_suggestion(false),
            Action::AcceptAllSuggestions => self.accept_suggestion(true),
            Action::RejectSuggestion => self.reject_suggestion(),
            Action::ToggleDone => {
                let mut meta = self.session.document().meta.clone();
                meta.done = !meta.done;
                self.run(Command::SetMeta(Box::new(meta))).map(|_| ())
            }
            other => Err(self.strings.format(
                "err-needs-no-article",
                &[("command", Arg::Text(&other.label(&self.strings)))],
            )),
        }
    }

    /// Tags the selected text; mentions are linked to the best matching entity (or a new
    /// one), and the entity's other untagged mentions are offered.
    fn tag(&mut self, kind: AnnotationKind) -> Result<(), String> {
        let range = self
            .view
            .selected_range()
            .ok_or_else(|| self.strings.get("err-select-text-first"))?;
        let applied = self.run(Command::Tag {
            kind,
            range,
            link: Link::Auto,
        })?;
        self.view.selection = None;
        if let Some(entity) = applied.entity {
            self.offer_more(entity, false);
        }
        Ok(())
    }

    /// Opens "tag all occurrences" for the selected mention's entity.
    fn tag_all(&mut self) -> Result<(), String> {
        let entity = self
            .selected_annotation()
            .and_then(|a| a.entity)
            .ok_or_else(|| self.strings.get("err-select-mention-first"))?;
        self.offer_more(entity, true);
        if self.offer.is_none() {
            return Err(self.strings.get("err-all-tagged"));
        }
        Ok(())
    }

    /// Tags the accepted mentions of the offer.
    fn accept_offer(&mut self) -> Result<usize, String> {
        let Some(offer) = self.offer.take() else {
            return Ok(0);
        };
        let ranges: Vec<_> = offer
            .items
            .iter()
            .zip(&offer.accepted)
            .filter(|(_, ok)| **ok)
            .map(|(o, _)| o.range.clone())
            .collect();
        let n = ranges.len();
        if n > 0 {
            self.run(Command::TagAll {
                entity: offer.entity,
                ranges,
            })?;
        }
        Ok(n)
    }

    /// Removes the selected annotation.
    fn delete(&mut self) -> Result<(), String> {
        let id = self
            .selected
            .ok_or_else(|| self.strings.get("err-select-annotation-first"))?;
        self.run(Command::Untag(id))?;
        self.selected = None;
        Ok(())
    }

    /// Undoes the last change.
    fn undo(&mut self) -> Result<(), String> {
        if !self.session.undo() {
            return Err(self.strings.get("err-nothing-to-undo"));
        }
        self.after_change();
        Ok(())
    }

    /// Redoes the last undone change.
    fn redo(&mut self) -> Result<(), String> {
        if !self.session.redo() {
            return Err(self.strings.get("err-nothing-to-redo"));
        }
        self.after_change();
        Ok(())
    }

    /// A click on character `offset`: while picking a speaker (or with Ctrl held), an actor
    /// mention becomes the selected claim's speaker; otherwise the annotation there is
    /// selected.
    fn click(&mut self, offset: usize, ctrl: bool) -> Result<(), String> {
        let at = self.session.annotation_at(offset);
        let claim = self
            .selected_annotation()
            .filter(|a| a.kind == AnnotationKind::Claim)
            .map(|a| a.id);
        if let Some(claim) = claim.filter(|_| self.picking_speaker || ctrl) {
            let actor = self
                .session
                .overlapping(offset..offset + 1)
                .filter(|a| a.kind == AnnotationKind::Actor)
                .find_map(|a| a.entity);
            if let Some(speaker) = actor {
                self.picking_speaker = false;
                self.run(Command::SetSpeaker {
                    claim,
                    speaker: Some(speaker),
                })?;
                return Ok(());
            }
            if self.picking_speaker {
                let unlinked = self
                    .session
                    .overlapping(offset..offset + 1)
                    .any(|a| a.kind == AnnotationKind::Actor);
                return Err(self.strings.get(if unlinked {
                    "err-speaker-unlinked"
                } else {
                    "err-click-actor-for-speaker"
                }));
            }
        }
        self.picking_speaker = false;
        // A click on a suggestion (and no annotation) puts the keyboard on it.
        if at.is_none()
            && let Some(corpus) = self.corpus.as_mut()
        {
            corpus.point_at(offset);
        }
        // A click inside the selected claim on nothing else keeps it selected.
        let doc = self.session.document();
        self.selected = at.or_else(|| {
            claim.filter(|id| {
                doc.annotation(*id)
                    .is_some_and(|a| a.span.start <= offset && offset < a.span.end)
            })
        });
        Ok(())
    }

    /// Makes the selected text the selected claim's cue.
    fn cue_from_selection(&mut self) -> Result<(), String> {
        let claim = self
            .selected
            .ok_or_else(|| self.strings.get("err-select-claim-first"))?;
        let range = self
            .view
            .selected_range()
            .ok_or_else(|| self.strings.get("err-select-cue-first"))?;
        self.run(Command::SetCue {
            claim,
            range: Some(range),
        })?;
        self.view.selection = None;
        Ok(())
    }

    /// Carries out a notice's button.
    fn notice_action(&mut self, action: NoticeAction) {
        match action {
            NoticeAction::EditAnyway => self.session.ignore_lock(),
        }
        self.renew_notices();
    }
}
