//! Tauri commands: each parses its input, calls `dpia_app`, and returns `{code, message}` on error.
//! The clock is read here (the shell), never in the core. No command takes a path from the page:
//! the dialog commands hand out tokens (`dpia_app::Grants`) and the file commands take them.

use crate::Shared;
use chrono::{Local, NaiveDate, Utc};
use dpia_app::store::ListSort;
use dpia_app::{
    AffectedView, ApiError, App, AppState, AssessmentView, Catalog, DiffView, Grant, HistoryView,
    ImportView, JobStage, Jobs, ListPage, Purpose, ReviewerView, StatementSummary, StatementView,
    StatementsView,
};
use std::sync::{Arc, MutexGuard};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

type Cmd<T> = Result<T, ApiError>;

/// Runs file work (an import's reading, an export's writing) on a blocking thread, so that
/// neither the app's lock nor the async runtime waits for it.
async fn off_lock<T: Send + 'static>(work: impl FnOnce() -> Cmd<T> + Send + 'static) -> Cmd<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| {
            Err(ApiError {
                code: "job_failed".into(),
                message: e.to_string(),
            })
        })
}

fn app<'a>(state: &'a State<Shared>) -> MutexGuard<'a, App> {
    lock(state.inner())
}

fn lock(shared: &Shared) -> MutexGuard<'_, App> {
    // A panic while holding the lock must not make the app unusable: the data is in SQLite.
    shared
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

#[tauri::command]
fn app_state(state: State<Shared>) -> AppState {
    app(&state).app_state()
}

#[tauri::command]
fn set_lang(state: State<Shared>, lang: String) -> Cmd<AppState> {
    let mut app = app(&state);
    let lang = app.parse_lang(&lang)?;
    app.set_lang(lang)
}

#[tauri::command]
fn open_database(state: State<Shared>, token: String) -> Cmd<AppState> {
    app(&state).open_database(&token)
}

#[tauri::command]
fn new_database_beside(state: State<Shared>) -> AppState {
    app(&state).new_database_beside(Utc::now())
}

#[tauri::command]
fn retry_database(state: State<Shared>) -> AppState {
    app(&state).retry_database()
}

#[tauri::command]
fn open_database_as_is(state: State<Shared>) -> AppState {
    app(&state).open_database_as_is()
}

/// Holds the app's lock while SQLite copies the database; `jobs_cancel` stops it.
#[tauri::command]
async fn backup_database(state: State<'_, Shared>, token: String) -> Cmd<Grant> {
    let shared = state.inner().clone();
    off_lock(move || lock(&shared).backup_database(&token)).await
}

#[tauri::command]
fn jobs_progress(jobs: State<Arc<Jobs>>, token: String) -> Option<JobStage> {
    jobs.progress(&token)
}

#[tauri::command]
fn jobs_cancel(jobs: State<Arc<Jobs>>, token: String) -> bool {
    jobs.cancel(&token)
}

#[tauri::command]
fn catalog(state: State<Shared>, statement: String) -> Cmd<Catalog> {
    app(&state).catalog(&statement)
}

#[tauri::command]
fn statement_view(state: State<Shared>, statement: String) -> Cmd<StatementView> {
    app(&state).statement_view(&statement)
}

#[tauri::command]
fn statements_list(state: State<Shared>) -> Cmd<StatementsView> {
    app(&state).statements_list()
}

#[tauri::command]
fn statements_import(state: State<Shared>, token: String) -> Cmd<StatementSummary> {
    app(&state).statements_import(&token, Utc::now())
}

#[tauri::command]
fn statements_set_notified(
    state: State<Shared>,
    statement: String,
    date: String,
) -> Cmd<StatementSummary> {
    app(&state).statements_set_notified(&statement, &date)
}

#[tauri::command]
fn statements_diff(state: State<Shared>, from: String, to: String) -> Cmd<DiffView> {
    app(&state).statements_diff(&from, &to)
}

#[tauri::command]
fn statements_affected(state: State<Shared>, statement: String) -> Cmd<Vec<AffectedView>> {
    app(&state).statements_affected(&statement, today())
}

