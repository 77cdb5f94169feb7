//! The desktop app's logic, without Tauri: every command the UI can call, over the store and the
//! core crates. Tauri commands (src-tauri) only parse, call one of these and map the error.
//!
//! "Now" and "today" are passed in by the caller; nothing here reads the clock.
//! Files are named by the user in native dialogs only: commands take a token from [`Grants`],
//! never a path from the page.

mod export;
pub mod grants;
pub mod statements;
pub mod views;

use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::Assessment;
use dpia_documents::embedded::{self, EmbeddedError};
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use dpia_store::{HistoryEntry, Store, StoreError};
pub use export::ExportJob;
pub use grants::{open_purpose, Grant, GrantError, Grants, Purpose};
use serde::Serialize;
pub use statements::{
    AffectedView, ChangeView, DiffView, StatementSummary, StatementsView, UnreadableStatement,
};
use statements::{Known, Statements};
use std::path::{Path, PathBuf};
use ts_rs::TS;
pub use views::*;

/// What an import made: the new assessment, and whether one with the same answers was
/// already there (the same file imported twice).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportView {
    #[ts(type = "number")]
    pub id: i64,
    /// The name of an assessment that already had exactly these answers, if any.
    pub same_as: Option<String>,
}

/// One line of the assessments list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AssessmentSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub client: String,
    /// The assessment date, if answered (YYYY-MM-DD).
    pub date: Option<String>,
    /// `required`, `recommended`, `not_required`, or `unknown` while services or data are
    /// not answered.
    pub verdict: String,
    /// The statement version it is based on ("KPI Solutions B.V. 06-2025").
    pub statement: String,
    /// A newer version of that processor's statement is known.
    pub newer_statement: bool,
    /// RFC 3339, UTC.
    pub updated_at: String,
    /// Adopted (definitive).
    pub definitive: bool,
    /// The review date (set or proposed), worded, and whether it has come (GDPR Art. 35(11)).
    pub review_date: String,
    pub review_due: bool,
    /// Certificates of the statement that expire before the review date (worded).
    pub expiring_certificates: Vec<String>,
    /// Measures of the action plan past their due date.
    #[ts(type = "number")]
    pub overdue_actions: usize,
}

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
    statements: Statements,
    database: PathBuf,
    /// The app's own settings file (the language), kept apart from any database so that the
    /// choice holds for every database and for the error screen.
    settings: Option<PathBuf>,
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
/// The written export could not be opened in its default program.
pub fn open_document_error(path: &Path, reason: &str, lang: Lang) -> ApiError {
    ApiError {
        code: "open_document".into(),
        message: Messages::new(lang).fmt(
            "error-open_document",
            &[
                ("file", path.display().to_string().into()),
                ("reason", reason.into()),
            ],
        ),
    }
}

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

fn embedded_error(m: &Messages, e: &EmbeddedError) -> ApiError {
    ApiError {
        code: e.code().into(),
        message: embedded::describe(m, e),
    }
}

/// Parses a language id from the UI.
pub fn lang(id: &str) -> Result<Lang> {
    id.parse().map_err(|reason: String| ApiError {
        code: "bad_lang".into(),
        message: reason,
    })
}

fn statement_error(m: &Messages, e: &dpia_statement::StatementError) -> ApiError {
    ApiError {
        code: e.code().into(),
        message: dpia_i18n::statement_error(m, e),
    }
}

fn not_found(m: &Messages, key: &str) -> ApiError {
    ApiError {
        code: "statement_not_found".into(),
        message: m.fmt("error-statement_not_found", &[("statement", key.into())]),
    }
}

/// Reads the statements the store keeps beside the embedded one.
fn known_statements(store: &std::result::Result<Store, StoreError>) -> Statements {
    let stored = store
        .as_ref()
        .ok()
        .and_then(|s| s.statements().ok())
        .unwrap_or_default();
    let lang = store
        .as_ref()
        .ok()
        .and_then(|s| s.setting("lang").ok().flatten())
        .and_then(|l| l.parse().ok())
        .unwrap_or(Lang::Nl);
    Statements::new(Statement::embedded(), stored, &Messages::new(lang))
}

