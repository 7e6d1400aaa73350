//! What surrounds the article: the menu bar and path field, the side panels, the status bar,
//! the find bar, the "tag all" offer, and the windows that ask before closing.

use std::path::PathBuf;

use egui::RichText;

use super::actions::{Action, Menu};
use super::inspector::{Event, Inspector};
use super::view::bidi_label;
use super::workspace::Workspace;
use super::{MarsadApp, SAMPLE_ARTICLE, Screen, file_name, fonts, help, lists, settings, theme};
use crate::session::Command;

impl MarsadApp {
    /// Draws the whole window for one frame.
    pub(super) fn chrome(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar(ui, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui));
        let panels = self.settings.panels;
        let mut select = None;
        let mut events = Vec::new();
        if let Screen::Article(ws) = &mut self.screen {
            ws.refresh_counts();
            if wants_tools(ws) {
                egui::Panel::bottom("article_tools").show(ui, |ui| tools_ui(ui, ws));
            }
            if panels.claims {
                egui::Panel::bottom("claims")
                    .resizable(true)
                    .default_size(200.0)
                    .show(ui, |ui| select = select.or(lists::claims_ui(ui, ws)));
            }
            if panels.lists {
                egui::Panel::left("lists")
                    .resizable(true)
                    .default_size(230.0)
                    .size_range(200.0..=480.0)
                    .show(ui, |ui| {
                        keep_width(ui);
                        egui::ScrollArea::vertical()
                            .id_salt("lists")
                            .show(ui, |ui| {
                                if let Some(path) = corpus_ui(
                                    ui,
                                    self.corpus.as_ref(),
                                    Some(&ws.session.opened().article.path),
                                ) {
                                    actions.push(Err(path));
                                }
                                select = select.or(lists::entities_ui(ui, ws));
                            });
                    });
            }
            if panels.inspector {
                egui::Panel::right("inspector")
                    .resizable(true)
                    .default_size(300.0)
                    .size_range(280.0..=520.0)
                    .show(ui, |ui| {
                        keep_width(ui);
                        events = Inspector::ui(ws, ui);
                    });
            }
        } else if panels.lists && self.corpus.is_some() {
            egui::Panel::left("lists")
                .size_range(200.0..=480.0)
                .show(ui, |ui| {
                    if let Some(path) = corpus_ui(ui, self.corpus.as_ref(), None) {
                        actions.push(Err(path));
                    }
                });
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut actions));
        self.apply_panel_events(&ctx, select, events);
        for action in actions {
            match action {
                Ok(action) => self.perform(action, &ctx),
                Err(path) => self.open(path, &ctx),
            }
        }
        help::ui(&ctx, &mut self.help);
        self.export_ui(&ctx);
        self.close_window(&ctx);
        self.dropped_files(&ctx);
    }

    /// Applies what the lists and the inspector asked for this frame.
    fn apply_panel_events(
        &mut self,
        ctx: &egui::Context,
        select: Option<crate::model::AnnotationId>,
        events: Vec<Event>,
    ) {
        if let Screen::Article(ws) = &mut self.screen {
            if let Some(id) = select {
                ws.select(id);
            }
            let mut errors = Vec::new();
            let mut cite = None;
            for event in events {
                let result = match event {
                    Event::Run(command) => ws.run(command).map(|_| ()),
                    Event::Flush(command) => ws.run_quietly(command),
                    Event::PickSpeaker => {
                        ws.picking_speaker = !ws.picking_speaker;
                        Ok(())
                    }
                    Event::CueFromSelection => cue_from_selection(ws),
                    Event::Delete => ws.delete(),
                    Event::Select(id) => {
                        ws.select(id);
                        Ok(())
                    }
                    Event::TagAll => ws.tag_all(),
                    Event::Cite(style) => {
                        cite = Some(style);
                        Ok(())
                    }
                };
                if let Err(e) = result {
                    errors.push(e);
                }
            }
            offer_window(ctx, ws);
            if let Some(e) = errors.pop() {
                self.say_error(e);
            }
            if let Some(style) = cite
                && let Err(e) = self.copy_citation(ctx, style, true)
            {
                self.say_error(e);
            }
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Result<Action, PathBuf>>) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.label(), |ui| {
                    for &action in Action::ALL.iter().filter(|a| a.menu() == menu) {
                        if action.menu_button(ui) {
                            actions.push(Ok(action));
                            ui.close();
                        }
                    }
                    match menu {
                        Menu::File => self.recent_menu(ui, actions),
                        Menu::View => self.view_menu(ui),
                        _ => {}
                    }
                });
            }
            ui.separator();
            let selecting = self
                .workspace()
                .is_some_and(|ws| ws.view.selected_range().is_some());
            for action in [Action::TagActor, Action::TagLocation, Action::TagClaim] {
                let key = action
                    .shortcuts()
                    .first()
                    .map(|s| Action::describe(ui.ctx(), s))
                    .unwrap_or_default();
                let button = egui::Button::new(format!("{} ({key})", action.label()));
                if ui
                    .add_enabled(selecting, button)
                    .on_hover_text(action.tooltip())
                    .on_disabled_hover_text("Select text in the article first")
                    .clicked()
                {
                    actions.push(Ok(action));
                }
            }
            ui.separator();
            let label = ui.label("Article path");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.path_input).desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Open").clicked() || entered) && !self.path_input.trim().is_empty() {
                actions.push(Err(PathBuf::from(self.path_input.trim())));
            }
            if std::path::Path::new(SAMPLE_ARTICLE).exists() && ui.button("Open sample").clicked() {
                actions.push(Err(PathBuf::from(SAMPLE_ARTICLE)));
            }
            if let Some(loading) = &self.loading {
                ui.spinner();
                let progress = &loading.progress;
                let stage = progress.stage();
                let detail = match (stage, progress.bytes()) {
                    (crate::store::Stage::Reading, (read, size)) if size >= 1 << 20 => {
                        format!("reading {} of {} MB", read >> 20, size >> 20)
                    }
                    _ => stage.label().to_owned(),
                };
                ui.label(format!("Opening {}…", file_name(&loading.path)));
                ui.add(
                    egui::ProgressBar::new(progress.fraction())
                        .desired_width(160.0)
                        .text(detail),
                );
            }
        });
    }

    fn recent_menu(&self, ui: &mut egui::Ui, actions: &mut Vec<Result<Action, PathBuf>>) {
        ui.separator();
        ui.menu_button("Open recent", |ui| {
            if self.settings.recent.is_empty() {
                ui.weak("Nothing yet");
            }
            for path in &self.settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    actions.push(Err(path.clone()));
                    ui.close();
                }
            }
        });
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        ui.label("Theme");
        for t in settings::Theme::ALL {
            if ui
                .radio_value(&mut self.settings.theme, t, t.label())
                .clicked()
            {
                ui.ctx().set_theme(t.preference());
            }
        }
        ui.separator();
        ui.label("Panels");
        let panels = &mut self.settings.panels;
        ui.checkbox(&mut panels.lists, "Corpus and entities");
        ui.checkbox(&mut panels.inspector, "Inspector");
        ui.checkbox(&mut panels.claims, "Claims");
        ui.separator();
        ui.label("Article font");
        for face in fonts::FACES {
            ui.radio_value(
                &mut self.settings.family,
                face.family.to_owned(),
                face.label,
            );
        }
        ui.label(format!("Size {:.0} pt", self.settings.size));
        ui.add(
            egui::Slider::new(&mut self.settings.line_spacing, settings::SPACING_RANGE)
                .text("Line spacing"),
        );
        // "Show bidi controls" is an action above; this mirrors its state.
        ui.weak(if self.settings.show_controls {
            "Bidi controls are shown"
        } else {
            "Bidi controls are hidden"
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            if let Some(message) = &self.message {
                let colour = if message.error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(colour, &message.text);
                ui.separator();
            }
            let Screen::Article(ws) = &self.screen else {
                return;
            };
            let opened = ws.session.opened();
            let article = &opened.article;
            let counts = ws.session.document().counts();
            ui.label(file_name(&article.path));
            ui.separator();
            ui.label(format!("Encoding: {}", article.encoding));
            ui.separator();
            ui.label(format!("Line endings: {}", article.line_endings.name()));
            ui.separator();
            ui.label(format!("{} characters", article.chars));
            ui.separator();
            ui.label(format!(
                "{} annotations ({} actors, {} locations, {} claims)",
                counts.total(),
                counts.actor,
                counts.location,
                counts.claim
            ));
            let orphans = ws.session.document().orphans().len();
            if orphans > 0 {
                ui.separator();
                ui.colored_label(ui.visuals().warn_fg_color, format!("{orphans} orphaned"));
            }
            if ws.controls > 0 {
                ui.separator();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("{} invisible bidi controls", ws.controls),
                )
                .on_hover_text("View > Show bidi controls shows them as marks");
            }
            if let Some(range) = ws.view.selected_range() {
                ui.separator();
                ui.label(format!("Selected {}–{}", range.start, range.end));
            }
            ui.separator();
            ui.label(self.save_state(ws));
            ui.separator();
            ui.label(opened.status.to_string());
        });
    }

    fn save_state(&self, ws: &Workspace) -> &'static str {
        if ws.session.opened().read_only_reason().is_some() {
            "Read-only"
        } else if self.saving.is_some() {
            "Saving…"
        } else if ws.session.is_dirty() {
            "Unsaved changes"
        } else {
            "Saved"
        }
    }

    fn central(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Result<Action, PathBuf>>) {
        let style = theme::view_style(ui.visuals(), &self.settings);
        match &mut self.screen {
            Screen::Welcome => {
                ui.vertical_centered(|ui| {
                    ui.add_space(60.0);
                    ui.heading("Marsad · مرصد");
                    ui.label(
                        "Open an article (Ctrl+O) or a folder of articles (Ctrl+Shift+O), type a \
                         path above, or drop a file or folder on the window.",
                    );
                    ui.add_space(12.0);
                    if !self.settings.recent.is_empty() {
                        ui.label(RichText::new("Recent").strong());
                        for path in &self.settings.recent {
                            if ui.link(path.display().to_string()).clicked() {
                                actions.push(Err(path.clone()));
                            }
                        }
                    }
                });
            }
            Screen::Failed { message, .. } => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        RichText::new("Could not open the article").strong(),
                    );
                    ui.label(message.as_str());
                });
            }
            Screen::Article(ws) => article_ui(ui, ws, &style, actions),
        }
    }

    fn close_window(&mut self, ctx: &egui::Context) {
        let Some(reason) = self.close_blocked.clone() else {
            return;
        };
        // Saved, but with conflicts to review: closing loses nothing of this window's.
        let conflicts = self.workspace().map_or(0, |ws| ws.conflicts.len());
        let (title, text, keep, close) = if conflicts > 0 {
            (
                "Conflicts to review",
                format!(
                    "The sidecar was changed elsewhere while this window had unsaved changes. Both \
                     were saved together, but {conflicts} annotations were changed in both places \
                     and this window's version was kept."
                ),
                "Review the conflicts",
                "Close, keeping this window's versions",
            )
        } else {
            (
                "Annotations not saved",
                format!(
                    "Marsad could not save the annotations: {reason}\nClosing now would lose the \
                     changes since the last save, but for what the recovery file keeps: Marsad offers that \
                     when the article is next opened."
                ),
                "Keep Marsad open",
                "Close without saving",
            )
        };
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.horizontal(|ui| {
                    if ui.button(keep).clicked() {
                        self.close_blocked = None;
                    }
                    if ui.button(close).clicked() {
                        self.allow_close = true;
                        self.close_blocked = None;
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                });
            });
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let (dropped, hovering) = ctx.input(|i| {
            (
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .find(|p| !p.as_os_str().is_empty()),
                !i.raw.hovered_files.is_empty(),
            )
        });
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(
                rect,
                0.0,
                ctx.global_style()
                    .visuals
                    .extreme_bg_color
                    .gamma_multiply(0.8),
            );
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop an article or a folder to open it",
                egui::TextStyle::Heading.resolve(&ctx.global_style()),
                ctx.global_style().visuals.strong_text_color(),
            );
        }
        if let Some(path) = dropped {
            self.open(path, ctx);
        }
    }
}

