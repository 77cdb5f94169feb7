//! PDF renderer: lays out a format-neutral DPIA document on A4 pages and writes a PDF.
//!
//! `render` is deterministic (same document, same bytes, also within one process) and adds no
//! words of its own: running header, "page X of Y" footer and the contents title come from
//! [`Meta`](dpia_document_model::Meta). Layout is our own (printpdf's low-level API only draws):
//! text is wrapped by glyph advance widths with Dutch/English hyphenation, tables wrap inside
//! their cells and repeat their header row on every page, headings stay with what follows them,
//! and the table of contents and outline get page numbers from a first layout pass.

mod layout;
mod text;
mod write;

use dpia_document_model::Document;

/// Why a document could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be parsed.
    #[error("embedded font {0} could not be parsed")]
    Font(String),
    /// An embedded hyphenation dictionary could not be loaded.
    #[error("hyphenation dictionary could not be loaded: {0}")]
    Hyphenation(String),
    /// The PDF could not be assembled or serialised.
    #[error("PDF could not be written: {0}")]
    Write(String),
}

/// Renders `doc` as an A4 PDF.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let ts = text::Typesetter::get()?;
    // Pass 1 finds the pages of the headings; pass 2 prints them in the table of contents.
    // The contents' height does not depend on the numbers, so this settles at once; the loop
    // only guards against a layout that would ever move a heading.
    let mut laid = layout::layout(doc, ts, None);
    for _ in 0..3 {
        let again = layout::layout(doc, ts, Some(&laid.headings));
        let stable = again.headings == laid.headings;
        laid = again;
        if stable {
            break;
        }
    }
    layout::decorate(&mut laid.pages, ts, &doc.meta.header, &doc.meta.page_of);
    write::write(doc, &laid.pages, &laid.headings, ts)
}
