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
                conformed(&name, &renumber_para_ids(&xml, &mut para_ids))?
            }
            "word/styles.xml" => {
                let xml = utf8(&name, data)?;
                match &lang {
                    Some(tag) => conformed(&name, &set_default_language(&name, &xml, tag)?)?,
                    None => conformed(&name, &xml)?,
                }
            }
            "word/numbering.xml" | "word/settings.xml" => conformed(&name, &utf8(&name, data)?)?,
            n if n.starts_with("word/header") || n.starts_with("word/footer") => {
                if n.ends_with(".xml") {
                    conformed(
                        &name,
                        &renumber_para_ids(&utf8(&name, data)?, &mut para_ids),
                    )?
                } else {
                    data
                }
            }
            "[Content_Types].xml" => insert_before(
                &name,
                &utf8(&name, data)?,
                "</Types>",
                &format!("<Override PartName=\"/{THEME_PART}\" ContentType=\"{THEME_TYPE}\" />"),
            )?,
            "word/_rels/document.xml.rels" => insert_before(
                &name,
                &utf8(&name, data)?,
                "</Relationships>",
                &format!(
                    "<Relationship Id=\"rIdTheme1\" Type=\"{THEME_REL}\" Target=\"theme/theme1.xml\" />"
                ),
            )?,
            _ => data,
        };
        out.start_file(name, options)?;
        out.write_all(&data)?;
    }
    out.start_file(THEME_PART, options)?;
    out.write_all(THEME.as_bytes())?;
    Ok(out.finish()?.into_inner())
}

const THEME_PART: &str = "word/theme/theme1.xml";
const THEME_TYPE: &str = "application/vnd.openxmlformats-officedocument.theme+xml";
const THEME_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";

/// A minimal theme: Word expects the main document to have one (`docx-rs` writes none). Its
/// fonts match the body font; nothing in the document refers to theme colours.
const THEME: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="DPIA Helper">"#,
    r#"<a:themeElements><a:clrScheme name="DPIA Helper">"#,
    r#"<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>"#,
    r#"<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>"#,
    r#"<a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>"#,
    r#"<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>"#,
    r#"<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>"#,
    r#"<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>"#,
    r#"<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>"#,
    r#"</a:clrScheme><a:fontScheme name="DPIA Helper">"#,
    r#"<a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>"#,
    r#"<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>"#,
    r#"</a:fontScheme><a:fmtScheme name="DPIA Helper"><a:fillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"</a:fillStyleLst><a:lnStyleLst>"#,
    r#"<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
    r#"<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
    r#"<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
    r#"</a:lnStyleLst><a:effectStyleLst>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"</a:bgFillStyleLst></a:fmtScheme></a:themeElements>"#,
    r#"<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
);

/// `xml` with `insert` placed before the last occurrence of `marker`.
fn insert_before(part: &str, xml: &str, marker: &str, insert: &str) -> Result<Vec<u8>, DocxError> {
    let at = xml
        .rfind(marker)
        .ok_or_else(|| part_error(part, format!("no {marker}")))?;
    Ok(format!("{}{insert}{}", &xml[..at], &xml[at..]).into_bytes())
}

/// The part made to conform to the schema (`conform`).
fn conformed(part: &str, xml: &str) -> Result<Vec<u8>, DocxError> {
    crate::conform::canonicalize(xml)
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

/// Adds `<w:lang>` to the default run properties (`conform` puts it in its place).
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
