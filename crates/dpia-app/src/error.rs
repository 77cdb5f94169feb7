//! Errors as the UI gets them: a stable code to branch on and a message in the app's language.
//!
//! Every error of the crates below is worded by `dpia-i18n`; the errors only the app has (the
//! store's and the dialog tokens') are worded here, from `locales/`. One extension, `.worded(&m)`,
//! turns any of them into an [`ApiError`].

use crate::grants::{GrantError, Purpose};
use dpia_assessment::FileError;
use dpia_documents::embedded::{self, EmbeddedError};
use dpia_i18n::Messages;
use dpia_store::StoreError;
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// An error for the UI: a stable code to branch on and a worded message to show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}

impl ApiError {
    /// An error of the app itself: `code`, worded by the message `error-<code>` with `args`.
    pub(crate) fn of(m: &Messages, code: &str, args: &[(&str, dpia_i18n::Arg)]) -> ApiError {
        ApiError {
            code: code.into(),
            message: m.fmt(&format!("error-{code}"), args),
        }
    }
}

/// An error that can be worded for the UI.
pub trait Worded {
    fn worded(&self, m: &Messages) -> ApiError;
}

/// `.worded(&m)` on a result: its error as an [`ApiError`].
pub trait WordedResult<T> {
    fn worded(self, m: &Messages) -> Result<T, ApiError>;
}

impl<T, E: Worded> WordedResult<T> for Result<T, E> {
    fn worded(self, m: &Messages) -> Result<T, ApiError> {
        self.map_err(|e| e.worded(m))
    }
}

impl Worded for StoreError {
    fn worded(&self, m: &Messages) -> ApiError {
        let message = match self {
            // The store names a stored assessment "assessment 12": say it in the user's words.
            StoreError::Unreadable { id, error } | StoreError::Change { id, error } => {
                let label = m.fmt("store-assessment", &[("id", id.to_string().into())]);
                dpia_i18n::file_error(m, &relabel(error, label))
            }
            StoreError::Open { file, reason } | StoreError::Corrupt { file, reason } => m.fmt(
                &format!("error-{}", self.code()),
                &[("file", file.into()), ("reason", reason.into())],
            ),
            StoreError::Locked { file } => m.fmt("error-store_locked", &[("file", file.into())]),
            StoreError::LockedByApp { file, pid } => m.fmt(
                "error-store_locked_by_app",
                &[("file", file.into()), ("pid", pid.to_string().into())],
            ),
            StoreError::LockedByProgram { file, pid, program } => m.fmt(
                "error-store_locked_by_program",
                &[
                    ("file", file.into()),
                    ("pid", pid.to_string().into()),
                    ("program", program.into()),
                ],
            ),
            StoreError::ReadOnly { file } => {
                m.fmt("error-store_read_only", &[("file", file.into())])
            }
            StoreError::Empty { file } => m.fmt("error-store_empty", &[("file", file.into())]),
            StoreError::FolderReadOnly { folder } => {
                m.fmt("error-store_folder_read_only", &[("folder", folder.into())])
            }
            StoreError::Newer { file, found } => m.fmt(
                "error-store_newer",
                &[("file", file.into()), ("version", found.to_string().into())],
            ),
            StoreError::Behind { file, saved, found } => m.fmt(
                "error-store_behind",
                &[
                    ("file", file.into()),
                    ("missing", saved.saturating_sub(*found).to_string().into()),
                    ("wal", wal_of(file).into()),
                ],
            ),
            StoreError::WalLost { file, wal, aside } => match aside {
                Some(aside) => m.fmt(
                    "error-store_wal_replaced",
                    &[
                        ("file", file.into()),
                        ("wal", wal.into()),
                        ("aside", aside.into()),
                    ],
                ),
                None => m.fmt(
                    "error-store_wal_lost",
                    &[("file", file.into()), ("wal", wal.into())],
                ),
            },
            StoreError::DiskFull { file } => {
                m.fmt("error-store_disk_full", &[("file", file.into())])
            }
            StoreError::Io { file, reason } => m.fmt(
                "error-store_io",
                &[("file", file.into()), ("reason", reason.into())],
            ),
            StoreError::NotFound { id } => {
                m.fmt("error-store_not_found", &[("id", id.to_string().into())])
            }
            StoreError::StatementExists { processor, version } => m.fmt(
                "error-store_statement_exists",
                &[("statement", format!("{processor} {version}").into())],
            ),
            StoreError::BadField { field, reason } => m.fmt(
                "error-store_bad_field",
                &[
                    ("field", field.into()),
                    ("reason", dpia_i18n::reason(m, reason).into()),
                ],
            ),
            StoreError::Sql(reason) => m.fmt("error-store_sql", &[("reason", reason.into())]),
        };
        ApiError {
            code: self.code().into(),
            message,
        }
    }
}

