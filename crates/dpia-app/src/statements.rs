//! The statements the app knows: the embedded one and every version the user imported (kept in
//! the store), which one each assessment is based on, and the views of versions, differences and
//! the assessments a newer version affects.

use crate::views::ApiError;
use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_i18n::{self as words, Messages};
use dpia_statement::{Change, Statement};
use dpia_store::StoredStatement;
use serde::Serialize;
use ts_rs::TS;

/// One statement the app can use.
#[derive(Debug, Clone)]
pub struct Known {
    pub statement: Statement,
    /// Where it came from: `None` for the embedded statement.
    pub stored: Option<StoredStatement>,
}

impl Known {
    pub fn key(&self) -> String {
        self.statement.label()
    }
}

/// The embedded statement first, then the imported ones in the order they were imported.
#[derive(Debug, Clone)]
pub struct Statements {
    pub known: Vec<Known>,
    /// Imported statements this version can no longer read, with the reason (never silently lost).
    pub unreadable: Vec<(StoredStatement, String)>,
}

impl Statements {
    pub fn new(embedded: Statement, stored: Vec<StoredStatement>, m: &Messages) -> Statements {
        let mut known = vec![Known {
            statement: embedded,
            stored: None,
        }];
        let mut unreadable = Vec::new();
        for s in stored {
            match dpia_rules::parse_statement(s.source.as_bytes(), &s.file_name) {
                Ok(statement) => known.push(Known {
                    statement,
                    stored: Some(s),
                }),
                Err(e) => unreadable.push((s, words::statement_error(m, &e))),
            }
        }
        Statements { known, unreadable }
    }

    pub fn embedded(&self) -> &Statement {
        &self.known[0].statement
    }

    pub fn by_key(&self, key: &str) -> Option<&Known> {
        self.known.iter().find(|k| k.key() == key)
    }

    /// The newest version of a processor's statement (by valid-from date, then import order).
    pub fn newest(&self, processor: &str) -> Option<&Known> {
        self.known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.statement.processor.name == processor)
            .max_by_key(|(i, k)| (k.statement.version.valid_from, *i))
            .map(|(_, k)| k)
    }

    /// The statement an assessment is based on; if that version is not known, the newest of the
    /// same processor (the screening then flags the version mismatch), else the embedded one.
    pub fn for_assessment(&self, a: &Assessment) -> &Known {
        let r = &a.statement;
        self.known
            .iter()
            .find(|k| {
                k.statement.processor.name == r.processor
                    && k.statement.version.version == r.version
            })
            .or_else(|| self.newest(&r.processor))
            .unwrap_or(&self.known[0])
    }

    /// The notification date of a version: the assessment's own, else the one recorded with
    /// the imported statement.
    pub fn notified_on(&self, k: &Known, a: Option<&Assessment>) -> Option<NaiveDate> {
        a.and_then(|a| {
            (a.statement.version == k.statement.version.version)
                .then_some(a.statement.notified_on)
                .flatten()
        })
        .or_else(|| k.stored.as_ref().and_then(|s| s.notified_on))
    }
}

/// One statement in the statements list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementSummary {
    pub key: String,
    pub processor: String,
    pub version: String,
    pub valid_from: String,
    /// Compiled into the app (the default on a fresh install).
    pub embedded: bool,
    /// The newest version of this processor's statement the app knows.
    pub newest: bool,
    pub file_name: String,
    /// When the processor notified it (YYYY-MM-DD), if recorded.
    pub notified_on: Option<String>,
    /// The last day to terminate after that notice (standard clause 2.2), worded.
    pub termination_deadline: Option<String>,
    #[ts(type = "number")]
    pub assessments: u32,
}

/// An imported statement that can no longer be read, with why.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UnreadableStatement {
    pub file_name: String,
    pub processor: String,
    pub version: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementsView {
    pub statements: Vec<StatementSummary>,
    pub unreadable: Vec<UnreadableStatement>,
}

/// One entry that differs between two versions.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ChangeView {
    /// `added`, `removed`, `changed` or `moved`
    pub kind: String,
    pub kind_text: String,
    /// The source marker in the older and the newer version (empty where absent).
    pub old_source: String,
    pub new_source: String,
    pub title: String,
    pub old_text: String,
    pub new_text: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DiffView {
    pub from: String,
    pub to: String,
    pub changes: Vec<ChangeView>,
}

