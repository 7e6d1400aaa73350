//! The inspector drawn on its own, clicked like the window clicks it: each test checks the
//! requests it returns (it changes nothing itself) and the commands its drafts become.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::Inspector;
use crate::app::actions::Action;
use crate::app::request::Request;
use crate::app::workspace::Workspace;
use crate::model::AnnotationKind;
use crate::session::{Command, Link};

const TEXT: &str = "وقال المتحدث سامر الحلبي إن القوات ستلتزم بالهدنة.\n";

struct Panel {
    ws: Workspace,
    inspector: Inspector,
    requests: Vec<Request>,
    /// The bundled fonts are in (they take effect from the frame after they are given).
    fonts: bool,
}

/// A workspace on an article with an actor mention and a claim spoken by it, the claim
/// selected (or the mention, with `mention`).
fn panel(dir: &std::path::Path, mention: bool) -> Harness<'static, Panel> {
    let path = dir.join("a.txt");
    std::fs::write(&path, TEXT).unwrap();
    let mut ws = Workspace::new(crate::store::open(&path).unwrap());
    let now = jiff::Timestamp::UNIX_EPOCH;
    let tag = |ws: &mut Workspace, kind, range| {
        ws.session
            .apply(
                Command::Tag {
                    kind,
                    range,
                    link: Link::Auto,
                },
                now,
            )
            .unwrap()
    };
    let actor = tag(&mut ws, AnnotationKind::Actor, 13..24);
    let claim = tag(&mut ws, AnnotationKind::Claim, 25..49).annotation;
    ws.session
        .apply(
            Command::SetSpeaker {
                claim: claim.unwrap(),
                speaker: actor.entity,
            },
            now,
        )
        .unwrap();
    ws.selected = if mention { actor.annotation } else { claim };
    let state = Panel {
        ws,
        inspector: Inspector::default(),
        requests: Vec::new(),
        fonts: false,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(320.0, 900.0))
        .build_ui_state(
            |ui, p: &mut Panel| {
                if p.fonts {
                    p.inspector.ui(&p.ws, ui, &mut p.requests);
                } else {
                    crate::app::fonts::install(ui.ctx());
                    p.fonts = true;
                    ui.ctx().request_repaint();
                }
            },
            state,
        );
    harness.run();
    harness
}

/// What the inspector asked for since the last look, and forgets it.
fn asked(harness: &mut Harness<'_, Panel>) -> Vec<Request> {
    std::mem::take(&mut harness.state_mut().requests)
}

#[test]
fn drawing_asks_for_nothing_until_something_is_clicked() {
    let dir = tempfile::tempdir().unwrap();
    for mention in [false, true] {
        let mut harness = panel(dir.path(), mention);
        harness.run();
        assert!(asked(&mut harness).is_empty(), "mention: {mention}");
    }
}

#[test]
fn the_claim_page_asks_to_clear_the_speaker_pick_one_delete_and_cite() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = panel(dir.path(), false);
    let claim = harness.state().ws.selected.unwrap();
    harness.get_by_label("Clear").click();
    harness.run();
    let asked_for = asked(&mut harness);
    assert!(
        matches!(
            asked_for.as_slice(),
            [Request::Document(Command::SetSpeaker { claim: c, speaker: None })] if *c == claim
        ),
        "{asked_for:?}"
    );
    harness.get_by_label("Pick in text").click();
    harness.run();
    assert!(matches!(
        asked(&mut harness).as_slice(),
        [Request::PickSpeaker]
    ));
    harness.get_by_label("Delete annotation").click();
    harness.run();
    assert!(matches!(
        asked(&mut harness).as_slice(),
        [Request::Action(Action::Delete)]
    ));
    harness.get_by_label("Plain text").click();
    harness.run();
    assert!(matches!(asked(&mut harness).as_slice(), [Request::Cite(_)]));
    // Asking changed nothing: the speaker is still there.
    let doc = harness.state().ws.session.document();
    let speaker = doc
        .annotation(claim)
        .unwrap()
        .claim
        .as_ref()
        .unwrap()
        .speaker;
    assert!(speaker.is_some());
}

#[test]
fn a_name_typed_for_the_entity_becomes_one_command_when_applied() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = panel(dir.path(), true);
    harness.get_by_label("Tag all occurrences…");
    {
        let p = harness.state_mut();
        let draft = p.inspector.draft.as_mut().unwrap();
        draft.entity.as_mut().unwrap().name = "العقيد سامر الحلبي".to_owned();
    }
    let p = harness.state_mut();
    let commands = p.inspector.flush(&p.ws);
    assert!(
        matches!(commands.as_slice(), [Command::UpdateEntity(e)] if e.name == "العقيد سامر الحلبي"),
        "{commands:?}"
    );
    assert!(
        p.inspector.flush(&p.ws).is_empty(),
        "applied once, then nothing is left to apply"
    );
    assert!(asked(&mut harness).is_empty(), "typing asks for nothing");
}
