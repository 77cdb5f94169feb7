//! An assessment read back from a document DPIA Helper exported: the `.dpia.json` embedded in
//! a PDF (an embedded file) or a DOCX (our custom XML part), or a `.dpia.json` itself.
//!
//! The kind of file is told by its first bytes (JSON by its first non-space character, else
//! `%PDF-` in the first 1024 bytes, a zip's `PK\x03\x04`, else JSON), not by its name. Only the
//! embedded exchange file is used; nothing else in the document is trusted, and the bytes go
//! through the same strict parser as a `.dpia.json` file ([`dpia_assessment::parse_bytes`]), so
//! a file written by a newer DPIA Helper gives the usual "newer" error.
//!
//! Reading is bounded in time and memory: a `.dpia.json`'s size is checked before it is read
//! (and no more than the limit is read); a PDF or DOCX is read from the file a window at a
//! time, never whole, by readers with limits on size, unpacked bytes, objects or entries and
//! nesting. Each limit has its own error (and message) naming the file.

use dpia_assessment::{Assessment, FileError, IoProblem, MAX_FILE_BYTES};
use dpia_i18n::{Arg, Messages};
use dpia_statement::Statement;
use std::io::{Read, Seek};
use std::path::Path;

/// Largest document read (the PDF and DOCX readers accept no more either).
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
    /// Tells the kind from the first bytes (1024 are enough): JSON when the first character
    /// that is not white space (after a byte-order mark) opens an object or array; else a PDF
    /// when `%PDF-` stands in the first 1024 bytes (as PDF readers allow), a zip when it starts
    /// with `PK\x03\x04`, else JSON (whose parser says what is wrong).
    pub fn detect(bytes: &[u8]) -> Container {
        let head = &bytes[..bytes.len().min(1024)];
        let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        if matches!(text.trim_ascii_start().first(), Some(b'{' | b'[')) {
            Container::Json
        } else if head.windows(5).any(|w| w == b"%PDF-") {
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
    /// The document itself is over [`MAX_INPUT`].
    #[error("{file}: the document is {size} bytes, too large to read (at most {max})")]
    TooLarge { file: String, size: u64, max: u64 },
    /// A part of the document is, or unpacks to, more than the reader accepts (a stream or
    /// zip bomb).
    #[error("{file}: the document is too large to read: {reason}")]
    Unpacked {
        file: String,
        max: u64,
        reason: String,
    },
    #[error("{file}: the PDF has too many objects to read: {reason}")]
    PdfTooManyObjects {
        file: String,
        max: u64,
        reason: String,
    },
    #[error("{file}: the PDF has too many attachment entries: more than {max}")]
    PdfTooManyAttachments { file: String, max: u64 },
    #[error("{file}: the Word document has too many zip entries: more than {max}")]
    DocxTooManyEntries { file: String, max: u64 },
    #[error("{file}: the document is nested too deeply to read: {reason}")]
    TooDeep {
        file: String,
        max: u64,
        reason: String,
    },
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
            EmbeddedError::Unpacked { .. } => "document_unpacks_too_large",
            EmbeddedError::PdfTooManyObjects { .. } => "pdf_too_many_objects",
            EmbeddedError::PdfTooManyAttachments { .. } => "pdf_too_many_attachments",
            EmbeddedError::DocxTooManyEntries { .. } => "docx_too_many_entries",
            EmbeddedError::TooDeep { .. } => "document_too_deep",
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
        EmbeddedError::TooLarge { file, size, max } => vec![
            ("file", file.into()),
            ("size", m.number(*size).into()),
            ("max", m.number(*max).into()),
        ],
        EmbeddedError::Unpacked { file, max, .. }
        | EmbeddedError::PdfTooManyObjects { file, max, .. }
        | EmbeddedError::PdfTooManyAttachments { file, max }
        | EmbeddedError::DocxTooManyEntries { file, max }
        | EmbeddedError::TooDeep { file, max, .. } => {
            vec![("file", file.into()), ("max", m.number(*max).into())]
        }
    };
    m.fmt(&format!("error-{}", e.code()), &args)
}

fn pdf_error(file: &str, e: dpia_pdf::PdfError) -> EmbeddedError {
    use dpia_pdf::PdfError as P;
    let file = file.to_string();
    let reason = e.to_string();
    match e {
        P::TooLarge { size, max } => EmbeddedError::TooLarge { file, size, max },
        P::Unpacked { max, .. } => EmbeddedError::Unpacked { file, max, reason },
        P::TooManyObjects { max, .. } => EmbeddedError::PdfTooManyObjects { file, max, reason },
        P::TooManyAttachments { max } => EmbeddedError::PdfTooManyAttachments { file, max },
        P::TooDeep { max, .. } => EmbeddedError::TooDeep { file, max, reason },
        P::Read(reason) => EmbeddedError::PdfCorrupt { file, reason },
        other => EmbeddedError::PdfCorrupt {
            file,
            reason: other.to_string(),
        },
    }
}

fn docx_error(file: &str, e: dpia_docx::DocxError) -> EmbeddedError {
    use dpia_docx::DocxError as D;
    let file = file.to_string();
    let reason = e.to_string();
    match e {
        D::TooLarge { size, max } => EmbeddedError::TooLarge { file, size, max },
        D::Unpacked { max, .. } => EmbeddedError::Unpacked { file, max, reason },
        D::TooManyEntries { max } => EmbeddedError::DocxTooManyEntries { file, max },
        D::TooDeep { max, .. } => EmbeddedError::TooDeep { file, max, reason },
        other => EmbeddedError::DocxCorrupt {
            file,
            reason: other.to_string(),
        },
    }
}

