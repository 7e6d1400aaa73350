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

mod geometry;
mod layout;
mod pieces;

pub use geometry::Caret;
pub use layout::{Line, ParagraphLayout, Piece, layout_paragraph};
pub use pieces::{control_mark, is_bidi_control};

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
}

/// A paragraph of an article: its text and where it starts, in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The text, without its line break.
    pub text: &'a str,
    /// Code point offset of its first character in the article.
    pub start: usize,
}

/// Splits an article into paragraphs at `\n`. An empty line is an empty paragraph.
pub fn paragraphs(text: &str) -> Vec<Paragraph<'_>> {
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let p = Paragraph { text: line, start };
            start += line.chars().count() + 1;
            p
        })
        .collect()
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
        }
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
