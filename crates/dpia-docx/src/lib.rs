//! DOCX renderer: lays out a format-neutral [`dpia_document_model::Document`] as a Word file.
//!
//! The document is built with `docx-rs`; what `docx-rs` cannot express (repeated table header
//! rows, core properties such as title, author and language, deterministic package bytes) is
//! added by post-processing the package in `package`, which also makes the XML conform to
//! the schema Word holds files to (`conform`). Renderers add no words of their own:
//! every visible string comes from the document or its `Meta`.
//!
//! ```
//! let doc = dpia_document_model::sample::stress("nl");
//! let bytes = dpia_docx::render(&doc).unwrap();
//! assert_eq!(&bytes[..2], b"PK");
//! ```

mod body;
mod conform;
mod fields;
mod inline;
mod package;
mod styles;

use dpia_document_model::Document;

/// Why a document could not be rendered as DOCX.
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
    /// `docx-rs` failed to write the package.
    #[error("writing the DOCX package failed: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Reading back or patching a package part failed.
    #[error("post-processing DOCX part {part} failed: {reason}")]
    Package { part: String, reason: String },
    #[error("I/O error while building the DOCX package: {0}")]
    Io(#[from] std::io::Error),
}

/// Renders `doc` as a `.docx` file. The same document always gives the same bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let built = body::build(doc)?;
    let mut raw = std::io::Cursor::new(Vec::new());
    built.docx.pack(&mut raw)?;
    package::finish(raw.into_inner(), doc, built.header_rows)
}
