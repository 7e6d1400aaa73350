//! The layout engine's visual order matches GNU `FriBidi` on mixed Arabic, Latin and digits, and
//! UAX #9 (as ICU implements it) line by line where embeddings and isolates span line breaks.
//! Fixtures in tests/fixtures/bidi, made by generate.py: fribidi-visual.txt from lines.txt, and
//! across-lines.json.

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

/// One paragraph of `across-lines.json` at one width, with its lines as ICU orders them.
#[derive(serde::Deserialize)]
struct AcrossLines {
    text: String,
    width: f32,
    rtl: bool,
    /// Where Marsad broke its lines when the fixture was made (code points).
    starts: Vec<usize>,
    /// Each line in visual order, by ICU at those breaks (libfribidi 1.0 differs on a few, for
    /// the two reasons the generator gives, with the tests below).
    visual: Vec<String>,
}

/// Regression (issue 11, §4): embeddings, overrides and isolates opened on one line and closed
/// on a later one, nested two deep, ordered line by line as UAX #9 orders them.
#[test]
fn lines_of_embeddings_and_isolates_that_span_line_breaks_are_ordered_as_uax9_says() {
    let json = std::fs::read_to_string(fixtures().join("bidi/across-lines.json")).unwrap();
    let cases: Vec<AcrossLines> = serde_json::from_str(&json).unwrap();
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let (mut lines, mut failures) = (0, Vec::new());
    for case in &cases {
        let options = LayoutOptions {
            max_width: case.width,
            ..one_line()
        };
        let layout = layout_paragraph(&case.text, &options, &mut MonospaceShaper);
        let starts: Vec<usize> = layout.lines.iter().map(|l| l.chars.start).collect();
        assert_eq!(starts, case.starts, "line breaks changed: {:?}", case.text);
        assert_eq!(layout.rtl, case.rtl, "direction of {:?}", case.text);
        for (i, (got, want)) in layout.visual_lines().iter().zip(&case.visual).enumerate() {
            lines += 1;
            if got != want {
                failures.push(format!(
                    "{:?} at width {}, line {i}:\nfribidi: {want}\nmarsad:  {got}",
                    case.text, case.width
                ));
            }
        }
    }
    assert!(lines > 3000, "{lines} lines");
    assert!(
        failures.is_empty(),
        "{} of {lines} lines differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Regression (issue 11, §4): UAX #9 rule L1 resets "any sequence of whitespace characters
/// and/or isolate formatting characters at the end of the line", so the space inside an
/// isolate closed at the line's end goes to the paragraph's level with the spaces after it.
/// (libfribidi 1.0's `fribidi_reorder_line` stops at the PDI and shows `ab  دج `; ICU agrees
/// with this test.)
#[test]
fn whitespace_and_an_isolate_closed_at_a_line_end_take_the_paragraph_level() {
    let options = LayoutOptions {
        max_width: 7.0,
        ..one_line()
    };
    let layout = layout_paragraph(
        "ab \u{2067}جد \u{2069} ef gh",
        &options,
        &mut MonospaceShaper,
    );
    assert!(!layout.rtl);
    assert_eq!(layout.visual_lines(), vec!["ab دج  ", "ef gh"]);
}

/// Regression (issue 11, §4): punctuation at the end of an isolate takes the isolate's
/// direction (rules X10 and N2: its end-of-sequence type comes from the isolate's level), not
/// its last letter's. The period of «المدينة.» inside a left-to-right isolate stays on the
/// letters' right. (libfribidi 1.0 resolves it right to left; ICU agrees with this test.)
#[test]
fn neutrals_at_the_end_of_an_isolate_take_the_isolate_direction() {
    let layout = layout_paragraph(
        "٤٧ \u{2066}المدينة. \u{2069}بوتين",
        &one_line(),
        &mut MonospaceShaper,
    );
    assert!(layout.rtl);
    assert_eq!(layout.visual_lines(), vec!["نيتوبةنيدملا.  ٤٧"]);
}
