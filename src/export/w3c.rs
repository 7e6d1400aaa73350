//! W3C Web Annotation (JSON-LD): `STEM.jsonld`, an `AnnotationCollection` whose first page
//! holds one `Annotation` per span. Each target has a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector` in code points, as the model specifies. Bodies say
//! what the span is (a `tagging` body), which entity it is (an `identifying` body: a
//! `SpecificResource` whose source is the entity's IRI, Wikidata's when known, else its
//! `urn:uuid:`, followed by its name as a `TextualBody`), a claim's speaker (the same pair,
//! `describing`), status and rating (`describing` bodies), and the claim it denies or disputes
//! (a `linking` body).
//!
//! One IRI names one thing: the collection and its page have IRIs of their own, derived from
//! the text's hash, distinct from `urn:sha256:…`, which names the text the targets select
//! from. Every IRI is written by the `url` crate, so it parses as a URI: non-ASCII is
//! percent-encoded and hosts are written in punycode. An article URL that does not parse is
//! left out of the targets' `scope`, with a warning.

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use super::{ExportError, OutputFile, Rendered, Source};
use crate::model::{Annotation, Entity, is_wikidata_id};

/// The Web Annotation context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// `text` as a URI, as the `url` crate writes it, or why it is not one.
fn iri(text: &str) -> Result<String, url::ParseError> {
    url::Url::parse(text.trim()).map(String::from)
}

/// An IRI Marsad makes itself (`urn:uuid:…`, `urn:sha256:…`, Wikidata's): always valid.
fn own_iri(text: &str) -> String {
    iri(text).unwrap_or_else(|_| text.to_owned())
}

/// An IRI of its own for something derived from the text (the collection, its page): a
/// name-based UUID (version 8) from the text's hash, so that exporting the same text again
/// gives the same IRIs.
fn derived_iri(what: &str, text_sha256: &str) -> String {
    let digest = Sha256::digest(format!("marsad {what} {text_sha256}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    own_iri(&format!("urn:uuid:{}", uuid::Uuid::new_v8(bytes)))
}

/// What is written while exporting one article: its IRIs, and what had to be left out.
struct Writer<'a> {
    source: &'a Source<'a>,
    text_iri: String,
    scope: Option<String>,
    warnings: Vec<super::problem::Warning>,
}

impl<'a> Writer<'a> {
    fn new(source: &'a Source<'a>) -> Self {
        let mut warnings = Vec::new();
        let scope = source.meta.url.as_deref().and_then(|url| match iri(url) {
            Ok(iri) => Some(iri),
            Err(e) => {
                warnings.push(super::problem::Warning::NotAUrl {
                    url: url.to_owned(),
                    error: e.to_string(),
                });
                None
            }
        });
        Self {
            source,
            text_iri: own_iri(&format!("urn:sha256:{}", source.meta.text_sha256)),
            scope,
            warnings,
        }
    }

    /// The IRI of an entity: its Wikidata item when it has a valid id, else its own id.
    fn entity_iri(&mut self, e: &Entity) -> String {
        match e.wikidata.as_deref().map(str::trim) {
            Some(q) if is_wikidata_id(q) => own_iri(&format!("http://www.wikidata.org/entity/{q}")),
            Some(q) => {
                let warning = super::problem::Warning::NotAWikidataId {
                    name: e.name.clone(),
                    id: q.to_owned(),
                };
                if !self.warnings.contains(&warning) {
                    self.warnings.push(warning);
                }
                own_iri(&format!("urn:uuid:{}", e.id))
            }
            None => own_iri(&format!("urn:uuid:{}", e.id)),
        }
    }

    /// The bodies that link an entity: the entity itself (a `SpecificResource` whose source
    /// is its IRI), then its name (a `TextualBody`, which is a text, not the entity, so it
    /// has no IRI).
    fn entity_bodies(&mut self, e: &Entity, purpose: &str, label: Option<&str>) -> [Value; 2] {
        let mut entity = json!({
            "type": "SpecificResource",
            "purpose": purpose,
            "source": self.entity_iri(e),
        });
        let mut name = json!({
            "type": "TextualBody",
            "purpose": purpose,
            "value": e.name,
        });
        if let Some(label) = label {
            entity["label"] = json!(label);
            name["label"] = json!(label);
        }
        [entity, name]
    }

    fn annotation(&mut self, a: &Annotation) -> Value {
        let doc = self.source.document;
        let mut bodies = vec![json!({
            "type": "TextualBody",
            "purpose": "tagging",
            "value": a.kind.label(),
        })];
        if let Some(e) = a.entity.and_then(|id| doc.entity(id)) {
            bodies.extend(self.entity_bodies(e, "identifying", None));
        }
        if let Some(c) = &a.claim {
            if let Some(e) = c.speaker.and_then(|id| doc.entity(id)) {
                bodies.extend(self.entity_bodies(e, "describing", Some("speaker")));
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
                    "source": own_iri(&format!("urn:uuid:{}", r.target)),
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
            "id": own_iri(&format!("urn:uuid:{}", a.id)),
            "type": "Annotation",
            "motivation": if a.claim.is_some() { "classifying" } else { "identifying" },
            "created": a.created.to_string(),
            "modified": a.modified.to_string(),
            "body": bodies,
            "target": {
                "source": self.text_iri,
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
        if let Some(scope) = &self.scope {
            // The web page the text was taken from; positions count into the text, not the page.
            out["target"]["scope"] = json!(scope);
        }
        if !a.author.is_empty() {
            out["creator"] = json!({ "type": "Person", "nickname": a.author });
        }
        out
    }
}

pub(super) fn render(source: &Source<'_>) -> Result<Rendered, ExportError> {
    let mut writer = Writer::new(source);
    let items: Vec<Value> = source
        .document
        .annotations()
        .iter()
        .map(|a| writer.annotation(a))
        .collect();
    let hash = &source.meta.text_sha256;
    let collection_iri = derived_iri("annotation collection", hash);
    let collection = json!({
        "@context": CONTEXT,
        "id": collection_iri,
        "type": "AnnotationCollection",
        "label": source.title,
        "total": items.len(),
        "first": {
            "id": derived_iri("annotation page 0", hash),
            "type": "AnnotationPage",
            "partOf": collection_iri,
            "startIndex": 0,
            "items": items,
        },
    });
    let mut bytes = serde_json::to_vec_pretty(&collection)?;
    bytes.push(b'\n');
    Ok(Rendered {
        files: vec![OutputFile {
            name: format!("{}.jsonld", source.stem),
            bytes,
        }],
        warnings: writer.warnings,
    })
}
