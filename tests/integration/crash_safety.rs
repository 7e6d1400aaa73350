//! A process killed in the middle of saving leaves a complete sidecar, old or new.

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

#[test]
fn killed_mid_save_leaves_a_whole_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "article.txt", TEXT);
    let sidecar = sidecar_path(&article);
    store::save(&sidecar, &generation(0), &article).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut last = 0;
    let mut advanced = 0;
    for i in 0..ITERATIONS {
        let mut child = Command::new(&exe)
            .args([
                "crash_safety::crash_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
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
    let torn = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    eprintln!("{ITERATIONS} kills, {advanced} after new saves, {torn} mid-write");
    assert!(torn > 0, "no kill landed mid-write");
}
