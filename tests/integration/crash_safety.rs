//! A process killed in the middle of saving leaves a complete sidecar, old or new.

use marsad::app::Request;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use marsad::model::{AnnotationKind, Document};
use marsad::store::{self, sidecar_path};

use crate::common::{tag, write};

const CHILD_ENV: &str = "MARSAD_CRASH_CHILD_DIR";
const TEXT: &str = "قال المتحدث إن القصف استهدف حي الزيتون في مدينة الرملة صباح اليوم.\n";
const ITERATIONS: usize = 120;

/// Generation `n` holds `n % 40 + 1` annotations and says `n` in its title, so a torn or mixed
/// file cannot pass for a whole one.
fn generation(n: usize) -> Document {
    let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
    doc.meta.title = Some(format!("generation {n}"));
    for i in 0..=(n % 40) {
        let mut a = tag(&mut doc, TEXT, AnnotationKind::Actor, "المتحدث", 0);
        a.note = format!(
            "generation {n}, annotation {i}, {}",
            "ملاحظة طويلة ".repeat(20)
        );
        doc.remove_annotation(a.id);
        a.id = marsad::model::AnnotationId::new();
        doc.upsert_annotation(a);
    }
    doc
}

/// This test binary again, running only the ignored test `name` with `env` set to `dir`.
fn child(name: &str, env: &str, dir: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            name,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(env, dir);
    command
}

fn assert_whole(path: &Path) -> usize {
    let parsed = store::load_sidecar(path)
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("the sidecar exists");
    let title = parsed.document.meta.title.clone().unwrap();
    let n: usize = title.strip_prefix("generation ").unwrap().parse().unwrap();
    assert_eq!(parsed.document.annotations().len(), n % 40 + 1, "{title}");
    for a in parsed.document.annotations() {
        assert!(
            a.note.starts_with(&format!("generation {n},")),
            "mixed generations"
        );
    }
    n
}

/// Not a test on its own: the child that the crash test runs and kills. It saves new
/// generations of the sidecar as fast as it can, forever.
#[test]
#[ignore = "run by crash_safety::killed_mid_save_leaves_a_whole_sidecar"]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let article = PathBuf::from(dir).join("article.txt");
    let sidecar = sidecar_path(&article);
    for n in assert_whole(&sidecar) + 1.. {
        store::save(&sidecar, &generation(n), &article).unwrap();
    }
}

/// Temporary files that interrupted writes left in `dir`.
fn temporary_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count()
}

#[test]
fn killed_mid_save_leaves_a_whole_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", TEXT);
    let sidecar = sidecar_path(&article);
    store::save(&sidecar, &generation(0), &article).unwrap();
    let mut last = 0;
    let mut advanced = 0;
    for i in 0..ITERATIONS {
        let mut child = child("crash_safety::crash_child", CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child has saved at least once, then a little more, then kill it.
        let deadline = Instant::now() + Duration::from_secs(20);
        while assert_whole(&sidecar) == last && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(200 + (i as u64 * 7919) % 3000));
        child.kill().unwrap();
        child.wait().unwrap();
        let n = assert_whole(&sidecar);
        assert!(n >= last, "went back from {last} to {n}");
        advanced += usize::from(n > last);
        last = n;
        assert_whole(&store::backup_path(&sidecar));
    }
    assert!(
        advanced >= ITERATIONS / 2,
        "the child saved in only {advanced} of {ITERATIONS} runs"
    );
    // Temporary files left behind show that kills landed in the middle of writes.
    let torn = temporary_files(dir.path());
    eprintln!("{ITERATIONS} kills, {advanced} after new saves, {torn} mid-write");
    assert!(torn > 0, "no kill landed mid-write");
}

const APP_CHILD_ENV: &str = "MARSAD_AUTOSAVE_CHILD_DIR";
const APP_ITERATIONS: usize = 200;
/// Annotations in the sidecar, so that each save takes a while to write.
const APP_ANNOTATIONS: usize = 400;

/// The generation a document's title names (0 without a title).
fn title_generation(doc: &Document) -> usize {
    doc.meta
        .title
        .as_deref()
        .and_then(|t| t.strip_prefix("generation "))
        .map_or(0, |n| n.parse().unwrap())
}

/// Checks that a sidecar or recovery file is whole: every annotation there, and a generation.
fn whole_generation(path: &Path) -> Option<usize> {
    let parsed = store::load_sidecar(path).unwrap_or_else(|e| panic!("{e}"))?;
    assert_eq!(
        parsed.document.annotations().len(),
        APP_ANNOTATIONS,
        "{} is whole",
        path.display()
    );
    Some(title_generation(&parsed.document))
}

