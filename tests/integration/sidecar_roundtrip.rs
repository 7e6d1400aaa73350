//! Saving and loading sidecars gives back exactly what was saved.

use jiff::Timestamp;
use marsad::model::{
    ActorType, AdminAreas, Annotation, AnnotationKind, Claim, ClaimRelation, ClaimRelationKind,
    ClaimStatus, Coordinates, Credibility, Document, Entity, EntityKind, GeoPrecision, IndexedText,
    QuoteKind, Reliability, Span,
};
use marsad::store::{self, sidecar_path};
use proptest::prelude::*;

use crate::common::write;

/// Characters that break naive tools: emoji (outside the BMP), combining marks, Arabic with
/// harakat, bidi controls, RON's own quote and escape characters, newlines.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec!['ب', 'ت', 'ل', 'ا', 'م', 'ه', 'ي', 'ن', 'ة', 'ء', 'أ', 'ـ', ' ', '.', '،']),
        2 => prop::sample::select(vec!['\u{064E}', '\u{0650}', '\u{064F}', '\u{0651}', '\u{0652}', '\u{0301}', '\u{0308}']),
        1 => prop::sample::select(vec!['😀', '👨', '\u{200D}', '💻', '🇸', '🇾', '\u{1F3FD}']),
        1 => prop::sample::select(vec!['\u{200F}', '\u{202B}', '\u{2067}', '\u{2069}', '\u{FEFF}']),
        1 => prop::sample::select(vec!['"', '\\', '\'', '\n', '\t', 'a', 'Z', '7', '(', ')', '»', '«']),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 1..300).prop_map(|c| c.into_iter().collect())
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_000_000_000).prop_map(|s| Timestamp::from_second(s).unwrap())
}

fn entity() -> impl Strategy<Value = Entity> {
    (
        any::<bool>(),
        text(),
        prop::collection::vec(text(), 0..3),
        prop::option::of(1u8..=8),
        prop::option::of((-90.0f64..90.0, -180.0f64..180.0)),
        prop::option::of(1u8..=3),
        prop::option::of(text()),
    )
        .prop_map(
            |(actor, name, aliases, actor_type, coords, precision, country)| {
                let mut e = Entity::new(
                    if actor {
                        EntityKind::Actor
                    } else {
                        EntityKind::Location
                    },
                    name,
                );
                e.aliases = aliases;
                e.actor_type = actor_type.map(|t| ActorType::try_from(t).unwrap());
                e.coordinates = coords.map(|(lat, lon)| Coordinates { lat, lon });
                e.precision = precision.map(|p| GeoPrecision::try_from(p).unwrap());
                e.admin = AdminAreas {
                    country,
                    ..AdminAreas::default()
                };
                e.note = "ملاحظة \"مقتبسة\"".into();
                e
            },
        )
}

/// An annotation over random offsets of `len` code points.
#[derive(Debug, Clone)]
struct Raw {
    kind: u8,
    a: usize,
    b: usize,
    cue: Option<(usize, usize)>,
    entity: Option<usize>,
    status: u8,
    rating: Option<(u8, u8)>,
    note: String,
    created: Timestamp,
}

fn raw() -> impl Strategy<Value = Raw> {
    (
        0u8..3,
        any::<usize>(),
        any::<usize>(),
        prop::option::of((any::<usize>(), any::<usize>())),
        prop::option::of(any::<usize>()),
        0u8..5,
        prop::option::of((0u8..6, 1u8..=6)),
        text(),
        timestamp(),
    )
        .prop_map(
            |(kind, a, b, cue, entity, status, rating, note, created)| Raw {
                kind,
                a,
                b,
                cue,
                entity,
                status,
                rating,
                note,
                created,
            },
        )
}

