//! The `marsad` command: the window by default, or a batch command.

use std::process::ExitCode;

use clap::Parser as _;
use marsad::command_line::{Cli, Command};

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
        Some(Command::Check { json, paths }) => {
            marsad::check::run(&paths, json, &batch_shutdown()?)
        }
        Some(Command::Export { format, out, paths }) => {
            marsad::export_cli::run(format, &out, &paths, &batch_shutdown()?)
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
        Some(Command::Registry { action }) => marsad::registry_cli::run(action),
        None => {
            marsad::app::run(cli.file, cli.lang.map(Into::into))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Termination signals for a batch command: it stops after the file at hand.
fn batch_shutdown() -> anyhow::Result<marsad::shutdown::Shutdown> {
    marsad::shutdown::Shutdown::listen(|| {})
        .map_err(|e| anyhow::anyhow!("termination signals could not be taken: {e}"))
}
