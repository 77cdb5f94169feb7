//! Importing an assessment (a `.dpia.json`, or the one a PDF or DOCX exported by DPIA Helper
//! carries) and exporting one as `.dpia.json`, without holding the app's lock while a file is
//! read or written (`jobs.rs`): each is prepared under the lock (the file behind the dialog's
//! token, a copy of what it needs), does its file work without it, and an import is stored
//! under the lock again.
//!
//! The shell's command is the three steps in a row: `App::assessments_import` →
//! [`ImportJob::read`] → `App::assessments_import_save`; a DOCX's Word comments are read with
//! its answers and taken in as comments from Word; a copy of an assessment already here (same
//! assessment id) is not stored but offered for a merge (`App::assessments_import_merge`:
//! take over its new comments, or store it as a copy); `App::assessments_export` →
//! [`AssessmentExportJob::write`] (then a reveal grant for the written file).

use crate::jobs::{cancelled, JobStage, Ticket};
use crate::known::Statements;
use crate::views::{FieldLabel, ImportView, MergeView};
use crate::{lines, ApiError, App, Purpose, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::Assessment;
use dpia_documents::{embedded, review};
use dpia_i18n::{Lang, Messages};
use dpia_store::Line;
use std::path::PathBuf;
use std::sync::Arc;

/// An import, prepared: the chosen file and the statements to check it against.
#[derive(Debug)]
pub struct ImportJob {
    ticket: Ticket,
    path: PathBuf,
    statements: Arc<Statements>,
    lang: Lang,
}

/// An import, read and checked, ready to be stored.
#[derive(Debug)]
pub struct ReadImport {
    ticket: Ticket,
    assessment: Assessment,
    name: String,
    line: Line,
    /// The Word comments of a DOCX (none for a PDF or `.dpia.json`).
    word: Vec<dpia_docx::WordComment>,
}

/// An imported copy of an assessment already here, until the user chooses.
#[derive(Debug)]
pub struct PendingImport {
    file: Assessment,
    name: String,
    line: Line,
    word: Vec<dpia_docx::WordComment>,
    here: i64,
}

/// An export of one assessment as `.dpia.json`, prepared.
#[derive(Debug)]
pub struct AssessmentExportJob {
    ticket: Ticket,
    path: PathBuf,
    assessment: Assessment,
    lang: Lang,
}

impl App {
    /// Step 1 of an import, under the lock: the file behind an import token (used up; a token
    /// not granted for [`Purpose::Import`] changes nothing) and the statements to check it
    /// against. The page follows it by that token (`jobs_progress`, `jobs_cancel`).
    pub fn assessments_import(&mut self, token: &str) -> Result<ImportJob> {
        let path = self.granted(token, Purpose::Import)?;
        Ok(ImportJob {
            ticket: self.jobs.start(token),
            path,
            statements: self.statements.clone(),
            lang: self.lang(),
        })
    }

    /// Step 3 of an import, under the lock: stores what was read (unless it was cancelled),
    /// with a DOCX's Word comments, and says whether an assessment with exactly the same
    /// answers was already there, so that importing one file twice is noticed (both are kept).
    /// A file whose assessment is already here (same assessment id) is not stored: the view
    /// offers to take over its new comments ([`App::assessments_import_merge`]).
    pub fn assessments_import_save(
        &mut self,
        read: Result<ReadImport>,
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        let read = read?;
        if !read.ticket.job().enter(JobStage::Storing) {
            return Err(cancelled(self.lang()));
        }
        self.pending_import = None;
        let m = &self.messages;
        let here = self
            .store()?
            .find_assessment_id(&read.assessment.id)
            .worded(m)?;
        if let Some((here, name)) = here {
            let current = self.store()?.get(here).worded(m)?;
            let mut merged = current.clone();
            let new = review::take_comments(&mut merged, &read.assessment)
                + review::take_word_comments(&mut merged, &read.word, now);
            let st = &self.statements.for_assessment(&current).statement;
            let differing = differing(m, st, &current, &read.assessment);
            self.pending_import = Some(PendingImport {
                file: read.assessment,
                name: read.name,
                line: read.line,
                word: read.word,
                here,
            });
            return Ok(ImportView {
                id: here,
                same_as: None,
                merge: Some(MergeView {
                    name,
                    new_comments: new as u32,
                    differing,
                }),
                comments_taken: 0,
            });
        }
        self.create_imported(read.assessment, &read.name, &read.line, &read.word, now)
    }

    /// After an import offered a merge: `take` takes the file's new comments (and Word's) into
    /// the assessment already here (answers are not merged; the change is in its history);
    /// otherwise the file is stored as a copy with an assessment id of its own.
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
            return self.create_imported(a, &p.name, &p.line, &p.word, now);
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
        line: &Line,
        word: &[dpia_docx::WordComment],
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        if a.id.is_empty() {
            a.id = new_assessment_id(name, now);
        }
        let taken = review::take_word_comments(&mut a, word, now);
        let (store, m) = self.store_mut()?;
        let id = store.create(name, &a, now, line).worded(m)?;
        let same_as = store.same_answers(id, &a).worded(m)?;
        Ok(ImportView {
            id,
            same_as,
            merge: None,
            comments_taken: taken as u32,
        })
    }

    /// Step 1 of an export as `.dpia.json`, under the lock: a copy of the assessment and the
    /// file behind a save-dialog token (used up; the dialog confirmed replacing a file).
    pub fn assessments_export(&mut self, id: i64, token: &str) -> Result<AssessmentExportJob> {
        let assessment = self.store()?.get(id).worded(&self.messages)?;
        let path = self.granted(token, Purpose::Save)?;
        Ok(AssessmentExportJob {
            ticket: self.jobs.start(token),
            path,
            assessment,
            lang: self.lang(),
        })
    }
}

