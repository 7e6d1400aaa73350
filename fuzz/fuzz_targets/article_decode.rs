//! Article bytes in any encoding, or none: decoding either fails with a message or gives
//! normalized text whose counts and hash agree with it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marsad::article::{Article, sha256_hex};

fuzz_target!(|data: &[u8]| {
    for name in ["fuzz.txt", "fuzz.md"] {
        match Article::from_bytes(Path::new(name), data) {
            Ok(article) => {
                assert!(!article.text.contains('\r'), "line endings are normalized");
                // A Markdown body may begin with U+FEFF after its front matter: that is a
                // character of the text there, not a byte order mark.
                if name.ends_with(".txt") {
                    assert!(!article.text.starts_with('\u{feff}'), "the BOM is dropped");
                }
                assert_eq!(article.chars, article.text.chars().count());
                assert_eq!(article.text_sha256, sha256_hex(&article.text));
                assert!(!article.text.trim().is_empty());
                let _ = (article.title(), article.language(), article.paragraphs());
            }
            Err(e) => assert!(
                e.to_string().starts_with(name),
                "the message names the file"
            ),
        }
    }
});