/// The WAL file's name beside a database file, as the messages name it.
fn wal_of(file: &str) -> String {
    format!("{file}-wal")
}

/// The same file error, naming the file `file`.
fn relabel(e: &FileError, file: String) -> FileError {
    let mut e = e.clone();
    match &mut e {
        FileError::Read { file: f, .. }
        | FileError::TooLarge { file: f, .. }
        | FileError::Empty { file: f }
        | FileError::NotText { file: f, .. }
        | FileError::Syntax { file: f, .. }
        | FileError::NotAnObject { file: f }
        | FileError::NotAssessment { file: f, .. }
        | FileError::Newer { file: f, .. }
        | FileError::Version { file: f, .. }
        | FileError::Field { file: f, .. }
        | FileError::Invalid { file: f, .. }
        | FileError::Exists { file: f }
        | FileError::Write { file: f, .. } => *f = file,
    }
    e
}

impl Worded for GrantError {
    fn worded(&self, m: &Messages) -> ApiError {
        let purpose = |p: Purpose| m.get(&format!("grant-purpose-{}", p.id()));
        let message = match self {
            GrantError::Unknown => m.get("error-grant_unknown"),
            GrantError::WrongPurpose { granted, wanted } => m.fmt(
                "error-grant_wrong_purpose",
                &[
                    ("granted", purpose(*granted).into()),
                    ("wanted", purpose(*wanted).into()),
                ],
            ),
            GrantError::BadPurpose(value) => m.fmt("error-bad_purpose", &[("value", value.into())]),
        };
        ApiError {
            code: self.code().into(),
            message,
        }
    }
}

impl Worded for dpia_assessment::FileError {
    fn worded(&self, m: &Messages) -> ApiError {
        ApiError {
            code: self.code().into(),
            message: dpia_i18n::file_error(m, self),
        }
    }
}

impl Worded for EmbeddedError {
    fn worded(&self, m: &Messages) -> ApiError {
        ApiError {
            code: self.code().into(),
            message: embedded::describe(m, self),
        }
    }
}

impl Worded for dpia_statement::StatementError {
    fn worded(&self, m: &Messages) -> ApiError {
        ApiError {
            code: self.code().into(),
            message: dpia_i18n::statement_error(m, self),
        }
    }
}

impl Worded for dpia_documents::RenderError {
    fn worded(&self, m: &Messages) -> ApiError {
        ApiError {
            code: self.code().into(),
            message: self.describe(m),
        }
    }
}

/// The written export could not be opened in its default program (the shell calls the opener).
pub fn open_document_error(m: &Messages, path: &Path, reason: &str) -> ApiError {
    ApiError::of(
        m,
        "open_document",
        &[
            ("file", path.display().to_string().into()),
            ("reason", reason.into()),
        ],
    )
}

/// "Show in folder" failed in the file manager (the shell calls the opener).
pub fn show_in_folder_error(m: &Messages, path: &Path, reason: &str) -> ApiError {
    ApiError::of(
        m,
        "show_in_folder",
        &[
            ("file", path.display().to_string().into()),
            ("reason", reason.into()),
        ],
    )
}
