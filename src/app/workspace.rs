//! One article open in the window: its session (document, commands, undo), the view, and
//! what the panels around it show: the selected annotation, the find bar, the mentions
//! offered by "tag all occurrences".

use jiff::Timestamp;

use super::find::Find;
use super::inspector::Inspector;
use super::view::{ArticleView, Highlight, Mark};
use crate::model::{AnnotationId, AnnotationKind, EntityId};
use crate::session::{Applied, Command, Link, Occurrence, Session};
use crate::store::{Opened, Placement, SidecarStatus};

/// A banner above the article.
pub struct Notice {
    /// Shown as an error rather than a warning.
    pub error: bool,
    /// What it says.
    pub text: String,
    /// A button offered with it.
    pub action: Option<NoticeAction>,
}

/// What a notice's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Edit although another Marsad holds the article.
    EditAnyway,
}

/// Other mentions of an entity, offered for tagging after one was tagged.
pub struct Offer {
    /// The entity.
    pub entity: EntityId,
    /// Its name, for the banner.
    pub name: String,
    /// The mentions found.
    pub items: Vec<Occurrence>,
    /// Which are to be tagged.
    pub accepted: Vec<bool>,
    /// Whether the preview list is open (else only the banner shows).
    pub reviewing: bool,
}

/// What the highlights were last built from.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Drawn {
    revision: u64,
    selected: Option<AnnotationId>,
    find: u64,
    offer: Option<(EntityId, usize, bool)>,
}

/// An open article and the state of its panels.
pub struct Workspace {
    /// The document and its commands.
    pub session: Session,
    /// The article view.
    pub view: ArticleView,
    /// Invisible bidi controls in the text.
    pub controls: usize,
    /// Banners about the sidecar.
    pub notices: Vec<Notice>,
    /// Annotations a recovery file holds, offered when the article opened.
    pub recovery: Option<super::disk::RecoveryOffer>,
    /// Annotations changed both here and by another writer, shown until settled.
    pub conflicts: Vec<crate::model::merge::Conflict>,
    /// The revision (and whether it was unsaved) last given to the recovery recorder.
    pub recorded: Option<(u64, bool)>,
    /// The recorder's ticket for it, which a save waits for.
    pub recovery_ticket: u64,
    /// A recovery file is there that could not be read: it is left alone, and this window
    /// keeps none.
    pub foreign_recovery: bool,
    /// The sidecar as it was when taking it in failed: not read again until it changes.
    pub disk_failed: Option<Option<crate::store::FileStamp>>,
    /// The selected annotation.
    pub selected: Option<AnnotationId>,
    /// The next click on an actor mention sets the selected claim's speaker.
    pub picking_speaker: bool,
    /// The find bar.
    pub find: Find,
    /// Mentions offered by "tag all occurrences".
    pub offer: Option<Offer>,
    /// The inspector's unsaved field edits.
    pub inspector: Inspector,
    /// When the document last changed (egui input time), for autosave.
    pub changed_at: f64,
    /// The revision `changed_at` belongs to.
    pub seen_revision: u64,
    drawn: Option<Drawn>,
    /// Mentions and claims per entity, and the revision they were counted at.
    counts: (u64, std::collections::HashMap<EntityId, EntityCounts>),
    /// Entities matching the selected mention, for the revision and selection they were for.
    candidates: (u64, Option<AnnotationId>, Vec<EntityId>),
}

pub use crate::model::EntityCounts;

impl Workspace {
    /// A workspace on an opened article.
    pub fn new(opened: Opened) -> Self {
        let controls = opened
            .article
            .text
            .chars()
            .filter(|&c| crate::text::is_bidi_control(c))
            .count();
        let view = ArticleView::new(&opened.article.text);
        let notices = notices(&opened);
        Self {
            session: Session::new(opened),
            view,
            controls,
            notices,
            selected: None,
            picking_speaker: false,
            find: Find::default(),
            offer: None,
            inspector: Inspector::default(),
            changed_at: 0.0,
            seen_revision: 0,
            drawn: None,
            counts: (u64::MAX, std::collections::HashMap::new()),
            candidates: (u64::MAX, None, Vec::new()),
            recovery: None,
            conflicts: Vec::new(),
            recorded: None,
            recovery_ticket: 0,
            foreign_recovery: false,
            disk_failed: None,
        }
    }

