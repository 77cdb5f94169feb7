//! Builds the Tauri context from the root tauri.conf.json and declares the app's own commands,
//! so the capability file can grant exactly those and nothing else.

const COMMANDS: &[&str] = &[
    "app_state",
    "set_lang",
    "open_database",
    "new_database_beside",
    "retry_database",
    "open_database_as_is",
    "backup_database",
    "jobs_progress",
    "jobs_cancel",
    "list_shown",
    "catalog",
    "statement_view",
    "statements_list",
    "statements_import",
    "statements_set_notified",
    "statements_diff",
    "statements_affected",
    "assessments_move",
    "assessments_list",
    "assessments_create",
    "assessments_view",
    "assessments_set",
    "assessments_rename",
    "assessments_duplicate",
    "assessments_delete",
    "assessments_history",
    "assessments_import",
    "assessments_export",
    "assessments_import_merge",
    "comments_add",
    "comments_reply",
    "comments_resolve",
    "reviewer",
    "documents_export",
    "documents_last_kind",
    "pick_open_file",
    "pick_save_file",
    "show_in_folder",
    "open_document",
    "close_ready",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .config_path("../tauri.conf.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS))
            // The Windows resource's icon, relative to this crate: without it tauri-build looks
            // beside the root config (../icons/icon.ico), or resolves the bundler's paths of
            // release.conf.json (relative to src-tauri) from the root, and finds nothing.
            .windows_attributes(
                tauri_build::WindowsAttributes::new().window_icon_path("icons/icon.ico"),
            ),
    )
    .expect("tauri build step");
}
