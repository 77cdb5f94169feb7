//! An assessment read back from a document DPIA Helper exported: the `.dpia.json` embedded in
//! a PDF (an embedded file) or a DOCX (our custom XML part), or a `.dpia.json` itself.
//!
//! The kind of file is told by its first bytes (`%PDF-`, a zip's `PK\x03\x04`, else JSON), not
//! by its name. Only the embedded exchange file is used; nothing else in the document is
//! trusted, and the bytes go through the same strict parser as a `.dpia.json` file
//! ([`dpia_assessment::parse_bytes`]), so a file written by a newer DPIA Helper gives the usual
//! "newer" error. Reading is bounded (input size; the PDF and DOCX readers cap decompressed
//! streams and parts), so a zip or stream bomb is an error, never a hang.

use dpia_assessment::{Assessment, FileError, IoProblem};
use dpia_i18n::{Arg, Messages};
use dpia_statement::Statement;
use std::io::Read;
use std::path::Path;

/// Largest input read (the PDF and DOCX readers accept no more either).
pub const MAX_INPUT: u64 = 256 << 20;

/// What kind of file the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A `.dpia.json` (or anything that is not a PDF or zip: the JSON parser says what is wrong).
    Json,
    Pdf,
    /// A zip package: a Word document.
    Docx,
}

impl Container {
    /// Tells the kind from the first bytes: `%PDF-` in the first 1024 bytes (as PDF readers
    /// allow), `PK\x03\x04` at the start, else JSON.
    pub fn detect(bytes: &[u8]) -> Container {
        let head = &bytes[..bytes.len().min(1024)];
        if head.windows(5).any(|w| w == b"%PDF-") {
            Container::Pdf
        } else if bytes.starts_with(b"PK\x03\x04") {
            Container::Docx
        } else {
            Container::Json
        }
    }
}

/// Why no assessment could be read from a file. Every variant names the file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EmbeddedError {
    #[error("{file} is a PDF without DPIA Helper data")]
    PdfWithoutData { file: String },
    #[error("{file} is a Word document without DPIA Helper data")]
    DocxWithoutData { file: String },
    #[error("{file}: the PDF cannot be read: {reason}")]
    PdfCorrupt { file: String, reason: String },
    #[error("{file}: the Word document cannot be read: {reason}")]
    DocxCorrupt { file: String, reason: String },
    #[error("{file}: the document is too large to read ({reason})")]
    TooLarge { file: String, reason: String },
    /// The file (or the exchange file in the document) is not a valid assessment.
    #[error(transparent)]
    File(#[from] FileError),
}

impl EmbeddedError {
    /// A stable code for the UI and `--json` output (a [`FileError`]'s own code for `File`).
    pub fn code(&self) -> &'static str {
        match self {
            EmbeddedError::PdfWithoutData { .. } => "pdf_without_data",
            EmbeddedError::DocxWithoutData { .. } => "docx_without_data",
            EmbeddedError::PdfCorrupt { .. } => "pdf_corrupt",
            EmbeddedError::DocxCorrupt { .. } => "docx_corrupt",
            EmbeddedError::TooLarge { .. } => "document_too_large",
            EmbeddedError::File(e) => e.code(),
        }
    }
}

/// The error in the user's language (`error-<code>` in `locales/*/dpia.ftl`).
pub fn describe(m: &Messages, e: &EmbeddedError) -> String {
    let args: Vec<(&str, Arg)> = match e {
        EmbeddedError::File(e) => return dpia_i18n::file_error(m, e),
        EmbeddedError::PdfWithoutData { file } | EmbeddedError::DocxWithoutData { file } => {
            vec![("file", file.into())]
        }
        EmbeddedError::PdfCorrupt { file, reason }
        | EmbeddedError::DocxCorrupt { file, reason } => {
            vec![("file", file.into()), ("reason", reason.into())]
        }
        EmbeddedError::TooLarge { file, .. } => {
            vec![("file", file.into()), ("max", m.number(MAX_INPUT).into())]
        }
    };
    m.fmt(&format!("error-{}", e.code()), &args)
}

