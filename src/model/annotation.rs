//! Annotations: tagged spans. Actor and location mentions point to an entity; claims carry
//! their speaker, cue, status and rating.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::ids::{AnnotationId, EntityId};
use super::span::Span;

/// What a span was tagged as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AnnotationKind {
    /// A mention of who acts.
    Actor,
    /// A mention of a place.
    Location,
    /// Something someone asserts.
    Claim,
}

impl AnnotationKind {
    /// All kinds, in display order.
    pub const ALL: [Self; 3] = [Self::Actor, Self::Location, Self::Claim];

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Location => "location",
            Self::Claim => "claim",
        }
    }
}

impl std::fmt::Display for AnnotationKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// How a claim stands after checking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimStatus {
    /// Not checked yet.
    #[default]
    Unverified,
    /// Other sources support it.
    Corroborated,
    /// Others contest it.
    Disputed,
    /// The party concerned denies it.
    Denied,
    /// Shown to be false.
    False,
}

impl ClaimStatus {
    /// Every status, in order of checking.
    pub const ALL: [Self; 5] = [
        Self::Unverified,
        Self::Corroborated,
        Self::Disputed,
        Self::Denied,
        Self::False,
    ];

    /// Its lowercase name, as exports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Unverified => "unverified",
            Self::Corroborated => "corroborated",
            Self::Disputed => "disputed",
            Self::Denied => "denied",
            Self::False => "false",
        }
    }

    /// Its name as the window shows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unverified => "Unverified",
            Self::Corroborated => "Corroborated",
            Self::Disputed => "Disputed",
            Self::Denied => "Denied",
            Self::False => "False",
        }
    }
}

/// Admiralty-scale reliability of the source, A (reliable) to F (cannot be judged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reliability {
    /// Completely reliable.
    A,
    /// Usually reliable.
    B,
    /// Fairly reliable.
    C,
    /// Not usually reliable.
    D,
    /// Unreliable.
    E,
    /// Reliability cannot be judged.
    F,
}

impl Reliability {
    /// Its letter, A to F.
    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
            Self::D => "D",
            Self::E => "E",
            Self::F => "F",
        }
    }
}

/// Admiralty-scale credibility of the information, 1 (confirmed) to 6 (cannot be judged),
/// stored as its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Credibility(u8);

impl Credibility {
    /// A credibility of 1 to 6.
    pub fn new(n: u8) -> Option<Self> {
        (1..=6).contains(&n).then_some(Self(n))
    }

    /// Its number, 1 to 6.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Credibility {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Self::new(n)
            .ok_or_else(|| format!("credibility {n} is not on the Admiralty scale of 1 to 6"))
    }
}

impl From<Credibility> for u8 {
    fn from(c: Credibility) -> u8 {
        c.0
    }
}

/// Whether the claim quotes its speaker's words or reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// Reported speech: "he said that …".
    #[default]
    Indirect,
    /// The speaker's own words, in quotation marks.
    Direct,
}

impl QuoteKind {
    /// Its lowercase name, as exports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
        }
    }
}

/// How one claim answers another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimRelationKind {
    /// It denies the other claim.
    Denies,
    /// It disputes the other claim.
    Disputes,
}

impl ClaimRelationKind {
    /// Its lowercase name: "denies", "disputes".
    pub fn name(self) -> &'static str {
        match self {
            Self::Denies => "denies",
            Self::Disputes => "disputes",
        }
    }
}

/// A link from a claim to the claim it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRelation {
    /// Denies or disputes.
    pub kind: ClaimRelationKind,
    /// The claim answered.
    pub target: AnnotationId,
}

/// What only claims carry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Who asserts it: an actor entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<EntityId>,
    /// The cue: قال، أعلن، نفى، أكد…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    /// How it stands.
    #[serde(default)]
    pub status: ClaimStatus,
    /// Admiralty source reliability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    /// Admiralty information credibility.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credibility: Option<Credibility>,
    /// Direct or indirect quotation.
    #[serde(default)]
    pub quotation: QuoteKind,
    /// The claim this one denies or disputes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<ClaimRelation>,
}

/// A tagged span of the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// Stable id.
    pub id: AnnotationId,
    /// Actor, location or claim.
    pub kind: AnnotationKind,
    /// The tagged text.
    pub span: Span,
    /// The entity an actor or location mention refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
    /// Claim details; present exactly when `kind` is `Claim`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// Set when re-anchoring placed it on text that differs from its quote: the quote it had,
    /// for the analyst to review and clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_quote: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Who made it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// When it was made.
    pub created: Timestamp,
    /// When it last changed.
    pub modified: Timestamp,
}

impl Annotation {
    /// A new annotation of `kind` over `span`, made now by `author`. Claims get default
    /// claim details.
    pub fn new(
        kind: AnnotationKind,
        span: Span,
        author: impl Into<String>,
        now: Timestamp,
    ) -> Self {
        Self {
            id: AnnotationId::new(),
            kind,
            span,
            entity: None,
            claim: (kind == AnnotationKind::Claim).then(Claim::default),
            previous_quote: None,
            note: String::new(),
            author: author.into(),
            created: now,
            modified: now,
        }
    }

    /// The spans it covers: its own, and a claim's cue.
    pub fn spans(&self) -> impl Iterator<Item = &Span> {
        std::iter::once(&self.span).chain(self.claim.as_ref().and_then(|c| c.cue.as_ref()))
    }
}
