//! The database and the app's settings: the state the UI starts from, the language, opening
//! another database file or starting a new one beside a broken one, trying the same one again,
//! opening one that misses its newest saves as it is, and a backup copy of it.

use crate::jobs::{cancelled, JobStage};
use crate::{known_statements, settings, App, AppState, Grant, Purpose, Result, WordedResult};
use chrono::{DateTime, Utc};
use dpia_i18n::{Lang, Messages};
use dpia_store::{Store, StoreError};
use std::path::Path;

impl App {
    pub fn app_state(&self) -> AppState {
        AppState {
            lang: self.lang(),
            database: self.database.display().to_string(),
            error: self
                .store
                .as_ref()
                .err()
                .map(|e| crate::Worded::worded(e, &self.messages)),
            statement: self.statement().label(),
        }
    }

    /// Remembers the language for the app: in the settings file (also while the error screen
    /// shows, when no database is open) and in the open database.
    pub fn set_lang(&mut self, lang: Lang) -> Result<AppState> {
        self.messages = Messages::new(lang);
        if let Some(path) = &self.settings {
            settings::write(path, &settings::Settings { lang: Some(lang) })
                .worded(&self.messages)?;
        }
        if self.store.is_ok() || self.settings.is_none() {
            let (store, m) = self.store_mut()?;
            store.set_setting("lang", lang.code()).worded(m)?;
        }
        self.statements = known_statements(&self.store, &self.messages);
        Ok(self.app_state())
    }

    /// Switches to the database file the user chose in the open dialog (the error screen's
    /// "open another file"). A token not granted for [`Purpose::Database`] changes nothing.
    pub fn open_database(&mut self, token: &str) -> Result<AppState> {
        let path = self.granted(token, Purpose::Database)?;
        Ok(self.switch_database(&path))
    }

    /// The error screen's "try again": opens the same file again (another program may have let
    /// go of it, or the missing WAL file may be back).
    pub fn retry_database(&mut self) -> AppState {
        let path = self.database.clone();
        self.switch_database(&path)
    }

    /// The error screen's "open it as it is" for a database that misses its newest saves
    /// (`store_behind`): the user restored it from a backup on purpose, say. From then on its
    /// own count of saves holds.
    pub fn open_database_as_is(&mut self) -> AppState {
        let path = self.database.clone();
        self.store = Err(StoreError::Sql(String::new()));
        self.store = Store::open_older(&path);
        self.opened()
    }

    fn switch_database(&mut self, path: &Path) -> AppState {
        // Release the current lock first, so reopening the same file works.
        self.store = Err(StoreError::Sql(String::new()));
        self.database = path.to_path_buf();
        self.store = Store::open(path);
        self.opened()
    }

    /// After opening a database: its statements, and the list lines it lacks.
    fn opened(&mut self) -> AppState {
        self.statements = known_statements(&self.store, &self.messages);
        crate::refresh_lines(&mut self.store, &self.statements);
        self.app_state()
    }

    /// "Export a backup": a copy of the whole database in one file, with every save in it,
    /// where the user chose in the save dialog (its token, used up). Runs under the lock (it
    /// reads the open database), as a file job the page can cancel until the copy is complete
    /// (`jobs_cancel` stops SQLite at once; nothing is left behind). Returns a token to show
    /// the copy in its folder.
    pub fn backup_database(&mut self, token: &str) -> Result<Grant> {
        let path = self.granted(token, Purpose::Save)?;
        let ticket = self.jobs.start(token);
        let job = ticket.job().clone();
        let lang = self.lang();
        let store = self.store()?;
        job.set_interrupt(store.interrupt_handle());
        job.enter(JobStage::Copying);
        let done = store.backup(&path, &|| job.enter(JobStage::Writing));
        if job.cancelled() {
            return Err(cancelled(lang));
        }
        done.worded(&self.messages)?;
        Ok(self.grant(Purpose::Reveal, path))
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
            return self.app_state();
        }
        state
    }
}

impl App {
    /// A language id from the UI (`nl` or `en`).
    pub fn parse_lang(&self, id: &str) -> Result<Lang> {
        id.parse().map_err(|_: String| {
            crate::ApiError::of(&self.messages, "bad_lang", &[("value", id.into())])
        })
    }
}
