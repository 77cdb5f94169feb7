//! Reads the files embedded in a PDF: ours (the assessment's exchange file) or any other
//! program's, in bounded time and memory.
//!
//! Our own reader rather than a general PDF library: a library that loads the whole document
//! (lopdf parses every object up front, and each entry of an object stream's index from its
//! own offset, so a 2.8 KB file made it allocate gigabytes) cannot be bounded from outside.
//! This reader only follows the path to the files: trailer → catalog → `/Names` →
//! `/EmbeddedFiles` name tree, the catalog's `/AF` (associated files, PDF/A-3 and PDF 2.0)
//! and file-attachment annotations → file specification → `/EF` → stream. Objects are read
//! one at a time from their offsets in the cross-reference data ([`xref`]); an object stream
//! is decoded once and only the object asked for is parsed from it ([`doc`]). When the
//! cross-reference data is wrong the objects are found by scanning ([`recover`]), and junk
//! after `%%EOF` is tolerated, as poppler does.
//!
//! Every limit gives its own error: the file's size ([`MAX_PDF`]), a decoded stream or one
//! object's text ([`MAX_STREAM`], [`MAX_OBJECT_BYTES`]) and all decoded data together
//! ([`MAX_INFLATED`]) — "too large"; objects read, elements parsed, elements of one object and
//! object-stream entries ([`MAX_RESOLVED`], [`MAX_PARSED`], [`MAX_OBJECT_ELEMENTS`],
//! [`MAX_OBJSTM`]) — "too many objects"; attachment entries ([`MAX_ENTRIES`]) — "too many
//! attachments"; nesting of arrays, dictionaries and trees ([`MAX_DEPTH`]) — "nested too
//! deeply". Nothing is read into memory whole except the decoded streams that are needed.

mod doc;
mod filter;
mod recover;
mod source;
mod syntax;
mod xref;

use std::collections::HashSet;
use std::io::{Read, Seek};

use doc::Doc;
use source::{window, Source};
use syntax::{Dict, Obj};

use crate::PdfError;

/// Largest PDF accepted.
pub const MAX_PDF: u64 = 256 << 20;
/// Largest decoded stream (one embedded file, one object or cross-reference stream).
pub const MAX_STREAM: usize = 64 << 20;
/// Largest total of all decoded streams.
pub const MAX_INFLATED: u64 = 128 << 20;
/// Largest text of one object (its dictionary, array, string …).
pub const MAX_OBJECT_BYTES: usize = 16 << 20;
/// Objects read at most (each read counts, also of the same object again).
pub const MAX_RESOLVED: u64 = 100_000;
/// Elements (numbers, names, strings, arrays, dictionaries …) parsed at most, in all.
pub const MAX_PARSED: u64 = 2_000_000;
/// Elements of one object at most.
pub const MAX_OBJECT_ELEMENTS: usize = 200_000;
/// Objects in one object stream at most.
pub const MAX_OBJSTM: usize = 100_000;
/// Name-tree nodes, file specifications and file-attachment annotations visited at most.
pub const MAX_ENTRIES: usize = 10_000;
/// Nesting of arrays and dictionaries, and depth of the name tree and the page tree.
pub const MAX_DEPTH: usize = 64;
/// Objects a damaged file's scan may find.
const MAX_RECOVERED: usize = 1_000_000;
/// Bytes searched (a damaged file's scan, streams without a correct /Length) at most.
const MAX_SEARCHED: u64 = 2 * MAX_PDF;
/// Cross-reference sections (incremental updates; a file with more is read by scanning) and
/// subsections per section. Each lookup binary-searches every section.
const MAX_SECTIONS: usize = 100;
const MAX_SUBSECTIONS: usize = 10_000;

/// A file embedded in a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedFile {
    /// The file name (`/UF`, else `/F`, else the name-tree key).
    pub name: String,
    /// The MIME type (`/Subtype` of the embedded file stream), if given.
    pub mime: Option<String>,
    pub data: Vec<u8>,
}

/// The reader's work so far, counted against its limits.
#[derive(Debug, Default)]
pub(crate) struct Work {
    parsed: u64,
    resolved: u64,
    inflated: u64,
    searched: u64,
}

impl Work {
    fn parse_one(&mut self) -> Result<(), PdfError> {
        self.parsed += 1;
        if self.parsed > MAX_PARSED {
            return Err(PdfError::TooManyObjects {
                max: MAX_PARSED,
                what: "elements parsed".into(),
            });
        }
        Ok(())
    }

    fn resolve_one(&mut self) -> Result<(), PdfError> {
        self.resolved += 1;
        if self.resolved > MAX_RESOLVED {
            return Err(PdfError::TooManyObjects {
                max: MAX_RESOLVED,
                what: "objects read".into(),
            });
        }
        Ok(())
    }