    /// Applies a command; on success selects what it made or changed.
    pub fn run(&mut self, command: Command) -> Result<Applied, String> {
        let applied = self
            .session
            .apply(command, Timestamp::now())
            .map_err(|e| e.to_string())?;
        if applied.annotation.is_some() {
            self.selected = applied.annotation;
        }
        self.after_change();
        Ok(applied)
    }

    /// Applies a command without changing the selection (edits typed in the inspector for
    /// an annotation that is no longer selected).
    pub fn run_quietly(&mut self, command: Command) -> Result<(), String> {
        let selected = self.selected;
        self.run(command)?;
        self.selected = selected.filter(|id| self.session.document().annotation(*id).is_some());
        Ok(())
    }

    /// Applies what was typed in the inspector and not yet applied.
    pub fn flush_inspector(&mut self) -> Result<(), String> {
        let mut inspector = std::mem::take(&mut self.inspector);
        let commands = inspector.flush(self);
        self.inspector = inspector;
        for c in commands {
            self.run_quietly(c)?;
        }
        Ok(())
    }

    /// Tags the selected text; mentions are linked to the best matching entity (or a new
    /// one), and the entity's other untagged mentions are offered.
    pub fn tag(&mut self, kind: AnnotationKind) -> Result<(), String> {
        let range = self
            .view
            .selected_range()
            .ok_or("Select some text first, then press A, L or C")?;
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

    /// Offers the untagged mentions of an entity; `review` opens the list at once.
    pub fn offer_more(&mut self, entity: EntityId, review: bool) {
        let items = self.session.occurrences(entity);
        let name = self
            .session
            .document()
            .entity(entity)
            .map(|e| e.name.clone())
            .unwrap_or_default();
        // Choices already made in an open review are kept for the mentions still offered.
        let before = self.offer.take().filter(|o| o.entity == entity);
        let accepted = items
            .iter()
            .map(|item| {
                before
                    .as_ref()
                    .and_then(|o| {
                        o.items
                            .iter()
                            .position(|old| old.range == item.range)
                            .map(|i| o.accepted[i])
                    })
                    .unwrap_or(true)
            })
            .collect();
        self.offer = (!items.is_empty()).then_some(Offer {
            entity,
            name,
            accepted,
            items,
            reviewing: review,
        });
    }

    /// Opens "tag all occurrences" for the selected mention's entity.
    pub fn tag_all(&mut self) -> Result<(), String> {
        let entity = self
            .selected_annotation()
            .and_then(|a| a.entity)
            .ok_or("Select an actor or location mention first")?;
        self.offer_more(entity, true);
        if self.offer.is_none() {
            return Err("Every mention of it is already tagged".to_owned());
        }
        Ok(())
    }

    /// Tags the accepted mentions of the offer.
    pub fn accept_offer(&mut self) -> Result<usize, String> {
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
    pub fn delete(&mut self) -> Result<(), String> {
        let id = self
            .selected
            .ok_or("Select an annotation first (click it)")?;
        self.run(Command::Untag(id))?;
        self.selected = None;
        Ok(())
    }

    /// Undoes the last change.
    pub fn undo(&mut self) -> Result<(), String> {
        if !self.session.undo() {
            return Err("Nothing to undo".to_owned());
        }
        self.after_change();
        Ok(())
    }

    /// Redoes the last undone change.
    pub fn redo(&mut self) -> Result<(), String> {
        if !self.session.redo() {
            return Err("Nothing to redo".to_owned());
        }
        self.after_change();
        Ok(())
    }

    /// Drops a selection whose annotation is gone and refreshes what depends on the document.
    pub fn after_change(&mut self) {
        let doc = self.session.document();
        if self.selected.is_some_and(|id| doc.annotation(id).is_none()) {
            self.selected = None;
        }
        if let Some(offer) = &self.offer {
            let entity = offer.entity;
            if doc.entity(entity).is_some() {
                let reviewing = offer.reviewing;
                self.offer_more(entity, reviewing);
            } else {
                self.offer = None;
            }
        }
        self.inspector.refresh();
    }

    /// The selected annotation.
    pub fn selected_annotation(&self) -> Option<&crate::model::Annotation> {
        self.selected
            .and_then(|id| self.session.document().annotation(id))
    }

    /// Selects a placed annotation and scrolls to it (orphans have no place to show).
    pub fn select(&mut self, id: AnnotationId) {
        let doc = self.session.document();
        if doc.is_orphan(id) {
            return;
        }
        if let Some(a) = doc.annotation(id) {
            self.view.reveal(a.span.start);
            self.selected = Some(id);
            self.picking_speaker = false;
        }
    }

    /// A click on character `offset`: while picking a speaker (or with Ctrl held), an actor
    /// mention becomes the selected claim's speaker; otherwise the annotation there is
    /// selected.
    pub fn click(&mut self, offset: usize, ctrl: bool) -> Result<(), String> {
        let doc = self.session.document();
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
                return Err(if unlinked {
                    "That actor mention is not linked to an entity: link it first".to_owned()
                } else {
                    "Click an actor mention to make it the speaker".to_owned()
                });
            }
        }
        self.picking_speaker = false;
        // A click inside the selected claim on nothing else keeps it selected.
        self.selected = at.or_else(|| {
            claim.filter(|id| {
                doc.annotation(*id)
                    .is_some_and(|a| a.span.start <= offset && offset < a.span.end)
            })
        });
        Ok(())
    }

