//! Exporting many articles: which files go where, and one article at a time, reporting
//! what could not be exported. The command line and the window both use it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::problem::{Problem, Refusal, Warned};
use super::{Format, Source};
use crate::store::SidecarStatus;

/// What an export run must not write over, and what it has written so far.
pub struct Protected {
    /// The canonical paths of the articles being exported.
    articles: HashSet<PathBuf>,
    /// The canonical folders those articles are in.
    folders: HashSet<PathBuf>,
    /// The files this run has written.
    written: HashSet<PathBuf>,
}

/// The articles of `jobs`, protected.
pub fn protected(jobs: &[Job]) -> Protected {
    let articles: HashSet<PathBuf> = jobs
        .iter()
        .filter_map(|j| std::fs::canonicalize(&j.article).ok())
        .collect();
    let folders = articles
        .iter()
        .filter_map(|a| a.parent().map(Path::to_path_buf))
        .collect();
    Protected {
        articles,
        folders,
        written: HashSet::new(),
    }
}

impl Protected {
    /// Why `path` must not be written, if it must not: an article being exported, an
    /// article-like file beside the articles, a sidecar, or a file this run already wrote
    /// (two articles with one name, `a.txt` and `a.md`).
    fn refuses(&self, path: &Path) -> Option<Refusal> {
        let canonical = std::fs::canonicalize(path).ok();
        let folder = path.parent().and_then(|f| std::fs::canonicalize(f).ok());
        if canonical
            .as_ref()
            .is_some_and(|c| self.articles.contains(c))
        {
            return Some(Refusal::OverArticle);
        }
        if crate::store::is_sidecar_file(path) {
            return Some(Refusal::OverSidecar);
        }
        if canonical.is_some()
            && crate::article::has_article_extension(path)
            && folder.is_some_and(|f| self.folders.contains(&f))
        {
            return Some(Refusal::OverNeighbour);
        }
        if self.written.contains(path) {
            return Some(Refusal::SameName);
        }
        None
    }
}

/// One article to export and where its files go (relative to the output folder).
#[derive(Debug)]
pub struct Job {
    /// The article file to read (its sidecar sits beside it).
    pub article: PathBuf,
    /// The folder below the output folder its files go to.
    pub folder: PathBuf,
}

/// The articles named by `paths`: a folder's articles keep their place below it. An article
/// named twice is exported once, and files inside the output folder `into` (earlier exports)
/// are not articles.
pub fn jobs(paths: &[PathBuf], into: &Path, failures: &mut Vec<Problem>) -> Vec<Job> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let into = std::fs::canonicalize(into).ok();
    for root in paths {
        // An output folder inside a folder being exported holds earlier exports, not articles.
        let earlier = std::fs::canonicalize(root)
            .ok()
            .filter(|_| root.is_dir())
            .and_then(|r| into.clone().filter(|i| *i != r && i.starts_with(&r)));
        for found in crate::corpus::expand(std::slice::from_ref(root)) {
            match found {
                Ok(article) if crate::store::is_sidecar_file(&article) => {
                    failures.push(Problem::NotAnArticle(article));
                }
                Ok(article) => {
                    let canonical = std::fs::canonicalize(&article).unwrap_or(article.clone());
                    if earlier.as_ref().is_some_and(|e| canonical.starts_with(e))
                        || !seen.insert(canonical)
                    {
                        continue;
                    }
                    let folder = if root.is_dir() {
                        article
                            .parent()
                            .and_then(|p| p.strip_prefix(root).ok())
                            .map(Path::to_path_buf)
                            .unwrap_or_default()
                    } else {
                        PathBuf::new()
                    };
                    out.push(Job { article, folder });
                }
                Err(e) => failures.push(Problem::Corpus(e)),
            }
        }
    }
    out
}

/// What exporting one article wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// Files written.
    pub files: usize,
    /// Orphaned annotations left out: they have no place in the current text.
    pub orphans: usize,
    /// What else was left out, each naming the article.
    pub warnings: Vec<Warned>,
}

