//! Tokens and sentences for token-level exports, fitted to Arabic news: words stay whole
//! (وبوتين is one token: the proclitics و ف ب ل ك and ال stay attached, as in most Arabic NER
//! corpora without a morphological analyser), punctuation is split off, and numbers such as
//! 3.5 or 15% keep their digits together.
//!
//! Sentences, as an NER training set needs them:
//! - a run of marks written together is one token: `...`, `؟!`, `?!`, `!!`;
//! - an ellipsis (`...`, `…`) joins clauses, as news writes it, and ends no sentence;
//! - a sentence ends once, at a terminal mark (`.`, `!`, `?`, `؟`, `۔` or a run of them) or at
//!   a line break, and the closing quotes and brackets written right after the mark (`.»`,
//!   `؟)`) stay with the sentence they close;
//! - a sentence is never punctuation alone: such a run joins the sentence before it, or the
//!   next one when it comes first.

use std::ops::Range;

use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_segmentation::UnicodeSegmentation as _;

/// A token: its text and its code points in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written in the article.
    pub text: &'a str,
    /// Code points of the article.
    pub range: Range<usize>,
}

/// Marks that end a sentence, or, all dots or `…`, make an ellipsis.
fn is_stop_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔')
}

/// Whether a run of stop marks ends a sentence: any but an ellipsis does.
fn ends_sentence(marks: &str) -> bool {
    let ellipsis = marks == "…" || (marks.len() > 1 && marks.chars().all(|c| c == '.' || c == '…'));
    !ellipsis
}

/// Whether a character closes what a sentence opened: a closing bracket or quotation mark.
fn closes(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::ClosePunctuation | GeneralCategory::FinalPunctuation
    ) || matches!(c, '"' | '\'')
}

fn is_punctuation(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::ClosePunctuation
            | GeneralCategory::ConnectorPunctuation
            | GeneralCategory::DashPunctuation
            | GeneralCategory::FinalPunctuation
            | GeneralCategory::InitialPunctuation
            | GeneralCategory::OpenPunctuation
            | GeneralCategory::OtherPunctuation
    )
}

/// A token as it is read, with its bytes and whether a line break comes before it.
struct Read {
    bytes: Range<usize>,
    chars: Range<usize>,
    after_break: bool,
}

/// The article's tokens in order. Whitespace and invisible direction controls are never
/// tokens; everything else is in exactly one token.
fn tokens(text: &str) -> Vec<Read> {
    let mut out: Vec<Read> = Vec::new();
    let (mut at, mut byte) = (0, 0);
    let mut line_break = false;
    for piece in text.split_word_bounds() {
        let len = piece.chars().count();
        at += len;
        byte += piece.len();
        line_break |= piece.contains('\n');
        // Word boundaries attach format and combining characters to what precedes them, so a
        // piece can start with a space or a tab (" \u{200F}"): those belong to no token.
        let visible = piece
            .trim_start_matches(|c: char| c.is_whitespace() || crate::text::is_bidi_control(c));
        if visible.is_empty() {
            continue;
        }
        let bytes = byte - visible.len()..byte;
        let chars = at - visible.chars().count()..at;
        // Stop marks written together are one token (word boundaries split `...` in three).
        if let Some(last) = out.last_mut()
            && last.bytes.end == bytes.start
            && text[last.bytes.start..bytes.end].chars().all(is_stop_mark)
        {
            last.bytes.end = bytes.end;
            last.chars.end = chars.end;
            continue;
        }
        out.push(Read {
            bytes,
            chars,
            after_break: std::mem::take(&mut line_break),
        });
    }
    out
}

/// The article's tokens, grouped by sentence (see the module's rules).
pub fn sentences(text: &str) -> Vec<Vec<Token<'_>>> {
    let mut out: Vec<Vec<Token<'_>>> = Vec::new();
    let mut sentence: Vec<Token<'_>> = Vec::new();
    // A terminal mark was read: the sentence ends before the next token that does not close.
    let mut ending = false;
    for read in tokens(text) {
        let token = Token {
            text: &text[read.bytes],
            range: read.chars,
        };
        let after_break = read.after_break;
        let closing = ending
            && !after_break
            && sentence
                .last()
                .is_some_and(|t| t.range.end == token.range.start)
            && token.text.chars().all(closes);
        if (after_break || ending) && !closing && !sentence.is_empty() {
            out.push(std::mem::take(&mut sentence));
        }
        ending = if closing {
            true
        } else {
            token.text.chars().all(is_stop_mark) && ends_sentence(token.text)
        };
        sentence.push(token);
    }
    if !sentence.is_empty() {
        out.push(sentence);
    }
    join_punctuation_alone(out)
}

/// Sentences that are punctuation alone joined to the one before (or, first, the one after).
fn join_punctuation_alone(sentences: Vec<Vec<Token<'_>>>) -> Vec<Vec<Token<'_>>> {
    let alone = |s: &[Token<'_>]| s.iter().all(|t| t.text.chars().all(is_punctuation));
    let mut out: Vec<Vec<Token<'_>>> = Vec::with_capacity(sentences.len());
    let mut leading: Vec<Token<'_>> = Vec::new();
    for sentence in sentences {
        if alone(&sentence) {
            match out.last_mut() {
                Some(previous) => previous.extend(sentence),
                None => leading.extend(sentence),
            }
        } else if leading.is_empty() {
            out.push(sentence);
        } else {
            leading.extend(sentence);
            out.push(std::mem::take(&mut leading));
        }
    }
    if !leading.is_empty() {
        out.push(leading);
    }
    out
}
