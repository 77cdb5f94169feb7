//! The app's SQLite store: assessments (as `.dpia.json` text) with their line in the list, a
//! history of every change, imported statements (as their TOML text), settings, and embedded
//! append-only migrations applied on open. The store runs no rules: the app screens what it
//! reads, and hands the store each assessment's list line when it saves it.
//!
//! Invariants: every change is one transaction, durable when it returns (WAL with
//! `synchronous=FULL`: neither a crash nor a power cut loses an acknowledged change); a change
//! that would make the assessment invalid is refused and changes nothing; a database that cannot
//! be opened, is locked, read-only, empty, damaged, someone else's or missing its newest saves is
//! reported, never deleted, recreated or changed; a WAL file removed or replaced while the
//! database is open is noticed at the next save (`safety`).

mod backup;
mod change;
mod error;
mod listing;
mod os;
mod safety;

pub use backup::InterruptHandle;
use change::parse_stored;
pub use change::{apply_change, label};
use error::classify;
pub use error::StoreError;
pub use listing::{fold, Line, ListSort, Page, PageRow};
pub use safety::saves_path;

use chrono::{DateTime, Utc};
use dpia_assessment::{Assessment, FileError, Reason};
use folder::{folder_of, folder_writable};
use os::Holder;
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

mod folder;

/// Migrations, in order. Append only: never edit or reorder a released one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_settings.sql"),
    include_str!("migrations/0003_statements.sql"),
    include_str!("migrations/0004_listing.sql"),
];

/// The schema version this code writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The first schema version that counts saves.
const COUNTED_FROM: u32 = 4;

/// All assessments as read, for the screens that need every one (the statements' counts).
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub assessment: Assessment,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// An imported statement as stored: its TOML text and when the processor notified it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredStatement {
    pub id: i64,
    pub processor: String,
    pub version: String,
    pub source: String,
    pub file_name: String,
    /// RFC 3339, UTC.
    pub imported_at: String,
    pub notified_on: Option<chrono::NaiveDate>,
}

/// One change to an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]

pub struct HistoryEntry {
    pub at: String,
    /// JSON pointer of the field, e.g. `/services/reports/categories`.
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// What the caller checks and makes of an assessment a change produced: its own check (e.g. the
/// ids against the statement), and the assessment's list line.
pub type OnSave<'a> = &'a dyn Fn(&Assessment) -> Result<Line, FileError>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The WAL file as SQLite writes it, checked before and after every save.
    watch: safety::Watch,
    /// This database's id, for the count of saves written beside it.
    database_id: String,
}

