//! Encoding detection and line-ending normalization.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};

use super::Encoding;

/// The line endings a file used before they were normalized to `\n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEndings {
    /// No line break at all.
    None,
    /// Unix `\n`.
    Lf,
    /// Windows `\r\n`.
    Crlf,
    /// Classic Mac `\r`.
    Cr,
    /// More than one kind.
    Mixed,
}

impl LineEndings {
    /// A short name to show.
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Lf => "LF",
            Self::Crlf => "CRLF",
            Self::Cr => "CR",
            Self::Mixed => "mixed",
        }
    }
}

/// Decoded, normalized text and how it was decoded.
#[derive(Debug)]
pub struct Decoded {
    /// The text with `\n` line endings and no BOM.
    pub text: String,
    /// The encoding.
    pub encoding: Encoding,
    /// The line endings found.
    pub line_endings: LineEndings,
}

/// Signatures of common non-text files, to name what the user opened by mistake.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF", "it looks like a PDF document"),
    (b"\x89PNG", "it looks like a PNG image"),
    (b"\xFF\xD8\xFF", "it looks like a JPEG image"),
    (b"GIF8", "it looks like a GIF image"),
    (
        b"PK\x03\x04",
        "it looks like a ZIP archive (Word .docx and OpenDocument files are ZIP archives: save the article as plain text)",
    ),
    (b"\x1F\x8B", "it looks like a gzip archive"),
    (b"\x7FELF", "it looks like a program"),
    (
        b"\xD0\xCF\x11\xE0",
        "it looks like an old Microsoft Office document: save the article as plain text",
    ),
    (
        b"{\\rtf",
        "it is an RTF document: save the article as plain text",
    ),
];

/// Share of control (or undecodable) characters above which decoded bytes are taken for
/// binary data...
const MAX_CONTROL_SHARE: f64 = 0.02;
/// ...once there are more of them than this, so that one stray byte in a short file is shown
/// rather than refused.
const MIN_BAD_CHARS: usize = 4;

/// Decodes bytes to normalized text. The error says what the bytes look like instead.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (text, encoding) = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, replacements) = decode_with(enc, &bytes[bom_len..]);
        let encoding = Encoding {
            name: enc.name(),
            bom: true,
            guessed: false,
            replacements,
        };
        (text, encoding)
    } else {
        if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
            return Err((*what).to_owned());
        }
        if bytes.contains(&0) {
            return Err(
                "it contains NUL bytes, so it is binary data (or UTF-16 without a byte order mark)"
                    .to_owned(),
            );
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (
                text.to_owned(),
                Encoding {
                    name: encoding_rs::UTF_8.name(),
                    bom: false,
                    guessed: false,
                    replacements: 0,
                },
            ),
            Err(_) if mostly_utf8(bytes) => {
                // A few broken sequences in otherwise UTF-8 text (a cut-off last character,
                // one stray byte): keep it UTF-8 and say how much was replaced, rather than
                // reading the whole article in a legacy encoding as mojibake.
                let (text, replacements) = decode_with(encoding_rs::UTF_8, bytes);
                let encoding = Encoding {
                    name: encoding_rs::UTF_8.name(),
                    bom: false,
                    guessed: false,
                    replacements,
                };
                (text, encoding)
            }
            Err(_) => {
                let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let enc = detector.guess(None, Utf8Detection::Deny);
                let (text, replacements) = decode_with(enc, bytes);
                let encoding = Encoding {
                    name: enc.name(),
                    bom: false,
                    guessed: true,
                    replacements,
                };
                (text, encoding)
            }
        }
    };
    check_is_text(&text, encoding.replacements)?;
    // A file saved twice by tools that add a byte order mark starts with two: the second is
    // no more text than the first.
    let text = match text.trim_start_matches('\u{feff}') {
        rest if rest.len() == text.len() => text,
        rest => rest.to_owned(),
    };
    let (text, line_endings) = normalize_line_endings(text);
    Ok(Decoded {
        text,
        encoding,
        line_endings,
    })
}

/// Whether bytes that are not valid UTF-8 are still UTF-8 with a few broken sequences: at least
/// twenty well-formed multi-byte characters for each invalid one. Legacy Arabic text
/// (Windows-1256, ISO-8859-6) read as UTF-8 is almost all invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid_multibyte >= invalid.saturating_mul(20)
}

fn decode_with(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> (String, usize) {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let replacements = text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count();
    (text.into_owned(), replacements)
}

/// Refuses decoded text that is mostly control characters or replacement characters.
fn check_is_text(text: &str, replacements: usize) -> Result<(), String> {
    let total = text.chars().count().max(1);
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0C'))
        .count();
    if text.contains('\0') {
        return Err("it contains NUL characters, so it is binary data".to_owned());
    }
    if controls > MIN_BAD_CHARS && controls as f64 / total as f64 > MAX_CONTROL_SHARE {
        return Err(format!(
            "{controls} of its {total} characters are control characters, so it is binary data"
        ));
    }
    if replacements > MIN_BAD_CHARS && replacements as f64 / total as f64 > MAX_CONTROL_SHARE {
        return Err(format!(
            "{replacements} of its {total} characters could not be decoded in any text encoding"
        ));
    }
    Ok(())
}

/// Turns `\r\n` and lone `\r` into `\n` and reports what was found.
fn normalize_line_endings(text: String) -> (String, LineEndings) {
    let (mut lf, mut crlf, mut cr) = (0usize, 0usize, 0usize);
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' if i > 0 && bytes[i - 1] == b'\r' => crlf += 1,
            b'\n' => lf += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => cr += 1,
            _ => {}
        }
    }
    let kinds = [lf, crlf, cr].iter().filter(|&&n| n > 0).count();
    let endings = match (kinds, lf, crlf) {
        (0, _, _) => LineEndings::None,
        (1, l, _) if l > 0 => LineEndings::Lf,
        (1, _, c) if c > 0 => LineEndings::Crlf,
        (1, _, _) => LineEndings::Cr,
        _ => LineEndings::Mixed,
    };
    if crlf == 0 && cr == 0 {
        return (text, endings);
    }
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    (normalized, endings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_are_normalized_and_reported() {
        assert_eq!(
            normalize_line_endings("a\r\nb\r\n".into()),
            ("a\nb\n".into(), LineEndings::Crlf)
        );
        assert_eq!(
            normalize_line_endings("a\rb".into()),
            ("a\nb".into(), LineEndings::Cr)
        );
        assert_eq!(
            normalize_line_endings("a\nb\r\nc".into()),
            ("a\nb\nc".into(), LineEndings::Mixed)
        );
        assert_eq!(
            normalize_line_endings("ab".into()),
            ("ab".into(), LineEndings::None)
        );
    }

    #[test]
    fn utf8_with_a_cut_off_last_character_stays_utf8() {
        let mut bytes = "وقال المتحدث إن الهدنة صامدة في المدينة"
            .as_bytes()
            .to_vec();
        bytes.pop();
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding.name, "UTF-8");
        assert_eq!(decoded.encoding.replacements, 1);
        assert!(decoded.text.starts_with("وقال المتحدث"));
    }

    #[test]
    fn signatures_name_the_format() {
        let err = decode(b"%PDF-1.7\n...").unwrap_err();
        assert!(err.contains("PDF"), "{err}");
    }
}
