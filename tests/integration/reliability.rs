//! No annotation lost to a second window, another writer or a crash: the article lock, merging
//! a sidecar changed on disk, and recovery files.

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use marsad::app::Request;
use marsad::model::merge;
use marsad::model::{AnnotationKind, Document};
use marsad::store::{self, recovery, sidecar_path};

use crate::common::{tag, write};
use crate::ui::{
    copy_sample, document, full, open_name, tag_word, tagged_sample, until, until_saved,
};

/// Steps a second and a half of frames (egui time): past the disk check and the autosave delay.
fn wait_a_moment(harness: &mut egui_kittest::Harness<'_, marsad::app::MarsadApp>) {
    for _ in 0..90 {
        harness.step();
    }
    // Another writer's sidecar is read off the window's thread: until it is taken in.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while harness.state().is_reading_disk() {
        assert!(
            std::time::Instant::now() < deadline,
            "reading the sidecar took too long"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
        harness.step();
    }
    harness.step();
}

fn quotes(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .annotations()
        .iter()
        .map(|a| a.span.quote.clone())
        .collect();
    out.sort();
    out
}

/// Saves as another program would: reads the sidecar, changes it, writes it back.
fn edit_outside(article: &std::path::Path, change: impl FnOnce(&str, &mut Document)) {
    let mut other = store::open(article).unwrap();
    let text = other.article.text.clone();
    change(&text, &mut other.document);
    other.save().unwrap();
}

#[test]
fn merging_keeps_each_side_s_changes_and_reports_what_both_changed() {
    const TEXT: &str = "قال المتحدث إن القصف طال الرملة وإن الجيش نفى ذلك.\n";
    let mut base = Document::new("h");
    let shared = tag(&mut base, TEXT, AnnotationKind::Actor, "المتحدث", 0);
    let both = tag(
        &mut base,
        TEXT,
        AnnotationKind::Claim,
        "القصف طال الرملة",
        0,
    );
    let mut ours = base.clone();
    let mut theirs = base.clone();
    tag(&mut ours, TEXT, AnnotationKind::Location, "الرملة", 0);
    tag(&mut theirs, TEXT, AnnotationKind::Actor, "الجيش", 0);
    theirs.remove_annotation(shared.id);
    let mut mine = both.clone();
    mine.note = "mine".into();
    ours.upsert_annotation(mine);
    let mut yours = both.clone();
    yours.note = "theirs".into();
    theirs.upsert_annotation(yours);

    let merged = merge::merge(&base, &ours, &theirs);
    assert_eq!(
        quotes(&merged.document),
        ["الجيش", "الرملة", "القصف طال الرملة"],
        "their addition and removal, and our addition, are all kept"
    );
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].ours.as_ref().unwrap().note, "mine");
    assert_eq!(merged.conflicts[0].theirs.as_ref().unwrap().note, "theirs");
    assert_eq!(merged.document.annotation(both.id).unwrap().note, "mine");
    merged.document.validate().unwrap();

    let diff = merge::diff(&base, &merged.document);
    assert_eq!(
        diff.summary(),
        "2 annotations added, 1 removed, 1 changed",
        "{diff:?}"
    );
    let edit = merge::edits_to(&ours, &merged.document);
    let mut applied = ours.clone();
    applied.apply(edit).unwrap();
    assert_eq!(applied, merged.document);

    // An orphan on one side and placed on the other moves between the lists (review finding).
    let mut orphaned = merged.document.clone();
    let moved = orphaned.remove_annotation(both.id).unwrap();
    orphaned.upsert_orphan(moved);
    let mut back = orphaned.clone();
    back.apply(merge::edits_to(&orphaned, &merged.document))
        .unwrap();
    assert_eq!(back, merged.document);
    assert!(!back.is_orphan(both.id));
}

