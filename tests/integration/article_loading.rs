//! Article loading: every encoding gives the same normalized text; bad input gets its own error.

use std::path::Path;

use marsad::article::{Article, LineEndings, LoadError, MAX_ARTICLE_BYTES};

use crate::common::{fixtures, write};

const ENCODINGS: &[(&str, &str, bool)] = &[
    ("utf8.txt", "UTF-8", false),
    ("utf8-bom.txt", "UTF-8", true),
    ("utf16le-bom.txt", "UTF-16LE", true),
    ("utf16be-bom.txt", "UTF-16BE", true),
    ("windows-1256.txt", "windows-1256", false),
    ("utf8-crlf.txt", "UTF-8", false),
    ("windows-1256-crlf.txt", "windows-1256", false),
];

#[test]
fn every_encoding_loads_to_the_same_text() {
    let dir = fixtures().join("encodings");
    let reference = Article::load(&dir.join("utf8.txt")).unwrap();
    assert!(reference.text.contains("كَتَبَ المراسلُ"));
    assert!(reference.text.contains("«أي علاقة»"));
    for (name, encoding, bom) in ENCODINGS {
        let article = Article::load(&dir.join(name)).unwrap();
        assert_eq!(article.text, reference.text, "{name}");
        assert_eq!(article.text_sha256, reference.text_sha256, "{name}");
        assert_eq!(article.encoding.name, *encoding, "{name}");
        assert_eq!(article.encoding.bom, *bom, "{name}");
        assert_eq!(article.encoding.replacements, 0, "{name}");
        assert!(!article.text.contains('\r'), "{name}");
        let crlf = name.contains("crlf");
        assert_eq!(article.line_endings == LineEndings::Crlf, crlf, "{name}");
    }
}

#[test]
fn title_paragraphs_and_language_come_from_the_text() {
    let article = Article::load(&fixtures().join("encodings/utf8.txt")).unwrap();
    assert_eq!(article.title(), "تقرير ميداني: قصف على أطراف بلدة الزهراء");
    assert_eq!(article.paragraphs(), 5);
    assert_eq!(article.language().as_deref(), Some("ar"));
}

#[test]
fn markdown_front_matter_gives_metadata_and_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.md",
        "---\ntitle: عنوان من البيانات\noutlet: وكالة المثال\nurl: https://example.org/a\n---\n# عنوان السطر الأول\n\nنص الخبر.\n",
    );
    let article = Article::load(&path).unwrap();
    assert_eq!(article.title(), "عنوان من البيانات");
    assert_eq!(article.front_matter.outlet.as_deref(), Some("وكالة المثال"));
    assert!(article.text.starts_with("# عنوان السطر الأول"));
}

fn message(result: Result<Article, LoadError>) -> (String, &'static str) {
    let err = result.expect_err("must be refused");
    (err.to_string(), err.kind())
}

fn assert_names(path: &Path, message: &str, words: &str) {
    assert!(
        message.contains(&path.display().to_string()),
        "names the file: {message}"
    );
    assert!(message.contains(words), "says '{words}': {message}");
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (msg, kind) = message(Article::load(dir.path()));
    assert_eq!(kind, "directory");
    assert_names(dir.path(), &msg, "is a folder");
}

#[test]
fn binary_files_are_refused_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("photo.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let (msg, kind) = message(Article::load(&png));
    assert_eq!(kind, "binary");
    assert_names(&png, &msg, "PNG image");

    let blob = dir.path().join("blob.txt");
    std::fs::write(&blob, (0..=255u8).cycle().take(4096).collect::<Vec<_>>()).unwrap();
    let (msg, kind) = message(Article::load(&blob));
    assert_eq!(kind, "binary");
    assert_names(&blob, &msg, "binary");
}

#[test]
fn empty_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("bom-only.txt", b"\xEF\xBB\xBF"),
        ("blank.txt", b" \n\r\n\t\n"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let (msg, kind) = message(Article::load(&path));
        assert_eq!(kind, "empty", "{name}");
        assert_names(&path, &msg, "is empty");
    }
}

#[test]
fn files_over_the_limit_are_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_ARTICLE_BYTES + 1).unwrap();
    let (msg, kind) = message(Article::load(&path));
    assert_eq!(kind, "too-large");
    assert_names(&path, &msg, "64 MiB limit");
}

#[test]
fn missing_files_are_named() {
    let path = Path::new("/nonexistent/article.txt");
    let (msg, kind) = message(Article::load(path));
    assert_eq!(kind, "not-found");
    assert_names(path, &msg, "no such file");
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_files_are_named() {
    // Reading /proc/self/mem from offset 0 fails with an I/O error even for root.
    let path = Path::new("/proc/self/mem");
    let (msg, kind) = message(Article::load(path));
    assert_eq!(kind, "unreadable");
    assert_names(path, &msg, "cannot be read");
}

#[cfg(unix)]
#[test]
fn devices_are_not_articles() {
    let path = Path::new("/dev/null");
    let (msg, kind) = message(Article::load(path));
    assert_eq!(kind, "not-a-file");
    assert_names(path, &msg, "not a regular file");
}

/// Found by the `article_decode` fuzz target: a UTF-16 file that starts with two byte order
/// marks kept the second one as its first character.
#[test]
fn a_doubled_byte_order_mark_is_dropped() {
    let mut bytes = vec![0xff, 0xfe, 0xff, 0xfe];
    bytes.extend("قال".encode_utf16().flat_map(u16::to_le_bytes));
    let article = Article::from_bytes(Path::new("a.txt"), &bytes).unwrap();
    assert_eq!(article.text, "قال");
    let doubled = [b"\xef\xbb\xbf\xef\xbb\xbf".as_slice(), "قال".as_bytes()].concat();
    let article = Article::from_bytes(Path::new("a.txt"), &doubled).unwrap();
    assert_eq!(article.text, "قال");
    // The fuzzer's own input: two marks, then an odd byte.
    let article = Article::from_bytes(Path::new("a.txt"), b"\xff\xfe\xff\xfe\xfe").unwrap();
    assert!(!article.text.starts_with('\u{feff}'));
}

/// Found by the `article_decode` fuzz target, which expected no text to start with U+FEFF: a
/// Markdown body that starts with one after its front matter keeps it, as a character of the
/// text (only the file's leading marks are byte order marks).
#[test]
fn a_zero_width_no_break_space_after_front_matter_is_text() {
    let article = Article::from_bytes(Path::new("a.md"), b"---\n---\n\xef\xbb\xbf2").unwrap();
    assert_eq!(article.text, "\u{feff}2");
    assert_eq!(article.chars, 2);
}
