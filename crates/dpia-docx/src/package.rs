//! Post-processing of the package `docx-rs` writes: repeated table header rows, core
//! properties, the default language, stable paragraph ids, schema element order and a
//! byte-for-byte reproducible zip.

use crate::DocxError;
use dpia_document_model::{Document, Meta};
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

fn part_error(part: &str, reason: impl Into<String>) -> DocxError {
    DocxError::Package {
        part: part.into(),
        reason: reason.into(),
    }
}

/// Rewrites the package: every part in the order `docx-rs` wrote it, patched where needed,
/// deflated with a fixed level and a fixed timestamp (1980-01-01), without directory entries.
pub fn finish(raw: Vec<u8>, doc: &Document, header_rows: usize) -> Result<Vec<u8>, DocxError> {
    let mut archive = ZipArchive::new(Cursor::new(raw))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::DEFAULT);
    let lang = language_tag(&doc.meta.lang);
    let mut para_ids = 0u32;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().to_string();
        let mut data = Vec::with_capacity(file.size() as usize);
        file.read_to_end(&mut data)?;
        drop(file);
        let data = match name.as_str() {
            "docProps/core.xml" => core_xml(&doc.meta, lang.as_deref()).into_bytes(),
            "word/document.xml" => {
                let xml = utf8(&name, data)?;
                let xml = mark_header_rows(&name, &xml, header_rows)?;
                ordered(&name, &renumber_para_ids(&xml, &mut para_ids))?
            }
            "word/styles.xml" => {
                let xml = utf8(&name, data)?;
                match &lang {
                    Some(tag) => ordered(&name, &set_default_language(&name, &xml, tag)?)?,
                    None => ordered(&name, &xml)?,
                }
            }
            "word/numbering.xml" | "word/settings.xml" => ordered(&name, &utf8(&name, data)?)?,
            n if n.starts_with("word/header") || n.starts_with("word/footer") => {
                if n.ends_with(".xml") {
                    ordered(
                        &name,
                        &renumber_para_ids(&utf8(&name, data)?, &mut para_ids),
                    )?
                } else {
                    data
                }
            }
            _ => data,
        };
        out.start_file(name, options)?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

/// The part with its property elements in schema order.
fn ordered(part: &str, xml: &str) -> Result<Vec<u8>, DocxError> {
    crate::order::canonicalize(xml)
        .map(String::into_bytes)
        .map_err(|reason| part_error(part, reason))
}

fn utf8(part: &str, data: Vec<u8>) -> Result<String, DocxError> {
    String::from_utf8(data).map_err(|e| part_error(part, e.to_string()))
}

/// `w:tblHeader` on every header row. The body marks exactly those rows with `w:cantSplit`
/// (and no others), so the count must match.
fn mark_header_rows(part: &str, xml: &str, expected: usize) -> Result<String, DocxError> {
    const MARK: &str = "<w:cantSplit />";
    let found = xml.matches(MARK).count();
    if found != expected {
        return Err(part_error(
            part,
            format!("expected {expected} table header rows, found {found}"),
        ));
    }
    Ok(xml.replace(MARK, "<w:cantSplit /><w:tblHeader />"))
}

/// `docx-rs` numbers paragraphs from a thread-local counter that is not reset between
/// documents; renumber them in document order so the output depends on the input only.
fn renumber_para_ids(xml: &str, next: &mut u32) -> String {
    const ATTR: &str = " w14:paraId=\"";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find(ATTR) {
        let value_start = i + ATTR.len();
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        *next += 1;
        out.push_str(&rest[..value_start]);
        out.push_str(&format!("{:08X}", *next));
        rest = &rest[value_start + len..];
    }
    out.push_str(rest);
    out
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

/// Adds `<w:lang>` to the default run properties (`order` puts it in its place).
fn set_default_language(part: &str, xml: &str, tag: &str) -> Result<String, DocxError> {
    const END: &str = "</w:rPr></w:rPrDefault>";
    let Some(at) = xml.find(END) else {
        return Err(part_error(part, "no default run properties"));
    };
    let lang = format!("<w:lang w:val=\"{tag}\" />");
    Ok(format!("{}{lang}{}", &xml[..at], &xml[at..]))
}

/// XML text content: markup escaped, characters XML 1.0 cannot carry dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// `docProps/core.xml`: title, subject, author (creator and last editor), language, the
/// document id and created/modified at midnight UTC of `meta.date`.
pub fn core_xml(meta: &Meta, lang: Option<&str>) -> String {
    let date = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    x.push_str(&format!("<dc:title>{}</dc:title>", escape(&meta.title)));
    x.push_str(&format!(
        "<dc:subject>{}</dc:subject>",
        escape(&meta.subject)
    ));
    x.push_str(&format!(
        "<dc:creator>{}</dc:creator>",
        escape(&meta.author)
    ));
    x.push_str(&format!(
        "<cp:lastModifiedBy>{}</cp:lastModifiedBy>",
        escape(&meta.author)
    ));
    x.push_str("<cp:revision>1</cp:revision>");
    x.push_str(&format!(
        "<dc:identifier>{}</dc:identifier>",
        escape(&meta.id)
    ));
    if let Some(tag) = lang {
        x.push_str(&format!("<dc:language>{}</dc:language>", escape(tag)));
    }
    x.push_str(&format!(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>"
    ));
    x.push_str(&format!(
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
    ));
    x.push_str("</cp:coreProperties>");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn para_ids_are_renumbered_in_order() {
        let mut n = 0;
        let out = renumber_para_ids(
            r#"<w:p w14:paraId="0000abcd"/><w:p w14:paraId="00000001"/>"#,
            &mut n,
        );
        assert_eq!(
            out,
            r#"<w:p w14:paraId="00000001"/><w:p w14:paraId="00000002"/>"#
        );
        assert_eq!(n, 2);
    }

    #[test]
    fn header_rows_must_match() {
        let xml = "<w:trPr><w:cantSplit /></w:trPr>";
        assert!(mark_header_rows("d", xml, 1)
            .unwrap()
            .contains("<w:tblHeader />"));
        assert!(mark_header_rows("d", xml, 2).is_err());
    }

    #[test]
    fn language_tags() {
        assert_eq!(language_tag("nl").as_deref(), Some("nl-NL"));
        assert_eq!(language_tag("en").as_deref(), Some("en-GB"));
        assert_eq!(language_tag("de-AT").as_deref(), Some("de-AT"));
        assert_eq!(language_tag("x\"y"), None);
    }
}
