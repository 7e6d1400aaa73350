//! Metadata found in the article file itself, and a script-based language guess.

/// Metadata from Markdown front matter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title:`
    pub title: Option<String>,
    /// `outlet:` (also `source:` or `publisher:`)
    pub outlet: Option<String>,
    /// `url:` (also `link:`)
    pub url: Option<String>,
    /// `date:` (also `published:`), as written.
    pub published: Option<String>,
    /// `language:` (also `lang:`)
    pub language: Option<String>,
}

/// Splits `---` front matter off the start of a Markdown text. Text without a well-formed
/// block (closing `---` or `...`, only `key: value` lines) is returned whole.
pub fn split_front_matter(text: String) -> (FrontMatter, String) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (FrontMatter::default(), text);
    };
    let mut meta = FrontMatter::default();
    let mut consumed = 4;
    for line in rest.split_inclusive('\n') {
        consumed += line.len();
        let content = line.trim_end_matches('\n').trim();
        if content == "---" || content == "..." {
            let body = text[consumed..].trim_start_matches('\n').to_owned();
            return (meta, body);
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return (FrontMatter::default(), text);
        };
        let value = value.trim().trim_matches('"').trim_matches('\'').trim();
        let value = (!value.is_empty()).then(|| value.to_owned());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = value,
            "outlet" | "source" | "publisher" => meta.outlet = value,
            "url" | "link" => meta.url = value,
            "date" | "published" => meta.published = value,
            "language" | "lang" => meta.language = value,
            _ => {}
        }
    }
    (FrontMatter::default(), text)
}

/// Guesses a BCP 47 language tag from the letters: `ar`, `fa` or `ur` for Arabic script
/// (by the letters only Persian or Urdu use), `en` for Latin script; `None` when unclear.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let (mut arabic, mut latin, mut persian, mut urdu) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().take(200_000) {
        match c {
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' => {
                urdu += 1;
                arabic += 1;
            }
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => {
                persian += 1;
                arabic += 1;
            }
            '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{0750}'..='\u{077F}' => {
                arabic += 1;
            }
            c if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let letters = arabic + latin;
    if letters < 20 {
        return None;
    }
    if arabic * 2 > letters {
        let share = |n: usize| n * 50 > arabic;
        if share(urdu) {
            Some("ur")
        } else if share(persian) {
            Some("fa")
        } else {
            Some("ar")
        }
    } else if latin * 2 > letters {
        Some("en")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_removed() {
        let text = "---\ntitle: هدنة\noutlet: \"Example News\"\ndate: 2024-03-01\n---\n\nالنص\n";
        let (meta, body) = split_front_matter(text.to_owned());
        assert_eq!(meta.title.as_deref(), Some("هدنة"));
        assert_eq!(meta.outlet.as_deref(), Some("Example News"));
        assert_eq!(meta.published.as_deref(), Some("2024-03-01"));
        assert_eq!(body, "النص\n");
    }

    #[test]
    fn a_rule_that_is_not_front_matter_stays_text() {
        let text = "---\nجملة عادية بلا مفتاح\n---\n";
        let (meta, body) = split_front_matter(text.to_owned());
        assert_eq!(meta, FrontMatter::default());
        assert_eq!(body, text);
    }

    #[test]
    fn language_is_guessed_from_script() {
        assert_eq!(
            detect_language("أعلنت وزارة الدفاع اليوم عن وقف إطلاق النار في المنطقة"),
            Some("ar")
        );
        assert_eq!(
            detect_language("The ministry announced a ceasefire in the region today"),
            Some("en")
        );
        assert_eq!(
            detect_language("وزارت دفاع گفت که آتش‌بس در منطقه برقرار شده است و پیشنهاد"),
            Some("fa")
        );
        assert_eq!(detect_language("12 34"), None);
    }
}
