//! The inspector's fields: single- and multi-line text (bidi fields, which read right to
//! left as the article does), values too long to edit, drop-downs, and shortened quotes.

use super::super::field::BidiField;
use super::super::messages::tr;
use super::super::view::{bidi_colored, bidi_label, bidi_widget_text};
use crate::i18n::Arg;

/// The longest text a field edits: a field lays out its whole text when it changes, so a
/// longer one (a sidecar written by another tool) is shown shortened and kept as it is.
const MAX_EDITABLE_BYTES: usize = 200_000;

/// Shows a value too long to edit, and says so; `false` for a value that can be edited.
pub(super) fn too_long(ui: &mut egui::Ui, label: &str, value: &str) -> bool {
    if value.len() <= MAX_EDITABLE_BYTES {
        return false;
    }
    ui.label(bidi_widget_text(ui, label));
    // Its size in bytes: counting the characters of megabytes every frame would be slow.
    let text = tr(
        ui.ctx(),
        "field-too-long",
        &[
            ("field", Arg::Text(label)),
            ("kb", Arg::Number(value.len() / 1024)),
        ],
    );
    let color = ui.visuals().warn_fg_color;
    bidi_colored(ui, color, &text);
    bidi_label(ui, value);
    true
}

pub(super) fn text_field(ui: &mut egui::Ui, label: &str, value: &mut String, valid: bool) {
    if too_long(ui, label, value) {
        return;
    }
    ui.horizontal(|ui| {
        let l = ui.label(bidi_widget_text(ui, label));
        let mut edit = BidiField::singleline(value).desired_width(170.0);
        if !valid {
            edit = edit.text_color(ui.visuals().error_fg_color);
        }
        ui.add(edit).labelled_by(l.id);
    });
}

/// A multi-line text field.
pub(super) fn note_field(ui: &mut egui::Ui, label: &str, value: &mut String) {
    if too_long(ui, label, value) {
        return;
    }
    let l = ui.label(bidi_widget_text(ui, label));
    ui.add(BidiField::multiline(value).desired_rows(2))
        .labelled_by(l.id);
}

pub(super) fn optional_field(ui: &mut egui::Ui, label: &str, value: &mut Option<String>) {
    let mut text = value.clone().unwrap_or_default();
    text_field(ui, label, &mut text, true);
    *value = Some(text).filter(|t| !t.trim().is_empty());
}

/// A drop-down of `options`, each a value and its label, that sets `value`.
pub(super) fn choice<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[(T, impl AsRef<str>)],
) {
    let shown = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or("—", |(_, text)| text.as_ref());
    let shown = bidi_widget_text(ui, shown);
    egui::ComboBox::from_label(bidi_widget_text(ui, label))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, text) in options {
                let text = bidi_widget_text(ui, text.as_ref());
                ui.selectable_value(value, *v, text);
            }
        });
}

/// The first `n` words of a text, with an ellipsis if there were more.
pub fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}
