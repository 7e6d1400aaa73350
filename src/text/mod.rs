//! The paragraph layout engine: Unicode bidi order, line breaking and geometry, with no UI state.
//!
//! egui shapes text (letters join) but has no bidirectional layout, so this module does what a
//! browser or Pango does, on top of any shaper:
//! - each paragraph (a line of the article) gets its direction from its first strong character
//!   (UAX #9 rules P2/P3), falling back to the article's direction when it has none;
//! - lines break at Unicode line-break opportunities (UAX #14), measured by the shaper;
//! - each line is reordered with the Unicode Bidirectional Algorithm (unicode-bidi), and
//!   mirrored characters in right-to-left runs are mirrored (rules L3/L4);
//! - right-to-left runs are cut into pieces the shaper can never get wrong: each unbroken
//!   sequence of Arabic letters (with harakat, tatweel, ZWJ/ZWNJ) is one piece, every other
//!   character its own; left-to-right runs are shaped whole;
//! - invisible bidi controls are dropped, or shown as visible marks on request.
//!
//! All offsets are code points, relative to the paragraph, and never split a grapheme cluster.

mod caret;
mod editor;
mod geometry;
mod layout;
mod pieces;
mod words;

pub use caret::{
    Affinity, Block, Cursor, Motion, caret_position, cursor_at, move_cursor, next_word_end,
    previous_word_start,
};
pub use editor::Editor;
pub use geometry::Caret;
pub use layout::{Line, ParagraphLayout, Piece, layout_paragraph};
pub use pieces::{control_mark, is_bidi_control, without_bidi_controls};
pub use words::{Snap, snap_to_words, words};

/// Shapes text for the engine. The view uses egui's fonts; tests and the `layout` command may use
/// anything with plausible widths.
pub trait Shaper {
    /// What the view keeps to paint a piece (an egui galley); `()` when only geometry matters.
    type Shaped: Clone;

    /// Shapes `text` as one run and returns its advance width and its painted form.
    fn shape(&mut self, text: &str) -> (f32, Self::Shaped);

    /// The advance width of `text`.
    fn width(&mut self, text: &str) -> f32 {
        self.shape(text).0
    }

    /// Caret advances inside a shaped piece: for each character boundary, its byte offset in
    /// `text` and its distance from the piece's starting edge (the right edge when `rtl`), in
    /// logical order, ending with `(text.len(), width)`. `None` when the shaper cannot tell;
    /// the engine then measures logical prefixes, which is close but not exact for joined
    /// Arabic letters.
    fn carets(
        &mut self,
        text: &str,
        shaped: &Self::Shaped,
        rtl: bool,
        width: f32,
    ) -> Option<Vec<(usize, f32)>> {
        let _ = (text, shaped, rtl, width);
        None
    }
}

/// How to lay out a paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutOptions {
    /// The width lines wrap at, in the shaper's units.
    pub max_width: f32,
    /// Show invisible bidi controls as visible marks instead of dropping them.
    pub show_controls: bool,
    /// Direction of a paragraph with no strong character (digits, punctuation): the article's.
    pub neutral_rtl: bool,
    /// The paragraph's direction when it is known from elsewhere: a piece of an overlong line
    /// takes the line's ([`Paragraph::rtl`]).
    pub rtl: Option<bool>,
}

/// A paragraph of an article: its text and where it starts, in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The text, without its line break.
    pub text: &'a str,
    /// Code point offset of its first character in the article.
    pub start: usize,
    /// Byte offset of its first character in the article.
    pub byte: usize,
    /// For a piece of a line longer than [`MAX_PARAGRAPH_CHARS`]: the whole line's direction
    /// (`None` when it has no strong character), so that every piece reads the same way.
    pub rtl: Option<bool>,
}

/// The longest line laid out as one paragraph. A longer one (a file with no line breaks, a
/// 10 MB line) is laid out in pieces of about this many code points, cut after a space where
/// there is one, so that laying out what is on screen stays quick whatever the file.
pub const MAX_PARAGRAPH_CHARS: usize = 3000;

