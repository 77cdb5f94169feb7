//! The statement versions as the UI shows them: each version with its assessments and clause 2.2
//! deadline, the differences between two versions, and the assessments a newer version affects.

use super::*;
use dpia_statement::Change;

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

/// How an entry differs between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
    Moved,
}

/// One entry that differs between two versions.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ChangeView {
    pub kind: ChangeKind,
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

pub fn summary_of_statement(
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

pub fn statements_list(
    m: &Messages,
    all: &Statements,
    assessments: &[Assessment],
) -> StatementsView {
    StatementsView {
        statements: all
            .known
            .iter()
            .map(|k| summary_of_statement(m, all, k, assessments))
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
                Change::Added { new } => (ChangeKind::Added, None, Some(new)),
                Change::Removed { old } => (ChangeKind::Removed, Some(old), None),
                Change::Changed { old, new } => (ChangeKind::Changed, Some(old), Some(new)),
                Change::Moved { old, new } => (ChangeKind::Moved, Some(old), Some(new)),
            };
            let id = match kind {
                ChangeKind::Added => "added",
                ChangeKind::Removed => "removed",
                ChangeKind::Changed => "changed",
                ChangeKind::Moved => "moved",
            };
            ChangeView {
                kind,
                kind_text: m.get(&format!("diff-{id}")),
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
) -> Vec<AffectedView> {
    let st = &newer.statement;
    assessments
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
        .collect()
}
