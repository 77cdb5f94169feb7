//! Reads the files embedded in a PDF: ours (the assessment's exchange file) or any other
//! program's.
//!
//! Files are found in the document's `/EmbeddedFiles` name tree, the catalog's `/AF` array and
//! file-attachment annotations. Reading is bounded: the input size, every decompressed stream
//! (object streams, cross-reference streams, each file), the files' total, and the walk over
//! name-tree nodes are all capped, so garbage or a decompression bomb gives an error, never a
//! panic or an unbounded allocation.

use std::collections::BTreeSet;

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use crate::PdfError;

/// Largest PDF accepted.
pub const MAX_PDF: usize = 256 << 20;
/// Largest decompressed stream (one embedded file, one object stream).
pub const MAX_STREAM: usize = 64 << 20;
/// Largest total of all embedded files.
const MAX_TOTAL: usize = 128 << 20;
/// Name-tree nodes, file specifications and annotations visited at most.
const MAX_NODES: usize = 10_000;
const MAX_DEPTH: usize = 32;

/// A file embedded in a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedFile {
    /// The file name (`/UF`, else `/F`, else the name-tree key).
    pub name: String,
    /// The MIME type (`/Subtype` of the embedded file stream), if given.
    pub mime: Option<String>,
    pub data: Vec<u8>,
}

/// Every file embedded in `pdf`, in document order (duplicates of one file once). A PDF
/// without attachments gives an empty list; bytes that are not a PDF an error.
pub fn read_attachments(pdf: &[u8]) -> Result<Vec<EmbeddedFile>, PdfError> {
    if pdf.len() > MAX_PDF {
        return Err(PdfError::TooLarge(format!(
            "{} bytes (at most {MAX_PDF})",
            pdf.len()
        )));
    }
    let head = &pdf[..pdf.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::Read("no %PDF- header".into()));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_STREAM),
        ..LoadOptions::default()
    };
    // lopdf returns errors for what it cannot parse; the guard turns any panic it might still
    // have on hostile input into an error as well.
    let loaded = std::panic::catch_unwind(|| Document::load_mem_with_options(pdf, options))
        .map_err(|_| PdfError::Read("the PDF parser gave up".into()))?;
    let doc = loaded.map_err(|e| PdfError::Read(e.to_string()))?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| collect(&doc)))
        .map_err(|_| PdfError::Read("malformed attachment structure".into()))?
}

struct Walk<'a> {
    doc: &'a Document,
    seen: BTreeSet<ObjectId>,
    visits: usize,
    total: usize,
    out: Vec<EmbeddedFile>,
}

fn collect(doc: &Document) -> Result<Vec<EmbeddedFile>, PdfError> {
    let mut w = Walk {
        doc,
        seen: BTreeSet::new(),
        visits: 0,
        total: 0,
        out: Vec::new(),
    };
    let Ok(catalog) = doc.catalog() else {
        return Err(PdfError::Read("no document catalog".into()));
    };
    if let Some(tree) = get(doc, catalog, b"Names").and_then(|n| get(doc, n, b"EmbeddedFiles")) {
        w.name_tree(tree, 0)?;
    }
    if let Some(af) = catalog
        .get(b"AF")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_array().ok())
    {
        for fs in af {
            w.filespec(fs, None)?;
        }
    }
    for (_, page) in doc.get_pages() {
        let Ok(page) = doc.get_dictionary(page) else {
            continue;
        };
        let Some(annots) = page
            .get(b"Annots")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_array().ok())
        else {
            continue;
        };
        for a in annots {
            w.tick()?;
            let Some(ad) = doc.dereference(a).ok().and_then(|(_, o)| o.as_dict().ok()) else {
                continue;
            };
            if ad.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"FileAttachment") {
                if let Ok(fs) = ad.get(b"FS") {
                    w.filespec(fs, None)?;
                }
            }
        }
    }
    Ok(w.out)
}

/// `dict[key]`, dereferenced, as a dictionary.
fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    let o = dict.get(key).ok()?;
    doc.dereference(o).ok()?.1.as_dict().ok()
}

/// A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, else PDFDocEncoding
/// (read as Latin-1, which agrees on the printable range).
fn text(bytes: &[u8]) -> String {
    if let Some(b) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(b) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        bytes.iter().map(|b| char::from(*b)).collect()
    }
}

impl Walk<'_> {
    fn tick(&mut self) -> Result<(), PdfError> {
        self.visits += 1;
        if self.visits > MAX_NODES {
            return Err(PdfError::TooLarge(format!(
                "more than {MAX_NODES} attachment entries"
            )));
        }
        Ok(())
    }

    fn name_tree(&mut self, node: &Dictionary, depth: usize) -> Result<(), PdfError> {
        self.tick()?;
        if depth > MAX_DEPTH {
            return Err(PdfError::Read("name tree nested too deeply".into()));
        }
        let doc = self.doc;
        if let Some(names) = node
            .get(b"Names")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_array().ok())
        {
            for pair in names.chunks(2) {
                if let [key, fs] = pair {
                    let key = doc
                        .dereference(key)
                        .ok()
                        .and_then(|(_, k)| k.as_str().ok())
                        .map(text);
                    self.filespec(fs, key)?;
                }
            }
        }
        if let Some(kids) = node
            .get(b"Kids")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_array().ok())
        {
            for kid in kids {
                let Ok((id, o)) = doc.dereference(kid) else {
                    continue;
                };
                if let Some(id) = id {
                    if !self.seen.insert(id) {
                        continue; // a cycle
                    }
                }
                if let Ok(d) = o.as_dict() {
                    self.name_tree(d, depth + 1)?;
                }
            }
        }
        Ok(())
    }

    fn filespec(&mut self, fs: &Object, key: Option<String>) -> Result<(), PdfError> {
        self.tick()?;
        let doc = self.doc;
        let Ok((_, fs)) = doc.dereference(fs) else {
            return Ok(());
        };
        let Ok(fs) = fs.as_dict() else {
            return Ok(());
        };
        let Some(ef) = get(doc, fs, b"EF") else {
            return Ok(()); // a reference to an external file: nothing embedded
        };
        let Some(stream_ref) = ef.get(b"UF").or_else(|_| ef.get(b"F")).ok() else {
            return Ok(());
        };
        let Ok((id, stream)) = doc.dereference(stream_ref) else {
            return Ok(());
        };
        if let Some(id) = id {
            if !self.seen.insert(id) {
                return Ok(()); // listed twice (name tree and /AF)
            }
        }
        let Ok(stream) = stream.as_stream() else {
            return Ok(());
        };
        let data = if stream.dict.get(b"Filter").is_ok() {
            stream
                .decompressed_content_with_limit(MAX_STREAM)
                .map_err(|e| PdfError::Read(format!("embedded file: {e}")))?
        } else if stream.content.len() > MAX_STREAM {
            return Err(PdfError::TooLarge("embedded file".into()));
        } else {
            stream.content.clone()
        };
        self.total += data.len();
        if self.total > MAX_TOTAL {
            return Err(PdfError::TooLarge(format!(
                "embedded files over {MAX_TOTAL} bytes"
            )));
        }
        let name = [b"UF".as_slice(), b"F"]
            .iter()
            .find_map(|k| {
                fs.get(k)
                    .ok()
                    .and_then(|o| doc.dereference(o).ok())
                    .and_then(|(_, o)| o.as_str().ok())
                    .map(text)
            })
            .or(key)
            .unwrap_or_default();
        let mime = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .ok()
            .map(|n| String::from_utf8_lossy(n).into_owned());
        self.out.push(EmbeddedFile { name, mime, data });
        Ok(())
    }
}
