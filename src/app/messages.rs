//! The window's messages: the interface language's [`Strings`], kept in the egui context so
//! that every widget (and every test harness, each with its own context and language) finds
//! them.

use std::sync::Arc;

use crate::i18n::{Arg, Language, Strings};

fn key() -> egui::Id {
    egui::Id::unique("marsad interface messages")
}

/// Sets the interface language of a window.
pub fn set_language(ctx: &egui::Context, language: Language) {
    ctx.data_mut(|d| d.insert_temp(key(), Arc::new(Strings::new(language))));
    // An empty field reads the interface's way.
    super::field::set_interface_rtl(ctx, language.rtl());
}

/// The window's messages (English until a language is set).
pub fn strings(ctx: &egui::Context) -> Arc<Strings> {
    if let Some(strings) = ctx.data(|d| d.get_temp::<Arc<Strings>>(key())) {
        return strings;
    }
    let strings = Arc::new(Strings::new(Language::En));
    ctx.data_mut(|d| d.insert_temp(key(), strings.clone()));
    strings
}

/// Message `id` with its placeables, in the window's language.
pub fn tr(ctx: &egui::Context, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    strings(ctx).format(id, args)
}

/// Message `id` as text for any egui widget, laid out in bidi order.
pub fn t(ui: &egui::Ui, id: &str) -> egui::WidgetText {
    ta(ui, id, &[])
}

/// Message `id` with its placeables as text for any egui widget, in bidi order.
pub fn ta(ui: &egui::Ui, id: &str, args: &[(&str, Arg<'_>)]) -> egui::WidgetText {
    super::view::bidi_widget_text(ui, &tr(ui.ctx(), id, args))
}

/// Message `id` whose one placeable is the count `$count`, for any egui widget.
pub fn t_n(ui: &egui::Ui, id: &str, count: usize) -> egui::WidgetText {
    ta(ui, id, &[("count", Arg::Number(count))])
}
