//! `marsad layout`: print an article as the engine lays it out, for tests and for comparing the
//! engine with fribidi or Pango.

use std::io::Write as _;
use std::path::Path;

use crate::app::shaper::{EguiShaper, article_font, headless_context};
use crate::article::Article;
use crate::text::{
    LayoutOptions, MonospaceShaper, Shaper, layout_paragraph, mostly_rtl, paragraphs,
};

/// How `marsad layout` measures and prints.
#[derive(Clone, Copy, Debug)]
pub struct LayoutArgs {
    /// Line width: points at scale 1, or characters with `monospace`.
    pub width: f32,
    /// Font size in points (the bundled article font).
    pub size: f32,
    /// Show invisible bidi controls as visible marks.
    pub show_controls: bool,
    /// Measure every character as one unit wide (marks and controls as zero), as the tests'
    /// [`MonospaceShaper`] does, instead of shaping with the article font.
    pub monospace: bool,
    /// Start each row with the line's code points in its paragraph (`START..END` and a tab).
    pub ranges: bool,
}

/// Lays out the article at `path` and prints each line's characters in visual order, with a
/// blank line between paragraphs.
pub fn run(path: &Path, args: LayoutArgs) -> anyhow::Result<()> {
    let article = Article::load(path)?;
    let options = LayoutOptions {
        max_width: args.width,
        show_controls: args.show_controls,
        neutral_rtl: mostly_rtl(&article.text),
        rtl: None,
    };
    let written = if args.monospace {
        print(&article.text, options, args.ranges, &mut MonospaceShaper)
    } else {
        let ctx = headless_context();
        ctx.fonts_mut(|fonts| {
            let mut shaper = EguiShaper::new(fonts, article_font(args.size));
            print(&article.text, options, args.ranges, &mut shaper)
        })
    };
    // A reader such as `head` that stops early is not an error.
    crate::pipe::written(written)?;
    Ok(())
}

fn print<S: Shaper>(
    text: &str,
    options: LayoutOptions,
    ranges: bool,
    shaper: &mut S,
) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    // Empty lines of the article separate paragraphs; they print as the blank row.
    let paragraphs = paragraphs(text);
    for (i, paragraph) in paragraphs.iter().filter(|p| !p.text.is_empty()).enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let layout = layout_paragraph(paragraph.text, &options, shaper);
        for (line, visual) in layout.lines.iter().zip(layout.visual_lines()) {
            if ranges {
                write!(out, "{}..{}\t", line.chars.start, line.chars.end)?;
            }
            writeln!(out, "{visual}")?;
        }
    }
    out.flush()
}
