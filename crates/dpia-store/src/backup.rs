//! "Export a backup": a copy of the whole database in one file (`VACUUM INTO`), consistent at one
//! moment, with every save in it (also those still in the WAL file), written where the user chose.

use crate::{Store, StoreError};
use std::path::Path;

/// Stops a running backup from another thread (the app's cancel button).
pub use rusqlite::InterruptHandle;

impl Store {
    /// Writes a copy of the database to `target`: first to a new temporary file beside it, synced,
    /// then renamed into place (replacing a file there: the save dialog asked) if `proceed` still
    /// says so. An interrupted, refused or failed backup leaves no file behind and `target` as
    /// it was.
    pub fn backup(&self, target: &Path, proceed: &dyn Fn() -> bool) -> Result<(), StoreError> {
        let folder = crate::folder::folder_of(target);
        let io = |e: std::io::Error| StoreError::Io {
            file: target.display().to_string(),
            reason: e.to_string(),
        };
        // A name of our own in the target's folder (VACUUM INTO refuses an existing file).
        let temp = tempfile_path(&folder, target).map_err(io)?;
        let done = self
            .conn
            .execute("VACUUM INTO ?1", [temp.to_string_lossy()])
            .map_err(StoreError::from)
            .and_then(|_| {
                // Opened for writing: Windows flushes a file only through a handle that may
                // write (a read-only one gets "access denied").
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(&temp)
                    .and_then(|f| f.sync_all())
                    .map_err(io)
            })
            .and_then(|_| match proceed() {
                true => std::fs::rename(&temp, target).map_err(io),
                false => Err(StoreError::Sql("interrupted".into())),
            });
        if done.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        done.map_err(|e| match e {
            StoreError::DiskFull { .. } => StoreError::DiskFull {
                file: target.display().to_string(),
            },
            StoreError::Io { reason, .. } => StoreError::Io {
                file: target.display().to_string(),
                reason,
            },
            other => other,
        })?;
        // The rename is durable once the folder is synced (where the system allows it).
        if let Ok(dir) = std::fs::File::open(&folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    /// A handle that stops a running [`Store::backup`] (it then fails with "interrupted").
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.conn.get_interrupt_handle()
    }
}

/// A path for the temporary copy that no file has: `.<name>.<random>.backup` in `folder`.
fn tempfile_path(folder: &Path, target: &Path) -> std::io::Result<std::path::PathBuf> {
    let name = target
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().to_string());
    for n in 0..1000u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let p = folder.join(format!(".{name}.{}-{nanos}-{n}.backup", std::process::id()));
        if !p.exists() {
            return Ok(p);
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "no free name for a temporary file",
    ))
}