#[test]
fn an_outside_edit_while_changes_are_unsaved_is_merged_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, _) = tagged_sample(dir.path());
    harness.get_by_label("Unsaved changes");
    // Another program saves a sidecar with an annotation of its own before the autosave.
    edit_outside(&path, |text, doc| {
        tag(doc, text, AnnotationKind::Actor, "القوات المشتركة", 0);
    });
    wait_a_moment(&mut harness);
    until_saved(&mut harness);
    harness.get_by_label_contains("The sidecar was changed on disk");
    harness.get_by_label_contains("merged with the unsaved changes here");
    let on_disk = store::open(&path).unwrap().document;
    assert_eq!(quotes(&on_disk), ["الرملة", "القوات المشتركة"]);
    assert_eq!(quotes(document(&harness)), ["الرملة", "القوات المشتركة"]);
    // The merge is one step: undoing it leaves this window's own change.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(quotes(document(&harness)), ["الرملة"]);
}

/// A copy of the sample in `dir` whose sidecar tags الرملة, open in the window with the note
/// "mine" typed on it (unsaved), while another program saves the note "theirs" on it.
fn noted_here_and_there(
    dir: &std::path::Path,
) -> (
    egui_kittest::Harness<'static, marsad::app::MarsadApp>,
    marsad::model::Annotation,
) {
    let path = copy_sample(dir, "a.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut doc = Document::new(marsad::article::sha256_hex(&text));
    let a = tag(&mut doc, &text, AnnotationKind::Location, "الرملة", 0);
    store::save(&sidecar_path(&path), &doc, &path).unwrap();
    let mut harness = full(path.clone());
    let ws = harness.state().workspace().unwrap();
    let mut mine = ws.session().document().annotation(a.id).unwrap().clone();
    mine.note = "mine".into();
    harness
        .state_mut()
        .submit(Request::Document(
            marsad::session::Command::UpdateAnnotation(Box::new(mine)),
        ))
        .unwrap();
    edit_outside(&path, |_, doc| {
        let mut theirs = doc.annotation(a.id).unwrap().clone();
        theirs.note = "theirs".into();
        doc.upsert_annotation(theirs);
    });
    (harness, a)
}

#[test]
fn an_annotation_edited_on_both_sides_is_shown_as_a_conflict_and_theirs_can_be_taken() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, a) = noted_here_and_there(dir.path());
    wait_a_moment(&mut harness);
    until_saved(&mut harness);
    harness.get_by_label_contains("1 changed both here and there");
    harness.get_by_label("Conflicts");
    assert_eq!(document(&harness).annotation(a.id).unwrap().note, "mine");
    harness.get_by_label("Take theirs").click();
    harness.run();
    assert_eq!(document(&harness).annotation(a.id).unwrap().note, "theirs");
    assert!(harness.query_by_label("Take theirs").is_none());
    crate::ui::shows(&harness, "Took the other version of location: «الرملة»");
}

#[test]
fn a_sidecar_changed_on_disk_with_nothing_unsaved_is_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let mut harness = full(path.clone());
    edit_outside(&path, |text, doc| {
        tag(doc, text, AnnotationKind::Location, "وادي السدر", 0);
    });
    wait_a_moment(&mut harness);
    harness.run();
    harness.get_by_label_contains("reloaded");
    assert_eq!(quotes(document(&harness)), ["وادي السدر"]);
    assert!(!harness.state().workspace().unwrap().session().is_dirty());
}

#[test]
fn an_article_edited_on_disk_is_reopened_with_its_annotations_placed_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, text) = tagged_sample(dir.path());
    let edited = format!("سطر جديد أضيف في أول المقال.\n{text}");
    std::fs::write(&path, &edited).unwrap();
    wait_a_moment(&mut harness);
    until(&mut harness, "the reopened article", |app| {
        !app.is_loading() && app.opened().unwrap().article.text == edited
    });
    harness.get_by_label_contains("the article was edited on disk and is reopened");
    let doc = document(&harness);
    assert_eq!(
        quotes(doc),
        ["الرملة"],
        "the unsaved tag was saved, then placed again"
    );
    let a = &doc.annotations()[0];
    let idx = marsad::model::IndexedText::new(&edited);
    assert!(a.span.matches(&idx), "placed in the new text");
}

