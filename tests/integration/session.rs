//! Commands on an open article, without a window: linking mentions to entities with
//! Arabic-aware matching, tagging all occurrences, undo.

use std::path::Path;

use marsad::model::{AnnotationKind, EntityKind};
use marsad::session::{Command, Link, Session};

use crate::common::{fixtures, now};

/// The fixture copied into a temporary folder (saving must not touch the committed file).
fn session(dir: &Path) -> Session {
    let path = dir.join("moscow.txt");
    std::fs::copy(fixtures().join("tagging/moscow.txt"), &path).unwrap();
    Session::new(marsad::store::open(&path).unwrap())
}

/// Code points of the `nth` occurrence (0-based) of `needle` as a whole string in the text.
fn range_of(session: &Session, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let text = session.text();
    let (byte, _) = text.match_indices(needle).nth(nth).unwrap();
    let start = text[..byte].chars().count();
    start..start + needle.chars().count()
}

/// Tags `range` as `kind`, linked automatically, and returns the annotation made.
fn tag_range(
    session: &mut Session,
    kind: AnnotationKind,
    range: std::ops::Range<usize>,
) -> marsad::model::Annotation {
    let applied = session
        .apply(
            Command::Tag {
                kind,
                range,
                link: Link::Auto,
            },
            now(),
        )
        .unwrap();
    session
        .document()
        .annotation(applied.annotation.unwrap())
        .unwrap()
        .clone()
}

/// Tags the `nth` occurrence of `needle`.
fn tag(
    session: &mut Session,
    kind: AnnotationKind,
    needle: &str,
    nth: usize,
) -> marsad::model::Annotation {
    let range = range_of(session, needle, nth);
    tag_range(session, kind, range)
}

/// Tags the first word of the first occurrence of `context` (a name picked out by the words
/// around it).
fn tag_first_word(
    session: &mut Session,
    kind: AnnotationKind,
    context: &str,
) -> marsad::model::Annotation {
    let range = range_of(session, context, 0);
    let word = context.split(' ').next().unwrap().chars().count();
    tag_range(session, kind, range.start..range.start + word)
}

#[test]
fn a_mention_with_a_proclitic_and_the_bare_name_share_one_entity() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let first = tag(&mut s, AnnotationKind::Actor, "وبوتين", 0);
    let entity = s.document().entity(first.entity.unwrap()).unwrap();
    assert_eq!(first.span.quote, "وبوتين");
    assert_eq!(
        entity.name, "بوتين",
        "the name is written without the conjunction"
    );
    assert_eq!(entity.kind, EntityKind::Actor);
    // The bare name, later in the text.
    let bare = tag_first_word(&mut s, AnnotationKind::Actor, "بوتين يبقى");
    assert_eq!(bare.span.quote, "بوتين");
    assert_eq!(
        bare.entity, first.entity,
        "both mentions link to one entity"
    );
    assert_eq!(s.document().entities().len(), 1);
}

#[test]
fn the_entity_is_found_either_way_round() {
    // The bare name first, then the prefixed mention.
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let bare = tag_first_word(&mut s, AnnotationKind::Actor, "بوتين إن");
    assert_eq!(bare.span.quote, "بوتين");
    let prefixed = tag(&mut s, AnnotationKind::Actor, "لبوتين", 0);
    assert_eq!(prefixed.entity, bare.entity);
    // Mentions of another kind never link to an actor.
    let place = tag(&mut s, AnnotationKind::Location, "الرملة", 0);
    assert_ne!(place.entity, bare.entity);
    assert_eq!(s.document().entities().len(), 2);
}

#[test]
fn tag_all_finds_prefixed_mentions_and_nothing_inside_longer_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let range = range_of(&s, "فلاديمير بوتين", 0);
    let putin = tag_range(&mut s, AnnotationKind::Actor, range.end - 5..range.end);
    let entity = putin.entity.unwrap();
    let found = s.occurrences(entity);
    let words: Vec<String> = found
        .iter()
        .map(|o| {
            s.text()
                .chars()
                .skip(o.word.start)
                .take(o.word.len())
                .collect()
        })
        .collect();
    assert_eq!(words, ["وبوتين", "لبوتين", "بوتين"], "{found:?}");
    for o in &found {
        let name: String = s
            .text()
            .chars()
            .skip(o.range.start)
            .take(o.range.len())
            .collect();
        assert_eq!(name, "بوتين");
    }
    // البوتينية and سبوتنيك are other words.
    assert!(found.iter().all(|o| {
        !s.text()
            .chars()
            .skip(o.word.start)
            .take(o.word.len() + 1)
            .collect::<String>()
            .contains("بوتينية")
    }));

    s.apply(
        Command::TagAll {
            entity,
            ranges: found.iter().map(|o| o.range.clone()).collect(),
        },
        now(),
    )
    .unwrap();
    assert_eq!(s.document().counts().actor, 4);
    assert!(
        s.document()
            .annotations()
            .iter()
            .all(|a| a.entity == Some(entity))
    );
    assert!(s.occurrences(entity).is_empty(), "nothing left to offer");
    // The whole batch is one undo step.
    assert!(s.undo());
    assert_eq!(s.document().counts().actor, 1);
}

