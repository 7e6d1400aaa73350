//! Find in the article (Ctrl+F): a bar above the text, matches highlighted, next and previous.

use super::messages::t;
use crate::i18n::{Arg, Strings};
use std::ops::Range;

use crate::session::Session;

/// The find bar's state.
#[derive(Default)]
pub struct Find {
    /// Whether the bar is shown.
    pub open: bool,
    /// What is searched for.
    pub query: String,
    /// Where it was found, in article code points.
    pub matches: Vec<Range<usize>>,
    /// Whether the matches are whole words (else folded substrings).
    pub whole_words: bool,
    /// The current match.
    pub current: Option<usize>,
    /// Goes up whenever the matches or the current one change (highlights are redrawn).
    pub revision: u64,
    /// Focus the query field on the next frame.
    pub focus: bool,
    searched: String,
}

impl Find {
    /// Opens the bar with its field focused.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }

    /// Closes the bar and clears its highlights.
    pub fn close(&mut self) {
        self.open = false;
        self.matches.clear();
        self.current = None;
        self.searched.clear();
        self.revision += 1;
    }

    /// Searches again if the query changed; returns the match to show, if it moved.
    pub fn refresh(&mut self, session: &Session, from: usize) -> Option<usize> {
        if !self.open || self.query == self.searched {
            return None;
        }
        self.searched.clone_from(&self.query);
        (self.matches, self.whole_words) = session.find(&self.query);
        self.current = self
            .matches
            .iter()
            .position(|m| m.start >= from)
            .or((!self.matches.is_empty()).then_some(0));
        self.revision += 1;
        self.current.map(|i| self.matches[i].start)
    }

    /// Moves to the next (or previous) match; returns where it is.
    pub fn step(&mut self, forward: bool) -> Option<usize> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let next = match self.current {
            None => 0,
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
        };
        self.current = Some(next);
        self.revision += 1;
        Some(self.matches[next].start)
    }

    /// "3 of 7", or why there is nothing.
    pub fn summary(&self, strings: &Strings) -> String {
        if self.query.trim().is_empty() {
            return String::new();
        }
        match (self.current, self.matches.len()) {
            (_, 0) => strings.get("find-none"),
            (Some(i), n) => strings.format(
                if self.whole_words {
                    "find-at"
                } else {
                    "find-at-inside-words"
                },
                &[("at", Arg::Number(i + 1)), ("count", Arg::Number(n))],
            ),
            (None, n) => strings.format("find-count", &[("count", Arg::Number(n))]),
        }
    }

    /// Shows the bar; returns the offset to scroll to when the current match moved.
    pub fn ui(&mut self, ui: &mut egui::Ui, session: &Session, from: usize) -> Option<usize> {
        let mut reveal = None;
        ui.horizontal(|ui| {
            let strings = super::messages::strings(ui.ctx());
            let label = ui.label(t(ui, "find-label"));
            let field = ui
                .add(
                    super::field::BidiField::singleline(&mut self.query)
                        .desired_width(260.0)
                        .hint_text(&strings.get("find-hint")),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                field.request_focus();
            }
            reveal = self.refresh(session, from);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if enter {
                let back = ui.input(|i| i.modifiers.shift);
                reveal = self.step(!back).or(reveal);
                field.request_focus();
            }
            if ui
                .button(t(ui, "find-previous"))
                .on_hover_text(t(ui, "find-previous-tip"))
                .clicked()
            {
                reveal = self.step(false);
            }
            if ui
                .button(t(ui, "find-next"))
                .on_hover_text(t(ui, "find-next-tip"))
                .clicked()
            {
                reveal = self.step(true);
            }
            ui.label(super::view::bidi_widget_text(ui, &self.summary(&strings)));
            let escape = (field.has_focus() || field.lost_focus())
                && ui.input(|i| i.key_pressed(egui::Key::Escape));
            let close = ui.button(t(ui, "find-close"));
            if close.on_hover_text(t(ui, "find-close-tip")).clicked() || escape {
                self.close();
            }
        });
        reveal
    }
}
