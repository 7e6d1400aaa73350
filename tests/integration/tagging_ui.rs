//! A whole tagging run in the real window, driven like an analyst drives it: drag and press
//! A, double-click and press L, select a sentence and press C, pick the speaker, mark the
//! claim disputed, undo, redo, save, and reopen.

use std::path::{Path, PathBuf};

use crate::ui::{before_rtl_char, clicks, document, drag, harness_with, key, offset};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::MarsadApp;
use marsad::app::settings::Settings;
use marsad::model::{AnnotationKind, ClaimStatus, EntityKind};

/// The bundled sample copied into a temporary folder, opened in a full-size window with
/// every panel.
fn tagging_harness(dir: &Path) -> (Harness<'static, MarsadApp>, PathBuf, String) {
    let path = dir.join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    let harness = harness_with(path.clone(), egui::vec2(1280.0, 900.0), Settings::default());
    let text = harness.state().opened().unwrap().article.text.clone();
    (harness, path, text)
}

/// Drags over `needle` (its `nth` occurrence from code point `from`) in the text.
fn drag_over(
    harness: &mut Harness<'_, MarsadApp>,
    text: &str,
    needle: &str,
) -> std::ops::Range<usize> {
    let start = offset(text, needle);
    let end = start + needle.chars().count();
    let from = before_rtl_char(harness, start);
    let to = before_rtl_char(harness, end);
    drag(harness, from, to);
    let selected = harness.state().view().unwrap().selection.unwrap().range();
    assert_eq!(selected, start..end, "the drag selected «{needle}»");
    start..end
}

fn selected_quote(harness: &Harness<'_, MarsadApp>) -> (AnnotationKind, String) {
    let ws = harness.state().workspace().unwrap();
    let a = ws.selected_annotation().expect("an annotation is selected");
    (a.kind, a.span.quote.clone())
}

fn claim_status(harness: &Harness<'_, MarsadApp>) -> ClaimStatus {
    let doc = document(harness);
    doc.annotations()
        .iter()
        .find_map(|a| a.claim.as_ref())
        .unwrap()
        .status
}