    fn inflate(&mut self, bytes: usize) -> Result<(), PdfError> {
        self.inflated += bytes as u64;
        if self.inflated > MAX_INFLATED {
            return Err(PdfError::Unpacked {
                max: MAX_INFLATED,
                what: "all streams together".into(),
            });
        }
        Ok(())
    }

    fn search(&mut self, bytes: usize) -> Result<(), PdfError> {
        self.searched += bytes as u64;
        if self.searched > MAX_SEARCHED {
            return Err(PdfError::Read(
                "too much of the file had to be searched (damaged cross-reference data or stream lengths)"
                    .into(),
            ));
        }
        Ok(())
    }
}

/// Every file embedded in `pdf`, in document order (a file listed twice once). A PDF without
/// attachments gives an empty list; bytes that are not a PDF an error.
pub fn read_attachments(pdf: &[u8]) -> Result<Vec<EmbeddedFile>, PdfError> {
    let mut src = std::io::Cursor::new(pdf);
    attachments(&mut src, &|_| true, false)
}

/// The first embedded file whose name `wanted` accepts, read from a file (or anything that
/// reads and seeks) without loading the document: only the objects on the way to it are
/// read, and only its data is decoded.
pub fn find_attachment<R: Read + Seek>(
    mut pdf: R,
    wanted: impl Fn(&str) -> bool,
) -> Result<Option<EmbeddedFile>, PdfError> {
    Ok(attachments(&mut pdf, &wanted, true)?.into_iter().next())
}

fn attachments(
    src: &mut dyn Source,
    wanted: &dyn Fn(&str) -> bool,
    first_only: bool,
) -> Result<Vec<EmbeddedFile>, PdfError> {
    let len = src
        .size()
        .map_err(|e| PdfError::Read(format!("cannot read: {e}")))?;
    if len > MAX_PDF {
        return Err(PdfError::TooLarge {
            size: len,
            max: MAX_PDF,
        });
    }
    let head = window(src, 0, 1024)?;
    if memchr::memmem::find(&head, b"%PDF-").is_none() {
        return Err(PdfError::Read("no %PDF- header".into()));
    }
    let mut doc = Doc::new(src, len);
    let catalog = catalog(&mut doc)?;
    let mut w = Walk {
        doc: &mut doc,
        seen: HashSet::new(),
        entries: 0,
        wanted,
        first_only,
        out: Vec::new(),
    };
    w.document(&catalog)?;
    Ok(w.out)
}

/// The document catalog, scanning the file for it when the cross-reference data does not
/// lead to one.
fn catalog(doc: &mut Doc) -> Result<Dict, PdfError> {
    let direct = match doc.load_xref() {
        Ok(()) => {
            if doc.xref.trailer.get(b"Encrypt").is_some() {
                return Err(PdfError::Read("the PDF is encrypted".into()));
            }
            match doc.xref.trailer.get(b"Root").cloned() {
                Some(Obj::Ref(n)) => match doc.object(n) {
                    Ok(Obj::Dict(d)) => Some(d),
                    Ok(_) | Err(PdfError::Read(_)) => None,
                    Err(e) => return Err(e),
                },
                _ => None,
            }
        }
        Err(PdfError::Read(_)) => None,
        Err(e) => return Err(e),
    };
    if let Some(d) = direct {
        return Ok(d);
    }
    if doc.recovered.is_none() {
        doc.recover()?;
    }
    match doc.recovered_root()? {
        Some(n) => match doc.object(n)? {
            Obj::Dict(d) => Ok(d),
            _ => Err(PdfError::Read("no document catalog".into())),
        },
        None => Err(PdfError::Read("no document catalog".into())),
    }
}

/// The walk from the catalog to the files.
struct Walk<'w, 'd, 's> {
    doc: &'w mut Doc<'s>,
    /// Objects visited (tree nodes, pages, annotations, file streams): each once.
    seen: HashSet<u32>,
    entries: usize,
    wanted: &'d dyn Fn(&str) -> bool,
    first_only: bool,
    out: Vec<EmbeddedFile>,
}

/// Whether the walk goes on.
type Flow = Result<bool, PdfError>;

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

