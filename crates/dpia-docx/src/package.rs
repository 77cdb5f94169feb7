//! The package: every part, zipped deterministically; core properties; the exchange file as a
//! custom XML part (read back by `read`).

use std::io::{Cursor, Write};

use base64::Engine;
use dpia_document_model::{Attachment, Document, Meta};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::styles::{self, XML_DECL};
use crate::{body, fields, xml, DocxError};

/// Namespace of the custom XML part that carries the exchange file.
pub const EXCHANGE_NS: &str = "urn:dpia-helper:exchange";

const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// The document language as a BCP 47 tag Word knows: "nl" → "nl-NL", "en" → "en-GB";
/// anything else is passed on if it looks like a tag.
pub fn language_tag(lang: &str) -> Option<String> {
    let lang = lang.trim();
    match lang.to_ascii_lowercase().as_str() {
        "" => None,
        "nl" => Some("nl-NL".into()),
        "en" => Some("en-GB".into()),
        _ if lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => Some(lang.into()),
        _ => None,
    }
}

/// Renders the whole package.
pub fn package(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let lang = language_tag(&doc.meta.lang);
    let cover = matches!(
        doc.blocks.first(),
        Some(dpia_document_model::Block::Cover { .. })
    );
    let attachment = doc.meta.attachment.as_ref();
    let comments = !doc.meta.comments.is_empty();

    let mut parts: Vec<(&str, Vec<u8>)> = Vec::with_capacity(20);
    parts.push((
        "[Content_Types].xml",
        content_types(cover, attachment.is_some(), comments).into_bytes(),
    ));
    parts.push(("_rels/.rels", root_rels().into_bytes()));
    parts.push((
        "docProps/core.xml",
        core_xml(&doc.meta, lang.as_deref()).into_bytes(),
    ));
    parts.push(("docProps/app.xml", app_xml().into_bytes()));
    parts.push(("word/document.xml", body::document_xml(doc)?.into_bytes()));
    parts.push((
        "word/_rels/document.xml.rels",
        document_rels(cover, attachment.is_some(), comments).into_bytes(),
    ));
    if comments {
        let plan = crate::comments::Plan::new(doc);
        parts.push((
            "word/comments.xml",
            crate::comments::comments_xml(&doc.meta.comments, &plan).into_bytes(),
        ));
        parts.push((
            "word/commentsExtended.xml",
            crate::comments::comments_extended_xml(&doc.meta.comments, &plan).into_bytes(),
        ));
    }
    parts.push((
        "word/styles.xml",
        styles::styles_xml(lang.as_deref()).into_bytes(),
    ));
    parts.push((
        "word/settings.xml",
        styles::settings_xml(lang.as_deref()).into_bytes(),
    ));
    parts.push(("word/fontTable.xml", styles::font_table_xml().into_bytes()));
    parts.push(("word/numbering.xml", styles::numbering_xml().into_bytes()));
    parts.push(("word/theme/theme1.xml", styles::theme_xml().into_bytes()));
    parts.push((
        "word/header1.xml",
        fields::header(&doc.meta.header).into_bytes(),
    ));
    parts.push((
        "word/footer1.xml",
        fields::footer(&doc.meta.page_of).into_bytes(),
    ));
    if cover {
        parts.push(("word/header2.xml", fields::empty_header().into_bytes()));
        parts.push(("word/footer2.xml", fields::empty_footer().into_bytes()));
    }
    if let Some(a) = attachment {
        parts.push(("customXml/item1.xml", exchange_xml(a).into_bytes()));
        parts.push(("customXml/itemProps1.xml", item_props(a).into_bytes()));
        parts.push((
            "customXml/_rels/item1.xml.rels",
            format!(
                "{XML_DECL}<Relationships xmlns=\"{REL_NS}\"><Relationship Id=\"rId1\" \
                 Type=\"{OFFICE_REL}/customXmlProps\" Target=\"itemProps1.xml\"/></Relationships>"
            )
            .into_bytes(),
        ));
    }
    zip_parts(&parts)
}

/// Every part deflated with a fixed level and a fixed timestamp (1980-01-01), without
/// directory entries, in a fixed order: the same document gives the same bytes.
fn zip_parts(parts: &[(&str, Vec<u8>)]) -> Result<Vec<u8>, DocxError> {
    let size: usize = parts.iter().map(|(_, d)| d.len()).sum();
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(size / 4 + 4096)));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::DEFAULT);
    for (name, data) in parts {
        out.start_file(*name, options)?;
        out.write_all(data)?;
    }
    Ok(out.finish()?.into_inner())
}

fn content_types(cover: bool, custom: bool, comments: bool) -> String {
    let mut x = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/word/document.xml\" ContentType=\"{CT_WORD}.document.main+xml\"/>\
         <Override PartName=\"/word/styles.xml\" ContentType=\"{CT_WORD}.styles+xml\"/>\
         <Override PartName=\"/word/settings.xml\" ContentType=\"{CT_WORD}.settings+xml\"/>\
         <Override PartName=\"/word/fontTable.xml\" ContentType=\"{CT_WORD}.fontTable+xml\"/>\
         <Override PartName=\"/word/numbering.xml\" ContentType=\"{CT_WORD}.numbering+xml\"/>\
         <Override PartName=\"/word/header1.xml\" ContentType=\"{CT_WORD}.header+xml\"/>\
         <Override PartName=\"/word/footer1.xml\" ContentType=\"{CT_WORD}.footer+xml\"/>"
    );
    if cover {
        x.push_str(&format!(
            "<Override PartName=\"/word/header2.xml\" ContentType=\"{CT_WORD}.header+xml\"/>\
             <Override PartName=\"/word/footer2.xml\" ContentType=\"{CT_WORD}.footer+xml\"/>"
        ));
    }
    x.push_str(
        "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    );
    if custom {
        x.push_str(
            "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>",
        );
    }
    if comments {
        x.push_str(&format!(
            "<Override PartName=\"/word/comments.xml\" ContentType=\"{CT_WORD}.comments+xml\"/>\
             <Override PartName=\"/word/commentsExtended.xml\" ContentType=\"{CT_WORD}.commentsExtended+xml\"/>"
        ));
    }
    x.push_str("</Types>");
    x
}

