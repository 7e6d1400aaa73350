//! Exports: an article's annotations in the formats other tools read. One module per format,
//! all from the model, with no UI. Offsets are code points into the normalized text, as
//! everywhere in Marsad; formats that carry the text (brat's `.txt`, the HTML report) carry
//! that same text, so their offsets match it exactly.

pub mod batch;
mod brat;
pub mod citation;
mod conll;
pub mod csv;
mod html;
pub mod problem;
pub mod tokens;
mod w3c;

use std::fmt;
use std::str::FromStr;

use crate::model::{Annotation, ArticleMeta, Document};
use crate::store::Opened;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Two CSV tables: annotations, and claims.
    Csv,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// brat standoff: `.txt` and `.ann`.
    Brat,
    /// CoNLL-2003-style IOB, one token per line.
    Conll,
    /// A standalone HTML report.
    Html,
}

impl Format {
    /// Every format, in the order menus list them.
    pub const ALL: [Self; 5] = [Self::Csv, Self::W3c, Self::Brat, Self::Conll, Self::Html];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::W3c => "w3c",
            Self::Brat => "brat",
            Self::Conll => "conll",
            Self::Html => "html",
        }
    }

    /// What it is, for menus.
    pub fn description(self) -> &'static str {
        match self {
            Self::Csv => "CSV tables (annotations and claims)",
            Self::W3c => "W3C Web Annotation (JSON-LD)",
            Self::Brat => "brat standoff (.txt and .ann)",
            Self::Conll => "CoNLL IOB tokens",
            Self::Html => "HTML report",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = Self::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format {s:?}: use one of {}", names.join(", "))
            })
    }
}

/// One file an export produces, named relative to the output folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    /// The file name, e.g. `report.ann`.
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// What rendering one article gives: its files, and what it had to leave out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The files, named relative to the output folder.
    pub files: Vec<OutputFile>,
    /// What was left out and why (a URL that does not parse, say), for the summary.
    pub warnings: Vec<problem::Warning>,
}

impl From<Vec<OutputFile>> for Rendered {
    fn from(files: Vec<OutputFile>) -> Self {
        Self {
            files,
            warnings: Vec::new(),
        }
    }
}

/// Why an export failed (a bug, never bad input: the model is valid by construction).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing CSV failed.
    #[error("CSV could not be written: {0}")]
    Csv(String),
    /// Writing JSON failed.
    #[error("JSON could not be written: {0}")]
    Json(#[from] serde_json::Error),
}

/// What an export reads: the article, its annotations and its file's stem.
pub struct Source<'a> {
    /// The normalized article text.
    pub text: &'a str,
    /// The annotations (placed ones are exported; orphans have no place in the text).
    pub document: &'a Document,
    /// The article's file name without its extension, e.g. `report`.
    pub stem: String,
    /// The article's file name, e.g. `report.txt`.
    pub file_name: String,
    /// The article's title.
    pub title: String,
    /// The metadata: the sidecar's, with empty fields filled from the article's front matter.
    pub meta: ArticleMeta,
}

impl<'a> Source<'a> {
    /// The source of an opened article.
    pub fn of(opened: &'a Opened) -> Self {
        let path = &opened.article.path;
        let lossy = |s: Option<&std::ffi::OsStr>| {
            s.map_or_else(
                || "article".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            )
        };
        let front = &opened.article.front_matter;
        let mut meta = opened.document.meta.clone();
        meta.outlet = meta.outlet.or_else(|| front.outlet.clone());
        meta.url = meta.url.or_else(|| front.url.clone());
        meta.published = meta.published.or_else(|| {
            front
                .published
                .as_deref()
                .and_then(|d| d.trim().parse().ok())
        });
        meta.language = meta.language.or_else(|| opened.article.language());
        Self {
            text: &opened.article.text,
            document: &opened.document,
            stem: lossy(path.file_stem()),
            file_name: lossy(path.file_name()),
            title: opened.title(),
            meta,
        }
    }
}

/// A walk through annotations (sorted by start, as the document keeps them) alongside ranges
/// of the text asked for in increasing order: each annotation is looked at a bounded number
/// of times, so exporting stays linear in the size of the article.
pub(crate) struct Sweep<'a> {
    all: &'a [std::sync::Arc<Annotation>],
    next: usize,
    active: Vec<&'a Annotation>,
}

impl<'a> Sweep<'a> {
    pub(crate) fn new(all: &'a [std::sync::Arc<Annotation>]) -> Self {
        Self {
            all,
            next: 0,
            active: Vec::new(),
        }
    }

    /// The annotations that overlap `from..to`; each call's `from` must not be smaller than
    /// the last one's.
    pub(crate) fn overlapping(&mut self, from: usize, to: usize) -> Vec<&'a Annotation> {
        while let Some(a) = self.all.get(self.next).filter(|a| a.span.start < to) {
            self.active.push(a);
            self.next += 1;
        }
        self.active.retain(|a| a.span.end > from);
        self.active
            .iter()
            .copied()
            .filter(|a| a.span.start < to)
            .collect()
    }
}

/// Renders an article's annotations in a format.
pub fn render(format: Format, source: &Source<'_>) -> Result<Rendered, ExportError> {
    Ok(match format {
        Format::Csv => csv::render(source)?.into(),
        Format::W3c => w3c::render(source)?,
        Format::Brat => brat::render(source).into(),
        Format::Conll => conll::render(source).into(),
        Format::Html => html::render(source).into(),
    })
}
