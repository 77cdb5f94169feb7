//! A PDF opened lazily: only the objects asked for are read, each from its own offset (or from
//! its object stream, whose index is read only as far as needed), and every read counts
//! against the reader's limits.

use std::collections::HashMap;
use std::rc::Rc;

use super::filter;
use super::recover::Recovered;
use super::source::{window, Source};
use super::syntax::{Dict, Obj, Parser, Stop, Stream};
use super::xref::{Entry, Xref};
use super::{Work, MAX_OBJECT_BYTES, MAX_OBJSTM, MAX_STREAM};
use crate::PdfError;

/// An object stream's decoded data and its index (object number, offset after `/First`).
pub(crate) struct ObjStm {
    data: Vec<u8>,
    first: usize,
    pub index: Vec<(u32, usize)>,
}

pub(crate) struct Doc<'s> {
    pub src: &'s mut dyn Source,
    pub len: u64,
    pub xref: Xref,
    /// The objects found by scanning the file, once the cross-reference data proved wrong.
    pub recovered: Option<Recovered>,
    pub work: Work,
    objstms: HashMap<u32, Rc<ObjStm>>,
    /// Objects being read inside each other (an object stream's `/Length` may be a reference
    /// into another object stream, and so on): the chain is cut at [`MAX_CHAIN`].
    chain: usize,
}

/// Objects read inside each other at most.
const MAX_CHAIN: usize = 16;

/// The first window read for an object; it grows fourfold while the object runs past it.
const FIRST_WINDOW: usize = 4096;

impl<'s> Doc<'s> {
    pub fn new(src: &'s mut dyn Source, len: u64) -> Self {
        Doc {
            src,
            len,
            xref: Xref::default(),
            recovered: None,
            work: Work::default(),
            objstms: HashMap::new(),
            chain: 0,
        }
    }

    /// Parses something at `pos` with `f`, reading larger windows while it runs past the
    /// window (up to [`MAX_OBJECT_BYTES`]). Work done on a window that proved too small is
    /// not counted twice.
    pub fn parse_at<T>(
        &mut self,
        pos: u64,
        mut f: impl FnMut(&mut Parser) -> Result<T, Stop>,
    ) -> Result<T, PdfError> {
        let mut size = FIRST_WINDOW;
        loop {
            let buf = window(self.src, pos, size)?;
            let complete = pos + buf.len() as u64 >= self.len;
            let before = self.work.parsed;
            let mut p = Parser::new(&buf, complete, &mut self.work);
            match f(&mut p) {
                Ok(v) => return Ok(v),
                Err(Stop::Fail(e)) => return Err(e),
                Err(Stop::More) if size >= MAX_OBJECT_BYTES => {
                    return Err(PdfError::Unpacked {
                        max: MAX_OBJECT_BYTES as u64,
                        what: format!("the object at byte {pos}"),
                    })
                }
                Err(Stop::More) => {
                    self.work.parsed = before;
                    size = (size * 4).min(MAX_OBJECT_BYTES);
                }
            }
        }
    }

    /// The indirect object `N G obj … endobj` at `pos`: its number and value, or `None` when
    /// no object starts there.
    pub fn object_at(&mut self, pos: u64) -> Result<Option<(u32, Obj)>, PdfError> {
        if pos >= self.len {
            return Ok(None);
        }
        let head = self.parse_at(pos, |p| {
            let Some(num) = p.unsigned()? else {
                return Ok(None);
            };
            let Some(_gen) = p.unsigned()? else {
                return Ok(None);
            };
            if !p.keyword(b"obj")? {
                return Ok(None);
            }
            let value = p.object(0)?;
            p.skip_space();
            let stream = p.keyword(b"stream")?;
            Ok(Some((num, value, stream, p.pos)))
        })?;
        let Some((num, value, stream, end)) = head else {
            return Ok(None);
        };
        let Ok(num) = u32::try_from(num) else {
            return Ok(None);
        };
        if !stream {
            return Ok(Some((num, value)));
        }
        let Obj::Dict(dict) = value else {
            return Err(PdfError::Read(format!(
                "object {num}: a stream without a dictionary"
            )));
        };
        // The data starts after the end of line that follows `stream`; its length is found
        // when the data is needed.
        let mut start = pos + end as u64;
        let eol = window(self.src, start, 2)?;
        start += match eol.as_slice() {
            [b'\r', b'\n', ..] => 2,
            [b'\n', ..] | [b'\r', ..] => 1,
            _ => 0,
        };
        Ok(Some((num, Obj::Stream(Box::new(Stream { dict, start })))))
    }

