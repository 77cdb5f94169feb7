//! Builds the Tauri context from the root tauri.conf.json and declares the app's own commands,
//! so the capability file can grant exactly those and nothing else.

const COMMANDS: &[&str] = &[
    "app_state",
    "set_lang",
    "open_database",
    "new_database_beside",
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
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
