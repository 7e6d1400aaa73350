//! An advisory lock per article, so that a second Marsad opening the same article is told that
//! another holds it.
//!
//! The lock is `a.txt.marsad.ron.lock` beside the article, locked with the operating system's
//! advisory file lock (`flock` on Unix). The system drops the lock when its holder ends, however
//! it ends, so a crash never leaves an article locked: a leftover file without a live lock is
//! simply taken over. The file says who holds it (process, host, time) for the message.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};

use super::SIDECAR_SUFFIX;

/// The lock file of an article.
pub fn lock_path(article: &Path) -> PathBuf {
    let mut name = article.file_name().unwrap_or_default().to_os_string();
    name.push(SIDECAR_SUFFIX);
    name.push(".lock");
    article.with_file_name(name)
}

/// A held lock; dropping it releases the lock and removes its file.
#[derive(Debug)]
pub struct ArticleLock {
    path: PathBuf,
    file: File,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockRefused {
    /// Another process holds it; what its lock file says about the holder.
    Held(String),
    /// The lock file could not be made (a read-only folder, say).
    Io(io::Error),
}

impl ArticleLock {
    /// Takes the lock of `article`, or says who holds it.
    pub fn acquire(article: &Path) -> Result<Self, LockRefused> {
        let path = lock_path(article);
        // A holder that is releasing removes the file; after a few tries the file on disk is
        // the one locked.
        for _ in 0..8 {
            let mut file = match open_shared(&path) {
                Ok(file) => file,
                // Another user's lock file in a shared folder: it can still be locked (and
                // so tested) through a read-only handle.
                Err(e) if e.kind() == io::ErrorKind::PermissionDenied && path.exists() => {
                    File::open(&path).map_err(LockRefused::Io)?
                }
                Err(e) => return Err(LockRefused::Io(e)),
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    return Err(LockRefused::Held(if holder.is_empty() {
                        "another Marsad".to_owned()
                    } else {
                        holder.to_owned()
                    }));
                }
                Err(fs::TryLockError::Error(e)) => return Err(LockRefused::Io(e)),
            }
            if !same_file(&file, &path) {
                continue;
            }
            let holder = format!(
                "Marsad (process {} on {}, since {})",
                std::process::id(),
                host_name(),
                jiff::ZonedDateTime::now().strftime("%Y-%m-%d %H:%M")
            );
            // Saying who holds it is a courtesy: a read-only handle locks all the same.
            let _ = file
                .set_len(0)
                .and_then(|()| file.rewind())
                .and_then(|()| file.write_all(holder.as_bytes()));
            return Ok(Self { path, file });
        }
        Err(LockRefused::Io(io::Error::other(
            "the lock file kept changing while it was taken",
        )))
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ArticleLock {
    fn drop(&mut self) {
        // Removed while still locked, so nobody locks a file that is about to vanish; a
        // process that opened it just before sees a different file on disk and tries again.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Opens (or creates) a lock file for reading and writing; created readable and writable by
/// everyone the umask allows, so that colleagues sharing the folder can lock it too.
fn open_shared(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
    options.open(path)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

fn host_name() -> String {
    fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "this computer".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_told_who_holds_it_and_a_released_lock_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        let first = ArticleLock::acquire(&article).unwrap();
        assert!(first.path().exists());
        match ArticleLock::acquire(&article) {
            Err(LockRefused::Held(who)) => {
                assert!(who.contains(&std::process::id().to_string()), "{who}");
            }
            other => panic!("expected held, got {other:?}"),
        }
        drop(first);
        assert!(!lock_path(&article).exists(), "the lock file is cleaned up");
        let again = ArticleLock::acquire(&article).unwrap();
        drop(again);
    }

    #[test]
    fn a_leftover_lock_file_without_a_holder_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        fs::write(
            lock_path(&article),
            "Marsad (process 1 on gone, since 2020-01-01)",
        )
        .unwrap();
        let lock = ArticleLock::acquire(&article).unwrap();
        let says = fs::read_to_string(lock.path()).unwrap();
        assert!(says.contains(&std::process::id().to_string()), "{says}");
    }
}
