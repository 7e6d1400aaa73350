//! `marsad layout`: print an article as the engine lays it out, for tests and for comparing the
//! engine with fribidi or Pango.

use std::io::Write as _;
use std::path::Path;

use crate::app::shaper::{EguiShaper, article_font, headless_context};
use crate::article::Article;
use crate::text::{LayoutOptions, layout_paragraph, mostly_rtl, paragraphs};

/// Lays out the article at `path` at `width` points with the bundled article font at `size`,
/// and prints each line's characters in visual order, with a blank line between paragraphs.
pub fn run(path: &Path, width: f32, size: f32, show_controls: bool) -> anyhow::Result<()> {
    let article = Article::load(path)?;
    let options = LayoutOptions {
        max_width: width,
        show_controls,
        neutral_rtl: mostly_rtl(&article.text),
        rtl: None,
    };
    let ctx = headless_context();
    let mut out = std::io::stdout().lock();
    let written = ctx.fonts_mut(|fonts| -> std::io::Result<()> {
        let mut shaper = EguiShaper::new(fonts, article_font(size));
        // Empty lines of the article separate paragraphs; they print as the blank row.
        let paragraphs = paragraphs(&article.text);
        for (i, paragraph) in paragraphs.iter().filter(|p| !p.text.is_empty()).enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            for line in layout_paragraph(paragraph.text, &options, &mut shaper).visual_lines() {
                writeln!(out, "{line}")?;
            }
        }
        out.flush()
    });
    match written {
        // A reader such as `head` that stops early is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
