//! The inspector's page when nothing is selected: the article's title, done flag, outlet, URL
//! and publication date.

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
    ui.heading("Article");
    bidi_label(ui, &ws.session.opened().title());
    ui.label("Select an annotation in the text to edit it.");
    ui.separator();
    let mut done = doc.meta.done;
    if ui
        .checkbox(&mut done, "Done: fully annotated")
        .on_hover_text("Shown in the corpus list (Ctrl+D)")
        .changed()
    {
        let mut meta: ArticleMeta = doc.meta.clone();
        meta.done = done;
        requests.push(Request::Document(Command::SetMeta(Box::new(meta))));
    }
    text_field(ui, "Outlet", &mut draft.outlet, true);
    text_field(ui, "URL", &mut draft.url, true);
    let date_ok = draft.published.trim().is_empty()
        || draft.published.trim().parse::<jiff::civil::Date>().is_ok();
    text_field(ui, "Published (YYYY-MM-DD)", &mut draft.published, date_ok);
}
