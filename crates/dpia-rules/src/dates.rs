//! Dates: the statement's valid-from, certificate validity against the assessment and review
//! dates, the clause 2.2 termination deadline, and a proposed review date. "Today" is passed in.

use chrono::{Months, NaiveDate};
use dpia_assessment::Assessment;
use dpia_statement::Statement;
use serde::Serialize;

/// A DPIA is reviewed when the risk changes (GDPR Art. 35(11)); the app proposes a yearly review.
pub const REVIEW_AFTER_MONTHS: u32 = 12;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dates {
    /// The assessment's own date, or the date passed in when it has none.
    pub assessment: NaiveDate,
    pub statement_valid_from: NaiveDate,
    /// Proposed review date: assessment date + 12 months.
    pub review: NaiveDate,
    pub certificates: Vec<CertificateValidity>,
    /// Clause 2.2: the last day to terminate after notice of this statement version, if the
    /// notice date is known.
    pub termination_deadline: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CertificateValidity {
    pub id: String,
    pub valid_until: NaiveDate,
    pub valid_on_assessment: bool,
    pub valid_on_review: bool,
}

pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(days.into()))
        .unwrap_or(NaiveDate::MAX)
}

pub fn dates(statement: &Statement, a: &Assessment, today: NaiveDate) -> Dates {
    let assessment = a.assessment_date.unwrap_or(today);
    let review = assessment
        .checked_add_months(Months::new(REVIEW_AFTER_MONTHS))
        .unwrap_or(NaiveDate::MAX);
    Dates {
        assessment,
        statement_valid_from: statement.version.valid_from,
        review,
        certificates: statement
            .certifications
            .list
            .iter()
            .map(|c| CertificateValidity {
                id: c.id.clone(),
                valid_until: c.valid_until,
                valid_on_assessment: c.valid_until >= assessment,
                valid_on_review: c.valid_until >= review,
            })
            .collect(),
        termination_deadline: a
            .statement
            .notified_on
            .map(|d| add_days(d, statement.clauses.termination_days_after_change)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn review_termination_and_certificates() {
        let s = Statement::embedded();
        let mut a = Assessment::template(&s, Some(d(2027, 6, 1)));
        a.statement.notified_on = Some(d(2025, 5, 7));
        let x = dates(&s, &a, d(2000, 1, 1));
        assert_eq!(x.assessment, d(2027, 6, 1));
        assert_eq!(x.review, d(2028, 6, 1));
        assert_eq!(x.termination_deadline, Some(d(2025, 6, 6)));
        assert_eq!(x.statement_valid_from, d(2025, 5, 7));
        assert!(x
            .certificates
            .iter()
            .all(|c| c.valid_on_assessment && !c.valid_on_review));
        // A leap day plus twelve months clamps to 28 February.
        a.assessment_date = Some(d(2028, 2, 29));
        assert_eq!(dates(&s, &a, d(2000, 1, 1)).review, d(2029, 2, 28));
        a.assessment_date = None;
        assert_eq!(dates(&s, &a, d(2026, 11, 28)).assessment, d(2026, 11, 28));
    }
}