#[test]
fn a_second_window_is_told_another_holds_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let first = full(path.clone());
    assert!(store::lock::lock_path(&path).exists());
    let mut second = full(path.clone());
    second.get_by_label_contains("has this article open, so it is read-only here");
    second.get_by_label("Read-only");
    let text = second.state().opened().unwrap().article.text.clone();
    tag_word(&mut second, &text, "الرملة", Key::L);
    assert!(document(&second).annotations().is_empty(), "nothing tagged");
    second.get_by_label_contains("annotations are read-only");
    // The analyst chooses to edit here too.
    second.get_by_label("Edit anyway").click();
    second.run();
    // Far enough from the last clicks that the next two are a double-click, not a triple.
    wait_a_moment(&mut second);
    tag_word(&mut second, &text, "الرملة", Key::L);
    assert_eq!(quotes(document(&second)), ["الرملة"]);
    drop(second);
    drop(first);
    assert!(
        !store::lock::lock_path(&path).exists(),
        "the lock file is cleaned up"
    );
}

#[test]
fn unsaved_changes_are_in_the_recovery_file_until_they_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, _) = tagged_sample(dir.path());
    harness.state_mut().flush_recovery();
    let found = recovery::load(&path).unwrap().expect("a recovery file");
    assert_eq!(quotes(&found.document), ["الرملة"]);
    wait_a_moment(&mut harness);
    until_saved(&mut harness);
    harness.state_mut().flush_recovery();
    assert!(
        recovery::load(&path).unwrap().is_none(),
        "removed once saved"
    );
    assert!(!recovery::recovery_path(&path).exists());
}

#[test]
fn a_recovery_file_is_offered_with_its_differences_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut saved = Document::new(marsad::article::sha256_hex(&text));
    tag(&mut saved, &text, AnnotationKind::Location, "الرملة", 0);
    store::save(&sidecar_path(&path), &saved, &path).unwrap();
    let mut unsaved = saved.clone();
    tag(
        &mut unsaved,
        &text,
        AnnotationKind::Actor,
        "القوات المشتركة",
        0,
    );
    tag(
        &mut unsaved,
        &text,
        AnnotationKind::Location,
        "وادي السدر",
        0,
    );
    recovery::write(&path, &unsaved).unwrap();

    let mut harness = full(path.clone());
    harness.get_by_label("Recover unsaved annotations");
    harness.get_by_label_contains("2 annotations added");
    harness.get_by_label_contains("+ actor: «القوات المشتركة»");
    assert_eq!(
        quotes(document(&harness)),
        ["الرملة"],
        "nothing changes until asked"
    );
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(
        quotes(document(&harness)),
        ["الرملة", "القوات المشتركة", "وادي السدر"]
    );
    wait_a_moment(&mut harness);
    until_saved(&mut harness);
    harness.state_mut().flush_recovery();
    assert_eq!(
        quotes(&store::open(&path).unwrap().document),
        ["الرملة", "القوات المشتركة", "وادي السدر"]
    );
    assert!(!recovery::recovery_path(&path).exists());
}

#[test]
fn a_discarded_recovery_is_deleted_and_one_with_nothing_new_is_removed_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut unsaved = Document::new(marsad::article::sha256_hex(&text));
    tag(
        &mut unsaved,
        &text,
        AnnotationKind::Actor,
        "القوات المشتركة",
        0,
    );
    recovery::write(&path, &unsaved).unwrap();
    let mut harness = full(path.clone());
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(document(&harness).annotations().is_empty());
    assert!(!recovery::recovery_path(&path).exists());
    drop(harness);

    // A recovery file equal to the sidecar (the save finished, the removal did not).
    store::save(&sidecar_path(&path), &unsaved, &path).unwrap();
    recovery::write(&path, &unsaved).unwrap();
    let harness = full(path.clone());
    assert!(
        harness
            .query_by_label("Recover unsaved annotations")
            .is_none()
    );
    assert!(!recovery::recovery_path(&path).exists());
}