#[test]
fn an_alias_joins_another_name_to_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let putin = tag(&mut s, AnnotationKind::Actor, "فلاديمير بوتين", 0);
    let title = tag(&mut s, AnnotationKind::Actor, "الرئيس الروسي", 0);
    assert_ne!(
        title.entity, putin.entity,
        "a new name makes a new entity at first"
    );
    let id = putin.entity.unwrap();
    s.apply(
        Command::Relink {
            annotation: title.id,
            link: Link::Entity(id),
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        s.document().entities().len(),
        1,
        "the entity made for the title is dropped"
    );
    let mut entity = s.document().entity(id).unwrap().clone();
    entity.aliases.push("الرئيس الروسي".into());
    entity.aliases.push("بوتين".into());
    s.apply(Command::UpdateEntity(Box::new(entity)), now())
        .unwrap();
    let more = s.occurrences(id);
    assert_eq!(
        more.len(),
        4,
        "{more:?}: the second title, وبوتين, لبوتين, بوتين"
    );
    // Undo walks back through the alias, the relink and both tags.
    for _ in 0..4 {
        assert!(s.undo());
    }
    assert!(s.document().annotations().is_empty());
    assert!(s.document().entities().is_empty());
    assert!(s.redo() && s.redo());
    assert_eq!(s.document().annotations().len(), 2);
}

#[test]
fn mentions_are_trimmed_and_tagging_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let a = tag(&mut s, AnnotationKind::Location, " الرملة ", 0);
    assert_eq!(a.span.quote, "الرملة");
    let words = tag(&mut s, AnnotationKind::Actor, "لكن بوتين", 0);
    assert_eq!(
        words.span.quote, "لكن بوتين",
        "a mention is what was selected"
    );
    let quoted = tag(&mut s, AnnotationKind::Claim, "«المفاوضات لم تبدأ بعد».", 0);
    assert_eq!(
        quoted.span.quote, "«المفاوضات لم تبدأ بعد».",
        "claims keep their punctuation"
    );
    let range = range_of(&s, "الرملة", 0);
    let again = s.apply(
        Command::Tag {
            kind: AnnotationKind::Location,
            range,
            link: Link::Auto,
        },
        now(),
    );
    assert!(again.unwrap_err().to_string().contains("already tagged"));
    assert!(s.is_dirty());
    s.save_now().unwrap();
    assert!(!s.is_dirty());
}

#[test]
fn a_new_entity_keeps_letters_that_belong_to_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("names.txt");
    std::fs::write(
        &path,
        "قال باسم إن اسم القائد معروف، وقال فيصل إن الوفد لم يصل. وأكد فيصل الخبر.\n\
         وصل الوفد إلى الرملة، ثم اجتمع بالرملة مع كمال. وقال مال إن كمال غادر.\n",
    )
    .unwrap();
    let mut s = Session::new(marsad::store::open(&path).unwrap());
    let name_of = |s: &mut Session, needle: &str, nth: usize, kind| {
        let a = tag(s, kind, needle, nth);
        s.document().entity(a.entity.unwrap()).unwrap().name.clone()
    };
    // ب before a name that starts with ب's letter is part of the name.
    assert_eq!(name_of(&mut s, "باسم", 0, AnnotationKind::Actor), "باسم");
    // فيصل recurs whole, so its ف is not a conjunction although يصل is a word here.
    assert_eq!(name_of(&mut s, "فيصل", 0, AnnotationKind::Actor), "فيصل");
    // بالرملة is ب + الرملة.
    assert_eq!(
        name_of(&mut s, "بالرملة", 0, AnnotationKind::Location),
        "الرملة"
    );
    // ك before a name: kept (مال is written alone, but كمال is a name here).
    assert_eq!(name_of(&mut s, "كمال", 0, AnnotationKind::Actor), "كمال");
}

#[test]
fn removing_a_described_entity_s_last_mention_keeps_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let a = tag(&mut s, AnnotationKind::Actor, "وبوتين", 0);
    let mut entity = s.document().entity(a.entity.unwrap()).unwrap().clone();
    entity.wikidata = Some("Q7747".into());
    s.apply(Command::UpdateEntity(Box::new(entity.clone())), now())
        .unwrap();
    s.apply(Command::Untag(a.id), now()).unwrap();
    assert_eq!(
        s.document().entity(entity.id),
        Some(&entity),
        "its details are kept"
    );
    // A bare one made for a single mention goes with it.
    let b = tag(&mut s, AnnotationKind::Location, "الرملة", 0);
    s.apply(Command::Untag(b.id), now()).unwrap();
    assert!(s.document().entity(b.entity.unwrap()).is_none());
}

#[test]
fn a_speaker_or_cue_for_a_mention_is_refused_as_not_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path());
    let mention = tag(&mut s, AnnotationKind::Actor, "بوتين", 0);
    let speaker = mention.entity;
    for command in [
        Command::SetSpeaker {
            claim: mention.id,
            speaker,
        },
        Command::SetCue {
            claim: mention.id,
            range: Some(range_of(&s, "بوتين", 0)),
        },
    ] {
        let refused = s.apply(command, now()).unwrap_err();
        assert!(
            matches!(refused, marsad::session::CommandError::NotAClaim),
            "{refused:?}"
        );
        assert_eq!(refused.to_string(), "that annotation is not a claim");
    }
}
