//! Cross-reference data (ISO 32000-1, 7.5.4–7.5.8): tables and cross-reference streams,
//! chained through `/Prev` (incremental updates) and `/XRefStm` (hybrid files), read without
//! building a table of every object: a table entry is read from its fixed 20-byte place when
//! asked for, a stream's rows are looked up in its decoded data.

use std::collections::HashSet;

use super::doc::Doc;
use super::source::window;
use super::syntax::{Dict, Obj};
use super::{MAX_SECTIONS, MAX_STREAM, MAX_SUBSECTIONS};
use crate::PdfError;

/// Where an object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    /// Not in use (or not in the document).
    Free,
    Offset(u64),
    /// In object stream `.0` at index `.1`.
    InStream(u32, u32),
}

/// One cross-reference section, newest first in [`Xref::sections`].
enum Section {
    /// Subsections of a table: first object number, count, position of the first entry.
    Table(Vec<(u32, u32, u64)>),
    Stream {
        widths: [usize; 3],
        /// First object number, count, index of the first row.
        index: Vec<(u32, u32, usize)>,
        rows: Vec<u8>,
    },
}

#[derive(Default)]
pub(crate) struct Xref {
    sections: Vec<Section>,
    /// The newest trailer (or cross-reference stream dictionary).
    pub trailer: Dict,
}

fn damaged(what: impl Into<String>) -> PdfError {
    PdfError::Read(what.into())
}

impl Doc<'_> {
    /// Reads the cross-reference chain from the last `startxref`; an error means the data is
    /// unusable (and the caller recovers by scanning).
    pub fn load_xref(&mut self) -> Result<(), PdfError> {
        // `startxref` within the last 64 KiB: junk after %%EOF is tolerated.
        let tail_len = self.len.min(64 * 1024);
        let tail = window(self.src, self.len - tail_len, tail_len as usize)?;
        let at =
            memchr::memmem::rfind(&tail, b"startxref").ok_or_else(|| damaged("no startxref"))?;
        let pos = self.len - tail_len + (at + b"startxref".len()) as u64;
        let mut next = self
            .parse_at(pos, |p| p.unsigned())?
            .ok_or_else(|| damaged("startxref without an offset"))?;
        let mut seen = HashSet::new();
        let mut first = true;
        loop {
            if !seen.insert(next) {
                break; // a /Prev loop
            }
            if self.xref.sections.len() >= MAX_SECTIONS {
                return Err(damaged("too many cross-reference sections"));
            }
            let trailer = self.section(next)?;
            if let Some(Obj::Int(stm)) = trailer.get(b"XRefStm") {
                // A hybrid file: the stream completes the table it follows.
                if let Ok(stm) = u64::try_from(*stm) {
                    if seen.insert(stm) {
                        self.section(stm)?;
                    }
                }
            }
            let prev = trailer.get(b"Prev").cloned();
            if first {
                self.xref.trailer = trailer;
                first = false;
            }
            match prev {
                Some(Obj::Int(p)) if p >= 0 => next = p as u64,
                _ => break,
            }
        }
        Ok(())
    }

    /// The section at `pos` (a table or a stream), added to the list; returns its trailer.
    fn section(&mut self, pos: u64) -> Result<Dict, PdfError> {
        let is_table = self.parse_at(pos, |p| p.keyword(b"xref"))?;
        if is_table {
            self.table(pos)
        } else {
            self.xref_stream(pos)
        }
    }

    fn table(&mut self, pos: u64) -> Result<Dict, PdfError> {
        let mut subs = Vec::new();
        let mut at = self.parse_at(pos, |p| {
            p.keyword(b"xref")?;
            Ok(p.pos)
        })? as u64
            + pos;
        loop {
            // `first count` then the entries, or `trailer`.
            let next = self.parse_at(at, |p| {
                if p.keyword(b"trailer")? {
                    p.skip_space();
                    return Ok(Err(p.pos));
                }
                let first = p.unsigned()?;
                let count = p.unsigned()?;
                // The entries start after the end of line.
                while let Some(c) = p.peek_byte() {
                    if c == b' ' || c == b'\r' || c == b'\n' {
                        p.pos += 1;
                    } else {
                        break;
                    }
                }
                Ok(Ok((first, count, p.pos)))
            })?;
            match next {
                Err(trailer_at) => {
                    let at = at + trailer_at as u64;
                    let trailer = self.parse_at(at, |p| {
                        p.skip_space();
                        match p.object(0)? {
                            Obj::Dict(d) => Ok(Some(d)),
                            _ => Ok(None),
                        }
                    })?;
                    let trailer =
                        trailer.ok_or_else(|| damaged("the trailer is not a dictionary"))?;
                    subs.sort_by_key(|(first, _, _)| *first);
                    self.xref.sections.push(Section::Table(subs));
                    return Ok(trailer);
                }
                Ok((Some(first), Some(count), entries)) => {
                    let (Ok(first), Ok(count)) = (u32::try_from(first), u32::try_from(count))
                    else {
                        return Err(damaged("cross-reference subsection out of range"));
                    };
                    if subs.len() >= MAX_SUBSECTIONS {
                        return Err(damaged("too many cross-reference subsections"));
                    }
                    let start = at + entries as u64;
                    // Entries are 20 bytes each: the first is checked here, the place after
                    // the last by the next round (a subsection or the trailer).
                    if count > 0 && entry(&window(self.src, start, 20)?).is_none() {
                        return Err(damaged("cross-reference entries are not 20 bytes each"));
                    }
                    subs.push((first, count, start));
                    at = start + u64::from(count) * 20;
                    if at > self.len {
                        return Err(damaged("the cross-reference table runs past the end"));
                    }
                }
                Ok(_) => return Err(damaged("a damaged cross-reference table")),
            }
        }
    }

    fn xref_stream(&mut self, pos: u64) -> Result<Dict, PdfError> {
        let Some((_, Obj::Stream(s))) = self.object_at(pos)? else {
            return Err(damaged("no cross-reference data at startxref"));
        };
        if s.dict.name(b"Type") != Some(b"XRef") {
            return Err(damaged("no cross-reference stream at startxref"));
        }
        let widths: Vec<usize> = match s.dict.get(b"W") {
            Some(Obj::Array(a)) if a.len() == 3 => a
                .iter()
                .map(|o| match o {
                    Obj::Int(n) if (0..=8).contains(n) => Ok(*n as usize),
                    _ => Err(damaged("cross-reference stream /W out of range")),
                })
                .collect::<Result<_, _>>()?,
            _ => return Err(damaged("cross-reference stream without /W")),
        };
        let widths = [widths[0], widths[1], widths[2]];
        let size = s.dict.int(b"Size").unwrap_or(0);
        let pairs: Vec<i64> = match s.dict.get(b"Index") {
            Some(Obj::Array(a)) => a
                .iter()
                .map(|o| match o {
                    Obj::Int(n) => *n,
                    _ => -1,
                })
                .collect(),
            _ => vec![0, size],
        };
        if pairs.len() / 2 > MAX_SUBSECTIONS {
            return Err(damaged("too many cross-reference subsections"));
        }
        let rows = self.stream_data(&s, MAX_STREAM, "the cross-reference stream")?;
        let mut index = Vec::new();
        let mut row = 0usize;
        for pair in pairs.chunks_exact(2) {
            let (Ok(first), Ok(count)) = (u32::try_from(pair[0]), u32::try_from(pair[1])) else {
                return Err(damaged("cross-reference stream /Index out of range"));
            };
            index.push((first, count, row));
            row = row.saturating_add(count as usize);
        }
        index.sort_by_key(|(first, _, _)| *first);
        self.xref.sections.push(Section::Stream {
            widths,
            index,
            rows,
        });
        Ok(s.dict)
    }

    /// Where object `num` is, by the newest section that lists it.
    pub fn xref_entry(&mut self, num: u32) -> Result<Entry, PdfError> {
        for i in 0..self.xref.sections.len() {
            let found = match &self.xref.sections[i] {
                Section::Table(subs) => {
                    let at = containing(subs, num)
                        .map(|&(first, _, start)| start + u64::from(num - first) * 20);
                    match at {
                        Some(at) => entry(&window(self.src, at, 20)?),
                        None => None,
                    }
                }
                Section::Stream {
                    widths,
                    index,
                    rows,
                } => stream_entry(num, widths, index, rows),
            };
            if let Some(e) = found {
                return Ok(e);
            }
        }
        Ok(Entry::Free)
    }
}