fn build(text: &str, entities: &[Entity], raws: &[Raw]) -> Document {
    let idx = IndexedText::new(text);
    let len = idx.len_chars();
    // On whole graphemes, as Marsad tags them (a span inside one is widened when read).
    let span = |a: usize, b: usize| {
        let (s, e) = (a % len, b % len);
        let (s, e) = (
            idx.grapheme_floor(s.min(e)),
            idx.grapheme_ceil(s.max(e) + 1),
        );
        Span::capture(&idx, s, e).unwrap()
    };
    let mut doc = Document::new(marsad::article::sha256_hex(text));
    doc.meta.title = Some("عنوان «تجريبي»".into());
    doc.meta.published = Some(jiff::civil::date(2024, 2, 29));
    for e in entities {
        doc.upsert_entity(e.clone());
    }
    let mut claims = Vec::new();
    for r in raws {
        let kind = AnnotationKind::ALL[usize::from(r.kind)];
        let mut a = Annotation::new(kind, span(r.a, r.b), "محلل", r.created);
        a.note.clone_from(&r.note);
        a.entity = r
            .entity
            .filter(|_| !entities.is_empty())
            .map(|i| entities[i % entities.len()].id);
        if let Some(claim) = a.claim.as_mut() {
            claim.speaker = a.entity.take();
            claim.cue = r.cue.map(|(x, y)| span(x, y));
            claim.status = [
                ClaimStatus::Unverified,
                ClaimStatus::Corroborated,
                ClaimStatus::Disputed,
                ClaimStatus::Denied,
                ClaimStatus::False,
            ][usize::from(r.status)];
            if let Some((rel, cred)) = r.rating {
                claim.reliability = Some(
                    [
                        Reliability::A,
                        Reliability::B,
                        Reliability::C,
                        Reliability::D,
                        Reliability::E,
                        Reliability::F,
                    ][usize::from(rel)],
                );
                claim.credibility = Credibility::new(cred);
            }
            claim.quotation = if r.status % 2 == 0 {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            };
            if let Some(&target) = claims.last() {
                claim.answers = Some(ClaimRelation {
                    kind: ClaimRelationKind::Denies,
                    target,
                });
            }
            claims.push(a.id);
        }
        doc.upsert_annotation(a);
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_annotation_sets_survive_save_and_load(
        text in text(),
        entities in prop::collection::vec(entity(), 0..4),
        raws in prop::collection::vec(raw(), 0..24),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let article = write(dir.path(), "article.txt", &text);
        let doc = build(&text, &entities, &raws);
        let sidecar = sidecar_path(&article);
        store::save(&sidecar, &doc, &article).unwrap();

        let parsed = store::load_sidecar(&sidecar).unwrap().unwrap();
        prop_assert_eq!(&parsed.document, &doc);
        // The checked serializer, which works in parts, writes exactly what ron writes whole.
        prop_assert_eq!(
            std::fs::read_to_string(&sidecar).unwrap(),
            store::sidecar::to_string(&doc, "article.txt").unwrap()
        );

        // Opening through the article re-anchors: nothing may move when the text is unchanged.
        if let Ok(opened) = store::open(&article)
            && opened.article.text == text
        {
            {
                prop_assert!(opened.anchoring.is_clean(), "{:?}", opened.anchoring);
                prop_assert_eq!(&opened.document, &doc);
            }
        }
    }
}

#[test]
fn a_sidecar_is_readable_and_stable() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قال المتحدث: «الهدنة صامدة» في الرملة.\n";
    let article = write(dir.path(), "خبر.txt", text);
    let mut actor = Entity::new(EntityKind::Actor, "المتحدث العسكري");
    actor.actor_type = Some(ActorType::StateForces);
    let mut doc = Document::new(marsad::article::sha256_hex(text));
    doc.upsert_entity(actor.clone());
    let mut claim = crate::common::tag(&mut doc, text, AnnotationKind::Claim, "«الهدنة صامدة»", 0);
    claim.claim = Some(Claim {
        speaker: Some(actor.id),
        ..Claim::default()
    });
    doc.upsert_annotation(claim);
    let sidecar = sidecar_path(&article);
    store::save(&sidecar, &doc, &article).unwrap();
    let first = std::fs::read_to_string(&sidecar).unwrap();
    assert!(
        first.starts_with("// Marsad annotations for \"خبر.txt\""),
        "{first}"
    );
    assert!(
        first.contains("quote: \"«الهدنة صامدة»\""),
        "Arabic is written as is: {first}"
    );
    assert!(first.contains("actor_type: 1"), "{first}");
    assert!(first.contains("format_version: 1"), "{first}");
    // Saving the loaded document again writes the same bytes: diffs stay empty.
    let mut opened = store::open(&article).unwrap();
    opened.save().unwrap();
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), first);
    assert_eq!(
        std::fs::read_to_string(store::backup_path(&sidecar)).unwrap(),
        first
    );
}

