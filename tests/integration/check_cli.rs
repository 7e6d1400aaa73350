//! `marsad check`: the command teams run before committing a corpus.

use std::path::Path;
use std::process::Output;

use crate::cli::Marsad;
use crate::common::{fixtures, write};

fn check(args: &[&Path], json: bool) -> Output {
    let mut cmd = Marsad::new("check");
    if json {
        cmd = cmd.arg("--json");
    }
    cmd.args(args).output()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn every_encoding_has_the_same_hash() {
    let dir = fixtures().join("encodings");
    let output = check(&[&dir], true);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let reports = json_lines(&output);
    assert_eq!(reports.len(), 7);
    let hashes: std::collections::BTreeSet<_> = reports
        .iter()
        .map(|r| r["text_sha256"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(hashes.len(), 1, "{reports:#?}");
    let encodings: std::collections::BTreeSet<_> = reports
        .iter()
        .map(|r| r["encoding"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        encodings.len(),
        4,
        "UTF-8, UTF-16LE, UTF-16BE, windows-1256: {encodings:?}"
    );
    for r in &reports {
        for key in [
            "path",
            "encoding",
            "chars",
            "text_sha256",
            "annotations",
            "orphans",
            "error",
        ] {
            assert!(r.get(key).is_some(), "{key} in {r}");
        }
        assert!(r["error"].is_null());
        assert_eq!(r["chars"], reports[0]["chars"]);
    }
    let reference = marsad::article::Article::load(&dir.join("utf8.txt")).unwrap();
    let expected = {
        use sha2::Digest as _;
        use std::fmt::Write as _;
        sha2::Sha256::digest(reference.text.as_bytes())
            .iter()
            .fold(String::new(), |mut hex, b| {
                write!(hex, "{b:02x}").unwrap();
                hex
            })
    };
    assert_eq!(hashes.first().unwrap(), &expected);
}

#[test]
fn a_folder_without_articles_fails_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let output = check(&[dir.path()], true);
    assert!(!output.status.success());
    let reports = json_lines(&output);
    let error = reports[0]["error"].as_str().unwrap();
    assert!(
        error.contains(&dir.path().display().to_string()) && error.contains("no articles"),
        "{error}"
    );
}

#[test]
fn a_binary_file_fails_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", "خبر قصير عن الهدنة.\n");
    let bad = dir.path().join("scan.txt");
    std::fs::write(&bad, b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n").unwrap();
    let output = check(&[&good, &bad], true);
    assert!(!output.status.success());
    let reports = json_lines(&output);
    assert!(reports[0]["error"].is_null());
    assert_eq!(reports[1]["error_kind"], "binary");
    let error = reports[1]["error"].as_str().unwrap();
    assert!(
        error.contains("scan.txt") && error.contains("PDF"),
        "{error}"
    );
}

#[test]
fn a_sidecar_that_does_not_parse_fails_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", "قال المتحدث إن الهدنة صامدة.\n");
    let sidecar = marsad::store::sidecar_path(&article);
    std::fs::write(
        &sidecar,
        "(\n  format_version: 1,\n  article: (text_sha256: \"x\"),\n  annotations: [ (id: ],\n)\n",
    )
    .unwrap();
    let output = check(&[&article], false);
    assert!(!output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("a.txt.marsad.ron: line 4, column"),
        "{stdout}"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("1 failed"), "{stderr}");
    // Checking never writes: the broken file is as it was.
    assert!(
        std::fs::read_to_string(&sidecar)
            .unwrap()
            .contains("(id: ]")
    );
}

#[test]
fn human_output_reports_counts() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قال المتحدث باسم الجيش إن الهدنة صامدة في الرملة.\n";
    let article = write(dir.path(), "a.txt", text);
    let mut doc = marsad::model::Document::new(marsad::article::sha256_hex(text));
    crate::common::tag(
        &mut doc,
        text,
        marsad::model::AnnotationKind::Location,
        "الرملة",
        0,
    );
    marsad::store::save(&marsad::store::sidecar_path(&article), &doc, &article).unwrap();
    let output = check(&[&article], false);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("UTF-8, 50 chars, 1 paragraphs, 1 annotations (0 actors, 1 locations, 0 claims), 0 orphans"), "{stdout}");
}

#[test]
fn layout_prints_visual_lines_with_a_blank_row_between_paragraphs() {
    let file = fixtures().join("rtl/mixed.txt");
    let output = Marsad::new("layout")
        .args(["--width", "100000"])
        .arg(&file)
        .output();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    // Six paragraphs (the title and five more), one line each at this width, with a blank
    // row between each two.
    assert_eq!(rows.len(), 11, "{stdout}");
    assert_eq!(rows[0], "ماقرألاو ةيزيلجنإلاو ةيبرعلا :طلتخم ريرقت");
    assert_eq!(rows[1], "");
    assert!(rows[2].contains("2022-2020"), "{}", rows[2]);
    assert!(rows[2].contains("Human Rights Watch"), "{}", rows[2]);
    assert!(
        rows[10].starts_with("The ceasefire in ردسلا يداو was announced"),
        "{}",
        rows[10]
    );

    // At a narrow width paragraphs wrap into several rows.
    let narrow = Marsad::new("layout")
        .args(["--width", "300"])
        .arg(&file)
        .output();
    let rows = String::from_utf8(narrow.stdout).unwrap().lines().count();
    assert!(rows > 20, "{rows} rows");
}

#[test]
fn a_reader_that_stops_early_ends_the_check_without_an_error() {
    use std::io::{BufRead as _, BufReader};
    let dir = tempfile::tempdir().unwrap();
    // More lines than a pipe holds (64 KB), so that writing goes on after the reader left.
    for i in 0..1500 {
        write(
            dir.path(),
            &format!("{i:04}.txt"),
            "قال المتحدث إن القصف طال مدينة الرملة.\n",
        );
    }
    let mut child = Marsad::new("check").arg(dir.path()).spawn_piped();
    // As `| head -1` does: one line read, then the pipe closed.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("0000.txt"), "{first}");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        !stderr.contains("Broken pipe") && !stderr.contains("error"),
        "{stderr}"
    );
}
