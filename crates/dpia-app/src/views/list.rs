//! The assessments list as the UI shows it, a page at a time: each row worded from the line made
//! when the assessment was saved (`lines.rs`) for the day it is shown, without running the
//! rules; an assessment this version cannot read is one marked row saying why.

use super::*;
use crate::lines::Facts;
use dpia_assessment::FileError;
use dpia_store::{Page, PageRow, Store, StoreError};

/// One line of the assessments list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AssessmentSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub client: String,
    /// The assessment date, if answered (YYYY-MM-DD).
    pub date: Option<String>,
    /// `unknown` while services or data are not answered.
    pub verdict: VerdictState,
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
    /// Set when this version cannot read the stored assessment: why, worded ("written by a
    /// newer DPIA Helper — update to open it"). The other fields are then empty.
    pub unreadable: Option<String>,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ListPage {
    /// The rows from `offset` on.
    pub rows: Vec<AssessmentSummary>,
    pub offset: u32,
    /// How many assessments match the search.
    pub total: u32,
    /// How many there are in all ("none yet" or "none found").
    pub all: u32,
}

/// The statement's certificates that expire before `review`, worded.
pub fn expiring(m: &Messages, st: &Statement, review: NaiveDate) -> Vec<String> {
    st.certifications
        .list
        .iter()
        .filter(|c| c.valid_until < review)
        .map(|c| dpia_i18n::certificate(m, c))
        .collect()
}

/// A page of the list, worded for `today`.
pub fn list_page(
    m: &Messages,
    all: &Statements,
    store: &Store,
    page: Page,
    offset: u32,
    today: NaiveDate,
) -> ListPage {
    ListPage {
        rows: page
            .rows
            .into_iter()
            .map(|row| list_row(m, all, store, row, today))
            .collect(),
        offset,
        total: page.total,
        all: page.all,
    }
}

fn list_row(
    m: &Messages,
    all: &Statements,
    store: &Store,
    row: PageRow,
    today: NaiveDate,
) -> AssessmentSummary {
    let facts = row
        .facts
        .as_deref()
        .and_then(|f| serde_json::from_str::<Facts>(f).ok());
    let Some(f) = facts else {
        // No facts: the line says the assessment could not be read when it was made. Say why
        // now, in today's language (and if it can be read after all, show it as it is).
        return match store.get(row.id) {
            Ok(a) => worded(m, all, row, crate::lines::facts(all, &a), today),
            Err(e) => unreadable(m, row, &e),
        };
    };
    worded(m, all, row, f, today)
}

fn worded(
    m: &Messages,
    all: &Statements,
    row: PageRow,
    f: Facts,
    today: NaiveDate,
) -> AssessmentSummary {
    let st = &all.for_ref(&f.processor, &f.version).statement;
    // Without an assessment date the review is a year from today (as the screening proposes it).
    let review = f.review.unwrap_or_else(|| {
        today
            .checked_add_months(chrono::Months::new(dpia_rules::dates::REVIEW_AFTER_MONTHS))
            .unwrap_or(NaiveDate::MAX)
    });
    AssessmentSummary {
        verdict: f.verdict(),
        statement: format!("{} {}", f.processor, f.version),
        newer_statement: all
            .newest(&f.processor)
            .is_some_and(|n| n.statement.version.version != f.version),
        definitive: f.definitive,
        review_date: m.date(review),
        review_due: review <= today,
        expiring_certificates: expiring(m, st, review),
        // Overdue from the day after the due date (`PlannedMeasure::overdue`).
        overdue_actions: f.open_dues.iter().filter(|d| **d < today).count(),
        id: row.id,
        name: row.name,
        client: row.client,
        date: row.date,
        updated_at: row.updated_at,
        unreadable: None,
    }
}

/// The marked row of an assessment this version cannot read.
fn unreadable(m: &Messages, row: PageRow, e: &StoreError) -> AssessmentSummary {
    let why = match e {
        StoreError::Unreadable {
            error: FileError::Newer { found, .. },
            ..
        } => m.fmt(
            "list-unreadable-newer",
            &[("version", found.to_string().into())],
        ),
        e => m.fmt(
            "list-unreadable",
            &[("reason", crate::Worded::worded(e, m).message.into())],
        ),
    };
    AssessmentSummary {
        id: row.id,
        name: row.name,
        client: String::new(),
        date: None,
        verdict: VerdictState::Unknown,
        statement: String::new(),
        newer_statement: false,
        updated_at: row.updated_at,
        definitive: false,
        review_date: String::new(),
        review_due: false,
        expiring_certificates: Vec::new(),
        overdue_actions: 0,
        unreadable: Some(why),
    }
}
