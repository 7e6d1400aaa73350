//! The article view driven like a reader drives it: drag, double-click, snapshots.

use std::path::PathBuf;

use crate::ui::{before_rtl_char, clicks, drag, harness, harness_sized, offset};
use egui::pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use marsad::app::SAMPLE_ARTICLE;

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
    clicks(&mut harness, at, egui::Modifiers::NONE, 2);
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

#[test]
fn shift_click_extends_and_shift_arrows_move_on_screen() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    let a = offset(&text, "وقال المتحدث");
    let b = offset(&text, "سامر الحلبي");
    let at_a = before_rtl_char(&mut harness, a);
    let at_b = before_rtl_char(&mut harness, b);
    clicks(&mut harness, at_a, egui::Modifiers::NONE, 1);
    assert_eq!(
        harness.state().view().unwrap().selection.unwrap().range(),
        a..a
    );
    clicks(&mut harness, at_b, egui::Modifiers::SHIFT, 1);
    assert_eq!(
        harness.state().view().unwrap().selection.unwrap().range(),
        a..b
    );
    // In a right-to-left paragraph the left arrow reads forward.
    for _ in 0..4 {
        harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowLeft);
        harness.run();
    }
    let view = harness.state().view().unwrap();
    assert_eq!(
        view.selection.unwrap().range(),
        a..b + "سامر".chars().count()
    );
    assert_eq!(
        view.selected_text().unwrap(),
        "وقال المتحدث باسم القوات المشتركة، العقيد سامر"
    );
}

#[test]
fn arrows_in_the_article_cross_a_number_as_the_fields_do() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    // «مدتها 72 ساعة»: the caret before مدتها, then Left ten times.
    let a = offset(&text, "مدتها 72");
    let at = before_rtl_char(&mut harness, a);
    clicks(&mut harness, at, egui::Modifiers::NONE, 1);
    let mut offsets = Vec::new();
    for _ in 0..10 {
        harness.key_press(egui::Key::ArrowLeft);
        harness.run();
        offsets.push(harness.state().view().unwrap().selection.unwrap().cursor - a);
    }
    // Five letters and the space (6: the caret sticks to the space, right of «72»), then
    // over «72», drawn left to right: crossing 2 puts the caret between 7 and 2 (7), crossing
    // 7 before it (6); then the space after the number (9) and ساعة.
    assert_eq!(offsets, vec![1, 2, 3, 4, 5, 6, 7, 6, 9, 10]);
}

#[test]
fn triple_click_selects_the_paragraph() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    let at = before_rtl_char(&mut harness, offset(&text, "نفت جبهة"));
    clicks(&mut harness, at, egui::Modifiers::NONE, 3);
    let selected = harness
        .state()
        .view()
        .unwrap()
        .selected_text()
        .unwrap()
        .to_owned();
    assert!(
        selected.starts_with("في المقابل، نفت جبهة الخلاص"),
        "{selected}"
    );
    assert!(selected.ends_with("أي بعد ساعات من الإعلان."), "{selected}");
}

#[test]
fn hidden_bidi_controls_are_reported_and_can_be_shown() {
    let dir = tempfile::tempdir().unwrap();
    let article = crate::common::write(
        dir.path(),
        "hidden.txt",
        "قال المتحدث \u{202E}تم الاتفاق\u{202C} على الهدنة.\n",
    );
    let mut harness = harness(article);
    harness.get_by_label("2 invisible bidi controls");
    assert!(!harness.state().settings.show_controls);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Show bidi controls").click();
    harness.run();
    assert!(harness.state().settings.show_controls);
}

#[test]
fn font_size_follows_ctrl_plus_minus_and_zero() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let size = harness.state().settings.size;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    assert_eq!(harness.state().settings.size, size + 2.0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert_eq!(harness.state().settings.size, size - 2.0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings.size, size);
}

#[test]
fn hovering_a_highlight_says_what_it_is() {
    // A copy with its sidecar: the snapshot test holds the fixture's lock meanwhile, and a
    // second holder would open it read-only (a banner that moves the text).
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("nested.txt");
    std::fs::copy("tests/fixtures/view/nested.txt", &article).unwrap();
    std::fs::copy(
        "tests/fixtures/view/nested.txt.marsad.ron",
        dir.path().join("nested.txt.marsad.ron"),
    )
    .unwrap();
    let mut harness = harness_sized(article, egui::vec2(760.0, 260.0));
    let text = harness.state().opened().unwrap().article.text.clone();
    let at = before_rtl_char(&mut harness, offset(&text, "الزيتون"));
    harness.hover_at(at + egui::vec2(-4.0, 0.0));
    // Tooltips wait for the pointer to rest.
    harness.run_steps(60);
    harness.get_by_label("location: «عين الزيتون»");
    harness.get_by_label_contains("claim: «إن القصف على عين الزيتون");
}