    /// A stream's length: `/Length` when `endstream` follows it, else up to the next
    /// `endstream`, as other readers do.
    fn stream_len(&mut self, s: &Stream) -> Result<u64, PdfError> {
        let length = match self.get(&s.dict, b"Length") {
            Ok(o) => o,
            // A /Length that cannot be read (a loop, a damaged object) is searched for.
            Err(PdfError::Read(_)) => Obj::Null,
            Err(e) => return Err(e),
        };
        match length {
            Obj::Int(n) if n >= 0 && self.ends_at(s.start.saturating_add(n as u64))? => {
                Ok(n as u64)
            }
            _ => self.find_end(s.start),
        }
    }

    /// Whether `endstream` follows `pos` (after white space).
    fn ends_at(&mut self, pos: u64) -> Result<bool, PdfError> {
        if pos > self.len {
            return Ok(false);
        }
        let w = window(self.src, pos, 32)?;
        let text = w.trim_ascii_start();
        Ok(text.starts_with(b"endstream"))
    }

    /// A stream's length when `/Length` is wrong: up to the next `endstream` (without the end
    /// of line before it). The bytes searched count against the reader's work.
    fn find_end(&mut self, start: u64) -> Result<u64, PdfError> {
        const CHUNK: usize = 1 << 20;
        let mut pos = start;
        while pos < self.len {
            self.work.search(CHUNK)?;
            let w = window(self.src, pos, CHUNK + 16)?;
            if let Some(i) = memchr::memmem::find(&w, b"endstream") {
                let mut end = pos + i as u64;
                let before = window(self.src, end.saturating_sub(2).max(start), 2)?;
                end -= match before.as_slice() {
                    [b'\r', b'\n'] => 2,
                    [_, b'\n'] | [_, b'\r'] => 1,
                    _ => 0,
                }
                .min(end - start);
                return Ok(end - start);
            }
            if w.len() <= CHUNK {
                break;
            }
            pos += CHUNK as u64;
        }
        Err(PdfError::Read("a stream has no end".into()))
    }

    /// Object `num`, or null when the document has no such object.
    pub fn object(&mut self, num: u32) -> Result<Obj, PdfError> {
        if self.chain >= MAX_CHAIN {
            return Err(PdfError::Read(format!(
                "object {num}: objects refer to each other in a loop"
            )));
        }
        self.chain += 1;
        let o = self.lookup(num);
        self.chain -= 1;
        o
    }

    fn lookup(&mut self, num: u32) -> Result<Obj, PdfError> {
        self.work.resolve_one()?;
        let entry = match &self.recovered {
            Some(_) => self.recovered_entry(num)?,
            None => self.xref_entry(num)?,
        };
        match entry {
            Entry::Free => Ok(Obj::Null),
            Entry::Offset(pos) => match self.object_at(pos)? {
                Some((n, o)) if n == num => Ok(o),
                // The table points elsewhere: scan the file once and look again.
                _ if self.recovered.is_none() => {
                    self.recover()?;
                    self.object(num)
                }
                _ => Ok(Obj::Null),
            },
            Entry::InStream(stm, index) => self.in_stream(num, stm, index),
        }
    }

    /// `o` with references followed (a chain of a few at most).
    pub fn resolve(&mut self, mut o: Obj) -> Result<Obj, PdfError> {
        for _ in 0..8 {
            match o {
                Obj::Ref(n) => o = self.object(n)?,
                other => return Ok(other),
            }
        }
        Ok(Obj::Null)
    }

    /// `dict[key]`, resolved.
    pub fn get(&mut self, dict: &Dict, key: &[u8]) -> Result<Obj, PdfError> {
        match dict.get(key) {
            Some(o) => self.resolve(o.clone()),
            None => Ok(Obj::Null),
        }
    }

