//! The commands the UI can call, one file per domain, each an `impl App` block whose methods carry
//! the names of the Tauri commands.

pub mod assessments;
pub mod comments;
pub mod database;
pub mod documents;
pub mod exchange;
pub mod statements;

use crate::{ApiError, Result};
use chrono::NaiveDate;
use dpia_i18n::Messages;

/// A date from the UI: YYYY-MM-DD, or empty for none.
pub(crate) fn parse_date(text: &str, m: &Messages) -> Result<Option<NaiveDate>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ApiError::of(m, "bad_date", &[("value", text.into())]))
}