#[test]
fn a_whole_tagging_run_survives_saving_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, text) = tagging_harness(dir.path());

    // An actor: drag over the name and press A.
    drag_over(&mut harness, &text, "العقيد سامر الحلبي");
    key(&mut harness, Modifiers::NONE, Key::A);
    assert_eq!(
        selected_quote(&harness),
        (AnnotationKind::Actor, "العقيد سامر الحلبي".to_owned())
    );

    // A place: double-click the word and press L.
    let place = offset(&text, "الرملة إن");
    let at = before_rtl_char(&mut harness, place + 2);
    clicks(&mut harness, at, Modifiers::NONE, 2);
    key(&mut harness, Modifiers::NONE, Key::L);
    assert_eq!(
        selected_quote(&harness),
        (AnnotationKind::Location, "الرملة".to_owned())
    );

    // A claim: select the sentence and press C.
    let claim = "إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به»";
    drag_over(&mut harness, &text, claim);
    key(&mut harness, Modifiers::NONE, Key::C);
    assert_eq!(
        selected_quote(&harness),
        (AnnotationKind::Claim, claim.to_owned())
    );
    harness.get_by_label("Claims (1)");

    // Its speaker: press S, then click the actor mention in the text.
    key(&mut harness, Modifiers::NONE, Key::S);
    assert!(harness.state().workspace().unwrap().picking_speaker());
    let actor = offset(&text, "سامر الحلبي");
    let at = before_rtl_char(&mut harness, actor + 1);
    clicks(&mut harness, at, Modifiers::NONE, 1);
    let ws = harness.state().workspace().unwrap();
    let doc = ws.session().document();
    let speaker = doc
        .annotations()
        .iter()
        .find_map(|a| a.claim.as_ref())
        .and_then(|c| c.speaker)
        .expect("the claim has a speaker");
    assert_eq!(doc.entity(speaker).unwrap().name, "العقيد سامر الحلبي");
    assert_eq!(
        selected_quote(&harness).0,
        AnnotationKind::Claim,
        "the claim stays selected"
    );

    // Disputed, from the inspector.
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Status")
        .click();
    harness.run();
    harness.get_by_label("Disputed").click();
    harness.run();
    assert_eq!(claim_status(&harness), ClaimStatus::Disputed);

    // Undo and redo.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(claim_status(&harness), ClaimStatus::Unverified);
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(claim_status(&harness), ClaimStatus::Disputed);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    key(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(claim_status(&harness), ClaimStatus::Disputed);

    // Save, and wait for the writer thread.
    key(&mut harness, Modifiers::COMMAND, Key::S);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while harness.state().is_saving() {
        assert!(std::time::Instant::now() < deadline, "saving took too long");
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run();
    harness.get_by_label("Saved");
    drop(harness);

    // Reopen from disk: everything is there, with the right quotes.
    let reopened = marsad::store::open(&path).unwrap();
    let doc = &reopened.document;
    let quotes: Vec<(AnnotationKind, &str)> = doc
        .annotations()
        .iter()
        .map(|a| (a.kind, a.span.quote.as_str()))
        .collect();
    assert_eq!(
        quotes,
        [
            (AnnotationKind::Actor, "العقيد سامر الحلبي"),
            (AnnotationKind::Location, "الرملة"),
            (AnnotationKind::Claim, claim),
        ]
    );
    assert!(reopened.anchoring.changed.is_empty() && doc.orphans().is_empty());
    let claim = doc.annotations()[2].claim.as_ref().unwrap();
    assert_eq!(claim.status, ClaimStatus::Disputed);
    let speaker = doc.entity(claim.speaker.unwrap()).unwrap();
    assert_eq!(speaker.kind, EntityKind::Actor);
    assert_eq!(doc.annotations()[0].entity, Some(speaker.id));
    let place = doc.entity(doc.annotations()[1].entity.unwrap()).unwrap();
    assert_eq!(
        (place.kind, place.name.as_str()),
        (EntityKind::Location, "الرملة")
    );
}

#[test]
fn shortcuts_do_not_fire_while_an_inspector_field_has_focus() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, text) = tagging_harness(dir.path());
    drag_over(&mut harness, &text, "جبهة الخلاص");
    key(&mut harness, Modifiers::NONE, Key::A);
    let ws = harness.state().workspace().unwrap();
    let entity = ws.selected_annotation().unwrap().entity.unwrap();
    assert_eq!(
        ws.session().document().entity(entity).unwrap().name,
        "جبهة الخلاص"
    );

    // Type into the entity's name: A, L, C, S, Delete, Ctrl+S and F1 are typing there.
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Name")
        .focus();
    harness.run();
    harness.key_press(Key::End);
    for (k, typed) in [(Key::A, " a"), (Key::L, "l"), (Key::C, "c"), (Key::S, "s")] {
        harness.key_press(k);
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Name")
            .type_text(typed);
        harness.run();
    }
    // The field itself reads right to left: no preview line beneath it.
    let typed = marsad::app::field::focused_field(&harness.ctx).unwrap();
    assert_eq!(typed.text, "جبهة الخلاص alcs");
    assert_eq!(typed.visual_lines, vec!["alcs صالخلا ةهبج".to_owned()]);
    assert!(harness.query_by_label("Reads:").is_none());
    // (The entity heading above shows the typed name as well.)
    harness.get_by_role_and_label(egui::accesskit::Role::Label, "جبهة الخلاص alcs");
    key(&mut harness, Modifiers::NONE, Key::Delete);
    key(&mut harness, Modifiers::COMMAND, Key::S);
    key(&mut harness, Modifiers::NONE, Key::F1);
    assert!(
        !harness.state().is_saving(),
        "Ctrl+S typed into the field does not save"
    );
    let ws = harness.state().workspace().unwrap();
    let doc = ws.session().document();
    assert_eq!(doc.annotations().len(), 1, "no tag was added or removed");
    // Counts take their plural forms (Fluent): one annotation, one actor.
    harness.get_by_label("1 annotation (1 actor, 0 locations, 0 claims)");
    assert!(ws.selected().is_some(), "the mention is still selected");
    assert_eq!(
        doc.entity(entity).unwrap().name,
        "جبهة الخلاص",
        "nothing is applied while the field has focus"
    );
    assert!(
        !marsad::store::sidecar_path(&path).exists(),
        "nothing was saved"
    );
    assert!(
        harness.query_by_label("Keyboard shortcuts").is_none(),
        "F1 typed into the field does not open help"
    );

    // Leaving the field applies the edit as one change, which one Ctrl+Z undoes.
    key(&mut harness, Modifiers::NONE, Key::Escape);
    let renamed = document(&harness).entity(entity).unwrap().name.clone();
    assert_ne!(renamed, "جبهة الخلاص", "the typed text was applied");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(
        ws.session().document().entity(entity).unwrap().name,
        "جبهة الخلاص"
    );
    assert_eq!(ws.session().document().annotations().len(), 1);
}

