//! Document exports in two steps, so autosave never waits for a long export: under the shared
//! app's lock [`App::documents_export`] takes copies of what the document needs (the assessment,
//! the statement) and the file the user chose; then, without the lock, [`ExportJob::write`]
//! builds, renders and writes it, as a file job the page can follow and cancel (`jobs.rs`).

use crate::jobs::{cancelled, JobStage, Ticket};
use crate::{ApiError, App, Purpose, Result, WordedResult};
use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_documents::{Format, Kind};
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use std::path::PathBuf;

/// Everything one export needs, owned: it renders and writes without the [`App`].
#[derive(Debug)]
pub struct ExportJob {
    ticket: Ticket,
    statement: Statement,
    assessment: Assessment,
    kind: Kind,
    format: Format,
    /// The document's language (chosen on the Export screen; the app's may differ).
    lang: Lang,
    today: NaiveDate,
    path: PathBuf,
    /// The app's messages, for the errors of writing.
    app_lang: Lang,
}

impl App {
    /// Takes what the DPIA starter or onboarding summary of assessment `id` needs, and the file
    /// behind a save-dialog token (used up). Quick: call it under the lock, then release it and
    /// call [`ExportJob::write`]. `kind`, `format` and `lang` are the ids the UI sends.
    pub fn documents_export(
        &mut self,
        id: i64,
        kind: &str,
        format: &str,
        lang: &str,
        token: &str,
        today: NaiveDate,
    ) -> Result<ExportJob> {
        let m = &self.messages;
        let kind: Kind = kind
            .parse()
            .map_err(|_: String| ApiError::of(m, "bad_kind", &[("value", kind.into())]))?;
        let format: Format = format
            .parse()
            .map_err(|_: String| ApiError::of(m, "bad_format", &[("value", format.into())]))?;
        let lang = self.parse_lang(lang)?;
        let assessment = self.store()?.get(id).worded(&self.messages)?;
        let path = self.granted(token, Purpose::Save)?;
        Ok(ExportJob {
            ticket: self.jobs.start(token),
            statement: self.statement_for(&assessment).clone(),
            assessment,
            kind,
            format,
            lang,
            today,
            path,
            app_lang: self.lang(),
        })
    }
}

impl ExportJob {
    /// The file it will write.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Builds and renders the document and writes it atomically where the user chose (the save
    /// dialog confirmed replacing an existing file), one file job at a time; cancelled before it
    /// writes, nothing is written. Returns the written file; the shell turns it into a
    /// [`Purpose::Reveal`] token with [`App::grant`].
    pub fn write(self) -> Result<PathBuf> {
        let ExportJob {
            ticket,
            statement,
            assessment,
            kind,
            format,
            lang,
            today,
            path,
            app_lang,
        } = self;
        ticket.run(app_lang, move |job| {
            let m = Messages::new(app_lang);
            job.enter(JobStage::Rendering);
            let doc = dpia_documents::build(kind, &statement, &assessment, lang, today);
            let bytes = dpia_documents::render(&doc, format).worded(&m)?;
            if !job.enter(JobStage::Writing) {
                return Err(cancelled(app_lang));
            }
            dpia_assessment::write_atomic(&path, &bytes, true).worded(&m)?;
            Ok(path)
        })
    }
}
