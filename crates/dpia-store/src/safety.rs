//! Saves that must not be lost without a word. SQLite in WAL mode keeps the newest saves in the
//! `-wal` file beside the database until it copies them into the database file (a checkpoint).
//! A backup or synchronisation program that removes that file, or puts an older one in its place,
//! loses those saves — silently, unless someone looks. Two watches:
//!
//! - While the app runs: before and after every save the WAL file must still be the one SQLite
//!   writes (same identity, not smaller). If it is not, the store copies every save into the
//!   database file at once (`wal_checkpoint(TRUNCATE)` from the file SQLite still has open),
//!   moves a stranger's file aside, opens the database again (a fresh WAL file) and reports
//!   `store_wal_lost`.
//! - Between runs: every save counts one in the `saves` table, and the count is written to
//!   `<database>-saves` beside it after each commit. Opening a database whose count is lower
//!   than the one written beside it (saves that reached the disk and are gone) is refused with
//!   `store_behind`, unless the user chooses to open it as it is.

use crate::os::{identity, FileId};
use std::path::{Path, PathBuf};

/// The WAL file of a database.
pub(crate) fn wal_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// The file beside the database that keeps its count of saves.
pub fn saves_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-saves");
    PathBuf::from(name)
}

/// What happened to the WAL file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WalProblem {
    /// It is gone.
    Vanished,
    /// Another file (or a shorter one) is in its place.
    Replaced,
}

/// The WAL file as last seen.
#[derive(Debug)]
pub(crate) struct Watch {
    path: PathBuf,
    seen: Option<(FileId, u64)>,
}

impl Watch {
    pub(crate) fn new(db: &Path) -> Watch {
        let path = wal_path(db);
        let seen = identity(&path);
        Watch { path, seen }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the WAL file is still the one SQLite writes; remembers its size when it is.
    /// (SQLite never shrinks it while the database is open: without `journal_size_limit` a
    /// checkpoint writes it again from the start.)
    pub(crate) fn check(&mut self) -> Result<(), WalProblem> {
        // On Windows SQLite keeps the WAL open without FILE_SHARE_DELETE: no other program can
        // remove, rename or replace it while the database is open (test
        // `windows_keeps_the_open_wal_from_other_programs`), so there is nothing to watch; and the
        // size the directory reports for a file open for writing lags behind it, which would
        // read as "replaced".
        if cfg!(windows) {
            return Ok(());
        }
        let now = identity(&self.path);
        match (self.seen, now) {
            (None, now) => {
                self.seen = now;
                Ok(())
            }
            (Some(_), None) => Err(WalProblem::Vanished),
            (Some((id, size)), Some((id2, size2))) if id != id2 || size2 < size => {
                Err(WalProblem::Replaced)
            }
            (Some(_), now) => {
                self.seen = now;
                Ok(())
            }
        }
    }
}

/// The count of saves written beside a database: its id and the count, or `None` when there is
/// no readable record (never written, or cut short by a crash: a cut-short number is only ever
/// smaller, so it never raises a false alarm).
pub(crate) fn read_record(db: &Path) -> Option<(String, u64)> {
    let text = std::fs::read_to_string(saves_path(db)).ok()?;
    let mut id = None;
    let mut count = None;
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("database: ") {
            id = Some(v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("saves: ") {
            count = v.trim().parse().ok();
        }
    }
    Some((id?, count?))
}

/// Writes the count beside the database. Not synced: after a power cut it may be older than the
/// database (which is synced first), never newer, so it cannot raise a false alarm. A failure is
/// ignored: the save itself is done, and the check at the next start is then skipped.
pub(crate) fn write_record(db: &Path, id: &str, count: u64) {
    let name = db
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let text = format!(
        "DPIA Helper counts the saves of {name} here, to notice when the newest are missing.\n\
         Keep this file with the database (back up the whole folder).\n\
         database: {id}\nsaves: {count}\n"
    );
    let _ = std::fs::write(saves_path(db), text);
}

/// A free name beside `path` for a file another program put in the WAL file's place, so that it
/// is kept but never replayed over the database.
pub(crate) fn aside_path(path: &Path) -> PathBuf {
    let mut n = 1;
    loop {
        let mut name = path.as_os_str().to_owned();
        name.push(format!(".replaced-{n}"));
        let candidate = PathBuf::from(name);
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}
