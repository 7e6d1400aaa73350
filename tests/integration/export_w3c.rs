//! The W3C export against the rules of the Web Annotation Data Model that it relies on, one
//! test per rule, each named after its section (<https://www.w3.org/TR/annotation-model/>).
//! Regressions of issue 11, §1: one IRI names one thing, and every IRI parses as a URI.

use std::collections::HashMap;

use marsad::export::{Format, Source, render};
use marsad::model::ArticleMeta;
use marsad::session::{Command, Session};
use serde_json::Value;

use crate::common::now;
use crate::export::annotated;

/// The motivations of §3.3.5, the only values `motivation` and `purpose` may take.
const MOTIVATIONS: [&str; 13] = [
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];

/// The annotated fixture with `url` as the article's URL, exported: the collection and the
/// warnings.
fn exported_with_url(url: &str) -> (Session, Value, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = annotated(dir.path());
    let meta = ArticleMeta {
        url: Some(url.to_owned()),
        ..s.document().meta.clone()
    };
    s.apply(Command::SetMeta(Box::new(meta)), now()).unwrap();
    let rendered = render(Format::W3c, &Source::of(s.opened())).unwrap();
    let json = serde_json::from_slice(&rendered.files[0].bytes).unwrap();
    let warnings = rendered.warnings.iter().map(ToString::to_string).collect();
    (s, json, warnings)
}

fn exported() -> (Session, Value) {
    let (s, json, warnings) = exported_with_url("https://example.org/news/hudna");
    assert!(warnings.is_empty(), "{warnings:?}");
    (s, json)
}

fn items(collection: &Value) -> &Vec<Value> {
    collection["first"]["items"].as_array().unwrap()
}

fn bodies(collection: &Value) -> impl Iterator<Item = &Value> {
    items(collection)
        .iter()
        .flat_map(|a| a["body"].as_array().unwrap())
}

/// Whether `value` is a string that parses as an absolute URI, written as the `url` crate
/// writes it (so nothing is left to percent-encode).
fn is_iri(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| url::Url::parse(s).is_ok_and(|u| u.as_str() == s))
}

fn chars(s: &Session) -> Vec<char> {
    s.text().chars().collect()
}

#[test]
fn model_3_1_annotations_have_the_context_one_iri_the_type_and_a_target() {
    let (s, json) = exported();
    assert_eq!(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(items(&json).len(), s.document().annotations().len());
    for a in items(&json) {
        assert!(is_iri(&a["id"]), "{}", a["id"]);
        assert_eq!(a["type"], "Annotation");
        assert!(a["target"].is_object(), "one target: {a}");
        assert!(!a["body"].as_array().unwrap().is_empty());
        assert!(
            a.get("bodyValue").is_none(),
            "never both body and bodyValue"
        );
    }
}

#[test]
fn model_3_2_1_external_resources_are_named_by_iris_and_one_iri_names_one_thing() {
    let (s, json) = exported();
    // What each IRI names: the same IRI never stands for two kinds of thing.
    let mut named: HashMap<String, &str> = HashMap::new();
    let mut name = |iri: &Value, what: &'static str| {
        assert!(is_iri(iri), "{what}: {iri}");
        let previous = named.insert(iri.as_str().unwrap().to_owned(), what);
        assert!(
            previous.is_none_or(|p| p == what),
            "{iri} names both {what} and {previous:?}"
        );
    };
    name(&json["id"], "the collection");
    name(&json["first"]["id"], "the page");
    for a in items(&json) {
        name(&a["id"], "an annotation");
        name(&a["target"]["source"], "the text");
        for body in a["body"].as_array().unwrap() {
            if body["type"] == "SpecificResource" {
                let what = if body["purpose"] == "linking" {
                    "an annotation"
                } else {
                    "an entity"
                };
                name(&body["source"], what);
            }
        }
    }
    assert!(
        named.values().filter(|w| **w == "an entity").count() >= 3,
        "entities with and without Wikidata: {named:?}"
    );
    let text = format!("urn:sha256:{}", s.document().meta.text_sha256);
    assert_eq!(named.get(&text), Some(&"the text"));
    assert_ne!(json["id"], text.as_str(), "the collection is not the text");
}

#[test]
fn model_3_2_4_textual_bodies_have_one_string_value_and_are_never_an_entity() {
    let (_, json) = exported();
    let textual: Vec<&Value> = bodies(&json)
        .filter(|b| b["type"] == "TextualBody")
        .collect();
    assert!(textual.len() > 10);
    for b in textual {
        assert!(b["value"].is_string(), "one value, a string: {b}");
        // An id would say the body is the resource it names; names are only text.
        assert!(b.get("id").is_none(), "{b}");
        assert!(b.get("source").is_none(), "{b}");
    }
}