#[test]
fn tag_all_occurrences_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moscow.txt");
    std::fs::copy(crate::common::fixtures().join("tagging/moscow.txt"), &path).unwrap();
    let mut harness = harness_with(path, egui::vec2(1280.0, 900.0), Settings::default());
    let text = harness.state().opened().unwrap().article.text.clone();
    drag_over(&mut harness, &text, "بوتين إن");
    // Only the name: shrink the selection by the space and the next word.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    }
    harness.run();
    let range = harness.state().view().unwrap().selection.unwrap().range();
    assert_eq!(range.len(), 5, "{range:?}");
    key(&mut harness, Modifiers::NONE, Key::A);
    // The offer appears; T opens the review.
    harness.get_by_label_contains("3 more untagged mentions");
    key(&mut harness, Modifiers::NONE, Key::T);
    harness.get_by_label("Tag all occurrences");
    // Skip the first (وبوتين), tag the others.
    harness
        .get_all_by_role(egui::accesskit::Role::CheckBox)
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Tag 2 mentions").click();
    harness.run();
    let doc = document(&harness);
    let quotes: Vec<&str> = doc
        .annotations()
        .iter()
        .map(|a| a.span.quote.as_str())
        .collect();
    assert_eq!(quotes, ["بوتين", "بوتين", "بوتين"]);
    assert_eq!(doc.entities().len(), 1);
    // One undo removes both.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(document(&harness).annotations().len(), 1);
}

/// Focuses the inspector's text field labelled `label` and types `text` into it.
fn type_into(harness: &mut Harness<'_, MarsadApp>, label: &str, text: &str) {
    // Notes are several lines long.
    let role = if label == "Note" {
        egui::accesskit::Role::MultilineTextInput
    } else {
        egui::accesskit::Role::TextInput
    };
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press(Key::End);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn annotation_with_quote(
    harness: &Harness<'_, MarsadApp>,
    quote: &str,
) -> marsad::model::Annotation {
    let doc = document(harness);
    doc.annotations()
        .iter()
        .find(|a| a.span.quote == quote)
        .map_or_else(
            || panic!("no annotation «{quote}»"),
            |a| marsad::model::Annotation::clone(a),
        )
}

#[test]
fn a_note_typed_before_clicking_elsewhere_stays_on_its_annotation() {
    // Regression: applying the note of A after a click on B selected A again, and the next
    // Delete removed A.
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _path, text) = tagging_harness(dir.path());
    drag_over(&mut harness, &text, "العقيد سامر الحلبي");
    key(&mut harness, Modifiers::NONE, Key::A);
    let place = offset(&text, "الرملة إن");
    let at = before_rtl_char(&mut harness, place + 2);
    clicks(&mut harness, at, Modifiers::NONE, 2);
    key(&mut harness, Modifiers::NONE, Key::L);
    // Back to the actor, and a note on it.
    let actor = offset(&text, "سامر الحلبي");
    let at = before_rtl_char(&mut harness, actor + 1);
    clicks(&mut harness, at, Modifiers::NONE, 1);
    assert_eq!(selected_quote(&harness).1, "العقيد سامر الحلبي");
    type_into(&mut harness, "Note", "قائد ميداني");
    // Click the place while the note field still has focus.
    let at = before_rtl_char(&mut harness, place + 2);
    clicks(&mut harness, at, Modifiers::NONE, 1);
    harness.run();
    assert_eq!(
        selected_quote(&harness).1,
        "الرملة",
        "the click's selection stands"
    );
    assert_eq!(
        annotation_with_quote(&harness, "العقيد سامر الحلبي").note,
        "قائد ميداني"
    );
    key(&mut harness, Modifiers::NONE, Key::Delete);
    let doc = document(&harness);
    let quotes: Vec<&str> = doc
        .annotations()
        .iter()
        .map(|a| a.span.quote.as_str())
        .collect();
    assert_eq!(
        quotes,
        ["العقيد سامر الحلبي"],
        "Delete removed the place, not the actor"
    );
}