/// The corpus list: each article with its counts and done flag; returns the one clicked.
fn corpus_ui(
    ui: &mut egui::Ui,
    corpus: Option<&super::jobs::Corpus>,
    current: Option<&std::path::Path>,
) -> Option<PathBuf> {
    let corpus = corpus?;
    let mut chosen = None;
    egui::CollapsingHeader::new(
        RichText::new(format!("Corpus: {}", file_name(&corpus.root))).strong(),
    )
    .id_salt("corpus")
    .default_open(true)
    .show(ui, |ui| {
        if corpus.is_listing() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Listing…");
            });
        }
        for entry in &corpus.entries {
            let c = entry.counts;
            let done = if entry.done { " · done" } else { "" };
            let text = format!(
                "{} · {}A {}L {}C{done}",
                file_name(&entry.path),
                c.actor,
                c.location,
                c.claim
            );
            let selected = current.is_some_and(|p| p == entry.path);
            let mut row = ui.selectable_label(selected, text);
            if let Some(problem) = &entry.problem {
                row = row.on_hover_text(problem.as_str());
            }
            if row.clicked() && !selected {
                chosen = Some(entry.path.clone());
            }
        }
        ui.weak("Next and previous: Ctrl+PageDown, Ctrl+PageUp");
    });
    chosen
}

