//! DOCX renderer: lays out a format-neutral [`dpia_document_model::Document`] as a Word file.
//!
//! The package is written directly as WordprocessingML (no document library in between), so
//! every part is in schema order by construction and nothing needs patching afterwards:
//! Word heading styles with bookmarks, a prefilled TOC field with PAGEREF page numbers and
//! `updateFields` (Word fills in page numbers on opening), tables in a "DPIA Table" style
//! with rows that never split and repeated header rows, column widths that fit each
//! column's longest word, internal hyperlinks for references, quotations in the "Quote"
//! style, DejaVu Sans (as in the PDF) with Verdana as Word's substitute, core properties
//! with title, author and language, and the document's attachment as a custom XML part
//! (read back with [`read_attachment`]). Renderers add no words of their own: every visible
//! string comes from the document or its `Meta`.
//!
//! ```
//! let doc = dpia_document_model::sample::stress("nl");
//! let bytes = dpia_docx::render(&doc).unwrap();
//! assert_eq!(&bytes[..2], b"PK");
//! let attached = dpia_docx::read_attachment(&bytes).unwrap().unwrap();
//! assert_eq!(Some(&attached), doc.meta.attachment.as_ref());
//! ```

mod body;
mod comments;
mod fields;
mod inline;
mod metrics;
mod package;
mod read;
mod run;
mod styles;
mod unzip;
mod widths;
mod word_comments;
mod xml;

pub use comments::{field_bookmark, FIELD_BOOKMARK_PREFIX};
pub use package::EXCHANGE_NS;
pub use read::{read_attachment, read_attachment_from, MAX_XML_DEPTH};
pub use unzip::{MAX_DOCX, MAX_ENTRIES, MAX_INFLATED, MAX_PART};
pub use word_comments::{read_comments, read_comments_from, Place, WordComment};

use dpia_document_model::Document;

/// Why a document could not be rendered as DOCX, or a DOCX not read.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// A table row has more cells than the table has columns.
    #[error("table {table}: row {row} has {cells} cells but the table has {columns} columns")]
    RaggedRow {
        table: usize,
        row: usize,
        cells: usize,
        columns: usize,
    },
    /// Writing the zip package failed.
    #[error("writing the DOCX package failed: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// A package part could not be read or is malformed.
    #[error("DOCX part {part}: {reason}")]
    Package { part: String, reason: String },
    #[error("I/O error while building the DOCX package: {0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not a zip package (or a damaged one).
    #[error("not a DOCX (zip) file: {0}")]
    NotDocx(String),
    /// The package is larger than the reader accepts.
    #[error("DOCX too large to read: {size} bytes (at most {max})")]
    TooLarge { size: u64, max: u64 },
    /// A part, or all parts together, unpack to more than the reader accepts (a zip bomb).
    #[error("DOCX too large to read: {what} unpacks to more than {max} bytes")]
    Unpacked { max: u64, what: String },
    /// More zip entries than the reader accepts, counted while the directory is read.
    #[error("DOCX has too many zip entries: more than {max}")]
    TooManyEntries { max: u64 },
    /// The exchange part nests elements more deeply than the reader follows.
    #[error("DOCX part {part}: elements nested more than {max} levels deep")]
    TooDeep { max: u64, part: String },
}

/// Renders `doc` as a `.docx` file. The same document always gives the same bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, DocxError> {
    package::package(doc)
}