#[test]
fn autosave_while_typing_does_not_disturb_the_field_and_bad_input_keeps_stored_values() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _path, text) = tagging_harness(dir.path());
    drag_over(&mut harness, &text, "جبهة الخلاص");
    key(&mut harness, Modifiers::NONE, Key::A);
    // Start a note at once and keep typing across the autosave.
    type_into(&mut harness, "Note", "بيان ");
    for _ in 0..90 {
        harness.step();
    }
    type_into(&mut harness, "Note", "رسمي");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    let a = annotation_with_quote(&harness, "جبهة الخلاص");
    assert_eq!(
        a.note, "بيان رسمي",
        "the space typed before the save is kept"
    );
    // A valid Wikidata id is applied; a half-typed one does not replace it.
    type_into(&mut harness, "Wikidata", "Q42");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    let entity_of = |h: &Harness<'_, MarsadApp>| {
        let doc = document(h);
        doc.entity(annotation_with_quote(h, "جبهة الخلاص").entity.unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(entity_of(&harness).wikidata.as_deref(), Some("Q42"));
    let revision = harness.state().workspace().unwrap().session().revision();
    type_into(&mut harness, "Wikidata", "x");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(entity_of(&harness).wikidata.as_deref(), Some("Q42"));
    assert_eq!(
        harness.state().workspace().unwrap().session().revision(),
        revision,
        "nothing changed"
    );
}

