//! Leaving like a desktop application: the real `marsad` window under Xvfb, with an unsaved
//! tag, is sent SIGTERM (a logout, `kill`), SIGHUP (its terminal closed) or SIGINT (Ctrl+C).
//! Each time the tag is in the sidecar, no lock or recovery file is left and the process
//! exits with status 0, saying on standard error what it did. And `marsad check`, stopped by
//! a signal, ends with the shell's status for it.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::xdisplay::{XDisplay, read, wait_for_exit};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample/hudna-report.txt"
);

fn send(pid: u32, signal: &str) {
    let sent = Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{signal} {pid} failed");
}

/// Opens a copy of the sample, tags its first word as an actor with the mouse and the A key,
/// waits until the change is made but not saved (its recovery file is there: autosave comes
/// a second later), and sends `signal`.
fn leaves_saved_on(signal: &str) {
    let home = tempfile::tempdir().unwrap();
    let article = home.path().join("hudna.txt");
    std::fs::copy(SAMPLE, &article).unwrap();
    let sidecar = home.path().join("hudna.txt.marsad.ron");
    let lock = home.path().join("hudna.txt.marsad.ron.lock");
    let recovery = home.path().join("hudna.txt.marsad.ron.recovery");

    let display = XDisplay::start();
    let (mut app, log) = display.run_marsad(&[&article], home.path());
    let window = display.window("Marsad — هدنة", &mut app, &log);
    assert!(lock.exists(), "the open article is locked");
    display.xdotool(&["windowfocus", "--sync", &window]);
    // Let the first frames settle, then double-click the title's first word (the view's right
    // edge, first line, in the default layout) and tag it.
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    while !recovery.exists() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the tag was not made: {}",
            read(&log)
        );
        display.xdotool(&["mousemove", "--window", &window, "925", "50"]);
        display.xdotool(&["click", "--repeat", "2", "--delay", "80", "1"]);
        display.xdotool(&["key", "a"]);
        let tried = Instant::now();
        while !recovery.exists() && tried.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    send(app.id(), signal);

    let status = wait_for_exit(&mut app, Duration::from_secs(30))
        .unwrap_or_else(|| panic!("marsad did not end 30 s after {signal}: {}", read(&log)));
    let said = read(&log);
    assert!(status.success(), "{signal}: exit {status}: {said}");
    assert!(
        said.contains(&format!("SIG{signal}: the annotations of")),
        "{signal}: it says what it did: {said}"
    );
    let saved = read(&sidecar);
    assert!(
        saved.contains("Actor") && saved.contains("\"هدنة\""),
        "{signal}: the unsaved tag is in the sidecar: {saved}"
    );
    assert!(!lock.exists(), "{signal}: the lock file is removed");
    assert!(!recovery.exists(), "{signal}: saved, so no recovery file");
}

#[test]
fn sigterm_saves_removes_the_lock_and_exits() {
    leaves_saved_on("TERM");
}

#[test]
fn sighup_saves_removes_the_lock_and_exits() {
    leaves_saved_on("HUP");
}

#[test]
fn sigint_saves_removes_the_lock_and_exits() {
    leaves_saved_on("INT");
}

/// `marsad check` of a folder, its output not read yet (so it waits on a full pipe when the
/// signal comes), stops after the file at hand with 128 + the signal's number, and says so.
#[test]
fn check_stopped_by_a_signal_ends_with_the_shells_status() {
    let dir = tempfile::tempdir().unwrap();
    let files = 1500;
    for i in 0..files {
        std::fs::write(dir.path().join(format!("article-{i:04}.txt")), "نص قصير").unwrap();
    }
    let mut check = crate::cli::Marsad::new("check")
        .arg(dir.path())
        .spawn_piped();
    // 1,500 lines are more than a pipe holds: check is waiting to write when the signal comes.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        check.try_wait().unwrap().is_none(),
        "check waits on its output"
    );
    send(check.id(), "TERM");
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut check.stdout.take().unwrap(), &mut stdout).unwrap();
    let status = wait_for_exit(&mut check, Duration::from_secs(30)).expect("check ended");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut check.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("; stopped by SIGTERM"), "{stderr}");
    let lines = stdout.lines().count();
    assert!(
        lines > 0 && lines < files,
        "it stopped after {lines} of {files} files"
    );
    assert!(
        stderr.contains(&format!("checked {lines} files")),
        "{stderr}"
    );
}
