//! One article open in the window: its session (document, commands, undo), the view, and
//! what the panels around it show: the selected annotation, the find bar, the mentions
//! offered by "tag all occurrences".

use super::find::Find;
use super::view::{ArticleView, Highlight};
use crate::i18n::Arg;
use crate::model::{AnnotationId, AnnotationKind, EntityId};
use crate::session::{Occurrence, Session};
use crate::store::{Opened, Placement, SidecarStatus};

/// A banner above the article.
pub struct Notice {
    /// Shown as an error rather than a warning.
    pub error: bool,
    /// What it says.
    pub what: NoticeText,
    /// A button offered with it.
    pub action: Option<NoticeAction>,
}

/// What a notice is about, worded by the window in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeText {
    /// The annotations cannot be saved (the article's state says why).
    ReadOnly,
    /// Annotations whose text is gone, with their quotes.
    Orphans(Vec<String>),
    /// The corpus registry cannot be read, and why.
    Registry(RegistryProblem),
    /// Entities the registry lacks, by name.
    MissingFromRegistry(Vec<String>),
    /// A version 1 sidecar's entities that look like registry ones: (entity, registry's).
    Lookalikes(Vec<(String, String)>),
    /// Annotations placed again when the article opened.
    PlacedAgain {
        /// The article changed since they were saved (else they did not match their offsets).
        text_changed: bool,
        /// How many.
        count: usize,
        /// How many of them on text that differs from their quote.
        fuzzy: usize,
    },
}

impl Notice {
    /// What the notice says.
    pub fn text(&self, strings: &crate::i18n::Strings, opened: &Opened) -> String {
        match &self.what {
            NoticeText::ReadOnly => {
                let reason = super::errors::opened_read_only(strings, opened).unwrap_or_default();
                strings.format("notice-read-only", &[("reason", Arg::Text(&reason))])
            }
            NoticeText::Orphans(quotes) => {
                let quotes: Vec<String> = quotes
                    .iter()
                    .map(|q| strings.format("quoted", &[("quote", Arg::Text(q))]))
                    .collect();
                strings.format(
                    "notice-orphans",
                    &[
                        ("count", Arg::Number(quotes.len())),
                        (
                            "quotes",
                            Arg::Code(&quotes.join(&strings.get("list-separator"))),
                        ),
                    ],
                )
            }
            NoticeText::Registry(problem) => {
                let reason = super::errors::registry(strings, &problem.0);
                strings.format("notice-registry", &[("reason", Arg::Text(&reason))])
            }
            NoticeText::MissingFromRegistry(names) => {
                let names: Vec<String> = names
                    .iter()
                    .map(|q| strings.format("quoted", &[("quote", Arg::Text(q))]))
                    .collect();
                strings.format(
                    "notice-missing",
                    &[
                        ("count", Arg::Number(names.len())),
                        (
                            "names",
                            Arg::Code(&names.join(&strings.get("list-separator"))),
                        ),
                    ],
                )
            }
            NoticeText::Lookalikes(pairs) => {
                let pairs: Vec<String> = pairs
                    .iter()
                    .map(|(entity, like)| {
                        strings.format(
                            "lookalike-pair",
                            &[("entity", Arg::Text(entity)), ("like", Arg::Text(like))],
                        )
                    })
                    .collect();
                strings.format(
                    "notice-lookalikes",
                    &[
                        ("count", Arg::Number(pairs.len())),
                        (
                            "pairs",
                            Arg::Code(&pairs.join(&strings.get("list-separator"))),
                        ),
                    ],
                )
            }
            NoticeText::PlacedAgain {
                text_changed,
                count,
                fuzzy,
            } => strings.format(
                if *text_changed {
                    "notice-placed-text-changed"
                } else {
                    "notice-placed-offsets"
                },
                &[
                    ("count", Arg::Number(*count)),
                    ("fuzzy", Arg::Number(*fuzzy)),
                ],
            ),
        }
    }
}

