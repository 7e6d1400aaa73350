//! A text field for text that may hold Arabic, single- or multi-line, laid out by the bidi
//! engine as the article view is (egui's own `TextEdit` draws Arabic words in left-to-right
//! order): each paragraph takes its direction from its first strong character (the
//! interface's when it has none), right-to-left ones are right-aligned, the caret follows the
//! shared caret model ([`crate::text::move_cursor`]) and editing is [`Editor`].
//!
//! To the rest of egui it is a text field: it stores an egui `TextEditState` under its id, so
//! `ctx.text_edit_focused()` sees it and shortcuts stay off while it has the keyboard; it
//! takes the arrows and Tab from egui's focus handling while focused; screen readers and
//! tests find it by role (`TextInput`, `MultilineTextInput`) and by the label it is given.

mod input;
mod layout;
mod paint;
mod pointer;

use egui::{Color32, CursorIcon, FontId, Id, Rect, Sense, TextStyle, Vec2, pos2, vec2};

use super::shaper::atlas_generation;
use crate::text::{Cursor, Editor};
use layout::{FieldLayout, Key};

/// Room between the frame and the text.
const MARGIN: Vec2 = vec2(4.0, 2.0);

/// What a field keeps between frames.
#[derive(Clone, Default)]
struct State {
    editor: Editor,
    /// The value the field was last given or gave back: a different one was changed from
    /// outside.
    source: String,
    layout: FieldLayout,
    /// The hint, laid out.
    hint: FieldLayout,
    /// How far a single line wider than the field is scrolled, in points from its left end.
    scroll: f32,
}

/// A bidi text field editing `text`.
pub struct BidiField<'a> {
    text: &'a mut String,
    multiline: bool,
    width: Option<f32>,
    rows: usize,
    color: Option<Color32>,
    id_salt: Option<egui::IdSalt>,
    hint: &'a str,
}

impl<'a> BidiField<'a> {
    /// A one-line field: line breaks typed or pasted become spaces, Enter gives up the focus.
    #[must_use]
    pub fn singleline(text: &'a mut String) -> Self {
        Self {
            text,
            multiline: false,
            width: None,
            rows: 1,
            color: None,
            id_salt: None,
            hint: "",
        }
    }

    /// A field of several lines, which wraps and grows with its text.
    #[must_use]
    pub fn multiline(text: &'a mut String) -> Self {
        Self {
            multiline: true,
            rows: 2,
            ..Self::singleline(text)
        }
    }

    /// Its width; the available width when not set.
    #[must_use]
    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// The fewest lines a multi-line field shows.
    #[must_use]
    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.rows = rows.max(1);
        self
    }

    /// The colour of its text (an invalid value is drawn in the error colour).
    #[must_use]
    pub fn text_color(mut self, color: Color32) -> Self {
        self.color = Some(color);
        self
    }

    /// Shown, faint, while the field is empty.
    #[must_use]
    pub fn hint_text(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// Names the field for egui, so that its state survives when the layout around it
    /// changes.
    #[must_use]
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = Some(egui::IdSalt::new(salt));
        self
    }
}

/// The font of fields: the body font, a little larger, since Arabic letters are small beside
/// Latin ones at the same size (as labels do).
pub fn field_font(style: &egui::Style) -> FontId {
    let mut font: FontId = TextStyle::Body.resolve(style);
    font.size = (font.size * 1.15).round();
    font
}

/// Sets the interface's direction, which an empty field (or a paragraph with no letters)
/// takes.
pub fn set_interface_rtl(ctx: &egui::Context, rtl: bool) {
    ctx.data_mut(|d| d.insert_temp(interface_key(), rtl));
}

fn interface_rtl(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp(interface_key())).unwrap_or(false)
}

fn interface_key() -> Id {
    Id::unique("marsad interface direction")
}

/// The direction of a text: its first strong character's, else `fallback`.
fn text_rtl(text: &str, fallback: bool) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    text.chars()
        .find_map(|c| match bidi_class(c) {
            BidiClass::L => Some(false),
            BidiClass::R | BidiClass::AL => Some(true),
            _ => None,
        })
        .unwrap_or(fallback)
}

