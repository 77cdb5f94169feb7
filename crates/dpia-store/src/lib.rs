//! The app's SQLite store: assessments (as `.dpia.json` text), a history of every change,
//! imported statements (as their TOML text), settings, and embedded append-only migrations
//! applied on open. The store runs no rules: the app screens what it reads.
//!
//! Invariants: every change is one transaction, durable when it returns (WAL with
//! `synchronous=FULL`: neither a crash nor a power cut loses an acknowledged change); a change
//! that would make the assessment invalid is refused and changes nothing; a database that cannot
//! be opened, is locked, read-only, empty, damaged or someone else's is reported, never deleted,
//! recreated or changed.

use chrono::{DateTime, Utc};
use dpia_assessment::{Assessment, FileError, Reason};
use folder::{folder_of, folder_writable};
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
];

/// The schema version this code writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{file}: the database cannot be opened: {reason}")]
    Open { file: String, reason: String },
    #[error("{file}: the database is in use by another DPIA Helper")]
    Locked { file: String },
    #[error("{file}: the database is read-only (the file or its folder cannot be written)")]
    ReadOnly { file: String },
    #[error("{folder}: the folder cannot be written, so no database can be made in it")]
    FolderReadOnly { folder: String },
    #[error("{file}: the file is empty (0 bytes), so it is not a DPIA Helper database")]
    Empty { file: String },
    #[error("{file}: the database is damaged or not a DPIA Helper database: {reason}")]
    Corrupt { file: String, reason: String },
    #[error("{file}: the database was written by a newer DPIA Helper (schema {found}; this version reads up to {SCHEMA_VERSION})")]
    Newer { file: String, found: u32 },
    #[error("assessment {id} does not exist")]
    NotFound { id: i64 },
    #[error("statement {processor} {version} is already imported")]
    StatementExists { processor: String, version: String },
    #[error("field `{field}`: {reason}")]
    BadField { field: String, reason: Reason },
    #[error("{0}")]
    Invalid(#[from] FileError),
    #[error("database error: {0}")]
    Sql(String),
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "store_open",
            StoreError::Locked { .. } => "store_locked",
            StoreError::ReadOnly { .. } => "store_read_only",
            StoreError::FolderReadOnly { .. } => "store_folder_read_only",
            StoreError::Empty { .. } => "store_empty",
            StoreError::Corrupt { .. } => "store_corrupt",
            StoreError::Newer { .. } => "store_newer",
            StoreError::NotFound { .. } => "store_not_found",
            StoreError::StatementExists { .. } => "store_statement_exists",
            StoreError::BadField { .. } => "store_bad_field",
            StoreError::Invalid(e) => e.code(),
            StoreError::Sql(_) => "store_sql",
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e.to_string())
    }
}

/// One assessment as the list reads it.
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

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

fn classify(file: &str, e: rusqlite::Error) -> StoreError {
    match &e {
        rusqlite::Error::SqliteFailure(err, msg) => match err.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                StoreError::Locked { file: file.into() }
            }
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => StoreError::Corrupt {
                file: file.into(),
                reason: msg.clone().unwrap_or_else(|| e.to_string()),
            },
            ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly => {
                StoreError::Open {
                    file: file.into(),
                    reason: msg.clone().unwrap_or_else(|| e.to_string()),
                }
            }
            _ => StoreError::Open {
                file: file.into(),
                reason: e.to_string(),
            },
        },
        _ => StoreError::Open {
            file: file.into(),
            reason: e.to_string(),
        },
    }
}

