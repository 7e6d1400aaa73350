//! A corpus folder in the window: its articles, listed on a thread, then their annotation
//! counts, read from the sidecars on that thread and filled in as they come. The list shows as
//! soon as the folder is walked, however many articles it holds, and the article at hand can
//! be opened while the rest are counted.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::i18n::Strings;
use crate::model::{EntityId, KindCounts};

/// One article of an open corpus.
#[derive(Clone, Debug)]
pub struct CorpusEntry {
    /// The article file, under the corpus folder.
    pub path: PathBuf,
    /// Whether its sidecar has been read (until then the counts are zero and shown as such).
    pub counted: bool,
    /// Annotation counts from its sidecar (zero without one).
    pub counts: KindCounts,
    /// Marked done.
    pub done: bool,
    /// Why its sidecar could not be read, if it could not.
    pub problem: Option<String>,
    /// Mentions per entity, as its sidecar names them (a registry may have merged an id).
    pub mentions: Vec<(EntityId, u32)>,
}

/// What the listing read of one article's sidecar.
struct CountedArticle {
    at: usize,
    counts: KindCounts,
    done: bool,
    problem: Option<String>,
    mentions: Vec<(EntityId, u32)>,
}

/// Mentions per entity in a document.
pub fn mentions_of(document: &crate::model::Document) -> Vec<(EntityId, u32)> {
    let mut out: Vec<(EntityId, u32)> = document
        .entity_counts()
        .iter()
        .filter(|(_, c)| c.mentions > 0)
        .map(|(id, c)| (*id, u32::try_from(c.mentions).unwrap_or(u32::MAX)))
        .collect();
    out.sort_unstable();
    out
}

/// What the listing thread reports, in this order.
enum Listing {
    /// The articles, sorted, before any sidecar is read.
    Articles(Vec<PathBuf>),
    /// The counts of the articles at these positions.
    Counted(Vec<CountedArticle>),
    /// The folder could not be listed.
    Failed(String),
}

/// How often the thread sends what it has counted.
const BATCH_EVERY: Duration = Duration::from_millis(50);

/// A folder of articles.
pub struct Corpus {
    /// The folder.
    pub root: PathBuf,
    /// Its articles, sorted; empty until the folder is walked.
    pub entries: Vec<CorpusEntry>,
    /// Why it could not be listed.
    pub error: Option<String>,
    rx: Option<Receiver<Listing>>,
    /// What to say if the listing thread ends without an answer.
    stopped: String,
    /// How many articles have their counts.
    counted: usize,
}

/// What [`Corpus::poll`] took in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Polled {
    /// The list of articles arrived (or the folder failed) on this frame.
    pub listed: bool,
    /// Counts arrived.
    pub counted: bool,
}

impl Corpus {
    /// Starts listing a folder and reading its sidecars.
    pub fn open(root: PathBuf, ctx: &egui::Context) -> Self {
        let folder = root.clone();
        let strings = super::messages::strings(ctx);
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-corpus".to_owned())
            .spawn(move || {
                list(&folder, &strings, |listing| {
                    let sent = tx.send(listing).is_ok();
                    repaint.request_repaint();
                    sent
                });
            });
        if let Err(e) = spawned {
            log::error!("could not start the corpus listing thread: {e}");
        }
        Self {
            root,
            entries: Vec::new(),
            error: None,
            rx: Some(rx),
            stopped: super::messages::tr(ctx, "corpus-thread-stopped", &[]),
            counted: 0,
        }
    }

    /// Takes in what the listing thread has sent since the last frame.
    pub fn poll(&mut self) -> Polled {
        let mut polled = Polled::default();
        let Some(rx) = &self.rx else {
            return polled;
        };
        let mut ended = false;
        loop {
            match rx.try_recv() {
                Ok(Listing::Articles(paths)) => {
                    self.entries = paths
                        .into_iter()
                        .map(|path| CorpusEntry {
                            path,
                            counted: false,
                            counts: KindCounts::default(),
                            done: false,
                            problem: None,
                            mentions: Vec::new(),
                        })
                        .collect();
                    polled.listed = true;
                }
                Ok(Listing::Counted(batch)) => {
                    for article in batch {
                        // An article saved meanwhile already has its own counts.
                        if let Some(entry) = self.entries.get_mut(article.at).filter(|e| !e.counted)
                        {
                            entry.counted = true;
                            entry.counts = article.counts;
                            entry.done = article.done;
                            entry.problem = article.problem;
                            entry.mentions = article.mentions;
                            self.counted += 1;
                        }
                    }
                    polled.counted = true;
                }
                Ok(Listing::Failed(e)) => {
                    self.error = Some(e);
                    polled.listed = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    ended = true;
                    break;
                }
            }
        }
        if ended {
            self.rx = None;
            if self.entries.is_empty() && self.error.is_none() {
                self.error = Some(self.stopped.clone());
                polled.listed = true;
            }
        }
        polled
    }

