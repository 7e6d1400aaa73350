//! Every command of the window, defined once: its label, tooltip, keyboard shortcuts and the
//! menu it sits in. Shortcuts never fire while a text field has focus.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A command the reader can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Larger article text.
    ZoomIn,
    /// Smaller article text.
    ZoomOut,
    /// Default article text size.
    ZoomReset,
    /// Show or hide invisible bidi controls.
    ToggleControls,
}

/// The menu an action is listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// The View menu.
    View,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

impl Action {
    /// Every action, in menu order.
    pub const ALL: &'static [Self] = &[
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ToggleControls,
    ];

    /// The label in menus and buttons.
    pub fn label(self) -> &'static str {
        match self {
            Self::ZoomIn => "Larger text",
            Self::ZoomOut => "Smaller text",
            Self::ZoomReset => "Default text size",
            Self::ToggleControls => "Show bidi controls",
        }
    }

    /// What hovering it explains.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::ZoomIn => "Make the article text larger",
            Self::ZoomOut => "Make the article text smaller",
            Self::ZoomReset => "Return the article text to its default size",
            Self::ToggleControls => {
                "Show invisible direction marks (RLM, RLO, LRI…), which can hide or reorder text, as visible marks"
            }
        }
    }

    /// Its shortcuts, the one shown first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const ZOOM_IN: &[KeyboardShortcut] = &[ctrl(Key::Plus), ctrl(Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[ctrl(Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[ctrl(Key::Num0)];
        const CONTROLS: &[KeyboardShortcut] = &[KeyboardShortcut::new(
            Modifiers::COMMAND.plus(Modifiers::SHIFT),
            Key::D,
        )];
        match self {
            Self::ZoomIn => ZOOM_IN,
            Self::ZoomOut => ZOOM_OUT,
            Self::ZoomReset => ZOOM_RESET,
            Self::ToggleControls => CONTROLS,
        }
    }

    /// The menu it is listed in.
    pub fn menu(self) -> Menu {
        match self {
            Self::ZoomIn | Self::ZoomOut | Self::ZoomReset | Self::ToggleControls => Menu::View,
        }
    }

    /// The actions whose shortcut was pressed this frame (their key presses are consumed).
    /// None while a text field has keyboard focus: typing is never a command.
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        if ctx.text_edit_focused() {
            return Vec::new();
        }
        ctx.input_mut(|input| {
            Self::ALL
                .iter()
                .copied()
                .filter(|action| {
                    action
                        .shortcuts()
                        .iter()
                        .any(|shortcut| input.consume_shortcut(shortcut))
                })
                .collect()
        })
    }

    /// A menu entry: label, tooltip and first shortcut; true when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui) -> bool {
        let shortcut = self
            .shortcuts()
            .first()
            .map(|s| ui.ctx().format_shortcut(s))
            .unwrap_or_default();
        ui.add(egui::Button::new(self.label()).shortcut_text(shortcut))
            .on_hover_text(self.tooltip())
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for &action in Action::ALL {
            for shortcut in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| s == shortcut) {
                    panic!("{action:?} and {other:?} share {shortcut:?}");
                }
                seen.push((*shortcut, action));
            }
        }
    }

    #[test]
    fn every_action_is_described_and_has_a_shortcut() {
        for &action in Action::ALL {
            assert!(!action.label().is_empty() && !action.tooltip().is_empty());
            assert!(!action.shortcuts().is_empty(), "{action:?}");
            assert_eq!(action.menu(), Menu::View);
        }
    }
}
