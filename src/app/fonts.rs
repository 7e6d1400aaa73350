//! Fonts embedded from `fonts/`: never looked up on the system, so every machine renders alike.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// A bundled face the reader can choose for the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    /// The family name used in `FontFamily::Name`.
    pub family: &'static str,
    /// What the menu shows.
    pub label: &'static str,
}

/// The article faces, the default first.
pub const FACES: &[Face] = &[
    Face {
        family: "Amiri",
        label: "Amiri (Naskh)",
    },
    Face {
        family: "Noto Sans Arabic",
        label: "Noto Sans Arabic (Sans)",
    },
];

/// The default article family.
pub const ARTICLE_FAMILY: &str = "Amiri";

const AMIRI: &[u8] = include_bytes!("../../fonts/Amiri-Regular.ttf");
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../fonts/NotoSansArabic-Regular.ttf");
const NOTO_SANS: &[u8] = include_bytes!("../../fonts/NotoSans-Regular.ttf");

/// Font definitions: each article family is its face, then the faces that fill its gaps, then
/// egui's defaults (emoji); Noto Sans, Noto Sans Arabic and Amiri also back egui's own families
/// so that Arabic and the symbols of the interface render.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("Amiri", AMIRI),
        ("Noto Sans Arabic", NOTO_SANS_ARABIC),
        ("Noto Sans", NOTO_SANS),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |faces: &[&str]| {
        let mut list: Vec<String> = faces.iter().map(|s| (*s).to_owned()).collect();
        list.extend(defaults.iter().cloned());
        list
    };
    fonts
        .families
        .insert(FontFamily::Name("Amiri".into()), chain(&["Amiri"]));
    fonts.families.insert(
        FontFamily::Name("Noto Sans Arabic".into()),
        chain(&["Noto Sans Arabic", "Noto Sans", "Amiri"]),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts.families.entry(family).or_default().extend(
            ["Noto Sans", "Noto Sans Arabic", "Amiri"]
                .into_iter()
                .map(str::to_owned),
        );
    }
    fonts
}

/// Installs the bundled fonts in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// One bundled face opened with harfrust, to find caret positions inside shaped Arabic words
/// (egui's glyphs carry no cluster information).
pub struct FaceShaper {
    font: harfrust::FontRef<'static>,
    data: harfrust::ShaperData,
    /// The plan for right-to-left Arabic, made once: making one is most of the cost of
    /// shaping a word.
    arabic: std::sync::OnceLock<harfrust::ShapePlan>,
}

/// The shaper of an article family's first face, if it is one of the bundled faces.
pub fn face_shaper(family: &FontFamily) -> Option<&'static FaceShaper> {
    static SHAPERS: std::sync::OnceLock<Vec<(&'static str, FaceShaper)>> =
        std::sync::OnceLock::new();
    let name = match family {
        FontFamily::Name(name) => name.as_ref(),
        // egui's own families take their Arabic letters from Noto Sans Arabic (definitions()
        // puts it first among the faces that have them), and the engine asks for carets only
        // inside runs of Arabic letters.
        FontFamily::Proportional | FontFamily::Monospace => "Noto Sans Arabic",
    };
    let shapers = SHAPERS.get_or_init(|| {
        [("Amiri", AMIRI), ("Noto Sans Arabic", NOTO_SANS_ARABIC)]
            .into_iter()
            .filter_map(|(name, bytes)| {
                let font = harfrust::FontRef::new(bytes).ok()?;
                let data = harfrust::ShaperData::new(&font);
                Some((
                    name,
                    FaceShaper {
                        font,
                        data,
                        arabic: std::sync::OnceLock::new(),
                    },
                ))
            })
            .collect()
    });
    shapers.iter().find(|(n, _)| *n == name).map(|(_, s)| s)
}

impl FaceShaper {
    /// Caret advances (byte offset, distance from the starting edge) at every character
    /// boundary of `text` shaped as one run, scaled so the whole run is `width` wide. A
    /// boundary inside a ligature (lam-alef) gets its share of the ligature's advance. `None`
    /// when the face lacks a character (egui then drew it from a fallback face).
    pub fn carets(&self, text: &str, width: f32) -> Option<Vec<(usize, f32)>> {
        let shaper = self.data.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let arabic = buffer.script() == harfrust::script::ARABIC
            && buffer.direction() == harfrust::Direction::RightToLeft;
        let plan = arabic.then(|| {
            self.arabic.get_or_init(|| {
                harfrust::ShapePlan::new(
                    &shaper,
                    harfrust::Direction::RightToLeft,
                    Some(harfrust::script::ARABIC),
                    None,
                    &[],
                )
            })
        });
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new().plan(plan));
        let infos = glyphs.glyph_infos();
        let positions = glyphs.glyph_positions();
        if infos.iter().any(|i| i.glyph_id == 0) {
            return None;
        }
        let total: i32 = positions.iter().map(|p| p.x_advance).sum();
        if total <= 0 {
            return None;
        }
        let scale = width / total as f32;
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        // Each glyph's cluster as a byte range, found once (a binary search per glyph).
        let clusters: Vec<(usize, usize)> = infos
            .iter()
            .map(|info| {
                let start = info.cluster as usize;
                let next = starts.partition_point(|&s| s <= start);
                (start, starts.get(next).copied().unwrap_or(text.len()))
            })
            .collect();
        let boundaries = text
            .char_indices()
            .map(|(b, _)| b)
            .skip(1)
            .chain(std::iter::once(text.len()));
        let mut out = vec![(0, 0.0)];
        for b in boundaries {
            let advance: f32 = clusters
                .iter()
                .zip(positions)
                .map(|(&(start, end), pos)| {
                    let share = if end <= b {
                        1.0
                    } else if start >= b {
                        0.0
                    } else {
                        (b - start) as f32 / (end - start) as f32
                    };
                    pos.x_advance as f32 * share
                })
                .sum();
            out.push((b, advance * scale));
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    /// Every symbol the interface writes, in its source and its messages (outside ASCII and
    /// Arabic, which the bundled faces cover), has a glyph in egui's proportional family: a
    /// missing one is tofu on screen and a panic in tests.
    #[test]
    fn every_symbol_of_the_interface_has_a_glyph() {
        let ctx = crate::app::shaper::headless_context();
        let font = egui::FontId::proportional(14.0);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
        let messages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
        let mut files = vec![dir.clone(), messages];
        let mut missing = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let comment = |l: &str| l.trim_start().starts_with("//") || l.starts_with('#');
            for line in source.lines().filter(|l| !comment(l)) {
                for c in line.chars().filter(|c| !c.is_ascii()) {
                    let arabic = ('\u{0600}'..='\u{06FF}').contains(&c);
                    let isolate = ('\u{2066}'..='\u{2069}').contains(&c);
                    if !arabic && !isolate && !ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                        missing.push((c, path.display().to_string()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }
}
