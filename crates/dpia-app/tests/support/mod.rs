//! Shared by the dpia-app integration tests: a fresh temp folder, the fixed clock, repo paths.
#![allow(dead_code)] // each test file uses a part

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use std::path::{Path, PathBuf};

/// A fresh, empty temp folder for one test.
pub fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dpia-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// "Now" in every test: 28 November 2026, 10:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// A path in the repository.
pub fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

/// An import as the shell runs it: prepared under the app's lock, read without it, stored.
pub fn import_at(
    app: &mut dpia_app::App,
    token: &str,
    at: DateTime<Utc>,
) -> Result<dpia_app::ImportView, dpia_app::ApiError> {
    let job = app.assessments_import(token)?;
    let read = job.read();
    app.assessments_import_save(read, at)
}

/// [`import_at`] at [`now`].
pub fn import(
    app: &mut dpia_app::App,
    token: &str,
) -> Result<dpia_app::ImportView, dpia_app::ApiError> {
    import_at(app, token, now())
}

/// An export as `.dpia.json` as the shell runs it: the reveal grant of the written file.
pub fn export(
    app: &mut dpia_app::App,
    id: i64,
    token: &str,
) -> Result<dpia_app::Grant, dpia_app::ApiError> {
    let job = app.assessments_export(id, token)?;
    let written = job.write()?;
    Ok(app.grant(dpia_app::Purpose::Reveal, written))
}

/// Every row of the list, most recently changed first.
pub fn list(app: &dpia_app::App) -> Vec<dpia_app::AssessmentSummary> {
    app.assessments_list("", dpia_app::store::ListSort::Updated, 0, 500, today())
        .unwrap()
        .rows
}