/// Whether an embedded file is ours: named `*.dpia.json` (other programs' attachments are
/// not looked at).
fn is_exchange_file(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".dpia.json")
}

/// The exchange file of a PDF (`pdf`), else a DOCX, read from `doc` (a file, or bytes in a
/// cursor).
fn from_document<R: Read + Seek>(doc: R, pdf: bool, file: &str) -> Result<Vec<u8>, EmbeddedError> {
    if pdf {
        dpia_pdf::find_attachment(doc, is_exchange_file)
            .map_err(|e| pdf_error(file, e))?
            .map(|f| f.data)
            .ok_or(EmbeddedError::PdfWithoutData { file: file.into() })
    } else {
        dpia_docx::read_attachment_from(doc)
            .map_err(|e| docx_error(file, e))?
            .map(|a| a.data)
            .ok_or(EmbeddedError::DocxWithoutData { file: file.into() })
    }
}

fn json_too_large(file: &str, size: u64) -> EmbeddedError {
    EmbeddedError::File(FileError::TooLarge {
        file: file.into(),
        size,
        max: MAX_FILE_BYTES,
    })
}

/// The exchange file's bytes: the input itself for JSON (refused over
/// [`MAX_FILE_BYTES`] before it is copied), the embedded `.dpia.json` for a PDF or DOCX.
/// `file` only names the source in errors.
pub fn exchange_bytes(bytes: &[u8], file: &str) -> Result<Vec<u8>, EmbeddedError> {
    let len = bytes.len() as u64;
    match Container::detect(bytes) {
        Container::Json if len > MAX_FILE_BYTES => Err(json_too_large(file, len)),
        Container::Json => Ok(bytes.to_vec()),
        _ if len > MAX_INPUT => Err(EmbeddedError::TooLarge {
            file: file.into(),
            size: len,
            max: MAX_INPUT,
        }),
        kind => from_document(std::io::Cursor::new(bytes), kind == Container::Pdf, file),
    }
}

/// Reads a file and returns its exchange file's bytes. Only the first 1024 bytes decide the
/// kind; a `.dpia.json` is refused by its size before it is read (and at most
/// [`MAX_FILE_BYTES`] + 1 bytes are read, should it grow meanwhile); a PDF or DOCX is read
/// from the file a window at a time, never whole.
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
    let mut f = std::fs::File::open(path).map_err(|e| read_err(IoProblem::from_io(&e)))?;
    let len = f
        .metadata()
        .map_err(|e| read_err(IoProblem::from_io(&e)))?
        .len();
    let mut head = Vec::with_capacity(1024);
    (&mut f)
        .take(1024)
        .read_to_end(&mut head)
        .map_err(|e| read_err(IoProblem::from_io(&e)))?;
    match Container::detect(&head) {
        Container::Json => {
            if len > MAX_FILE_BYTES {
                return Err(json_too_large(&file, len));
            }
            let mut bytes = head;
            (&mut f)
                .take(MAX_FILE_BYTES + 1 - bytes.len() as u64)
                .read_to_end(&mut bytes)
                .map_err(|e| read_err(IoProblem::from_io(&e)))?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                return Err(json_too_large(&file, bytes.len() as u64));
            }
            Ok(bytes)
        }
        _ if len > MAX_INPUT => Err(EmbeddedError::TooLarge {
            file,
            size: len,
            max: MAX_INPUT,
        }),
        kind => from_document(f, kind == Container::Pdf, &file),
    }
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
        assert_eq!(Container::detect(b"junk first %PDF-1.4"), Container::Pdf);
        assert_eq!(Container::detect(b"PK\x03\x04rest"), Container::Docx);
        assert_eq!(Container::detect(b"{\"format\": 1}"), Container::Json);
        assert_eq!(Container::detect(b""), Container::Json);
        // JSON by its first character, whatever stands in it.
        assert_eq!(
            Container::detect(b" \n{\"name\": \"%PDF-1.7\"}"),
            Container::Json
        );
        assert_eq!(
            Container::detect(b"\xEF\xBB\xBF{\"a\": \"%PDF-\"}"),
            Container::Json
        );
        assert_eq!(Container::detect(b"[\"%PDF-\"]"), Container::Json);
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

/// The Word comments of a DOCX file (none for a PDF or `.dpia.json`), read from the file with
/// the same bounds as its exchange file; what they are about is decided by
/// [`crate::review::take_word_comments`].
pub fn word_comments(path: &Path) -> Result<Vec<dpia_docx::WordComment>, EmbeddedError> {
    let file = path.display().to_string();
    let read_err = |problem: IoProblem| {
        EmbeddedError::File(FileError::Read {
            file: file.clone(),
            problem,
        })
    };
    let mut f = std::fs::File::open(path).map_err(|e| read_err(IoProblem::from_io(&e)))?;
    let mut head = Vec::with_capacity(1024);
    (&mut f)
        .take(1024)
        .read_to_end(&mut head)
        .map_err(|e| read_err(IoProblem::from_io(&e)))?;
    if Container::detect(&head) != Container::Docx {
        return Ok(Vec::new());
    }
    f.seek(std::io::SeekFrom::Start(0))
        .map_err(|e| read_err(IoProblem::from_io(&e)))?;
    dpia_docx::read_comments_from(f).map_err(|e| docx_error(&file, e))
}
