//! Leaving like a desktop application: what SIGTERM (a logout, `kill`), SIGHUP (a closed
//! terminal) and SIGINT (Ctrl+C) do.
//!
//! [`Shutdown::listen`] takes the three signals from the operating system's default action
//! (which ends the process at once, leaving unsaved work and lock files behind). The first one
//! is recorded and the owner is woken ([`Shutdown::received`] then says which): the window
//! saves, removes its locks and closes; `marsad export` and `check` stop after the file at
//! hand. A second signal, or the first one left unanswered for [`GRACE`], ends the process
//! with the shell's status for it (128 + the signal's number), since a logout must not hang.
//! This module holds no egui: the window only reads [`Shutdown::received`].

use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

/// How long the owner has, after the first signal, to leave by itself.
pub const GRACE: Duration = Duration::from_secs(15);

/// A termination signal that was received.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signal(i32);

impl Signal {
    /// Its name, as `kill -l` spells it: `SIGTERM`, `SIGHUP`, `SIGINT`.
    pub fn name(self) -> String {
        #[cfg(unix)]
        if let Some(name) = signal_hook::low_level::signal_name(self.0) {
            return name.to_owned();
        }
        format!("signal {}", self.0)
    }

    /// The exit status a shell reports for a process this signal ended: 128 + its number.
    pub fn exit_status(self) -> u8 {
        u8::try_from(128 + self.0).unwrap_or(u8::MAX)
    }
}

/// Listens for the termination signals for as long as the process runs.
#[derive(Clone, Debug)]
pub struct Shutdown {
    received: Arc<AtomicI32>,
}

impl Shutdown {
    /// Starts listening; `wake` is called (on the listening thread) when the first signal
    /// arrives, so that a sleeping owner looks at [`Self::received`].
    pub fn listen(wake: impl Fn() + Send + 'static) -> std::io::Result<Self> {
        let received = Arc::new(AtomicI32::new(0));
        #[cfg(unix)]
        listen_unix(Arc::clone(&received), wake)?;
        #[cfg(not(unix))]
        let _ = wake;
        Ok(Self { received })
    }

    /// A shutdown that never hears a signal (tests, and where signals cannot be taken).
    pub fn never() -> Self {
        Self {
            received: Arc::new(AtomicI32::new(0)),
        }
    }

    /// The first termination signal received, if any.
    pub fn received(&self) -> Option<Signal> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            n => Some(Signal(n)),
        }
    }
}

#[cfg(unix)]
fn listen_unix(received: Arc<AtomicI32>, wake: impl Fn() + Send + 'static) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use std::sync::atomic::AtomicBool;

    const SIGNALS: [i32; 3] = [SIGTERM, SIGHUP, SIGINT];
    // Armed by the first signal: the second ends the process from inside the handler, even if
    // the listening thread or the owner is stuck. Registered before the listener, so that it
    // looks at the flag as it was before this signal.
    let armed = Arc::new(AtomicBool::new(false));
    for signal in SIGNALS {
        signal_hook::flag::register_conditional_shutdown(signal, 128 + signal, Arc::clone(&armed))?;
        signal_hook::flag::register(signal, Arc::clone(&armed))?;
    }
    let mut signals = signal_hook::iterator::Signals::new(SIGNALS)?;
    std::thread::Builder::new()
        .name("marsad-signals".to_owned())
        .spawn(move || {
            let Some(first) = signals.forever().next() else {
                return;
            };
            received.store(first, Ordering::SeqCst);
            wake();
            std::thread::sleep(GRACE);
            let signal = Signal(first);
            eprintln!(
                "marsad: {}: still running {} s later; ending now",
                signal.name(),
                GRACE.as_secs()
            );
            signal_hook::low_level::exit(i32::from(signal.exit_status()));
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_is_named_and_exits_as_a_shell_reports_it() {
        let term = Signal(15);
        assert_eq!(term.name(), "SIGTERM");
        assert_eq!(term.exit_status(), 143);
        assert_eq!(Signal(2).name(), "SIGINT");
        assert_eq!(Shutdown::never().received(), None);
    }
}
