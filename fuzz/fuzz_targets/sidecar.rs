//! Sidecar text as a hostile file: it parses and validates, or is refused with a message; what
//! is accepted re-anchors in an Arabic text with emoji and harakat, and what re-anchoring
//! places quotes the text exactly; the result saves through the checked serializer (the same
//! text as the plain one) and parses back to the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad::matching::LazyFolded;
use marsad::model::IndexedText;
use marsad::store::{reanchor, sidecar};

const TEXT: &str = "قال المتحدثُ 🇸🇾 إنّ القصفَ طال الرملة.\nوأكد العقيد سامر الحلبي «لم نستهدف المدنيين».\n\
e\u{301} x\u{200f} 👩‍👩‍👧 done";

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = sidecar::parse(source) else {
        return;
    };
    let mut document = parsed.document;
    if document.validate().is_err() {
        return;
    }
    let text = IndexedText::new(TEXT);
    let hash = marsad::article::sha256_hex(TEXT);
    let changed = document.meta.text_sha256 != hash;
    let _ = reanchor(&mut document, &text, &LazyFolded::default(), &hash, changed);
    for a in document.annotations() {
        for span in a.spans() {
            assert!(
                span.matches(&text),
                "a placed span quotes the text: {span:?}"
            );
            assert!(text.is_grapheme_boundary(span.start) && text.is_grapheme_boundary(span.end));
        }
    }
    document
        .validate()
        .expect("re-anchoring keeps the document valid");
    let saved = sidecar::to_checked_string(&document, "fuzz.txt").expect("what is valid saves");
    assert_eq!(
        saved,
        sidecar::to_string(&document, "fuzz.txt").expect("serializes")
    );
    let again = sidecar::parse(&saved).expect("what Marsad writes, Marsad reads");
    again.document.validate().expect("and it validates");
    assert_eq!(again.document.annotations(), document.annotations());
    assert_eq!(again.document.orphans(), document.orphans());
    assert_eq!(again.document.entities(), document.entities());
});
