//! Cutting a line's bidi runs into pieces that are shaped on their own.

use unicode_bidi::{BidiClass, bidi_class};
use unicode_segmentation::UnicodeSegmentation as _;

/// Whether a character is an invisible bidi control (U+061C, U+200E/F, U+202A–E, U+2066–9).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` without its invisible bidi controls (what a screen reader or a citation gets of
/// interface text whose isolation marks only order it on screen).
pub fn without_bidi_controls(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// The visible mark that stands for a bidi control when controls are shown.
pub fn control_mark(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061C}' => "[ALM]",
        '\u{200E}' => "[LRM]",
        '\u{200F}' => "[RLM]",
        '\u{202A}' => "[LRE]",
        '\u{202B}' => "[RLE]",
        '\u{202C}' => "[PDF]",
        '\u{202D}' => "[LRO]",
        '\u{202E}' => "[RLO]",
        '\u{2066}' => "[LRI]",
        '\u{2067}' => "[RLI]",
        '\u{2068}' => "[FSI]",
        '\u{2069}' => "[PDI]",
        _ => return None,
    })
}

/// Whether a character takes no horizontal space of its own.
pub(crate) fn is_zero_width(c: char) -> bool {
    is_bidi_control(c)
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
        || bidi_class(c) == BidiClass::NSM
}

/// Whether a character belongs inside an Arabic shaping piece: a letter of a right-to-left
/// script, a combining mark, tatweel, or a joiner.
pub(crate) fn joins_arabic_piece(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::AL | BidiClass::R | BidiClass::NSM)
        || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// Whether a shaper would guess a right-to-left script for this character: Hebrew, Arabic,
/// Syriac and Thaana letters and digits (Arabic-Indic ٠–٩ and Persian ۰–۹ included). In a
/// left-to-right run such a character gets a piece of its own, so that `١٢` is never shaped
/// as right-to-left text and drawn as `٢١`.
pub(crate) fn shapes_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A piece of a run, as a byte range of the paragraph, in logical order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawPiece {
    pub bytes: std::ops::Range<usize>,
    /// A bidi control shown as a mark.
    pub control: bool,
}

/// Cuts `run` of `text` into pieces in logical order. Right-to-left runs become Arabic letter
/// sequences and single characters; left-to-right runs stay whole. Bidi controls become their
/// own pieces when shown and are dropped otherwise.
pub(crate) fn cut_run(
    text: &str,
    run: std::ops::Range<usize>,
    rtl: bool,
    show_controls: bool,
) -> Vec<RawPiece> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut open_is_arabic = false;
    let close = |out: &mut Vec<RawPiece>, open: &mut Option<usize>, end: usize| {
        if let Some(start) = open.take()
            && start < end
        {
            out.push(RawPiece {
                bytes: start..end,
                control: false,
            });
        }
    };
    // Grapheme clusters are never split: an emoji sequence or a letter with its marks stays in
    // one piece.
    for (i, grapheme) in text[run.clone()].grapheme_indices(true) {
        let at = run.start + i;
        let Some(first) = grapheme.chars().next() else {
            continue;
        };
        if is_bidi_control(first) {
            close(&mut out, &mut open, at);
            if show_controls {
                out.push(RawPiece {
                    bytes: at..at + grapheme.len(),
                    control: true,
                });
            }
            continue;
        }
        if !rtl {
            if grapheme.chars().any(shapes_rtl) {
                close(&mut out, &mut open, at);
                out.push(RawPiece {
                    bytes: at..at + grapheme.len(),
                    control: false,
                });
            } else {
                open.get_or_insert(at);
            }
            continue;
        }
        let arabic = joins_arabic_piece(first);
        if !(arabic && open_is_arabic && open.is_some()) {
            close(&mut out, &mut open, at);
            open = Some(at);
            open_is_arabic = arabic;
        }
    }
    close(&mut out, &mut open, run.end);
    out
}
