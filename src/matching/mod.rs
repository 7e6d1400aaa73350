//! Arabic-aware matching, for linking mentions to entities and finding them in an article.
//!
//! Writers vary in ways that do not change the name, so text is folded before comparison:
//! hamza forms on alef (أ إ آ ٱ) become ا, ؤ becomes و and ئ becomes ي, ta marbuta becomes ه,
//! alef maqsura and Persian yeh become ي, Persian kaf becomes ك, harakat, tatweel and
//! joiners are dropped, and Latin letters are lower-cased. A mention may also carry the
//! proclitics Arabic writes attached to a word: و or ف, then ب, ل or ك, then the article ال
//! (ل + ال is written لل). So وبوتين, لبوتين and بالرملة are mentions of بوتين and الرملة.
//! Offsets are code points of the original text, like every offset in Marsad.

mod dictionary;

use std::ops::Range;

pub use dictionary::Dictionary;

/// Text folded for comparison, with the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    /// The folded characters.
    pub chars: Vec<char>,
    /// For each folded character, the code point offset of the character it came from (32
    /// bits: an article has at most 64 MiB, so fewer code points than that; half the memory of
    /// `usize` on a 50 MB article).
    pub origin: Vec<u32>,
    /// Length of the original text in code points.
    pub len: usize,
}

impl Folded {
    /// The original code points covered by folded characters `start..end`, with the marks
    /// that follow the last one (folding dropped them; they belong to the letter before).
    pub fn original(&self, start: usize, end: usize) -> Range<usize> {
        let from = self.origin[start] as usize;
        let to = self.origin.get(end).map_or(self.len, |&o| o as usize);
        from..to
    }

    /// The folded characters that came from code points `range` of the original text.
    pub fn chars_of(&self, range: Range<usize>) -> String {
        let from = self.origin.partition_point(|&o| (o as usize) < range.start);
        let to = self.origin.partition_point(|&o| (o as usize) < range.end);
        self.chars[from..to].iter().collect()
    }
}

/// A text's folding, made the first time it is asked for and kept: an article that only needs
/// it when a quote is not found as written (re-anchoring) or once a session opens never folds
/// twice, and one that never needs it (a corpus check) never folds at all.
#[derive(Clone, Debug, Default)]
pub struct LazyFolded(std::sync::OnceLock<Folded>);

impl LazyFolded {
    /// The folding of `text`, which must be the text this was made for, every time.
    pub fn get(&self, text: &str) -> &Folded {
        self.0.get_or_init(|| fold(text))
    }
}

/// How one character folds: `None` drops it (harakat, tatweel, joiners, bidi marks).
pub fn fold_char(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ؤ' => Some('و'),
        'ئ' | 'ى' | 'ی' | 'ې' | 'ۍ' => Some('ي'),
        'ة' | 'ۀ' | 'ە' => Some('ه'),
        'ک' | 'ڪ' => Some('ك'),
        // Harakat and Quranic marks, tatweel, joiners and bidi marks.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | 'ـ'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}' => None,
        c if c.is_uppercase() => c.to_lowercase().next(),
        c => Some(c),
    }
}

/// Folds a text.
pub fn fold(text: &str) -> Folded {
    // Arabic takes two bytes a letter: a fair first guess at the number of characters.
    let mut chars = Vec::with_capacity(text.len() / 2);
    let mut origin = Vec::with_capacity(text.len() / 2);
    let mut len = 0;
    for (i, c) in text.chars().enumerate() {
        if let Some(f) = fold_char(c) {
            chars.push(f);
            origin.push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        len = i + 1;
    }
    Folded { chars, origin, len }
}

/// The folded form of a name, as a string (for display of keys and for tests).
pub fn folded_string(text: &str) -> String {
    fold(text).chars.into_iter().collect()
}

/// A match of a name in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The name itself, without the proclitics attached to it (code points of the text).
    pub name: Range<usize>,
    /// The whole written word or words, proclitics included.
    pub word: Range<usize>,
}