#[test]
fn model_3_3_1_created_and_modified_are_utc_date_times() {
    let (s, json) = exported();
    for a in items(&json) {
        for key in ["created", "modified"] {
            let stamp = a[key].as_str().unwrap();
            assert!(stamp.ends_with('Z'), "{key} {stamp} is in UTC, written Z");
            let parsed: jiff::Timestamp = stamp.parse().unwrap();
            assert!(
                s.document()
                    .annotations()
                    .iter()
                    .any(|x| x.created == parsed || x.modified == parsed)
            );
            // xsd:dateTime: YYYY-MM-DDThh:mm:ss, fractions allowed.
            let bytes = stamp.as_bytes();
            assert!(
                bytes[4] == b'-' && bytes[7] == b'-' && bytes[10] == b'T' && bytes[13] == b':',
                "{stamp}"
            );
        }
    }
}

#[test]
fn model_3_3_5_motivations_and_purposes_are_the_models_own() {
    let (_, json) = exported();
    for a in items(&json) {
        assert!(
            MOTIVATIONS.contains(&a["motivation"].as_str().unwrap()),
            "{}",
            a["motivation"]
        );
    }
    let mut purposes: Vec<&str> = bodies(&json)
        .map(|b| b["purpose"].as_str().unwrap())
        .collect();
    purposes.sort_unstable();
    purposes.dedup();
    for p in &purposes {
        assert!(MOTIVATIONS.contains(p), "{p}");
    }
    assert!(purposes.len() >= 5, "{purposes:?}");
}

#[test]
fn model_4_1_specific_resources_have_exactly_one_source_and_a_purpose() {
    let (s, json) = exported();
    let specific: Vec<&Value> = bodies(&json)
        .filter(|b| b["type"] == "SpecificResource")
        .collect();
    for b in &specific {
        assert!(is_iri(&b["source"]), "one source, an IRI: {b}");
        assert!(b["purpose"].is_string(), "{b}");
        assert!(b.get("value").is_none() && b.get("items").is_none(), "{b}");
    }
    // Every linked entity is such a resource, whether or not it has a Wikidata id, and its
    // name follows as text.
    let linked = s
        .document()
        .annotations()
        .iter()
        .filter(|a| a.entity.is_some())
        .count();
    let identifying: Vec<&&Value> = specific
        .iter()
        .filter(|b| b["purpose"] == "identifying")
        .collect();
    assert_eq!(identifying.len(), linked);
    assert!(
        identifying
            .iter()
            .any(|b| b["source"] == "http://www.wikidata.org/entity/Q42")
    );
    let by_uuid = identifying
        .iter()
        .filter(|b| b["source"].as_str().unwrap().starts_with("urn:uuid:"))
        .count();
    assert!(
        by_uuid >= 2,
        "entities without Wikidata are linked the same way"
    );
    for a in items(&json) {
        let body = a["body"].as_array().unwrap();
        for (i, b) in body.iter().enumerate() {
            if b["type"] == "SpecificResource" && b["purpose"] != "linking" {
                let name = &body[i + 1];
                assert_eq!(name["type"], "TextualBody", "the name follows: {a}");
                assert_eq!(name["purpose"], b["purpose"]);
            }
        }
    }
    let speaker = bodies(&json)
        .find(|b| b["label"] == "speaker" && b["type"] == "SpecificResource")
        .expect("a speaker");
    assert_eq!(speaker["source"], "http://www.wikidata.org/entity/Q42");
}

