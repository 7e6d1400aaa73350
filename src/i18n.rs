//! The interface's words: Project Fluent messages (`assets/i18n/en.ftl`, `ar.ftl`), embedded
//! in the binary, formatted with Fluent's plural rules (Arabic has six forms: zero, one, two,
//! few, many, other). No egui here: the window asks [`Strings`] for its text.
//!
//! Isolation: Fluent's own FSI…PDI marks are off; text placeables ([`Arg::Text`]: names,
//! quotes, file names) are isolated here, since they may read the other way from the
//! sentence, and numbers ([`Arg::Number`]) are not, since they cannot. Numbers use Western
//! digits in both languages (`../shared/design/arabic-ui.md`).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English messages.
pub const EN_FTL: &str = include_str!("../assets/i18n/en.ftl");
/// The Arabic messages.
pub const AR_FTL: &str = include_str!("../assets/i18n/ar.ftl");

/// An interface language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Arabic.
    Ar,
    /// English with every message wrapped in [[…]], to find text that bypasses the messages.
    Pseudo,
}

impl Language {
    /// The languages an analyst can choose, in menu order.
    pub const CHOSEN: [Self; 2] = [Self::Ar, Self::En];

    /// Whether the interface reads right to left.
    pub fn rtl(self) -> bool {
        self == Self::Ar
    }

    /// The language's own name for itself, as the language menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ar => "العربية",
            Self::Pseudo => "[[Pseudo]]",
        }
    }

    /// The interface language for a BCP 47 locale such as `ar-EG` or `en_US.UTF-8`: Arabic
    /// for any Arabic locale, English otherwise.
    pub fn for_locale(locale: &str) -> Self {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("ar") {
            Self::Ar
        } else {
            Self::En
        }
    }

    /// The language of the machine's locale (`sys-locale`), for a first run.
    pub fn of_system() -> Self {
        sys_locale::get_locale().map_or(Self::En, |l| Self::for_locale(&l))
    }
}

/// A placeable's value.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Text that may read either way (a name, a quote, a file name): isolated.
    Text(&'a str),
    /// Text that never holds right-to-left letters (an encoding's name, a shortcut): as is.
    Code(&'a str),
    /// A count or size, which also chooses the plural form.
    Number(usize),
}

/// The messages of one language.
pub struct Strings {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Strings {
    /// The messages of `language`. The files are part of the program and tested, so a
    /// message that does not parse is left out (and shows as its id) rather than failing.
    pub fn new(language: Language) -> Self {
        let (tag, source) = match language {
            Language::En | Language::Pseudo => ("en", EN_FTL),
            Language::Ar => ("ar", AR_FTL),
        };
        let locale = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        // Errors here are overridden ids; the missing-message test catches the rest.
        let _ = bundle.add_resource(resource);
        Self { language, bundle }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Message `id` without placeables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Message `id` with its placeables. A missing id shows as itself, so it is seen.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, format!("\u{2068}{text}\u{2069}")),
                Arg::Code(text) => fluent_args.set(*name, (*text).to_owned()),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        if self.language == Language::Pseudo {
            format!("[[{text}]]")
        } else {
            text
        }
    }
}

/// The message ids a Fluent file defines, in order.
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_define_the_same_messages_and_parse_cleanly() {
        for source in [EN_FTL, AR_FTL] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
                panic!("{errors:?}");
            }
        }
        let (mut en, mut ar) = (message_ids(EN_FTL), message_ids(AR_FTL));
        en.sort();
        ar.sort();
        let missing_in_ar: Vec<_> = en.iter().filter(|id| !ar.contains(id)).collect();
        let missing_in_en: Vec<_> = ar.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing_in_ar.is_empty(), "not in ar.ftl: {missing_in_ar:?}");
        assert!(missing_in_en.is_empty(), "not in en.ftl: {missing_in_en:?}");
        assert!(!en.is_empty());
    }

    fn annotations(language: Language, total: usize) -> String {
        Strings::new(language).format(
            "status-annotations",
            &[
                ("total", Arg::Number(total)),
                ("actors", Arg::Number(total)),
                ("locations", Arg::Number(0)),
                ("claims", Arg::Number(0)),
            ],
        )
    }

    #[test]
    fn counts_take_the_plural_form_of_each_language() {
        assert_eq!(
            annotations(Language::En, 1),
            "1 annotation (1 actor, 0 locations, 0 claims)"
        );
        assert_eq!(
            annotations(Language::En, 2),
            "2 annotations (2 actors, 0 locations, 0 claims)"
        );
        // Arabic: zero, one, two, few (3–10), many (11–99), other (100+).
        let ar: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| annotations(Language::Ar, n))
            .collect();
        assert_eq!(
            ar,
            [
                "لا توسيمات (لا فاعلين، لا مواقع، لا ادعاءات)",
                "توسيم واحد (فاعل واحد، لا مواقع، لا ادعاءات)",
                "توسيمان (فاعلان، لا مواقع، لا ادعاءات)",
                "3 توسيمات (3 فاعلين، لا مواقع، لا ادعاءات)",
                "11 توسيمًا (11 فاعلًا، لا مواقع، لا ادعاءات)",
                "100 توسيم (100 فاعل، لا مواقع، لا ادعاءات)",
            ]
        );
    }

    #[test]
    fn an_arabic_locale_chooses_the_arabic_interface() {
        for locale in ["ar", "ar-EG", "ar_SA.UTF-8", "AR", "ar@latin"] {
            assert_eq!(Language::for_locale(locale), Language::Ar, "{locale}");
        }
        for locale in ["en-US", "fr_FR.UTF-8", "C", "POSIX", "", "arn-CL", "fa-IR"] {
            assert_eq!(Language::for_locale(locale), Language::En, "{locale}");
        }
    }

    #[test]
    fn names_are_isolated_and_numbers_are_not() {
        let ar = Strings::new(Language::Ar);
        let text = ar.format(
            "offer-untagged",
            &[("count", Arg::Number(3)), ("name", Arg::Text("OCHA"))],
        );
        assert_eq!(
            text,
            "3 إشارات أخرى غير موسومة إلى «\u{2068}OCHA\u{2069}» في هذه المقالة."
        );
        // A missing message shows as its id, without the marks, so the pseudo-locale finds it.
        assert_eq!(
            Strings::new(Language::Pseudo).get("nothing-here"),
            "nothing-here"
        );
        assert_eq!(
            Strings::new(Language::Pseudo).format("status-orphaned", &[("count", Arg::Number(2))]),
            "[[2 orphaned]]"
        );
    }
}
