//! The window's words for the model's values: claim status, source reliability, credibility,
//! quotation, relation, ACLED actor type and geographic precision. The model keeps one stable
//! name per value for files and exports; every label the window shows comes from here (the
//! Arabic interface will route these through its translations).

use crate::model::{
    ActorType, ClaimRelationKind, ClaimStatus, Credibility, GeoPrecision, QuoteKind, Reliability,
};

/// Shown for a value not set.
pub const UNSET: &str = "—";

/// A claim's status.
pub fn status(status: ClaimStatus) -> &'static str {
    status.label()
}

/// Admiralty source reliability, A to F.
pub fn reliability(value: Reliability) -> &'static str {
    match value {
        Reliability::A => "A completely reliable",
        Reliability::B => "B usually reliable",
        Reliability::C => "C fairly reliable",
        Reliability::D => "D not usually reliable",
        Reliability::E => "E unreliable",
        Reliability::F => "F cannot be judged",
    }
}

/// Admiralty information credibility, 1 to 6.
pub fn credibility(value: Credibility) -> &'static str {
    const LEVELS: [&str; 6] = [
        "1 confirmed",
        "2 probably true",
        "3 possibly true",
        "4 doubtful",
        "5 improbable",
        "6 cannot be judged",
    ];
    LEVELS
        .get(usize::from(value.get()).wrapping_sub(1))
        .copied()
        .unwrap_or(UNSET)
}

/// Whether a claim is quoted directly.
pub fn quotation(value: QuoteKind) -> &'static str {
    match value {
        QuoteKind::Indirect => "Indirect",
        QuoteKind::Direct => "Direct quote",
    }
}

/// How a claim answers another.
pub fn relation(value: Option<ClaimRelationKind>) -> &'static str {
    match value {
        None => "Answers no other claim",
        Some(ClaimRelationKind::Denies) => "Denies",
        Some(ClaimRelationKind::Disputes) => "Disputes",
    }
}

/// An ACLED actor type, with its code.
pub fn actor_type(value: ActorType) -> String {
    format!("{} {}", u8::from(value), value.label())
}

/// How precisely a location's coordinates place it.
pub fn precision(value: GeoPrecision) -> &'static str {
    match value {
        GeoPrecision::Exact => "1 the place itself",
        GeoPrecision::Near => "2 near it, or part of a region",
        GeoPrecision::Region => "3 only the region",
    }
}

/// Every value of an optional field with its label, unset first.
pub fn options<T: Copy, L: AsRef<str>>(
    all: impl IntoIterator<Item = T>,
    label: impl Fn(T) -> L,
) -> Vec<(Option<T>, String)> {
    std::iter::once((None, UNSET.to_owned()))
        .chain(
            all.into_iter()
                .map(|v| (Some(v), label(v).as_ref().to_owned())),
        )
        .collect()
}
