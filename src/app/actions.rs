//! Every command of the window, defined once: its label, tooltip, keyboard shortcuts and the
//! menu it sits in. Shortcuts never fire while a text field has focus.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Strings;

/// A command the analyst can give, in menu order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Action {
    /// Open an article with the file dialog.
    OpenFile,
    /// Open a folder of articles as a corpus.
    OpenFolder,
    /// Save the annotations now.
    Save,
    /// The next article of the corpus.
    NextArticle,
    /// The previous article of the corpus.
    PreviousArticle,
    /// Mark the article done (fully annotated), or not.
    ToggleDone,
    /// Export the article or the corpus.
    Export,
    /// Make the open folder (or the article's folder) a corpus with a registry.
    MakeCorpus,
    /// Show the corpus registry.
    Registry,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Copy the selected claim (or the claims in the selected text) as a citation.
    CopyCitation,
    /// Find in the article.
    Find,
    /// The next search match.
    FindNext,
    /// The previous search match.
    FindPrevious,
    /// Remove the selected annotation.
    Delete,
    /// Tag the selection as an actor.
    TagActor,
    /// Tag the selection as a location.
    TagLocation,
    /// Tag the selection as a claim.
    TagClaim,
    /// Offer the other mentions of the selected mention's entity for tagging.
    TagAll,
    /// Pick the selected claim's speaker by clicking an actor mention.
    PickSpeaker,
    /// The next suggestion of the corpus registry.
    NextSuggestion,
    /// The previous suggestion.
    PreviousSuggestion,
    /// Tag the current suggestion.
    AcceptSuggestion,
    /// Tag every suggestion of the current suggestion's entity.
    AcceptAllSuggestions,
    /// Turn the current suggestion down.
    RejectSuggestion,
    /// Larger article text.
    ZoomIn,
    /// Smaller article text.
    ZoomOut,
    /// Default article text size.
    ZoomReset,
    /// Show or hide invisible bidi controls.
    ToggleControls,
    /// Switch between light and dark.
    ToggleTheme,
    /// Show every shortcut.
    Help,
    /// Version, licence, fonts and where Marsad keeps its files.
    About,
}

/// The menu an action is listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// Files and the corpus.
    File,
    /// Undo, find, delete.
    Edit,
    /// Tagging.
    Tag,
    /// How the article is shown.
    View,
    /// Help.
    Help,
}

impl Menu {
    /// Every menu, in menu-bar order.
    pub const ALL: [Self; 5] = [Self::File, Self::Edit, Self::Tag, Self::View, Self::Help];

    /// Its title, in the window's language.
    pub fn label(self, strings: &Strings) -> String {
        strings.get(match self {
            Self::File => "menu-file",
            Self::Edit => "menu-edit",
            Self::Tag => "menu-tag",
            Self::View => "menu-view",
            Self::Help => "menu-help",
        })
    }
}

/// A shortcut typed as a bare key: a letter, a digit, Delete (not a function key).
fn is_plain(shortcut: KeyboardShortcut) -> bool {
    shortcut.modifiers.is_none() && !is_function_key(shortcut.logical_key)
}