/// Not a test on its own: the app that the autosave kill test runs and kills. It opens the
/// article in the real window (headless), restores a recovery file if one is offered, and
/// then renames the article, generation after generation, letting the autosave run after
/// each. It prints `recorded N` once generation N is in the recovery file, `saving` when an
/// autosave starts and `saved` when the window sees it finish.
#[test]
#[ignore = "run by crash_safety::killed_while_autosaving_loses_nothing_recorded"]
fn autosave_child() {
    use std::io::Write as _;
    let Some(dir) = std::env::var_os(APP_CHILD_ENV) else {
        return;
    };
    let article = PathBuf::from(dir).join("article.txt");
    let settings = marsad::app::settings::Settings {
        panels: marsad::app::settings::Panels {
            lists: false,
            inspector: false,
            claims: false,
        },
        ..Default::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        // A quarter second a frame: the autosave comes four frames after a change.
        .with_step_dt(0.25)
        .build_eframe(move |cc| {
            marsad::app::MarsadApp::with_settings(&cc.egui_ctx, Some(article), settings)
        });
    while harness.state().is_loading() {
        std::thread::sleep(Duration::from_millis(2));
        harness.step();
    }
    harness.step();
    let _ = harness.state_mut().submit(Request::SettleRecovery(true));
    let mut out = std::io::stdout().lock();
    let ws = harness.state().workspace().unwrap();
    for n in title_generation(ws.session().document()) + 1.. {
        let ws = harness.state().workspace().unwrap();
        let mut meta = ws.session().document().meta.clone();
        meta.title = Some(format!("generation {n}"));
        harness
            .state_mut()
            .submit(Request::Document(marsad::session::Command::SetMeta(
                Box::new(meta),
            )))
            .unwrap();
        harness.state_mut().flush_recovery();
        writeln!(out, "recorded {n}").unwrap();
        out.flush().unwrap();
        for _ in 0..6 {
            let was = harness.state().is_saving();
            harness.step();
            let is = harness.state().is_saving();
            if is != was {
                writeln!(out, "{}", if is { "saving" } else { "saved" }).unwrap();
                out.flush().unwrap();
            }
        }
    }
}

#[test]
fn killed_while_autosaving_loses_nothing_recorded() {
    use std::io::BufRead as _;
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", TEXT);
    let sidecar = sidecar_path(&article);
    let mut doc = Document::new(marsad::article::sha256_hex(TEXT));
    for i in 0..APP_ANNOTATIONS {
        let mut a = tag(&mut doc, TEXT, AnnotationKind::Actor, "المتحدث", 0);
        doc.remove_annotation(a.id);
        a.id = marsad::model::AnnotationId::new();
        a.note = format!("annotation {i}: {}", "ملاحظة ".repeat(10));
        doc.upsert_annotation(a);
    }
    store::save(&sidecar, &doc, &article).unwrap();
    let recovery = store::recovery::recovery_path(&article);
    let (mut newest, mut mid_save, mut with_recovery, mut torn, mut while_saving) = (0, 0, 0, 0, 0);
    for i in 0..APP_ITERATIONS {
        let mut child = child("crash_safety::autosave_child", APP_CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Kill it a moment after an autosave starts, at a different moment each time.
        let mut recorded = 0;
        let deadline = Instant::now() + Duration::from_mins(1);
        loop {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("the child starts saving");
            if let Some(n) = line.strip_prefix("recorded ") {
                recorded = n.parse().unwrap();
            } else if line == "saving" && recorded > 0 {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros((i as u64 * 7919) % 4000));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let mut in_save = true;
        for line in rx.try_iter() {
            match line.as_str() {
                "saving" => in_save = true,
                "saved" => in_save = false,
                _ => {}
            }
            if let Some(n) = line.strip_prefix("recorded ") {
                recorded = recorded.max(n.parse().unwrap());
            }
        }
        while_saving += usize::from(in_save);
        let saved = whole_generation(&sidecar).expect("the sidecar is there");
        let recovered = whole_generation(&recovery);
        with_recovery += usize::from(recovered.is_some());
        // What the next start restores: the recovery file when there is one.
        let restored = recovered.unwrap_or(saved);
        assert!(
            restored >= saved,
            "the recovery file ({restored}) is older than the sidecar ({saved})"
        );
        assert!(
            restored >= recorded,
            "run {i}: generation {recorded} was recorded, but only {restored} survives"
        );
        assert!(restored >= newest, "went back from {newest} to {restored}");
        let now_torn = temporary_files(dir.path());
        mid_save += usize::from(now_torn > torn);
        torn = now_torn;
        newest = restored;
    }
    eprintln!(
        "{APP_ITERATIONS} kills: {while_saving} before the window saw the autosave finish, \
         {mid_save} in the middle of writing a file (a temporary file left); generation \
         {newest} reached, {with_recovery} kills left a recovery file"
    );
    assert!(
        while_saving >= APP_ITERATIONS / 2,
        "only {while_saving} kills landed while autosaving"
    );
    // How many kills land inside a write depends on the machine's load; the store's own kill
    // test (above) makes sure some do.
    assert!(newest >= APP_ITERATIONS, "each run recorded a generation");
}

const PANIC_CHILD_ENV: &str = "MARSAD_PANIC_CHILD_DIR";

/// Not a test on its own: records unsaved work for two articles and panics at once, while
/// the recorder's thread is still on the first (or has not started). The process aborts right
/// after the hooks, so only the recovery hook can have written what was pending.
#[test]
#[ignore = "run by crash_safety::a_panic_writes_the_unsaved_work_to_the_recovery_file"]
fn panic_child() {
    let Some(dir) = std::env::var_os(PANIC_CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(dir);
    store::recovery::install_panic_hook();
    let hooks = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        hooks(info);
        std::process::abort();
    }));
    let recorder = store::recovery::Recorder::new();
    let mut big = generation(39);
    big.meta.title = Some("first".into());
    recorder.record(&dir.join("first.txt"), Some(big));
    let mut small = generation(0);
    small.meta.title = Some("second".into());
    recorder.record(&dir.join("second.txt"), Some(small));
    panic!("a bug");
}

#[test]
fn a_panic_writes_the_unsaved_work_to_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let output = child("crash_safety::panic_child", PANIC_CHILD_ENV, dir.path())
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    assert!(!output.status.success(), "the child panicked");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("a bug"),
        "the usual panic message follows"
    );
    for name in ["first", "second"] {
        let found = store::recovery::load(&dir.path().join(format!("{name}.txt")))
            .unwrap()
            .unwrap_or_else(|| panic!("no recovery file for {name}"));
        assert_eq!(found.document.meta.title.as_deref(), Some(name));
    }
}
