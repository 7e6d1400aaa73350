//! What can be asked of a session ([`Command`], [`Link`]), what it answers ([`Applied`],
//! [`Reloaded`]) and why it refuses ([`CommandError`]).

use std::ops::Range;

use crate::model::{
    Annotation, AnnotationId, AnnotationKind, ArticleMeta, Document, EditError, Entity, EntityId,
    merge,
};

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
    /// Tags suggested mentions of a registry entity (one, or all of the entity's), taking
    /// the entity into the article if it is not there yet: one undo step.
    AcceptSuggestions {
        /// The registry's entity.
        entity: Box<Entity>,
        /// The mentions, in article code points.
        ranges: Vec<Range<usize>>,
    },
    /// Turns suggestions down: they are not suggested in this article again.
    RejectSuggestions(Vec<crate::model::Rejection>),
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
