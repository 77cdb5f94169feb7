//! The database and the app's settings: the state the UI starts from, the language, opening
//! another database file or starting a new one beside a broken one.

use crate::{known_statements, settings, App, AppState, Purpose, Result, WordedResult};
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

    fn switch_database(&mut self, path: &Path) -> AppState {
        // Release the current lock first, so reopening the same file works.
        self.store = Err(StoreError::Sql(String::new()));
        self.database = path.to_path_buf();
        self.store = Store::open(path);
        self.statements = known_statements(&self.store, &self.messages);
        self.app_state()
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
