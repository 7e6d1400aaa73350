//! The clipboard: arboard's system clipboard, kept open while the app runs (X11 serves its
//! contents from the owning process), with eframe's as the fallback; and copying citations.

use super::MarsadApp;

/// The system clipboard, opened on first use.
pub(super) enum SystemClipboard {
    Untried,
    Open(Box<arboard::Clipboard>),
    Unavailable,
}

impl MarsadApp {
    /// Copies text (with an HTML version where the clipboard takes one) through arboard; eframe's
    /// clipboard is the fallback.
    fn copy(&mut self, plain: String, html: Option<&str>) {
        if matches!(self.clipboard, SystemClipboard::Untried) {
            self.clipboard = match arboard::Clipboard::new() {
                Ok(c) => SystemClipboard::Open(Box::new(c)),
                Err(e) => {
                    log::info!("no system clipboard ({e}); using eframe's");
                    SystemClipboard::Unavailable
                }
            };
        }
        let copied = match &mut self.clipboard {
            SystemClipboard::Open(c) => match &html {
                Some(html) => c.set_html(*html, Some(plain.as_str())).is_ok(),
                None => c.set_text(plain.as_str()).is_ok(),
            },
            _ => false,
        };
        if !copied {
            self.ctx.copy_text(plain.clone());
        }
        self.last_copy = Some(plain);
    }

    /// Copies the citation of the selected claims in `style` (plain text comes with HTML).
    pub(super) fn copy_citation(
        &mut self,
        style: crate::export::citation::Style,
        inspected: bool,
    ) -> Result<(), String> {
        use crate::export::citation::Style;
        let ws = self
            .workspace()
            .ok_or_else(|| super::messages::tr(&self.ctx, "open-article-first", &[]))?;
        // Plain text goes with an HTML version, for clipboards that take one.
        let styles: &[Style] = if style == Style::Plain {
            &[Style::Plain, Style::Html]
        } else {
            &[style]
        };
        let mut texts = ws.citation(styles, inspected)?.into_iter();
        let text = texts.next().unwrap_or_default();
        let html = texts.next();
        self.copy(text, html.as_deref());
        let strings = super::messages::strings(&self.ctx);
        let label = super::labels::citation_style(&strings, style);
        let said = strings.format(
            "citation-copied",
            &[("style", crate::i18n::Arg::Code(&label))],
        );
        self.say(said);
        Ok(())
    }
}
