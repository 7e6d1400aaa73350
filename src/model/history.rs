//! Edits to a document and the undo history. Every change to annotations, entities and
//! metadata is an [`Edit`]; applying one returns its inverse, so undo and redo are the same
//! operation, and one stack sees every change: the session applies every command through it.

use super::{Annotation, AnnotationId, ArticleMeta, CorpusLink, Document, Entity, EntityId};

/// One change to a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds an annotation, or replaces the one with its id.
    PutAnnotation(Box<Annotation>),
    /// Removes an annotation.
    RemoveAnnotation(AnnotationId),
    /// Adds an orphan, or replaces the annotation with its id by it (undoing the removal of
    /// an orphan puts it back among the orphans).
    PutOrphan(Box<Annotation>),
    /// Adds an entity, or replaces the one with its id.
    PutEntity(Box<Entity>),
    /// Removes an entity no annotation refers to.
    RemoveEntity(EntityId),
    /// Replaces the article metadata.
    SetMeta(Box<ArticleMeta>),
    /// Replaces the article's link to its corpus (suggestions turned down, linked ids).
    SetCorpus(Box<CorpusLink>),
    /// Several edits that undo as one (tagging all occurrences, say).
    Batch(Vec<Edit>),
}

/// Why an edit was refused. The document is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The annotation to remove does not exist.
    #[error("there is no annotation {0}")]
    NoAnnotation(AnnotationId),
    /// The entity to remove does not exist.
    #[error("there is no entity {0}")]
    NoEntity(EntityId),
    /// The entity is still referred to.
    #[error("entity {0} is still linked from annotations; unlink them first")]
    EntityInUse(EntityId),
    /// The annotation refers to an entity that does not exist.
    #[error("annotation {id} refers to entity {entity}, which does not exist")]
    MissingEntity {
        /// The annotation.
        id: AnnotationId,
        /// The entity.
        entity: EntityId,
    },
    /// The annotation covers no text, or its claim details do not fit its kind.
    #[error(
        "annotation {0} is malformed: an empty span, or claim details that do not fit its kind"
    )]
    Malformed(AnnotationId),
}

impl Document {
    /// Applies an edit and returns the edit that undoes it. A batch is all or nothing.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::PutAnnotation(a) => {
                self.check_annotation(&a)?;
                let inverse = match self.annotation(a.id) {
                    Some(old) => Edit::PutAnnotation(Box::new(old.clone())),
                    None => Edit::RemoveAnnotation(a.id),
                };
                self.upsert_annotation(*a);
                Ok(inverse)
            }
            Edit::RemoveAnnotation(id) => {
                let orphan = self.is_orphan(id);
                self.remove_annotation(id)
                    .map(|old| {
                        if orphan {
                            Edit::PutOrphan(Box::new(old))
                        } else {
                            Edit::PutAnnotation(Box::new(old))
                        }
                    })
                    .ok_or(EditError::NoAnnotation(id))
            }
            Edit::PutOrphan(a) => {
                self.check_annotation(&a)?;
                let inverse = match self.annotation(a.id) {
                    Some(old) if self.is_orphan(a.id) => Edit::PutOrphan(Box::new(old.clone())),
                    Some(old) => Edit::PutAnnotation(Box::new(old.clone())),
                    None => Edit::RemoveAnnotation(a.id),
                };
                self.upsert_orphan(*a);
                Ok(inverse)
            }
            Edit::PutEntity(e) => {
                let inverse = match self.entity(e.id) {
                    Some(old) => Edit::PutEntity(Box::new(old.clone())),
                    None => Edit::RemoveEntity(e.id),
                };
                self.upsert_entity(*e);
                Ok(inverse)
            }
            Edit::RemoveEntity(id) => {
                if self.all().any(|a| refers_to(a, id)) {
                    return Err(EditError::EntityInUse(id));
                }
                self.remove_entity(id)
                    .map(|old| Edit::PutEntity(Box::new(old)))
                    .ok_or(EditError::NoEntity(id))
            }
            Edit::SetMeta(meta) => Ok(Edit::SetMeta(Box::new(std::mem::replace(
                &mut self.meta,
                *meta,
            )))),
            Edit::SetCorpus(mut corpus) => {
                corpus.sort();
                Ok(Edit::SetCorpus(Box::new(std::mem::replace(
                    &mut self.corpus,
                    *corpus,
                ))))
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied, newest first.
                            for inverse in inverses.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    fn check_annotation(&self, a: &Annotation) -> Result<(), EditError> {
        let claim_fits = (a.kind == super::AnnotationKind::Claim) == a.claim.is_some();
        if a.span.is_empty() || !claim_fits {
            return Err(EditError::Malformed(a.id));
        }
        let speaker = a.claim.as_ref().and_then(|c| c.speaker);
        for entity in a.entity.iter().chain(speaker.iter()) {
            if self.entity(*entity).is_none() {
                return Err(EditError::MissingEntity {
                    id: a.id,
                    entity: *entity,
                });
            }
        }
        Ok(())
    }
}

fn refers_to(a: &Annotation, id: EntityId) -> bool {
    a.entity == Some(id) || a.claim.as_ref().is_some_and(|c| c.speaker == Some(id))
}

/// The undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl History {
    /// Applies an edit to `doc` and records it; a new edit clears what could be redone.
    pub fn apply(&mut self, doc: &mut Document, edit: Edit) -> Result<(), EditError> {
        let inverse = doc.apply(edit)?;
        self.undo.push(inverse);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last edit; `false` when there is none.
    pub fn undo(&mut self, doc: &mut Document) -> bool {
        Self::step(doc, &mut self.undo, &mut self.redo)
    }

    /// Redoes the last undone edit; `false` when there is none.
    pub fn redo(&mut self, doc: &mut Document) -> bool {
        Self::step(doc, &mut self.redo, &mut self.undo)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn step(doc: &mut Document, from: &mut Vec<Edit>, to: &mut Vec<Edit>) -> bool {
        let Some(edit) = from.pop() else {
            return false;
        };
        match doc.apply(edit.clone()) {
            Ok(inverse) => {
                to.push(inverse);
                true
            }
            Err(e) => {
                // Inverses of applied edits always apply; if one ever does not, keep it so
                // nothing is lost, and say so.
                log::error!("could not undo or redo an edit: {e}");
                from.push(edit);
                false
            }
        }
    }
}