/// A registry error a notice shows (equal when it is the same error).
#[derive(Clone, Debug)]
pub struct RegistryProblem(pub std::sync::Arc<crate::registry::RegistryError>);

impl PartialEq for RegistryProblem {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for RegistryProblem {}

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

/// The document's revision and when (egui input time) it was first seen, for autosave.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Changed {
    /// The revision.
    pub(crate) revision: u64,
    /// When the window first saw it.
    pub(crate) at: f64,
}

/// What was last handed to the recovery recorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Recorded {
    /// The document's revision.
    pub(crate) revision: u64,
    /// Whether it had unsaved changes (a saved one removes the recovery file).
    pub(crate) unsaved: bool,
}

/// Taking in another writer's sidecar failed: it is not read again until it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FailedTakeIn {
    /// The sidecar's stamp then (`None`: there was no sidecar).
    pub(crate) sidecar: Option<crate::store::FileStamp>,
}

/// How the open article keeps in step with its files: the recovery file and another
/// writer's sidecar.
#[derive(Default)]
pub(crate) struct DiskSync {
    /// Annotations a recovery file holds, offered when the article opened.
    pub(crate) recovery: Option<super::apply::RecoveryOffer>,
    /// A recovery file is there that could not be read: it is left alone, and this window
    /// keeps none.
    pub(crate) foreign_recovery: bool,
    /// What was last given to the recovery recorder.
    pub(crate) recorded: Option<Recorded>,
    /// The recorder's ticket for it, which a save waits for.
    pub(crate) recovery_ticket: u64,
    /// Set while another writer's sidecar could not be taken in.
    pub(crate) failed: Option<FailedTakeIn>,
}

/// Entities matching the selected mention, for the revision and selection they were found
/// for.
struct Candidates {
    revision: u64,
    selected: Option<AnnotationId>,
    found: Vec<EntityId>,
}

/// What the panels show that is worked out from the document, kept until it changes.
#[derive(Default)]
struct Caches {
    candidates: Option<Candidates>,
}