#[test]
fn a_recovery_file_that_cannot_be_read_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.txt", "قال المتحدث إن الهدنة صامدة.\n");
    std::fs::write(recovery::recovery_path(&path), "(format_version: 1, ent").unwrap();
    let mut harness = full(path.clone());
    crate::ui::shows(&harness, "A recovery file was found but cannot be read");
    crate::ui::shows(&harness, "a.txt.marsad.ron.recovery");
    // Edits and saves leave it as it was (review finding: the first edit overwrote it).
    let text = harness.state().opened().unwrap().article.text.clone();
    wait_a_moment(&mut harness);
    tag_word(&mut harness, &text, "الهدنة", Key::L);
    wait_a_moment(&mut harness);
    until_saved(&mut harness);
    harness.state_mut().flush_recovery();
    assert_eq!(
        std::fs::read_to_string(recovery::recovery_path(&path)).unwrap(),
        "(format_version: 1, ent"
    );
}

#[test]
fn switching_articles_removes_the_recovery_file_and_a_reopened_article_keeps_one_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, text) = tagged_sample(dir.path());
    harness.state_mut().flush_recovery();
    assert!(recovery::recovery_path(&path).exists());
    let other = copy_sample(dir.path(), "b.txt");
    let _ = harness.state_mut().submit(Request::Open(other));
    until(&mut harness, "the other article", |app| {
        !app.is_loading() && open_name(app).as_deref() == Some("b.txt")
    });
    harness.state_mut().flush_recovery();
    assert!(
        !recovery::recovery_path(&path).exists(),
        "saved on switching, so no recovery file is left to offer"
    );
    // Back to a.txt, in the same window: its new changes are kept in a recovery file again.
    let _ = harness.state_mut().submit(Request::Open(path.clone()));
    until(&mut harness, "a.txt again", |app| {
        !app.is_loading() && open_name(app).as_deref() == Some("a.txt")
    });
    wait_a_moment(&mut harness);
    tag_word(&mut harness, &text, "المتحدث", Key::A);
    harness.state_mut().flush_recovery();
    let found = recovery::load(&path).unwrap().expect("a recovery file");
    assert_eq!(quotes(&found.document), ["الرملة", "المتحدث"]);
}

#[test]
fn conflicts_found_when_switching_articles_keep_the_article_open() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = noted_here_and_there(dir.path());
    // Switching at once, before the window looks at the disk.
    let other = copy_sample(dir.path(), "b.txt");
    let _ = harness.state_mut().submit(Request::Open(other));
    harness.run();
    assert_eq!(open_name(harness.state()).as_deref(), Some("a.txt"));
    crate::ui::shows(&harness, "review them in the Conflicts window first");
    harness.get_by_label("Take theirs");
}

/// A long article written for the test: numbered paragraphs of Arabic with digits and Latin.
pub fn long_article(dir: &std::path::Path, megabytes: usize) -> std::path::PathBuf {
    const PARAGRAPHS: [&str; 3] = [
        "أعلنت قيادة «القوات المشتركة» مساء الأحد التوصل إلى هدنة مدتها 72 ساعة مع «جبهة الخلاص» في وادي السدر.",
        "وقال المتحدث باسم المنظمة (OCHA) إن 1,250 عائلة نزحت من القرى المحيطة منذ 3 آذار/مارس 2024.",
        "ونفى الجيش في بيان أن تكون وحداته قد استهدفت المستشفى الميداني في مدينة الرملة.",
    ];
    let mut text = String::from("تقرير طويل عن النزاع\n\n");
    let mut i = 0;
    while text.len() < megabytes << 20 {
        use std::fmt::Write as _;
        writeln!(text, "{i}. {}\n", PARAGRAPHS[i % 3]).unwrap();
        i += 1;
    }
    write(dir, "long.txt", &text)
}

