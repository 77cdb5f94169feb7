//! PDF renderer: lays out a format-neutral DPIA document on A4 pages and writes it with krilla
//! as a tagged PDF that conforms to PDF/A-3a and PDF/UA-1.
//!
//! `render` is deterministic (same document, same bytes, also within one process: the
//! document id and dates come from the document, never the clock) and adds no words of its
//! own: running header, "page X of Y" footer, the contents title and the page numbers of
//! references come from [`Meta`](dpia_document_model::Meta). The layout is our own (`layout`):
//! text is shaped with rustybuzz and ordered by the Unicode bidi algorithm (`text`), wrapped
//! by the shaped glyphs' widths with Dutch/English hyphenation (linear in the text's length),
//! tables wrap inside their cells and repeat their header row on every page, headings stay
//! with what follows them, paragraphs leave no single line alone at a page break, and the
//! table of contents, references and outline get page numbers from a first layout pass.
//!
//! krilla writes the PDF (`pdf`): fonts subset with Unicode maps, the structure tree
//! (headings, paragraphs, lists, tables with header cells, quotes, a figure with alternative
//! text for the risk matrix, links), artifacts, outline, XMP metadata, and the document's
//! attachment as an associated file, which [`read_attachments`] reads back from this or any
//! other PDF. krilla checks both standards when the document is finished; a violation is a
//! [`PdfError::Conformance`].

mod layout;
mod pdf;
mod read;
mod text;

pub use read::{
    find_attachment, read_attachments, EmbeddedFile, MAX_DEPTH, MAX_ENTRIES, MAX_INFLATED,
    MAX_OBJECT_BYTES, MAX_OBJECT_ELEMENTS, MAX_OBJSTM, MAX_PARSED, MAX_PDF, MAX_RESOLVED,
    MAX_STREAM,
};

use dpia_document_model::Document;

/// Why a document could not be rendered, or a PDF not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be parsed or embedded.
    #[error("embedded font {0} could not be used")]
    Font(String),
    /// An embedded hyphenation dictionary could not be loaded.
    #[error("hyphenation dictionary could not be loaded: {0}")]
    Hyphenation(String),
    /// The PDF could not be assembled or serialised.
    #[error("PDF could not be written: {0}")]
    Write(String),
    /// The PDF would not conform to PDF/A-3a or PDF/UA-1 (krilla's validation): not written.
    #[error("PDF does not conform to PDF/A-3a and PDF/UA-1: {0}")]
    Conformance(String),
    /// The bytes are not a PDF this reader can read (damaged, or not a PDF).
    #[error("not a readable PDF: {0}")]
    Read(String),
    /// The file is larger than the reader accepts.
    #[error("PDF too large to read: {size} bytes (at most {max})")]
    TooLarge { size: u64, max: u64 },
    /// A part of the PDF (a stream decoded, all streams together, one object's text) is
    /// larger than the reader accepts: a decompression bomb, or a file far beyond ours.
    #[error("PDF too large to read: {what} over {max} bytes")]
    Unpacked { max: u64, what: String },
    /// More objects than the reader reads (objects read, elements parsed …).
    #[error("PDF has too many objects to read: more than {max} {what}")]
    TooManyObjects { max: u64, what: String },
    /// More attachment entries (name-tree nodes, file specifications) than the reader visits.
    #[error("PDF has too many attachment entries: more than {max}")]
    TooManyAttachments { max: u64 },
    /// Arrays, dictionaries or trees nested more deeply than the reader follows.
    #[error("PDF nested too deeply: {what} more than {max} levels")]
    TooDeep { max: u64, what: String },
}

impl PdfError {
    /// A stable code for the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            PdfError::Font(_) => "pdf_font",
            PdfError::Hyphenation(_) => "pdf_hyphenation",
            PdfError::Write(_) => "pdf_write",
            PdfError::Conformance(_) => "pdf_conformance",
            PdfError::Read(_) => "pdf_read",
            PdfError::TooLarge { .. } => "pdf_too_large",
            PdfError::Unpacked { .. } => "pdf_unpacked",
            PdfError::TooManyObjects { .. } => "pdf_too_many_objects",
            PdfError::TooManyAttachments { .. } => "pdf_too_many_attachments",
            PdfError::TooDeep { .. } => "pdf_too_deep",
        }
    }
}

/// The page (from 1) of each heading of `doc` (without the comment annex, which a DOCX leaves
/// out), in order, as [`render`] lays them out: the first
/// pass only (its references do not know their page numbers yet, which moves a heading at most
/// by a line; the DOCX's cached contents numbers need no more, and it halves the cost).
pub fn heading_pages(doc: &Document) -> Result<Vec<usize>, PdfError> {
    let ts = text::Typesetter::get()?;
    let cache = layout::WrapCache::default();
    let laid = layout::layout(doc, ts, None, &cache);
    Ok(laid.headings.iter().map(|h| h.page + 1).collect())
}

/// How full each page is, as [`render`] lays it out: the share (0 to 1) of the body area above
/// the lowest thing drawn as content. For tests of the page breaks (no near-empty pages).
pub fn page_fills(doc: &Document) -> Result<Vec<f32>, PdfError> {
    let doc = &*doc.with_comment_annex();
    let ts = text::Typesetter::get()?;
    let cache = layout::WrapCache::default();
    let laid = settled(doc, ts, &cache);
    Ok(laid.pages.iter().map(layout::fill).collect())
}

/// Renders `doc` as an A4 PDF, checked for PDF/A-3a and PDF/UA-1.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    // A PDF carries no comments of its own: the open ones are listed in their annex.
    let doc = &*doc.with_comment_annex();
    let ts = text::Typesetter::get()?;
    let cache = layout::WrapCache::default();
    let mut laid = settled(doc, ts, &cache);
    layout::page::decorate(&mut laid.pages, ts, &doc.meta.header, &doc.meta.page_of);
    pdf::write(doc, &laid.pages, &laid.headings, &laid.tree, ts)
}

/// The layout with its headings' pages settled.
fn settled(
    doc: &Document,
    ts: &'static text::Typesetter,
    cache: &layout::WrapCache,
) -> layout::Laid {
    // Pass 1 finds the pages of the headings; pass 2 prints them in the table of contents and
    // in references. The contents' height does not depend on the numbers; a reference's does
    // a little, so the loop runs until the headings stay put (in practice at once).
    let mut laid = layout::layout(doc, ts, None, cache);
    if laid.uses_numbers {
        for _ in 0..4 {
            let again = layout::layout(doc, ts, Some(&laid.headings), cache);
            let stable = again.headings == laid.headings;
            laid = again;
            if stable {
                break;
            }
        }
    }
    laid
}