/// An open article and the state of its panels.
pub struct Workspace {
    /// The document and its commands.
    pub(crate) session: Session,
    /// The article view.
    pub(crate) view: ArticleView,
    /// Invisible bidi controls in the text.
    pub(crate) controls: usize,
    /// Banners about the sidecar.
    pub(crate) notices: Vec<Notice>,
    /// The window's messages, for what the workspace says (set by the window each frame).
    pub(crate) strings: std::sync::Arc<crate::i18n::Strings>,
    /// Annotations changed both here and by another writer, shown until settled.
    pub(crate) conflicts: Vec<crate::model::merge::Conflict>,
    /// The recovery file and another writer's sidecar.
    pub(crate) disk: DiskSync,
    /// The selected annotation.
    pub(crate) selected: Option<AnnotationId>,
    /// The next click on an actor mention sets the selected claim's speaker.
    pub(crate) picking_speaker: bool,
    /// The find bar.
    pub(crate) find: Find,
    /// Mentions offered by "tag all occurrences".
    pub(crate) offer: Option<Offer>,
    /// When the document last changed, for autosave.
    pub(crate) changed: Changed,
    /// The article's corpus: its link to the registry and the registry's suggestions.
    pub(crate) corpus: Option<super::article_corpus::ArticleCorpus>,
    caches: Caches,
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
            strings: std::sync::Arc::new(crate::i18n::Strings::new(crate::i18n::Language::En)),
            selected: None,
            picking_speaker: false,
            find: Find::default(),
            offer: None,
            changed: Changed::default(),
            conflicts: Vec::new(),
            disk: DiskSync::default(),
            corpus: None,
            caches: Caches::default(),
        }
    }

    /// Links the article to its corpus (on the loader's thread, before the workspace is
    /// shown), with banners for the entities the registry lacks and the look-alikes.
    pub(crate) fn set_corpus(&mut self, corpus: super::article_corpus::ArticleCorpus) {
        let doc = self.session.document();
        let name = |id| {
            doc.entity(id)
                .map(|e: &crate::model::Entity| e.name.clone())
        };
        let missing: Vec<String> = corpus.missing.iter().filter_map(|id| name(*id)).collect();
        if !missing.is_empty() {
            self.notices.push(Notice {
                error: false,
                what: NoticeText::MissingFromRegistry(missing),
                action: None,
            });
        }
        let pairs: Vec<(String, String)> = corpus
            .lookalikes
            .iter()
            .filter_map(|l| Some((name(l.entity)?, corpus.entity(l.like)?.name.clone())))
            .collect();
        if !pairs.is_empty() {
            self.notices.push(Notice {
                error: false,
                what: NoticeText::Lookalikes(pairs),
                action: None,
            });
        }
        self.corpus = Some(corpus);
    }

    /// Works out the registry's suggestions again if the document changed.
    pub(crate) fn refresh_suggestions(&mut self) {
        let revision = self.session.revision();
        if let Some(corpus) = self.corpus.as_mut() {
            corpus.refresh(self.session.document(), revision);
        }
    }

    /// The registry's suggestions and the one the keyboard is on.
    pub fn suggestions(
        &self,
    ) -> (
        &[crate::suggest::Suggestion],
        Option<&crate::suggest::Suggestion>,
    ) {
        self.corpus
            .as_ref()
            .map_or((&[][..], None), |c| (c.suggestions(), c.current()))
    }

    /// Offers the untagged mentions of an entity; `review` opens the list at once.
    pub(crate) fn offer_more(&mut self, entity: EntityId, review: bool) {
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

    /// Drops a selection whose annotation is gone and refreshes what depends on the document.
    pub(crate) fn after_change(&mut self) {
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
    }

    /// The document and its commands.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The article view.
    pub fn view(&self) -> &ArticleView {
        &self.view
    }

    /// The selected annotation's id.
    pub fn selected(&self) -> Option<AnnotationId> {
        self.selected
    }

    /// Whether the next click on an actor mention sets the selected claim's speaker.
    pub fn picking_speaker(&self) -> bool {
        self.picking_speaker
    }

    /// The find bar.
    pub fn find(&self) -> &Find {
        &self.find
    }

    /// The "tag all occurrences" offer, if one is open.
    pub fn offer(&self) -> Option<&Offer> {
        self.offer.as_ref()
    }

    /// Annotations changed both here and by another writer, not yet settled.
    pub fn conflicts(&self) -> &[crate::model::merge::Conflict] {
        &self.conflicts
    }

    /// The selected annotation.
    pub fn selected_annotation(&self) -> Option<&crate::model::Annotation> {
        self.selected
            .and_then(|id| self.session.document().annotation(id))
    }

    /// Selects a placed annotation and scrolls to it (orphans have no place to show).
    pub(crate) fn select(&mut self, id: AnnotationId) {
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

    /// Entities whose name or alias matches the selected mention, best first (as of the last
    /// [`Self::refresh`]).
    pub fn candidates(&self) -> &[EntityId] {
        self.caches
            .candidates
            .as_ref()
            .map_or(&[], |c| c.found.as_slice())
    }

    /// Finds the selected mention's matching entities when the document or the selection
    /// changed (the panels ask every frame).
    fn refresh_candidates(&mut self) {
        let revision = self.session.revision();
        let stale = self
            .caches
            .candidates
            .as_ref()
            .is_none_or(|c| (c.revision, c.selected) != (revision, self.selected));
        if stale {
            let found = self
                .selected_annotation()
                .map(|a| self.session.candidates(a.kind, &a.span.quote))
                .unwrap_or_default();
            self.caches.candidates = Some(Candidates {
                revision,
                selected: self.selected,
                found,
            });
        }
    }

    /// How often an entity appears (the document keeps the counts).
    pub fn counted(&self, entity: EntityId) -> EntityCounts {
        self.session.document().counts_of(entity)
    }

    /// Brings what the panels and the view show up to date with the document, the
    /// selection, the search and the offer (the apply step runs it once per frame).
    pub(crate) fn refresh(&mut self) {
        self.refresh_candidates();
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
            return Err(self.strings.get("err-select-claim-to-cite"));
        }
        // One source and one access date for every style asked for.
        let source = crate::export::Source::of(self.session.opened());
        let accessed = jiff::ZonedDateTime::now().date();
        Ok(styles
            .iter()
            .map(|&style| crate::export::citation::cite(&source, &claims, style, accessed))
            .collect())
    }

    /// Writes the banners again from the session's state.
    pub(crate) fn renew_notices(&mut self) {
        // Those about the corpus were written when the article was linked, and stay.
        let corpus: Vec<Notice> = self
            .notices
            .drain(..)
            .filter(|n| {
                matches!(
                    n.what,
                    NoticeText::Registry(_)
                        | NoticeText::MissingFromRegistry(_)
                        | NoticeText::Lookalikes(_)
                )
            })
            .collect();
        self.notices = notices(self.session.opened());
        self.notices.extend(corpus);
    }

    /// Takes the article's lock (once the previous article has let go of its own) and says so
    /// when another Marsad holds it.
    pub(crate) fn lock(&mut self) {
        self.session.lock();
        self.renew_notices();
    }

    /// What hovering a highlight says: `actor: «quote» — entity`.
    pub fn describe(&self, highlight: &Highlight) -> Option<String> {
        let doc = self.session.document();
        let Some(id) = highlight.id else {
            // A suggestion of the registry.
            let corpus = self.corpus.as_ref()?;
            let s = corpus
                .suggestions()
                .iter()
                .find(|s| s.range == highlight.range)?;
            let name = corpus.entity(s.entity)?.name.clone();
            return Some(
                self.strings
                    .format("suggestion-tip", &[("name", Arg::Text(&name))]),
            );
        };
        let a = doc.annotation(id)?;
        let kind = super::labels::kind(&self.strings, a.kind);
        let entity = doc.entity_of(a).map_or("", |e| e.name.as_str());
        let args = [
            ("kind", Arg::Code(&kind)),
            ("quote", Arg::Text(&a.span.quote)),
            ("entity", Arg::Text(entity)),
        ];
        let id = if entity.is_empty() {
            "hover"
        } else {
            "hover-with-entity"
        };
        let mut text = self.strings.format(id, &args);
        // A mention whose entity the corpus registry lacks (its snapshot is shown) says so.
        let missing = doc.entity_of(a).is_some_and(|e| {
            self.corpus
                .as_ref()
                .is_some_and(|c| c.missing.contains(&e.id))
        });
        if missing {
            text.push_str(&self.strings.get("list-separator"));
            text.push_str(&self.strings.get("hover-not-in-registry"));
        }
        Some(text)
    }
}

/// Banners about the sidecar (read-only, orphans, annotations placed again), written once
/// when the article opens.
fn notices(opened: &Opened) -> Vec<Notice> {
    let mut out = Vec::new();
    if opened.read_only_reason().is_some() {
        out.push(Notice {
            error: matches!(opened.status, SidecarStatus::Unreadable(_)),
            what: NoticeText::ReadOnly,
            action: (opened.status.read_only_reason().is_none()
                && opened.held_elsewhere().is_some())
            .then_some(NoticeAction::EditAnyway),
        });
    }
    let orphans = opened.document.orphans();
    if !orphans.is_empty() {
        out.push(Notice {
            error: false,
            what: NoticeText::Orphans(orphans.iter().map(|o| o.span.quote.clone()).collect()),
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
        out.push(Notice {
            error: false,
            what: NoticeText::PlacedAgain {
                text_changed: opened.anchoring.text_changed,
                count: changed.len(),
                fuzzy,
            },
            action: None,
        });
    }
    out
}
