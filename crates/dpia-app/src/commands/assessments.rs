//! The assessments: the list, creating, opening, saving one answer (autosave), renaming,
//! duplicating, deleting, the history, and importing and exporting `.dpia.json` (or the answers a
//! PDF or DOCX of DPIA Helper carries, with a DOCX's Word comments; a copy of an assessment
//! already here offers to take over its comments).

use crate::views::{
    self, AssessmentSummary, AssessmentView, FieldLabel, HistoryView, ImportView, MergeView,
};
use crate::{ApiError, App, Grant, Purpose, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, FileError};
use dpia_documents::{embedded, review};
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
        a.id = new_assessment_id(name, now);
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
        let copy = store.duplicate(id, name, now).worded(m)?;
        // A copy is an assessment of its own: a file of it is not taken for the original.
        let check = |_: &Assessment| Ok(());
        let new_id = serde_json::json!(new_assessment_id(name, now));
        store.set(copy, "/id", new_id, now, &check).worded(m)?;
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
        Ok(entries
            .into_iter()
            .map(|h| {
                let (step, label_id, label_args) = views::history_label(m, st, &a, &h.field);
                HistoryView {
                    at: h.at,
                    field: h.field,
                    step,
                    label_id,
                    label_args,
                    old_value: h.old_value,
                    new_value: h.new_value,
                }
            })
            .collect())
    }

    /// Imports the file the user chose in the open dialog: a `.dpia.json`, or a PDF or DOCX
    /// exported by DPIA Helper (the exchange file it carries, and from a DOCX the Word comments
    /// made in it; nothing else is used), and says whether an assessment with exactly the same
    /// answers was already there, so that importing one file twice is noticed (both are kept).
    /// A copy of an assessment already here (same assessment id) is not imported yet: the view
    /// offers to take over its new comments ([`App::assessments_import_merge`]). An invalid
    /// file (or a token not granted for [`Purpose::Import`]) changes nothing and says what is
    /// wrong.
    pub fn assessments_import(&mut self, token: &str, now: DateTime<Utc>) -> Result<ImportView> {
        let path = self.granted(token, Purpose::Import)?;
        let m = &self.messages;
        let file = path.display().to_string();
        let bytes = embedded::read(&path).worded(m)?;
        let a = dpia_assessment::parse_bytes(&bytes, &file).worded(m)?;
        let st = self.statement_for(&a);
        let a = dpia_assessment::parse_bytes_for(&bytes, &file, st).worded(m)?;
        let word = embedded::word_comments(&path).worded(m)?;
        let name = if a.organisation.name.trim().is_empty() {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string())
        } else {
            a.organisation.name.clone()
        };
        self.pending_import = None;
        if !a.id.is_empty() {
            let here = self
                .store()?
                .list()
                .worded(m)?
                .into_iter()
                .find(|x| x.assessment.id == a.id);
            if let Some(here) = here {
                let mut merged = here.assessment.clone();
                let new = review::take_comments(&mut merged, &a)
                    + review::take_word_comments(&mut merged, &word, now);
                let st = &self.statements.for_assessment(&here.assessment).statement;
                let differing = differing(m, st, &here.assessment, &a);
                self.pending_import = Some(PendingImport {
                    file: a,
                    name,
                    word,
                    here: here.id,
                });
                return Ok(ImportView {
                    id: here.id,
                    same_as: None,
                    merge: Some(MergeView {
                        name: here.name,
                        new_comments: new as u32,
                        differing,
                    }),
                    comments_taken: 0,
                });
            }
        }
        self.create_imported(a, &name, &word, now)
    }

    /// After [`App::assessments_import`] offered a merge: `take` takes the file's new comments
    /// (and Word's) into the assessment already here (answers are not merged; the change is in
    /// its history); otherwise the file is imported as a copy with an id of its own.
    pub fn assessments_import_merge(
        &mut self,
        take: bool,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        let m = &self.messages;
        let p = self
            .pending_import
            .take()
            .ok_or_else(|| ApiError::of(m, "import_nothing", &[]))?;
        if !take {
            let mut a = p.file;
            a.id = String::new();
            return self.create_imported(a, &p.name, &p.word, now);
        }
        let here = self.store()?.get(p.here).worded(m)?;
        let mut merged = here.clone();
        let taken = review::take_comments(&mut merged, &p.file)
            + review::take_word_comments(&mut merged, &p.word, now);
        if merged.comments != here.comments {
            let value = serde_json::to_value(&merged.comments).expect("comments serialise");
            self.assessments_set(p.here, "/comments", value, today, now)?;
        }
        Ok(ImportView {
            id: p.here,
            same_as: None,
            merge: None,
            comments_taken: taken as u32,
        })
    }

    /// Stores an imported assessment (with a new assessment id when it has none) and the Word
    /// comments of its DOCX.
    fn create_imported(
        &mut self,
        mut a: Assessment,
        name: &str,
        word: &[dpia_docx::WordComment],
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        if a.id.is_empty() {
            a.id = new_assessment_id(name, now);
        }
        let taken = review::take_word_comments(&mut a, word, now);
        let (store, m) = self.store_mut()?;
        let id = store.create(name, &a, now).worded(m)?;
        let same_as = store
            .list()
            .worded(m)?
            .into_iter()
            .find(|x| {
                x.id != id && {
                    // The same answers: comments and the assessment id aside.
                    let mut b = x.assessment.clone();
                    b.id.clone_from(&a.id);
                    b.comments.clone_from(&a.comments);
                    b == a
                }
            })
            .map(|x| x.name);
        Ok(ImportView {
            id,
            same_as,
            merge: None,
            comments_taken: taken as u32,
        })
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

/// An imported copy of an assessment already here, until the user chooses.
pub struct PendingImport {
    file: Assessment,
    name: String,
    word: Vec<dpia_docx::WordComment>,
    here: i64,
}

/// A new assessment id: 32 hex digits, unique in practice (the time to the nanosecond and the
/// name).
pub(crate) fn new_assessment_id(name: &str, now: DateTime<Utc>) -> String {
    format!(
        "{}{}",
        super::comments::hex_id(&[name, "a"], now),
        super::comments::hex_id(&[name, "b"], now)
    )
}

/// The answers of `file` that differ from `here` (comments and ids aside), each labelled once,
/// at most 50.
fn differing(
    m: &dpia_i18n::Messages,
    st: &dpia_statement::Statement,
    here: &Assessment,
    file: &Assessment,
) -> Vec<FieldLabel> {
    fn walk(a: &serde_json::Value, b: &serde_json::Value, at: String, out: &mut Vec<String>) {
        use serde_json::Value::Object;
        match (a, b) {
            (Object(x), Object(y)) => {
                let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                for k in keys {
                    if at.is_empty() && matches!(k.as_str(), "comments" | "id" | "version") {
                        continue;
                    }
                    let null = serde_json::Value::Null;
                    walk(
                        x.get(k).unwrap_or(&null),
                        y.get(k).unwrap_or(&null),
                        format!("{at}/{k}"),
                        out,
                    );
                }
            }
            _ if a != b => out.push(at),
            _ => {}
        }
    }
    let (Ok(a), Ok(b)) = (serde_json::to_value(here), serde_json::to_value(file)) else {
        return Vec::new();
    };
    let mut pointers = Vec::new();
    walk(&a, &b, String::new(), &mut pointers);
    let mut out: Vec<FieldLabel> = Vec::new();
    for p in pointers {
        let (_, label_id, label_args) = crate::views::history_label(m, st, here, &p);
        let label = FieldLabel {
            label_id,
            label_args,
        };
        if !out.contains(&label) {
            out.push(label);
        }
        if out.len() == 50 {
            break;
        }
    }
    out
}
