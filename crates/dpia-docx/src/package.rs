//! The package: every part, zipped deterministically; core properties; the exchange file as a
//! custom XML part; and reading that part back from any `.docx`.

use std::io::{Cursor, Read, Write};

use base64::Engine;
use dpia_document_model::{Attachment, Document, Meta};
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::styles::{self, XML_DECL};
use crate::{body, fields, xml, DocxError};

/// Namespace of the custom XML part that carries the exchange file.
pub const EXCHANGE_NS: &str = "urn:dpia-helper:exchange";

const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

fn part_error(part: &str, reason: impl Into<String>) -> DocxError {
    DocxError::Package {
        part: part.into(),
        reason: reason.into(),
    }
}

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

    let mut parts: Vec<(&str, Vec<u8>)> = Vec::with_capacity(20);
    parts.push((
        "[Content_Types].xml",
        content_types(cover, attachment.is_some()).into_bytes(),
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
        document_rels(cover, attachment.is_some()).into_bytes(),
    ));
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
        parts.push((
            "word/footer2.xml",
            fields::footer(&doc.meta.page_of).into_bytes(),
        ));
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

fn content_types(cover: bool, custom: bool) -> String {
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

fn document_rels(cover: bool, custom: bool) -> String {
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
fn exchange_xml(a: &Attachment) -> String {
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
    let hash = |seed: u64| {
        let mut h = seed;
        for b in a
            .file_name
            .bytes()
            .chain([0])
            .chain(a.mime.bytes())
            .chain([0])
            .chain(a.data.iter().copied())
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    };
    let (a1, b1) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a1.to_be_bytes());
    bytes[8..].copy_from_slice(&b1.to_be_bytes());
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

/// Largest `.docx` the reader accepts.
pub const MAX_DOCX: usize = 256 << 20;
/// Largest XML part it reads (uncompressed), and all parts together.
const MAX_PART: u64 = 64 << 20;
const MAX_TOTAL: u64 = 256 << 20;
const MAX_ENTRIES: usize = 10_000;

/// The exchange file carried by `docx`, found by its namespace in whichever XML part holds
/// it (LibreOffice may renumber custom XML parts); `Ok(None)` when there is none. Reading is
/// bounded (input size, entry count, uncompressed bytes), so a zip bomb is an error.
pub fn read_attachment(docx: &[u8]) -> Result<Option<Attachment>, DocxError> {
    if docx.len() > MAX_DOCX {
        return Err(DocxError::TooLarge(format!(
            "{} bytes (at most {MAX_DOCX})",
            docx.len()
        )));
    }
    std::panic::catch_unwind(|| read_inner(docx))
        .unwrap_or_else(|_| Err(DocxError::NotDocx("the zip reader gave up".into())))
}

fn read_inner(docx: &[u8]) -> Result<Option<Attachment>, DocxError> {
    let mut archive =
        ZipArchive::new(Cursor::new(docx)).map_err(|e| DocxError::NotDocx(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(DocxError::TooLarge(format!(
            "{} zip entries (at most {MAX_ENTRIES})",
            archive.len()
        )));
    }
    // Custom XML parts first: that is where the exchange file normally is.
    let mut names: Vec<(bool, usize)> = (0..archive.len())
        .filter_map(|i| {
            let name = archive.name_for_index(i)?.to_ascii_lowercase();
            name.ends_with(".xml")
                .then(|| (!name.starts_with("customxml/"), i))
        })
        .collect();
    names.sort();
    let mut total = 0u64;
    for (_, i) in names {
        let mut f = archive
            .by_index(i)
            .map_err(|e| DocxError::NotDocx(e.to_string()))?;
        let name = f.name().to_string();
        let mut data = Vec::new();
        (&mut f)
            .take(MAX_PART + 1)
            .read_to_end(&mut data)
            .map_err(|e| part_error(&name, e.to_string()))?;
        if data.len() as u64 > MAX_PART {
            return Err(DocxError::TooLarge(format!(
                "part {name} is over {MAX_PART} bytes"
            )));
        }
        total += data.len() as u64;
        if total > MAX_TOTAL {
            return Err(DocxError::TooLarge(format!("parts over {MAX_TOTAL} bytes")));
        }
        if !data
            .windows(EXCHANGE_NS.len())
            .any(|w| w == EXCHANGE_NS.as_bytes())
        {
            continue;
        }
        if let Some(a) = parse_exchange(&name, &data)? {
            return Ok(Some(a));
        }
    }
    Ok(None)
}

/// Our exchange element, if it is the root of this part.
fn parse_exchange(part: &str, data: &[u8]) -> Result<Option<Attachment>, DocxError> {
    let mut reader = NsReader::from_reader(data);
    let mut buf = Vec::new();
    let mut found: Option<Attachment> = None;
    let mut b64 = Vec::new();
    let mut depth = 0usize;
    let mut size: Option<u64> = None;
    loop {
        let (ns, ev) = reader
            .read_resolved_event_into(&mut buf)
            .map_err(|e| part_error(part, e.to_string()))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                if depth == 0 {
                    let ours = matches!(ns, ResolveResult::Bound(n) if n.as_ref() == EXCHANGE_NS.as_bytes())
                        && e.local_name().as_ref() == b"exchange";
                    if !ours {
                        return Ok(None);
                    }
                    let mut a = Attachment {
                        file_name: String::new(),
                        mime: String::new(),
                        description: String::new(),
                        data: Vec::new(),
                    };
                    for attr in e.attributes() {
                        let attr = attr.map_err(|e| part_error(part, e.to_string()))?;
                        let value = attr
                            .normalized_value(quick_xml::XmlVersion::default())
                            .map_err(|e| part_error(part, e.to_string()))?
                            .into_owned();
                        match attr.key.local_name().as_ref() {
                            b"size" => {
                                size = Some(value.trim().parse::<u64>().map_err(|_| {
                                    part_error(part, format!("exchange file: size {value:?}"))
                                })?)
                            }
                            b"fileName" => a.file_name = value,
                            b"mime" => a.mime = value,
                            b"description" => a.description = value,
                            _ => {}
                        }
                    }
                    found = Some(a);
                    if empty {
                        break;
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            Event::Text(t) if depth == 1 => b64.extend_from_slice(t.as_ref()),
            Event::CData(t) if depth == 1 => b64.extend_from_slice(t.as_ref()),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let Some(mut a) = found else {
        return Ok(None);
    };
    b64.retain(|b| !b.is_ascii_whitespace());
    a.data = base64::engine::general_purpose::STANDARD
        .decode(&b64)
        .map_err(|e| part_error(part, format!("exchange file: {e}")))?;
    // The size we wrote must still hold: a truncated or altered part is not read as data.
    if let Some(size) = size.filter(|s| *s != a.data.len() as u64) {
        return Err(part_error(
            part,
            format!(
                "exchange file: {} bytes, but the part says {size}",
                a.data.len()
            ),
        ));
    }
    Ok(Some(a))
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
    fn exchange_part_round_trips_even_reindented() {
        let a = Attachment {
            file_name: "a \"b\" <c>.dpia.json".into(),
            mime: "application/json".into(),
            description: "Uitwisselbestand & meer".into(),
            data: (0..=255u8).cycle().take(1000).collect(),
        };
        let x = exchange_xml(&a);
        assert_eq!(parse_exchange("p", x.as_bytes()).unwrap(), Some(a.clone()));
        let reindented = x.replace('\n', "\n      ").replace("<dpia:", "\n  <dpia:");
        assert_eq!(
            parse_exchange("p", reindented.as_bytes()).unwrap(),
            Some(a.clone())
        );
        // Another prefix for the same namespace is the same element.
        let other = x.replace("dpia:", "x:").replace("xmlns:dpia", "xmlns:x");
        assert_eq!(
            parse_exchange("p", other.as_bytes()).unwrap(),
            Some(a.clone())
        );
        // Another namespace is not ours.
        let foreign = x.replace(EXCHANGE_NS, "urn:other");
        assert_eq!(parse_exchange("p", foreign.as_bytes()).unwrap(), None);
        assert!(item_guid(&a).starts_with('{') && item_guid(&a).len() == 38);
    }

    #[test]
    fn exchange_part_with_the_wrong_size_is_an_error() {
        let a = Attachment {
            file_name: "a.dpia.json".into(),
            mime: "application/json".into(),
            description: String::new(),
            data: b"{\"format\": \"dpia-helper/assessment\"}".to_vec(),
        };
        let x = exchange_xml(&a);
        let wrong = x.replace(&format!("size=\"{}\"", a.data.len()), "size=\"3\"");
        assert_ne!(wrong, x);
        let err = parse_exchange("p", wrong.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("the part says 3"), "{err}");
        let bad = x.replace(&format!("size=\"{}\"", a.data.len()), "size=\"x\"");
        assert!(parse_exchange("p", bad.as_bytes()).is_err());
    }
}
