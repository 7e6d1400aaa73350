//! The man pages and shell completions, generated from the command line's own definition
//! (`clap_mangen`, `clap_complete`) by `cargo run --bin marsad-assets -- DIR` (src/bin), so
//! that they can never drift from it. The package build runs it before `cargo deb` packages
//! what it wrote (`man/marsad.1`, a page per command, `completions/marsad.bash`, `_marsad`,
//! `marsad.fish`).

use std::path::Path;

use anyhow::Context as _;
use clap_complete::Shell;
use roff::{Roff, bold, roman};

/// The files Marsad keeps, for the man page's FILES section.
const FILES: &[(&str, &str)] = &[
    (
        "a.txt.marsad.ron",
        "The annotations of a.txt, beside it; a.txt.marsad.ron.bak is the previous version.",
    ),
    (
        "a.txt.marsad.ron.lock",
        "Present while a window has a.txt open; removed when it closes.",
    ),
    (
        "a.txt.marsad.ron.recovery",
        "Unsaved annotations of a window that ended without saving, offered for restoring \
         when a.txt opens again.",
    ),
    (
        "marsad-corpus.ron",
        "The corpus registry at a corpus folder's root (marsad registry init): the entities \
         every article below it shares; marsad-corpus.ron.bak is the previous version.",
    ),
    (
        "~/.local/share/marsad/",
        "Settings (app.ron), and sample/, the working copy of the sample article that \
         Open sample opens.",
    ),
    ("/usr/share/marsad/", "The sample article, as installed."),
];

/// How Marsad ends, for the SIGNALS and EXIT STATUS sections.
const SIGNALS: &str = "SIGTERM, SIGHUP and SIGINT make the window save what is unsaved, remove \
    its lock files and exit with status 0, with no dialog; if saving fails, what was unsaved \
    stays in the recovery file and the status is 1. check and export stop after the file at \
    hand and exit with 128 + the signal's number. A second signal ends marsad at once.";
const EXIT_STATUS: &str = "0 on success; 1 when a file failed (check, export) or an error \
    stopped marsad; 2 for a command line that cannot be understood; 128 + N when signal N \
    stopped check or export.";

/// Writes the man pages under `out/man` and the completions under `out/completions`.
pub fn write(command: clap::Command, out: &Path) -> anyhow::Result<()> {
    let man = out.join("man");
    let completions = out.join("completions");
    for dir in [&man, &completions] {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot be created", dir.display()))?;
    }
    let mut command = command.disable_help_subcommand(true);
    // Built, so that each command's page is named marsad-check.1 and so on.
    command.build();
    let failed = |what: &str| format!("{}: {what} cannot be written", man.display());
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        clap_mangen::Man::new(sub.clone())
            .generate_to(&man)
            .with_context(|| failed("the man pages"))?;
    }
    let mut page = Vec::new();
    render_main_page(&command, &mut page)?;
    std::fs::write(man.join("marsad.1"), page).with_context(|| failed("marsad.1"))?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut command = command.clone();
        clap_complete::generate_to(shell, &mut command, "marsad", &completions).with_context(
            || {
                format!(
                    "{}: the {shell} completions cannot be written",
                    completions.display()
                )
            },
        )?;
    }
    Ok(())
}

/// marsad(1): `clap_mangen`'s sections, then FILES, SIGNALS and EXIT STATUS.
fn render_main_page(command: &clap::Command, w: &mut Vec<u8>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    man.render_options_section(w)?;
    man.render_subcommands_section(w)?;
    let mut roff = Roff::new();
    roff.control("SH", ["FILES"]);
    for (file, what) in FILES {
        roff.control("TP", [])
            .text([bold(*file)])
            .text([roman(*what)]);
    }
    roff.control("SH", ["SIGNALS"]).text([roman(SIGNALS)]);
    roff.control("SH", ["EXIT STATUS"])
        .text([roman(EXIT_STATUS)]);
    roff.to_writer(w)?;
    man.render_version_section(w)
}
