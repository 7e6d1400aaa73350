//! The registry's suggestions in the open article: moving between them, accepting one (or
//! all of one entity's) and turning one down, each one undo step through the session.

use crate::model::Rejection;
use crate::session::Command;

use super::super::workspace::Workspace;

impl Workspace {
    /// Moves to the next (or previous) suggestion and shows it.
    pub(super) fn step_suggestion(&mut self, forward: bool) -> Result<(), String> {
        self.refresh_suggestions();
        let at = self
            .corpus
            .as_mut()
            .and_then(|c| c.step(forward))
            .map(|s| s.range.start)
            .ok_or_else(|| self.strings.get("err-no-suggestions"))?;
        self.view.reveal(at);
        Ok(())
    }

    /// Tags the current suggestion, or every suggestion of its entity.
    pub(super) fn accept_suggestion(&mut self, all: bool) -> Result<(), String> {
        self.refresh_suggestions();
        let Some(corpus) = self.corpus.as_ref() else {
            return Err(self.strings.get("err-no-suggestions"));
        };
        let current = corpus
            .current()
            .cloned()
            .ok_or_else(|| self.strings.get("err-no-suggestion-current"))?;
        let entity = self
            .session
            .document()
            .entity(current.entity)
            .or_else(|| corpus.entity(current.entity))
            .cloned()
            .ok_or_else(|| self.strings.get("err-no-suggestion-current"))?;
        let ranges: Vec<_> = if all {
            corpus
                .suggestions()
                .iter()
                .filter(|s| s.entity == current.entity)
                .map(|s| s.range.clone())
                .collect()
        } else {
            vec![current.range.clone()]
        };
        self.run(Command::AcceptSuggestions {
            entity: Box::new(entity),
            ranges,
        })?;
        self.selected = None;
        self.refresh_suggestions();
        if let Some(next) = self.corpus.as_ref().and_then(|c| c.current()) {
            self.view.reveal(next.range.start);
        }
        Ok(())
    }

    /// Turns the current suggestion down: it is not suggested in this article again.
    pub(super) fn reject_suggestion(&mut self) -> Result<(), String> {
        self.refresh_suggestions();
        let Some(corpus) = self.corpus.as_ref() else {
            return Err(self.strings.get("err-no-suggestions"));
        };
        let current = corpus
            .current()
            .cloned()
            .ok_or_else(|| self.strings.get("err-no-suggestion-current"))?;
        let quote = self
            .session
            .indexed()
            .slice(current.range.start, current.range.end)
            .unwrap_or_default()
            .to_owned();
        self.run(Command::RejectSuggestions(vec![Rejection {
            entity: current.entity,
            start: current.range.start,
            end: current.range.end,
            quote,
        }]))?;
        self.refresh_suggestions();
        Ok(())
    }
}