/// Proclitic sequences that may stand before a name inside the same written word, folded.
fn is_proclitic(prefix: &[char]) -> bool {
    let mut rest = prefix;
    if let [c, tail @ ..] = rest
        && matches!(c, 'و' | 'ف')
    {
        rest = tail;
    }
    let mut preposition = None;
    if let [c, tail @ ..] = rest
        && matches!(c, 'ب' | 'ل' | 'ك')
    {
        preposition = Some(*c);
        rest = tail;
    }
    // The article; after ل it is written with its alef dropped (لل).
    rest.is_empty() || rest == ['ا', 'ل'] || (preposition == Some('ل') && rest == ['ل'])
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Every place `name` is mentioned in `text`: folded equality, at word boundaries, allowing
/// proclitics before it in the same word. A name written with the article (الرملة) also
/// matches where the article is merged into a proclitic (للرملة).
pub fn find_all(text: &str, name: &str) -> Vec<Match> {
    let haystack = fold(text);
    find_in(&haystack, name)
}

/// [`find_all`] on text folded once (for searching many names in one article).
pub fn find_in(haystack: &Folded, name: &str) -> Vec<Match> {
    let needle: Vec<char> = fold(name.trim()).chars;
    let mut out: Vec<Match> = Vec::new();
    for (form, stripped) in forms(&needle) {
        let chars = &haystack.chars;
        let mut at = 0;
        while at + form.len() <= chars.len() {
            if chars[at..at + form.len()] == form[..]
                && let Some(m) = accept(haystack, at, at + form.len(), stripped)
            {
                insert_match(&mut out, m);
            }
            at += 1;
        }
    }
    out
}

/// The forms a folded name is searched in: itself, and without its article (for لل and for
/// writers who drop it), marked as stripped.
fn forms(needle: &[char]) -> Vec<(&[char], bool)> {
    let mut forms = Vec::with_capacity(2);
    if !needle.is_empty() {
        forms.push((needle, false));
    }
    if needle.len() > 3 && needle.starts_with(&['ا', 'ل']) {
        forms.push((&needle[2..], true));
    }
    forms
}

/// Whether folded characters `at..end` of the haystack, equal to a name's form, are a mention
/// of it: the word ends there, and what stands before the form in its word is proclitics (the
/// article in some form when the form is the name without it). The match, if so.
fn accept(haystack: &Folded, at: usize, end: usize, stripped: bool) -> Option<Match> {
    let chars = &haystack.chars;
    let word_start = (0..at)
        .rev()
        .take_while(|&i| is_word_char(chars[i]))
        .last()
        .unwrap_or(at);
    let ends_word = chars.get(end).is_none_or(|&c| !is_word_char(c));
    let prefix = &chars[word_start..at];
    let prefix_ok = if stripped {
        // The article must be there in some form: ال, or the ل of لل.
        is_proclitic(prefix)
            && (prefix.ends_with(&['ا', 'ل']) || prefix.ends_with(&['ل', 'ل']) || prefix.is_empty())
    } else {
        is_proclitic(prefix)
    };
    (ends_word && prefix_ok).then(|| Match {
        name: haystack.original(at, end),
        word: haystack.original(word_start, end),
    })
}

/// Adds a match of one name to its matches, kept sorted by start, unless a match already
/// found around it (the full name around the name without its article) covers it.
fn insert_match(out: &mut Vec<Match>, m: Match) {
    let at = out.partition_point(|o| o.name.start <= m.name.start);
    let inside = out[..at]
        .iter()
        .rev()
        .take_while(|o| o.word.end >= m.name.start)
        .any(|o| o.name.start <= m.name.start && m.name.end <= o.word.end);
    if !inside {
        out.insert(at, m);
    }
}

/// Whether a written mention refers to `name`: the whole mention is the name, possibly with
/// proclitics (وبوتين → بوتين, بالرملة → الرملة).
pub fn mention_matches(mention: &str, name: &str) -> bool {
    let trimmed = mention.trim();
    let len = trimmed.chars().count();
    find_all(trimmed, name)
        .iter()
        .any(|m| m.word.start == 0 && m.word.end == len)
}

/// Whether two written names refer to the same thing: equal once folded, or one is the other
/// with proclitics attached (وبوتين and بوتين, بالرملة and الرملة).
pub fn same_name(a: &str, b: &str) -> bool {
    mention_matches(a, b) || mention_matches(b, a)
}

/// The ways a mention could be read as proclitics (و ف ب ل ك) before a name written alone,
/// longest name first: وبوتين → بوتين (or وتين), للرملة → الرملة. The article ال is kept, as it
/// is part of names. Empty when the mention starts with no such letters or too little would
/// be left; which reading is right is for the caller to judge (does the article write the
/// name alone?).
pub fn bare_forms(mention: &str) -> Vec<String> {
    let mention = mention.trim();
    let chars: Vec<char> = mention.chars().collect();
    let folded: Vec<Option<char>> = chars.iter().map(|&c| fold_char(c)).collect();
    let letters = |from: usize| folded[from..].iter().flatten().count();
    let mut forms = Vec::new();
    let mut prefix: Vec<char> = Vec::new();
    for (i, f) in folded
        .iter()
        .enumerate()
        .take(chars.len().saturating_sub(1))
    {
        let Some(f) = f else { continue };
        if !matches!(f, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            break;
        }
        prefix.push(*f);
        if !is_proclitic(&prefix) {
            break;
        }
        let rest: String = chars[i + 1..].iter().collect();
        // ل + ال is written لل: the rest may be a name that starts with ل (للبنان), or a
        // name whose article lost its alef (للرملة → الرملة); stop after both.
        if *f == 'ل' && folded.get(i + 1) == Some(&Some('ل')) {
            if letters(i + 1) >= 3 {
                forms.push(rest.clone());
                forms.push(format!("ا{rest}"));
            }
            break;
        }
        if letters(i + 1) >= 3 {
            forms.push(rest);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str, name: &str) -> Vec<String> {
        find_all(text, name)
            .into_iter()
            .map(|m| text.chars().skip(m.name.start).take(m.name.len()).collect())
            .collect()
    }

    #[test]
    fn letters_writers_vary_fold_together() {
        assert_eq!(folded_string("أحمد"), folded_string("احمد"));
        assert_eq!(folded_string("إسرائيل"), folded_string("اسراييل"));
        assert_eq!(folded_string("الرملة"), folded_string("الرمله"));
        assert_eq!(folded_string("مصطفى"), folded_string("مصطفي"));
        assert_eq!(folded_string("بُوتِين"), folded_string("بوتين"));
        assert_eq!(folded_string("بوتـــين"), folded_string("بوتين"));
        assert_eq!(folded_string("OCHA"), "ocha");
    }

    #[test]
    fn proclitics_are_allowed_before_a_name() {
        for mention in [
            "بوتين",
            "وبوتين",
            "لبوتين",
            "فبوتين",
            "كبوتين",
            "وببوتين",
            "بُوتِين",
        ] {
            assert!(mention_matches(mention, "بوتين"), "{mention}");
        }
        for mention in [
            "الرملة",
            "بالرملة",
            "وبالرملة",
            "للرملة",
            "وللرملة",
            "الرمله",
        ] {
            assert!(mention_matches(mention, "الرملة"), "{mention}");
        }
        for mention in ["بوتينات", "سبوتين", "ابوتين"] {
            assert!(!mention_matches(mention, "بوتين"), "{mention}");
        }
    }

    #[test]
    fn names_match_either_way_and_proclitics_come_off() {
        assert!(same_name("وبوتين", "بوتين"));
        assert!(same_name("بوتين", "وبوتين"));
        assert!(same_name("الرملة", "بالرملة"));
        assert!(!same_name("بوتينات", "بوتين"));
        assert_eq!(bare_forms("وبوتين"), ["بوتين", "وتين"]);
        assert_eq!(bare_forms("وببوتين"), ["ببوتين", "بوتين"]);
        assert_eq!(bare_forms("للرملة"), ["لرملة", "الرملة"]);
        assert_eq!(bare_forms("وللرملة"), ["للرملة", "لرملة", "الرملة"]);
        assert_eq!(bare_forms("للبنان"), ["لبنان", "البنان"]);
        assert_eq!(bare_forms("بالرملة"), ["الرملة"]);
        assert!(bare_forms("الرملة").is_empty());
        assert!(bare_forms("بها").is_empty());
    }

    #[test]
    fn matches_map_back_to_the_original_text_with_its_marks() {
        let text = "قال بُوتِين إن وبوتين ولبوتين والرئيس الروسي، ثم غادر بوتين.";
        assert_eq!(quotes(text, "بوتين"), ["بُوتِين", "بوتين", "بوتين", "بوتين"]);
        let m = &find_all(text, "بوتين")[1];
        let word: String = text.chars().skip(m.word.start).take(m.word.len()).collect();
        assert_eq!(word, "وبوتين");
        assert_eq!(quotes(text, "الرئيس الروسي"), ["الرئيس الروسي"]);
        assert_eq!(
            quotes("وصل إلى الرملة وللرملة تاريخ", "الرملة"),
            ["الرملة", "رملة"]
        );
    }
}
