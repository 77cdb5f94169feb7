//! What can go wrong with the store, as data with a stable code, and how SQLite's errors map
//! onto it.

use super::*;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{file}: the database cannot be opened: {reason}")]
    Open { file: String, reason: String },
    /// Locked, and the system does not say by whom.
    #[error("{file}: the database is in use by another program or another DPIA Helper")]
    Locked { file: String },
    #[error("{file}: the database is open in another DPIA Helper (process {pid})")]
    LockedByApp { file: String, pid: u32 },
    #[error("{file}: the database is in use by another program: {program} (process {pid})")]
    LockedByProgram {
        file: String,
        pid: u32,
        program: String,
    },
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
    /// The database has fewer saves than were made to it: its newest saves are missing.
    #[error("{file}: the database holds {found} saves, but {saved} were made to it; the newest are missing (was its -wal file removed?)")]
    Behind {
        file: String,
        saved: u64,
        found: u64,
    },
    /// The WAL file was removed or replaced while the database was open; everything saved has
    /// been written into the database file since (the change that noticed it too).
    #[error("{wal}: the database's WAL file was removed or replaced by another program; every save has been written into {file}")]
    WalLost {
        file: String,
        wal: String,
        /// Where a file another program put in the WAL file's place was moved.
        aside: Option<String>,
    },
    #[error("{file}: the disk is full")]
    DiskFull { file: String },
    #[error("{file}: the disk reported an error: {reason}")]
    Io { file: String, reason: String },
    #[error("assessment {id} does not exist")]
    NotFound { id: i64 },
    /// A stored assessment cannot be read (e.g. written by a newer DPIA Helper).
    #[error("assessment {id} cannot be read: {error}")]
    Unreadable { id: i64, error: FileError },
    #[error("statement {processor} {version} is already imported")]
    StatementExists { processor: String, version: String },
    #[error("field `{field}`: {reason}")]
    BadField { field: String, reason: Reason },
    /// A change would make assessment `id` invalid (its own file error, or the caller's check).
    #[error("assessment {id}: {error}")]
    Change { id: i64, error: FileError },
    #[error("database error: {0}")]
    Sql(String),
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "store_open",
            StoreError::Locked { .. } => "store_locked",
            StoreError::LockedByApp { .. } => "store_locked_by_app",
            StoreError::LockedByProgram { .. } => "store_locked_by_program",
            StoreError::ReadOnly { .. } => "store_read_only",
            StoreError::FolderReadOnly { .. } => "store_folder_read_only",
            StoreError::Empty { .. } => "store_empty",
            StoreError::Corrupt { .. } => "store_corrupt",
            StoreError::Newer { .. } => "store_newer",
            StoreError::Behind { .. } => "store_behind",
            StoreError::WalLost { .. } => "store_wal_lost",
            StoreError::DiskFull { .. } => "store_disk_full",
            StoreError::Io { .. } => "store_io",
            StoreError::NotFound { .. } => "store_not_found",
            StoreError::Unreadable { .. } => "store_unreadable",
            StoreError::StatementExists { .. } => "store_statement_exists",
            StoreError::BadField { .. } => "store_bad_field",
            StoreError::Change { error, .. } => error.code(),
            StoreError::Sql(_) => "store_sql",
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        // The file is filled in by `Store::write`, which knows it.
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull {
                file: String::new(),
            },
            Some(ErrorCode::SystemIoFailure) => StoreError::Io {
                file: String::new(),
                reason: e.to_string(),
            },
            _ => StoreError::Sql(e.to_string()),
        }
    }
}

pub(crate) fn classify(file: &str, e: rusqlite::Error) -> StoreError {
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
