//! The desktop app's logic, without Tauri: every command the UI can call, over the store and the
//! core crates. Tauri commands (src-tauri) only parse, call one of these and map the error.
//!
//! "Now" and "today" are passed in by the caller; nothing here reads the clock.
//! Files are named by the user in native dialogs only: commands take a token from [`Grants`],
//! never a path from the page.

mod export;
pub mod grants;
pub mod views;

use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::Assessment;
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use dpia_store::{AssessmentSummary, HistoryEntry, Store, StoreError};
pub use export::ExportJob;
pub use grants::{open_purpose, Grant, GrantError, Grants, Purpose};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;
pub use views::*;

/// What the UI needs to know on start (and after a database change).
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppState {
    /// `nl` or `en`, as remembered.
    pub lang: String,
    /// The database file in use (or the one that failed to open).
    pub database: String,
    /// Set when the database could not be opened: the UI shows the error screen.
    pub error: Option<ApiError>,
    pub statement: String,
}

pub struct App {
    statement: Statement,
    database: PathBuf,
    store: std::result::Result<Store, StoreError>,
    /// The files the user chose in this session's dialogs, by token.
    grants: Grants,
}

pub type Result<T> = std::result::Result<T, ApiError>;

fn store_error(m: &Messages, e: &StoreError) -> ApiError {
    let message = match e {
        StoreError::Invalid(file) => dpia_i18n::file_error(m, file),
        StoreError::Open { file, reason } | StoreError::Corrupt { file, reason } => m.fmt(
            &format!("error-{}", e.code()),
            &[("file", file.into()), ("reason", reason.into())],
        ),
        StoreError::Locked { file } => m.fmt("error-store_locked", &[("file", file.into())]),
        StoreError::ReadOnly { file } => m.fmt("error-store_read_only", &[("file", file.into())]),
        StoreError::Empty { file } => m.fmt("error-store_empty", &[("file", file.into())]),
        StoreError::FolderReadOnly { folder } => {
            m.fmt("error-store_folder_read_only", &[("folder", folder.into())])
        }
        StoreError::Newer { file, found } => m.fmt(
            "error-store_newer",
            &[("file", file.into()), ("version", found.to_string().into())],
        ),
        StoreError::NotFound { id } => {
            m.fmt("error-store_not_found", &[("id", id.to_string().into())])
        }
        StoreError::BadField { field, reason } => m.fmt(
            "error-store_bad_field",
            &[("field", field.into()), ("reason", reason.into())],
        ),
        StoreError::Sql(reason) => m.fmt("error-store_sql", &[("reason", reason.into())]),
    };
    ApiError {
        code: e.code().into(),
        message,
    }
}

fn grant_error(m: &Messages, e: &GrantError) -> ApiError {
    let purpose = |p: Purpose| m.get(&format!("grant-purpose-{}", p.id()));
    let message = match e {
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
        code: e.code().into(),
        message,
    }
}

/// Parses the purpose of an open dialog from the UI (`import` or `database`).
pub fn open_dialog_purpose(id: &str, lang: Lang) -> Result<Purpose> {
    open_purpose(id).map_err(|e| grant_error(&Messages::new(lang), &e))
}

/// "Show in folder" failed in the file manager (the shell calls the opener).
pub fn show_in_folder_error(path: &Path, reason: &str, lang: Lang) -> ApiError {
    ApiError {
        code: "show_in_folder".into(),
        message: Messages::new(lang).fmt(
            "error-show_in_folder",
            &[
                ("file", path.display().to_string().into()),
                ("reason", reason.into()),
            ],
        ),
    }
}

fn file_error(m: &Messages, e: &dpia_assessment::FileError) -> ApiError {
    ApiError {
        code: e.code().into(),
        message: dpia_i18n::file_error(m, e),
    }
}

/// Parses a language id from the UI.
pub fn lang(id: &str) -> Result<Lang> {
    id.parse().map_err(|reason: String| ApiError {
        code: "bad_lang".into(),
        message: reason,
    })
}

impl App {
    /// Opens the database at `database`; a failure is kept and shown by the UI, never fatal.
    pub fn open(database: &Path) -> App {
        App {
            statement: Statement::embedded(),
            database: database.to_path_buf(),
            store: Store::open(database),
            grants: Grants::default(),
        }
    }

