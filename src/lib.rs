//! Marsad (مرصد, "observatory"): annotate Arabic-first news on armed conflict with actors,
//! locations and claims.
//!
//! The core is plain Rust with no egui: [`article`] loads and normalizes text, [`model`] holds
//! what was tagged, [`store`] keeps it in sidecar files, [`corpus`] finds articles in folders
//! and [`check`] reports on them. [`session`] applies the analyst's commands with undo. [`text`] lays out right-to-left paragraphs and [`matching`]
//! compares Arabic names. [`app`] is the eframe window on top.

pub mod app;
pub mod article;
pub mod check;
pub mod command_line;
pub mod corpus;
pub mod export;
pub mod export_cli;
pub mod i18n;
pub mod layout_cli;
pub mod man_pages;
pub mod matching;
pub mod model;
pub mod pipe;
pub mod registry;
pub mod registry_cli;
pub mod session;
pub mod shutdown;
pub mod store;
pub mod suggest;
pub mod text;
