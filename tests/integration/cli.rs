//! The `marsad` command line run as a user runs it: a builder for its arguments (as
//! ripgrep's `TestCommand`), and what it printed.

use std::ffi::OsStr;
use std::process::{Command, Output, Stdio};

/// `marsad` with a subcommand and its arguments, run once built.
pub struct Marsad {
    command: Command,
}

impl Marsad {
    /// `marsad SUBCOMMAND`.
    pub fn new(subcommand: &str) -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_marsad"));
        command.arg(subcommand);
        Self { command }
    }

    /// One more argument.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.command.arg(arg);
        self
    }

    /// More arguments.
    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Self {
        self.command.args(args);
        self
    }

    /// Runs it to the end and returns what it printed and how it ended.
    pub fn output(mut self) -> Output {
        self.command
            .output()
            .unwrap_or_else(|e| panic!("marsad could not be run: {e}"))
    }

    /// Starts it with its output piped, for a test that reads as it goes.
    pub fn spawn_piped(mut self) -> std::process::Child {
        self.command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("marsad could not be started: {e}"))
    }
}
