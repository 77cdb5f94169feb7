//! The assessments: the list (a page at a time), creating, opening, saving one answer (autosave),
//! renaming, duplicating, deleting and the history. Importing and exporting `.dpia.json` files
//! is in `exchange.rs`.

use crate::lines;
use crate::views::{self, AssessmentView, HistoryView, ListPage};
use crate::{ApiError, App, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, FileError};
use dpia_store::{HistoryEntry, ListSort};

/// The most rows one page holds.
pub const MAX_PAGE: u32 = 500;

impl App {
    /// A page of the list: the assessments whose client or name holds every word of `search`
    /// (case and accents ignored), in `sort` order, `limit` rows (at most [`MAX_PAGE`]) from
    /// `offset`. Reads only the lines made when each was saved; runs no rules. An assessment
    /// this version cannot read is one row, marked with why.
    pub fn assessments_list(
        &self,
        search: &str,
        sort: ListSort,
        offset: u32,
        limit: u32,
        today: NaiveDate,
    ) -> Result<ListPage> {
        let store = self.store()?;
        let page = store
            .page(search, sort, offset, limit.min(MAX_PAGE))
            .worded(&self.messages)?;
        Ok(views::list_page(
            &self.messages,
            &self.statements,
            store,
            page,
            offset,
            today,
        ))
    }

    /// A new, blank assessment for the newest version of the default processor's statement; the
    /// name given is also the organisation's name.
    pub fn assessments_create(
        &mut self,
        name: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let st = self
            .statements
            .newest(&self.statement().processor.name)
            .map_or_else(|| self.statement(), |k| &k.statement);
        let mut a = Assessment::template(st, Some(today));
        a.organisation.name = name.trim().to_string();
        a.id = super::exchange::new_assessment_id(name, now);
        let line = lines::line(&self.statements, &a);
        let (store, m) = self.store_mut()?;
        store.create(name, &a, now, &line).worded(m)
    }

    pub fn assessments_view(&self, id: i64, today: NaiveDate) -> Result<AssessmentView> {
        let store = self.store()?;
        let a = store.get(id).worded(&self.messages)?;
        let name = store.name(id).worded(&self.messages)?;
        Ok(self.view_of(id, name, a, today))
    }

    pub(crate) fn view_of(
        &self,
        id: i64,
        name: String,
        a: Assessment,
        today: NaiveDate,
    ) -> AssessmentView {
        let known = self.statements.for_assessment(&a);
        // Which comments are "mine": a setting that cannot be read marks none as mine (the
        // assessment itself was just read, so the database answers; nothing is lost).
        let reviewer = self
            .store()
            .ok()
            .and_then(|s| s.setting(super::comments::REVIEWER_NAME).ok().flatten())
            .unwrap_or_default();
        views::assessment(&self.messages, known, id, name, a, today, &reviewer)
    }

    /// Saves one answer at once (autosave) and returns the new view with the live screening.
    /// An answer naming a service or option the assessment's statement lacks is refused.
    pub fn assessments_set(
        &mut self,
        id: i64,
        pointer: &str,
        value: serde_json::Value,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let m = &self.messages;
        let mut value = value;
        {
            let current = self.store()?.get(id).worded(m)?;
            // A definitive DPIA is read-only until it is reopened (status back to concept).
            if current.sign_off.is_definitive() && pointer != "/sign_off/status" {
                return Err(ApiError::of(m, "definitive", &[]));
            }
            // Adoption lists what is open: refused until each point is filled or accepted with a
            // reason (GDPR Art. 35(7), 35(2), 36).
            if pointer == "/sign_off/status" && value == serde_json::json!("definitive") {
                let st = &self.statements.for_assessment(&current).statement;
                let risks = dpia_rules::risks(st, &current);
                let open = dpia_rules::adoption::blocking(st, &current, &risks);
                if !open.is_empty() {
                    return Err(ApiError::of(
                        m,
                        "open_points",
                        &[("count", open.len().into())],
                    ));
                }
            }
            // A decision on a risk records the computed values it was taken on, so a later
            // change of answers shows as such.
            if let Some(risk) = pointer.strip_prefix("/risk_decisions/") {
                if !risk.contains('/') {
                    let st = &self.statements.for_assessment(&current).statement;
                    let computed = dpia_rules::risks(st, &current)
                        .into_iter()
                        .find(|r| r.id == risk && r.own.is_none())
                        .map(|r| r.computed());
                    if let (Some(c), Some(obj)) = (computed, value.as_object_mut()) {
                        obj.insert(
                            "computed".into(),
                            serde_json::to_value(c).unwrap_or(serde_json::Value::Null),
                        );
                    }
                }
            }
        }
        let statements = &self.statements;
        let file = dpia_store::label(id);
        let check = |a: &Assessment| {
            let st = &statements.for_assessment(a).statement;
            dpia_assessment::check_ids(a, st).map_err(|(path, reason)| FileError::Invalid {
                file: file.clone(),
                path,
                reason,
            })?;
            Ok(lines::line(statements, a))
        };
        let store = match &mut self.store {
            Ok(s) => s,
            Err(e) => return Err(crate::Worded::worded(e, m)),
        };
        let a = store.set(id, pointer, value, now, &check).worded(m)?;
        let name = store.name(id).worded(m)?;
        Ok(self.view_of(id, name, a, today))
    }

    pub fn assessments_rename(&mut self, id: i64, name: &str, now: DateTime<Utc>) -> Result<()> {
        let (store, m) = self.store_mut()?;
        store.rename(id, name, now).worded(m)
    }

    pub fn assessments_duplicate(
        &mut self,
        id: i64,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let statements = self.statements.clone();
        let (store, m) = self.store_mut()?;
        let copy = store
            .duplicate(id, name, now, &|a| lines::line(&statements, a))
            .worded(m)?;
        // A copy is an assessment of its own: a file of it is not taken for the original.
        let new_id = serde_json::json!(super::exchange::new_assessment_id(name, now));
        store
            .set(copy, "/id", new_id, now, &|a| {
                Ok(lines::line(&statements, a))
            })
            .worded(m)?;
        Ok(copy)
    }

    pub fn assessments_delete(&mut self, id: i64) -> Result<()> {
        let (store, m) = self.store_mut()?;
        store.delete(id).worded(m)
    }

    /// The history of an assessment, newest first, each change labelled as the UI labels the
    /// field and tagged with its part.
    pub fn assessments_history(&self, id: i64) -> Result<Vec<HistoryView>> {
        let m = &self.messages;
        let store = self.store()?;
        let a = store.get(id).worded(m)?;
        let st = &self.statements.for_assessment(&a).statement;
        let entries: Vec<HistoryEntry> = store.history(id).worded(m)?;
        Ok(views::history(m, st, &a, entries))
    }

    /// The adoptions and reopenings of an assessment, oldest first, for the version table of
    /// its DPIA starter; each on its calendar day at the user's UTC `offset`.
    pub fn assessments_versions(
        &self,
        id: i64,
        offset: chrono::FixedOffset,
    ) -> Result<Vec<dpia_documents::Version>> {
        let entries = self.store()?.history(id).worded(&self.messages)?;
        Ok(views::versions(&entries, |at| {
            DateTime::parse_from_rfc3339(at)
                .ok()
                .map(|t| t.with_timezone(&offset).date_naive())
        }))
    }
}
