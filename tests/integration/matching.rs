//! Arabic-aware matching over random text: every match is the name once folded, and every
//! plain occurrence of the name as a word is found.

use marsad::matching::{find_all, folded_string};
use proptest::prelude::*;

fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "ب",
            "و",
            "ل",
            "ال",
            "ت",
            "ين",
            "ة",
            "أ",
            "\u{064E}",
            "\u{0651}",
            "ـ",
            " ",
            " ",
            "، ",
            "بوتين",
            "الرملة",
            "وبوتين",
            "للرملة",
        ]),
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn matches_are_the_name_and_plain_occurrences_are_found(
        text in arabic_text(),
        name in prop::sample::select(vec!["بوتين", "الرملة", "بين", "تلة"]),
    ) {
        let matches = find_all(&text, name);
        let folded = folded_string(name);
        let without_article = folded.strip_prefix("ال").unwrap_or(&folded).to_owned();
        for m in &matches {
            let slice: String = text.chars().skip(m.name.start).take(m.name.len()).collect();
            let got = folded_string(&slice);
            prop_assert!(got == folded || got == without_article, "{slice:?} in {text:?}");
            prop_assert!(m.word.start <= m.name.start && m.name.end <= m.word.end);
        }
        let padded = format!(" {text} ");
        let plain = padded.matches(&format!(" {name} ")).count();
        prop_assert!(matches.len() >= plain, "{} matches, {plain} plain occurrences in {text:?}", matches.len());
    }
}
