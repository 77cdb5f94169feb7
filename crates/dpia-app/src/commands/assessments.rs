//! The assessments: the list, creating, opening, saving one answer (autosave), renaming,
//! duplicating, deleting, the history, and importing and exporting `.dpia.json` (or the answers a
//! PDF or DOCX of DPIA Helper carries).

use crate::views::{self, AssessmentSummary, AssessmentView, HistoryView, ImportView};
use crate::{ApiError, App, Grant, Purpose, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, FileError};
use dpia_documents::embedded;
use dpia_store::HistoryEntry;

impl App {
    pub fn assessments_list(&self, today: NaiveDate) -> Result<Vec<AssessmentSummary>> {
        let m = &self.messages;
        Ok(self
            .store()?
            .list()
            .worded(m)?
            .into_iter()
            .map(|l| views::summary(m, &self.statements, l, today))
            .collect())
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
        let (store, m) = self.store_mut()?;
        store.create(name, &a, now).worded(m)
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
        views::assessment(&self.messages, known, id, name, a, today)
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
        let file = format!("assessment {id}");
        let check = |a: &Assessment| {
            let st = &statements.for_assessment(a).statement;
            dpia_assessment::check_ids(a, st).map_err(|(path, reason)| FileError::Invalid {
                file: file.clone(),
                path,
                reason,
            })
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
        let (store, m) = self.store_mut()?;
        store.duplicate(id, name, now).worded(m)
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

    /// Imports the file the user chose in the open dialog: a `.dpia.json`, or a PDF or DOCX
    /// exported by DPIA Helper (the exchange file it carries; nothing else in it is used), and
    /// says whether an assessment with exactly the same answers was already there, so that
    /// importing one file twice is noticed (both are kept). An invalid file (or a token not
    /// granted for [`Purpose::Import`]) changes nothing and says what is wrong.
    pub fn assessments_import(&mut self, token: &str, now: DateTime<Utc>) -> Result<ImportView> {
        let path = self.granted(token, Purpose::Import)?;
        let m = &self.messages;
        let file = path.display().to_string();
        let bytes = embedded::read(&path).worded(m)?;
        let a = dpia_assessment::parse_bytes(&bytes, &file).worded(m)?;
        let st = self.statement_for(&a);
        let a = dpia_assessment::parse_bytes_for(&bytes, &file, st).worded(m)?;
        let name = if a.organisation.name.trim().is_empty() {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string())
        } else {
            a.organisation.name.clone()
        };
        let (store, m) = self.store_mut()?;
        let id = store.create(&name, &a, now).worded(m)?;
        let same_as = store
            .list()
            .worded(m)?
            .into_iter()
            .find(|x| x.id != id && x.assessment == a)
            .map(|x| x.name);
        Ok(ImportView { id, same_as })
    }

    /// Writes an assessment as `.dpia.json` where the user chose in the save dialog (which
    /// confirmed replacing an existing file). Returns a token to show the file in its folder.
    pub fn assessments_export(&mut self, id: i64, token: &str) -> Result<Grant> {
        let a = self.store()?.get(id).worded(&self.messages)?;
        let path = self.granted(token, Purpose::Save)?;
        dpia_assessment::write_atomic(&path, dpia_assessment::to_json(&a).as_bytes(), true)
            .worded(&self.messages)?;
        Ok(self.grant(Purpose::Reveal, path))
    }
}
