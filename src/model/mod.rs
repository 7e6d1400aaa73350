//! The annotation model: documents, entities, annotations and claims. Plain Rust, no egui.
//!
//! Every offset is a Unicode code point into the article's normalized text, start inclusive,
//! end exclusive, as in the W3C annotation model and brat.

mod annotation;
mod corpus;
mod document;
mod entity;
mod history;
mod ids;
pub mod merge;
mod span;
mod text;

pub use annotation::{
    Annotation, AnnotationKind, Claim, ClaimRelation, ClaimRelationKind, ClaimStatus, Credibility,
    QuoteKind, Reliability,
};
pub use corpus::{CorpusLink, Rejection};
pub use document::{ArticleMeta, Document, EntityCounts, Invalid, KindCounts};
pub use entity::{
    ActorType, AdminAreas, Coordinates, Entity, EntityKind, GeoPrecision, is_wikidata_id,
};
pub use history::{Edit, EditError, History};
pub use ids::{AnnotationId, EntityId};
pub use span::{CONTEXT_CHARS, Span};
pub use text::{IndexedText, TextIndex};