/// The exchange file's bytes: the input itself for JSON, the embedded `.dpia.json` for a PDF
/// or DOCX. `file` only names the source in errors.
pub fn exchange_bytes(bytes: &[u8], file: &str) -> Result<Vec<u8>, EmbeddedError> {
    let file = file.to_string();
    if bytes.len() as u64 > MAX_INPUT {
        return Err(EmbeddedError::TooLarge {
            reason: format!("{} bytes, at most {MAX_INPUT}", bytes.len()),
            file,
        });
    }
    match Container::detect(bytes) {
        Container::Json => Ok(bytes.to_vec()),
        Container::Pdf => {
            let files = dpia_pdf::read_attachments(bytes).map_err(|e| match e {
                dpia_pdf::PdfError::TooLarge(reason) => EmbeddedError::TooLarge {
                    file: file.clone(),
                    reason,
                },
                other => EmbeddedError::PdfCorrupt {
                    file: file.clone(),
                    reason: other.to_string(),
                },
            })?;
            // Ours is named `*.dpia.json`; other programs' attachments are not looked at.
            files
                .into_iter()
                .find(|f| f.name.to_ascii_lowercase().ends_with(".dpia.json"))
                .map(|f| f.data)
                .ok_or(EmbeddedError::PdfWithoutData { file })
        }
        Container::Docx => {
            let found = dpia_docx::read_attachment(bytes).map_err(|e| match e {
                dpia_docx::DocxError::TooLarge(reason) => EmbeddedError::TooLarge {
                    file: file.clone(),
                    reason,
                },
                other => EmbeddedError::DocxCorrupt {
                    file: file.clone(),
                    reason: other.to_string(),
                },
            })?;
            found
                .map(|a| a.data)
                .ok_or(EmbeddedError::DocxWithoutData { file })
        }
    }
}

/// Reads a file (at most [`MAX_INPUT`] bytes) and returns its exchange file's bytes.
pub fn read(path: &Path) -> Result<Vec<u8>, EmbeddedError> {
    let file = path.display().to_string();
    let read_err = |problem: IoProblem| {
        EmbeddedError::File(FileError::Read {
            file: file.clone(),
            problem,
        })
    };
    if path.is_dir() {
        return Err(read_err(IoProblem::IsFolder));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut bytes))
        .map_err(|e| read_err(IoProblem::from_io(&e)))?;
    exchange_bytes(&bytes, &file)
}

/// The assessment in `bytes` (a `.dpia.json`, or a PDF or DOCX exported by DPIA Helper).
pub fn parse(bytes: &[u8], file: &str) -> Result<Assessment, EmbeddedError> {
    Ok(dpia_assessment::parse_bytes(
        &exchange_bytes(bytes, file)?,
        file,
    )?)
}

/// [`parse`], then the ids checked against the statement.
pub fn parse_for(
    bytes: &[u8],
    file: &str,
    statement: &Statement,
) -> Result<Assessment, EmbeddedError> {
    Ok(dpia_assessment::parse_bytes_for(
        &exchange_bytes(bytes, file)?,
        file,
        statement,
    )?)
}

/// The name the exchange file gets inside a document: the client's name in lower-case ASCII
/// letters and digits joined by `-` (at most 60), else `dpia`, and `.dpia.json`; a name Windows
/// reserves for a device gets `_` (`con_.dpia.json`), so it can be saved from a PDF reader.
pub fn exchange_file_name(a: &Assessment) -> String {
    let mut slug = String::new();
    for c in a.organisation.name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    dpia_assessment::portable_file_name(&format!(
        "{}.dpia.json",
        if slug.is_empty() { "dpia" } else { slug }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_are_told_by_their_first_bytes() {
        assert_eq!(Container::detect(b"%PDF-1.7\n"), Container::Pdf);
        assert_eq!(Container::detect(b"\n\n%PDF-1.4"), Container::Pdf);
        assert_eq!(Container::detect(b"PK\x03\x04rest"), Container::Docx);
        assert_eq!(Container::detect(b"{\"format\": 1}"), Container::Json);
        assert_eq!(Container::detect(b""), Container::Json);
    }

    #[test]
    fn exchange_file_names_are_plain() {
        let mut a = Assessment::template(&Statement::embedded(), None);
        assert_eq!(exchange_file_name(&a), "dpia.dpia.json");
        a.organisation.name = "Ziekenhuis Rijnoever B.V.".into();
        assert_eq!(exchange_file_name(&a), "ziekenhuis-rijnoever-b-v.dpia.json");
        a.organisation.name = "../\u{202E}École  ".into();
        assert_eq!(exchange_file_name(&a), "cole.dpia.json");
        a.organisation.name = "CON".into();
        assert_eq!(exchange_file_name(&a), "con_.dpia.json");
        a.organisation.name = "x".repeat(500);
        assert_eq!(exchange_file_name(&a).len(), 60 + ".dpia.json".len());
    }

    #[test]
    fn garbage_that_looks_like_a_document_is_a_clear_error() {
        let e = parse(b"%PDF-1.7\nnot really", "x.pdf").unwrap_err();
        assert_eq!(e.code(), "pdf_corrupt");
        assert!(e.to_string().starts_with("x.pdf: "), "{e}");
        let e = parse(b"PK\x03\x04garbage", "y.docx").unwrap_err();
        assert_eq!(e.code(), "docx_corrupt");
        assert!(e.to_string().starts_with("y.docx: "), "{e}");
        let e = parse(b"plain text", "z.txt").unwrap_err();
        assert_eq!(e.code(), "file_syntax");
    }
}
