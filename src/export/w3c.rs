//! W3C Web Annotation (JSON-LD): `STEM.jsonld`, an `AnnotationCollection` whose first page
//! holds one `Annotation` per span. Each target has a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector` in code points, as the model specifies. Bodies say
//! what the span is (a `tagging` body), which entity it is (an `identifying` body: the
//! Wikidata item when known, else the entity's name and id), a claim's speaker, status and
//! rating (`describing` bodies), and the claim it denies or disputes (a `linking` body).

use serde_json::{Value, json};

use super::{ExportError, OutputFile, Source};
use crate::model::{Annotation, Entity};

/// The Web Annotation context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

fn entity_body(e: &Entity, purpose: &str) -> Value {
    match &e.wikidata {
        Some(q) => json!({
            "type": "SpecificResource",
            "purpose": purpose,
            "source": format!("http://www.wikidata.org/entity/{q}"),
        }),
        None => json!({
            "type": "TextualBody",
            "purpose": purpose,
            "id": format!("urn:uuid:{}", e.id),
            "value": e.name,
        }),
    }
}

fn annotation(source: &Source<'_>, a: &Annotation) -> Value {
    let doc = source.document;
    let mut bodies = vec![json!({
        "type": "TextualBody",
        "purpose": "tagging",
        "value": a.kind.label(),
    })];
    if let Some(e) = a.entity.and_then(|id| doc.entity(id)) {
        bodies.push(entity_body(e, "identifying"));
    }
    if let Some(c) = &a.claim {
        if let Some(e) = c.speaker.and_then(|id| doc.entity(id)) {
            let mut speaker = entity_body(e, "describing");
            speaker["label"] = json!("speaker");
            bodies.push(speaker);
        }
        let mut describe = |label: &str, value: String| {
            bodies.push(json!({
                "type": "TextualBody",
                "purpose": "describing",
                "label": label,
                "value": value,
            }));
        };
        describe("status", c.status.name().to_owned());
        if let Some(r) = c.reliability {
            describe("reliability", r.letter().to_owned());
        }
        if let Some(n) = c.credibility {
            describe("credibility", n.get().to_string());
        }
        if let Some(cue) = &c.cue {
            describe("cue", cue.quote.clone());
        }
        if let Some(r) = c.answers {
            bodies.push(json!({
                "type": "SpecificResource",
                "purpose": "linking",
                "label": r.kind.name(),
                "source": format!("urn:uuid:{}", r.target),
            }));
        }
    }
    if !a.note.trim().is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": a.note,
        }));
    }
    let mut out = json!({
        "id": format!("urn:uuid:{}", a.id),
        "type": "Annotation",
        "motivation": if a.claim.is_some() { "classifying" } else { "identifying" },
        "created": a.created.to_string(),
        "modified": a.modified.to_string(),
        "body": bodies,
        "target": {
            "source": target_source(source),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.span.quote,
                    "prefix": a.span.prefix,
                    "suffix": a.span.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": a.span.start,
                    "end": a.span.end,
                },
            ],
        },
    });
    if let Some(url) = &source.meta.url {
        // The web page the text was taken from; positions count into the text, not the page.
        out["target"]["scope"] = json!(url);
    }
    if !a.author.is_empty() {
        out["creator"] = json!({ "type": "Person", "nickname": a.author });
    }
    out
}

/// What targets point to: the normalized text the offsets count into, named by its hash.
fn target_source(source: &Source<'_>) -> String {
    format!("urn:sha256:{}", source.meta.text_sha256)
}

pub(super) fn render(source: &Source<'_>) -> Result<Vec<OutputFile>, ExportError> {
    let items: Vec<Value> = source
        .document
        .annotations()
        .iter()
        .map(|a| annotation(source, a))
        .collect();
    let collection = json!({
        "@context": CONTEXT,
        "id": format!("urn:sha256:{}", source.document.meta.text_sha256),
        "type": "AnnotationCollection",
        "label": source.title,
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    let mut bytes = serde_json::to_vec_pretty(&collection)?;
    bytes.push(b'\n');
    Ok(vec![OutputFile {
        name: format!("{}.jsonld", source.stem),
        bytes,
    }])
}