    /// A stream's data, decoded, at most `cap` bytes (and within the reader's total); `what`
    /// names the stream in errors.
    pub fn stream_data(&mut self, s: &Stream, cap: usize, what: &str) -> Result<Vec<u8>, PdfError> {
        let filter = self.get(&s.dict, b"Filter")?;
        let params = self.get(&s.dict, b"DecodeParms")?;
        let filters = filter::filters(&filter, &params)?;
        let len = self.stream_len(s)?;
        let too_large = |max: usize| PdfError::Unpacked {
            max: max as u64,
            what: what.to_string(),
        };
        if len > cap as u64 {
            return Err(too_large(cap));
        }
        let raw = window(self.src, s.start, len as usize)?;
        let data = filter::decode(raw, &filters, cap).map_err(|e| match e {
            PdfError::Unpacked { max, .. } => too_large(max as usize),
            e => e,
        })?;
        self.work.inflate(data.len())?;
        Ok(data)
    }

    /// Object `num` from object stream `stm`, where the cross-reference data puts it at
    /// `index` (checked against the stream's own index).
    fn in_stream(&mut self, num: u32, stm: u32, index: u32) -> Result<Obj, PdfError> {
        let s = self.objstm(stm)?;
        let at = match s.index.get(index as usize) {
            Some((n, off)) if *n == num => Some(*off),
            _ => s.index.iter().find(|(n, _)| *n == num).map(|(_, o)| *o),
        };
        let Some(off) = at else {
            return Ok(Obj::Null);
        };
        let start = s.first.saturating_add(off);
        let Some(data) = s.data.get(start..) else {
            return Ok(Obj::Null);
        };
        let mut p = Parser::new(data, true, &mut self.work);
        p.object(0).map_err(|e| match e {
            Stop::Fail(e) => e,
            Stop::More => PdfError::Read(format!("object {num} in object stream {stm}")),
        })
    }

    /// Drops the object streams read so far (their numbers meant other objects before the
    /// file was scanned).
    pub fn forget_objstms(&mut self) {
        self.objstms.clear();
    }

    /// Object stream `stm`, decoded and its index read (once).
    pub fn objstm(&mut self, stm: u32) -> Result<Rc<ObjStm>, PdfError> {
        if let Some(s) = self.objstms.get(&stm) {
            return Ok(s.clone());
        }
        // An object stream's own entry must not lead into an object stream again.
        let entry = match &self.recovered {
            Some(r) => r.offset(stm).map_or(Entry::Free, Entry::Offset),
            None => self.xref_entry(stm)?,
        };
        let Entry::Offset(pos) = entry else {
            return Err(PdfError::Read(format!("object stream {stm} is missing")));
        };
        self.work.resolve_one()?;
        let Some((n, Obj::Stream(s))) = self.object_at(pos)? else {
            return Err(PdfError::Read(format!("object stream {stm} is missing")));
        };
        if n != stm {
            return Err(PdfError::Read(format!("object stream {stm} is missing")));
        }
        let count = s.dict.int(b"N").unwrap_or(0);
        let first = s.dict.int(b"First").unwrap_or(-1);
        if count < 0 || first < 0 {
            return Err(PdfError::Read(format!(
                "object stream {stm}: no /N or /First"
            )));
        }
        if count > MAX_OBJSTM as i64 {
            return Err(PdfError::TooManyObjects {
                max: MAX_OBJSTM as u64,
                what: format!("objects in object stream {stm}"),
            });
        }
        let data = self.stream_data(&s, MAX_STREAM, &format!("object stream {stm}"))?;
        let first = first as usize;
        let mut index = Vec::with_capacity(count as usize);
        {
            // The index: `count` pairs of numbers before /First (fewer if it ends early).
            let head = data.get(..first.min(data.len())).unwrap_or_default();
            let mut p = Parser::new(head, true, &mut self.work);
            for _ in 0..count {
                match (p.unsigned(), p.unsigned()) {
                    (Ok(Some(n)), Ok(Some(o))) => index.push((
                        u32::try_from(n).unwrap_or(0),
                        usize::try_from(o).unwrap_or(usize::MAX),
                    )),
                    _ => break,
                }
            }
        }
        let s = Rc::new(ObjStm { data, first, index });
        self.objstms.insert(stm, s.clone());
        Ok(s)
    }
}