    /// Registers a file the user chose in a native dialog (or the app wrote, for
    /// [`Purpose::Reveal`]) and returns the token the page may pass back. Shell only.
    pub fn grant(&mut self, purpose: Purpose, path: PathBuf) -> Grant {
        self.grants.grant(purpose, path)
    }

    /// The file behind a token, if it was granted for `purpose`; otherwise an error and
    /// nothing is touched.
    fn granted(&mut self, token: &str, purpose: Purpose, m: &Messages) -> Result<PathBuf> {
        self.grants
            .resolve(token, purpose)
            .map_err(|e| grant_error(m, &e))
    }

    /// "Show in folder": the written export behind a reveal token.
    pub fn reveal(&mut self, token: &str, lang: Lang) -> Result<PathBuf> {
        self.granted(token, Purpose::Reveal, &Messages::new(lang))
    }

    fn store(&self, m: &Messages) -> Result<&Store> {
        self.store.as_ref().map_err(|e| store_error(m, e))
    }

    fn store_mut(&mut self, m: &Messages) -> Result<&mut Store> {
        self.store.as_mut().map_err(|e| store_error(m, e))
    }

    pub fn statement(&self) -> &Statement {
        &self.statement
    }

    /// The remembered language, or Dutch.
    pub fn lang(&self) -> Lang {
        self.store
            .as_ref()
            .ok()
            .and_then(|s| s.setting("lang").ok().flatten())
            .and_then(|l| l.parse().ok())
            .unwrap_or(Lang::Nl)
    }

    pub fn state(&self) -> AppState {
        let lang = self.lang();
        let m = Messages::new(lang);
        AppState {
            lang: lang.code().into(),
            database: self.database.display().to_string(),
            error: self.store.as_ref().err().map(|e| store_error(&m, e)),
            statement: self.statement.label(),
        }
    }

    pub fn set_lang(&mut self, lang: Lang) -> Result<AppState> {
        let m = Messages::new(lang);
        self.store_mut(&m)?
            .set_setting("lang", lang.code())
            .map_err(|e| store_error(&m, &e))?;
        Ok(self.state())
    }

    /// Switches to the database file the user chose in the open dialog (the error screen's
    /// "open another file"). A token not granted for [`Purpose::Database`] changes nothing.
    pub fn open_database(&mut self, token: &str, lang: Lang) -> Result<AppState> {
        let path = self.granted(token, Purpose::Database, &Messages::new(lang))?;
        Ok(self.switch_database(&path))
    }

    fn switch_database(&mut self, path: &Path) -> AppState {
        // Release the current lock first, so reopening the same file works.
        self.store = Err(StoreError::Sql(String::new()));
        self.database = path.to_path_buf();
        self.store = Store::open(path);
        self.state()
    }

    /// Starts a new, empty database next to the current one, never replacing any file.
    pub fn new_database_beside(&mut self, now: DateTime<Utc>) -> AppState {
        let dir = self
            .database
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let stem = self.database.file_stem().map_or_else(
            || "dpia-helper".to_string(),
            |s| s.to_string_lossy().to_string(),
        );
        let base = format!("{stem}-{}", now.format("%Y%m%d-%H%M%S"));
        let mut path = dir.join(format!("{base}.sqlite"));
        let mut n = 2;
        while path.exists() {
            path = dir.join(format!("{base}-{n}.sqlite"));
            n += 1;
        }
        let previous = self.database.clone();
        let state = self.switch_database(&path);
        if matches!(self.store, Err(StoreError::FolderReadOnly { .. })) {
            // Nothing was made: keep naming the file the user knows; the error names the folder.
            self.database = previous;
            return self.state();
        }
        state
    }

    pub fn catalog(&self, lang: Lang) -> Catalog {
        views::catalog(&Messages::new(lang), &self.statement)
    }

    pub fn statement_view(&self, lang: Lang) -> StatementView {
        views::statement(&Messages::new(lang), &self.statement)
    }

    pub fn list(&self, lang: Lang, today: NaiveDate) -> Result<Vec<AssessmentSummary>> {
        let m = Messages::new(lang);
        self.store(&m)?
            .list(&self.statement, today)
            .map_err(|e| store_error(&m, &e))
    }