impl egui::Widget for BidiField<'_> {
    fn ui(self, ui: &mut egui::Ui) -> egui::Response {
        let ctx = ui.ctx().clone();
        let auto_id = ui.next_auto_id();
        let id = self
            .id_salt
            .map_or(auto_id, |salt| ui.make_persistent_id(salt));
        let mut state = self.load(&ctx, id);
        // Never wider than the room left, as egui's own fields.
        let room = ui.available_width();
        let width = self.width.map_or(room, |w| w.min(room)).max(40.0);
        let key = Key {
            wrap: if self.multiline {
                width - 2.0 * MARGIN.x
            } else {
                f32::INFINITY
            },
            font: field_font(ui.style()),
            neutral_rtl: interface_rtl(&ctx),
            galleys: (ctx.pixels_per_point(), atlas_generation(&ctx)),
        };
        state.relayout(&ctx, &key);
        if !self.hint.is_empty() {
            let mut hint_key = key.clone();
            hint_key.neutral_rtl = text_rtl(self.hint, key.neutral_rtl);
            state.hint.update(&ctx, self.hint, hint_key);
        }
        let focused_before = ctx.memory(|m| m.has_focus(id));
        let prev_text = state.editor.text().to_owned();
        let enabled = ui.is_enabled();
        let mut changed = enabled && set_value(&ctx, id, &mut state, &key);
        if focused_before && enabled {
            changed |= keyboard(&ctx, id, &mut state, &key);
        }

        let rows = if self.multiline {
            state.layout.line_count().max(self.rows)
        } else {
            1
        };
        let size = vec2(width, rows as f32 * state.layout.row + 2.0 * MARGIN.y);
        let (_, rect) = ui.allocate_space(size);
        let sense = if enabled {
            Sense::click_and_drag()
        } else {
            Sense::hover()
        };
        let mut response = ui.interact(rect, id, sense);
        let inner = rect.shrink2(MARGIN);
        let origin = pointer::origin_x(&ctx, &mut state, inner, self.multiline, focused_before);
        if enabled {
            pointer::pointer(ui, &response, &mut state, inner, origin);
            if response.hovered() {
                ctx.set_cursor_icon(CursorIcon::Text);
            }
        }
        let focused = ctx.memory(|m| m.has_focus(id));
        if !focused {
            state.editor.end_composition();
        }
        if focused && egui::text_edit::TextEditState::load(&ctx, id).is_none() {
            // What `ctx.text_edit_focused()` looks for: shortcuts stay off while typing.
            egui::text_edit::TextEditState::default().store(&ctx, id);
        }
        let look = paint::Look {
            rect,
            inner,
            origin,
            color: self.color,
            focused,
        };
        paint::paint(ui, &response, &state, &look);
        if state.editor.text().is_empty() && !self.hint.is_empty() {
            paint::hint(ui, &state.hint, inner);
        }
        if focused {
            ime_output(ui, &state, &look);
        }
        if changed {
            self.text.clone_from(&state.editor.text().to_owned());
            state.source.clone_from(self.text);
            response.mark_changed();
        }
        describe(
            ui,
            &response,
            id,
            self.multiline,
            &prev_text,
            state.editor.text(),
        );
        ctx.data_mut(|d| d.insert_temp(id, state));
        response
    }
}

impl BidiField<'_> {
    /// The field's state from the last frame, taking a value changed from outside.
    fn load(&self, ctx: &egui::Context, id: Id) -> State {
        let mut state = ctx
            .data_mut(|d| d.remove_temp::<State>(id))
            .unwrap_or_else(|| State {
                editor: Editor::new(self.text, self.multiline),
                source: self.text.clone(),
                ..State::default()
            });
        if state.editor.multiline() != self.multiline {
            state = State {
                editor: Editor::new(self.text, self.multiline),
                source: self.text.clone(),
                ..State::default()
            };
        }
        if state.source != *self.text {
            state.editor.replace_text(self.text);
            state.source.clone_from(self.text);
        }
        state
    }
}

impl State {
    /// Lays the text out again if it or `key` changed; a text without letters takes the
    /// interface's direction (`key.neutral_rtl`), else its first letter's.
    fn relayout(&mut self, ctx: &egui::Context, key: &Key) {
        let mut key = key.clone();
        key.neutral_rtl = text_rtl(self.editor.text(), key.neutral_rtl);
        self.layout.update(ctx, self.editor.text(), key);
    }
}

