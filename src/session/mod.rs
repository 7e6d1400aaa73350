//! An open article being annotated: the document, the commands that change it and the one
//! undo stack they go through. Plain Rust, no egui: the window turns keys and clicks into
//! [`Command`]s, and tests and benchmarks apply the same commands.
//!
//! Every command becomes one [`Edit`] (a batch when it touches several things), applied with
//! [`History`], so undo and redo see every change and autosave sees a new revision.

mod query;

use std::ops::Range;

use jiff::Timestamp;

pub use query::{Occurrence, entity_kind_for};

use crate::matching::Folded;
use crate::model::{
    Annotation, AnnotationId, AnnotationKind, ArticleMeta, Document, Edit, EditError, Entity,
    EntityId, History, IndexedText, Span, TextIndex, merge,
};
use crate::store::{Opened, SaveJob, Saved, SidecarError};

/// Which entity a mention refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// The best matching entity of its kind, or a new one named after the mention.
    Auto,
    /// None.
    Nothing,
    /// This existing entity.
    Entity(EntityId),
    /// A new entity with this name.
    New(String),
}

/// A change the analyst asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Tags a span. Mentions are linked to an entity as `link` says; claims ignore it.
    Tag {
        /// Actor, location or claim.
        kind: AnnotationKind,
        /// Code points of the article; trimmed of spaces (and, for mentions, punctuation).
        range: Range<usize>,
        /// The entity of a mention.
        link: Link,
    },
    /// Tags several mentions of one entity at once (tag all occurrences): one undo step.
    TagAll {
        /// The entity.
        entity: EntityId,
        /// The mentions, in article code points.
        ranges: Vec<Range<usize>>,
    },
    /// Removes an annotation (and its entity, if nothing else refers to it).
    Untag(AnnotationId),
    /// Links a mention to another entity (dropping an entity left with no mention).
    Relink {
        /// The mention.
        annotation: AnnotationId,
        /// The entity.
        link: Link,
    },
    /// Sets who asserts a claim.
    SetSpeaker {
        /// The claim.
        claim: AnnotationId,
        /// An actor entity, or none.
        speaker: Option<EntityId>,
    },
    /// Sets a claim's cue (قال، نفى…), or clears it.
    SetCue {
        /// The claim.
        claim: AnnotationId,
        /// The cue, in article code points.
        range: Option<Range<usize>>,
    },
    /// Replaces an annotation's editable details (note, claim status and rating, relation).
    UpdateAnnotation(Box<Annotation>),
    /// Replaces an entity's details (name, aliases, type, Wikidata, coordinates…).
    UpdateEntity(Box<Entity>),
    /// Replaces the article metadata (outlet, URL, date, done).
    SetMeta(Box<ArticleMeta>),
    /// Makes the document equal to another one (restoring a recovery file), as one step.
    Replace(Box<Document>),
    /// Puts back one version of an annotation (the other writer's, after a conflict), or
    /// removes it when that version is `None`, with the entities it links to.
    Adopt {
        /// The annotation's id.
        id: AnnotationId,
        /// The version to take.
        annotation: Option<Box<Annotation>>,
        /// Whether it is an orphan.
        orphan: bool,
        /// Where to find entities it links to that this document lacks.
        entities: Vec<Entity>,
    },
}

/// What a command did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The annotation the command made or changed, to select.
    pub annotation: Option<AnnotationId>,
    /// The entity it linked, if any.
    pub entity: Option<EntityId>,
}

