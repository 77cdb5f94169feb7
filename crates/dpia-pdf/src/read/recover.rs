//! When the cross-reference data is missing or wrong (offsets off, a damaged table, no
//! `startxref`), the objects are found again by scanning the file for `N G obj`, as poppler
//! and other readers do; the catalog then comes from the last trailer (or cross-reference
//! stream dictionary) that names one, or from an object of type /Catalog. The scan reads the
//! file a chunk at a time and keeps one number and offset per object, at most
//! [`MAX_RECOVERED`](super::MAX_RECOVERED) of them.

use std::collections::HashMap;

use super::doc::Doc;
use super::source::window;
use super::syntax::{is_delimiter, is_space, Obj};
use super::xref::Entry;
use super::MAX_RECOVERED;
use crate::PdfError;

/// What the scan found.
#[derive(Default)]
pub(crate) struct Recovered {
    /// (object number, offset), sorted by number; the last definition in the file wins.
    objects: Vec<(u32, u64)>,
    /// Offsets of `trailer` keywords, in file order.
    trailers: Vec<u64>,
    /// Objects that mention /Catalog, /XRef or /ObjStm (candidates), in file order.
    catalogs: Vec<u32>,
    xref_streams: Vec<u32>,
    objstms: Vec<u32>,
    /// Objects found in object streams (built when first needed).
    in_streams: Option<HashMap<u32, (u32, u32)>>,
}

impl Recovered {
    pub fn offset(&self, num: u32) -> Option<u64> {
        self.objects
            .binary_search_by_key(&num, |(n, _)| *n)
            .ok()
            .map(|i| self.objects[i].1)
    }
}

const CHUNK: usize = 1 << 20;
const OVERLAP: usize = 64;

/// Reads `N G obj` backwards from the `obj` at `i`: the object number and where it starts.
fn object_start(buf: &[u8], i: usize) -> Option<(u32, usize)> {
    if buf
        .get(i + 3)
        .is_some_and(|c| !is_space(*c) && !is_delimiter(*c))
    {
        return None; // `objx`
    }
    let mut j = i;
    let digits_back = |j: &mut usize| -> Option<(u64, usize)> {
        let end = *j;
        while *j > 0 && buf[*j - 1].is_ascii_digit() && end - *j < 10 {
            *j -= 1;
        }
        if *j == end {
            return None;
        }
        let v = buf[*j..end]
            .iter()
            .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
        Some((v, *j))
    };
    let space_back = |j: &mut usize| -> bool {
        let end = *j;
        while *j > 0 && is_space(buf[*j - 1]) {
            *j -= 1;
        }
        *j < end
    };
    space_back(&mut j);
    digits_back(&mut j)?;
    if !space_back(&mut j) {
        return None;
    }
    let (num, start) = digits_back(&mut j)?;
    if start > 0 && !is_space(buf[start - 1]) && !is_delimiter(buf[start - 1]) {
        return None;
    }
    Some((u32::try_from(num).ok()?, start))
}

