//! The `marsad` command: the window by default, or a batch command.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Annotate Arabic-first news on armed conflict: actors, locations and claims.
#[derive(Parser)]
#[command(name = "marsad", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// An article to open in the window.
    file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Load articles (or folders of them) with their sidecars and report on each.
    Check {
        /// Print one JSON object per file instead of a line of text.
        #[arg(long)]
        json: bool,
        /// Articles, or folders searched for .txt and .md files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Export articles (or folders of them) with their annotations: csv, w3c (Web Annotation
    /// JSON-LD), brat (.txt and .ann), conll (IOB tokens) or html (a report).
    Export {
        /// csv, w3c, brat, conll or html.
        #[arg(long)]
        format: marsad::export::Format,
        /// The folder to write to (created if needed); a folder's articles keep their place
        /// below it.
        #[arg(long)]
        out: PathBuf,
        /// Articles, or folders searched for .txt and .md files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print an article's lines in visual order as the view lays them out, one per row, with a
    /// blank row between paragraphs (to compare with fribidi or Pango).
    Layout {
        /// Line width in pixels (points at scale 1).
        #[arg(long, default_value_t = 800.0)]
        width: f32,
        /// Font size in points.
        #[arg(long, default_value_t = 22.0)]
        size: f32,
        /// Show invisible bidi controls as visible marks.
        #[arg(long)]
        show_controls: bool,
        /// Count every character as one unit wide (marks and controls as none), so that
        /// --width counts characters, as the tests measure.
        #[arg(long)]
        monospace: bool,
        /// Start each row with the line's code points in its paragraph (START..END, a tab).
        #[arg(long)]
        ranges: bool,
        /// The article.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { json, paths }) => marsad::check::run(&paths, json, &quiet_exit()?),
        Some(Command::Export { format, out, paths }) => {
            marsad::export_cli::run(format, &out, &paths, &quiet_exit()?)
        }
        Some(Command::Layout {
            width,
            size,
            show_controls,
            monospace,
            ranges,
            file,
        }) => {
            let args = marsad::layout_cli::LayoutArgs {
                width,
                size,
                show_controls,
                monospace,
                ranges,
            };
            marsad::layout_cli::run(&file, args)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            marsad::app::run(cli.file)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Termination signals for a batch command: it stops after the file at hand.
fn quiet_exit() -> anyhow::Result<marsad::shutdown::Shutdown> {
    marsad::shutdown::Shutdown::listen(|| {})
        .map_err(|e| anyhow::anyhow!("termination signals could not be taken: {e}"))
}
