//! Article loading: bytes from disk to the normalized text every offset counts into.
//!
//! An article is read whole, its encoding detected (BOM, then UTF-8, then a legacy guess by
//! chardetng), decoded, and normalized: line endings become `\n` and leading BOMs are dropped.
//! Nothing else is changed: no Unicode normalization, so the text the analyst sees is the
//! text the author wrote, and code-point offsets into it are stable. Markdown front matter
//! (`---` … `---` with `key: value` lines) is read as metadata and is not part of the text.

mod decode;
mod meta;

use std::fmt;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

pub use decode::{Decoded, LineEndings};
pub use meta::{FrontMatter, detect_language};

/// The largest article Marsad opens: 64 MiB of bytes on disk.
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// The longest title taken from an article's first line, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// File extensions that a corpus folder is searched for.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

/// An article read from disk and normalized.
#[derive(Clone, Debug)]
pub struct Article {
    /// Where it was read from.
    pub path: PathBuf,
    /// The normalized text: every annotation offset counts code points into this.
    pub text: String,
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The line endings the file had before normalization.
    pub line_endings: LineEndings,
    /// Metadata given in the file itself (Markdown front matter).
    pub front_matter: FrontMatter,
    /// SHA-256 of the normalized text's UTF-8 bytes, lowercase hex.
    pub text_sha256: String,
    /// Number of code points in the text.
    pub chars: usize,
    /// The text folded for matching, made once, when first needed.
    folded: crate::matching::LazyFolded,
}

/// The encoding an article was decoded from, as detected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoding {
    /// The WHATWG name of the encoding, e.g. `UTF-8` or `windows-1256`.
    pub name: &'static str,
    /// Whether the file began with a byte order mark.
    pub bom: bool,
    /// Whether the encoding was guessed from the bytes (a legacy encoding) rather than known.
    pub guessed: bool,
    /// Bytes that could not be decoded and became U+FFFD.
    pub replacements: usize,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)?;
        if self.bom {
            f.write_str(" with BOM")?;
        }
        if self.guessed {
            f.write_str(" (detected)")?;
        }
        if self.replacements > 0 {
            write!(f, ", {} undecodable bytes shown as �", self.replacements)?;
        }
        Ok(())
    }
}

/// Why an article could not be loaded. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{}: no such file", .path.display())]
    NotFound {
        /// The path given.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("{}: is a folder, not an article file", .path.display())]
    IsDirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The path is a device, socket or pipe.
    #[error("{}: is not a regular file", .path.display())]
    NotAFile {
        /// The path given.
        path: PathBuf,
    },
    /// The file has no text.
    #[error("{}: is empty: there is no text to annotate", .path.display())]
    Empty {
        /// The path given.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    #[error(
        "{}: is {} MiB, larger than the {} MiB limit for one article",
        .path.display(), .size / (1024 * 1024), MAX_ARTICLE_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// The path given.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The bytes are not text.
    #[error("{}: is not a text file: {what}", .path.display())]
    Binary {
        /// The path given.
        path: PathBuf,
        /// What it looks like instead.
        what: String,
    },
    /// The operating system refused to read it.
    #[error("{}: cannot be read: {source}", .path.display())]
    Io {
        /// The path given.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl LoadError {
    /// A short, stable name for the kind of problem (used by `check --json`).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::NotFound { .. } => "not-found",
            Self::IsDirectory { .. } => "directory",
            Self::NotAFile { .. } => "not-a-file",
            Self::Empty { .. } => "empty",
            Self::TooLarge { .. } => "too-large",
            Self::Binary { .. } => "binary",
            Self::Io { .. } => "unreadable",
        }
    }
}

