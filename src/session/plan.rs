//! How a command becomes an edit: each [`Command`] is checked against the document and
//! planned as one [`Edit`] (with what it made), which the history applies and can undo.

use std::ops::Range;

use jiff::Timestamp;

use super::{Applied, Command, CommandError, Link, Session, entity_kind_for};
use crate::model::{
    Annotation, AnnotationId, AnnotationKind, Document, Edit, EditError, Entity, EntityId, Span,
    merge,
};

impl Session {
    /// Turns a command into one edit.
    pub(super) fn plan(
        &self,
        command: Command,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let doc = self.document();
        match command {
            Command::Tag { kind, range, link } => self.plan_tag(kind, range, link, now),
            Command::TagAll { entity, ranges } => self.plan_tag_all(entity, ranges, now),
            Command::AcceptSuggestions { entity, ranges } => self.plan_accept(*entity, ranges, now),
            Command::RejectSuggestions(rejections) => {
                let mut corpus = doc.corpus.clone();
                corpus.reject(rejections);
                Ok((Edit::SetCorpus(Box::new(corpus)), Applied::default()))
            }
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

    /// Plans [`Command::AcceptSuggestions`]: the entity first, if the article lacks it.
    fn plan_accept(
        &self,
        entity: Entity,
        ranges: Vec<Range<usize>>,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let doc = self.document();
        let known = doc.entity(entity.id);
        let (tags, applied) = self.plan_tag_all_of(known.unwrap_or(&entity), ranges, now)?;
        let mut edits = Vec::with_capacity(2);
        if known.is_none() {
            edits.push(Edit::PutEntity(Box::new(entity)));
        }
        edits.push(tags);
        Ok((Edit::Batch(edits), applied))
    }

    fn plan_tag_all(
        &self,
        entity: EntityId,
        ranges: Vec<Range<usize>>,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let target = self
            .document()
            .entity(entity)
            .ok_or(EditError::NoEntity(entity))?;
        self.plan_tag_all_of(target, ranges, now)
    }

    /// Plans tagging mentions of `target` (an entity of the document, or one about to be).
    fn plan_tag_all_of(
        &self,
        target: &Entity,
        ranges: Vec<Range<usize>>,
        now: Timestamp,
    ) -> Result<(Edit, Applied), CommandError> {
        let entity = target.id;
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
