//! Many names found at once in one text, with the same rules as [`super::find_in`]: every
//! name and alias of a corpus registry (fifty thousand, say) in an article, in one pass of an
//! Aho–Corasick automaton over the folded text instead of one search per name.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{Folded, Match, accept, fold, forms, insert_match};

/// A set of names, made once and searched in many texts.
pub struct Dictionary {
    /// `None` when there is no name to search for.
    automaton: Option<AhoCorasick>,
    /// For each pattern of the automaton: the names it is a form of, and whether it is the
    /// name without its article.
    owners: Vec<Vec<(usize, bool)>>,
    names: usize,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field("names", &self.names)
            .field("patterns", &self.owners.len())
            .finish_non_exhaustive()
    }
}

impl Dictionary {
    /// A dictionary of `names`; a match reports the index of its name in this order.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, bool)>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut count = 0;
        for (i, name) in names.into_iter().enumerate() {
            count = i + 1;
            let needle = fold(name.trim()).chars;
            for (form, stripped) in forms(&needle) {
                let key: String = form.iter().collect();
                let at = *index.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                owners[at].push((i, stripped));
            }
        }
        let automaton = (!patterns.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
            })
            .and_then(|built| {
                built
                    .map_err(|e| log::error!("the names could not be compiled for search: {e}"))
                    .ok()
            });
        Self {
            automaton,
            owners,
            names: count,
        }
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.names
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.names == 0
    }

    /// Every mention of every name in a folded text, as [`super::find_in`] finds them for
    /// each name alone: `(name index, match)`, sorted by where the name starts, then by name.
    pub fn find(&self, haystack: &Folded) -> Vec<(usize, Match)> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let text: String = haystack.chars.iter().collect();
        // The folded character each byte of `text` starts (only char boundaries are asked).
        let mut char_at = vec![0_u32; text.len() + 1];
        for (i, (byte, _)) in text.char_indices().enumerate() {
            char_at[byte] = i as u32;
        }
        char_at[text.len()] = haystack.chars.len() as u32;
        let mut per_name: HashMap<usize, Vec<Match>> = HashMap::new();
        for hit in automaton.find_overlapping_iter(&text) {
            let (at, end) = (char_at[hit.start()] as usize, char_at[hit.end()] as usize);
            for &(name, stripped) in &self.owners[hit.pattern().as_usize()] {
                if let Some(m) = accept(haystack, at, end, stripped) {
                    insert_match(per_name.entry(name).or_default(), m);
                }
            }
        }
        let mut out: Vec<(usize, Match)> = per_name
            .into_iter()
            .flat_map(|(name, matches)| matches.into_iter().map(move |m| (name, m)))
            .collect();
        out.sort_by_key(|(name, m)| (m.name.start, m.name.end, *name));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::{find_in, fold};

    /// The dictionary finds, for each name, exactly what searching for that name alone finds.
    #[test]
    fn it_finds_what_each_name_alone_finds() {
        let names = [
            "بوتين",
            "فلاديمير بوتين",
            "الرئيس الروسي",
            "الرملة",
            "رملة",
            "سبوتنيك",
            "الجيش",
            "OCHA",
            "بو",
        ];
        let texts = [
            "قال بُوتِين إن وبوتين ولبوتين والرئيس الروسي، ثم غادر فلاديمير بوتين.",
            "وصل إلى الرملة وللرملة تاريخ، ورملة أخرى. وكالة سبوتنيك وسبوتين",
            "قال الجيش وللجيش والجيشان إن ocha وOCHA بوابة",
            "",
        ];
        let dictionary = Dictionary::new(names);
        assert_eq!(dictionary.len(), names.len());
        for text in texts {
            let folded = fold(text);
            let found = dictionary.find(&folded);
            for (i, name) in names.iter().enumerate() {
                let mine: Vec<Match> = found
                    .iter()
                    .filter(|(n, _)| *n == i)
                    .map(|(_, m)| m.clone())
                    .collect();
                assert_eq!(mine, find_in(&folded, name), "{name} in {text}");
            }
        }
        assert!(Dictionary::new([]).find(&fold("بوتين")).is_empty());
    }
}