/// Jumping into the middle of a long article and scrolling up meets paragraphs whose heights
/// were only estimated. Laying them out must not move the text on screen: the character under
/// a fixed point stays the same from one frame to the next while nothing scrolls.
#[test]
fn text_on_screen_stays_put_when_estimated_paragraphs_are_measured() {
    let paragraph = "أعلنت قيادة القوات المشتركة مساء الأحد التوصل إلى هدنة مدتها 72 ساعة مع جبهة الخلاص في وادي السدر بعد أسبوع من الاشتباكات التي أودت بحياة 47 شخصاً.";
    let words: Vec<&str> = paragraph.split(' ').collect();
    // Paragraphs of different lengths, so estimated and measured heights differ.
    let mut text = String::new();
    for i in 0..3000 {
        let sentence = words[..words.len() - i % 9].join(" ");
        text.push_str(&i.to_string());
        text.push(' ');
        text.push_str(&vec![sentence; i % 5 + 1].join(" "));
        text.push_str("\n\n");
    }
    let style = marsad::app::theme::view_style(
        &egui::Visuals::dark(),
        &marsad::app::settings::Settings::default(),
    );
    let view = marsad::app::view::ArticleView::new(&text);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(marsad::app::fonts::install)
        .build_ui_state(
            move |ui, view: &mut marsad::app::view::ArticleView| {
                view.ui(ui, &style);
            },
            view,
        );
    harness.run();
    harness.state_mut().scroll_to(200_000.0);
    harness.run();
    // Scroll up 24 points a frame, as a wheel does, into paragraphs never laid out.
    let probe = pos2(400.0, 300.0);
    let ctx = harness.ctx.clone();
    let mut checked = 0;
    for _ in 0..150 {
        let before = harness.state_mut().char_at_screen(&ctx, probe);
        let top = harness.state().scroll_top();
        harness.state_mut().scroll_to(top - 24.0);
        harness.step();
        let after = harness
            .state_mut()
            .char_at_screen(&ctx, probe + egui::vec2(0.0, 24.0));
        if before.is_some() {
            assert_eq!(
                before, after,
                "the text moved by more than the scroll near {top}"
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} frames checked");
}

#[test]
fn dragging_past_the_bottom_edge_scrolls_and_extends_the_selection() {
    let mut harness = harness_sized(PathBuf::from(SAMPLE_ARTICLE), egui::vec2(700.0, 300.0));
    let text = harness.state().opened().unwrap().article.text.clone();
    let start = offset(&text, "هدنة هشة");
    let from = before_rtl_char(&mut harness, start);
    let top_before = harness.state().view().unwrap().scroll_top();
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.step();
    let below = pos2(from.x - 100.0, 295.0 + 60.0);
    for _ in 0..30 {
        harness.hover_at(below);
        harness.step();
    }
    harness.drop_at(below);
    harness.run();
    let view = harness.state().view().unwrap();
    assert!(
        view.scroll_top() > top_before + 100.0,
        "scrolled from {top_before} to {}",
        view.scroll_top()
    );
    let range = view.selection.unwrap().range();
    assert_eq!(range.start, start);
    assert!(
        range.end > offset(&text, "وقال المتحدث"),
        "the selection grew with the scroll: {range:?}"
    );
}

#[test]
fn shortcuts_do_not_fire_while_typing_in_a_text_field() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let size = harness.state().settings.size;
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Article path")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::D,
    );
    harness.run();
    assert_eq!(harness.state().settings.size, size);
    assert!(!harness.state().settings.show_controls);

    // With the field no longer focused, the same keys are commands.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::D,
    );
    harness.run();
    assert_eq!(harness.state().settings.size, size + 2.0);
    assert!(harness.state().settings.show_controls);
}

#[test]
fn home_and_end_stay_on_the_visual_line_and_ctrl_goes_to_the_article_s_ends() {
    let mut harness = harness(PathBuf::from(SAMPLE_ARTICLE));
    let text = harness.state().opened().unwrap().article.text.clone();
    let start = offset(&text, "أعلنت قيادة");
    let lines = harness.state().view().unwrap().line_ranges(start);
    assert!(lines.len() >= 2, "the paragraph wraps");
    let inside = lines[1].start + 3;
    let at = before_rtl_char(&mut harness, inside);
    clicks(&mut harness, at, egui::Modifiers::NONE, 1);
    let cursor = |h: &Harness<'_, marsad::app::MarsadApp>| {
        h.state().view().unwrap().selection.unwrap().cursor
    };
    for _ in 0..2 {
        harness.key_press(egui::Key::Home);
        harness.run();
        assert_eq!(
            cursor(&harness),
            lines[1].start,
            "Home twice stays on the line"
        );
    }
    harness.key_press(egui::Key::End);
    harness.run();
    assert_eq!(cursor(&harness), lines[1].end, "End: the line's end");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::End);
    harness.run();
    assert_eq!(cursor(&harness), text.chars().count());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Home);
    harness.run();
    assert_eq!(cursor(&harness), 0);
}
