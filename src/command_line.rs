//! The `marsad` command line, as clap defines it: the window binary parses it, and the
//! man pages and completions are generated from it (`man_pages`).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Annotate Arabic-first news on armed conflict: actors, locations and claims.
#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    args_conflicts_with_subcommands = true,
    long_about = "Annotate Arabic-first news on armed conflict: actors, locations and claims.\n\n\
        Without a command, marsad opens its window, on FILE if given: a .txt or .md article \
        (UTF-8, UTF-16 or a legacy encoding such as Windows-1256), or a folder of them as a \
        corpus. The annotations of a.txt are kept beside it in a.txt.marsad.ron. The commands \
        check, export and layout work without a window."
)]
pub struct Cli {
    // Its doc comment would be help text: see `Command`.
    #[allow(missing_docs)]
    #[command(subcommand)]
    pub command: Option<Command>,
    /// An article (.txt or .md) or a folder of them, to open in the window.
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    pub file: Option<PathBuf>,
    /// The window's language, kept for the next runs (the first run takes the system's).
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// An interface language on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Arabic (العربية).
    Ar,
    /// English.
    En,
}

impl From<Lang> for crate::i18n::Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Ar => Self::Ar,
            Lang::En => Self::En,
        }
    }
}

// The commands other than the window; each variant's doc comment is its help text.
#[allow(missing_docs)]
#[derive(Subcommand)]
pub enum Command {
    /// Load articles (or folders of them) with their sidecars and report on each.
    Check {
        /// Print one JSON object per file instead of a line of text.
        #[arg(long)]
        json: bool,
        /// Articles, or folders searched for .txt and .md files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Export articles (or folders of them) with their annotations: csv, w3c (Web Annotation
    /// JSON-LD), brat (.txt and .ann), conll (IOB tokens) or html (a report).
    Export {
        /// csv, w3c, brat, conll or html.
        #[arg(long)]
        format: crate::export::Format,
        /// The folder to write to (created if needed); a folder's articles keep their place
        /// below it.
        #[arg(long)]
        out: PathBuf,
        /// Articles, or folders searched for .txt and .md files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print an article's lines in visual order as the view lays them out, one per row, with a
    /// blank row between paragraphs (to compare with fribidi or Pango).
    Layout {
        /// Line width in pixels (points at scale 1).
        #[arg(long, default_value_t = 800.0)]
        width: f32,
        /// Font size in points.
        #[arg(long, default_value_t = 22.0)]
        size: f32,
        /// Show invisible bidi controls as visible marks.
        #[arg(long)]
        show_controls: bool,
        /// Count every character as one unit wide (marks and controls as none), so that
        /// --width counts characters, as the tests measure.
        #[arg(long)]
        monospace: bool,
        /// Start each row with the line's code points in its paragraph (START..END, a tab).
        #[arg(long)]
        ranges: bool,
        /// The article.
        file: PathBuf,
    },
    /// The corpus registry (marsad-corpus.ron): one set of entities for every article below
    /// a folder.
    Registry {
        #[command(subcommand)]
        action: RegistryAction,
    },
}

/// What `marsad registry` does; each variant's doc comment is its help text.
#[allow(missing_docs)]
#[derive(Subcommand)]
pub enum RegistryAction {
    /// Make FOLDER a corpus: write an empty registry, marsad-corpus.ron, in it. Refused if
    /// the folder has one already.
    Init {
        /// The corpus folder.
        #[arg(value_hint = clap::ValueHint::DirPath)]
        folder: PathBuf,
    },
    /// List the entities of the registry that PATH (an article or a folder) belongs to: the
    /// nearest marsad-corpus.ron in its folder or above, up to the home folder, a git
    /// repository's root or a filesystem boundary.
    List {
        /// An article or a folder of the corpus.
        #[arg(value_hint = clap::ValueHint::AnyPath)]
        path: PathBuf,
        /// Print one JSON object per entity instead of a line of text.
        #[arg(long)]
        json: bool,
    },
    /// Merge entity ABSORBED into entity SURVIVOR in the registry PATH belongs to: the
    /// survivor keeps the absorbed id, so every article naming it resolves to the survivor
    /// without being rewritten (each sidecar is brought up to date when next saved). Each
    /// entity is given by its id or its exact canonical name.
    Merge {
        /// An article or a folder of the corpus.
        #[arg(value_hint = clap::ValueHint::AnyPath)]
        path: PathBuf,
        /// The entity that stays.
        survivor: String,
        /// The entity merged into it.
        absorbed: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_chooses_the_window_s_language() {
        let cli = Cli::try_parse_from(["marsad", "--lang", "ar", "article.txt"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::Ar));
        assert_eq!(cli.file, Some(PathBuf::from("article.txt")));
        assert_eq!(
            crate::i18n::Language::from(Lang::Ar),
            crate::i18n::Language::Ar
        );
        let cli = Cli::try_parse_from(["marsad", "--lang", "en"]).unwrap();
        assert_eq!(
            cli.lang.map(crate::i18n::Language::from),
            Some(crate::i18n::Language::En)
        );
        assert!(Cli::try_parse_from(["marsad"]).unwrap().lang.is_none());
        let error = Cli::try_parse_from(["marsad", "--lang", "fr"])
            .err()
            .unwrap();
        assert!(
            error.to_string().contains("possible values: ar, en"),
            "{error}"
        );
    }
}
