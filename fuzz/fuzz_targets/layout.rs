//! The paragraph layout engine on arbitrary Unicode at arbitrary widths: paragraphs cover the
//! article, lines cover the paragraph in order, pieces stay inside their line, and hit testing
//! never panics.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use marsad::text::{LayoutOptions, Shaper, layout_paragraph, paragraphs};

/// Advances that differ by character class, so that line breaking has real choices to make.
struct Uneven;

impl Shaper for Uneven {
    type Shaped = ();

    fn shape(&mut self, text: &str) -> (f32, ()) {
        let width = text
            .chars()
            .map(|c| match c {
                '\u{300}'..='\u{36f}' | '\u{64b}'..='\u{65f}' | '\u{200b}'..='\u{200f}' => 0.0,
                ' ' => 0.5,
                c if c.is_ascii() => 1.0,
                c if u32::from(c) > 0x1_0000 => 2.0,
                _ => 1.5,
            })
            .sum();
        (width, ())
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    width: u8,
    show_controls: bool,
    neutral_rtl: bool,
    probes: Vec<(u8, u8, u16, u16)>,
}

fuzz_target!(|input: Input| {
    // Splitting an article into paragraphs (overlong lines cut in pieces): the pieces cover
    // the text in order, with only line breaks between them, and their offsets agree.
    let mut chars = 0;
    let mut bytes = 0;
    for p in paragraphs(&input.text) {
        if p.byte > bytes {
            assert_eq!(
                &input.text[bytes..p.byte],
                "\n",
                "only line breaks between paragraphs"
            );
            chars += 1;
            bytes += 1;
        }
        assert_eq!((p.start, p.byte), (chars, bytes));
        assert_eq!(&input.text[p.byte..p.byte + p.text.len()], p.text);
        chars += p.text.chars().count();
        bytes += p.text.len();
    }
    assert_eq!(bytes, input.text.len());
    let text = input.text.replace('\n', " ");
    let options = LayoutOptions {
        max_width: if input.width == 0 {
            f32::INFINITY
        } else {
            f32::from(input.width) / 4.0
        },
        show_controls: input.show_controls,
        neutral_rtl: input.neutral_rtl,
        rtl: None,
    };
    let mut shaper = Uneven;
    let layout = layout_paragraph(&text, &options, &mut shaper);
    let n = text.chars().count();
    assert_eq!(layout.chars, n);
    let mut next = 0;
    for line in &layout.lines {
        assert_eq!(line.chars.start, next, "lines follow one another");
        assert!(line.chars.start <= line.chars.end);
        next = line.chars.end;
        for piece in &line.pieces {
            assert!(line.chars.start <= piece.chars.start && piece.chars.end <= line.chars.end);
            assert!(piece.width.is_finite() && piece.x.is_finite());
        }
    }
    assert_eq!(next, n, "lines cover the paragraph");
    let _ = layout.visual_lines();
    for &(line, x, a, b) in input.probes.iter().take(16) {
        let (line, x) = (usize::from(line), f32::from(x) / 2.0);
        let caret = layout.caret_at(line, x, &mut shaper);
        assert!(caret.offset <= n);
        if let Some(c) = layout.char_at(line, x, &mut shaper) {
            assert!(c < n.max(1));
        }
        let (a, b) = (usize::from(a) % (n + 1), usize::from(b) % (n + 1));
        for (l, x0, x1) in layout.rects(a.min(b)..a.max(b), &mut shaper) {
            assert!(l < layout.lines.len() && x0 <= x1);
        }
    }
});