/// F1 to F35.
fn is_function_key(key: Key) -> bool {
    use Key::{
        F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20,
        F21, F22, F23, F24, F25, F26, F27, F28, F29, F30, F31, F32, F33, F34, F35,
    };
    matches!(
        key,
        F1 | F2
            | F3
            | F4
            | F5
            | F6
            | F7
            | F8
            | F9
            | F10
            | F11
            | F12
            | F13
            | F14
            | F15
            | F16
            | F17
            | F18
            | F19
            | F20
            | F21
            | F22
            | F23
            | F24
            | F25
            | F26
            | F27
            | F28
            | F29
            | F30
            | F31
            | F32
            | F33
            | F34
            | F35
    )
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

impl Action {
    /// Every action, in menu order (the order they are declared in).
    pub fn all() -> impl Iterator<Item = Self> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// Every shortcut with its action, in the order presses are matched: shortcuts with more
    /// modifiers first, since egui lets Ctrl+Z match a Ctrl+Shift+Z press.
    pub fn match_order() -> Vec<(KeyboardShortcut, Self)> {
        let mut order: Vec<(KeyboardShortcut, Self)> = Self::all()
            .flat_map(|a| a.shortcuts().iter().map(move |s| (*s, a)))
            .collect();
        let count = |m: Modifiers| {
            [m.alt, m.shift, m.command || m.ctrl || m.mac_cmd]
                .iter()
                .filter(|b| **b)
                .count()
        };
        order.sort_by_key(|(s, _)| std::cmp::Reverse(count(s.modifiers)));
        order
    }

    /// Its message id: `action-ID` is its label in menus and buttons, `action-ID-tip` what
    /// hovering it explains (assets/i18n).
    pub fn id(self) -> &'static str {
        match self {
            Self::OpenFile => "open-file",
            Self::OpenFolder => "open-folder",
            Self::Save => "save",
            Self::NextArticle => "next-article",
            Self::PreviousArticle => "previous-article",
            Self::ToggleDone => "toggle-done",
            Self::Export => "export",
            Self::MakeCorpus => "make-corpus",
            Self::Registry => "registry",
            Self::NextSuggestion => "next-suggestion",
            Self::PreviousSuggestion => "previous-suggestion",
            Self::AcceptSuggestion => "accept-suggestion",
            Self::AcceptAllSuggestions => "accept-all-suggestions",
            Self::RejectSuggestion => "reject-suggestion",
            Self::Undo => "undo",
            Self::Redo => "redo",
            Self::CopyCitation => "copy-citation",
            Self::Find => "find",
            Self::FindNext => "find-next",
            Self::FindPrevious => "find-previous",
            Self::TagActor => "tag-actor",
            Self::TagLocation => "tag-location",
            Self::TagClaim => "tag-claim",
            Self::TagAll => "tag-all",
            Self::PickSpeaker => "pick-speaker",
            Self::Delete => "delete",
            Self::ZoomIn => "zoom-in",
            Self::ZoomOut => "zoom-out",
            Self::ZoomReset => "zoom-reset",
            Self::ToggleControls => "toggle-controls",
            Self::ToggleTheme => "toggle-theme",
            Self::Help => "help",
            Self::About => "about",
        }
    }

    /// The label in menus and buttons, in the window's language.
    pub fn label(self, strings: &Strings) -> String {
        strings.get(&format!("action-{}", self.id()))
    }

    /// What hovering it explains, in the window's language.
    pub fn tooltip(self, strings: &Strings) -> String {
        strings.get(&format!("action-{}-tip", self.id()))
    }

    /// Its shortcuts, the one shown first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN_FILE: &[KeyboardShortcut] = &[ctrl(Key::O)];
        const OPEN_FOLDER: &[KeyboardShortcut] = &[ctrl_shift(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[ctrl(Key::S)];
        const NEXT: &[KeyboardShortcut] = &[
            ctrl(Key::PageDown),
            KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
        ];
        const PREVIOUS: &[KeyboardShortcut] = &[
            ctrl(Key::PageUp),
            KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
        ];
        const DONE: &[KeyboardShortcut] = &[ctrl(Key::D)];
        const EXPORT: &[KeyboardShortcut] = &[ctrl(Key::E)];
        const UNDO: &[KeyboardShortcut] = &[ctrl(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[ctrl_shift(Key::Z), ctrl(Key::Y)];
        const FIND: &[KeyboardShortcut] = &[ctrl(Key::F)];
        const CITE: &[KeyboardShortcut] = &[ctrl_shift(Key::C)];
        const FIND_NEXT: &[KeyboardShortcut] = &[plain(Key::F3), ctrl(Key::G)];
        const FIND_PREVIOUS: &[KeyboardShortcut] = &[shift(Key::F3), ctrl_shift(Key::G)];
        const ACTOR: &[KeyboardShortcut] = &[plain(Key::A), plain(Key::Num1)];
        const LOCATION: &[KeyboardShortcut] = &[plain(Key::L), plain(Key::Num2)];
        const CLAIM: &[KeyboardShortcut] = &[plain(Key::C), plain(Key::Num3)];
        const TAG_ALL: &[KeyboardShortcut] = &[plain(Key::T)];
        const REGISTRY: &[KeyboardShortcut] = &[ctrl_shift(Key::R)];
        // Keys egui does not take for moving focus (Tab is), and not Delete or Backspace,
        // which remove annotations.
        const NEXT_SUGGESTION: &[KeyboardShortcut] = &[plain(Key::CloseBracket), plain(Key::F8)];
        const PREVIOUS_SUGGESTION: &[KeyboardShortcut] = &[plain(Key::OpenBracket), shift(Key::F8)];
        const ACCEPT_SUGGESTION: &[KeyboardShortcut] = &[plain(Key::Enter)];
        const ACCEPT_ALL_SUGGESTIONS: &[KeyboardShortcut] = &[shift(Key::Enter)];
        const REJECT_SUGGESTION: &[KeyboardShortcut] = &[plain(Key::R)];
        const SPEAKER: &[KeyboardShortcut] = &[plain(Key::S)];
        const DELETE: &[KeyboardShortcut] = &[plain(Key::Delete), plain(Key::Backspace)];
        const ZOOM_IN: &[KeyboardShortcut] = &[ctrl(Key::Plus), ctrl(Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[ctrl(Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[ctrl(Key::Num0)];
        const CONTROLS: &[KeyboardShortcut] = &[ctrl_shift(Key::D)];
        const THEME: &[KeyboardShortcut] = &[ctrl_shift(Key::L)];
        const HELP: &[KeyboardShortcut] = &[plain(Key::F1), plain(Key::Questionmark)];
        match self {
            Self::OpenFile => OPEN_FILE,
            Self::OpenFolder => OPEN_FOLDER,
            Self::Save => SAVE,
            Self::NextArticle => NEXT,
            Self::PreviousArticle => PREVIOUS,
            Self::ToggleDone => DONE,
            Self::Export => EXPORT,
            Self::Registry => REGISTRY,
            Self::NextSuggestion => NEXT_SUGGESTION,
            Self::PreviousSuggestion => PREVIOUS_SUGGESTION,
            Self::AcceptSuggestion => ACCEPT_SUGGESTION,
            Self::AcceptAllSuggestions => ACCEPT_ALL_SUGGESTIONS,
            Self::RejectSuggestion => REJECT_SUGGESTION,
            Self::Undo => UNDO,
            Self::Redo => REDO,
            Self::CopyCitation => CITE,
            Self::Find => FIND,
            Self::FindNext => FIND_NEXT,
            Self::FindPrevious => FIND_PREVIOUS,
            Self::TagActor => ACTOR,
            Self::TagLocation => LOCATION,
            Self::TagClaim => CLAIM,
            Self::TagAll => TAG_ALL,
            Self::PickSpeaker => SPEAKER,
            Self::Delete => DELETE,
            Self::ZoomIn => ZOOM_IN,
            Self::ZoomOut => ZOOM_OUT,
            Self::ZoomReset => ZOOM_RESET,
            Self::ToggleControls => CONTROLS,
            Self::ToggleTheme => THEME,
            Self::Help => HELP,
            Self::About | Self::MakeCorpus => &[],
        }
    }

    /// The menu it is listed in.
    pub fn menu(self) -> Menu {
        match self {
            Self::OpenFile
            | Self::OpenFolder
            | Self::Save
            | Self::NextArticle
            | Self::PreviousArticle
            | Self::ToggleDone
            | Self::Export
            | Self::MakeCorpus
            | Self::Registry => Menu::File,
            Self::Undo
            | Self::Redo
            | Self::CopyCitation
            | Self::Find
            | Self::FindNext
            | Self::FindPrevious
            | Self::Delete => Menu::Edit,
            Self::TagActor
            | Self::TagLocation
            | Self::TagClaim
            | Self::TagAll
            | Self::PickSpeaker
            | Self::NextSuggestion
            | Self::PreviousSuggestion
            | Self::AcceptSuggestion
            | Self::AcceptAllSuggestions
            | Self::RejectSuggestion => Menu::Tag,
            Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ToggleControls
            | Self::ToggleTheme => Menu::View,
            Self::Help | Self::About => Menu::Help,
        }
    }

    /// The actions whose shortcut was pressed this frame (their key presses are consumed).
    /// None while a text field has keyboard focus: typing is never a command. While a popup
    /// or a window that asks something is open (`plain_keys` false), keys without Ctrl, Alt
    /// or Shift (A, L, C, Delete…) are left to it; F-keys and Ctrl shortcuts still work.
    pub fn pressed(ctx: &egui::Context, plain_keys: bool) -> Vec<Self> {
        if ctx.text_edit_focused() {
            return Vec::new();
        }
        let plain_keys = plain_keys && !egui::Popup::is_any_open(ctx);
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (shortcut, action) in Self::match_order() {
                if (plain_keys || !is_plain(shortcut))
                    && input.consume_shortcut(&shortcut)
                    && !pressed.contains(&action)
                {
                    pressed.push(action);
                }
            }
            // Under an Arabic layout Shift+/ types «؟»: egui sees the key as Shift+Slash (its
            // logical key has no egui name), and the text as ؟. Help answers to it as to ?.
            let arabic_question = |e: &egui::Event| matches!(e, egui::Event::Text(t) if t == "؟");
            if plain_keys && input.events.iter().any(arabic_question) {
                input.events.retain(|e| !arabic_question(e));
                if !pressed.contains(&Self::Help) {
                    pressed.push(Self::Help);
                }
            }
        });
        pressed
    }

    /// How a shortcut is written for people (`?`, `]` and `[` rather than egui's names).
    pub fn describe(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
        ctx.format_shortcut(shortcut)
            .replace("Questionmark", "?")
            .replace("CloseBracket", "]")
            .replace("OpenBracket", "[")
    }

    /// A menu entry: label, tooltip and first shortcut; true when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui) -> bool {
        let shortcut = self
            .shortcuts()
            .first()
            .map(|s| Self::describe(ui.ctx(), s))
            .unwrap_or_default();
        let strings = super::messages::strings(ui.ctx());
        let label = super::view::bidi_widget_text(ui, &self.label(&strings));
        let tooltip = self.tooltip(&strings);
        super::mirror::menu_entry(ui, label, shortcut)
            .on_hover_ui(|ui| {
                ui.label(super::view::bidi_widget_text(ui, &tooltip));
            })
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for action in Action::all() {
            for shortcut in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| s == shortcut) {
                    panic!("{action:?} and {other:?} share {shortcut:?}");
                }
                seen.push((*shortcut, action));
            }
        }
    }

    #[test]
    fn a_shortcut_is_never_swallowed_by_one_that_matches_it_loosely() {
        // egui matches Ctrl+Z on a Ctrl+Shift+Z press; presses are matched in this order, so
        // the stricter shortcut must come first.
        let order = Action::match_order();
        for (i, (earlier, a)) in order.iter().enumerate() {
            for (later, b) in &order[i + 1..] {
                let swallows = earlier.logical_key == later.logical_key
                    && later.modifiers.matches_logically(earlier.modifiers)
                    && a != b;
                assert!(
                    !swallows,
                    "{a:?} ({earlier:?}) would fire on {b:?}'s {later:?}"
                );
            }
        }
    }

    #[test]
    fn every_action_is_described_has_a_shortcut_and_a_menu() {
        use crate::i18n::Language;
        for language in [Language::En, Language::Ar] {
            let strings = Strings::new(language);
            let mut labels = std::collections::HashSet::new();
            for action in Action::all() {
                let (label, tooltip) = (action.label(&strings), action.tooltip(&strings));
                // A missing message shows as its id.
                assert!(!label.starts_with("action-"), "{language:?}: {label}");
                assert!(!tooltip.starts_with("action-"), "{language:?}: {tooltip}");
                assert!(
                    labels.insert(label.clone()),
                    "{language:?}: two actions are labelled {label:?}"
                );
            }
            for menu in Menu::ALL {
                assert!(!menu.label(&strings).starts_with("menu-"));
            }
        }
        for action in Action::all() {
            // About is opened once in a while, from the Help menu, and a folder is made a
            // corpus once, from the File menu: they need no key.
            assert!(
                !action.shortcuts().is_empty()
                    || matches!(action, Action::About | Action::MakeCorpus),
                "{action:?}"
            );
        }
        // Every menu lists something, and F-keys count as keys a text field does not type.
        for menu in Menu::ALL {
            assert!(Action::all().any(|a| a.menu() == menu), "{menu:?} is empty");
        }
        assert!(!is_plain(KeyboardShortcut::new(Modifiers::NONE, Key::F1)));
        assert!(!is_plain(KeyboardShortcut::new(Modifiers::NONE, Key::F35)));
        assert!(is_plain(KeyboardShortcut::new(Modifiers::NONE, Key::A)));
    }
}