#[tauri::command]
fn assessments_move(state: State<Shared>, id: i64, statement: String) -> Cmd<AssessmentView> {
    app(&state).assessments_move(id, &statement, today(), Utc::now())
}

/// The page has painted the first page of the list (its first interactive screen): with
/// `DPIA_HELPER_TRACE_START`, prints once how long after the process started (scripts/measure.sh).
#[tauri::command]
fn list_shown(started: State<crate::Started>) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("DPIA_HELPER_TRACE_START").is_some() {
        ONCE.call_once(|| eprintln!("list shown {} ms", started.0.elapsed().as_millis()));
    }
}

#[tauri::command]
fn assessments_list(
    state: State<Shared>,
    search: String,
    sort: ListSort,
    offset: u32,
    limit: u32,
) -> Cmd<ListPage> {
    app(&state).assessments_list(&search, sort, offset, limit, today())
}

#[tauri::command]
fn assessments_create(state: State<Shared>, name: String) -> Cmd<i64> {
    app(&state).assessments_create(&name, today(), Utc::now())
}

#[tauri::command]
fn assessments_view(state: State<Shared>, id: i64) -> Cmd<AssessmentView> {
    app(&state).assessments_view(id, today())
}

#[tauri::command]
fn assessments_set(
    state: State<Shared>,
    id: i64,
    pointer: String,
    value: serde_json::Value,
) -> Cmd<AssessmentView> {
    app(&state).assessments_set(id, &pointer, value, today(), Utc::now())
}

#[tauri::command]
fn assessments_rename(state: State<Shared>, id: i64, name: String) -> Cmd<()> {
    app(&state).assessments_rename(id, &name, Utc::now())
}

#[tauri::command]
fn assessments_duplicate(state: State<Shared>, id: i64, name: String) -> Cmd<i64> {
    app(&state).assessments_duplicate(id, &name, Utc::now())
}

#[tauri::command]
fn assessments_delete(state: State<Shared>, id: i64) -> Cmd<()> {
    app(&state).assessments_delete(id)
}

#[tauri::command]
fn assessments_history(state: State<Shared>, id: i64) -> Cmd<Vec<HistoryView>> {
    app(&state).assessments_history(id)
}

/// The lock is held to prepare and to store; the file is read without it.
#[tauri::command]
async fn assessments_import(state: State<'_, Shared>, token: String) -> Cmd<ImportView> {
    let job = app(&state).assessments_import(&token)?;
    let read = off_lock(move || job.read()).await;
    app(&state).assessments_import_save(read, Utc::now())
}

#[tauri::command]
fn assessments_import_merge(state: State<Shared>, take: bool) -> Cmd<ImportView> {
    app(&state).assessments_import_merge(take, today(), Utc::now())
}

#[tauri::command]
fn comments_add(
    state: State<Shared>,
    id: i64,
    target: String,
    text: String,
    author: String,
    role: String,
) -> Cmd<AssessmentView> {
    app(&state).comments_add(id, &target, &text, &author, &role, today(), Utc::now())
}

#[tauri::command]
fn comments_reply(
    state: State<Shared>,
    id: i64,
    comment: String,
    text: String,
    author: String,
    role: String,
) -> Cmd<AssessmentView> {
    app(&state).comments_reply(id, &comment, &text, &author, &role, today(), Utc::now())
}

#[tauri::command]
fn comments_resolve(
    state: State<Shared>,
    id: i64,
    comment: String,
    resolved: bool,
) -> Cmd<AssessmentView> {
    app(&state).comments_resolve(id, &comment, resolved, today(), Utc::now())
}

#[tauri::command]
fn reviewer(state: State<Shared>) -> Cmd<ReviewerView> {
    app(&state).reviewer()
}

#[tauri::command]
async fn assessments_export(state: State<'_, Shared>, id: i64, token: String) -> Cmd<Grant> {
    let job = app(&state).assessments_export(id, &token)?;
    let written = off_lock(move || job.write()).await?;
    Ok(app(&state).grant(Purpose::Reveal, written))
}

#[tauri::command]
fn documents_last_kind(state: State<Shared>, id: i64) -> Cmd<Option<String>> {
    app(&state).documents_last_kind(id)
}