fn now_text(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Opens (or creates, if the file does not exist) the database at `path`, takes an exclusive
    /// lock for this process and applies pending migrations in one transaction.
    ///
    /// Before anything is written: an empty (0-byte) file is refused as not ours, a read-only
    /// file or folder is reported as read-only, a new database is only made in a folder that
    /// can be written (else the error names the folder), and a database with fewer saves than
    /// the count beside it says were made is refused (`store_behind`). A locked database names
    /// who holds it where the system says (another DPIA Helper, or which program).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, false)
    }

    /// [`Store::open`], accepting a database that has fewer saves than were made to it (the
    /// user restored it from a backup on purpose, say): from now on its own count holds.
    pub fn open_older(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, true)
    }

    fn open_with(path: &Path, accept_older: bool) -> Result<Store, StoreError> {
        match Store::open_inner(path, accept_older) {
            // The connection is closed now, so asking who holds the lock cannot disturb it.
            Err(StoreError::Locked { file }) => Err(match os::lock_holder(path) {
                Holder::DpiaHelper { pid } => StoreError::LockedByApp { file, pid },
                Holder::Program { pid, name } => StoreError::LockedByProgram {
                    file,
                    pid,
                    program: name,
                },
                Holder::Unknown => StoreError::Locked { file },
            }),
            other => other,
        }
    }

    fn open_inner(path: &Path, accept_older: bool) -> Result<Store, StoreError> {
        let file = path.display().to_string();
        let folder = folder_of(path);
        match std::fs::metadata(path) {
            // SQLite would silently turn an empty file into a database: it is not ours to change.
            Ok(meta) if meta.is_file() && meta.len() == 0 => {
                return Err(StoreError::Empty { file });
            }
            // Marked read-only (Windows' attribute, or no write bit for anyone on Unix): not
            // ours to write, also for a process (root, or Wine as root) the system would let.
            Ok(meta) if meta.is_file() && meta.permissions().readonly() => {
                return Err(StoreError::ReadOnly { file });
            }
            // WAL needs its side files in the same folder, so a read-only folder makes the
            // database read-only too.
            Ok(meta) if meta.is_file() && !folder_writable(&folder) => {
                return Err(StoreError::ReadOnly { file });
            }
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    && folder.is_dir()
                    && !folder_writable(&folder) =>
            {
                return Err(StoreError::FolderReadOnly {
                    folder: folder.display().to_string(),
                });
            }
            _ => {}
        }
        let new = std::fs::symlink_metadata(path)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = match folder::sqlite_path(path) {
            (long, Some(vfs)) => Connection::open_with_flags_and_vfs(long, flags, vfs),
            (same, None) => Connection::open_with_flags(same, flags),
        }
        .map_err(|e| classify(&file, e))?;
        // SQLite falls back to read-only when the file cannot be written; say so before a write
        // fails with a vague "disk I/O error".
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(StoreError::ReadOnly { file });
        }
        // Read-only checks first: nothing may touch a file that is not ours or is damaged.
        let lock = || -> rusqlite::Result<()> {
            conn.busy_timeout(std::time::Duration::from_millis(200))?;
            // One app instance owns the database; a second gets "locked" instead of interleaving.
            conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
            Ok(())
        };
        lock().map_err(|e| classify(&file, e))?;
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| classify(&file, e))?;
        if check != "ok" {
            return Err(StoreError::Corrupt {
                file,
                reason: check,
            });
        }
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(&file, e))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                file,
                found: version,
            });
        }
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(&file, e))?;
        if version == 0 && tables > 0 {
            return Err(StoreError::Corrupt {
                file,
                reason: "it holds tables of another program".into(),
            });
        }
        if !accept_older {
            if let Some((recorded, saved)) = safety::read_record(path) {
                // Before the count existed (or the database file lost even its tables) it has
                // none of the saves counted beside it.
                let (id, found) = if version >= COUNTED_FROM {
                    saves(&conn).map_err(|e| classify(&file, e))?
                } else {
                    (recorded.clone(), 0)
                };
                if recorded == id && saved > found {
                    return Err(StoreError::Behind { file, saved, found });
                }
            }
        }
        let setup = || -> rusqlite::Result<()> {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // FULL: in WAL mode every commit is synced to disk before it returns, so an answer the
            // UI shows as saved survives a power cut (NORMAL may lose the last commits).
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            Ok(())
        };
        setup().map_err(|e| classify(&file, e))?;
        let mut store = Store {
            conn,
            watch: safety::Watch::new(path),
            path: path.to_path_buf(),
            database_id: String::new(),
        };
        store.migrate().map_err(|e| match e {
            StoreError::Sql(reason) => StoreError::Corrupt {
                file: file.clone(),
                reason,
            },
            other => other,
        })?;
        if new {
            folder::make_private(path);
        }
        let (id, count) = saves(&store.conn).map_err(|e| classify(&file, e))?;
        store.database_id = id;
        // The WAL file exists now (the migration or the first read made it).
        store.watch = safety::Watch::new(path);
        safety::write_record(path, &store.database_id, count);
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let file = self.path.display().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)
            .map_err(|e| classify(&file, e))?;
        let version: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as u32 + 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` as one write transaction that also counts one save, after and before checking
    /// that the WAL file is still SQLite's own (see `safety`). Disk errors name the file.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let lost_before = self.guard_wal()?;
        let done = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            let count: i64 = tx.query_row(
                "UPDATE saves SET count = count + 1 WHERE id = 1 RETURNING count",
                [],
                |r| r.get(0),
            )?;
            let count = count.max(0) as u64;
            tx.commit()?;
            Ok((out, count))
        })();
        let (out, count) = done.map_err(|e| self.disk_error(e))?;
        let lost_after = self.guard_wal()?;
        safety::write_record(&self.path, &self.database_id, count);
        match lost_before.or(lost_after) {
            Some(lost) => Err(lost),
            None => Ok(out),
        }
    }

    /// A disk error, naming the database; an I/O error on a full disk is "disk full".
    fn disk_error(&self, e: StoreError) -> StoreError {
        let file = self.path.display().to_string();
        match e {
            StoreError::DiskFull { .. } => StoreError::DiskFull { file },
            StoreError::Io { .. } if os::disk_full(&folder_of(&self.path)) => {
                StoreError::DiskFull { file }
            }
            StoreError::Io { reason, .. } => StoreError::Io { file, reason },
            other => other,
        }
    }

    /// Checks the WAL file; when another program removed or replaced it, writes every save into
    /// the database file, moves a stranger's file aside, opens the database again and returns
    /// the error to report.
    fn guard_wal(&mut self) -> Result<Option<StoreError>, StoreError> {
        let Err(problem) = self.watch.check() else {
            return Ok(None);
        };
        let file = self.path.display().to_string();
        let wal = self.watch.path().to_path_buf();
        // Everything SQLite wrote is still in the file it has open: copy it into the database
        // file (synced) before anything else.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| self.disk_error(e.into()))?;
        // A stranger's file in the WAL's place must never be replayed over the database (it would
        // bring back older pages), nor is it ours to delete: move it aside.
        let mut aside = None;
        if problem == safety::WalProblem::Replaced && wal.exists() {
            let to = safety::aside_path(&wal);
            std::fs::rename(&wal, &to).map_err(|e| StoreError::Io {
                file: file.clone(),
                reason: e.to_string(),
            })?;
            aside = Some(to.display().to_string());
        }
        // Close (nothing left to write) and open again: the new connection makes its own WAL.
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        *self = Store::open_inner(&self.path.clone(), true)?;
        Ok(Some(StoreError::WalLost {
            file,
            wal: wal.display().to_string(),
            aside,
        }))
    }

    /// Every assessment that can be read, most recently changed first (an unreadable one is
    /// left out here; the list shows it as a marked row).
    pub fn all(&self) -> Result<Vec<Listed>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, data, updated_at FROM assessments ORDER BY updated_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, data, updated_at) = row?;
            if let Ok(assessment) = parse_stored(id, &data) {
                out.push(Listed {
                    id,
                    name,
                    assessment,
                    updated_at,
                });
            }
        }
        Ok(out)
    }

    /// Stores a new assessment with its list line and returns its id.
    pub fn create(
        &mut self,
        name: &str,
        a: &Assessment,
        now: DateTime<Utc>,
        line: &Line,
    ) -> Result<i64, StoreError> {
        dpia_assessment::validate(a)
            .map_err(|(field, reason)| StoreError::BadField { field, reason })?;
        let t = now_text(now);
        self.write(|tx| insert(tx, name, a, &t, line))
    }

    /// Stores many new assessments, each with its list line and time of creation, in one
    /// transaction (filling a database for a test or a benchmark quickly: one sync instead of one
    /// per assessment). Returns their ids.
    pub fn create_many(
        &mut self,
        items: &[(String, Assessment, Line, DateTime<Utc>)],
    ) -> Result<Vec<i64>, StoreError> {
        for (_, a, _, _) in items {
            dpia_assessment::validate(a)
                .map_err(|(field, reason)| StoreError::BadField { field, reason })?;
        }
        self.write(|tx| {
            items
                .iter()
                .map(|(name, a, line, at)| insert(tx, name, a, &now_text(*at), line))
                .collect()
        })
    }

    /// The name of another assessment with exactly these answers, if there is one (its own
    /// assessment id and its review comments aside: two imports of one file get ids of their
    /// own, and a comment changes no answer).
    pub fn same_answers(&self, id: i64, a: &Assessment) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT name FROM assessments WHERE id != ?1 \
                 AND json_remove(data, '$.id', '$.comments') = json_remove(?2, '$.id', '$.comments') \
                 ORDER BY id LIMIT 1",
                params![id, dpia_assessment::to_json(a)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The row and name of the assessment whose own id (the `id` in its file) is `assessment`,
    /// if there is one (the oldest, should there be two).
    pub fn find_assessment_id(
        &self,
        assessment: &str,
    ) -> Result<Option<(i64, String)>, StoreError> {
        if assessment.is_empty() {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id, name FROM assessments WHERE json_extract(data, '$.id') = ?1 \
                 ORDER BY id LIMIT 1",
                params![assessment],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    pub fn get(&self, id: i64) -> Result<Assessment, StoreError> {
        let data: String = self
            .conn
            .query_row("SELECT data FROM assessments WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound { id })?;
        parse_stored(id, &data)
    }

    pub fn name(&self, id: i64) -> Result<String, StoreError> {
        self.conn
            .query_row("SELECT name FROM assessments WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound { id })
    }

    /// Sets one answer (the value at a JSON pointer; missing parent objects are created) and
    /// records the change, with the assessment's new list line, in one transaction. `null`
    /// removes the answer. The result must be a valid assessment and pass `on_save` (e.g. its
    /// ids against its statement), which also makes its line; or nothing changes.
    /// (`App::assessments_set` in the app, `assessments_set` in the UI.)
    pub fn set(
        &mut self,
        id: i64,
        pointer: &str,
        value: serde_json::Value,
        now: DateTime<Utc>,
        on_save: OnSave,
    ) -> Result<Assessment, StoreError> {
        self.write(|tx| {
            let (data, name): (String, String) = tx
                .query_row(
                    "SELECT data, name FROM assessments WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::NotFound { id })?;
            let (a, old) = apply_change(&data, id, pointer, value.clone())?;
            let line = on_save(&a).map_err(|error| StoreError::Change { id, error })?;
            if old.as_ref() == Some(&value) || (old.is_none() && value.is_null()) {
                return Ok(a);
            }
            let t = now_text(now);
            tx.execute(
                "UPDATE assessments SET data = ?1, updated_at = ?2 WHERE id = ?3",
                params![dpia_assessment::to_json(&a), t, id],
            )?;
            listing::write_line(tx, id, &name, &t, &line)?;
            tx.execute(
                "INSERT INTO history (assessment_id, at, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    t,
                    pointer,
                    old.map(|v| v.to_string()),
                    (!value.is_null()).then(|| value.to_string())
                ],
            )?;
            Ok(a)
        })
    }

    pub fn rename(&mut self, id: i64, name: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.write(|tx| {
            let old = tx
                .query_row("SELECT name FROM assessments WHERE id = ?1", [id], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
                .ok_or(StoreError::NotFound { id })?;
            let t = now_text(now);
            tx.execute(
                "UPDATE assessments SET name = ?1, updated_at = ?2 WHERE id = ?3",
                params![name, t, id],
            )?;
            listing::rename_line(tx, id, name, &t)?;
            tx.execute(
                "INSERT INTO history (assessment_id, at, field, old_value, new_value) VALUES (?1, ?2, 'name', ?3, ?4)",
                params![id, t, serde_json::Value::from(old).to_string(), serde_json::Value::from(name).to_string()],
            )?;
            Ok(())
        })
    }

    /// A copy as a template for another client: same answers, organisation cleared; `line`
    /// makes the copy's list line.
    pub fn duplicate(
        &mut self,
        id: i64,
        name: &str,
        now: DateTime<Utc>,
        line: &dyn Fn(&Assessment) -> Line,
    ) -> Result<i64, StoreError> {
        let mut a = self.get(id)?;
        a.organisation = Default::default();
        let line = line(&a);
        self.create(name, &a, now, &line)
    }

    pub fn delete(&mut self, id: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM assessments WHERE id = ?1", [id])?;
            if n == 0 {
                return Err(StoreError::NotFound { id });
            }
            Ok(())
        })
    }

    /// The changes to an assessment, newest first.
    pub fn history(&self, id: i64) -> Result<Vec<HistoryEntry>, StoreError> {
        self.name(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT at, field, old_value, new_value FROM history WHERE assessment_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                field: r.get(1)?,
                old_value: r.get(2)?,
                new_value: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The imported statements, oldest first.
    pub fn statements(&self) -> Result<Vec<StoredStatement>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, processor, version, source, file_name, imported_at, notified_on FROM statements ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredStatement {
                id: r.get(0)?,
                processor: r.get(1)?,
                version: r.get(2)?,
                source: r.get(3)?,
                file_name: r.get(4)?,
                imported_at: r.get(5)?,
                notified_on: r
                    .get::<_, Option<String>>(6)?
                    .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Keeps an imported statement (its text as read). A version already there is refused.
    pub fn add_statement(
        &mut self,
        processor: &str,
        version: &str,
        source: &str,
        file_name: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let exists: i64 = tx.query_row(
                "SELECT count(*) FROM statements WHERE processor = ?1 AND version = ?2",
                params![processor, version],
                |r| r.get(0),
            )?;
            if exists > 0 {
                return Err(StoreError::StatementExists {
                    processor: processor.into(),
                    version: version.into(),
                });
            }
            tx.execute(
                "INSERT INTO statements (processor, version, source, file_name, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![processor, version, source, file_name, now_text(now)],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Records when the processor notified the client of an imported statement version.
    pub fn set_statement_notified(
        &mut self,
        id: i64,
        notified_on: Option<chrono::NaiveDate>,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE statements SET notified_on = ?1 WHERE id = ?2",
                params![notified_on.map(|d| d.to_string()), id],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound { id });
            }
            Ok(())
        })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            Ok(())
        })
    }
}

/// Inserts one assessment and its line.
fn insert(
    tx: &rusqlite::Transaction,
    name: &str,
    a: &Assessment,
    t: &str,
    line: &Line,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO assessments (name, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![name, dpia_assessment::to_json(a), t],
    )?;
    let id = tx.last_insert_rowid();
    listing::write_line(tx, id, name, t, line)?;
    Ok(id)
}

/// This database's id and count of saves.
fn saves(conn: &Connection) -> rusqlite::Result<(String, u64)> {
    conn.query_row("SELECT database, count FROM saves WHERE id = 1", [], |r| {
        Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64))
    })
}

#[cfg(test)]
mod list_tests;
#[cfg(test)]
mod safety_tests;
#[cfg(test)]
mod tests;