impl Article {
    /// Reads and normalizes the article at `path`.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::load_reporting(path, &|_, _| {})
    }

    /// Reads and normalizes the article at `path`, calling `on_read(bytes read, size)` as the
    /// file is read (a megabyte at a time), for a progress bar.
    pub fn load_reporting(path: &Path, on_read: &dyn Fn(u64, u64)) -> Result<Self, LoadError> {
        let bytes = read_bounded(path, on_read)?;
        Self::from_bytes(path, &bytes)
    }

    /// Decodes and normalizes bytes as if read from `path` (which is only used for messages
    /// and to tell Markdown from plain text).
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self, LoadError> {
        let owned = || path.to_path_buf();
        let decoded = decode::decode(bytes).map_err(|what| LoadError::Binary {
            path: owned(),
            what,
        })?;
        let (front_matter, text) = if is_markdown(path) {
            meta::split_front_matter(decoded.text)
        } else {
            (FrontMatter::default(), decoded.text)
        };
        if text.trim().is_empty() {
            return Err(LoadError::Empty { path: owned() });
        }
        Ok(Self {
            path: owned(),
            text_sha256: sha256_hex(&text),
            chars: text.chars().count(),
            text,
            encoding: decoded.encoding,
            line_endings: decoded.line_endings,
            front_matter,
            folded: crate::matching::LazyFolded::default(),
        })
    }

    /// The title: front matter's, else the first non-empty line (Markdown `#` marks removed),
    /// cut after [`MAX_TITLE_CHARS`] with an ellipsis (a file with no line breaks has no title
    /// line).
    pub fn title(&self) -> String {
        if let Some(title) = &self.front_matter.title {
            return title.clone();
        }
        let line = self
            .text
            .lines()
            .map(|line| line.trim().trim_start_matches('#').trim())
            .find(|line| !line.is_empty())
            .unwrap_or_default();
        match line.char_indices().nth(MAX_TITLE_CHARS) {
            None => line.to_owned(),
            Some((cut, _)) => {
                let cut = line[..cut].rfind(' ').unwrap_or(cut);
                format!("{}…", line[..cut].trim_end())
            }
        }
    }

    /// The text folded for matching (harakat, tatweel and hamza forms set aside), made the
    /// first time it is asked for: re-anchoring and the session share it.
    pub fn folded(&self) -> &crate::matching::Folded {
        self.folded.get(&self.text)
    }

    /// The folding as re-anchoring takes it: made only if a quote is not found as written.
    pub fn lazy_folded(&self) -> &crate::matching::LazyFolded {
        &self.folded
    }

    /// Paragraphs as the layout sees them: non-blank lines.
    pub fn paragraphs(&self) -> usize {
        self.text.lines().filter(|l| !l.trim().is_empty()).count()
    }

    /// The language: front matter's, else guessed from the script of the letters.
    pub fn language(&self) -> Option<String> {
        self.front_matter
            .language
            .clone()
            .or_else(|| detect_language(&self.text).map(str::to_owned))
    }
}

/// Whether a path has one of [`ARTICLE_EXTENSIONS`].
pub fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// SHA-256 of a string's UTF-8 bytes, lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().fold(String::with_capacity(64), |mut s, b| {
        use std::fmt::Write as _;
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Reads a regular file of at most [`MAX_ARTICLE_BYTES`], with a precise error otherwise.
fn read_bounded(path: &Path, on_read: &dyn Fn(u64, u64)) -> Result<Vec<u8>, LoadError> {
    let owned = || path.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: owned() },
        _ => LoadError::Io {
            path: owned(),
            source,
        },
    })?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: owned() });
    }
    if !meta.is_file() {
        return Err(LoadError::NotAFile { path: owned() });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: owned(),
            size: meta.len(),
        });
    }
    let io = |source| LoadError::Io {
        path: owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between stat and read: never read more than the limit.
    let mut reader = file.take(MAX_ARTICLE_BYTES + 1);
    loop {
        let before = bytes.len();
        let read = (&mut reader)
            .take(1 << 20)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        on_read(bytes.len() as u64, meta.len().max(bytes.len() as u64));
        if read == 0 || bytes.len() == before {
            break;
        }
    }
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: owned(),
            size: bytes.len() as u64,
        });
    }
    if bytes.is_empty() {
        return Err(LoadError::Empty { path: owned() });
    }
    Ok(bytes)
}
