//! Integration tests, folded into one binary so eframe is linked once.

// Helpers outside #[test] functions may unwrap too: a failure there is a test failure.
// Font sizes step by whole points, so comparing them exactly is intended.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::float_cmp)]

mod app_window;
mod arabic_layout;
mod article_loading;
mod bidi_order;
mod check_cli;
mod cli;
mod common;
mod corpus_list_ui;
mod crash_safety;
mod export;
mod export_conll;
mod export_w3c;
mod field_ui;
mod history;
mod hostile_input;
mod matching;
mod message_ids;
mod mirrored_ui;
mod packaging;
mod pseudo_locale;
mod reanchoring;
mod registry_cli;
mod registry_merge;
mod registry_ui;
mod reliability;
mod session;
mod shaping;
mod sidecar_roundtrip;
mod signals;
mod tagging_ui;
mod ui;
mod view_ui;
mod window_language;
mod word_snap_ui;
mod workflow_ui;
mod xdisplay;