#[test]
fn tagged_article_inspector_and_claims_in_the_light_theme_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &path).unwrap();
    let settings = Settings {
        theme: marsad::app::settings::Theme::Light,
        ..Settings::default()
    };
    let mut harness = harness_with(path, egui::vec2(1280.0, 900.0), settings);
    let text = harness.state().opened().unwrap().article.text.clone();
    drag_over(&mut harness, &text, "العقيد سامر الحلبي");
    key(&mut harness, Modifiers::NONE, Key::A);
    let place = offset(&text, "الرملة إن");
    let at = before_rtl_char(&mut harness, place + 2);
    clicks(&mut harness, at, Modifiers::NONE, 2);
    key(&mut harness, Modifiers::NONE, Key::L);
    drag_over(
        &mut harness,
        &text,
        "إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به»",
    );
    key(&mut harness, Modifiers::NONE, Key::C);
    let actor = offset(&text, "سامر الحلبي");
    let at = before_rtl_char(&mut harness, actor + 1);
    clicks(&mut harness, at, Modifiers::COMMAND, 1);
    assert_eq!(selected_quote(&harness).0, AnnotationKind::Claim);
    // Settle: saved, and the pointer away from any highlight.
    for _ in 0..70 {
        harness.step();
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while harness.state().is_saving() || harness.state().workspace().unwrap().session().is_dirty() {
        assert!(std::time::Instant::now() < deadline, "saving took too long");
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    crate::ui::clear_path_field(&mut harness, "Article path");
    harness.get_by_label("Saved");
    harness.snapshot("tagging_light");
}

#[test]
fn copying_a_claim_s_citation_puts_isolated_text_on_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _path, text) = tagging_harness(dir.path());
    drag_over(&mut harness, &text, "العقيد سامر الحلبي");
    key(&mut harness, Modifiers::NONE, Key::A);
    let claim = "إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به»";
    drag_over(&mut harness, &text, claim);
    key(&mut harness, Modifiers::NONE, Key::C);
    let actor = offset(&text, "سامر الحلبي");
    let at = before_rtl_char(&mut harness, actor + 1);
    clicks(&mut harness, at, Modifiers::COMMAND, 1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    harness.step();
    let accessed = jiff::ZonedDateTime::now().date();
    let expected = format!(
        "«\u{2067}{claim}\u{2069}» — \u{2067}العقيد سامر الحلبي\u{2069} (accessed {accessed})"
    );
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    // Without a system clipboard (CI has no display) eframe's copy carries it; with one,
    // arboard does, and the app keeps what it copied.
    if copied.is_empty() {
        assert_eq!(harness.state().last_copy(), Some(expected.as_str()));
    } else {
        assert_eq!(copied, std::slice::from_ref(&expected));
    }
    harness.run();
    harness.get_by_label("Citation copied (Plain text)");
}

#[test]
fn the_last_key_typed_in_the_frame_of_a_click_elsewhere_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _path, text) = tagging_harness(dir.path());
    let place = offset(&text, "الرملة إن");
    let at = before_rtl_char(&mut harness, place + 2);
    clicks(&mut harness, at, Modifiers::NONE, 2);
    key(&mut harness, Modifiers::NONE, Key::L);
    let role = egui::accesskit::Role::MultilineTextInput;
    harness.get_by_role_and_label(role, "Note").focus();
    harness.run();
    let elsewhere = before_rtl_char(&mut harness, offset(&text, "هدنة") + 1);
    harness
        .get_by_role_and_label(role, "Note")
        .type_text("seen");
    // The click comes in the same frame as the letters, as when xdotool types and clicks.
    harness.event(egui::Event::PointerMoved(elsewhere));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: elsewhere,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(annotation_with_quote(&harness, "الرملة").note, "seen");
}

#[test]
fn a_click_on_an_unlinked_mention_while_picking_a_speaker_says_why_in_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _, text) = tagging_harness(dir.path());
    drag_over(&mut harness, &text, "العقيد سامر الحلبي");
    key(&mut harness, Modifiers::NONE, Key::A);
    // Unlinked from its entity, in the inspector.
    harness.get_by_label("Link to another entity").click();
    harness.run();
    harness.get_by_label("Unlink").click();
    harness.run();
    let doc = document(&harness);
    assert_eq!(doc.annotations()[0].entity, None, "the mention is unlinked");

    let claim = "إن «قواتنا ستلتزم بوقف إطلاق النار ما دام الطرف الآخر ملتزماً به»";
    drag_over(&mut harness, &text, claim);
    key(&mut harness, Modifiers::NONE, Key::C);
    key(&mut harness, Modifiers::NONE, Key::S);
    let actor = offset(&text, "سامر الحلبي");
    let at = before_rtl_char(&mut harness, actor + 1);
    clicks(&mut harness, at, Modifiers::NONE, 1);

    let said = "That actor mention is not linked to an entity: link it first";
    let message = harness.state().message().expect("a message").clone();
    assert!(message.error && message.text == said, "{message:?}");
    crate::ui::shows(&harness, said);
    let claim = document(&harness)
        .annotations()
        .iter()
        .find_map(|a| a.claim.clone())
        .unwrap();
    assert_eq!(claim.speaker, None, "no speaker was set");
}
