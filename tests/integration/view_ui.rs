//! The article view driven like a reader drives it: drag, double-click, snapshots.

use std::path::PathBuf;

use egui::{Pos2, pos2};
use egui_kittest::Harness;
use marsad::app::{MarsadApp, SAMPLE_ARTICLE};

use crate::app_window::{harness, harness_sized};

/// Code point offset of the first occurrence of `needle` in `text`.
fn offset(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].chars().count()
}

/// A point just inside the right edge of the character at `offset` (right-to-left text): the
/// caret nearest to it is the one before that character.
fn before_rtl_char(harness: &mut Harness<'_, MarsadApp>, offset: usize) -> Pos2 {
    let ctx = harness.ctx.clone();
    let rects = harness
        .state_mut()
        .view_mut()
        .unwrap()
        .screen_rects(&ctx, offset..offset + 1);
    let r = rects
        .first()
        .copied()
        .unwrap_or_else(|| panic!("character {offset} is not on screen"));
    pos2(r.right() - 1.0, r.center().y)
}

fn drag(harness: &mut Harness<'_, MarsadApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    let mid = from + (to - from) * 0.5;
    for p in [from + egui::vec2(-8.0, 0.0), mid, to] {
        harness.hover_at(p);
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn dragging_across_a_line_break_selects_exactly_the_characters_between() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    let start = offset(&text, "أعلنت قيادة");
    let lines = harness.state().view().unwrap().line_ranges(start);
    assert!(lines.len() >= 2, "the paragraph wraps: {lines:?}");
    // From the paragraph's first character to the start of the second word of its second line.
    let second_line: String = text
        .chars()
        .skip(lines[1].start)
        .take(lines[1].len())
        .collect();
    let word = second_line.find(' ').unwrap() + 1;
    let end = lines[1].start + second_line[..word].chars().count();
    let from = before_rtl_char(&mut harness, start);
    let to = before_rtl_char(&mut harness, end);
    assert!(to.y > from.y, "the end is on the next line");
    drag(&mut harness, from, to);

    let view = harness.state().view().unwrap();
    assert_eq!(view.selection.unwrap().range(), start..end);
    let expected: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(view.selected_text(), Some(expected.as_str()));
    assert_eq!(
        view.selection.unwrap().anchor,
        start,
        "anchored at the press point"
    );
}

#[test]
fn double_click_selects_a_word() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    let word = offset(&text, "الحلبي");
    let at = before_rtl_char(&mut harness, word + 2);
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    let view = harness.state().view().unwrap();
    assert_eq!(view.selected_text(), Some("الحلبي"));
}

/// tests/fixtures/view/nested.txt holds a claim with an actor and a location inside it, and an
/// English paragraph with an actor; its sidecar is committed beside it. The path is relative
/// (tests run in the package folder) so the path field in the snapshot is the same everywhere.
#[test]
fn nested_claim_actor_and_location_snapshot() {
    let article = PathBuf::from("tests/fixtures/view/nested.txt");
    let mut harness = harness_sized(article, egui::vec2(760.0, 260.0));
    let opened = harness.state().opened().unwrap();
    assert_eq!(opened.document.annotations().len(), 4);
    assert!(opened.anchoring.is_clean());
    harness.snapshot("nested_highlights");
}