#[test]
fn an_unreadable_sidecar_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", "نص قصير للاختبار.\n");
    let sidecar = sidecar_path(&article);
    let broken = "(format_version: 1, article: (text_sha256: \"x\"), annotations: [";
    std::fs::write(&sidecar, broken).unwrap();
    let mut opened = store::open(&article).unwrap();
    assert!(matches!(opened.status, store::SidecarStatus::Unreadable(_)));
    let err = opened.save().unwrap_err().to_string();
    assert!(
        err.contains("a.txt.marsad.ron") && err.contains("will not write over it"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), broken);
}

#[test]
fn a_newer_sidecar_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let text = "نص قصير للاختبار.\n";
    let article = write(dir.path(), "a.txt", text);
    let sidecar = sidecar_path(&article);
    let newer = format!(
        "(format_version: 3, article: (text_sha256: \"{}\"), annotations: [])",
        marsad::article::sha256_hex(text)
    );
    std::fs::write(&sidecar, &newer).unwrap();
    let mut opened = store::open(&article).unwrap();
    assert!(matches!(
        opened.status,
        store::SidecarStatus::Newer { format_version: 3 }
    ));
    let err = opened.save().unwrap_err().to_string();
    assert!(err.contains("newer Marsad"), "{err}");
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), newer);

    // One with fields this build does not know cannot be shown at all, and says why.
    std::fs::write(
        &sidecar,
        "(format_version: 4, article: (text_sha256: \"x\"), reviews: [])",
    )
    .unwrap();
    let opened = store::open(&article).unwrap();
    let status = opened.status.to_string();
    assert!(
        status.contains("format version 4") && status.contains("update Marsad"),
        "{status}"
    );
}

#[test]
fn invalid_documents_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = "نص قصير للاختبار.\n";
    let article = write(dir.path(), "a.txt", text);
    let mut doc = Document::new(marsad::article::sha256_hex(text));
    let a = crate::common::tag(&mut doc, text, AnnotationKind::Actor, "نص", 0);
    let sidecar = sidecar_path(&article);
    store::save(&sidecar, &doc, &article).unwrap();
    let saved = std::fs::read_to_string(&sidecar).unwrap();
    let id = a.id.to_string();
    let missing = saved.replacen(
        "kind: Actor,",
        &format!("kind: Actor,\n      entity: \"{id}\","),
        1,
    );
    std::fs::write(&sidecar, missing).unwrap();
    let err = store::load_sidecar(&sidecar).unwrap_err().to_string();
    assert!(
        err.contains("refers to entity") && err.contains("a.txt.marsad.ron"),
        "{err}"
    );
    // An empty span would load but could never be edited or merged (review finding).
    let empty = saved.replacen("end: 2,", "end: 0,", 1);
    assert_ne!(empty, saved);
    std::fs::write(&sidecar, empty).unwrap();
    let err = store::load_sidecar(&sidecar).unwrap_err().to_string();
    assert!(err.contains("has an empty span"), "{err}");
}

#[test]
fn a_sidecar_changed_by_someone_else_is_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let text = "نص قصير للاختبار.\n";
    let article = write(dir.path(), "a.txt", text);
    let mut opened = store::open(&article).unwrap();
    opened.save().unwrap();
    // Another writer (a second window, a git pull) replaces the file.
    let sidecar = sidecar_path(&article);
    let mut other = Document::new(marsad::article::sha256_hex(text));
    crate::common::tag(&mut other, text, AnnotationKind::Actor, "نص", 0);
    store::save(&sidecar, &other, &article).unwrap();
    let theirs = std::fs::read_to_string(&sidecar).unwrap();
    let err = opened.save().unwrap_err().to_string();
    assert!(err.contains("changed on disk"), "{err}");
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), theirs);

    // A sidecar that appears after opening an article without one is not overwritten either.
    let fresh = write(dir.path(), "b.txt", text);
    let mut opened = store::open(&fresh).unwrap();
    store::save(&sidecar_path(&fresh), &other, &fresh).unwrap();
    assert!(opened.save().is_err());
}