/// Holds the shared lock only to take copies; rendering and writing happen without it, so
/// autosave does not wait for a long export.
#[tauri::command]
async fn documents_export(
    state: State<'_, Shared>,
    id: i64,
    kind: String,
    format: String,
    lang: String,
    token: String,
) -> Cmd<Grant> {
    let offset = *Local::now().offset();
    let job = app(&state).documents_export(id, &kind, &format, &lang, &token, today(), offset)?;
    let written = off_lock(move || job.write()).await?;
    Ok(app(&state).grant(Purpose::Reveal, written))
}

/// The open dialog, for `purpose` `import` or `database`; the page gets a token, not a path.
#[tauri::command]
async fn pick_open_file(
    handle: AppHandle,
    state: State<'_, Shared>,
    purpose: String,
    filter_name: String,
    extensions: Vec<String>,
) -> Cmd<Option<Grant>> {
    let purpose = app(&state).open_dialog_purpose(&purpose)?;
    let picked = crate::seams::open_file().or_else(|| {
        let exts: Vec<&str> = extensions.iter().map(String::as_str).collect();
        let picked = handle
            .dialog()
            .file()
            .add_filter(filter_name, &exts)
            .blocking_pick_file()?;
        picked.into_path().ok()
    });
    Ok(picked.map(|p| app(&state).grant(purpose, p)))
}

/// The save dialog (it asks before replacing a file); the page gets a token to write once.
#[tauri::command]
async fn pick_save_file(
    handle: AppHandle,
    state: State<'_, Shared>,
    default_name: String,
    filter_name: String,
    extensions: Vec<String>,
) -> Cmd<Option<Grant>> {
    // The page's suggestion, made a name every system accepts (no `?`, no `CON` …).
    let default_name = dpia_assessment::portable_file_name(&default_name);
    let picked = crate::seams::save_file(&default_name).or_else(|| {
        let exts: Vec<&str> = extensions.iter().map(String::as_str).collect();
        let picked = handle
            .dialog()
            .file()
            .add_filter(filter_name, &exts)
            .set_file_name(&default_name)
            .blocking_save_file()?;
        picked.into_path().ok()
    });
    Ok(picked.map(|p| app(&state).grant(Purpose::Save, p)))
}

/// Shows a file the app wrote (a token from an export) in the file manager.
#[tauri::command]
fn show_in_folder(state: State<Shared>, token: String) -> Cmd<()> {
    let mut app = app(&state);
    let path = app.reveal(&token)?;
    tauri_plugin_opener::reveal_item_in_dir(&path)
        .map_err(|e| dpia_app::show_in_folder_error(app.messages(), &path, &e.to_string()))
}

/// The page saved its pending edits after a close request (see `lib.rs`): close the window now.
#[tauri::command]
fn close_ready(window: tauri::Window) -> Cmd<()> {
    let _ = window.destroy();
    Ok(())
}

/// Opens a file the app wrote (a token from an export) in its default program.
#[tauri::command]
fn open_document(state: State<Shared>, token: String) -> Cmd<()> {
    let mut app = app(&state);
    let path = app.reveal(&token)?;
    tauri_plugin_opener::open_path(&path, None::<&str>)
        .map_err(|e| dpia_app::open_document_error(app.messages(), &path, &e.to_string()))
}

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_state,
        set_lang,
        open_database,
        new_database_beside,
        retry_database,
        open_database_as_is,
        backup_database,
        jobs_progress,
        jobs_cancel,
        list_shown,
        catalog,
        statement_view,
        statements_list,
        statements_import,
        statements_set_notified,
        statements_diff,
        statements_affected,
        assessments_move,
        assessments_list,
        assessments_create,
        assessments_view,
        assessments_set,
        assessments_rename,
        assessments_duplicate,
        assessments_delete,
        assessments_history,
        assessments_import,
        assessments_export,
        assessments_import_merge,
        comments_add,
        comments_reply,
        comments_resolve,
        reviewer,
        documents_export,
        documents_last_kind,
        pick_open_file,
        pick_save_file,
        show_in_folder,
        open_document,
        close_ready,
    ]
}
