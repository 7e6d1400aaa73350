//! The reader's settings, kept through eframe storage between runs.

use serde::{Deserialize, Serialize};

use super::fonts::{ARTICLE_FAMILY, FACES};

/// Smallest and largest article font size, in points.
pub const SIZE_RANGE: std::ops::RangeInclusive<f32> = 12.0..=48.0;
/// The default font size.
pub const DEFAULT_SIZE: f32 = 22.0;
/// Line spacing range, as a multiple of the font's row height.
pub const SPACING_RANGE: std::ops::RangeInclusive<f32> = 1.0..=2.5;

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// egui's preference.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Which side panels are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Panels {
    /// The corpus and entity lists, on the left.
    pub lists: bool,
    /// The inspector, on the right.
    pub inspector: bool,
    /// The claims table, at the bottom.
    pub claims: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            lists: true,
            inspector: true,
            claims: true,
        }
    }
}

/// Files and folders opened recently, newest first.
pub const MAX_RECENT: usize = 10;

/// Persisted settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Article font family (one of [`FACES`]).
    pub family: String,
    /// Article font size in points.
    pub size: f32,
    /// Line spacing.
    pub line_spacing: f32,
    /// Show invisible bidi controls as marks.
    pub show_controls: bool,
    /// A mouse selection widens to whole words (Ctrl while dragging selects exact
    /// characters).
    pub snap_words: bool,
    /// Light or dark.
    pub theme: Theme,
    /// Which panels are shown.
    pub panels: Panels,
    /// Recently opened articles and folders, newest first.
    pub recent: Vec<std::path::PathBuf>,
    /// The interface language; `None` until chosen (the first run takes the system's).
    pub language: Option<crate::i18n::Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            family: ARTICLE_FAMILY.to_owned(),
            size: DEFAULT_SIZE,
            line_spacing: 1.0,
            show_controls: false,
            snap_words: true,
            theme: Theme::System,
            panels: Panels::default(),
            recent: Vec::new(),
            language: None,
        }
    }
}

impl Settings {
    /// The storage key.
    pub const KEY: &'static str = "marsad_settings";

    /// Keeps values in range and the family one that is bundled (storage may be old or edited).
    #[must_use]
    pub fn sanitized(mut self) -> Self {
        if !FACES.iter().any(|f| f.family == self.family) {
            ARTICLE_FAMILY.clone_into(&mut self.family);
        }
        if !self.size.is_finite() {
            self.size = DEFAULT_SIZE;
        }
        self.size = self.size.clamp(*SIZE_RANGE.start(), *SIZE_RANGE.end());
        if !self.line_spacing.is_finite() {
            self.line_spacing = 1.2;
        }
        self.line_spacing = self
            .line_spacing
            .clamp(*SPACING_RANGE.start(), *SPACING_RANGE.end());
        self.recent.truncate(MAX_RECENT);
        self
    }

    /// The interface language: the one chosen, else English.
    pub fn language(&self) -> crate::i18n::Language {
        self.language.unwrap_or_default()
    }

    /// Puts a path at the top of the recent list.
    pub fn remember(&mut self, path: &std::path::Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Grows or shrinks the font by one step (Ctrl+plus, Ctrl+minus).
    pub fn zoom(&mut self, steps: f32) {
        self.size = (self.size + 2.0 * steps).clamp(*SIZE_RANGE.start(), *SIZE_RANGE.end());
    }
}