impl App {
    /// Opens the database at `database`; a failure is kept and shown by the UI, never fatal.
    pub fn open(database: &Path) -> App {
        App::open_with_settings(database, None)
    }

    /// Opens the database, remembering the language in `settings` (a small JSON file, e.g. in
    /// the app's config folder) rather than in the database.
    pub fn open_with_settings(database: &Path, settings: Option<PathBuf>) -> App {
        let store = Store::open(database);
        App {
            statements: known_statements(&store),
            database: database.to_path_buf(),
            settings,
            store,
            grants: Grants::default(),
        }
    }

    /// The language in the settings file, if one is set and readable.
    fn settings_lang(&self) -> Option<Lang> {
        let text = std::fs::read_to_string(self.settings.as_ref()?).ok()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        v.get("lang")?.as_str()?.parse().ok()
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

    /// The embedded statement (the default on a fresh install).
    pub fn statement(&self) -> &Statement {
        self.statements.embedded()
    }

    /// The statement an assessment is based on.
    pub fn statement_for(&self, a: &Assessment) -> &Statement {
        &self.statements.for_assessment(a).statement
    }

    fn known(&self, key: &str, m: &Messages) -> Result<&Known> {
        self.statements.by_key(key).ok_or_else(|| not_found(m, key))
    }

    /// The remembered language: the app's settings file, else the database's (files of older
    /// versions), else Dutch.
    pub fn lang(&self) -> Lang {
        self.settings_lang()
            .or_else(|| {
                self.store
                    .as_ref()
                    .ok()
                    .and_then(|s| s.setting("lang").ok().flatten())
                    .and_then(|l| l.parse().ok())
            })
            .unwrap_or(Lang::Nl)
    }

    pub fn state(&self) -> AppState {
        let lang = self.lang();
        let m = Messages::new(lang);
        AppState {
            lang: lang.code().into(),
            database: self.database.display().to_string(),
            error: self.store.as_ref().err().map(|e| store_error(&m, e)),
            statement: self.statement().label(),
        }
    }

    /// Remembers the language for the app: in the settings file (also while the error screen
    /// shows, when no database is open) and in the open database.
    pub fn set_lang(&mut self, lang: Lang) -> Result<AppState> {
        let m = Messages::new(lang);
        if let Some(path) = &self.settings {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let text = format!("{{\n  \"lang\": \"{}\"\n}}\n", lang.code());
            dpia_assessment::write_atomic(path, text.as_bytes(), true)
                .map_err(|e| file_error(&m, &e))?;
        }
        if self.store.is_ok() || self.settings.is_none() {
            self.store_mut(&m)?
                .set_setting("lang", lang.code())
                .map_err(|e| store_error(&m, &e))?;
        }
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
        self.statements = known_statements(&self.store);
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

    /// What the wizard offers for a statement (the embedded one when `key` is empty).
    pub fn catalog(&self, lang: Lang, key: &str) -> Result<Catalog> {
        let m = Messages::new(lang);
        let st = if key.is_empty() {
            self.statement()
        } else {
            &self.known(key, &m)?.statement
        };
        Ok(views::catalog(&m, st))
    }

    /// A statement's items (the embedded one when `key` is empty).
    pub fn statement_view(&self, lang: Lang, key: &str) -> Result<StatementView> {
        let m = Messages::new(lang);
        let st = if key.is_empty() {
            self.statement()
        } else {
            &self.known(key, &m)?.statement
        };
        Ok(views::statement(&m, st))
    }

    fn all_assessments(&self, m: &Messages) -> Result<Vec<dpia_store::Listed>> {
        self.store(m)?.list().map_err(|e| store_error(m, &e))
    }

    /// Every statement version the app knows, with its assessments and clause 2.2 deadline.
    pub fn statements(&self, lang: Lang) -> Result<StatementsView> {
        let m = Messages::new(lang);
        let all: Vec<Assessment> = self
            .all_assessments(&m)?
            .into_iter()
            .map(|l| l.assessment)
            .collect();
        Ok(statements::view(&m, &self.statements, &all))
    }

    /// Imports a statement file with the strict loader; the text is kept in the store.
    pub fn import_statement(
        &mut self,
        token: &str,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Result<StatementSummary> {
        let m = Messages::new(lang);
        let path = self.granted(token, Purpose::Statement, &m)?;
        let path = path.as_path();
        let file = path.display().to_string();
        let st = dpia_rules::load_statement(path).map_err(|e| statement_error(&m, &e))?;
        let source = std::fs::read_to_string(path).map_err(|e| {
            statement_error(
                &m,
                &dpia_statement::StatementError::Read {
                    file: file.clone(),
                    reason: e.to_string(),
                },
            )
        })?;
        if self.statements.by_key(&st.label()).is_some() {
            return Err(store_error(
                &m,
                &StoreError::StatementExists {
                    processor: st.processor.name.clone(),
                    version: st.version.version.clone(),
                },
            ));
        }
        let name = path
            .file_name()
            .map_or_else(|| file.clone(), |n| n.to_string_lossy().to_string());
        self.store_mut(&m)?
            .add_statement(&st.processor.name, &st.version.version, &source, &name, now)
            .map_err(|e| store_error(&m, &e))?;
        self.statements = known_statements(&self.store);
        self.statement_summary(&st.label(), &m)
    }

    fn statement_summary(&self, key: &str, m: &Messages) -> Result<StatementSummary> {
        let all: Vec<Assessment> = self
            .all_assessments(m)?
            .into_iter()
            .map(|l| l.assessment)
            .collect();
        Ok(statements::summary(
            m,
            &self.statements,
            self.known(key, m)?,
            &all,
        ))
    }

    /// Records when the processor notified the client of an imported version (YYYY-MM-DD, or
    /// empty to clear it).
    pub fn set_statement_notified(
        &mut self,
        key: &str,
        date: &str,
        lang: Lang,
    ) -> Result<StatementSummary> {
        let m = Messages::new(lang);
        let date = parse_date(date, &m)?;
        let id = match &self.known(key, &m)?.stored {
            Some(s) => s.id,
            None => {
                return Err(ApiError {
                    code: "statement_embedded".into(),
                    message: m.get("error-statement_embedded"),
                })
            }
        };
        self.store_mut(&m)?
            .set_statement_notified(id, date)
            .map_err(|e| store_error(&m, &e))?;
        self.statements = known_statements(&self.store);
        self.statement_summary(key, &m)
    }

    /// What differs between two versions, entry by entry.
    pub fn statements_diff(&self, from: &str, to: &str, lang: Lang) -> Result<DiffView> {
        let m = Messages::new(lang);
        Ok(statements::diff(
            &m,
            self.known(from, &m)?,
            self.known(to, &m)?,
        ))
    }

    /// The assessments based on an older version of this processor's statement.
    pub fn statements_affected(
        &self,
        key: &str,
        lang: Lang,
        today: NaiveDate,
    ) -> Result<Vec<AffectedView>> {
        let m = Messages::new(lang);
        let rows: Vec<(i64, String, Assessment)> = self
            .all_assessments(&m)?
            .into_iter()
            .map(|l| (l.id, l.name, l.assessment))
            .collect();
        statements::affected(&m, &self.statements, self.known(key, &m)?, &rows, today)
    }

    /// Moves an assessment to another version of its processor's statement. Refused, naming
    /// the answer, when an answer does not fit the new version; the history records the move.
    pub fn move_assessment(
        &mut self,
        id: i64,
        key: &str,
        lang: Lang,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let m = Messages::new(lang);
        let target = self.known(key, &m)?.clone();
        let st = &target.statement;
        let a = self.store(&m)?.get(id).map_err(|e| store_error(&m, &e))?;
        if a.statement.processor != st.processor.name {
            return Err(ApiError {
                code: "statement_other_processor".into(),
                message: m.fmt(
                    "error-statement_other_processor",
                    &[
                        ("statement", key.into()),
                        ("processor", a.statement.processor.clone().into()),
                    ],
                ),
            });
        }
        let value = serde_json::json!({
            "processor": st.processor.name,
            "version": st.version.version,
            "notified_on": self.statements.notified_on(&target, None).map(|d| d.to_string()),
        });
        let file = format!("assessment {id}");
        let check = |a: &Assessment| {
            dpia_assessment::check_ids(a, st).map_err(|(path, reason)| {
                dpia_assessment::FileError::Invalid {
                    file: file.clone(),
                    path,
                    reason,
                }
            })
        };
        let store = self.store_mut(&m)?;
        let a = store
            .set_checked(id, "/statement", value, now, &check)
            .map_err(|e| store_error(&m, &e))?;
        let name = store.name(id).map_err(|e| store_error(&m, &e))?;
        Ok(self.view_of(&m, id, name, a, today))
    }

    pub fn list(&self, lang: Lang, today: NaiveDate) -> Result<Vec<AssessmentSummary>> {
        let m = Messages::new(lang);
        Ok(self
            .all_assessments(&m)?
            .into_iter()
            .map(|l| {
                let known = self.statements.for_assessment(&l.assessment);
                let s = dpia_rules::screen(&known.statement, &l.assessment, today);
                let verdict = if s.verdict_known {
                    s.verdict.id()
                } else {
                    "unknown"
                };
                let newer = self
                    .statements
                    .newest(&l.assessment.statement.processor)
                    .is_some_and(|n| n.statement.version.version != l.assessment.statement.version);
                let risks = dpia_rules::risks(&known.statement, &l.assessment);
                let review = l.assessment.review_date.unwrap_or(s.dates.review);
                AssessmentSummary {
                    definitive: l.assessment.sign_off.is_definitive(),
                    review_date: m.date(review),
                    review_due: review <= today,
                    expiring_certificates: expiring(&m, &known.statement, review),
                    overdue_actions: views::action_plan(&m, &l.assessment, &risks, today)
                        .iter()
                        .filter(|x| x.overdue)
                        .count(),
                    id: l.id,
                    name: l.name,
                    client: l.assessment.organisation.name.clone(),
                    date: l.assessment.assessment_date.map(|d| d.to_string()),
                    verdict: verdict.to_string(),
                    statement: format!(
                        "{} {}",
                        l.assessment.statement.processor, l.assessment.statement.version
                    ),
                    newer_statement: newer,
                    updated_at: l.updated_at,
                }
            })
            .collect())
    }

    /// A new, blank assessment for the newest version of the default processor's statement; the
    /// name given is also the organisation's name.
    pub fn create(
        &mut self,
        name: &str,
        lang: Lang,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let m = Messages::new(lang);
        let st = self
            .statements
            .newest(&self.statement().processor.name)
            .map_or_else(|| self.statement(), |k| &k.statement);
        let mut a = Assessment::template(st, Some(today));
        a.organisation.name = name.trim().to_string();
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
        let known = self.statements.for_assessment(&a);
        let st = &known.statement;
        let s = dpia_rules::screen(st, &a, today);
        let r = dpia_rules::risks(st, &a);
        let review = a.review_date.unwrap_or(s.dates.review);
        let cats = a.categories();
        AssessmentView {
            id,
            name,
            screening: views::screening(m, st, &s),
            risks: views::risks(m, st, &a, &r),
            action_plan: views::action_plan(m, &a, &r, today),
            definitive: a.sign_off.is_definitive(),
            ask_prior_consultation: r.iter().any(|x| x.prior_consultation),
            review_date: review.to_string(),
            review_date_text: m.date(review),
            review_due: review <= today,
            expiring_certificates: expiring(m, st, review),
            categories: cats.iter().map(|c| c.id().to_string()).collect(),
            ask_map_shows_people: dpia_rules::asks_map_shows_people(st, &a),
            statement_key: known.key(),
            steps: views::steps(&a, &s),
            follow_ups: views::follow_ups(&a),
            ask_ai_area: !dpia_rules::triggers::used_with_trait(
                st,
                &a,
                dpia_statement::ServiceTrait::MachineLearning,
            )
            .is_empty(),
            assessment: a,
        }
    }

    /// Saves one answer at once (autosave) and returns the new view with the live screening.
    /// An answer naming a service or option the assessment's statement lacks is refused.
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
        let mut value = value;
        {
            let store = self.store(&m)?;
            let current = store.get(id).map_err(|e| store_error(&m, &e))?;
            // A definitive DPIA is read-only until it is reopened (status back to concept).
            if current.sign_off.is_definitive() && pointer != "/sign_off/status" {
                return Err(ApiError {
                    code: "definitive".into(),
                    message: m.get("error-definitive"),
                });
            }
            // A decision on a risk records the computed values it was taken on, so a later
            // change of answers shows as such.
            if let Some(risk) = pointer.strip_prefix("/risk_decisions/") {
                if !risk.contains('/') {
                    let st = &self.statements.for_assessment(&current).statement;
                    let computed = dpia_rules::risks(st, &current)
                        .into_iter()
                        .find(|r| r.id == risk && r.own.is_none())
                        .map(|r| r.computed());
                    if let (Some(c), Some(obj)) = (computed, value.as_object_mut()) {
                        obj.insert(
                            "computed".into(),
                            serde_json::to_value(c).unwrap_or(serde_json::Value::Null),
                        );
                    }
                }
            }
        }
        let statements = &self.statements;
        let file = format!("assessment {id}");
        let check = |a: &Assessment| {
            let st = &statements.for_assessment(a).statement;
            dpia_assessment::check_ids(a, st).map_err(|(path, reason)| {
                dpia_assessment::FileError::Invalid {
                    file: file.clone(),
                    path,
                    reason,
                }
            })
        };
        let store = self.store.as_mut().map_err(|e| store_error(&m, e))?;
        let a = store
            .set_checked(id, pointer, value, now, &check)
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

    /// The history of an assessment, newest first, each change labelled as the UI labels the
    /// field and tagged with its step.
    pub fn history(&self, id: i64, lang: Lang) -> Result<Vec<HistoryView>> {
        let m = Messages::new(lang);
        let store = self.store(&m)?;
        let a = store.get(id).map_err(|e| store_error(&m, &e))?;
        let st = &self.statements.for_assessment(&a).statement;
        let entries: Vec<HistoryEntry> = store.history(id).map_err(|e| store_error(&m, &e))?;
        Ok(entries
            .into_iter()
            .map(|h| {
                let (step, label_id, label_args) = views::history_label(&m, st, &a, &h.field);
                HistoryView {
                    at: h.at,
                    field: h.field,
                    step: step.into(),
                    label_id,
                    label_args,
                    old_value: h.old_value,
                    new_value: h.new_value,
                }
            })
            .collect())
    }

    /// Imports the file the user chose in the open dialog: a `.dpia.json`, or a PDF or DOCX
    /// exported by DPIA Helper (the exchange file it carries; nothing else in it is used). An
    /// invalid file (or a token not granted for [`Purpose::Import`]) changes nothing and says
    /// what is wrong.
    pub fn import(&mut self, token: &str, lang: Lang, now: DateTime<Utc>) -> Result<i64> {
        let m = Messages::new(lang);
        let path = self.granted(token, Purpose::Import, &m)?;
        let path = path.as_path();
        let file = path.display().to_string();
        let bytes = embedded::read(path).map_err(|e| embedded_error(&m, &e))?;
        let a = dpia_assessment::parse_bytes(&bytes, &file).map_err(|e| file_error(&m, &e))?;
        let st = self.statement_for(&a);
        let a =
            dpia_assessment::parse_bytes_for(&bytes, &file, st).map_err(|e| file_error(&m, &e))?;
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

    /// [`App::import`], and says whether an assessment with exactly the same answers was
    /// already there, so that importing one file twice is noticed (both are kept).
    pub fn import_checked(
        &mut self,
        token: &str,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        let id = self.import(token, lang, now)?;
        let m = Messages::new(lang);
        let store = self.store(&m)?;
        let new = store.get(id).map_err(|e| store_error(&m, &e))?;
        let same_as = store
            .list()
            .map_err(|e| store_error(&m, &e))?
            .into_iter()
            .find(|x| x.id != id && x.assessment == new)
            .map(|x| x.name);
        Ok(ImportView { id, same_as })
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

/// The statement's certificates that expire before `review`, worded.
fn expiring(m: &Messages, st: &Statement, review: NaiveDate) -> Vec<String> {
    st.certifications
        .list
        .iter()
        .filter(|c| c.valid_until < review)
        .map(|c| dpia_i18n::certificate(m, c))
        .collect()
}

/// A date from the UI: YYYY-MM-DD, or empty for none.
fn parse_date(text: &str, m: &Messages) -> Result<Option<NaiveDate>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ApiError {
            code: "bad_date".into(),
            message: m.fmt("error-bad_date", &[("value", text.into())]),
        })
}