/// The article with its find bar, offer banner and notices.
fn article_ui(
    ui: &mut egui::Ui,
    ws: &mut Workspace,
    style: &super::view::ViewStyle,
    actions: &mut Vec<Result<Action, PathBuf>>,
) {
    let mut pressed = None;
    for notice in &ws.notices {
        let colour = if notice.error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.colored_label(colour, &notice.text);
        if notice.action == Some(super::workspace::NoticeAction::EditAnyway)
            && ui
                .button("Edit anyway")
                .on_hover_text("Both windows may then save: the later save merges or reports what the other wrote")
                .clicked()
        {
            pressed = notice.action;
        }
    }
    if let Some(action) = pressed {
        ws.notice_action(action);
    }
    ws.sync_highlights();
    let output = ws.view.ui(ui, style);
    if let Some(offset) = output.clicked {
        let ctrl = ui.input(|i| i.modifiers.command);
        if let Err(e) = ws.click(offset, ctrl) {
            log::info!("{e}");
        }
    }
    let Some(response) = output.response else {
        return;
    };
    let labels: Vec<String> = output
        .hovered
        .iter()
        .filter_map(|&i| ws.view.highlights().get(i))
        .filter_map(|h| ws.describe(h))
        .collect();
    let response = if labels.is_empty() {
        response
    } else {
        response.on_hover_ui_at_pointer(|ui| {
            for label in &labels {
                bidi_label(ui, label);
            }
        })
    };
    let has_selection = ws.view.selected_range().is_some();
    let has_annotation = ws.selected.is_some();
    response.context_menu(|ui| {
        let mut entries = vec![];
        if has_selection {
            entries.extend([Action::TagActor, Action::TagLocation, Action::TagClaim]);
        }
        if has_annotation {
            entries.extend([Action::TagAll, Action::PickSpeaker, Action::Delete]);
        }
        if entries.is_empty() {
            ui.label("Select text to tag it, or click a highlight");
        }
        for action in entries {
            if action.menu_button(ui) {
                actions.push(Ok(action));
                ui.close();
            }
        }
    });
}

