//! The caret model on monospace layouts: every letter one unit wide, marks zero.

// Monospace widths are whole numbers, exact in f32.
#![allow(clippy::float_cmp)]

use super::*;
use crate::text::{LayoutOptions, MonospaceShaper, layout_paragraph, paragraphs};

fn lay_out(text: &str, width: f32) -> Vec<(ParagraphLayout<()>, usize)> {
    let options = LayoutOptions {
        max_width: width,
        show_controls: false,
        neutral_rtl: true,
        rtl: None,
    };
    paragraphs(text)
        .into_iter()
        .map(|p| {
            (
                layout_paragraph(p.text, &options, &mut MonospaceShaper),
                p.start,
            )
        })
        .collect()
}

fn blocks_of(layouts: &[(ParagraphLayout<()>, usize)]) -> Vec<Block<'_, ()>> {
    layouts
        .iter()
        .map(|(layout, start)| Block {
            layout,
            start: *start,
        })
        .collect()
}

fn press(text: &str, blocks: &[Block<'_, ()>], cursor: Cursor, motion: Motion) -> Cursor {
    move_cursor(text, blocks, cursor, motion, None, &mut MonospaceShaper).0
}

const D: fn(usize) -> Cursor = Cursor::downstream;
const U: fn(usize) -> Cursor = Cursor::upstream;

#[test]
fn left_and_right_move_over_one_cell_on_screen_across_a_number_in_arabic() {
    // «إن 47 مسيّرة»: on screen, left to right: ةرّيسم ␠ 47 ␠ نإ
    let text = "إن 47 مسيّرة";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    let home = press(text, &blocks, D(5), Motion::Home);
    assert_eq!(home, D(0), "Home is the right edge of a right-to-left line");
    let mut steps = vec![home];
    let mut at = home;
    for _ in 0..12 {
        at = press(text, &blocks, at, Motion::Left);
        steps.push(at);
    }
    assert_eq!(
        steps,
        vec![
            D(0),  // right of إ
            U(1),  // between إ and ن
            U(2),  // left of ن, sticking to it
            U(3),  // left of the space: before 47 in logical order
            D(4),  // between 4 and 7, sticking to 7
            D(3),  // left of 4
            U(6),  // left of the second space
            U(7),  // between م and س
            U(8),  // between س and يّ
            U(10), // the shadda stays with its letter
            U(11),
            U(12), // the line's left edge: the text's end
            U(12), // nowhere further to go
        ]
    );
    let x: Vec<f32> = steps[..12]
        .iter()
        .map(|&c| caret_position(&blocks, c, &mut MonospaceShaper).1)
        .collect();
    assert_eq!(x, vec![11., 10., 9., 8., 7., 6., 5., 4., 3., 2., 1., 0.]);
    // Right walks the same places back.
    let mut back = vec![at];
    for _ in 0..11 {
        at = press(text, &blocks, at, Motion::Right);
        back.push(at);
    }
    let expected: Vec<f32> = (0..12).map(|x| x as f32).collect();
    let got: Vec<f32> = back
        .iter()
        .map(|&c| caret_position(&blocks, c, &mut MonospaceShaper).1)
        .collect();
    assert_eq!(got, expected);
    assert_eq!(press(text, &blocks, at, Motion::End), U(12));
}

#[test]
fn one_offset_at_a_direction_boundary_is_drawn_on_the_side_it_sticks_to() {
    // «قال OCHA»: on screen OCHA ␠ لاق. Offset 4 is after the space and before O.
    let text = "قال OCHA";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    let x = |c| caret_position(&blocks, c, &mut MonospaceShaper).1;
    assert_eq!(
        x(D(4)),
        0.0,
        "downstream: at O's leading edge, the line's left end"
    );
    assert_eq!(x(U(4)), 4.0, "upstream: at the space's trailing edge");
    assert_eq!(x(U(8)), 4.0, "the end of OCHA is drawn at its right edge");
}

#[test]
fn left_past_a_wrapped_right_to_left_line_goes_on_to_the_next_line() {
    let text = "قال المتحدث إن";
    let layouts = lay_out(text, 12.0);
    assert_eq!(layouts[0].0.lines.len(), 2);
    let blocks = blocks_of(&layouts);
    let end_of_first = press(text, &blocks, D(0), Motion::End);
    assert_eq!(
        end_of_first,
        U(12),
        "End: the left edge of the first line, its trailing space"
    );
    assert_eq!(
        caret_position(&blocks, end_of_first, &mut MonospaceShaper).0,
        0
    );
    let next = press(text, &blocks, end_of_first, Motion::Left);
    assert_eq!(next, D(12), "the start of the second line");
    assert_eq!(caret_position(&blocks, next, &mut MonospaceShaper).0, 1);
    assert_eq!(press(text, &blocks, next, Motion::Right), U(12));
    assert_eq!(press(text, &blocks, next, Motion::Home), D(12));
    assert_eq!(press(text, &blocks, next, Motion::End), U(14));
}

#[test]
fn up_and_down_keep_the_x_they_started_from() {
    let text = "سطر أول طويل\nقصير\nسطر ثالث طويل";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    let start = D(2); // x 10 on the first line (12 wide)
    let (down, keep) = move_cursor(
        text,
        &blocks,
        start,
        Motion::Down,
        None,
        &mut MonospaceShaper,
    );
    assert_eq!(keep, Some(10.0));
    assert_eq!(down.offset, 13, "the short line's right edge is its start");
    let (down, keep) = move_cursor(
        text,
        &blocks,
        down,
        Motion::Down,
        keep,
        &mut MonospaceShaper,
    );
    assert_eq!(down, U(21), "back at x 10 on the long line (13 wide)");
    assert_eq!(keep, Some(10.0));
    let (up, _) = move_cursor(text, &blocks, D(0), Motion::Up, None, &mut MonospaceShaper);
    assert_eq!(up, D(0), "Up on the first line goes to its start");
    let (down, _) = move_cursor(
        text,
        &blocks,
        down,
        Motion::Down,
        None,
        &mut MonospaceShaper,
    );
    assert_eq!(
        down,
        U(text.chars().count()),
        "Down on the last line goes to its end"
    );
}

#[test]
fn ctrl_arrows_move_by_word_in_reading_order() {
    let text = "قال المتحدث إن 47 مسيّرة";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    // In a right-to-left line, Ctrl+Left reads on.
    let a = press(text, &blocks, D(0), Motion::WordLeft);
    assert_eq!(a, U(3));
    let b = press(text, &blocks, a, Motion::WordLeft);
    assert_eq!(b, U(11));
    let c = press(text, &blocks, b, Motion::WordLeft);
    assert_eq!(c, U(14));
    assert_eq!(
        press(text, &blocks, c, Motion::WordLeft),
        U(17),
        "47 is a word"
    );
    assert_eq!(press(text, &blocks, c, Motion::WordRight), D(12));
    assert_eq!(press(text, &blocks, D(12), Motion::WordRight), D(4));
    // In a left-to-right line, Ctrl+Right reads on.
    let english = "OCHA said 47";
    let laid = lay_out(english, f32::INFINITY);
    let english_blocks = blocks_of(&laid);
    assert_eq!(
        press(english, &english_blocks, D(0), Motion::WordRight),
        U(4)
    );
    assert_eq!(
        press(english, &english_blocks, U(9), Motion::WordLeft),
        D(5)
    );
}

#[test]
fn a_click_takes_the_nearer_edge_of_the_grapheme_under_it() {
    let text = "قال OCHA";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    let at = |x| cursor_at(&blocks, 0, x, &mut MonospaceShaper);
    assert_eq!(at(0.2), D(4), "left half of O: before it");
    assert_eq!(at(0.8), U(5), "right half of O: after it");
    assert_eq!(
        at(4.2),
        U(4),
        "left half of the space: after it (right to left)"
    );
    assert_eq!(at(4.8), D(3), "right half of the space: before it");
    assert_eq!(at(-3.0), D(4));
    assert_eq!(at(30.0), D(0));
}

#[test]
fn pressing_left_from_home_visits_every_place_on_screen_once() {
    for (text, width) in [
        ("قال المتحدث إن 47 مسيّرة أُسقطت", f32::INFINITY),
        ("قال المتحدث إن 47 مسيّرة أُسقطت", 9.0),
        ("OCHA: «قال المتحدث» (47) done", f32::INFINITY),
        ("سطر\n\nOCHA 12 قال", 6.0),
    ] {
        let layouts = lay_out(text, width);
        let blocks = blocks_of(&layouts);
        let lines: usize = layouts.iter().map(|(l, _)| l.lines.len()).sum();
        let mut at = Cursor::downstream(0);
        let mut seen = std::collections::HashSet::new();
        at = press(text, &blocks, at, Motion::Home);
        let mut previous = caret_position(&blocks, at, &mut MonospaceShaper);
        seen.insert((previous.0, previous.1.to_bits()));
        for _ in 0..200 {
            let motion = if layouts_rtl_of(&layouts, previous.0) {
                Motion::Left
            } else {
                Motion::Right
            };
            let next = press(text, &blocks, at, motion);
            if next == at {
                break;
            }
            let place = caret_position(&blocks, next, &mut MonospaceShaper);
            assert!(
                seen.insert((place.0, place.1.to_bits())),
                "{text:?} at {width}: {next:?} drawn where a caret already was ({place:?})"
            );
            if place.0 == previous.0 {
                let moved_left = place.1 < previous.1;
                assert_eq!(moved_left, motion == Motion::Left, "{text:?}: {next:?}");
            }
            previous = place;
            at = next;
        }
        assert_eq!(
            previous.0,
            lines - 1,
            "{text:?} at {width}: ends on the last line"
        );
        let last = &layouts.last().unwrap().0;
        let end = press(text, &blocks, at, Motion::End);
        assert_eq!(
            end, at,
            "{text:?} at {width}: ends at the last line's visual end"
        );
        if last.rtl {
            assert_eq!(at.offset, text.chars().count(), "{text:?} at {width}");
        }
    }
}

/// Whether the visual line `index` (among all lines) belongs to a right-to-left paragraph.
fn layouts_rtl_of(layouts: &[(ParagraphLayout<()>, usize)], mut index: usize) -> bool {
    for (layout, _) in layouts {
        if index < layout.lines.len() {
            return layout.rtl;
        }
        index -= layout.lines.len();
    }
    false
}

#[test]
fn a_caret_beside_a_hidden_control_is_drawn_beside_the_letter_it_follows() {
    // «نص» and a trailing RLM (hidden): the end is drawn at the line's left edge.
    let text = "نص\u{200F}";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    let x = |c| caret_position(&blocks, c, &mut MonospaceShaper).1;
    assert_eq!(x(U(3)), 0.0);
    assert_eq!(
        press(text, &blocks, U(3), Motion::Left),
        U(3),
        "nothing left of the end"
    );
    assert_eq!(x(press(text, &blocks, U(3), Motion::Right)), 1.0);
    // A leading RLM: the start is drawn at the right edge.
    let text = "\u{200F}نص";
    let layouts = lay_out(text, f32::INFINITY);
    let blocks = blocks_of(&layouts);
    assert_eq!(caret_position(&blocks, D(0), &mut MonospaceShaper).1, 2.0);
}