#[test]
fn model_4_2_4_text_quote_selectors_have_one_exact_that_is_the_text_there() {
    let (s, json) = exported();
    let text = chars(&s);
    for a in items(&json) {
        let [quote, position] = a["target"]["selector"].as_array().unwrap().as_slice() else {
            panic!("two selectors: {a}");
        };
        assert_eq!(quote["type"], "TextQuoteSelector");
        let exact = quote["exact"].as_str().expect("one exact, a string");
        assert!(quote["prefix"].is_string() && quote["suffix"].is_string());
        let start = usize::try_from(position["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(position["end"].as_u64().unwrap()).unwrap();
        assert_eq!(exact, text[start..end].iter().collect::<String>());
        let prefix: String = quote["prefix"].as_str().unwrap().to_owned();
        let before: String = text[start - prefix.chars().count()..start].iter().collect();
        assert_eq!(prefix, before);
    }
}

#[test]
fn model_4_2_5_text_position_selectors_count_code_points_from_zero() {
    let (s, json) = exported();
    let text = chars(&s);
    for a in items(&json) {
        let position = &a["target"]["selector"][1];
        assert_eq!(position["type"], "TextPositionSelector");
        let start = position["start"].as_u64().expect("a non-negative integer");
        let end = position["end"].as_u64().expect("a non-negative integer");
        assert!(start < end && end <= text.len() as u64, "{position}");
    }
    // After emoji (two UTF-16 units each) and a haraka, code points, not units: the quote
    // with 👍 ends where the text's code points say.
    let thumbs = items(&json)
        .iter()
        .find(|a| {
            a["target"]["selector"][0]["exact"]
                .as_str()
                .unwrap()
                .contains('👍')
        })
        .unwrap();
    let end = thumbs["target"]["selector"][1]["end"].as_u64().unwrap() as usize;
    assert_eq!(text[end - 1], '👍');
}

#[test]
fn model_4_6_the_scope_is_the_article_url_written_as_a_uri() {
    let (_, json, warnings) = exported_with_url("https://مثال.example/أخبار/هدنة?id=٤٢");
    assert!(warnings.is_empty(), "{warnings:?}");
    for a in items(&json) {
        let scope = &a["target"]["scope"];
        assert!(is_iri(scope), "{scope}");
        assert_eq!(
            scope,
            "https://xn--mgbh0fb.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%87%D8%AF%D9%86%D8%A9?id=%D9%A4%D9%A2",
            "non-ASCII percent-encoded, the host in punycode"
        );
    }
}

#[test]
fn model_4_6_a_url_that_does_not_parse_is_left_out_with_a_warning() {
    let (_, json, warnings) = exported_with_url("example.org/news 3");
    for a in items(&json) {
        assert!(a["target"].get("scope").is_none(), "{a}");
        assert!(is_iri(&a["target"]["source"]));
    }
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("\"example.org/news 3\"") && warnings[0].contains("scope"),
        "{warnings:?}"
    );
}

#[test]
fn model_5_the_collection_and_its_page_have_iris_of_their_own() {
    let (s, json) = exported();
    assert_eq!(json["type"], "AnnotationCollection");
    assert!(is_iri(&json["id"]));
    assert!(json["label"].is_string());
    assert_eq!(json["total"], s.document().annotations().len());
    let page = &json["first"];
    assert_eq!(page["type"], "AnnotationPage");
    assert!(is_iri(&page["id"]));
    assert_ne!(page["id"], json["id"]);
    assert_eq!(page["partOf"], json["id"]);
    assert_eq!(page["startIndex"], 0);
    assert!(page["items"].is_array());
    // Stable: the same text exports with the same IRIs.
    let (_, again) = exported();
    assert_eq!(again["id"], json["id"]);
    assert_eq!(again["first"]["id"], page["id"]);
}

#[test]
fn model_4_6_the_command_line_warns_of_a_url_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "---\nurl: http://[not a host]/x\n---\nقال المتحدث إن الهدنة صامدة.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = crate::cli::Marsad::new("export")
        .args(["--format", "w3c", "--out"])
        .arg(&out)
        .arg(&article)
        .output();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stderr.contains("warning: ")
            && stderr.contains("a.md: the article URL \"http://[not a host]/x\" is not a URL"),
        "{stderr}"
    );
    assert!(stdout.contains("0 failed, 1 warning"), "{stdout}");
    let json = std::fs::read_to_string(out.join("a.jsonld")).unwrap();
    assert!(!json.contains("\"scope\""), "{json}");
}

#[test]
fn model_3_2_1_an_entity_whose_wikidata_id_is_not_one_is_linked_by_its_own_iri() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = annotated(dir.path());
    let mut entity = s
        .document()
        .entities()
        .iter()
        .find(|e| e.wikidata.is_some())
        .unwrap()
        .clone();
    // A sidecar edited by hand: Marsad's own fields accept only Q and digits.
    entity.wikidata = Some("Q 42".into());
    let id = entity.id;
    s.apply(Command::UpdateEntity(Box::new(entity)), now())
        .unwrap();
    let rendered = render(Format::W3c, &Source::of(s.opened())).unwrap();
    let json: Value = serde_json::from_slice(&rendered.files[0].bytes).unwrap();
    assert!(bodies(&json).all(|b| b.get("source").is_none_or(is_iri)));
    let own = format!("urn:uuid:{id}");
    assert!(bodies(&json).any(|b| b["source"] == own.as_str()));
    assert!(!serde_json::to_string(&json).unwrap().contains("Q 42"));
    assert_eq!(
        rendered.warnings.len(),
        1,
        "once, however often it is linked"
    );
    assert!(
        rendered.warnings[0].to_string().contains("\"Q 42\""),
        "{:?}",
        rendered.warnings
    );
}
