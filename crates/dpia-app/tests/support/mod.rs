//! Shared by the dpia-app integration tests: a fresh temp folder, the fixed clock, repo paths.
#![allow(dead_code)] // each test file uses a part

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
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

/// The user's UTC offset in every test: Dutch winter time.
pub fn offset() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// A path in the repository.
pub fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}
