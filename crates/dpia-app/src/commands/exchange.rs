//! Importing an assessment (a `.dpia.json`, or the one a PDF or DOCX exported by DPIA Helper
//! carries) and exporting one as `.dpia.json`, without holding the app's lock while a file is
//! read or written (`jobs.rs`): each is prepared under the lock (the file behind the dialog's
//! token, a copy of what it needs), does its file work without it, and an import is stored
//! under the lock again.
//!
//! The shell's command is the three steps in a row: `App::assessments_import` →
//! [`ImportJob::read`] → `App::assessments_import_save`; `App::assessments_export` →
//! [`AssessmentExportJob::write`] (then a reveal grant for the written file).

use crate::jobs::{cancelled, JobStage, Ticket};
use crate::known::Statements;
use crate::views::ImportView;
use crate::{lines, ApiError, App, Purpose, Result, WordedResult};
use chrono::{DateTime, Utc};
use dpia_assessment::Assessment;
use dpia_documents::embedded;
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

    /// Step 3 of an import, under the lock: stores what was read (unless it was cancelled) and
    /// says whether an assessment with exactly the same answers was already there, so that
    /// importing one file twice is noticed (both are kept).
    pub fn assessments_import_save(
        &mut self,
        read: Result<ReadImport>,
        now: DateTime<Utc>,
    ) -> Result<ImportView> {
        let read = read?;
        if !read.ticket.job().enter(JobStage::Storing) {
            return Err(cancelled(self.lang()));
        }
        let (store, m) = self.store_mut()?;
        let id = store
            .create(&read.name, &read.assessment, now, &read.line)
            .worded(m)?;
        let same_as = store.same_answers(id, &read.assessment).worded(m)?;
        Ok(ImportView { id, same_as })
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
        let (assessment, name, line) = ticket.run(lang, move |job| {
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
            Ok((a, name, line))
        })?;
        Ok(ReadImport {
            ticket,
            assessment,
            name,
            line,
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
