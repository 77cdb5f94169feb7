//! Document exports in two steps, so autosave never waits for a long export: under the shared
//! app's lock [`App::prepare_export`] takes copies of what the document needs (the assessment,
//! the statement) and the file the user chose; then, without the lock, [`ExportJob::write`]
//! builds, renders and writes it.

use crate::{file_error, grants::Purpose, store_error, ApiError, App, Result};
use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use std::path::PathBuf;

/// Everything one export needs, owned: it renders and writes without the [`App`].
#[derive(Debug, Clone)]
pub struct ExportJob {
    statement: Statement,
    assessment: Assessment,
    kind: dpia_documents::Kind,
    format: dpia_documents::Format,
    lang: Lang,
    today: NaiveDate,
    path: PathBuf,
}

impl App {
    /// Takes what the DPIA starter or onboarding summary of assessment `id` needs, and the file
    /// behind a save-dialog token (used up). Quick: call it under the lock, then release it and
    /// call [`ExportJob::write`].
    pub fn prepare_export(
        &mut self,
        id: i64,
        kind: dpia_documents::Kind,
        format: dpia_documents::Format,
        lang: Lang,
        token: &str,
        today: NaiveDate,
    ) -> Result<ExportJob> {
        let m = Messages::new(lang);
        let assessment = self.store(&m)?.get(id).map_err(|e| store_error(&m, &e))?;
        let path = self.granted(token, Purpose::Save, &m)?;
        Ok(ExportJob {
            statement: self.statement_for(&assessment).clone(),
            assessment,
            kind,
            format,
            lang,
            today,
            path,
        })
    }
}

impl ExportJob {
    /// The file it will write.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Builds and renders the document and writes it atomically where the user chose (the save
    /// dialog confirmed replacing an existing file). Returns the written file; the shell turns it
    /// into a [`Purpose::Reveal`] token with [`App::grant`].
    pub fn write(self) -> Result<PathBuf> {
        let m = Messages::new(self.lang);
        let doc = dpia_documents::build(
            self.kind,
            &self.statement,
            &self.assessment,
            self.lang,
            self.today,
        );
        let bytes = dpia_documents::render(&doc, self.format).map_err(|e| ApiError {
            code: "render".into(),
            message: e.to_string(),
        })?;
        dpia_assessment::write_atomic(&self.path, &bytes, true).map_err(|e| file_error(&m, &e))?;
        Ok(self.path)
    }
}