impl Doc<'_> {
    /// Scans the whole file for objects and trailers; from then on objects are looked up in
    /// what the scan found.
    pub fn recover(&mut self) -> Result<(), PdfError> {
        let mut r = Recovered::default();
        let mut starts: Vec<(u32, u64)> = Vec::new();
        let mut marks: Vec<(u64, u8)> = Vec::new();
        let mut pos = 0u64;
        while pos < self.len {
            // This chunk's own bytes are [pos, pos + CHUNK); the window reaches a little
            // before (the digits of `N G obj`) and after (a keyword that straddles the end).
            self.work.search(CHUNK)?;
            let from = pos.saturating_sub(OVERLAP as u64);
            let lead = (pos - from) as usize;
            let buf = window(self.src, from, lead + CHUNK + OVERLAP)?;
            let own = lead..(lead + CHUNK).min(buf.len());
            for i in memchr::memmem::find_iter(&buf, b"obj") {
                if !own.contains(&i) {
                    continue;
                }
                if let Some((num, start)) = object_start(&buf, i) {
                    starts.push((num, from + start as u64));
                    if starts.len() > MAX_RECOVERED {
                        return Err(PdfError::TooManyObjects {
                            max: MAX_RECOVERED as u64,
                            what: "objects found by scanning the damaged file".into(),
                        });
                    }
                }
            }
            for (word, kind) in [
                (&b"trailer"[..], b't'),
                (b"/Catalog", b'c'),
                (b"/XRef", b'x'),
                (b"/ObjStm", b'o'),
            ] {
                for i in memchr::memmem::find_iter(&buf, word) {
                    if own.contains(&i) {
                        marks.push((from + i as u64, kind));
                    }
                }
            }
            pos += CHUNK as u64;
        }
        marks.sort_unstable();
        // Each mark belongs to the object that starts before it.
        for (at, kind) in &marks {
            let owner = match starts.partition_point(|(_, s)| s <= at) {
                0 => None,
                k => Some(starts[k - 1].0),
            };
            match (kind, owner) {
                (b't', _) => r.trailers.push(*at),
                (b'c', Some(n)) => r.catalogs.push(n),
                (b'x', Some(n)) => r.xref_streams.push(n),
                (b'o', Some(n)) => r.objstms.push(n),
                _ => {}
            }
        }
        for list in [&mut r.catalogs, &mut r.xref_streams, &mut r.objstms] {
            list.dedup();
            // Keep the latest few: the file's last definitions count.
            let keep = list.len().saturating_sub(1000);
            list.drain(..keep);
        }
        let keep = r.trailers.len().saturating_sub(100);
        r.trailers.drain(..keep);
        // Sorted by number, the last definition in the file winning.
        let mut objects: Vec<(u32, u64)> = starts;
        objects.reverse();
        objects.sort_by_key(|(n, _)| *n);
        objects.dedup_by_key(|(n, _)| *n);
        r.objects = objects;
        self.recovered = Some(r);
        self.forget_objstms();
        Ok(())
    }

    /// Where object `num` is, by the scan.
    pub fn recovered_entry(&mut self, num: u32) -> Result<Entry, PdfError> {
        let Some(r) = &self.recovered else {
            return Ok(Entry::Free);
        };
        if let Some(at) = r.offset(num) {
            return Ok(Entry::Offset(at));
        }
        if r.in_streams.is_none() {
            let stms = r.objstms.clone();
            // Reading a stream may look up objects again: they see an empty map meanwhile.
            if let Some(r) = &mut self.recovered {
                r.in_streams = Some(HashMap::new());
            }
            let mut map = HashMap::new();
            for stm in stms {
                // A stream that cannot be read is skipped: the scan is a best effort.
                let Ok(s) = self.objstm(stm) else { continue };
                for (i, (n, _)) in s.index.iter().enumerate() {
                    map.entry(*n).or_insert((stm, i as u32));
                    if map.len() > MAX_RECOVERED {
                        return Err(PdfError::TooManyObjects {
                            max: MAX_RECOVERED as u64,
                            what: "objects found by scanning the damaged file".into(),
                        });
                    }
                }
            }
            if let Some(r) = &mut self.recovered {
                r.in_streams = Some(map);
            }
        }
        let found = self
            .recovered
            .as_ref()
            .and_then(|r| r.in_streams.as_ref())
            .and_then(|m| m.get(&num).copied());
        Ok(found.map_or(Entry::Free, |(stm, i)| Entry::InStream(stm, i)))
    }

    /// The catalog by the scan: the last trailer or cross-reference stream that names one
    /// which is a dictionary, else the last object of type /Catalog.
    pub fn recovered_root(&mut self) -> Result<Option<u32>, PdfError> {
        let Some(r) = &self.recovered else {
            return Ok(None);
        };
        let trailers = r.trailers.clone();
        let xrefs = r.xref_streams.clone();
        let catalogs = r.catalogs.clone();
        for at in trailers.iter().rev() {
            let root = self.parse_at(at + b"trailer".len() as u64, |p| {
                p.skip_space();
                match p.object(0)? {
                    Obj::Dict(d) => Ok(d.get(b"Root").cloned()),
                    _ => Ok(None),
                }
            });
            if let Ok(Some(Obj::Ref(n))) = root {
                if self.is_catalog(n)? {
                    return Ok(Some(n));
                }
            }
        }
        for x in xrefs.iter().rev() {
            if let Ok(Obj::Stream(s)) = self.object(*x) {
                if let Some(Obj::Ref(n)) = s.dict.get(b"Root") {
                    if self.is_catalog(*n)? {
                        return Ok(Some(*n));
                    }
                }
            }
        }
        for c in catalogs.iter().rev() {
            if self.is_catalog(*c)? {
                return Ok(Some(*c));
            }
        }
        Ok(None)
    }

    fn is_catalog(&mut self, num: u32) -> Result<bool, PdfError> {
        match self.object(num) {
            Ok(Obj::Dict(d)) => Ok(d.name(b"Type").is_none_or(|t| t == b"Catalog")),
            Ok(_) | Err(PdfError::Read(_) | PdfError::Unpacked { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }
}
