//! Atomic file replacement: a reader or a crash sees the old file or the new one, never a mix.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// The backup kept beside `path`: `path` with `.bak` appended.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces `path` with `bytes`: writes a temporary file in the same folder, fsyncs it, keeps
/// the previous file as [`backup_path`], renames the new file over the old and fsyncs the
/// folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Care::DurableWithBackup)
}

/// Replaces `path` with `bytes` as [`write_atomic`] does, without keeping a backup.
pub fn write_atomic_plain(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Care::Durable)
}

/// Replaces `path` with `bytes` through a temporary file and a rename, without the fsyncs:
/// an interrupted write leaves the old file or none, never half of one, but a power cut may
/// lose the new one. For exports, which can be made again, by the thousand.
pub fn write_renamed(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, Care::Renamed)
}

/// How much a replacement guarantees, beyond never leaving half a file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Care {
    /// Synced to disk, the previous version kept as the backup.
    DurableWithBackup,
    /// Synced to disk.
    Durable,
    /// Renamed into place only.
    Renamed,
}

fn replace(path: &Path, bytes: &[u8], care: Care) -> io::Result<()> {
    // A sidecar that is a symlink (into a shared folder, say) is written where it points.
    let resolved = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Some(fs::canonicalize(path)?),
        _ => None,
    };
    let path = resolved.as_deref().unwrap_or(path);
    let dir = parent_dir(path);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    match fs::metadata(path) {
        Ok(old) => tmp.as_file().set_permissions(old.permissions())?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => set_default_permissions(tmp.as_file())?,
        Err(e) => return Err(e),
    }
    if care == Care::Renamed {
        return tmp.persist(path).map(drop).map_err(|e| e.error);
    }
    tmp.as_file().sync_all()?;
    if care == Care::DurableWithBackup && path.exists() {
        keep_backup(path)?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Makes `backup_path(path)` a copy of `path`, itself replaced atomically.
fn keep_backup(path: &Path) -> io::Result<()> {
    let dir = parent_dir(path);
    let backup = backup_path(path);
    let name = backup.file_name().unwrap_or_default().to_string_lossy();
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .make_in(dir, |staging| {
            // A hard link costs nothing and keeps the old inode after the rename; file systems
            // without links get a copy.
            fs::hard_link(path, staging).or_else(|_| {
                fs::copy(path, staging)?;
                File::open(staging)?.sync_all()
            })
        })?;
    staging.persist(&backup).map_err(|e| e.error)?;
    Ok(())
}

/// Removes temporary files that an interrupted write of `path` (or of its backup) left
/// behind, once they are older than `age`: no live write takes that long. Errors are ignored:
/// a leftover file is untidy, not harmful.
pub fn sweep_stale_temps(path: &Path, age: std::time::Duration) {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !(file_name.starts_with(&prefix) && file_name.ends_with(".tmp")) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|e| e > age));
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn set_default_permissions(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    // tempfile creates 0600; a sidecar is as shareable as the article beside it.
    file.set_permissions(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; its rename is durable once it returns.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.marsad.ron");
        write_atomic(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two").unwrap();
        write_atomic(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_sidecar_stays_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("shared.ron");
        let link = dir.path().join("a.txt.marsad.ron");
        fs::write(&target, b"old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&target).unwrap(), b"new");
    }

    #[test]
    fn stale_temporary_files_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.marsad.ron");
        let torn = dir.path().join(".a.txt.marsad.ron.x1Yz.tmp");
        let other = dir.path().join(".b.txt.marsad.ron.x1Yz.tmp");
        fs::write(&torn, b"(format_ver").unwrap();
        fs::write(&other, b"(format_ver").unwrap();
        sweep_stale_temps(&path, std::time::Duration::from_hours(1));
        assert!(torn.exists(), "a young file may be a live write");
        sweep_stale_temps(&path, std::time::Duration::ZERO);
        assert!(!torn.exists());
        assert!(other.exists(), "another article's files are left alone");
    }
}