/// The frame's keys, text, clipboard and IME events, while the field has the keyboard;
/// `true` when they changed the text.
fn keyboard(ctx: &egui::Context, id: Id, state: &mut State, key: &Key) -> bool {
    ctx.memory_mut(|m| m.set_focus_lock_filter(id, input::FILTER));
    let relayout = |layout: &mut FieldLayout, text: &str| {
        let mut key = key.clone();
        key.neutral_rtl = text_rtl(text, key.neutral_rtl);
        layout.update(ctx, text, key);
    };
    let outcome = input::handle(ctx, &mut state.editor, &mut state.layout, &relayout);
    match outcome.leave {
        Some(input::Leave::Move(direction)) => ctx.memory_mut(|m| m.move_focus(direction)),
        Some(input::Leave::Surrender) => ctx.memory_mut(|m| m.surrender_focus(id)),
        None => {}
    }
    outcome.changed
}

/// A screen reader sets the whole value (`SetValue`), or replaces the selection
/// (`ReplaceSelectedText`), without focusing the field first; `true` when it did this frame.
fn set_value(ctx: &egui::Context, id: Id, state: &mut State, key: &Key) -> bool {
    use egui::accesskit::{Action, ActionData};
    let text_of = |action: Action| {
        ctx.input(|i| {
            i.accesskit_action_requests(id, action)
                .filter_map(|r| match &r.data {
                    Some(ActionData::Value(v)) => Some(v.to_string()),
                    _ => None,
                })
                .last()
        })
    };
    let (value, replacement) = (
        text_of(Action::SetValue),
        text_of(Action::ReplaceSelectedText),
    );
    if value.is_none() && replacement.is_none() {
        return false;
    }
    if let Some(value) = value {
        state.editor.select_all();
        state.editor.insert(&value);
    }
    if let Some(text) = replacement {
        state.editor.insert(&text);
    }
    state.relayout(ctx, key);
    true
}

/// Tells the platform's input method where the field and its caret are, every frame the
/// field has the keyboard.
fn ime_output(ui: &egui::Ui, state: &State, look: &paint::Look) {
    let ctx = ui.ctx();
    let row = state.layout.row;
    let (line, x) = state.layout.caret(ctx, state.editor.cursor());
    let top = look.inner.top() + line as f32 * row;
    let caret = Rect::from_min_size(pos2(look.origin + x, top), vec2(1.0, row));
    let to_global = ctx
        .layer_transform_to_global(ui.layer_id())
        .unwrap_or_default();
    ctx.output_mut(|o| {
        o.ime = Some(egui::output::IMEOutput {
            purpose: egui::IMEPurpose::Normal,
            rect: to_global * look.rect,
            cursor_rect: to_global * caret,
            should_interrupt_composition: false,
        });
    });
}

/// The field as screen readers and tests see it: egui's text-field info and role.
fn describe(
    ui: &egui::Ui,
    response: &egui::Response,
    id: Id,
    multiline: bool,
    prev_text: &str,
    text: &str,
) {
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::text_edit(enabled, prev_text, text, ""));
    ui.ctx().accesskit_node_builder(id, |builder| {
        builder.set_role(if multiline {
            egui::accesskit::Role::MultilineTextInput
        } else {
            egui::accesskit::Role::TextInput
        });
        if enabled {
            builder.add_action(egui::accesskit::Action::SetValue);
            builder.add_action(egui::accesskit::Action::ReplaceSelectedText);
        }
    });
}

/// What the focused field holds and shows, for tests and tools that look at the window.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSnapshot {
    /// Its text.
    pub text: String,
    /// The caret.
    pub cursor: Cursor,
    /// The selected code points.
    pub selection: std::ops::Range<usize>,
    /// Each visual line's characters in the order they are drawn, left to right.
    pub visual_lines: Vec<String>,
}

/// The field that has the keyboard, as its last frame left it; `None` when no field has it.
pub fn focused_field(ctx: &egui::Context) -> Option<FieldSnapshot> {
    #[allow(clippy::redundant_closure_for_method_calls)] // the method path does not type-check
    let id = ctx.memory(|m| m.focused())?;
    let state = ctx.data(|d| d.get_temp::<State>(id))?;
    Some(FieldSnapshot {
        text: state.editor.text().to_owned(),
        cursor: state.editor.cursor(),
        selection: state.editor.selection(),
        visual_lines: state.layout.visual_lines(),
    })
}