/// Splits an article into paragraphs at `\n`. An empty line is an empty paragraph. Lines
/// longer than [`MAX_PARAGRAPH_CHARS`] are cut into several.
pub fn paragraphs(text: &str) -> Vec<Paragraph<'_>> {
    let (mut start, mut byte) = (0, 0);
    let mut out = Vec::new();
    for line in text.split('\n') {
        let n = line.chars().count();
        if n <= MAX_PARAGRAPH_CHARS {
            out.push(Paragraph {
                text: line,
                start,
                byte,
                rtl: None,
            });
        } else {
            let rtl = match unicode_bidi::get_base_direction(line) {
                unicode_bidi::Direction::Rtl => Some(true),
                unicode_bidi::Direction::Ltr => Some(false),
                unicode_bidi::Direction::Mixed => None,
            };
            let (mut at, mut at_byte) = (start, byte);
            for piece in cut_line(line) {
                out.push(Paragraph {
                    text: piece,
                    start: at,
                    byte: at_byte,
                    rtl,
                });
                at += piece.chars().count();
                at_byte += piece.len();
            }
        }
        start += n + 1;
        byte += line.len() + 1;
    }
    out
}

/// Cuts an overlong line into pieces of at most about [`MAX_PARAGRAPH_CHARS`]: after the last
/// space in the second half of a piece, else at a grapheme boundary, else (a grapheme of
/// thousands of combining marks) anywhere between characters.
fn cut_line(line: &str) -> Vec<&str> {
    use unicode_segmentation::GraphemeCursor;
    let mut out = Vec::new();
    let mut rest = line;
    while let Some((limit, _)) = rest.char_indices().nth(MAX_PARAGRAPH_CHARS) {
        let half = rest
            .char_indices()
            .nth(MAX_PARAGRAPH_CHARS / 2)
            .map_or(0, |(b, _)| b);
        let cut = rest[half..limit]
            .rfind(char::is_whitespace)
            .map(|i| {
                let b = half + i;
                b + rest[b..].chars().next().map_or(1, char::len_utf8)
            })
            // A space can carry a mark (space + shadda): never cut between them.
            .filter(|&b| {
                GraphemeCursor::new(b, rest.len(), true)
                    .is_boundary(rest, 0)
                    .unwrap_or(false)
            })
            .or_else(|| {
                let mut cursor = GraphemeCursor::new(limit, rest.len(), true);
                if cursor.is_boundary(rest, 0).unwrap_or(false) {
                    return Some(limit);
                }
                cursor
                    .next_boundary(rest, 0)
                    .ok()
                    .flatten()
                    .filter(|&b| b - limit < MAX_PARAGRAPH_CHARS)
            })
            .unwrap_or(limit);
        if cut >= rest.len() {
            break;
        }
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out.push(rest);
    out
}

/// Whether most strong characters of a text are right-to-left (the article's direction).
pub fn mostly_rtl(text: &str) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in text.chars().take(100_000) {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => rtl += 1,
            BidiClass::L => ltr += 1,
            _ => {}
        }
    }
    rtl > ltr
}

/// A shaper with fixed advances (1 per character, 0 for marks and controls): geometry
/// without fonts, for the tests and for `marsad layout` with `--monospace`.
#[derive(Clone, Copy, Debug, Default)]
pub struct MonospaceShaper;

impl Shaper for MonospaceShaper {
    type Shaped = ();