/// Fills a side panel's width: egui sizes a panel to its contents, so a panel whose list
/// got shorter would narrow and the article beside it would wrap anew under the pointer.
fn keep_width(ui: &mut egui::Ui) {
    ui.set_min_width(ui.available_width());
}

/// Whether the bar under the article has something to show.
fn wants_tools(ws: &Workspace) -> bool {
    ws.find.open || ws.picking_speaker || ws.offer.as_ref().is_some_and(|o| !o.reviewing)
}

/// The bar under the article: find, the "tag all" offer, the speaker prompt. It sits below the
/// text so that the text never moves when it appears.
fn tools_ui(ui: &mut egui::Ui, ws: &mut Workspace) {
    if ws.find.open {
        let from = ws.view.selection.map_or(0, |s| s.range().start);
        if let Some(at) = ws.find.ui(ui, &ws.session, from) {
            ws.view.reveal(at);
        }
    }
    if let Some(offer) = ws.offer.as_mut().filter(|o| !o.reviewing) {
        let mut dismiss = false;
        ui.horizontal(|ui| {
            let n = offer.items.len();
            let mentions = if n == 1 { "mention" } else { "mentions" };
            bidi_label(
                ui,
                &format!(
                    "{n} more untagged {mentions} of «{}» in this article.",
                    isolate(&offer.name)
                ),
            );
            if ui.button("Review and tag…").clicked() {
                offer.reviewing = true;
            }
            if ui.button("Dismiss").clicked() {
                dismiss = true;
            }
        });
        if dismiss {
            ws.offer = None;
        }
    }
    if ws.picking_speaker {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Click an actor mention to make it the claim's speaker (Escape cancels)",
        );
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            ws.picking_speaker = false;
        }
    }
}

