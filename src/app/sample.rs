//! The sample article behind "Open sample": where it was installed, and the working copy the
//! analyst's window opens.
//!
//! The package installs it as `/usr/share/marsad/hudna-report.txt` (`share/marsad` beside the
//! binary's `bin`); a build from source has it in `assets/sample/`. Neither may be written to
//! (a sidecar or a lock beside a file under /usr/share cannot be made), so "Open sample"
//! copies it to `sample/` in Marsad's data folder (`~/.local/share/marsad/sample/`) the first
//! time and opens that copy, with its annotations, every time after.

use std::io;
use std::path::{Path, PathBuf};

/// The sample's file name.
pub const FILE_NAME: &str = "hudna-report.txt";

/// The sample in the source tree (the tests' and `cargo run`'s).
pub const IN_SOURCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample/hudna-report.txt"
);

/// Where "Open sample" finds the bundled sample and puts its working copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The bundled, read-only sample.
    pub bundled: PathBuf,
    /// The folder of the working copy.
    pub folder: PathBuf,
}

impl Sample {
    /// The installed sample (or, in a build from source, the source tree's) and the data
    /// folder's `sample/`; `None` when there is no sample or no data folder.
    pub fn find() -> Option<Self> {
        let installed = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.join("share/marsad").join(FILE_NAME)));
        let bundled = installed
            .filter(|p| p.is_file())
            .or_else(|| Some(PathBuf::from(IN_SOURCE)).filter(|p| p.is_file()))?;
        let folder = super::data_folder()?.join("sample");
        Some(Self { bundled, folder })
    }

    /// The working copy, made from the bundled sample if there is none yet; an existing copy
    /// (which may have the analyst's annotations beside it) is never written over.
    pub fn working_copy(&self) -> io::Result<PathBuf> {
        let copy = self.folder.join(FILE_NAME);
        if copy.is_file() {
            return Ok(copy);
        }
        let named = |what: &str, path: &Path, e: io::Error| {
            io::Error::new(e.kind(), format!("{}: {what}: {e}", path.display()))
        };
        std::fs::create_dir_all(&self.folder)
            .map_err(|e| named("cannot be created", &self.folder, e))?;
        let text =
            std::fs::read(&self.bundled).map_err(|e| named("cannot be read", &self.bundled, e))?;
        // Written as an export is: a copy stopped halfway is never taken for the sample.
        crate::store::write_renamed(&copy, &text)
            .map_err(|e| named("cannot be written", &copy, e))?;
        Ok(copy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_is_made_once_and_then_kept() {
        let dir = tempfile::tempdir().unwrap();
        let sample = Sample {
            bundled: PathBuf::from(IN_SOURCE),
            folder: dir.path().join("data/sample"),
        };
        let copy = sample.working_copy().unwrap();
        assert_eq!(copy, dir.path().join("data/sample").join(FILE_NAME));
        assert_eq!(
            std::fs::read(&copy).unwrap(),
            std::fs::read(IN_SOURCE).unwrap()
        );
        std::fs::write(&copy, "نسخة المحلل").unwrap();
        assert_eq!(sample.working_copy().unwrap(), copy);
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), "نسخة المحلل");
    }

    #[test]
    fn a_missing_sample_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let sample = Sample {
            bundled: dir.path().join("gone.txt"),
            folder: dir.path().join("sample"),
        };
        let e = sample.working_copy().unwrap_err().to_string();
        assert!(e.contains("gone.txt: cannot be read"), "{e}");
    }
}
