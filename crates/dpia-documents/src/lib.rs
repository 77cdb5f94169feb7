//! Documents from an assessment: the DPIA starter and the onboarding summary (content, in one
//! language), rendered as Markdown, PDF or DOCX, and written atomically.

mod comment_annex;
mod compose;
pub mod embedded;
mod frame;
pub mod markdown;
mod quote;
pub mod review;
pub mod starter;
pub mod summary;

use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_document_model::Document;
use dpia_i18n::{Lang, Messages};
use dpia_rules::{Risk, Screening};
use dpia_statement::Statement;

/// Everything a document is built from. `date` is the document date (also "today" for a
/// missing assessment date); nothing is read from the clock.
pub struct Input<'a> {
    pub statement: &'a Statement,
    pub assessment: &'a Assessment,
    pub screening: &'a Screening,
    pub risks: &'a [Risk],
    pub messages: &'a Messages,
    pub date: NaiveDate,
    /// The adoptions and reopenings so far, oldest first (the app's history; empty where there
    /// is none, e.g. from the command line). The starter's version table shows them.
    pub versions: &'a [Version],
}

/// An adoption or a reopening of the DPIA, for the starter's version table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub date: NaiveDate,
    pub event: VersionEvent,
    /// Who adopted it, as recorded at that moment (empty for a reopening).
    pub by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionEvent {
    Adopted,
    Reopened,
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The DPIA starter (Model DPIA Rijksdienst structure) for the privacy officer.
    Starter,
    /// The onboarding summary for sales.
    Summary,
}

/// Builds a document in `lang` from a statement and an assessment, dated `date`.
pub fn build(
    kind: Kind,
    statement: &Statement,
    assessment: &Assessment,
    lang: Lang,
    date: NaiveDate,
) -> Document {
    build_versioned(kind, statement, assessment, lang, date, &[])
}

/// As [`build`], with the adoptions and reopenings so far for the starter's version table.
pub fn build_versioned(
    kind: Kind,
    statement: &Statement,
    assessment: &Assessment,
    lang: Lang,
    date: NaiveDate,
    versions: &[Version],
) -> Document {
    let messages = Messages::new(lang);
    let screening = dpia_rules::screen(statement, assessment, date);
    let risks = dpia_rules::risks(statement, assessment);
    let input = Input {
        statement,
        assessment,
        screening: &screening,
        risks: &risks,
        messages: &messages,
        date,
        versions,
    };
    match kind {
        Kind::Starter => starter::build(&input),
        Kind::Summary => summary::build(&input),
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "starter" => Ok(Kind::Starter),
            "summary" => Ok(Kind::Summary),
            other => Err(format!(
                "unknown document `{other}` (expected starter or summary)"
            )),
        }
    }
}

/// The file formats a document can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Pdf,
    Docx,
    #[serde(rename = "md")]
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Markdown => "md",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "pdf" => Ok(Format::Pdf),
            "docx" => Ok(Format::Docx),
            "md" | "markdown" => Ok(Format::Markdown),
            other => Err(format!(
                "unknown format `{other}` (expected pdf, docx or md)"
            )),
        }
    }
}

/// A renderer failed (this is a bug, not bad input: the document model is always renderable).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("PDF: {0}")]
    Pdf(#[from] dpia_pdf::PdfError),
    #[error("DOCX: {0}")]
    Docx(#[from] dpia_docx::DocxError),
}

impl RenderError {
    /// A stable code: `pdf_conformance` when the PDF would not conform, else `render`.
    pub fn code(&self) -> &'static str {
        match self {
            RenderError::Pdf(e) if e.code() == "pdf_conformance" => "pdf_conformance",
            _ => "render",
        }
    }

    /// The error in the user's language. Rendering fails only on a fault of DPIA Helper (the
    /// document model is always renderable), so the message asks for a report and quotes the
    /// technical detail.
    pub fn describe(&self, m: &Messages) -> String {
        m.fmt(
            &format!("error-{}", self.code()),
            &[("reason", self.to_string().into())],
        )
    }
}

/// Renders a document in a format. Deterministic: same document → same bytes.
pub fn render(doc: &Document, format: Format) -> Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Pdf => dpia_pdf::render(doc)?,
        Format::Docx => {
            // The table of contents carries the print layout's page numbers as cached results
            // (LibreOffice does not update fields on opening a document).
            let mut doc = doc.clone();
            doc.meta.heading_pages = dpia_pdf::heading_pages(&doc)?;
            dpia_docx::render(&doc)?
        }
        Format::Markdown => markdown::render(doc).into_bytes(),
    })
}