/// "Tag all occurrences": each mention with its context, to accept or skip.
fn offer_window(ctx: &egui::Context, ws: &mut Workspace) {
    let Some(offer) = ws.offer.as_mut().filter(|o| o.reviewing) else {
        return;
    };
    let text = ws.session.indexed();
    let mut tag = false;
    let mut cancel = false;
    let mut reveal = None;
    egui::Window::new("Tag all occurrences")
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            bidi_label(
                ui,
                &format!("Other mentions of «{}»:", isolate(&offer.name)),
            );
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for (item, accepted) in offer.items.iter().zip(offer.accepted.iter_mut()) {
                        ui.horizontal(|ui| {
                            ui.checkbox(accepted, "").on_hover_text("Tag this mention");
                            let before = text
                                .slice(item.word.start.saturating_sub(24), item.word.start)
                                .unwrap_or_default();
                            let word = text
                                .slice(item.word.start, item.word.end)
                                .unwrap_or_default();
                            let after = text
                                .slice(item.word.end, (item.word.end + 24).min(text.len_chars()))
                                .unwrap_or_default();
                            let line = format!("…{before}[{word}]{after}…").replace('\n', " ");
                            if super::view::bidi_selectable(ui, false, &line)
                                .on_hover_text("Show it in the text")
                                .clicked()
                            {
                                reveal = Some(item.range.start);
                            }
                        });
                    }
                });
            let n = offer.accepted.iter().filter(|a| **a).count();
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        n > 0,
                        egui::Button::new(if n == 1 {
                            "Tag 1 mention".to_owned()
                        } else {
                            format!("Tag {n} mentions")
                        }),
                    )
                    .clicked()
                {
                    tag = true;
                }
                if ui.button("Cancel").clicked() {
                    cancel = true;
                }
            });
        });
    if let Some(at) = reveal {
        ws.view.reveal(at);
    }
    if cancel {
        ws.offer = None;
    }
    if tag && let Err(e) = ws.accept_offer() {
        log::warn!("{e}");
    }
}

/// Text wrapped in a first-strong isolate, so that an Arabic name inside an English sentence
/// keeps the sentence left to right.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Makes the selected text the selected claim's cue.
fn cue_from_selection(ws: &mut Workspace) -> Result<(), String> {
    let claim = ws.selected.ok_or("Select a claim first")?;
    let range = ws
        .view
        .selected_range()
        .ok_or("Select the cue's words in the text first")?;
    ws.run(Command::SetCue {
        claim,
        range: Some(range),
    })?;
    ws.view.selection = None;
    Ok(())
}
