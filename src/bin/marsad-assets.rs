//! `marsad-assets DIR`: writes the man pages and the bash, zsh and fish completions of
//! `marsad` into DIR (`man/`, `completions/`), generated from its clap definition, for the
//! package to install. Not installed itself.

use std::process::ExitCode;

use clap::CommandFactory as _;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: marsad-assets DIR");
        return ExitCode::from(2);
    };
    match marsad::man_pages::write(marsad::command_line::Cli::command(), out.as_ref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("marsad-assets: {e:#}");
            ExitCode::FAILURE
        }
    }
}
