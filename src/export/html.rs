//! A standalone HTML report: `STEM.html`. The article right to left (each paragraph takes its
//! direction from its text, `dir="auto"`), with actors and locations highlighted and claims
//! underlined, then an index of entities and a table of claims. One file, no scripts, fonts
//! named with fallbacks (Amiri, Noto Naskh Arabic, Noto Sans Arabic, then the system's serif).

use std::fmt::Write as _;

use super::{OutputFile, Source};
use crate::model::{Annotation, AnnotationKind, EntityKind};

const STYLE: &str = r#"
body { font-family: "Amiri", "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Times New Roman", serif;
       font-size: 20px; line-height: 2; max-width: 48em; margin: 2em auto; padding: 0 1em;
       color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5em; line-height: 1.4; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
.meta { color: #555; font-size: 0.8em; }
.actor { background: #cfe0fb; border-radius: 3px; }
.location { background: #cdeed6; border-radius: 3px; }
.claim { border-bottom: 3px solid #c26a00; }
.actor.location { background: linear-gradient(#cfe0fb, #cdeed6); }
table { border-collapse: collapse; width: 100%; font-size: 0.8em; line-height: 1.5; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: start; }
th { background: #f3f3f3; }
.key { display: inline-block; padding: 0 0.4em; margin-inline-end: 1em; }
"#;

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link to `url` if it is http or https; otherwise the address as text (a report is shared,
/// and a `javascript:` link in it would run).
pub fn link(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<a href=\"{0}\">{0}</a>", escape(url.trim()))
    } else {
        escape(url)
    }
}

/// What hovering a highlight says.
fn describe(source: &Source<'_>, a: &Annotation) -> String {
    match source.document.entity_of(a) {
        Some(e) if a.kind == AnnotationKind::Claim => format!("claim — {}", e.name),
        Some(e) => format!("{} — {}", a.kind, e.name),
        None => a.kind.label().to_owned(),
    }
}

/// The article's paragraphs as HTML, highlights in place.
fn body(source: &Source<'_>) -> String {
    let annotations = source.document.annotations();
    let chars: Vec<char> = source.text.chars().collect();
    // Every place a highlight starts or ends cuts the text into runs.
    let mut cuts: Vec<usize> = annotations
        .iter()
        .flat_map(|a| [a.span.start, a.span.end])
        .chain(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .flat_map(|(i, _)| [i, i + 1]),
        )
        .chain([0, chars.len()])
        .filter(|&i| i <= chars.len())
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    let mut open = false;
    let mut sweep = super::Sweep::new(annotations);
    for pair in cuts.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let run: String = chars[from..to].iter().collect();
        if run == "\n" {
            if open {
                out.push_str("</p>\n");
                open = false;
            }
            continue;
        }
        if !open {
            out.push_str("<p dir=\"auto\">");
            open = true;
        }
        // Runs are cut at every start and end, so an annotation overlapping one covers it.
        let covering: Vec<&Annotation> = sweep.overlapping(from, to);
        if covering.is_empty() {
            out.push_str(&escape(&run));
            continue;
        }
        let mut classes: Vec<&str> = covering.iter().map(|a| a.kind.label()).collect();
        classes.sort_unstable();
        classes.dedup();
        let titles: Vec<String> = covering.iter().map(|a| describe(source, a)).collect();
        let _ = write!(
            out,
            "<span class=\"{}\" title=\"{}\">{}</span>",
            classes.join(" "),
            escape(&titles.join("; ")),
            escape(&run)
        );
    }
    if open {
        out.push_str("</p>\n");
    }
    out
}

/// A table's opening and its header row.
fn table_start(headers: &[&str]) -> String {
    let mut out = String::from("<table dir=\"auto\"><tr>");
    for h in headers {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr>\n");
    out
}

fn entities(source: &Source<'_>) -> String {
    let doc = source.document;
    let mut out = table_start(&["Entity", "Kind", "Mentions", "Aliases", "Wikidata"]);
    let counts = doc.entity_counts();
    for e in doc.entities() {
        let mentions = counts.get(&e.id).map_or(0, |c| c.mentions);
        let kind = match e.kind {
            EntityKind::Actor => "actor",
            EntityKind::Location => "location",
        };
        let wikidata = e.wikidata.as_ref().map_or(String::new(), |q| {
            format!(
                "<a href=\"https://www.wikidata.org/wiki/{0}\">{0}</a>",
                escape(q)
            )
        });
        let _ = writeln!(
            out,
            "<tr><td dir=\"auto\">{}</td><td>{kind}</td><td>{mentions}</td><td dir=\"auto\">{}</td><td>{wikidata}</td></tr>",
            escape(&e.name),
            escape(&e.aliases.join("، "))
        );
    }
    out.push_str("</table>\n");
    out
}

fn claims(source: &Source<'_>) -> String {
    let doc = source.document;
    let mut out = table_start(&["Claim", "Speaker", "Cue", "Status", "Rating", "Answers"]);
    for a in doc.annotations() {
        let Some(c) = &a.claim else { continue };
        let speaker = c
            .speaker
            .and_then(|id| doc.entity(id))
            .map_or(String::new(), |e| escape(&e.name));
        let cue = c.cue.as_ref().map_or(String::new(), |s| escape(&s.quote));
        let rating = format!(
            "{}{}",
            c.reliability.map_or("", |r| r.letter()),
            c.credibility.map_or(String::new(), |n| n.get().to_string())
        );
        let answers = c.answers.map_or(String::new(), |r| {
            let target = doc
                .annotation(r.target)
                .map_or(String::new(), |t| escape(&t.span.quote));
            format!("{} «{target}»", r.kind.name())
        });
        let _ = writeln!(
            out,
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{speaker}</td><td dir=\"auto\">{cue}</td><td>{}</td><td>{rating}</td><td dir=\"auto\">{answers}</td></tr>",
            escape(&a.span.quote),
            c.status.name()
        );
    }
    out.push_str("</table>\n");
    out
}

pub(super) fn render(source: &Source<'_>) -> Vec<OutputFile> {
    let meta = &source.meta;
    let mut details: Vec<String> = Vec::new();
    if let Some(outlet) = &meta.outlet {
        details.push(escape(outlet));
    }
    if let Some(date) = meta.published {
        details.push(date.to_string());
    }
    if let Some(url) = &meta.url {
        details.push(link(url));
    }
    details.push(escape(&source.file_name));
    let counts = source.document.counts();
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"Marsad\">\n<title>{title}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<h1 dir=\"auto\">{title}</h1>\n<p class=\"meta\" dir=\"auto\">{details}</p>\n\
         <p class=\"meta\" dir=\"ltr\"><span class=\"key actor\">actor</span><span class=\"key location\">location</span>\
         <span class=\"key claim\">claim</span> {actors} actors, {locations} locations, {claim_count} claims</p>\n</header>\n\
         <article>\n{body}</article>\n<section dir=\"ltr\">\n<h2>Entities · الكيانات</h2>\n{entities}</section>\n\
         <section dir=\"ltr\">\n<h2>Claims · الادعاءات</h2>\n{claims}</section>\n</body>\n</html>\n",
        title = escape(&source.title),
        details = details.join(" · "),
        actors = counts.actor,
        locations = counts.location,
        claim_count = counts.claim,
        body = body(source),
        entities = entities(source),
        claims = claims(source),
    );
    vec![OutputFile {
        name: format!("{}.html", source.stem),
        bytes: html.into_bytes(),
    }]
}