    /// Whether the listing (or the counting) is still running.
    pub fn is_listing(&self) -> bool {
        self.rx.is_some()
    }

    /// Whether the articles are known (their counts may still be coming).
    pub fn is_listed(&self) -> bool {
        !self.entries.is_empty() || self.error.is_some() || self.rx.is_none()
    }

    /// How many articles have their counts so far.
    pub fn counted(&self) -> usize {
        self.counted.min(self.entries.len())
    }

    /// The position of an article in the list.
    pub fn position(&self, path: &Path) -> Option<usize> {
        self.entries.iter().position(|e| same_file(&e.path, path))
    }

    /// Records an article's counts after it was saved.
    pub fn update(&mut self, path: &Path, document: &crate::model::Document) {
        if let Some(i) = self.position(path) {
            let entry = &mut self.entries[i];
            if !entry.counted {
                self.counted += 1;
            }
            entry.counted = true;
            entry.counts = document.counts();
            entry.done = document.meta.done;
            entry.problem = None;
            entry.mentions = mentions_of(document);
        }
    }

    /// Mentions and articles per entity across the corpus, each id resolved by `resolve`
    /// (through the registry's merges).
    pub fn mention_totals(
        &self,
        resolve: impl Fn(EntityId) -> EntityId,
    ) -> std::collections::HashMap<EntityId, (usize, usize)> {
        let mut totals: std::collections::HashMap<EntityId, (usize, usize)> =
            std::collections::HashMap::new();
        for entry in &self.entries {
            let mut seen = Vec::new();
            for (id, n) in &entry.mentions {
                let id = resolve(*id);
                let t = totals.entry(id).or_default();
                t.0 += *n as usize;
                if !seen.contains(&id) {
                    seen.push(id);
                    t.1 += 1;
                }
            }
        }
        totals
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || std::path::absolute(a).ok() == std::path::absolute(b).ok()
}

/// Walks `root` for its articles and sends them, then reads each sidecar and sends the counts
/// in batches; stops when `send` says the window has gone.
fn list(root: &Path, strings: &Strings, mut send: impl FnMut(Listing) -> bool) {
    let mut paths = Vec::new();
    for found in crate::corpus::expand(&[root.to_path_buf()]) {
        match found {
            Ok(path) => paths.push(path),
            Err(e) => {
                send(Listing::Failed(super::errors::corpus(strings, &e)));
                return;
            }
        }
    }
    if !send(Listing::Articles(paths.clone())) {
        return;
    }
    let mut batch = Vec::new();
    let mut sent_at = Instant::now();
    for (i, path) in paths.iter().enumerate() {
        let sidecar = crate::store::sidecar_path(path);
        let mut article = CountedArticle {
            at: i,
            counts: KindCounts::default(),
            done: false,
            problem: None,
            mentions: Vec::new(),
        };
        match crate::store::load_sidecar(&sidecar) {
            Ok(Some(parsed)) => {
                article.counts = parsed.document.counts();
                article.done = parsed.document.meta.done;
                article.mentions = mentions_of(&parsed.document);
            }
            Ok(None) => {}
            Err(e) => article.problem = Some(super::errors::sidecar(strings, &e)),
        }
        batch.push(article);
        if sent_at.elapsed() >= BATCH_EVERY {
            if !send(Listing::Counted(std::mem::take(&mut batch))) {
                return;
            }
            sent_at = Instant::now();
        }
    }
    if !batch.is_empty() {
        send(Listing::Counted(batch));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_articles_are_sent_before_any_sidecar_is_read_and_each_is_counted_once() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..40 {
            std::fs::write(dir.path().join(format!("{i:03}.txt")), "نص").unwrap();
        }
        // One sidecar that cannot be read: its article is still listed, with why.
        std::fs::write(dir.path().join("007.txt.marsad.ron"), "not ron").unwrap();
        let strings = Strings::new(crate::i18n::Language::En);
        let mut got = Vec::new();
        list(dir.path(), &strings, |listing| {
            got.push(listing);
            true
        });
        let Some(Listing::Articles(paths)) = got.first() else {
            panic!("the list comes first");
        };
        assert_eq!(paths.len(), 40);
        let mut counted: Vec<usize> = Vec::new();
        for listing in &got[1..] {
            let Listing::Counted(batch) = listing else {
                panic!("only counts after the list");
            };
            for article in batch {
                let i = article.at;
                counted.push(i);
                assert_eq!(
                    article.problem.is_some(),
                    i == 7,
                    "{i}: {:?}",
                    article.problem
                );
            }
        }
        assert_eq!(counted, (0..40).collect::<Vec<_>>());
        // A window that has gone stops the thread after the list.
        let mut sent = 0;
        list(dir.path(), &strings, |_| {
            sent += 1;
            false
        });
        assert_eq!(sent, 1);
    }
}
