//! The real window's interface language under Xvfb: a first run takes it from the system
//! locale, `--lang` overrides it, and the language is kept with the settings for the next
//! run. The window's title is in its language ("مرصد — …" or "Marsad — …").

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::xdisplay::{XDisplay, read, wait_for_exit};

/// Starts the window with `locale` and `args`, waits for a title containing `title`, and
/// closes it with SIGTERM (it saves its settings as it leaves).
fn opens_titled(display: &XDisplay, locale: &str, args: &[&Path], home: &Path, title: &str) {
    let (mut app, log) = display.run_marsad_in(locale, args, home);
    display.window(title, &mut app, &log);
    let sent = Command::new("kill")
        .args(["-TERM", &app.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let status = wait_for_exit(&mut app, Duration::from_secs(30))
        .unwrap_or_else(|| panic!("marsad did not end after SIGTERM: {}", read(&log)));
    assert!(status.success(), "exit {status}: {}", read(&log));
}

#[test]
fn the_first_run_follows_the_system_locale_lang_overrides_it_and_the_choice_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let article = home.path().join("hudna.txt");
    std::fs::copy(marsad::app::SAMPLE_ARTICLE, &article).unwrap();
    let display = XDisplay::start();
    // First run, Arabic locale: the interface is Arabic.
    opens_titled(
        &display,
        "ar_EG.UTF-8",
        &[&article],
        home.path(),
        "مرصد — هدنة",
    );
    // --lang en wins over the locale...
    let lang = [Path::new("--lang"), Path::new("en"), &article];
    opens_titled(&display, "ar_EG.UTF-8", &lang, home.path(), "Marsad — هدنة");
    // ...and is kept: the next run is English whatever the locale says.
    opens_titled(
        &display,
        "ar_EG.UTF-8",
        &[&article],
        home.path(),
        "Marsad — هدنة",
    );
    // Back to Arabic with --lang ar, kept under an English locale.
    let lang = [Path::new("--lang"), Path::new("ar"), &article];
    opens_titled(&display, "C.UTF-8", &lang, home.path(), "مرصد — هدنة");
    opens_titled(
        &display,
        "en_US.UTF-8",
        &[&article],
        home.path(),
        "مرصد — هدنة",
    );
}