/// An assessment based on an older version of a processor's statement than a given one.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AffectedView {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub client: String,
    /// The version it is based on now.
    pub version: String,
    /// The last day the client may terminate after notice of the newer version (clause 2.2).
    pub deadline: Option<String>,
    /// The deadline has passed.
    pub overdue: bool,
}

/// The last day to terminate after notice of `st` on `notified_on` (standard clause 2.2).
pub fn deadline(st: &Statement, notified_on: NaiveDate) -> NaiveDate {
    dpia_rules::dates::add_days(notified_on, st.clauses.termination_days_after_change)
}

pub fn summary(
    m: &Messages,
    all: &Statements,
    k: &Known,
    assessments: &[Assessment],
) -> StatementSummary {
    let st = &k.statement;
    let notified = all.notified_on(k, None);
    StatementSummary {
        key: k.key(),
        processor: st.processor.name.clone(),
        version: st.version.version.clone(),
        valid_from: m.date(st.version.valid_from),
        embedded: k.stored.is_none(),
        newest: all
            .newest(&st.processor.name)
            .is_some_and(|n| n.key() == k.key()),
        file_name: k.stored.as_ref().map_or_else(
            || dpia_statement::DEFAULT_STATEMENT_NAME.into(),
            |s| s.file_name.clone(),
        ),
        notified_on: notified.map(|d| d.to_string()),
        termination_deadline: notified.map(|d| m.date(deadline(st, d))),
        assessments: assessments
            .iter()
            .filter(|a| {
                a.statement.processor == st.processor.name
                    && a.statement.version == st.version.version
            })
            .count() as u32,
    }
}

pub fn view(m: &Messages, all: &Statements, assessments: &[Assessment]) -> StatementsView {
    StatementsView {
        statements: all
            .known
            .iter()
            .map(|k| summary(m, all, k, assessments))
            .collect(),
        unreadable: all
            .unreadable
            .iter()
            .map(|(s, reason)| UnreadableStatement {
                file_name: s.file_name.clone(),
                processor: s.processor.clone(),
                version: s.version.clone(),
                reason: reason.clone(),
            })
            .collect(),
    }
}

pub fn diff(m: &Messages, old: &Known, new: &Known) -> DiffView {
    let lang = m.lang();
    let text = |e: &dpia_statement::Entry| words::entry(m, e).2.join("\n");
    let changes = dpia_statement::diff(&old.statement, &new.statement)
        .iter()
        .map(|c| {
            let (kind, o, n) = match c {
                Change::Added { new } => ("added", None, Some(new)),
                Change::Removed { old } => ("removed", Some(old), None),
                Change::Changed { old, new } => ("changed", Some(old), Some(new)),
                Change::Moved { old, new } => ("moved", Some(old), Some(new)),
            };
            ChangeView {
                kind: kind.into(),
                kind_text: m.get(&format!("diff-{kind}")),
                old_source: o.map(|e| words::source(m, e.source)).unwrap_or_default(),
                new_source: n.map(|e| words::source(m, e.source)).unwrap_or_default(),
                title: c
                    .entry()
                    .title
                    .as_ref()
                    .map(|t| t.get(lang).to_string())
                    .unwrap_or_default(),
                old_text: o.map(text).unwrap_or_default(),
                new_text: n.map(text).unwrap_or_default(),
            }
        })
        .collect();
    DiffView {
        from: old.key(),
        to: new.key(),
        changes,
    }
}

/// Assessments of the same processor based on an older version than `newer`.
pub fn affected(
    m: &Messages,
    all: &Statements,
    newer: &Known,
    assessments: &[(i64, String, Assessment)],
    today: NaiveDate,
) -> Result<Vec<AffectedView>, ApiError> {
    let st = &newer.statement;
    Ok(assessments
        .iter()
        .filter(|(_, _, a)| {
            a.statement.processor == st.processor.name && a.statement.version != st.version.version
        })
        .filter(|(_, _, a)| {
            // Only those on an older version: a version the app does not know counts as older.
            all.known
                .iter()
                .find(|k| {
                    k.statement.processor.name == a.statement.processor
                        && k.statement.version.version == a.statement.version
                })
                .is_none_or(|k| k.statement.version.valid_from <= st.version.valid_from)
        })
        .map(|(id, name, a)| {
            let notified = all.notified_on(newer, None);
            let last = notified.map(|d| deadline(st, d));
            AffectedView {
                id: *id,
                name: name.clone(),
                client: a.organisation.name.clone(),
                version: a.statement.version.clone(),
                deadline: last.map(|d| m.date(d)),
                overdue: last.is_some_and(|d| d < today),
            }
        })
        .collect())
}
