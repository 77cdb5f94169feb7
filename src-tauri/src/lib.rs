//! The desktop shell: window, plugins, where the database lives, and the command table.
//! All behaviour lives in `dpia-app`; see `commands.rs` for the thin adapters.

mod commands;
mod seams;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tauri::Manager;

/// The app state shared by all commands (an `Arc`, so that a blocking thread can hold it).
#[derive(Clone)]
pub struct Shared(pub Arc<Mutex<dpia_app::App>>);

/// Set once the window was asked to close (the page is flushing its pending edits).
#[derive(Default)]
pub struct Closing(pub std::sync::atomic::AtomicBool);

/// When the process started, for `DPIA_HELPER_TRACE_START` (scripts/measure.sh).
pub struct Started(pub std::time::Instant);

/// The database file: `DPIA_HELPER_DATABASE` if set, else `dpia-helper.sqlite` in the app's data folder.
fn database_path(app: &tauri::App) -> PathBuf {
    if let Some(p) = std::env::var_os("DPIA_HELPER_DATABASE") {
        return PathBuf::from(p);
    }
    let dir = app
        .path()
        .app_data_dir()
        .unwrap_or_else(|_| std::env::temp_dir().join("dpia-helper"));
    let _ = std::fs::create_dir_all(&dir);
    dir.join("dpia-helper.sqlite")
}

/// The app's settings (the language): `DPIA_HELPER_SETTINGS` if set; beside the database when
/// `DPIA_HELPER_DATABASE` names one (each test its own); else in the app's config folder.
fn settings_path(app: &tauri::App) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DPIA_HELPER_SETTINGS") {
        return Some(PathBuf::from(p));
    }
    if let Some(db) = std::env::var_os("DPIA_HELPER_DATABASE") {
        return Some(PathBuf::from(db).with_file_name("dpia-helper-settings.json"));
    }
    app.path()
        .app_config_dir()
        .ok()
        .map(|d| d.join("settings.json"))
}

pub fn run(started: std::time::Instant) {
    tauri::Builder::default()
        // First plugin: a second launch focuses the running window instead of opening the database twice.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            let db = database_path(app);
            let settings = settings_path(app);
            let shared = dpia_app::App::open_with_settings(&db, settings);
            // Progress and cancel of file jobs answer without the app's lock.
            app.manage(shared.jobs());
            app.manage(Shared(Arc::new(Mutex::new(shared))));
            app.manage(Started(started));
            app.manage(Closing::default());
            Ok(())
        })
        // Closing the window first lets the page send what is still being typed: the close is
        // held, the page flushes and calls `close_ready`; after 5 s the window closes anyway.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                let closing = window.state::<Closing>();
                if closing.0.swap(true, std::sync::atomic::Ordering::SeqCst) {
                    return; // asked again while flushing: close now
                }
                api.prevent_close();
                if let Some(w) = window.app_handle().get_webview_window(window.label()) {
                    let _ = w.eval("window.__dpiaFlush && window.__dpiaFlush()");
                }
                let w = window.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(std::time::Duration::from_secs(5));
                    let _ = w.destroy();
                });
            }
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("DPIA Helper failed to start");
}