impl ImportJob {
    /// Step 2, without the lock: reads the file (bounded in time and memory by the document
    /// readers, one file job at a time) and checks its answers against the statement they are
    /// based on. An assessment based on a statement the app does not know is refused, naming
    /// that statement.
    pub fn read(self) -> Result<ReadImport> {
        let ImportJob {
            ticket,
            path,
            statements,
            lang,
        } = self;
        let (assessment, name, line, word) = ticket.run(lang, move |job| {
            let m = Messages::new(lang);
            let file = path.display().to_string();
            job.enter(JobStage::Reading);
            let bytes = embedded::read(&path).worded(&m)?;
            if !job.enter(JobStage::Checking) {
                return Err(cancelled(lang));
            }
            let a = dpia_assessment::parse_bytes(&bytes, &file).worded(&m)?;
            let (processor, version) = (&a.statement.processor, &a.statement.version);
            let exact = statements.exact(processor, version);
            let not_loaded = || statement_not_loaded(&m, &statements, &file, processor, version);
            // Its own version, else the newest of its processor when the answers fit it (the
            // screening then flags the other version); another processor's ids mean nothing here.
            let Some(known) = exact.or_else(|| statements.newest(processor)) else {
                return Err(not_loaded());
            };
            let a = match dpia_assessment::parse_bytes_for(&bytes, &file, &known.statement) {
                Ok(a) => a,
                Err(_) if exact.is_none() => return Err(not_loaded()),
                Err(e) => return Err(crate::Worded::worded(&e, &m)),
            };
            let name = if a.organisation.name.trim().is_empty() {
                path.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().to_string())
            } else {
                a.organisation.name.clone()
            };
            let line = lines::line(&statements, &a);
            let word = embedded::word_comments(&path).worded(&m)?;
            Ok((a, name, line, word))
        })?;
        Ok(ReadImport {
            ticket,
            assessment,
            name,
            line,
            word,
        })
    }
}

/// "{file} is based on the statement {statement}, which this app does not know (it knows …);
/// import that statement first."
fn statement_not_loaded(
    m: &Messages,
    all: &Statements,
    file: &str,
    processor: &str,
    version: &str,
) -> ApiError {
    let known: Vec<String> = all.known.iter().map(|k| k.key()).collect();
    ApiError {
        code: "statement_not_loaded".into(),
        message: m.fmt(
            "error-statement_not_imported",
            &[
                ("file", file.into()),
                ("statement", format!("{processor} {version}").into()),
                ("known", known.join(", ").into()),
            ],
        ),
    }
}

impl AssessmentExportJob {
    /// Step 2, without the lock: writes the `.dpia.json` atomically where the user chose.
    /// Returns the written file (the shell grants it for "show in folder").
    pub fn write(self) -> Result<PathBuf> {
        let AssessmentExportJob {
            ticket,
            path,
            assessment,
            lang,
        } = self;
        ticket.run(lang, move |job| {
            let bytes = dpia_assessment::to_json(&assessment);
            if !job.enter(JobStage::Writing) {
                return Err(cancelled(lang));
            }
            dpia_assessment::write_atomic(&path, bytes.as_bytes(), true)
                .worded(&Messages::new(lang))?;
            Ok(path)
        })
    }
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
