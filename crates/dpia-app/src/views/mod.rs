//! What the UI shows, already worded in one language: one assessment (screening, risks, action
//! plan, the questionnaire's steps), the catalog of a statement, the statement itself, the
//! statement versions and the history. Closed sets (verdicts, levels, severities, statuses) are
//! typed enums, exported to TypeScript with the views (`ui/src/lib/bindings.ts`).

mod answer_words;
mod assessment;
mod catalog;
mod comments;
mod history;
mod list;
mod review;
mod risks;
mod screening;
mod statement;
mod statements;

pub use answer_words::{history_label, ShownValue};
pub use assessment::*;
pub use catalog::*;
pub use comments::*;
pub use history::*;
pub use list::*;
pub use review::*;
pub use risks::*;
pub use screening::*;
pub use statement::*;
pub use statements::*;

use crate::known::{Known, Statements};
use chrono::NaiveDate;
use dpia_assessment::{
    ActionStatus, AiActArea, Art9Ground, Assessment, BsnStatute, Characteristic, Classification,
    ClientRole, DataCategory, Environment, LawfulBasis, Level, RiskStatus, Sector, SubjectGroup,
    UavgCriminal, UavgException,
};
use dpia_i18n::{self as words, Messages};
use dpia_rules::{FlagKind, Framework, OpenQuestion, Risk, Screening, Severity, VerdictState};
use dpia_statement::{OptionKind, Statement, StatementRef};
use serde::Serialize;
use ts_rs::TS;

/// What the UI needs to know on start (and after a database change).
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppState {
    /// The app's language, as remembered.
    pub lang: dpia_i18n::Lang,
    /// The database file in use (or the one that failed to open).
    pub database: String,
    /// Set when the database could not be opened: the UI shows the error screen.
    pub error: Option<crate::ApiError>,
    pub statement: String,
}