    /// A new, blank assessment for the statement in use.
    pub fn create(
        &mut self,
        name: &str,
        lang: Lang,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let m = Messages::new(lang);
        let a = Assessment::template(
            &self.statement.processor.name,
            &self.statement.version.version,
            Some(today),
        );
        self.store_mut(&m)?
            .create(name, &a, now)
            .map_err(|e| store_error(&m, &e))
    }

    pub fn view(&self, id: i64, lang: Lang, today: NaiveDate) -> Result<AssessmentView> {
        let m = Messages::new(lang);
        let store = self.store(&m)?;
        let a = store.get(id).map_err(|e| store_error(&m, &e))?;
        let name = store.name(id).map_err(|e| store_error(&m, &e))?;
        Ok(self.view_of(&m, id, name, a, today))
    }

    fn view_of(
        &self,
        m: &Messages,
        id: i64,
        name: String,
        a: Assessment,
        today: NaiveDate,
    ) -> AssessmentView {
        let s = dpia_rules::screen(&self.statement, &a, today);
        let r = dpia_rules::risks(&a);
        AssessmentView {
            id,
            name,
            screening: views::screening(m, &self.statement, &s),
            risks: views::risks(m, &self.statement, &r),
            assessment: a,
        }
    }

    /// Saves one answer at once (autosave) and returns the new view with the live screening.
    pub fn set_answer(
        &mut self,
        id: i64,
        pointer: &str,
        value: serde_json::Value,
        lang: Lang,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let m = Messages::new(lang);
        let store = self.store_mut(&m)?;
        let a = store
            .set(id, pointer, value, now)
            .map_err(|e| store_error(&m, &e))?;
        let name = store.name(id).map_err(|e| store_error(&m, &e))?;
        Ok(self.view_of(&m, id, name, a, today))
    }

    pub fn rename(&mut self, id: i64, name: &str, lang: Lang, now: DateTime<Utc>) -> Result<()> {
        let m = Messages::new(lang);
        self.store_mut(&m)?
            .rename(id, name, now)
            .map_err(|e| store_error(&m, &e))
    }

    pub fn duplicate(
        &mut self,
        id: i64,
        name: &str,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let m = Messages::new(lang);
        self.store_mut(&m)?
            .duplicate(id, name, now)
            .map_err(|e| store_error(&m, &e))
    }

    pub fn delete(&mut self, id: i64, lang: Lang) -> Result<()> {
        let m = Messages::new(lang);
        self.store_mut(&m)?
            .delete(id)
            .map_err(|e| store_error(&m, &e))
    }

    pub fn history(&self, id: i64, lang: Lang) -> Result<Vec<HistoryEntry>> {
        let m = Messages::new(lang);
        self.store(&m)?.history(id).map_err(|e| store_error(&m, &e))
    }

    /// Imports the `.dpia.json` file the user chose in the open dialog. An invalid file (or a
    /// token not granted for [`Purpose::Import`]) changes nothing and says what is wrong.
    pub fn import(&mut self, token: &str, lang: Lang, now: DateTime<Utc>) -> Result<i64> {
        let m = Messages::new(lang);
        let path = self.granted(token, Purpose::Import, &m)?;
        let path = path.as_path();
        let a = dpia_assessment::load(path).map_err(|e| file_error(&m, &e))?;
        let name = if a.organisation.name.trim().is_empty() {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string())
        } else {
            a.organisation.name.clone()
        };
        self.store_mut(&m)?
            .create(&name, &a, now)
            .map_err(|e| store_error(&m, &e))
    }

    /// Writes an assessment as `.dpia.json` where the user chose in the save dialog (which
    /// confirmed replacing an existing file). Returns a token to show the file in its folder.
    pub fn export_assessment(&mut self, id: i64, token: &str, lang: Lang) -> Result<Grant> {
        let m = Messages::new(lang);
        let a = self.store(&m)?.get(id).map_err(|e| store_error(&m, &e))?;
        let path = self.granted(token, Purpose::Save, &m)?;
        dpia_assessment::write_atomic(&path, dpia_assessment::to_json(&a).as_bytes(), true)
            .map_err(|e| file_error(&m, &e))?;
        Ok(self.grant(Purpose::Reveal, path))
    }
}
pub use dpia_store as store;
