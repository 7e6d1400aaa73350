//! Help → About: the version, the licences of the code and of each bundled font (their full
//! texts a click away), and where Marsad keeps its settings, recovery files and the sample.

use super::{APP_ID, data_folder};

/// A bundled font with its licence.
struct FontLicence {
    faces: &'static str,
    file: &'static str,
    text: &'static str,
}

const FONTS: &[FontLicence] = &[
    FontLicence {
        faces: "Amiri (Naskh, the article's face)",
        file: "OFL-Amiri.txt",
        text: include_str!("../../fonts/OFL-Amiri.txt"),
    },
    FontLicence {
        faces: "Noto Sans Arabic and Noto Sans (the interface)",
        file: "OFL-Noto.txt",
        text: include_str!("../../fonts/OFL-Noto.txt"),
    },
];

/// The code's licence, as Cargo.toml states it.
const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// Where the settings file is, as eframe keeps it.
fn settings_file() -> String {
    data_folder().map_or_else(
        || "nowhere: this system has no data folder".to_owned(),
        |dir| dir.join("app.ron").display().to_string(),
    )
}

/// Shows the window while `open`; it closes with its button or Escape.
pub fn ui(ctx: &egui::Context, open: &mut bool, sample: Option<&super::sample::Sample>) {
    super::help::overlay(ctx, "About Marsad", open, |ui| {
        ui.heading(format!("Marsad {}", env!("CARGO_PKG_VERSION")));
        ui.label(env!("CARGO_PKG_DESCRIPTION"));
        ui.label(format!("Application id: {APP_ID}"));
        ui.add_space(6.0);
        ui.label(format!(
            "The code is licensed {LICENCE}; the bundled fonts are under the SIL Open Font \
                 License 1.1 (OFL-1.1). Installed, the licence texts are in /usr/share/doc/marsad/."
        ));
        for font in FONTS {
            egui::CollapsingHeader::new(format!("{} — {}", font.faces, font.file))
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
        egui::Grid::new("about-files")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label("Settings");
                ui.label(settings_file());
                ui.end_row();
                ui.label("Annotations");
                ui.label("beside each article: a.txt.marsad.ron (and .bak, the previous version)");
                ui.end_row();
                ui.label("Recovery files");
                ui.label(
                    "beside each article while changes are unsaved: a.txt.marsad.ron.recovery",
                );
                ui.end_row();
                ui.label("Sample article");
                ui.label(sample.map_or_else(
                    || "not installed".to_owned(),
                    |s| {
                        format!(
                            "{}, opened as a copy in {}",
                            s.bundled.display(),
                            s.folder.display()
                        )
                    },
                ));
                ui.end_row();
            });
    });
}
