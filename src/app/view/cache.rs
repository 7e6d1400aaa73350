//! Paragraph layouts cached per (paragraph, width, font, size, options), with estimated heights
//! for paragraphs not yet laid out, so a long article opens without laying out all of it.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::Galley;

use crate::text::{LayoutOptions, ParagraphLayout, paragraphs};

/// What a layout depends on besides the text: when any of it changes, every layout is dropped.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutKey {
    /// What positions depend on.
    pub geometry: Geometry,
    /// Pixels per point, and how many times egui's font atlas has been reset: cached galleys
    /// point into the atlas, so either change means shaping again (heights stay valid).
    pub galleys: (f32, u64),
}

/// The part of a [`LayoutKey`] that positions and heights depend on.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    /// Line width in points.
    pub width: f32,
    /// Font family name.
    pub family: String,
    /// Font size in points.
    pub size: f32,
    /// Line height in points (row height times line spacing).
    pub line_height: f32,
    /// Engine options.
    pub options: LayoutOptions,
}

/// One paragraph of the article.
#[derive(Clone, Debug)]
pub struct ParagraphSlot {
    /// Its characters in the article, code points.
    pub chars: Range<usize>,
    /// Its text, as a byte range of the article.
    pub bytes: Range<usize>,
    /// Its height: measured once laid out, estimated before.
    pub height: f32,
    /// Whether `height` is measured.
    pub measured: bool,
    /// The direction of the line it was cut from, for a piece of an overlong line.
    pub rtl: Option<bool>,
}

/// The cache.
pub struct LayoutCache {
    key: Option<LayoutKey>,
    /// Paragraphs in article order.
    pub slots: Vec<ParagraphSlot>,
    layouts: HashMap<usize, Arc<ParagraphLayout<Arc<Galley>>>>,
    /// Top of each paragraph, for `slots.len() + 1` entries (the last is the total height).
    tops: Vec<f32>,
    tops_valid: bool,
}

/// Space between paragraphs, in lines.
pub const PARAGRAPH_GAP: f32 = 0.35;

impl LayoutCache {
    /// A cache for an article's text.
    pub fn new(text: &str) -> Self {
        let slots = paragraphs(text)
            .into_iter()
            .map(|p| ParagraphSlot {
                chars: p.start..p.start + p.text.chars().count(),
                bytes: p.byte..p.byte + p.text.len(),
                height: 0.0,
                measured: false,
                rtl: p.rtl,
            })
            .collect();
        Self {
            key: None,
            slots,
            layouts: HashMap::new(),
            tops: Vec::new(),
            tops_valid: false,
        }
    }

    /// Drops every layout if `key` differs from the one they were made with, and estimates
    /// heights from character counts (`char_width` is an average advance).
    /// Returns whether the geometry changed (heights were estimated again).
    pub fn set_key(&mut self, key: LayoutKey, char_width: f32) -> bool {
        if self.key.as_ref() == Some(&key) {
            return false;
        }
        self.layouts.clear();
        if self
            .key
            .as_ref()
            .is_some_and(|old| old.geometry == key.geometry)
        {
            self.key = Some(key);
            return false;
        }
        let per_line = (key.geometry.width / char_width.max(1.0)).max(1.0);
        for slot in &mut self.slots {
            let lines = (slot.chars.len() as f32 / per_line).ceil().max(1.0);
            slot.height = (lines + PARAGRAPH_GAP) * key.geometry.line_height;
            slot.measured = false;
        }
        self.key = Some(key);
        self.tops_valid = false;
        true
    }

    /// Drops the layouts of paragraphs far from `keep` once more than `max` are cached; their
    /// measured heights stay.
    pub fn evict_far(&mut self, keep: Range<usize>, max: usize) {
        if self.layouts.len() <= max {
            return;
        }
        let distance = |i: usize| {
            if i < keep.start {
                keep.start - i
            } else {
                i.saturating_sub(keep.end)
            }
        };
        let mut indices: Vec<usize> = self.layouts.keys().copied().collect();
        indices.sort_by_key(|&i| std::cmp::Reverse(distance(i)));
        for i in indices.into_iter().take(self.layouts.len() - max * 3 / 4) {
            self.layouts.remove(&i);
        }
    }

    /// The height of paragraph `index`.
    pub fn height(&self, index: usize) -> f32 {
        self.slots[index].height
    }

    /// The key in force.
    pub fn key(&self) -> Option<&LayoutKey> {
        self.key.as_ref()
    }

    /// The cached layout of paragraph `index`.
    pub fn get(&self, index: usize) -> Option<Arc<ParagraphLayout<Arc<Galley>>>> {
        self.layouts.get(&index).cloned()
    }

    /// Stores a layout and its measured height; returns how much the height changed.
    pub fn insert(&mut self, index: usize, layout: Arc<ParagraphLayout<Arc<Galley>>>) -> f32 {
        let line_height = self.key.as_ref().map_or(1.0, |k| k.geometry.line_height);
        let height = (layout.lines.len() as f32 + PARAGRAPH_GAP) * line_height;
        let slot = &mut self.slots[index];
        let delta = height - slot.height;
        slot.height = height;
        slot.measured = true;
        if delta != 0.0 {
            self.tops_valid = false;
        }
        self.layouts.insert(index, layout);
        delta
    }

    fn tops(&mut self) -> &[f32] {
        if !self.tops_valid {
            self.tops.clear();
            let mut y = 0.0;
            for slot in &self.slots {
                self.tops.push(y);
                y += slot.height;
            }
            self.tops.push(y);
            self.tops_valid = true;
        }
        &self.tops
    }

    /// The top of paragraph `index` (or the total height for `slots.len()`).
    pub fn top(&mut self, index: usize) -> f32 {
        self.tops()[index]
    }

    /// The total height of the article.
    pub fn total_height(&mut self) -> f32 {
        let n = self.slots.len();
        self.top(n)
    }

    /// The paragraph at height `y` (clamped to the first and last).
    pub fn paragraph_at(&mut self, y: f32) -> usize {
        let tops = self.tops();
        tops[..tops.len() - 1]
            .partition_point(|&top| top <= y)
            .saturating_sub(1)
    }

    /// The paragraph that holds article offset `offset`.
    pub fn paragraph_of(&self, offset: usize) -> usize {
        self.slots
            .partition_point(|s| s.chars.start <= offset)
            .saturating_sub(1)
    }
}
