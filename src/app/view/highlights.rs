//! What the view highlights. The view asks a [`HighlightSource`] for the spans that touch
//! each paragraph it draws (and the character under the pointer), so a frame looks only at
//! what is on screen and an edit rebuilds nothing: the open article's source reads the
//! document, the offer and the find bar as they are.

use std::ops::Range;

use super::{Highlight, Mark};

/// Answers which highlights touch a range of the text.
pub trait HighlightSource {
    /// Appends to `out` the highlights that overlap `range`, in the order they are painted
    /// (later ones over earlier ones).
    fn touching(&self, range: Range<usize>, out: &mut Vec<Highlight>);
}

/// A fixed list of highlights, for a view shown on its own (tests, benchmarks).
#[derive(Clone, Debug, Default)]
pub struct HighlightList {
    /// Sorted by start (stable, so equal starts keep their order).
    all: Vec<Highlight>,
    /// No highlight is longer.
    longest: usize,
}

impl HighlightList {
    /// A list of `highlights`, indexed once.
    pub fn new(mut highlights: Vec<Highlight>) -> Self {
        highlights.retain(|h| !h.range.is_empty());
        highlights.sort_by_key(|h| h.range.start);
        let longest = highlights.iter().map(|h| h.range.len()).max().unwrap_or(0);
        Self {
            all: highlights,
            longest,
        }
    }
}

impl HighlightSource for HighlightList {
    fn touching(&self, range: Range<usize>, out: &mut Vec<Highlight>) {
        let from = range.start.saturating_sub(self.longest);
        let first = self.all.partition_point(|h| h.range.start < from);
        let upto = self.all.partition_point(|h| h.range.start < range.end);
        out.extend(
            self.all[first..upto.max(first)]
                .iter()
                .filter(|h| h.range.end > range.start)
                .cloned(),
        );
    }
}

/// The open article's highlights: its annotations (the selected one outlined), the mentions
/// a "tag all" offer would tag, and the find bar's matches, painted in that order.
pub struct ArticleHighlights<'a> {
    /// The annotations.
    pub document: &'a crate::model::Document,
    /// The selected annotation.
    pub selected: Option<crate::model::AnnotationId>,
    /// Offered mentions (in text order, none overlapping) and whether each is ticked.
    pub offered: Option<(&'a [crate::session::Occurrence], &'a [bool])>,
    /// The corpus registry's suggestions (in text order, none overlapping).
    pub suggested: &'a [crate::suggest::Suggestion],
    /// The suggestion the keyboard is on.
    pub current_suggestion: Option<Range<usize>>,
    /// The find bar's matches (in text order, none overlapping) and the current one.
    pub found: (&'a [Range<usize>], Option<usize>),
}

/// The indices of `ranges` (sorted, not overlapping) that overlap `range`.
fn overlapping_indices<T>(
    items: &[T],
    range: &Range<usize>,
    of: impl Fn(&T) -> &Range<usize>,
) -> Range<usize> {
    let first = items.partition_point(|t| of(t).end <= range.start);
    let upto = items.partition_point(|t| of(t).start < range.end);
    first..upto.max(first)
}

impl HighlightSource for ArticleHighlights<'_> {
    fn touching(&self, range: Range<usize>, out: &mut Vec<Highlight>) {
        for a in self.document.overlapping(range.clone()) {
            out.push(Highlight {
                range: a.span.start..a.span.end,
                mark: Mark::Annotation(a.kind),
                id: Some(a.id),
                selected: Some(a.id) == self.selected,
            });
        }
        if let Some((items, accepted)) = self.offered {
            for i in overlapping_indices(items, &range, |o| &o.range) {
                if accepted.get(i).copied().unwrap_or(false) {
                    out.push(Highlight {
                        range: items[i].range.clone(),
                        mark: Mark::Offered,
                        id: None,
                        selected: false,
                    });
                }
            }
        }
        for i in overlapping_indices(self.suggested, &range, |s| &s.range) {
            let at = &self.suggested[i].range;
            out.push(Highlight {
                range: at.clone(),
                mark: Mark::Offered,
                id: None,
                selected: self.current_suggestion.as_ref() == Some(at),
            });
        }
        let (matches, current) = self.found;
        for i in overlapping_indices(matches, &range, |m| m) {
            out.push(Highlight {
                range: matches[i].clone(),
                mark: if current == Some(i) {
                    Mark::Current
                } else {
                    Mark::Found
                },
                id: None,
                selected: false,
            });
        }
    }
}
