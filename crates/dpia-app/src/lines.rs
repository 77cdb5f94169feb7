//! Each assessment's line in the list, made when it is saved (so that showing the list runs no
//! rules): what the screening and the plan say that does not depend on the day, in facts the
//! store keeps beside the assessment. The list words a page of them for the day it is shown
//! (`views::list`).
//!
//! Lines are made again when they may have changed without a save: on opening a database, for
//! the rows whose line another version of the app made (or none, as in a database from before
//! lines existed: [`MADE_BY`]); after a statement import, for the rows that are now screened with
//! another statement.

use crate::known::Statements;
use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_rules::VerdictState;
use dpia_store::{Line, Store, StoreError};
use serde::{Deserialize, Serialize};

/// Which app made a line: lines another version made are made again when it opens the
/// database. Bump the number when the facts or the rules they come from change meaning.
pub const MADE_BY: &str = concat!("dpia-app ", env!("CARGO_PKG_VERSION"), " lines 1");

/// The facts of a line, as the store keeps them (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Facts {
    /// The verdict's id (`required`, `recommended`, `not_required`, `unknown`).
    pub verdict: String,
    /// The statement the assessment names.
    pub processor: String,
    pub version: String,
    /// The statement it was screened with (its key; the newest of the processor when its own
    /// version is not known).
    pub screened_with: String,
    pub definitive: bool,
    /// The review date, when it does not depend on the day (set, or from the assessment date).
    pub review: Option<NaiveDate>,
    /// The due dates of the plan's adopted measures that are not done yet.
    pub open_dues: Vec<NaiveDate>,
}

impl Facts {
    pub(crate) fn verdict(&self) -> VerdictState {
        match self.verdict.as_str() {
            "required" => VerdictState::Required,
            "recommended" => VerdictState::Recommended,
            "not_required" => VerdictState::NotRequired,
            _ => VerdictState::Unknown,
        }
    }
}

/// Where a verdict sorts: required first.
fn rank(v: VerdictState) -> i64 {
    match v {
        VerdictState::Required => 3,
        VerdictState::Recommended => 2,
        VerdictState::NotRequired => 1,
        VerdictState::Unknown => 0,
    }
}

/// The line of an assessment, screened with the statement it is based on.
pub(crate) fn line(all: &Statements, a: &Assessment) -> Line {
    let facts = facts(all, a);
    Line {
        client: a.organisation.name.clone(),
        date: a.assessment_date.map(|d| d.to_string()),
        verdict_rank: rank(facts.verdict()),
        facts: serde_json::to_string(&facts).ok(),
        made_by: MADE_BY.into(),
    }
}

/// The facts of an assessment's line. The day only stands in for a missing assessment date,
/// and nothing that depends on it is kept.
pub(crate) fn facts(all: &Statements, a: &Assessment) -> Facts {
    let known = all.for_assessment(a);
    let st = &known.statement;
    // Any day will do: with an assessment date the screening does not use it, and without one
    // no date is kept.
    let any_day = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date");
    let s = dpia_rules::screen(st, a, any_day);
    let risks = dpia_rules::risks(st, a);
    Facts {
        verdict: serde_json::to_value(s.verdict_state())
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        processor: a.statement.processor.clone(),
        version: a.statement.version.clone(),
        screened_with: known.key(),
        definitive: a.sign_off.is_definitive(),
        review: a
            .review_date
            .or_else(|| a.assessment_date.map(|_| s.dates.review)),
        // Measures that become overdue once their due date has passed.
        open_dues: dpia_rules::plan(a, &risks)
            .iter()
            .filter(|x| x.overdue(NaiveDate::MAX))
            .filter_map(|x| x.item.due)
            .collect(),
    }
}

/// The line of an assessment this version cannot read: its name and change time, no facts.
fn unreadable_line() -> Line {
    Line {
        made_by: MADE_BY.into(),
        ..Line::default()
    }
}

/// Makes the lines another version made (or none did), in one transaction. Unreadable rows get
/// a line without facts, so that they stay in the list as one marked row each.
pub(crate) fn refresh_stale(store: &mut Store, all: &Statements) -> Result<usize, StoreError> {
    let lines: Vec<_> = store
        .stale_lines(MADE_BY)?
        .into_iter()
        .map(|(id, read)| {
            let l = match read {
                Ok(a) => line(all, &a),
                Err(_) => unreadable_line(),
            };
            (id, l)
        })
        .collect();
    store.set_lines(&lines)?;
    Ok(lines.len())
}

/// Makes the lines of the assessments now screened with another statement than their line
/// says (after a statement import: those of the imported version, and those that fell back to
/// the newest of their processor).
pub(crate) fn refresh_screened_with(
    store: &mut Store,
    all: &Statements,
) -> Result<usize, StoreError> {
    let mut lines = Vec::new();
    for (id, facts) in store.line_facts()? {
        let Some(f) = facts.and_then(|f| serde_json::from_str::<Facts>(&f).ok()) else {
            continue;
        };
        if all.for_ref(&f.processor, &f.version).key() != f.screened_with {
            if let Ok(a) = store.get(id) {
                lines.push((id, line(all, &a)));
            }
        }
    }
    store.set_lines(&lines)?;
    Ok(lines.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_i18n::{Lang, Messages};
    use dpia_statement::Statement;

    fn repo(p: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(p)
    }

    /// An assessment of a version the app did not know was screened with the newest of its
    /// processor; once that version is imported, its line is made again with it.
    #[test]
    fn a_statement_import_remakes_the_lines_it_changes() {
        let d = std::env::temp_dir().join(format!("dpia-lines-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        let mut store = Store::open(&d.join("db.sqlite")).unwrap();
        let m = Messages::new(Lang::Nl);
        let before = Statements::new(Statement::embedded(), vec![], &m);
        let a =
            dpia_assessment::load(&repo("tests/scenarios/hospital_renumbered.dpia.json")).unwrap();
        let other = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
        let now = chrono::Utc::now();
        store.create("x", &a, now, &line(&before, &a)).unwrap();
        store
            .create("y", &other, now, &line(&before, &other))
            .unwrap();
        let facts = |store: &Store| -> Vec<Facts> {
            store
                .line_facts()
                .unwrap()
                .into_iter()
                .map(|(_, f)| serde_json::from_str(&f.unwrap()).unwrap())
                .collect()
        };
        assert_eq!(facts(&store)[0].screened_with, "KPI Solutions B.V. 06-2025");
        assert_eq!(refresh_screened_with(&mut store, &before).unwrap(), 0);
        let source =
            std::fs::read_to_string(repo("tests/statements/kpi-solutions-renumbered.toml"))
                .unwrap();
        let id = store
            .add_statement(
                "KPI Solutions B.V.",
                "06-2025-renumbered",
                &source,
                "r.toml",
                now,
            )
            .unwrap();
        let stored = store.statements().unwrap();
        assert_eq!(stored[0].id, id);
        let after = Statements::new(Statement::embedded(), stored, &m);
        assert_eq!(
            refresh_screened_with(&mut store, &after).unwrap(),
            1,
            "only x"
        );
        let f = facts(&store);
        assert_eq!(f[0].screened_with, "KPI Solutions B.V. 06-2025-renumbered");
        assert_eq!(f[1].screened_with, "KPI Solutions B.V. 06-2025");
        let _ = std::fs::remove_dir_all(&d);
    }
}