    /// Entities whose name or alias matches the selected mention, best first (as of the last
    /// [`Self::refresh_counts`]).
    pub fn candidates(&self) -> &[EntityId] {
        &self.candidates.2
    }

    /// Counts every entity's mentions and claims, and finds the selected mention's matching
    /// entities, when the document or the selection changed (the panels ask every frame).
    pub fn refresh_counts(&mut self) {
        let revision = self.session.revision();
        if (self.candidates.0, self.candidates.1) != (revision, self.selected) {
            let found = self
                .selected_annotation()
                .map(|a| self.session.candidates(a.kind, &a.span.quote))
                .unwrap_or_default();
            self.candidates = (revision, self.selected, found);
        }
        if self.counts.0 == revision {
            return;
        }
        self.counts = (revision, self.session.document().entity_counts());
    }

    /// How often an entity appears, as last counted ([`Self::refresh_counts`] runs at the
    /// start of each frame).
    pub fn counted(&self, entity: EntityId) -> EntityCounts {
        self.counts.1.get(&entity).copied().unwrap_or_default()
    }

    /// Rebuilds the view's highlights when the document, selection, search or offer changed.
    pub fn sync_highlights(&mut self) {
        let key = Drawn {
            revision: self.session.revision(),
            selected: self.selected,
            find: self.find.revision,
            offer: self.offer.as_ref().map(|o| {
                (
                    o.entity,
                    o.accepted.iter().filter(|a| **a).count(),
                    o.reviewing,
                )
            }),
        };
        if self.drawn == Some(key) {
            return;
        }
        self.drawn = Some(key);
        let doc = self.session.document();
        let mut out: Vec<Highlight> = doc
            .annotations()
            .iter()
            .map(|a| Highlight {
                range: a.span.start..a.span.end,
                mark: Mark::Annotation(a.kind),
                id: Some(a.id),
                selected: Some(a.id) == self.selected,
            })
            .collect();
        if let Some(offer) = &self.offer {
            for (o, _) in offer.items.iter().zip(&offer.accepted).filter(|(_, a)| **a) {
                out.push(Highlight {
                    range: o.range.clone(),
                    mark: Mark::Offered,
                    id: None,
                    selected: false,
                });
            }
        }
        for (i, m) in self.find.matches.iter().enumerate() {
            out.push(Highlight {
                range: m.clone(),
                mark: if self.find.current == Some(i) {
                    Mark::Current
                } else {
                    Mark::Found
                },
                id: None,
                selected: false,
            });
        }
        self.view.set_highlights(out);
    }

