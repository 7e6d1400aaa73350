//! What the window asks of the app. Drawing code, keys and menus only push a [`Request`];
//! [`super::MarsadApp::apply_frame`] (in `app/apply`) carries them all out, once per frame,
//! and is the one place the document, the session, files, locks and the corpus change.

use std::path::PathBuf;

use super::actions::Action;
use super::settings::Theme;
use super::workspace::NoticeAction;
use crate::export::citation::Style;
use crate::model::AnnotationId;
use crate::session::Command;

/// One thing asked of the app this frame.
#[derive(Debug)]
pub enum Request {
    /// A menu entry, a button or a shortcut.
    Action(Action),
    /// Open an article, or a folder as a corpus.
    Open(PathBuf),
    /// Opens the working copy of the bundled sample, made first if need be.
    OpenSample,
    /// A change to the document chosen in the inspector (a choice, not typed text).
    Document(Command),
    /// Select a placed annotation and scroll to it.
    Select(AnnotationId),
    /// A click on a character of the article (Ctrl held or not).
    Click {
        /// The character, in code points.
        offset: usize,
        /// Ctrl (Cmd) was held: an actor mention becomes the selected claim's speaker.
        ctrl: bool,
    },
    /// Scroll the article so that this character shows.
    Reveal(usize),
    /// Start or stop waiting for a click on the selected claim's speaker.
    PickSpeaker,
    /// Stop waiting for a click on a speaker.
    CancelPickSpeaker,
    /// Make the selected text the selected claim's cue.
    CueFromSelection,
    /// Copy the selected claim's citation in a style.
    Cite(Style),
    /// A notice's button.
    Notice(NoticeAction),
    /// Open the list of the offered mentions.
    ReviewOffer,
    /// Tag the offered mentions that are ticked.
    AcceptOffer,
    /// Drop the offer.
    DismissOffer,
    /// The theme chosen in the View menu.
    SetTheme(Theme),
    /// The interface language chosen in View → Language.
    SetLanguage(crate::i18n::Language),
    /// Restore (`true`) or discard the recovery file offered.
    SettleRecovery(bool),
    /// Take the other writer's version of the conflict at this index.
    TakeTheirs(usize),
    /// Keep this window's version of every conflict.
    KeepMineForAll,
    /// Start the export the Export window describes.
    StartExport,
    /// Choose the Export window's folder with the file dialog.
    ChooseExportFolder,
    /// Close the Export window (a running export keeps it open).
    CloseExport,
    /// An edit asked in the Registry window.
    Registry(super::registry_window::RegistryRequest),
    /// Close the Registry window.
    CloseRegistry,
    /// The window is asked to close (its close button, the desktop).
    CloseRequested,
    /// Closing was stopped: stay open.
    KeepOpen,
    /// Closing was stopped: close anyway.
    CloseWithoutSaving,
}

impl Request {
    /// Whether text typed in the inspector is applied before this request: everything but
    /// the inspector's own choices and view-only requests, as a click elsewhere applies a
    /// field being edited.
    pub fn applies_drafts_first(&self) -> bool {
        !matches!(
            self,
            Self::Document(_)
                | Self::Reveal(_)
                | Self::ReviewOffer
                | Self::DismissOffer
                | Self::SetTheme(_)
                | Self::SetLanguage(_)
                | Self::CancelPickSpeaker
                | Self::ChooseExportFolder
                | Self::CloseExport
                | Self::CloseRegistry
                | Self::KeepOpen
        )
    }
}