/// Object `num`'s row in a cross-reference stream, if it has one.
fn stream_entry(
    num: u32,
    widths: &[usize; 3],
    index: &[(u32, u32, usize)],
    rows: &[u8],
) -> Option<Entry> {
    let &(first, _, row) = containing(index, num)?;
    let width: usize = widths.iter().sum();
    let at = row
        .checked_add((num - first) as usize)?
        .checked_mul(width)?;
    let bytes = rows.get(at..at.checked_add(width)?)?;
    let field = |i: usize, default: u64| -> u64 {
        if widths[i] == 0 {
            return default;
        }
        let from: usize = widths[..i].iter().sum();
        bytes[from..from + widths[i]]
            .iter()
            .fold(0u64, |v, b| v << 8 | u64::from(*b))
    };
    Some(match field(0, 1) {
        0 => Entry::Free,
        1 => Entry::Offset(field(1, 0)),
        2 => Entry::InStream(
            u32::try_from(field(1, 0)).unwrap_or(u32::MAX),
            u32::try_from(field(2, 0)).unwrap_or(u32::MAX),
        ),
        // Other types are null objects (ISO 32000-1, table 18).
        _ => Entry::Free,
    })
}

/// The subsection (first number, count, position) that holds `num`, by binary search over
/// subsections sorted by their first number (of overlapping ones, the last that starts at or
/// before `num`).
fn containing<T>(subs: &[(u32, u32, T)], num: u32) -> Option<&(u32, u32, T)> {
    let i = subs.partition_point(|(first, _, _)| *first <= num);
    let sub = subs.get(i.checked_sub(1)?)?;
    (num - sub.0 < sub.1).then_some(sub)
}

/// A 20-byte table entry `oooooooooo ggggg n\r\n`.
fn entry(e: &[u8]) -> Option<Entry> {
    let e = e.get(..18)?;
    let digits = |s: &[u8]| {
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0u64, |v, d| v * 10 + u64::from(d - b'0')))
    };
    let offset = digits(&e[..10])?;
    digits(&e[11..16])?;
    if e[10] != b' ' || e[16] != b' ' {
        return None;
    }
    match e[17] {
        b'n' => Some(Entry::Offset(offset)),
        b'f' => Some(Entry::Free),
        _ => None,
    }
}
