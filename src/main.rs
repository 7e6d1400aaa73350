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
        Some(Command::Check { json, paths }) => marsad::check::run(&paths, json),
        None => {
            marsad::app::run(cli.file)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
