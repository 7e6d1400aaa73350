//! How far an open has got, shared between the loading thread and the window.

/// What an open is doing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading the file.
    Reading,
    /// Decoding and normalizing the text.
    Decoding,
    /// Reading the sidecar and placing the annotations.
    Placing,
    /// Preparing the text for display and search (the window's part).
    Preparing,
}

impl Stage {
    /// What the progress bar says.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reading => "reading",
            Self::Decoding => "decoding",
            Self::Placing => "placing annotations",
            Self::Preparing => "preparing the text",
        }
    }
}

/// How far an open has got, shared between the thread that opens and the window.
#[derive(Debug, Default)]
pub struct Progress {
    pub(super) stage: std::sync::atomic::AtomicU8,
    pub(super) read: std::sync::atomic::AtomicU64,
    pub(super) size: std::sync::atomic::AtomicU64,
}

impl Progress {
    /// The current stage.
    pub fn stage(&self) -> Stage {
        match self.stage.load(std::sync::atomic::Ordering::Relaxed) {
            0 => Stage::Reading,
            1 => Stage::Decoding,
            2 => Stage::Placing,
            _ => Stage::Preparing,
        }
    }

    /// Moves to a stage.
    pub fn set_stage(&self, stage: Stage) {
        let n = match stage {
            Stage::Reading => 0,
            Stage::Decoding => 1,
            Stage::Placing => 2,
            Stage::Preparing => 3,
        };
        self.stage.store(n, std::sync::atomic::Ordering::Relaxed);
    }

    /// Bytes read and the file's size.
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.read.load(std::sync::atomic::Ordering::Relaxed),
            self.size.load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    /// The share done, 0 to 1: reading is counted by bytes, each later stage as a step.
    pub fn fraction(&self) -> f32 {
        let (read, size) = self.bytes();
        #[allow(clippy::cast_precision_loss)] // a share for a progress bar
        let reading = if size == 0 {
            0.0
        } else {
            read as f32 / size as f32
        };
        match self.stage() {
            Stage::Reading => 0.4 * reading,
            Stage::Decoding => 0.4,
            Stage::Placing => 0.6,
            Stage::Preparing => 0.7,
        }
    }
}
