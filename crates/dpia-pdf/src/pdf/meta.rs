//! What krilla writes besides the pages: document metadata (information dictionary and XMP,
//! with the dates and document id from the document, never the clock), the outline, and the
//! exchange file as an associated file.

use chrono::Datelike;
use dpia_document_model::{Attachment, Document};
use krilla::destination::XyzDestination;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata, PageLayout};
use krilla::outline::{Outline, OutlineNode};

use super::bounded;
use crate::layout::HeadingMark;

const PRODUCER: &str = "DPIA Helper (dpia-pdf, krilla)";
const CREATOR: &str = "DPIA Helper";

/// The document's date, as the creation and modification date (midnight UTC).
fn date(doc: &Document) -> DateTime {
    let d = doc.meta.date;
    DateTime::new(d.year().clamp(0, 9999) as u16)
        .month(d.month() as u8)
        .day(d.day() as u8)
}

pub(super) fn metadata(doc: &Document) -> Metadata {
    let m = &doc.meta;
    let mut meta = Metadata::new()
        .title(bounded(&m.title))
        .description(bounded(&m.subject))
        .authors(vec![bounded(&m.author)])
        .creator(CREATOR.to_string())
        .producer(PRODUCER.to_string())
        .creation_date(date(doc))
        .document_id(m.id.clone())
        .page_layout(PageLayout::OneColumn);
    if !m.lang.trim().is_empty() {
        meta = meta.language(m.lang.trim().to_string());
    }
    meta
}

/// A two-level outline: level-1 headings at the top, level-2 headings under the level-1
/// heading before them (or at the top when there is none). A document without such headings
/// gets one entry, its title, for the first page (PDF/UA requires an outline).
pub(super) fn outline(headings: &[HeadingMark], title: &str, pages: usize) -> Outline {
    let entry = |h: &HeadingMark| {
        let dest = XyzDestination::new(h.page, Point::from_xy(0.0, (h.y - 8.0).max(0.0)));
        OutlineNode::new(bounded(&h.text), dest)
    };
    let mut roots: Vec<(u8, OutlineNode)> = Vec::new();
    for h in headings.iter().filter(|h| h.level <= 2 && h.page < pages) {
        match roots.last_mut() {
            Some((1, parent)) if h.level == 2 => parent.push_child(entry(h)),
            _ => roots.push((h.level, entry(h))),
        }
    }
    let mut outline = Outline::new();
    if roots.is_empty() {
        let dest = XyzDestination::new(0, Point::from_xy(0.0, 0.0));
        outline.push_child(OutlineNode::new(bounded(title), dest));
    }
    for (_, node) in roots {
        outline.push_child(node);
    }
    outline
}

/// The exchange file as an associated file of the document: the data the document shows
/// (relationship `Data`), with its MIME type, description and the document's date.
pub(super) fn attachment(doc: &Document, a: &Attachment) -> EmbeddedFile {
    let clean = dpia_document_model::clean::clean(&a.file_name);
    let base = clean.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let name = if base.is_empty() { "attachment" } else { base };
    // At most its last 200 characters (the extension stays; PDF strings are bounded).
    let skip = name.chars().count().saturating_sub(200);
    EmbeddedFile {
        path: name.chars().skip(skip).collect(),
        mime_type: MimeType::new(a.mime.trim())
            .or_else(|| MimeType::new("application/octet-stream")),
        description: Some(bounded(&a.description)),
        association_kind: AssociationKind::Data,
        data: a.data.clone().into(),
        modification_date: Some(date(doc)),
        compress: Some(true),
        location: None,
    }
}