#[test]
fn a_50_mb_article_opens_while_frames_keep_coming() {
    let dir = tempfile::tempdir().unwrap();
    let path = long_article(dir.path(), 50);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| marsad::app::MarsadApp::new(&cc.egui_ctx, Some(path)));
    let started = std::time::Instant::now();
    let mut frames = 0;
    let mut progress_seen = false;
    while harness.state().is_loading() {
        assert!(started.elapsed().as_secs() < 300, "opening took too long");
        harness.step();
        frames += 1;
        progress_seen |= harness
            .query_by_label_contains("Opening long.txt")
            .is_some();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    eprintln!(
        "50 MB article opened in {:.1} s, {frames} frames drawn meanwhile",
        started.elapsed().as_secs_f32()
    );
    assert!(progress_seen, "the window said what it was opening");
    assert!(frames >= 5, "only {frames} frames while opening");
    harness.run();
    assert!(
        !harness
            .query_all_by_label_contains("تقرير طويل عن النزاع")
            .collect::<Vec<_>>()
            .is_empty(),
        "the article is shown"
    );
    let opened = harness.state().opened().unwrap();
    assert!(opened.article.text.len() >= 50 << 20);
}

#[test]
fn a_sidecar_mended_on_disk_after_it_could_not_be_read_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_sample(dir.path(), "a.txt");
    std::fs::write(sidecar_path(&path), "(format_version: 1, ent").unwrap();
    let mut harness = full(path.clone());
    crate::ui::shows(&harness, "Annotations are read-only");
    // Someone mends it: a sidecar with one annotation replaces the broken one.
    let text = std::fs::read_to_string(&path).unwrap();
    let mut doc = Document::new(marsad::article::sha256_hex(&text));
    tag(&mut doc, &text, AnnotationKind::Location, "الرملة", 0);
    store::save(&sidecar_path(&path), &doc, &path).unwrap();
    wait_a_moment(&mut harness);
    until(&mut harness, "the article read again", |app| {
        !app.is_loading() && app.opened().is_some_and(|o| o.read_only_reason().is_none())
    });
    crate::ui::shows(&harness, "its sidecar changed on disk and is read again");
    assert_eq!(quotes(document(&harness)), ["الرملة"]);
    assert!(
        harness
            .query_by_label_contains("Annotations are read-only")
            .is_none()
    );
}

#[test]
fn a_sidecar_read_off_the_frame_is_dropped_when_another_article_opens_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path, _) = tagged_sample(dir.path());
    edit_outside(&path, |text, doc| {
        tag(doc, text, AnnotationKind::Actor, "القوات المشتركة", 0);
    });
    // The window notices the change and reads the sidecar on a worker.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !harness.state().is_reading_disk() {
        assert!(
            std::time::Instant::now() < deadline,
            "the change was not noticed"
        );
        harness.step();
    }
    // Switching now saves this window's change, taking the other writer's in itself.
    let other = copy_sample(dir.path(), "b.txt");
    let _ = harness.state_mut().submit(Request::Open(other));
    until(&mut harness, "the other article", |app| {
        !app.is_loading() && open_name(app).as_deref() == Some("b.txt")
    });
    wait_a_moment(&mut harness);
    assert!(!harness.state().is_reading_disk());
    assert!(
        document(&harness).annotations().is_empty(),
        "nothing read for a.txt lands in b.txt"
    );
    let on_disk = store::open(&path).unwrap().document;
    assert_eq!(quotes(&on_disk), ["الرملة", "القوات المشتركة"]);
}
