//! Words for tagging: numbers joined, proclitics left out when a drag starts after them.

use super::*;

fn texts(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .map(|r| text.chars().skip(r.start).take(r.len()).collect())
        .collect()
}

fn snapped(text: &str, from: &str, to: &str) -> String {
    // `from` and `to` mark where the drag starts and ends: the text before each.
    let start = from.chars().count();
    let end = to.chars().count();
    let r = snap_to_words(text, start..end, Snap::Words);
    text.chars().skip(r.start).take(r.len()).collect()
}

#[test]
fn numbers_with_percent_signs_decimals_and_ranges_are_one_word() {
    assert_eq!(
        texts("دمّر القصف 15% من المنازل بين 2020-2022 ونزح 3.4 ملايين أي ١٥٪"),
        [
            "دمّر",
            "القصف",
            "15%",
            "من",
            "المنازل",
            "بين",
            "2020-2022",
            "ونزح",
            "3.4",
            "ملايين",
            "أي",
            "١٥٪"
        ]
        .map(String::from)
    );
    assert_eq!(
        texts("٣٫٤ و 3–5 أيام"),
        ["٣٫٤", "و", "3–5", "أيام"].map(String::from)
    );
    assert_eq!(
        texts("قواتها ومقاتليهم"),
        ["قواتها", "ومقاتليهم"].map(String::from)
    );
}

#[test]
fn a_drag_that_ends_inside_a_word_takes_the_whole_word() {
    let text = "ما دام الطرف الآخر ملتزماً";
    assert_eq!(snapped(text, "ما دام ", "ما دام الطرف الآخ"), "الطرف الآخر");
    assert_eq!(
        snapped(text, "م", "ما دام"),
        "ما دام",
        "a start inside widens too"
    );
    assert_eq!(
        snapped(text, "ما دام ", "ما دام الطرف "),
        "الطرف ",
        "edges on spaces stay"
    );
    assert_eq!(
        snapped("بين 2020-2022 أُعلن", "بين 20", "بين 2020-20"),
        "2020-2022"
    );
}

#[test]
fn a_drag_starting_after_a_proclitic_leaves_it_out_and_one_inside_it_takes_it() {
    let text = "قال وبوتين إن";
    assert_eq!(snapped(text, "قال و", "قال وبوتي"), "بوتين");
    assert_eq!(snapped(text, "قال ", "قال وبوتي"), "وبوتين");
    let text = "في وبالرملة أمس";
    assert_eq!(snapped(text, "في و", "في وبالرم"), "بالرملة");
    assert_eq!(snapped(text, "في وب", "في وبالرم"), "الرملة");
    assert_eq!(snapped(text, "في وبال", "في وبالرم"), "رملة");
    assert_eq!(
        snapped(text, "في وبا", "في وبالرم"),
        "وبالرملة",
        "inside ال: the whole word"
    );
    assert_eq!(snapped("عن للرملة", "عن لل", "عن للرم"), "رملة");
    assert_eq!(snapped("عن للرملة", "عن ل", "عن للرم"), "لرملة");
    // A haraka on the proclitic stays with it.
    assert_eq!(snapped("قال وَبوتين", "قال وَ", "قال وَبوت"), "بوتين");
    // Never a proclitic that leaves less than two letters: «ول» is a word.
    assert_eq!(snapped("ثم ول هو", "ثم و", "ثم ول"), "ول");
}

#[test]
fn exact_selection_keeps_the_characters_dragged() {
    assert_eq!(snap_to_words("الطرف الآخر", 2..9, Snap::Exact), 2..9);
    assert_eq!(
        snap_to_words("الطرف الآخر", 3..3, Snap::Words),
        3..3,
        "a caret stays a caret"
    );
}