fn root_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"{REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{OFFICE_REL}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{OFFICE_REL}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

fn document_rels(cover: bool, custom: bool, comments: bool) -> String {
    let mut x = format!("{XML_DECL}<Relationships xmlns=\"{REL_NS}\">");
    for (id, kind, target) in [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        ("rId4", "numbering", "numbering.xml"),
        ("rId5", "theme", "theme/theme1.xml"),
        ("rIdHeader1", "header", "header1.xml"),
        ("rIdFooter1", "footer", "footer1.xml"),
    ] {
        x.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{OFFICE_REL}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    if cover {
        x.push_str(&format!(
            "<Relationship Id=\"rIdHeader2\" Type=\"{OFFICE_REL}/header\" Target=\"header2.xml\"/>\
             <Relationship Id=\"rIdFooter2\" Type=\"{OFFICE_REL}/footer\" Target=\"footer2.xml\"/>"
        ));
    }
    if custom {
        x.push_str(&format!(
            "<Relationship Id=\"rIdCustomXml1\" Type=\"{OFFICE_REL}/customXml\" Target=\"../customXml/item1.xml\"/>"
        ));
    }
    if comments {
        x.push_str(&format!(
            "<Relationship Id=\"rIdComments\" Type=\"{OFFICE_REL}/comments\" Target=\"comments.xml\"/>\
             <Relationship Id=\"rIdCommentsExtended\" \
             Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" \
             Target=\"commentsExtended.xml\"/>"
        ));
    }
    x.push_str("</Relationships>");
    x
}

fn app_xml() -> String {
    format!(
        "{XML_DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>DPIA Helper</Application></Properties>"
    )
}

/// `docProps/core.xml`: title, subject, author (creator and last editor), language, the
/// document id and created/modified at midnight UTC of `meta.date`.
pub fn core_xml(meta: &Meta, lang: Option<&str>) -> String {
    let date = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    let mut x = String::from(XML_DECL);
    x.push_str(
        "<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    let el = |x: &mut String, name: &str, value: &str| {
        x.push_str(&format!("<{name}>"));
        xml::text(x, value);
        x.push_str(&format!("</{name}>"));
    };
    el(&mut x, "dc:title", &meta.title);
    el(&mut x, "dc:subject", &meta.subject);
    el(&mut x, "dc:creator", &meta.author);
    el(&mut x, "cp:lastModifiedBy", &meta.author);
    x.push_str("<cp:revision>1</cp:revision>");
    el(&mut x, "dc:identifier", &meta.id);
    if let Some(tag) = lang {
        el(&mut x, "dc:language", tag);
    }
    x.push_str(&format!(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
    ));
    x.push_str("</cp:coreProperties>");
    x
}

/// The exchange file as our own XML: name, type and description as attributes, the bytes
/// as base64 in lines of 76 (whitespace is ignored when reading, so an editor that
/// re-indents the part does no harm).
pub(crate) fn exchange_xml(a: &Attachment) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(&a.data);
    let mut x = String::with_capacity(b64.len() + b64.len() / 76 + 512);
    x.push_str(XML_DECL);
    x.push_str(&format!(
        "<dpia:exchange xmlns:dpia=\"{EXCHANGE_NS}\" version=\"1\" fileName=\""
    ));
    xml::attr(&mut x, &a.file_name);
    x.push_str("\" mime=\"");
    xml::attr(&mut x, &a.mime);
    x.push_str(&format!("\" size=\"{}\" description=\"", a.data.len()));
    xml::attr(&mut x, &a.description);
    x.push_str("\">\n");
    for line in b64.as_bytes().chunks(76) {
        x.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        x.push('\n');
    }
    x.push_str("</dpia:exchange>");
    x
}

/// A GUID derived from the attachment (deterministic), in Word's `{…}` form.
fn item_guid(a: &Attachment) -> String {
    let mut bytes = dpia_document_model::hash::hash128(&[
        a.file_name.as_bytes(),
        &[0],
        a.mime.as_bytes(),
        &[0],
        &a.data,
    ]);
    bytes[6] = (bytes[6] & 0x0F) | 0x80; // version 8: derived, not random
    bytes[8] = (bytes[8] & 0x3F) | 0x80; // RFC 4122 variant
    let h: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    format!(
        "{{{}-{}-{}-{}-{}}}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn item_props(a: &Attachment) -> String {
    format!(
        "{XML_DECL}<ds:datastoreItem ds:itemID=\"{}\" \
         xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">\
         <ds:schemaRefs><ds:schemaRef ds:uri=\"{EXCHANGE_NS}\"/></ds:schemaRefs></ds:datastoreItem>",
        item_guid(a)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(language_tag("nl").as_deref(), Some("nl-NL"));
        assert_eq!(language_tag("en").as_deref(), Some("en-GB"));
        assert_eq!(language_tag("de-AT").as_deref(), Some("de-AT"));
        assert_eq!(language_tag("x\"y"), None);
    }

    #[test]
    fn item_ids_are_guids() {
        let a = Attachment {
            file_name: "a.dpia.json".into(),
            mime: "application/json".into(),
            description: String::new(),
            data: b"{}".to_vec(),
        };
        assert!(item_guid(&a).starts_with('{') && item_guid(&a).len() == 38);
    }
}
