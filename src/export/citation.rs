//! Citations of claims: «quote» — speaker, outlet, publication date, URL, and the date accessed.
//! Plain text wraps every right-to-left part in a right-to-left isolate (U+2067 … U+2069),
//! so that it pastes in order into a left-to-right document; other parts that could be taken
//! for either direction get a first-strong isolate (U+2068). Markdown does the same, HTML
//! marks direction with `dir`, and CSL-JSON gives reference managers the fields.

use std::fmt::Write as _;

use jiff::civil::Date;
use serde_json::{Value, json};

use super::Source;
use crate::model::Annotation;

/// Right-to-left isolate.
pub const RLI: char = '\u{2067}';
/// First-strong isolate.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate.
pub const PDI: char = '\u{2069}';

/// A citation format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Plain text with isolates.
    Plain,
    /// Markdown (a block quote), with isolates.
    Markdown,
    /// HTML with `dir` attributes.
    Html,
    /// CSL-JSON, for reference managers.
    CslJson,
}

impl Style {
    /// Every style, in menu order.
    pub const ALL: [Self; 4] = [Self::Plain, Self::Markdown, Self::Html, Self::CslJson];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Plain => "Plain text",
            Self::Markdown => "Markdown",
            Self::Html => "HTML",
            Self::CslJson => "CSL-JSON",
        }
    }
}

/// What is cited: one claim and the article it is in.
struct Parts {
    quote: String,
    language: Option<String>,
    speaker: Option<String>,
    outlet: Option<String>,
    published: Option<Date>,
    url: Option<String>,
    title: String,
    id: String,
}

fn parts(source: &Source<'_>, claim: &Annotation) -> Parts {
    let meta = &source.meta;
    Parts {
        quote: one_line(&claim.span.quote),
        language: meta.language.clone(),
        speaker: source.document.entity_of(claim).map(|e| e.name.clone()),
        outlet: meta.outlet.clone(),
        published: meta.published,
        url: meta.url.clone(),
        title: source.title.clone(),
        id: claim.id.to_string(),
    }
}

/// Whether a text's first strong letter is right to left.
fn is_rtl(text: &str) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    text.chars()
        .map(bidi_class)
        .find(|c| matches!(c, BidiClass::L | BidiClass::R | BidiClass::AL))
        .is_some_and(|c| c != BidiClass::L)
}

/// Whitespace runs (line breaks included) as single spaces: a citation is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A part isolated from the sentence around it: right-to-left isolate for Arabic, first-strong
/// for anything else that is not plain Latin.
pub fn isolate(text: &str) -> String {
    // A direction control left open inside a quote would swallow the isolate around it.
    let text = &crate::text::without_bidi_controls(text);
    if is_rtl(text) {
        format!("{RLI}{text}{PDI}")
    } else if text.is_ascii() {
        text.to_owned()
    } else {
        format!("{FSI}{text}{PDI}")
    }
}

/// The quote without the quotation marks it may already carry (and punctuation after them).
fn bare_quote(quote: &str) -> &str {
    let trimmed = quote.trim_end_matches(['.', '،', ',', '؛', ';', ':', ' ']);
    for (open, close) in [('«', '»'), ('"', '"'), ('“', '”')] {
        if let Some(inner) = trimmed
            .strip_prefix(open)
            .and_then(|q| q.strip_suffix(close))
            .filter(|inner| !inner.contains(close))
        {
            return inner;
        }
    }
    quote
}

/// ", outlet, date, URL (accessed DATE)", with the outlet and URL written by `outlet` and
/// `url`.
fn tail(
    p: &Parts,
    accessed: Date,
    outlet: impl Fn(&str) -> String,
    url: impl Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    let parts = [
        p.outlet.as_deref().map(outlet),
        p.published.map(|d| d.to_string()),
        p.url.as_deref().map(url),
    ];
    for part in parts.into_iter().flatten() {
        out.push_str(", ");
        out.push_str(&part);
    }
    let _ = write!(out, " (accessed {accessed})");
    out
}

/// Cites claims in a style; several are separated by a blank line (one array in CSL-JSON).
pub fn cite(source: &Source<'_>, claims: &[&Annotation], style: Style, accessed: Date) -> String {
    let all: Vec<Parts> = claims.iter().map(|c| parts(source, c)).collect();
    match style {
        Style::Plain => all
            .iter()
            .map(|p| plain(p, accessed))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Style::Markdown => all
            .iter()
            .map(|p| markdown(p, accessed))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Style::Html => all
            .iter()
            .map(|p| html(p, accessed))
            .collect::<Vec<_>>()
            .join("\n"),
        Style::CslJson => {
            let items: Vec<Value> = all.iter().map(|p| csl(p, accessed)).collect();
            serde_json::to_string_pretty(&items).unwrap_or_default()
        }
    }
}

/// " — speaker", isolated, or nothing.
fn speaker_part(p: &Parts) -> String {
    p.speaker
        .as_deref()
        .map_or(String::new(), |s| format!(" — {}", isolate(s)))
}

fn plain(p: &Parts, accessed: Date) -> String {
    let speaker = speaker_part(p);
    format!(
        "«{}»{speaker}{}",
        isolate(bare_quote(&p.quote)),
        tail(p, accessed, isolate, str::to_owned)
    )
}

fn markdown(p: &Parts, accessed: Date) -> String {
    let speaker = speaker_part(p);
    format!(
        "> «{}»\n>\n>{speaker}{}",
        isolate(bare_quote(&p.quote)),
        tail(
            p,
            accessed,
            |o| format!("*{}*", isolate(o)),
            |u| format!("<{u}>")
        )
    )
}

fn html(p: &Parts, accessed: Date) -> String {
    use super::html::escape;
    let speaker = p.speaker.as_deref().map_or(String::new(), |s| {
        format!(" — <span dir=\"auto\">{}</span>", escape(s))
    });
    let line = tail(
        p,
        accessed,
        |o| format!("<cite dir=\"auto\">{}</cite>", escape(o)),
        super::html::link,
    );
    format!(
        "<blockquote dir=\"{}\"{}>«{}»</blockquote>\n<p dir=\"ltr\">{speaker}{line}</p>",
        if is_rtl(&p.quote) { "rtl" } else { "ltr" },
        p.language
            .as_deref()
            .map_or(String::new(), |l| format!(" lang=\"{}\"", escape(l))),
        escape(bare_quote(&p.quote))
    )
}

fn date_parts(d: Date) -> Value {
    json!({ "date-parts": [[d.year(), d.month(), d.day()]] })
}

fn csl(p: &Parts, accessed: Date) -> Value {
    let mut item = json!({
        "id": p.id,
        "type": "article-newspaper",
        "title": p.title,
        "note": format!("«{}»{}", bare_quote(&p.quote),
            p.speaker.as_deref().map_or(String::new(), |s| format!(" — {s}"))),
        "accessed": date_parts(accessed),
    });
    if let Some(outlet) = &p.outlet {
        item["container-title"] = json!(outlet);
    }
    if let Some(url) = &p.url {
        item["URL"] = json!(url);
    }
    if let Some(d) = p.published {
        item["issued"] = date_parts(d);
    }
    if let Some(language) = &p.language {
        item["language"] = json!(language);
    }
    item
}
