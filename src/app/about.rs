//! Help → About: the version, the licences of the code and of each bundled font (their full
//! texts a click away), and where Marsad keeps its settings, recovery files and the sample.

use super::messages::{t, ta, tr};
use super::view::bidi_widget_text;
use super::{APP_ID, data_folder};
use crate::i18n::Arg;

/// A bundled font with its licence.
struct FontLicence {
    faces: &'static str,
    file: &'static str,
    text: &'static str,
}

const FONTS: &[FontLicence] = &[
    FontLicence {
        faces: "about-font-amiri",
        file: "OFL-Amiri.txt",
        text: include_str!("../../fonts/OFL-Amiri.txt"),
    },
    FontLicence {
        faces: "about-font-noto",
        file: "OFL-Noto.txt",
        text: include_str!("../../fonts/OFL-Noto.txt"),
    },
];

/// The code's licence, as Cargo.toml states it.
const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// Where the settings file is, as eframe keeps it.
fn settings_file(ctx: &egui::Context) -> String {
    data_folder().map_or_else(
        || tr(ctx, "about-no-data-folder", &[]),
        |dir| dir.join("app.ron").display().to_string(),
    )
}

/// Shows the window while `open`; it closes with its button or Escape.
pub fn ui(ctx: &egui::Context, open: &mut bool, sample: Option<&super::sample::Sample>) {
    let title = tr(ctx, "about-title", &[]);
    super::help::overlay(ctx, &title, open, |ui| {
        let version = env!("CARGO_PKG_VERSION");
        ui.label(ta(ui, "about-version", &[("version", Arg::Code(version))]).heading());
        ui.label(t(ui, "about-description"));
        ui.label(ta(ui, "about-app-id", &[("id", Arg::Code(APP_ID))]));
        ui.add_space(6.0);
        ui.label(ta(ui, "about-licence", &[("licence", Arg::Code(LICENCE))]));
        for font in FONTS {
            let faces = tr(ui.ctx(), font.faces, &[]);
            egui::CollapsingHeader::new(bidi_widget_text(ui, &format!("{faces} — {}", font.file)))
                .id_salt(font.file)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .max_height(220.0)
                        .show(ui, |ui| {
                            ui.label(egui::RichText::new(font.text).monospace())
                        });
                });
        }
        ui.add_space(6.0);
        super::mirror::table(ui, "about-files", |ui| {
            egui::Grid::new("about-files")
                .num_columns(2)
                .show(ui, |ui| {
                    let rtl = super::mirror::rtl(ui.ctx());
                    // A row: what, then where, from the reading start.
                    let row =
                        |ui: &mut egui::Ui, what: egui::WidgetText, place: egui::WidgetText| {
                            let cells = if rtl { [place, what] } else { [what, place] };
                            for cell in cells {
                                ui.label(cell);
                            }
                            ui.end_row();
                        };
                    let what = t(ui, "about-settings");
                    let place = bidi_widget_text(ui, &settings_file(ui.ctx()));
                    row(ui, what, place);
                    let what = t(ui, "about-annotations");
                    let place = t(ui, "about-annotations-where");
                    row(ui, what, place);
                    let what = t(ui, "about-recovery");
                    let place = t(ui, "about-recovery-where");
                    row(ui, what, place);
                    let sample = sample.map_or_else(
                        || tr(ui.ctx(), "about-sample-none", &[]),
                        |s| {
                            let (bundled, folder) = (
                                s.bundled.display().to_string(),
                                s.folder.display().to_string(),
                            );
                            tr(
                                ui.ctx(),
                                "about-sample-where",
                                &[
                                    ("bundled", Arg::Text(&bundled)),
                                    ("folder", Arg::Text(&folder)),
                                ],
                            )
                        },
                    );
                    let what = t(ui, "about-sample");
                    let place = bidi_widget_text(ui, &sample);
                    row(ui, what, place);
                });
        });
    });
}
