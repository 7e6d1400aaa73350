//! The inspector's page when nothing is selected: the article's title, done flag, outlet, URL
//! and publication date.

use super::super::messages::{t, tr};
use super::super::request::Request;
use super::super::view::bidi_label;
use super::super::workspace::Workspace;
use super::Draft;
use super::fields::text_field;
use crate::model::ArticleMeta;
use crate::session::Command;

pub(super) fn article_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    draft: &mut Draft,
    requests: &mut Vec<Request>,
) {
    let doc = ws.session.document();
    ui.label(t(ui, "inspector-article").heading());
    bidi_label(ui, &ws.session.opened().title());
    ui.label(t(ui, "inspector-select"));
    ui.separator();
    let mut done = doc.meta.done;
    let label = tr(ui.ctx(), "inspector-done", &[]);
    if super::super::mirror::checkbox(ui, &mut done, &label)
        .on_hover_text(t(ui, "inspector-done-tip"))
        .changed()
    {
        let mut meta: ArticleMeta = doc.meta.clone();
        meta.done = done;
        requests.push(Request::Document(Command::SetMeta(Box::new(meta))));
    }
    text_field(
        ui,
        &tr(ui.ctx(), "field-outlet", &[]),
        &mut draft.outlet,
        true,
    );
    text_field(ui, &tr(ui.ctx(), "field-url", &[]), &mut draft.url, true);
    let date_ok = draft.published.trim().is_empty()
        || draft.published.trim().parse::<jiff::civil::Date>().is_ok();
    text_field(
        ui,
        &tr(ui.ctx(), "field-published", &[]),
        &mut draft.published,
        date_ok,
    );
}