/// Exports one article. `articles` are the canonical paths of every article being exported,
/// never written over. An article of a corpus names its entities as the corpus registry does
/// (`registries`, read once for the run); its sidecar's snapshots serve when the registry
/// cannot be read. Every error names the article.
pub fn export_one(
    format: Format,
    job: &Job,
    out: &Path,
    protected: &mut Protected,
    registries: &mut crate::registry::Registries,
) -> Result<Exported, Problem> {
    // Every error names the article: a load error does so itself.
    let mut opened = crate::store::open(&job.article).map_err(Problem::Load)?;
    let article = || job.article.clone();
    if matches!(opened.status, SidecarStatus::Unreadable(_))
        && let SidecarStatus::Unreadable(error) =
            std::mem::replace(&mut opened.status, SidecarStatus::Missing)
    {
        return Err(Problem::Unreadable {
            article: article(),
            error,
        });
    }
    if let crate::registry::Found::Unreadable(e) = registries.link(&mut opened) {
        log::warn!(
            "{e}: {} is exported with its own entities",
            job.article.display()
        );
    }
    let rendering = |error| Problem::Render {
        article: article(),
        error,
    };
    let folder = out.join(&job.folder);
    let mut source = Source::of(&opened);
    let mut rendered = super::render(format, &source).map_err(rendering)?;
    // `a.txt` and `a.md` in one folder would write the same files: the second one's files
    // are named after its whole file name (`a.md.ann`).
    if rendered
        .files
        .iter()
        .any(|f| protected.written.contains(&folder.join(&f.name)))
    {
        source.stem.clone_from(&source.file_name);
        rendered = super::render(format, &source).map_err(rendering)?;
    }
    let files = rendered.files;
    std::fs::create_dir_all(&folder).map_err(|error| Problem::Folder {
        article: article(),
        folder: folder.clone(),
        error,
    })?;
    for file in &files {
        let path = folder.join(&file.name);
        if let Some(why) = protected.refuses(&path) {
            return Err(Problem::Refused {
                article: article(),
                path,
                why,
            });
        }
    }
    for file in &files {
        let path = folder.join(&file.name);
        // A temporary file renamed into place: an export stopped halfway (a signal, a full
        // disk) leaves the previous file or none, never half of one.
        crate::store::write_renamed(&path, &file.bytes).map_err(|error| Problem::Write {
            article: article(),
            path: path.clone(),
            error,
        })?;
        protected.written.insert(path);
    }
    Ok(Exported {
        files: files.len(),
        orphans: opened.document.orphans().len(),
        warnings: rendered
            .warnings
            .into_iter()
            .map(|warning| Warned {
                article: article(),
                warning,
            })
            .collect(),
    })
}

/// How a batch export ended.
#[derive(Debug, Default)]
pub struct Summary {
    /// Articles exported.
    pub exported: usize,
    /// Articles found.
    pub total: usize,
    /// Files written.
    pub files: usize,
    /// Orphaned annotations left out, over all articles.
    pub orphans: usize,
    /// What could not be exported, each naming its file.
    pub failures: Vec<Problem>,
    /// What was exported with something left out, each naming its file.
    pub warnings: Vec<Warned>,
    /// Stopped before the end (the caller said so).
    pub cancelled: bool,
}

/// Where a batch export is, for the caller's progress display.
#[derive(Debug)]
pub struct Step<'a> {
    /// Articles done before this one.
    pub index: usize,
    /// Articles in all.
    pub total: usize,
    /// The article this step is about, and where its files go.
    pub job: &'a Job,
    /// `None` before it is exported, then how it went.
    pub outcome: Option<&'a Result<Exported, Problem>>,
}

/// What a batch export will do: the output folder, created, and the articles found.
#[derive(Debug)]
pub struct Plan {
    /// The articles to export.
    pub jobs: Vec<Job>,
    /// Paths that are not articles (or folders without any), each naming its path.
    pub failures: Vec<Problem>,
}

/// Creates `out` and lists the articles of `paths` (articles or folders) to export into it.
/// Only a folder that cannot be created is an error.
pub fn plan(paths: &[PathBuf], out: &Path) -> Result<Plan, Problem> {
    std::fs::create_dir_all(out).map_err(|error| Problem::OutputFolder {
        path: out.to_path_buf(),
        error,
    })?;
    let mut failures = Vec::new();
    let jobs = jobs(paths, out, &mut failures);
    Ok(Plan { jobs, failures })
}

/// Exports the planned articles as `format` into `out`, telling `step` before and after each
/// one; `step` returns `false` before an article to stop there (the summary says
/// cancelled). An article that fails is a failure in the summary, and the others go on.
pub fn run(
    format: Format,
    plan: Plan,
    out: &Path,
    mut step: impl FnMut(Step<'_>) -> bool,
) -> Summary {
    let mut summary = Summary {
        total: plan.jobs.len(),
        failures: plan.failures,
        ..Summary::default()
    };
    let mut articles = protected(&plan.jobs);
    let mut registries = crate::registry::Registries::new();
    let total = plan.jobs.len();
    for (index, job) in plan.jobs.iter().enumerate() {
        if !step(Step {
            index,
            total,
            job,
            outcome: None,
        }) {
            summary.cancelled = true;
            break;
        }
        let outcome = export_one(format, job, out, &mut articles, &mut registries);
        step(Step {
            index,
            total,
            job,
            outcome: Some(&outcome),
        });
        match outcome {
            Ok(done) => {
                summary.exported += 1;
                summary.files += done.files;
                summary.orphans += done.orphans;
                summary.warnings.extend(done.warnings);
            }
            Err(problem) => summary.failures.push(problem),
        }
    }
    summary
}
