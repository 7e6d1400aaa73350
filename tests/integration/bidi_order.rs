//! The layout engine's visual order matches GNU `FriBidi` on mixed Arabic, Latin and digits.
//! Fixtures: tests/fixtures/bidi/lines.txt, and fribidi-visual.txt made from it by generate.py.

use marsad::text::{LayoutOptions, MonospaceShaper, layout_paragraph};

use crate::common::fixtures;

fn lines(name: &str) -> Vec<String> {
    std::fs::read_to_string(fixtures().join("bidi").join(name))
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn one_line() -> LayoutOptions {
    LayoutOptions {
        max_width: f32::INFINITY,
        show_controls: false,
        neutral_rtl: false,
        rtl: None,
    }
}

#[test]
fn visual_order_matches_fribidi() {
    let input = lines("lines.txt");
    let expected = lines("fribidi-visual.txt");
    assert!(input.len() >= 40);
    assert_eq!(input.len(), expected.len());
    let mut failures = Vec::new();
    for (line, want) in input.iter().zip(&expected) {
        let layout = layout_paragraph(line, &one_line(), &mut MonospaceShaper);
        let got = layout.visual_lines().concat();
        if &got != want {
            failures.push(format!(
                "input:    {line}\nfribidi:  {want}\nmarsad:   {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} lines differ:\n{}",
        failures.len(),
        input.len(),
        failures.join("\n\n")
    );
}

#[test]
fn numbers_after_arabic_read_as_fribidi_shows_them() {
    let layout = layout_paragraph("بين 2020-2022 تم", &one_line(), &mut MonospaceShaper);
    assert!(layout.rtl);
    assert_eq!(layout.visual_lines(), vec!["مت 2022-2020 نيب"]);
}

#[test]
fn an_english_paragraph_stays_left_to_right() {
    let layout = layout_paragraph(
        "The ceasefire in وادي السدر held.",
        &one_line(),
        &mut MonospaceShaper,
    );
    assert!(!layout.rtl);
    assert_eq!(
        layout.visual_lines(),
        vec!["The ceasefire in ردسلا يداو held."]
    );
}

#[test]
fn controls_are_shown_as_marks_on_request() {
    let text = "قبل \u{2066}LTR\u{2069} بعد";
    let mut options = one_line();
    let hidden = layout_paragraph(text, &options, &mut MonospaceShaper);
    assert!(hidden.has_controls);
    assert!(!hidden.visual_lines()[0].contains("[LRI]"));
    options.show_controls = true;
    let shown = layout_paragraph(text, &options, &mut MonospaceShaper);
    let visual = &shown.visual_lines()[0];
    // The isolate marks sit in the right-to-left text around it: LRI is read first, on the right.
    assert!(visual.contains("[PDI]LTR[LRI]"), "{visual}");
}