/// Why a command was refused. The document is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The sidecar may not be written, so nothing may change.
    #[error("annotations are read-only: {0}")]
    ReadOnly(String),
    /// Nothing is selected, or only spaces and punctuation.
    #[error("select some text first")]
    EmptySpan,
    /// The same span already has this tag.
    #[error("«{quote}» is already tagged as {kind}")]
    AlreadyTagged {
        /// The text.
        quote: String,
        /// The tag.
        kind: AnnotationKind,
    },
    /// The annotation does not exist (any more).
    #[error("that annotation no longer exists")]
    NoAnnotation,
    /// A speaker must be an actor.
    #[error("a speaker must be an actor entity")]
    NotAnActor,
    /// Every mention offered is already tagged.
    #[error("every one of those mentions is already tagged")]
    NothingToTag,
    /// The annotation is a mention, and only a claim has a speaker or a cue.
    #[error("that annotation is not a claim")]
    NotAClaim,
    /// The document given (a recovery restored, another version adopted) breaks one of the
    /// document's rules.
    #[error("that document cannot be taken in: {0}")]
    InvalidDocument(#[from] crate::model::Invalid),
    /// A mention can only link to an entity of its own kind.
    #[error("a {0} mention can only be linked to a {0} entity")]
    WrongKind(AnnotationKind),
    /// The model refused the edit.
    #[error(transparent)]
    Edit(#[from] EditError),
}

/// What taking in another writer's sidecar did.
#[derive(Clone, Debug, Default)]
pub struct Reloaded {
    /// What they changed, from what both last agreed on.
    pub theirs: merge::Diff,
    /// Annotations both changed differently: this window's version was kept.
    pub conflicts: Vec<merge::Conflict>,
    /// Entities or article details both changed differently: this window's version was kept.
    pub other_conflicts: usize,
    /// They removed the sidecar.
    pub removed: bool,
    /// There were unsaved changes here, merged with theirs.
    pub merged: bool,
}

/// An open article and everything needed to change its annotations.
pub struct Session {
    opened: Opened,
    history: History,
    revision: u64,
    /// The revision the sidecar on disk holds (`None`: none does, as after the sidecar was
    /// removed by someone else).
    saved_revision: Option<u64>,
    index: TextIndex,
    /// Where each name searched for is in the text (the text never changes in a session).
    name_matches: std::sync::Mutex<
        std::collections::HashMap<String, std::sync::Arc<[crate::matching::Match]>>,
    >,
    /// Who new annotations are by.
    pub author: String,
}

impl Session {
    /// Starts annotating an opened article.
    pub fn new(opened: Opened) -> Self {
        // Folded here, on the thread that opens the article, if placing it did not already.
        opened.article.folded();
        let index = IndexedText::new(&opened.article.text).index();
        Self {
            opened,
            history: History::default(),
            revision: 0,
            saved_revision: Some(0),
            index,
            name_matches: std::sync::Mutex::default(),
            author: default_author(),
        }
    }

    /// The article and its sidecar.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// Takes the article's lock (see [`Opened::lock`]).
    pub fn lock(&mut self) {
        self.opened.lock();
    }

    /// See [`Opened::forget_article_change`].
    pub fn forget_article_change(&mut self) {
        self.opened.forget_article_change();
    }

    /// Edits although another Marsad holds the article.
    pub fn ignore_lock(&mut self) {
        self.opened.ignore_lock();
    }

    /// The annotations.
    pub fn document(&self) -> &Document {
        &self.opened.document
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.opened.article.text
    }

    /// The article text, indexed by code point.
    pub fn indexed(&self) -> IndexedText<'_> {
        IndexedText::attach(&self.opened.article.text, &self.index)
    }

    /// The article text folded for matching, computed once (see [`Article::folded`]).
    ///
    /// [`Article::folded`]: crate::article::Article::folded
    pub fn folded(&self) -> &Folded {
        self.opened.article.folded()
    }

    /// Goes up by one with every change, undo and redo included.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies a command through the undo history.
    pub fn apply(&mut self, command: Command, now: Timestamp) -> Result<Applied, CommandError> {
        if let Some(reason) = self.opened.read_only_reason() {
            return Err(CommandError::ReadOnly(reason));
        }
        let (edit, applied) = self.plan(command, now)?;
        self.history.apply(&mut self.opened.document, edit)?;
        self.revision += 1;
        Ok(applied)
    }

    /// Undoes the last change; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.opened.document);
        self.revision += u64::from(done);
        done
    }

    /// Redoes the last undone change; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.opened.document);
        self.revision += u64::from(done);
        done
    }

    /// A snapshot to save off the frame path, with the revision it holds.
    pub fn save_job(&self) -> Result<(SaveJob, u64), SidecarError> {
        Ok((self.opened.save_job()?, self.revision))
    }

    /// Records that the snapshot of `revision` was written.
    pub fn saved(&mut self, revision: u64, saved: Saved) {
        self.opened.saved(saved);
        self.saved_revision = Some(revision);
    }

    /// Saves now, on this thread (closing the window, switching articles). When someone else
    /// wrote the sidecar meanwhile, their annotations are merged in first (see
    /// [`Self::merge_from_disk`]) and the merge is saved; what conflicted is returned.
    pub fn save_now(&mut self) -> Result<Option<Reloaded>, SidecarError> {
        let (job, revision) = self.save_job()?;
        match job.run() {
            Ok(saved) => {
                self.saved(revision, saved);
                Ok(None)
            }
            Err(SidecarError::ChangedOnDisk { .. }) => {
                let merged = self.merge_from_disk()?;
                let (job, revision) = self.save_job()?;
                let saved = job.run()?;
                self.saved(revision, saved);
                Ok(Some(merged))
            }
            Err(e) => Err(e),
        }
    }

    /// Takes in what another writer saved to the sidecar. With nothing unsaved here, the
    /// document becomes theirs (a reload); otherwise the two are merged by id
    /// ([`merge::merge`]): a change made on one side only is kept, and a change made on both
    /// sides keeps this window's version and is reported as a conflict. Either way it is one
    /// undo step, and the next save writes the result over their file knowingly. A removed
    /// sidecar leaves the document as it is, to be written again.
    pub fn merge_from_disk(&mut self) -> Result<Reloaded, SidecarError> {
        let (disk, stamp) = self.opened.read_disk()?;
        let dirty = self.is_dirty();
        let Some(theirs) = disk else {
            let removed = self.opened.document != Document::new(&self.opened.article.text_sha256);
            self.opened.adopt_disk(None, stamp);
            if removed {
                // Nothing on disk any more: what is here is unsaved.
                self.saved_revision = None;
            }
            return Ok(Reloaded {
                removed: true,
                ..Reloaded::default()
            });
        };
        let theirs_changes = merge::diff(self.opened.base(), &theirs);
        let merged = if dirty {
            merge::merge(self.opened.base(), &self.opened.document, &theirs)
        } else {
            merge::Merged {
                document: theirs.clone(),
                conflicts: Vec::new(),
                other_conflicts: 0,
            }
        };
        let edit = merge::edits_to(&self.opened.document, &merged.document);
        if !matches!(&edit, Edit::Batch(edits) if edits.is_empty()) {
            self.history
                .apply(&mut self.opened.document, edit)
                .map_err(|e| SidecarError::Merge {
                    path: self.opened.sidecar_path.clone(),
                    message: e.to_string(),
                })?;
            self.revision += 1;
        }
        let same = merged.document == theirs;
        self.opened.adopt_disk(Some(theirs), stamp);
        if same {
            self.saved_revision = Some(self.revision);
        }
        Ok(Reloaded {
            theirs: theirs_changes,
            conflicts: merged.conflicts,
            other_conflicts: merged.other_conflicts,
            removed: false,
            merged: dirty,
        })
    }

    /// Turns a command into one edit.
    fn plan(&self, command: Command, now: Timestamp) -> Result<(Edit, Applied), CommandError> {
        let doc = self.document();
        match command {
            Command::Tag { kind, range, link } => self.plan_tag(kind, range, link, now),
            Command::TagAll { entity, ranges } => self.plan_tag_all(entity, ranges, now),
            Command::Untag(id) => {
                let a = doc.annotation(id).ok_or(CommandError::NoAnnotation)?;
                let mut edits = vec![Edit::RemoveAnnotation(id)];
                edits.extend(self.drop_if_unused(a.entity, id));
                Ok((Edit::Batch(edits), Applied::default()))
            }
            Command::Relink { annotation, link } => {
                let a = doc
                    .annotation(annotation)
                    .ok_or(CommandError::NoAnnotation)?;
                let mut edits = Vec::new();
                let mut changed = a.clone();
                changed.entity = self.resolve(a.kind, &a.span.quote, link, &mut edits)?;
                changed.modified = now;
                let entity = changed.entity;
                edits.push(Edit::PutAnnotation(Box::new(changed)));
                if a.entity != entity {
                    edits.extend(self.drop_if_unused(a.entity, annotation));
                }
                Ok((
                    Edit::Batch(edits),
                    Applied {
                        annotation: Some(annotation),
                        entity,
                    },
                ))
            }
            Command::SetSpeaker { claim, speaker } => {
                if let Some(s) = speaker {
                    let e = doc.entity(s).ok_or(EditError::NoEntity(s))?;
                    if e.kind != crate::model::EntityKind::Actor {
                        return Err(CommandError::NotAnActor);
                    }
                }
                let mut a = doc
                    .annotation(claim)
                    .ok_or(CommandError::NoAnnotation)?
                    .clone();
                let details = a.claim.as_mut().ok_or(CommandError::NotAClaim)?;
                details.speaker = speaker;
                a.modified = now;
                Ok(put(a))
            }
            Command::SetCue { claim, range } => {
                let mut a = doc
                    .annotation(claim)
                    .ok_or(CommandError::NoAnnotation)?
                    .clone();
                let cue = match range {
                    Some(r) => Some(self.span(r, true)?),
                    None => None,
                };
                a.claim.as_mut().ok_or(CommandError::NotAClaim)?.cue = cue;
                a.modified = now;
                Ok(put(a))
            }
            Command::UpdateAnnotation(mut a) => {
                a.modified = now;
                Ok(put(*a))
            }
            Command::UpdateEntity(e) => {
                let id = e.id;
                Ok((
                    Edit::PutEntity(e),
                    Applied {
                        annotation: None,
                        entity: Some(id),
                    },
                ))
            }
            Command::SetMeta(meta) => Ok((Edit::SetMeta(meta), Applied::default())),
            Command::Replace(target) => {
                target.validate()?;
                Ok((merge::edits_to(doc, &target), Applied::default()))
            }
            Command::Adopt {
                id,
                annotation,
                orphan,
                entities,
            } => Self::plan_adopt(doc, id, annotation, orphan, &entities),
        }
    }

    /// Plans [`Command::Adopt`].
    fn plan_adopt(
        doc: &Document,
        id: AnnotationId,
        annotation: Option<Box<Annotation>>,
        orphan: bool,
        entities: &[Entity],
    ) -> Result<(Edit, Applied), CommandError> {
        let Some(a) = annotation else {
            doc.annotation(id).ok_or(CommandError::NoAnnotation)?;
            return Ok((Edit::RemoveAnnotation(id), Applied::default()));
        };
        let speaker = a.claim.as_ref().and_then(|c| c.speaker);
        let mut edits: Vec<Edit> = a
            .entity
            .iter()
            .chain(speaker.iter())
            .filter(|e| doc.entity(**e).is_none())
            .filter_map(|e| entities.iter().find(|x| x.id == *e))
            .map(|e| Edit::PutEntity(Box::new(e.clone())))
            .collect();
        let applied = Applied {
            annotation: (!orphan).then_some(id),
            entity: None,
        };
        if doc.annotation(id).is_some() && doc.is_orphan(id) != orphan {
            edits.push(Edit::RemoveAnnotation(id));
        }
        edits.push(if orphan {
            Edit::PutOrphan(a)
        } else {
            Edit::PutAnnotation(a)
        });
        Ok((Edit::Batch(edits), applied))
    }

    fn plan_tag_all(
        &self,
        entity: EntityId,
        ranges: Vec<Range<usize>>,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let doc = self.document();
        let target = doc.entity(entity).ok_or(EditError::NoEntity(entity))?;
        let kind = match target.kind {
            crate::model::EntityKind::Actor => AnnotationKind::Actor,
            crate::model::EntityKind::Location => AnnotationKind::Location,
        };
        let mut edits = Vec::with_capacity(ranges.len());
        for range in ranges {
            let span = self.span(range, kind != AnnotationKind::Claim)?;
            if self.already_tagged(kind, &span) {
                continue;
            }
            let mut a = Annotation::new(kind, span, self.author.clone(), now);
            a.entity = Some(entity);
            edits.push(Edit::PutAnnotation(Box::new(a)));
        }
        if edits.is_empty() {
            return Err(CommandError::NothingToTag);
        }
        Ok((
            Edit::Batch(edits),
            Applied {
                annotation: None,
                entity: Some(entity),
            },
        ))
    }

    fn plan_tag(
        &self,
        kind: AnnotationKind,
        range: Range<usize>,
        link: Link,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let span = self.span(range, kind != AnnotationKind::Claim)?;
        if self.already_tagged(kind, &span) {
            return Err(CommandError::AlreadyTagged {
                quote: span.quote,
                kind,
            });
        }
        let mut edits = Vec::new();
        let mut a = Annotation::new(kind, span, self.author.clone(), now);
        if kind != AnnotationKind::Claim {
            a.entity = self.resolve(kind, &a.span.quote, link, &mut edits)?;
        }
        let applied = Applied {
            annotation: Some(a.id),
            entity: a.entity,
        };
        edits.push(Edit::PutAnnotation(Box::new(a)));
        Ok((Edit::Batch(edits), applied))
    }

    /// The entity a link names, adding the edit that creates a new one.
    fn resolve(
        &self,
        kind: AnnotationKind,
        quote: &str,
        link: Link,
        edits: &mut Vec<Edit>,
    ) -> Result<Option<EntityId>, CommandError> {
        let Some(entity_kind) = entity_kind_for(kind) else {
            return Ok(None);
        };
        let name = match link {
            Link::Nothing => return Ok(None),
            Link::Entity(id) => {
                let e = self.document().entity(id).ok_or(EditError::NoEntity(id))?;
                if e.kind != entity_kind {
                    return Err(CommandError::WrongKind(kind));
                }
                return Ok(Some(id));
            }
            Link::Auto => match self.candidates(kind, quote).first() {
                Some(id) => return Ok(Some(*id)),
                None => self.suggested_name(quote),
            },
            Link::New(name) => name,
        };
        let entity = Entity::new(entity_kind, name.trim());
        let id = entity.id;
        edits.push(Edit::PutEntity(Box::new(entity)));
        Ok(Some(id))
    }

    /// Removing the entity of an annotation being removed or relinked, if no other annotation
    /// refers to it and nothing was filled in beyond its name: an entity made for one mention
    /// goes with it (undo brings both back), but one the analyst described is kept.
    fn drop_if_unused(&self, entity: Option<EntityId>, leaving: AnnotationId) -> Option<Edit> {
        let entity = entity?;
        let doc = self.document();
        let e = doc.entity(entity)?;
        let bare = e.aliases.is_empty()
            && e.actor_type.is_none()
            && e.wikidata.is_none()
            && e.coordinates.is_none()
            && e.admin.is_empty()
            && e.precision.is_none()
            && e.note.is_empty();
        if !bare {
            return None;
        }
        let used = doc.all().any(|a| {
            a.id != leaving
                && (a.entity == Some(entity)
                    || a.claim.as_ref().is_some_and(|c| c.speaker == Some(entity)))
        });
        (!used).then_some(Edit::RemoveEntity(entity))
    }

    /// The span of `range`, trimmed of spaces and direction controls, and with `punctuation`
    /// also of the punctuation a drag tends to catch («», quotes, commas, full stops,
    /// brackets): mentions and cues are words, claims keep their marks.
    pub fn span(&self, range: Range<usize>, punctuation: bool) -> Result<Span, CommandError> {
        let idx = self.indexed();
        let end = range.end.min(idx.len_chars());
        let start = range.start.min(end);
        let text = idx.slice(start, end).ok_or(CommandError::EmptySpan)?;
        let trim = |c: char| {
            c.is_whitespace()
                || (punctuation && is_edge_punctuation(c))
                || crate::text::is_bidi_control(c)
        };
        let lead = text.chars().take_while(|&c| trim(c)).count();
        let kept = text[text.len() - text.trim_start_matches(trim).len()..].trim_end_matches(trim);
        let first = start + lead;
        let end = idx.grapheme_ceil(first + kept.chars().count());
        let start = idx.grapheme_floor(first);
        Span::capture(&idx, start, end).ok_or(CommandError::EmptySpan)
    }

    fn already_tagged(&self, kind: AnnotationKind, span: &Span) -> bool {
        let doc = self.document();
        let from = doc
            .annotations()
            .partition_point(|a| a.span.start < span.start);
        doc.annotations()[from..]
            .iter()
            .take_while(|a| a.span.start == span.start)
            .any(|a| a.kind == kind && a.span.end == span.end)
    }
}

/// Applying an annotation change, selecting it.
fn put(a: Annotation) -> (Edit, Applied) {
    let applied = Applied {
        annotation: Some(a.id),
        entity: a.entity,
    };
    (Edit::PutAnnotation(Box::new(a)), applied)
}

/// Punctuation trimmed from the edges of a mention.
fn is_edge_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '«' | '»'
                | '،'
                | '؛'
                | '؟'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '…'
                | '–'
                | '—'
                | '٪'
                | '۔'
        )
}

/// The login name, for the author field of new annotations.
fn default_author() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default()
}
