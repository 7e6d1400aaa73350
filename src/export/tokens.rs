//! Tokens and sentences for token-level exports, fitted to Arabic: words stay whole
//! (وبوتين is one token: the proclitics و ف ب ل ك and ال stay attached, as in most Arabic NER
//! corpora without a morphological analyser), punctuation is split off, and numbers such as
//! 3.5 or 15% keep their digits together. Sentences end at . ! ? ؟ … and at line breaks.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

/// A token: its text and its code points in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The text.
    pub text: &'a str,
    /// Code points of the article.
    pub range: Range<usize>,
}

/// The article's tokens, grouped by sentence. Whitespace and invisible direction controls are
/// never tokens; everything else is in exactly one token.
pub fn sentences(text: &str) -> Vec<Vec<Token<'_>>> {
    let mut out = Vec::new();
    let mut sentence: Vec<Token<'_>> = Vec::new();
    let mut at = 0;
    for piece in text.split_word_bounds() {
        let len = piece.chars().count();
        let start = at;
        at += len;
        // Word boundaries attach format and combining characters to what precedes them, so a
        // piece can start with a space or a tab (" \u{200F}"): those belong to no token.
        let visible = piece
            .trim_start_matches(|c: char| c.is_whitespace() || crate::text::is_bidi_control(c));
        if piece.contains('\n') && !sentence.is_empty() {
            out.push(std::mem::take(&mut sentence));
        }
        if visible.is_empty() {
            continue;
        }
        let range = start + len - visible.chars().count()..start + len;
        let ends = matches!(visible, "." | "!" | "?" | "؟" | "…" | "۔");
        sentence.push(Token {
            text: visible,
            range,
        });
        if ends {
            out.push(std::mem::take(&mut sentence));
        }
    }
    if !sentence.is_empty() {
        out.push(sentence);
    }
    out
}