    fn shape(&mut self, text: &str) -> (f32, ()) {
        let advance = text.chars().filter(|&c| !pieces::is_zero_width(c)).count();
        (advance as f32, ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(max_width: f32) -> LayoutOptions {
        LayoutOptions {
            max_width,
            show_controls: false,
            neutral_rtl: true,
            rtl: None,
        }
    }

    #[test]
    fn an_overlong_line_is_cut_after_spaces_into_pieces_that_keep_its_direction() {
        let line = "كلمة ".repeat(2000) + "and English";
        let text = format!("عنوان\n{line}\nبعد");
        let ps = paragraphs(&text);
        assert!(ps.len() > 4, "{}", ps.len());
        let pieces = &ps[1..ps.len() - 1];
        assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), line);
        for p in pieces {
            assert_eq!(&text[p.byte..p.byte + p.text.len()], p.text);
            assert!(p.text.chars().count() <= MAX_PARAGRAPH_CHARS);
            assert_eq!(p.rtl, Some(true));
            assert_eq!(
                text.chars().skip(p.start).take(4).collect::<String>(),
                p.text.chars().take(4).collect::<String>()
            );
        }
        for p in &pieces[..pieces.len() - 1] {
            assert!(p.text.ends_with(' '), "cut after a space");
        }
        assert_eq!(ps[0].rtl, None);
        assert_eq!(ps.last().unwrap().start, line.chars().count() + 7);
        // A space carrying a shadda is one grapheme: no piece starts with the mark.
        let marked = "كلمة \u{651}".repeat(2000);
        for p in paragraphs(&marked) {
            assert!(!p.text.starts_with('\u{651}'), "cut inside a grapheme");
        }
    }

    #[test]
    fn a_line_without_spaces_is_cut_between_graphemes_and_a_huge_grapheme_anywhere() {
        let stacked = format!("a{}", "\u{301}".repeat(10_000));
        let line = "بَ".repeat(4000) + &stacked;
        let ps = paragraphs(&line);
        assert_eq!(ps.iter().map(|p| p.text).collect::<String>(), line);
        for p in &ps {
            assert!(!p.text.is_empty());
            assert!(
                p.text.chars().count() <= MAX_PARAGRAPH_CHARS + 1,
                "{:?}",
                ps.iter()
                    .map(|p| p.text.chars().count())
                    .collect::<Vec<_>>()
            );
        }
        assert!(
            !ps[1].text.starts_with('\u{64e}'),
            "harakat stay with their letter"
        );
    }

    #[test]
    fn an_emoji_sequence_in_arabic_is_one_piece() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let text = format!("قال {family} هنا");
        let layout = layout_paragraph(&text, &options(f32::INFINITY), &mut MonospaceShaper);
        let pieces: Vec<&str> = layout.lines[0]
            .pieces
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert!(pieces.contains(&family), "{pieces:?}");
    }

    #[test]
    fn lines_never_start_inside_a_grapheme() {
        // UAX #14 allows a break between a space and a following mark.
        let text = "كلمة \u{064B}كلمة كلمة \u{064B}كلمة كلمة";
        for width in 1..30 {
            let layout = layout_paragraph(text, &options(width as f32), &mut MonospaceShaper);
            for line in &layout.lines {
                let first = text.chars().nth(line.chars.start);
                assert_ne!(first, Some('\u{064B}'), "width {width}");
            }
        }
    }

    #[test]
    fn the_character_under_a_point_is_the_grapheme_drawn_there() {
        // Monospace: each letter is one unit wide, marks zero. Right to left: "بَت" draws
        // ت at x 0..1 and بَ at x 1..2.
        let layout = layout_paragraph("بَت", &options(f32::INFINITY), &mut MonospaceShaper);
        assert_eq!(layout.char_at(0, 0.5, &mut MonospaceShaper), Some(2));
        assert_eq!(layout.char_at(0, 1.5, &mut MonospaceShaper), Some(0));
        assert_eq!(layout.char_at(0, 5.0, &mut MonospaceShaper), None);
        // Carets: right of the paragraph is its start, left its end.
        assert_eq!(layout.caret_at(0, 2.0, &mut MonospaceShaper).offset, 0);
        assert_eq!(layout.caret_at(0, 0.0, &mut MonospaceShaper).offset, 3);
        assert_eq!(layout.caret_at(0, 1.0, &mut MonospaceShaper).offset, 2);
    }

    #[test]
    fn an_english_paragraph_in_an_arabic_article_stays_left_to_right() {
        let layout = layout_paragraph(
            "OCHA said 47 people fled.",
            &options(f32::INFINITY),
            &mut MonospaceShaper,
        );
        assert!(!layout.rtl);
        let digits = layout_paragraph("2020-2022", &options(f32::INFINITY), &mut MonospaceShaper);
        assert!(
            digits.rtl,
            "a paragraph without letters follows the article"
        );
    }
}