fn now_text(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Opens (or creates, if the file does not exist) the database at `path`, takes an exclusive
    /// lock for this process and applies pending migrations in one transaction.
    ///
    /// Before anything is written: an empty (0-byte) file is refused as not ours, a read-only
    /// file or folder is reported as read-only, and a new database is only made in a folder that
    /// can be written (else the error names the folder).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
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
            path: path.to_path_buf(),
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

    /// All assessments, most recently changed first.
    pub fn list(&self) -> Result<Vec<Listed>, StoreError> {
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
            out.push(Listed {
                id,
                name,
                assessment: parse_stored(id, &data)?,
                updated_at,
            });
        }
        Ok(out)
    }

    /// Stores a new assessment and returns its id.
    pub fn create(
        &mut self,
        name: &str,
        a: &Assessment,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        dpia_assessment::validate(a)
            .map_err(|(field, reason)| StoreError::BadField { field, reason })?;
        let t = now_text(now);
        self.conn.execute(
            "INSERT INTO assessments (name, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![name, dpia_assessment::to_json(a), t],
        )?;
        Ok(self.conn.last_insert_rowid())
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
    /// records the change, in one transaction. `null` removes the answer. The result must be a
    /// valid assessment and pass `check` (e.g. its ids against its statement), or nothing
    /// changes. (`App::assessments_set` in the app, `assessments_set` in the UI.)
    pub fn set(
        &mut self,
        id: i64,
        pointer: &str,
        value: serde_json::Value,
        now: DateTime<Utc>,
        check: &dyn Fn(&Assessment) -> Result<(), FileError>,
    ) -> Result<Assessment, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let data: String = tx
            .query_row("SELECT data FROM assessments WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound { id })?;
        let (a, old) = apply_change(&data, id, pointer, value.clone())?;
        check(&a)?;
        if old.as_ref() == Some(&value) || (old.is_none() && value.is_null()) {
            return Ok(a);
        }
        let t = now_text(now);
        tx.execute(
            "UPDATE assessments SET data = ?1, updated_at = ?2 WHERE id = ?3",
            params![dpia_assessment::to_json(&a), t, id],
        )?;
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
        tx.commit()?;
        Ok(a)
    }

    pub fn rename(&mut self, id: i64, name: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
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
        tx.execute(
            "INSERT INTO history (assessment_id, at, field, old_value, new_value) VALUES (?1, ?2, 'name', ?3, ?4)",
            params![id, t, serde_json::Value::from(old).to_string(), serde_json::Value::from(name).to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A copy as a template for another client: same answers, organisation cleared.
    pub fn duplicate(
        &mut self,
        id: i64,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut a = self.get(id)?;
        a.organisation = Default::default();
        self.create(name, &a, now)
    }

    pub fn delete(&mut self, id: i64) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute("DELETE FROM assessments WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound { id });
        }
        Ok(())
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
        let exists: i64 = self.conn.query_row(
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
        self.conn.execute(
            "INSERT INTO statements (processor, version, source, file_name, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![processor, version, source, file_name, now_text(now)],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records when the processor notified the client of an imported statement version.
    pub fn set_statement_notified(
        &mut self,
        id: i64,
        notified_on: Option<chrono::NaiveDate>,
    ) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE statements SET notified_on = ?1 WHERE id = ?2",
            params![notified_on.map(|d| d.to_string()), id],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound { id });
        }
        Ok(())
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
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

/// The pure part of [`Store::set`]: sets `value` at `pointer` in the stored JSON `data` of
/// assessment `id` and checks the result is a valid assessment. Returns it and the old value.
/// Public so that it can be fuzzed (`fuzz/`, target `store_set`).
pub fn apply_change(
    data: &str,
    id: i64,
    pointer: &str,
    value: serde_json::Value,
) -> Result<(Assessment, Option<serde_json::Value>), StoreError> {
    let mut json: serde_json::Value =
        serde_json::from_str(data).map_err(|e| StoreError::Sql(e.to_string()))?;
    let old = set_pointer(&mut json, pointer, value)?;
    if matches!(pointer, "/format" | "/version") {
        return Err(StoreError::BadField {
            field: pointer.into(),
            reason: Reason::Unchangeable,
        });
    }
    let text = serde_json::to_string_pretty(&json).expect("json serialises");
    let a = dpia_assessment::parse(&text, &format!("assessment {id}"))?;
    Ok((a, old))
}

fn parse_stored(id: i64, data: &str) -> Result<Assessment, StoreError> {
    Ok(dpia_assessment::parse(data, &format!("assessment {id}"))?)
}

/// Sets `value` at a JSON pointer, creating missing objects; returns the old value.
fn set_pointer(
    root: &mut serde_json::Value,
    pointer: &str,
    value: serde_json::Value,
) -> Result<Option<serde_json::Value>, StoreError> {
    let bad = |text: &str| StoreError::BadField {
        field: pointer.into(),
        reason: Reason::Other { text: text.into() },
    };
    if !pointer.starts_with('/') || pointer.len() < 2 {
        return Err(bad("not a field path"));
    }
    let parts: Vec<String> = pointer[1..]
        .split('/')
        .map(|p| p.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut node = root;
    for part in &parts[..parts.len() - 1] {
        node = if node.is_array() {
            let list = node.as_array_mut().expect("checked");
            let i = index(part, list.len()).ok_or_else(|| bad("no such element in the list"))?;
            &mut list[i]
        } else {
            let obj = node
                .as_object_mut()
                .ok_or_else(|| bad("its parent is not an object"))?;
            let next = obj
                .entry(part.clone())
                .or_insert_with(|| serde_json::json!({}));
            if next.is_null() {
                *next = serde_json::json!({});
            }
            next
        };
    }
    let last = parts.last().expect("at least one part");
    if let Some(list) = node.as_array_mut() {
        // An element of a list: replace it, or append it right after the last one.
        let i = index(last, list.len() + 1).ok_or_else(|| bad("no such element in the list"))?;
        return Ok(if i == list.len() {
            list.push(value);
            None
        } else {
            Some(std::mem::replace(&mut list[i], value))
        });
    }
    let obj = node
        .as_object_mut()
        .ok_or_else(|| bad("its parent is not an object"))?;
    Ok(if value.is_null() {
        obj.remove(last)
    } else {
        obj.insert(last.clone(), value)
    })
}

/// A list index below `len`, written as a plain decimal number.
fn index(part: &str, len: usize) -> Option<usize> {
    if part.is_empty()
        || !part.bytes().all(|b| b.is_ascii_digit())
        || (part.len() > 1 && part.starts_with('0'))
    {
        return None;
    }
    part.parse::<usize>().ok().filter(|i| *i < len)
}

#[cfg(test)]
mod tests;