    /// The citation, in each of `styles`, of the claims in the selected text, or of the
    /// selected claim (`inspected`: of the selected claim only, whatever text is selected).
    pub fn citation(
        &self,
        styles: &[crate::export::citation::Style],
        inspected: bool,
    ) -> Result<Vec<String>, String> {
        let range = self.view.selected_range().filter(|_| !inspected);
        let claims: Vec<&crate::model::Annotation> = match range {
            Some(range) => self
                .session
                .overlapping(range)
                .filter(|a| a.kind == AnnotationKind::Claim)
                .collect(),
            None => self
                .selected_annotation()
                .filter(|a| a.kind == AnnotationKind::Claim)
                .into_iter()
                .collect(),
        };
        if claims.is_empty() {
            return Err("Select a claim (or text with claims in it) to cite".to_owned());
        }
        // One source and one access date for every style asked for.
        let source = crate::export::Source::of(self.session.opened());
        let accessed = jiff::ZonedDateTime::now().date();
        Ok(styles
            .iter()
            .map(|&style| crate::export::citation::cite(&source, &claims, style, accessed))
            .collect())
    }

    /// Carries out a notice's button.
    pub fn notice_action(&mut self, action: NoticeAction) {
        match action {
            NoticeAction::EditAnyway => self.session.ignore_lock(),
        }
        self.notices = notices(self.session.opened());
    }

    /// Takes the article's lock (once the previous article has let go of its own) and says so
    /// when another Marsad holds it.
    pub fn lock(&mut self) {
        self.session.lock();
        self.notices = notices(self.session.opened());
    }

    /// What hovering a highlight says: `actor: «quote» — entity`.
    pub fn describe(&self, highlight: &Highlight) -> Option<String> {
        let doc = self.session.document();
        let a = doc.annotation(highlight.id?)?;
        let entity = doc
            .entity_of(a)
            .map(|e| format!(" — {}", e.name))
            .unwrap_or_default();
        Some(format!("{}: «{}»{entity}", a.kind, a.span.quote))
    }
}

/// Banners about the sidecar (read-only, orphans, annotations placed again), written once
/// when the article opens.
fn notices(opened: &Opened) -> Vec<Notice> {
    let mut out = Vec::new();
    if let Some(reason) = opened.read_only_reason() {
        out.push(Notice {
            error: matches!(opened.status, SidecarStatus::Unreadable(_)),
            text: format!("Annotations are read-only: {reason}"),
            action: (opened.status.read_only_reason().is_none()
                && opened.held_elsewhere().is_some())
            .then_some(NoticeAction::EditAnyway),
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
            action: None,
        });
    }
    let changed = &opened.anchoring.changed;
    if !changed.is_empty() {
        let fuzzy = changed
            .iter()
            .filter(|(_, p)| {
                matches!(
                    p,
                    Placement::Fuzzy { .. }
                        | Placement::Moved {
                            respelled: Some(_),
                            ..
                        }
                )
            })
            .count();
        let what = if opened.anchoring.text_changed {
            "The article text changed since the annotations were saved"
        } else {
            "Some annotations did not match the text at their offsets"
        };
        out.push(Notice {
            error: false,
            text: format!(
                "{what}: {} were placed again ({fuzzy} on text that differs from their quote; \
                 their old quote is kept for review).",
                changed.len()
            ),
            action: None,
        });
    }
    out
}
