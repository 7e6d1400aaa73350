//! String literals in the sidecar, written for people reading a diff.
//!
//! ron's own escaping writes every combining mark as `\u{..}`, so vowelled Arabic (كَتَبَ)
//! becomes unreadable, and it costs two thirds of the time of a save. So the sidecar is
//! serialized with escaping off, and this pass rewrites each string literal: letters and marks
//! stay as they are; quotes, backslashes, line breaks and other control characters are
//! escaped, and so are the invisible characters that can hide or reorder text (bidi controls,
//! zero-width space, word joiner, BOM), so that a reviewer sees them.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Rewrites every string literal of RON written with `escape_strings(false)`: plain strings
/// (which then never hold `"` or `\`) and raw strings (`r#"…"#`) alike become plain quoted
/// strings with the escapes described in the module documentation.
pub fn escape_string_literals(ron: &str) -> String {
    let mut out = String::with_capacity(ron.len() + ron.len() / 32);
    let mut rest = ron;
    while let Some(quote) = rest.find('"') {
        let before = &rest[..quote];
        let hashes = before.len() - before.trim_end_matches('#').len();
        let raw = hashes > 0 && before[..before.len() - hashes].ends_with('r');
        let (kept, terminator) = if raw {
            let terminator = format!("\"{}", "#".repeat(hashes));
            (&before[..before.len() - hashes - 1], Cow::Owned(terminator))
        } else {
            (before, Cow::Borrowed("\""))
        };
        out.push_str(kept);
        let body = &rest[quote + 1..];
        let len = body.find(terminator.as_ref()).unwrap_or(body.len());
        out.push('"');
        escape_into(&mut out, &body[..len]);
        out.push('"');
        rest = body.get(len + terminator.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

fn escape_into(out: &mut String, content: &str) {
    if !may_need_escape(content) {
        out.push_str(content);
        return;
    }
    let mut run_start = 0;
    for (i, c) in content.char_indices() {
        if !needs_escape(c) {
            continue;
        }
        out.push_str(&content[run_start..i]);
        run_start = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    out.push_str(&content[run_start..]);
}

/// A quick byte-level test that is true for every string holding a character that
/// [`needs_escape`], and false for nearly all others: the lead bytes of the escaped characters
/// are ASCII controls, `"`, `\`, DEL, 0xC2 (C1 controls), 0xD8 0x9C (U+061C), 0xE2 (U+2xxx) and
/// 0xEF (U+FExx, U+FFxx).
fn may_need_escape(content: &str) -> bool {
    let bytes = content.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x00..=0x1F | b'"' | b'\\' | 0x7F | 0xC2 | 0xE2 | 0xEF => true,
        0xD8 => bytes.get(i + 1) == Some(&0x9C),
        _ => false,
    })
}

/// Characters written as escapes. Zero-width joiner and non-joiner stay: Persian spelling and
/// emoji sequences need them.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '"' | '\\'
                | '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Back {
        a: String,
        b: String,
        c: Option<u8>,
    }

    #[test]
    fn plain_and_raw_strings_become_readable_escaped_strings() {
        let ron = "(a: \"كَتَبَ\nسطر\u{200F}\", b: r##\"قال \"نعم\" \\ #\"# ok\"##, c: Some(1))";
        let out = escape_string_literals(ron);
        assert_eq!(
            out,
            "(a: \"كَتَبَ\\nسطر\\u{200f}\", b: \"قال \\\"نعم\\\" \\\\ #\\\"# ok\", c: Some(1))"
        );
        let back: Back = ron::from_str(&out).unwrap();
        assert_eq!(back.a, "كَتَبَ\nسطر\u{200F}");
        assert_eq!(back.b, "قال \"نعم\" \\ #\"# ok");
        assert_eq!(back.c, Some(1));
    }
}
