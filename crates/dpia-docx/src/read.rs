//! Reading the exchange file back from any `.docx`: the package is opened with the bounded zip
//! reader ([`unzip`](crate::unzip)), the XML parts are searched for our namespace a chunk at a
//! time (custom XML parts first), and the part that has it is parsed with a plain XML reader
//! whose nesting we count ourselves: deeper than [`MAX_XML_DEPTH`] is an error, so no input
//! reaches a depth counter of the XML library (quick-xml's namespace resolver counts levels in
//! a `u16`).

use std::io::{Cursor, Read, Seek};

use base64::Engine;
use dpia_document_model::Attachment;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::package::EXCHANGE_NS;
use crate::unzip::Zip;
use crate::DocxError;

/// Nesting of XML elements followed at most in the exchange part (ours has two levels).
pub const MAX_XML_DEPTH: usize = 64;

fn part_error(part: &str, reason: impl Into<String>) -> DocxError {
    DocxError::Package {
        part: part.into(),
        reason: reason.into(),
    }
}

/// The exchange file carried by `docx`, found by its namespace in whichever XML part holds
/// it (LibreOffice may renumber custom XML parts); `Ok(None)` when there is none. Reading is
/// bounded (input size, entry count, uncompressed bytes, XML depth), so a zip bomb or a
/// deeply nested part is an error, never a panic or a hang.
pub fn read_attachment(docx: &[u8]) -> Result<Option<Attachment>, DocxError> {
    read_attachment_from(Cursor::new(docx))
}

/// [`read_attachment`] from a file (or anything that reads and seeks), without reading the
/// package into memory.
pub fn read_attachment_from<R: Read + Seek>(docx: R) -> Result<Option<Attachment>, DocxError> {
    let (mut zip, mut parts) = Zip::open(docx, |name| name.to_ascii_lowercase().ends_with(".xml"))?;
    // Custom XML parts first: that is where the exchange file normally is.
    parts.sort_by_key(|e| !e.name.to_ascii_lowercase().starts_with("customxml/"));
    for e in &parts {
        if !zip.contains(e, EXCHANGE_NS.as_bytes())? {
            continue;
        }
        let data = zip.read(e)?;
        if let Some(a) = parse_exchange(&e.name, &data)? {
            return Ok(Some(a));
        }
    }
    Ok(None)
}

/// Whether `e` is our `exchange` element: its prefix (or none) bound to [`EXCHANGE_NS`] by
/// its own attributes (the root element has no other namespace declarations in scope).
fn is_exchange(part: &str, e: &BytesStart) -> Result<bool, DocxError> {
    let name = e.name();
    let name = name.as_ref();
    let (prefix, local) = match name.iter().position(|c| *c == b':') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => (&name[..0], name),
    };
    if local != b"exchange" {
        return Ok(false);
    }
    let mut key = b"xmlns".to_vec();
    if !prefix.is_empty() {
        key.push(b':');
        key.extend_from_slice(prefix);
    }
    for attr in e.attributes() {
        let attr = attr.map_err(|err| part_error(part, err.to_string()))?;
        if attr.key.as_ref() == key.as_slice() {
            return Ok(attr.value.as_ref() == EXCHANGE_NS.as_bytes());
        }
    }
    Ok(false)
}

/// Our exchange element, if it is the root of this part.
fn parse_exchange(part: &str, data: &[u8]) -> Result<Option<Attachment>, DocxError> {
    let mut reader = Reader::from_reader(data);
    let mut buf = Vec::new();
    let mut found: Option<Attachment> = None;
    let mut b64 = Vec::new();
    let mut depth = 0usize;
    let mut size: Option<u64> = None;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| part_error(part, e.to_string()))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                if depth == 0 {
                    if !is_exchange(part, e)? {
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
                        match attr.key.as_ref() {
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
                    if depth > MAX_XML_DEPTH {
                        return Err(DocxError::TooDeep {
                            max: MAX_XML_DEPTH as u64,
                            part: part.into(),
                        });
                    }
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
    use crate::package::exchange_xml;

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

    #[test]
    fn nesting_is_limited_without_a_panic() {
        let a = Attachment {
            file_name: "a.dpia.json".into(),
            mime: "application/json".into(),
            description: String::new(),
            data: b"{}".to_vec(),
        };
        let x = exchange_xml(&a);
        // 70,000 levels inside our element: past quick-xml's u16 level counter.
        let deep = format!("{}{}", "<a>".repeat(70_000), "</a>".repeat(70_000));
        let x = x.replace("</dpia:exchange>", &format!("{deep}</dpia:exchange>"));
        let err = parse_exchange("p", x.as_bytes()).unwrap_err();
        assert!(matches!(err, DocxError::TooDeep { max: 64, .. }), "{err}");
        // 63 levels inside are still read (and ignored).
        let ok = exchange_xml(&a).replace(
            "</dpia:exchange>",
            &format!("{}{}</dpia:exchange>", "<a>".repeat(63), "</a>".repeat(63)),
        );
        assert_eq!(parse_exchange("p", ok.as_bytes()).unwrap(), Some(a));
    }

    #[test]
    fn a_default_namespace_is_ours_too() {
        let a = Attachment {
            file_name: "a.dpia.json".into(),
            mime: "application/json".into(),
            description: String::new(),
            data: b"{}".to_vec(),
        };
        let x = exchange_xml(&a)
            .replace("dpia:exchange", "exchange")
            .replace("xmlns:dpia", "xmlns");
        assert_eq!(parse_exchange("p", x.as_bytes()).unwrap(), Some(a));
        let nested = format!("<r xmlns:dpia=\"{EXCHANGE_NS}\"><dpia:exchange/></r>");
        assert_eq!(parse_exchange("p", nested.as_bytes()).unwrap(), None);
    }
}