impl Walk<'_, '_, '_> {
    fn tick(&mut self) -> Result<(), PdfError> {
        self.entries += 1;
        if self.entries > MAX_ENTRIES {
            return Err(PdfError::TooManyAttachments {
                max: MAX_ENTRIES as u64,
            });
        }
        Ok(())
    }

    /// A reference not followed before (a direct object always is new).
    fn first_visit(&mut self, o: &Obj) -> bool {
        match o {
            Obj::Ref(n) => self.seen.insert(*n),
            _ => true,
        }
    }

    fn dict(&mut self, o: Obj) -> Result<Option<Dict>, PdfError> {
        Ok(match self.doc.resolve(o)? {
            Obj::Dict(d) => Some(d),
            _ => None,
        })
    }

    fn array(&mut self, o: Obj) -> Result<Vec<Obj>, PdfError> {
        Ok(match self.doc.resolve(o)? {
            Obj::Array(a) => a,
            _ => Vec::new(),
        })
    }

    fn document(&mut self, catalog: &Dict) -> Result<(), PdfError> {
        let names = self.doc.get(catalog, b"Names")?;
        if let Obj::Dict(names) = names {
            let tree = names.get(b"EmbeddedFiles").cloned().unwrap_or(Obj::Null);
            if !self.name_tree(tree, 0)? {
                return Ok(());
            }
        }
        let af = self.array(catalog.get(b"AF").cloned().unwrap_or(Obj::Null))?;
        for fs in af {
            if !self.filespec(fs, None)? {
                return Ok(());
            }
        }
        let pages = catalog.get(b"Pages").cloned().unwrap_or(Obj::Null);
        self.page_tree(pages, 0)?;
        Ok(())
    }

    fn name_tree(&mut self, node: Obj, depth: usize) -> Flow {
        if depth > MAX_DEPTH {
            return Err(PdfError::TooDeep {
                max: MAX_DEPTH as u64,
                what: "the name tree of embedded files".into(),
            });
        }
        if !self.first_visit(&node) {
            return Ok(true); // a cycle, or a node listed twice
        }
        self.tick()?;
        let Some(node) = self.dict(node)? else {
            return Ok(true);
        };
        let names = self.array(node.get(b"Names").cloned().unwrap_or(Obj::Null))?;
        for pair in names.chunks(2) {
            if let [key, fs] = pair {
                let key = match self.doc.resolve(key.clone())? {
                    Obj::Str(k) => Some(text(&k)),
                    _ => None,
                };
                if !self.filespec(fs.clone(), key)? {
                    return Ok(false);
                }
            }
        }
        let kids = self.array(node.get(b"Kids").cloned().unwrap_or(Obj::Null))?;
        for kid in kids {
            if !self.name_tree(kid, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn page_tree(&mut self, node: Obj, depth: usize) -> Flow {
        if depth > MAX_DEPTH {
            return Err(PdfError::TooDeep {
                max: MAX_DEPTH as u64,
                what: "the page tree".into(),
            });
        }
        if !self.first_visit(&node) {
            return Ok(true);
        }
        let Some(node) = self.dict(node)? else {
            return Ok(true);
        };
        if let Some(kids) = node.get(b"Kids").cloned() {
            for kid in self.array(kids)? {
                if !self.page_tree(kid, depth + 1)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let annots = self.array(node.get(b"Annots").cloned().unwrap_or(Obj::Null))?;
        for a in annots {
            if !self.first_visit(&a) {
                continue;
            }
            let Some(a) = self.dict(a)? else { continue };
            if a.name(b"Subtype") == Some(b"FileAttachment") {
                let fs = a.get(b"FS").cloned().unwrap_or(Obj::Null);
                if !self.filespec(fs, None)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// A file specification: its embedded file is read if its name is wanted.
    fn filespec(&mut self, fs: Obj, key: Option<String>) -> Flow {
        self.tick()?;
        let Some(fs) = self.dict(fs)? else {
            return Ok(true); // a plain file name: nothing embedded
        };
        let Obj::Dict(ef) = self.doc.get(&fs, b"EF")? else {
            return Ok(true); // a reference to an external file
        };
        let Some(stream) = ef.get(b"UF").or_else(|| ef.get(b"F")).cloned() else {
            return Ok(true);
        };
        let mut name = None;
        for k in [&b"UF"[..], b"F"] {
            if let Obj::Str(s) = self.doc.get(&fs, k)? {
                name = Some(text(&s));
                break;
            }
        }
        let name = name.or(key).unwrap_or_default();
        if !(self.wanted)(&name) || !self.first_visit(&stream) {
            return Ok(true); // not asked for, or listed twice (name tree and /AF)
        }
        let Obj::Stream(s) = self.doc.resolve(stream)? else {
            return Ok(true);
        };
        let data = self
            .doc
            .stream_data(&s, MAX_STREAM, &format!("the embedded file {name:?}"))?;
        let mime = s
            .dict
            .name(b"Subtype")
            .map(|n| String::from_utf8_lossy(n).into_owned());
        self.out.push(EmbeddedFile { name, mime, data });
        Ok(!self.first_only)
    }
}
