//! The desktop app's logic, without Tauri: every command the UI can call, over the store and the
//! core crates. Tauri commands (src-tauri) only parse, call one of these and return the error.
//!
//! One name per operation in every layer: the Tauri command `assessments_set` is
//! [`App::assessments_set`] here and `api.assessmentsSet` in the UI; the store, whose one domain is
//! assessments, calls it [`dpia_store::Store::set`]. The commands are grouped by domain in
//! `commands/` (`database`, `assessments`, `statements`, `documents`), their errors worded in
//! `error.rs`, the views in `views/`.
//!
//! "Now" and "today" are passed in by the caller; nothing here reads the clock. The language is
//! the app's (its settings file), never sent by the page, except the language a document is
//! written in. Files are named by the user in native dialogs only: commands take a token from
//! [`Grants`], never a path from the page. Files are read and written off the app's lock, one
//! at a time, as jobs the page can follow and cancel ([`Jobs`]). Each assessment's line in the
//! list is made when it is saved (`lines.rs`), so listing runs no rules.

mod commands;
mod error;
pub mod grants;
mod jobs;
mod known;
mod lines;
pub mod sample;
mod settings;
pub mod views;

pub use commands::documents::ExportJob;
pub use commands::exchange::{AssessmentExportJob, ImportJob, ReadImport};
pub use error::{open_document_error, show_in_folder_error, ApiError, Worded, WordedResult};
pub use grants::{open_purpose, Grant, GrantError, Grants, Purpose};
pub use jobs::{JobStage, Jobs};
pub use lines::MADE_BY;
pub use views::*;

use dpia_assessment::Assessment;
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use dpia_store::{Store, StoreError};
use known::{Known, Statements};
use std::path::PathBuf;
use std::sync::Arc;

pub use dpia_store as store;

pub type Result<T> = std::result::Result<T, ApiError>;

pub struct App {
    /// Shared with the file jobs that check imports against them.
    statements: Arc<Statements>,
    database: PathBuf,
    /// The app's own settings file (the language), kept apart from any database so that the
    /// choice holds for every database and for the error screen.
    settings: Option<PathBuf>,
    store: std::result::Result<Store, StoreError>,
    /// The files the user chose in this session's dialogs, by token.
    grants: Grants,
    /// The app's messages, in its language.
    messages: Messages,
    /// The file jobs that run (shared with the shell, which answers progress and cancel
    /// without this app's lock).
    jobs: Arc<Jobs>,
    /// An imported file whose assessment is already in the database, waiting for the user to
    /// take over its comments or import it as a copy.
    pending_import: Option<commands::exchange::PendingImport>,
}

impl App {
    /// Opens the database at `database`; a failure is kept and shown by the UI, never fatal.
    pub fn open(database: &std::path::Path) -> App {
        App::open_with_settings(database, None)
    }

    /// Opens the database, remembering the language in `settings` (a small JSON file, e.g. in
    /// the app's config folder) rather than in the database.
    pub fn open_with_settings(database: &std::path::Path, settings: Option<PathBuf>) -> App {
        let mut store = Store::open(database);
        let lang = remembered_lang(settings.as_deref(), &store);
        let messages = Messages::new(lang);
        let statements = known_statements(&store, &messages);
        refresh_lines(&mut store, &statements);
        App {
            statements,
            database: database.to_path_buf(),
            settings,
            store,
            grants: Grants::default(),
            messages,
            jobs: Arc::default(),
            pending_import: None,
        }
    }

    /// The file jobs, for the shell's `jobs_progress` and `jobs_cancel` (which must not wait for
    /// the app's lock while a backup holds it).
    pub fn jobs(&self) -> Arc<Jobs> {
        self.jobs.clone()
    }

    /// The app's language.
    pub fn lang(&self) -> Lang {
        self.messages.lang()
    }

    /// The app's messages, for errors the shell words (the opener's).
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// Registers a file the user chose in a native dialog (or the app wrote, for
    /// [`Purpose::Reveal`]) and returns the token the page may pass back. Shell only.
    pub fn grant(&mut self, purpose: Purpose, path: PathBuf) -> Grant {
        self.grants.grant(purpose, path)
    }

    /// The file behind a token, if it was granted for `purpose`; otherwise an error and
    /// nothing is touched.
    fn granted(&mut self, token: &str, purpose: Purpose) -> Result<PathBuf> {
        self.grants.resolve(token, purpose).worded(&self.messages)
    }

    /// The purpose of an open dialog, as the UI names it (`import`, `statement` or `database`).
    pub fn open_dialog_purpose(&self, id: &str) -> Result<Purpose> {
        open_purpose(id).worded(&self.messages)
    }

    /// "Show in folder" and "open": the written export behind a reveal token.
    pub fn reveal(&mut self, token: &str) -> Result<PathBuf> {
        self.granted(token, Purpose::Reveal)
    }

    fn store(&self) -> Result<&Store> {
        self.store.as_ref().map_err(|e| e.worded(&self.messages))
    }

    /// The store to change, with the messages to word its errors.
    fn store_mut(&mut self) -> Result<(&mut Store, &Messages)> {
        match &mut self.store {
            Ok(s) => Ok((s, &self.messages)),
            Err(e) => Err(e.worded(&self.messages)),
        }
    }

    /// The embedded statement (the default on a fresh install).
    pub fn statement(&self) -> &Statement {
        self.statements.embedded()
    }

    /// The statement an assessment is based on.
    pub fn statement_for(&self, a: &Assessment) -> &Statement {
        &self.statements.for_assessment(a).statement
    }

    fn known(&self, key: &str) -> Result<&Known> {
        self.statements.by_key(key).ok_or_else(|| {
            ApiError::of(
                &self.messages,
                "statement_not_found",
                &[("statement", key.into())],
            )
        })
    }
}

/// The remembered language: the settings file, else the database's (files of older versions),
/// else Dutch.
fn remembered_lang(
    settings: Option<&std::path::Path>,
    store: &std::result::Result<Store, StoreError>,
) -> Lang {
    settings
        .and_then(|p| settings::read(p).lang)
        .or_else(|| {
            store
                .as_ref()
                .ok()
                .and_then(|s| s.setting("lang").ok().flatten())
                .and_then(|l| l.parse().ok())
        })
        .unwrap_or(Lang::Nl)
}

/// Reads the statements the store keeps beside the embedded one.
fn known_statements(
    store: &std::result::Result<Store, StoreError>,
    m: &Messages,
) -> Arc<Statements> {
    let stored = store
        .as_ref()
        .ok()
        .and_then(|s| s.statements().ok())
        .unwrap_or_default();
    Arc::new(Statements::new(Statement::embedded(), stored, m))
}

/// Makes the list lines an opened database lacks (rows from before lines existed, or made by
/// another version). When they cannot be written, the database is not used: the error screen
/// says why (a full disk, say) and offers to try again.
fn refresh_lines(store: &mut std::result::Result<Store, StoreError>, all: &Statements) {
    if let Ok(s) = store {
        if let Err(e) = lines::refresh_stale(s, all) {
            *store = Err(e);
        }
    }
}

// The shell keeps the app behind a mutex shared by command threads.
const _: fn() = || {
    fn send<T: Send>() {}
    send::<App>();
};
