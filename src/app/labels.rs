//! The window's words for the model's values: claim status, source reliability, credibility,
//! quotation, relation, ACLED actor type and geographic precision. The model keeps one stable
//! name per value for files and exports; every label the window shows comes from here (the
//! Fluent files, assets/i18n).

use crate::i18n::{Arg, Strings};
use crate::model::merge::Diff;
use crate::model::{
    ActorType, AnnotationKind, ClaimRelationKind, ClaimStatus, Credibility, GeoPrecision,
    QuoteKind, Reliability,
};

/// Shown for a value not set.
pub const UNSET: &str = "—";

/// A claim's status.
pub fn status(strings: &Strings, status: ClaimStatus) -> String {
    strings.get(&format!("claim-status-{}", status.name()))
}

/// Admiralty source reliability, A to F.
pub fn reliability(strings: &Strings, value: Reliability) -> String {
    let letter = match value {
        Reliability::A => "a",
        Reliability::B => "b",
        Reliability::C => "c",
        Reliability::D => "d",
        Reliability::E => "e",
        Reliability::F => "f",
    };
    strings.get(&format!("reliability-{letter}"))
}

/// Admiralty information credibility, 1 to 6.
pub fn credibility(strings: &Strings, value: Credibility) -> String {
    strings.get(&format!("credibility-{}", value.get()))
}

/// Whether a claim is quoted directly.
pub fn quotation(strings: &Strings, value: QuoteKind) -> String {
    strings.get(match value {
        QuoteKind::Indirect => "quotation-indirect",
        QuoteKind::Direct => "quotation-direct",
    })
}

/// How a claim answers another.
pub fn relation(strings: &Strings, value: Option<ClaimRelationKind>) -> String {
    strings.get(match value {
        None => "relation-none",
        Some(ClaimRelationKind::Denies) => "relation-denies",
        Some(ClaimRelationKind::Disputes) => "relation-disputes",
    })
}

/// An ACLED actor type, with its code.
pub fn actor_type(strings: &Strings, value: ActorType) -> String {
    let code = u8::from(value);
    format!("{code} {}", strings.get(&format!("actor-type-{code}")))
}

/// How precisely a location's coordinates place it.
pub fn precision(strings: &Strings, value: GeoPrecision) -> String {
    strings.get(match value {
        GeoPrecision::Exact => "precision-exact",
        GeoPrecision::Near => "precision-near",
        GeoPrecision::Region => "precision-region",
    })
}

/// What a recovery file or another writer's sidecar changes, in the window's language.
pub fn diff_summary(strings: &Strings, diff: &Diff) -> String {
    let count = |id: &str, n: usize| strings.format(id, &[("count", Arg::Number(n))]);
    let mut parts = Vec::new();
    if !diff.added.is_empty() {
        parts.push(count("diff-added", diff.added.len()));
    }
    if !diff.removed.is_empty() {
        parts.push(count("diff-removed", diff.removed.len()));
    }
    if !diff.changed.is_empty() {
        parts.push(count("diff-changed", diff.changed.len()));
    }
    if diff.entities > 0 {
        parts.push(count("diff-entities", diff.entities));
    }
    if diff.meta {
        parts.push(strings.get("diff-meta"));
    }
    if parts.is_empty() {
        strings.get("diff-none")
    } else {
        parts.join(&strings.get("list-separator"))
    }
}

/// An annotation kind, as a noun in a list ("actor: «…»").
pub fn kind(strings: &Strings, kind: AnnotationKind) -> String {
    strings.get(match kind {
        AnnotationKind::Actor => "kind-actor",
        AnnotationKind::Location => "kind-location",
        AnnotationKind::Claim => "kind-claim",
    })
}

/// A citation style, as its button and notice name it.
pub fn citation_style(strings: &Strings, style: crate::export::citation::Style) -> String {
    use crate::export::citation::Style;
    strings.get(match style {
        Style::Plain => "citation-plain",
        Style::Markdown => "citation-markdown",
        Style::Html => "citation-html",
        Style::CslJson => "citation-csl-json",
    })
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
