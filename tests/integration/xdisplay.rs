//! A real X display for tests that run the `marsad` window as a desktop runs it: an Xvfb
//! server of the test's own (its number chosen by Xvfb), `xdotool` to find, focus and click
//! the window, and the process of the window with its standard error in a file.
//!
//! Needs Debian's `xvfb` and `xdotool`, which `.ci/run` installs; without them the test fails
//! and says so.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One X test at a time: each runs a window on a software renderer, and two cores are
/// enough for one.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An Xvfb server, stopped when dropped.
pub struct XDisplay {
    server: Child,
    _turn: std::sync::MutexGuard<'static, ()>,
    /// `:N`.
    pub name: String,
}

impl XDisplay {
    /// Starts a 1280×900 screen on a free display number.
    pub fn start() -> Self {
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x900x24",
                "-nolisten",
                "tcp",
                // Without it the server resets when its last client leaves, and a client
                // that connects during the reset (the window, just after xdotool asked
                // whether the server answers) is refused: seen once in CI.
                "-noreset",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("Xvfb could not be started ({e}): install xvfb and xdotool (.ci/run does)")
            });
        let mut line = String::new();
        BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not say its display number");
        let display = Self {
            server,
            _turn: turn,
            name: format!(":{number}"),
        };
        let started = Instant::now();
        while display.xdotool(&["getmouselocation"]).is_none() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "Xvfb {} does not answer",
                display.name
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        display
    }

    /// `xdotool ARGS` on this display; its standard output, or `None` when it failed.
    pub fn xdotool(&self, args: &[&str]) -> Option<String> {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.name)
            .output()
            .unwrap_or_else(|e| panic!("xdotool could not be run ({e}): install xdotool"));
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// Waits for a window whose title contains `title`; its id.
    pub fn window(&self, title: &str, app: &mut Child, log: &Path) -> String {
        let started = Instant::now();
        loop {
            // Found by the window's class (its application id), whatever the language of its
            // title; the title is compared as UTF-8.
            let ids = self
                .xdotool(&["search", "--class", marsad::app::APP_ID])
                .unwrap_or_default();
            if let Some(id) = ids.lines().find(|id| {
                self.xdotool(&["getwindowname", id])
                    .is_some_and(|name| name.contains(title))
            }) {
                return id.to_owned();
            }
            if let Some(status) = app.try_wait().unwrap() {
                panic!(
                    "marsad ended ({status}) before its window showed: {}",
                    read(log)
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(90),
                "no window titled {title:?} after 90 s: {}",
                read(log)
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Starts the `marsad` window on this display with `args`, its settings kept in
    /// `home` (a fresh one each run, so the layout is the default one); standard error goes to
    /// the returned file.
    pub fn run_marsad(&self, args: &[&Path], home: &Path) -> (Child, PathBuf) {
        self.run_marsad_in("C.UTF-8", args, home)
    }

    /// [`Self::run_marsad`] with the system locale `locale` (`LC_ALL`): a first run takes
    /// its interface language from it. Tests always say which.
    pub fn run_marsad_in(&self, locale: &str, args: &[&Path], home: &Path) -> (Child, PathBuf) {
        let log = home.join("stderr.txt");
        let child = Command::new(env!("CARGO_BIN_EXE_marsad"))
            .args(args)
            .env("LC_ALL", locale)
            .env_remove("LANGUAGE")
            .env("DISPLAY", &self.name)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_STATE_HOME", home.join("state"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        (child, log)
    }
}

impl Drop for XDisplay {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// Waits for `child` to end, for at most `limit`.
pub fn wait_for_exit(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}

/// A file's text, or what could not be read.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| format!("({}: {e})", path.display()))
}
