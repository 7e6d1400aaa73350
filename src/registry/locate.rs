//! Which registry an article belongs to: the nearest `marsad-corpus.ron` in its folder or
//! above. The walk up looks in the home folder, a git repository's root and the top folder of
//! a filesystem, and goes no further than those, so an article never joins a registry of a
//! repository or disk it is not part of.

use std::path::{Path, PathBuf};

use super::REGISTRY_FILE_NAME;

/// The registry of the article at `article`, if it has one.
pub fn locate(article: &Path) -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let folder = std::path::absolute(article).ok()?.parent()?.to_path_buf();
    locate_from(&folder, home.as_deref())
}

/// The registry found from `folder` upward, stopping at `home`, a git repository's root or a
/// filesystem boundary (each of which is looked in before stopping).
pub fn locate_from(folder: &Path, home: Option<&Path>) -> Option<PathBuf> {
    let home = home.and_then(|h| std::fs::canonicalize(h).ok());
    let mut here = std::fs::canonicalize(folder).ok()?;
    loop {
        let candidate = here.join(REGISTRY_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if home.as_deref() == Some(here.as_path()) || here.join(".git").exists() {
            return None;
        }
        let parent = here.parent()?.to_path_buf();
        if !same_filesystem(&here, &parent) {
            return None;
        }
        here = parent;
    }
}

#[cfg(unix)]
fn same_filesystem(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_filesystem(_: &Path, _: &Path) -> bool {
    true
}
