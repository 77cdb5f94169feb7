//! PDF object syntax (ISO 32000-1, 7.2–7.3): numbers, strings, names, arrays, dictionaries
//! and references, parsed from a window of bytes with limits on nesting, on the elements of
//! one object and on the elements parsed in all (the reader's work), so that no input makes
//! the parser recurse, allocate or loop without bound.

use super::{Work, MAX_DEPTH, MAX_OBJECT_ELEMENTS};
use crate::PdfError;

/// A direct object, or a stream (only as the value of an indirect object).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Obj {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    Stream(Box<Stream>),
}

/// A dictionary, in the order written (a key written twice: the first counts).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Dict(pub Vec<(Vec<u8>, Obj)>);

/// A stream: its dictionary and where its (still encoded) data starts in the file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stream {
    pub dict: Dict,
    pub start: u64,
}

impl Dict {
    pub fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn name(&self, key: &[u8]) -> Option<&[u8]> {
        match self.get(key) {
            Some(Obj::Name(n)) => Some(n),
            _ => None,
        }
    }

    pub fn int(&self, key: &[u8]) -> Option<i64> {
        match self.get(key) {
            Some(Obj::Int(i)) => Some(*i),
            _ => None,
        }
    }
}

/// Why parsing stopped early: the window ended before the object did (read a larger one), or
/// the input is wrong or over a limit.
#[derive(Debug)]
pub(crate) enum Stop {
    More,
    Fail(PdfError),
}

impl From<PdfError> for Stop {
    fn from(e: PdfError) -> Self {
        Stop::Fail(e)
    }
}

pub(crate) type Parsed<T> = Result<T, Stop>;

fn damaged(what: &str) -> Stop {
    Stop::Fail(PdfError::Read(what.into()))
}

pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, 0 | 9 | 10 | 12 | 13 | 32)
}

pub(crate) fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(c: u8) -> bool {
    !is_space(c) && !is_delimiter(c)
}

/// A parser over `buf`, which is the whole data when `complete`, else a window of it (running
/// off its end gives [`Stop::More`]).
pub(crate) struct Parser<'a> {
    buf: &'a [u8],
    pub pos: usize,
    complete: bool,
    work: &'a mut Work,
    elements: usize,
}

impl<'a> Parser<'a> {
    pub fn new(buf: &'a [u8], complete: bool, work: &'a mut Work) -> Self {
        Parser {
            buf,
            pos: 0,
            complete,
            work,
            elements: 0,
        }
    }

    fn end(&self) -> Stop {
        if self.complete {
            damaged("unexpected end of data")
        } else {
            Stop::More
        }
    }

    /// The next byte, if the window has one.
    pub fn peek_byte(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    fn peek(&self) -> Parsed<u8> {
        self.buf.get(self.pos).copied().ok_or_else(|| self.end())
    }

    /// Skips white space and comments.
    pub fn skip_space(&mut self) {
        while let Some(&c) = self.buf.get(self.pos) {
            if is_space(c) {
                self.pos += 1;
            } else if c == b'%' {
                while let Some(&c) = self.buf.get(self.pos) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next keyword (a run of regular characters), without consuming it.
    pub fn peek_keyword(&mut self) -> Parsed<&'a [u8]> {
        self.skip_space();
        let start = self.pos;
        let mut end = start;
        while let Some(&c) = self.buf.get(end) {
            if !is_regular(c) {
                break;
            }
            end += 1;
        }
        if end == self.buf.len() && !self.complete {
            return Err(Stop::More);
        }
        Ok(&self.buf[start..end])
    }

    /// Consumes `word` if it is the next keyword.
    pub fn keyword(&mut self, word: &[u8]) -> Parsed<bool> {
        let k = self.peek_keyword()?;
        if k == word {
            self.pos += k.len();
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// A non-negative whole number written as digits only (object numbers, offsets).
    pub fn unsigned(&mut self) -> Parsed<Option<u64>> {
        self.skip_space();
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(&c) = self.buf.get(self.pos) {
            if !c.is_ascii_digit() {
                break;
            }
            value = value.saturating_mul(10).saturating_add(u64::from(c - b'0'));
            self.pos += 1;
        }
        if self.pos == self.buf.len() && !self.complete {
            return Err(Stop::More);
        }
        let ends_well = self.buf.get(self.pos).is_none_or(|&c| !is_regular(c));
        if self.pos == start || !ends_well {
            self.pos = start;
            return Ok(None);
        }
        Ok(Some(value))
    }

    /// One object, with nesting counted from `depth`.
    pub fn object(&mut self, depth: usize) -> Parsed<Obj> {
        self.work.parse_one()?;
        self.elements += 1;
        if self.elements > MAX_OBJECT_ELEMENTS {
            return Err(Stop::Fail(PdfError::TooManyObjects {
                max: MAX_OBJECT_ELEMENTS as u64,
                what: "elements in one object".into(),
            }));
        }
        self.skip_space();
        match self.peek()? {
            b'/' => Ok(Obj::Name(self.name()?)),
            b'(' => Ok(Obj::Str(self.literal()?)),
            b'<' => {
                if self.buf.get(self.pos + 1) == Some(&b'<') {
                    self.dict(depth).map(Obj::Dict)
                } else if self.pos + 1 == self.buf.len() && !self.complete {
                    Err(Stop::More)
                } else {
                    Ok(Obj::Str(self.hex()?))
                }
            }
            b'[' => self.array(depth),
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            c if is_regular(c) => {
                let k = self.peek_keyword()?;
                let o = match k {
                    b"true" => Obj::Bool(true),
                    b"false" => Obj::Bool(false),
                    b"null" => Obj::Null,
                    _ => return Err(damaged("unexpected keyword in an object")),
                };
                self.pos += k.len();
                Ok(o)
            }
            _ => Err(damaged("unexpected delimiter in an object")),
        }
    }

    fn deeper(depth: usize) -> Parsed<usize> {
        if depth >= MAX_DEPTH {
            return Err(Stop::Fail(PdfError::TooDeep {
                max: MAX_DEPTH as u64,
                what: "arrays and dictionaries".into(),
            }));
        }
        Ok(depth + 1)
    }

    /// A dictionary: `<<` (not yet consumed) keys and values `>>`.
    pub fn dict(&mut self, depth: usize) -> Parsed<Dict> {
        let inner = Self::deeper(depth)?;
        self.pos += 2;
        let mut d = Vec::new();
        loop {
            self.skip_space();
            match self.peek()? {
                b'>' => {
                    if self.buf.get(self.pos + 1).is_none() && !self.complete {
                        return Err(Stop::More);
                    }
                    if self.buf.get(self.pos + 1) != Some(&b'>') {
                        return Err(damaged("a dictionary ends with a single >"));
                    }
                    self.pos += 2;
                    return Ok(Dict(d));
                }
                b'/' => {
                    let key = self.name()?;
                    self.skip_space();
                    // A key without a value (`/Key >>`) is read as null, as other readers do.
                    if self.peek()? == b'>' {
                        d.push((key, Obj::Null));
                        continue;
                    }
                    let value = self.object(inner)?;
                    d.push((key, value));
                }
                _ => return Err(damaged("a dictionary key is not a name")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<Obj> {
        let inner = Self::deeper(depth)?;
        self.pos += 1;
        let mut a = Vec::new();
        loop {
            self.skip_space();
            if self.peek()? == b']' {
                self.pos += 1;
                return Ok(Obj::Array(a));
            }
            a.push(self.object(inner)?);
        }
    }

    fn name(&mut self) -> Parsed<Vec<u8>> {
        self.pos += 1;
        let mut n = Vec::new();
        while let Some(&c) = self.buf.get(self.pos) {
            if !is_regular(c) {
                break;
            }
            if c == b'#' {
                let hex = self.buf.get(self.pos + 1..self.pos + 3);
                if let Some(v) = hex
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    n.push(v);
                    self.pos += 3;
                    continue;
                }
            }
            n.push(c);
            self.pos += 1;
        }
        if self.pos == self.buf.len() && !self.complete {
            return Err(Stop::More);
        }
        Ok(n)
    }

    fn literal(&mut self) -> Parsed<Vec<u8>> {
        self.pos += 1;
        let mut s = Vec::new();
        let mut open = 1usize;
        loop {
            let c = self.peek()?;
            self.pos += 1;
            match c {
                b'(' => {
                    open += 1;
                    s.push(c);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(s);
                    }
                    s.push(c);
                }
                b'\\' => {
                    let e = self.peek()?;
                    self.pos += 1;
                    match e {
                        b'n' => s.push(b'\n'),
                        b'r' => s.push(b'\r'),
                        b't' => s.push(b'\t'),
                        b'b' => s.push(8),
                        b'f' => s.push(12),
                        b'\r' => {
                            if self.peek()? == b'\n' {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek()? {
                                    d @ b'0'..=b'7' => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            s.push(v as u8);
                        }
                        other => s.push(other),
                    }
                }
                b'\r' => {
                    // An end of line in a string is read as a line feed.
                    if self.peek()? == b'\n' {
                        self.pos += 1;
                    }
                    s.push(b'\n');
                }
                _ => s.push(c),
            }
        }
    }

    fn hex(&mut self) -> Parsed<Vec<u8>> {
        self.pos += 1;
        let mut s = Vec::new();
        let mut half: Option<u8> = None;
        loop {
            let c = self.peek()?;
            self.pos += 1;
            let v = match c {
                b'>' => break,
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                c if is_space(c) => continue,
                _ => {
                    return Err(damaged(
                        "a hexadecimal string has a character that is not hex",
                    ))
                }
            };
            match half.take() {
                Some(h) => s.push(h << 4 | v),
                None => half = Some(v),
            }
        }
        if let Some(h) = half {
            s.push(h << 4);
        }
        Ok(s)
    }

    /// A number; a non-negative integer followed by another and `R` is a reference.
    fn number(&mut self) -> Parsed<Obj> {
        let start = self.pos;
        let mut end = start;
        while let Some(&c) = self.buf.get(end) {
            if !(c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.')) {
                break;
            }
            end += 1;
        }
        if end == self.buf.len() && !self.complete {
            return Err(Stop::More);
        }
        let text = &self.buf[start..end];
        self.pos = end;
        let digits = text.iter().all(u8::is_ascii_digit);
        if digits {
            let value = text.iter().fold(0i64, |v, d| {
                v.saturating_mul(10).saturating_add(i64::from(d - b'0'))
            });
            let after = self.pos;
            if let Some(gen) = self.unsigned()? {
                if gen <= u64::from(u16::MAX) && self.keyword(b"R")? {
                    return Ok(match u32::try_from(value) {
                        Ok(n) => Obj::Ref(n),
                        Err(_) => Obj::Null,
                    });
                }
            }
            self.pos = after;
            return Ok(Obj::Int(value));
        }
        // Signs (several are tolerated, as other readers do), digits and one point.
        let negative = text
            .iter()
            .take_while(|c| matches!(c, b'+' | b'-'))
            .filter(|c| **c == b'-')
            .count()
            % 2
            == 1;
        let body: Vec<u8> = text
            .iter()
            .copied()
            .skip_while(|c| matches!(c, b'+' | b'-'))
            .filter(|c| *c != b'+' && *c != b'-')
            .collect();
        let body = std::str::from_utf8(&body).unwrap_or("");
        let sign = if negative { -1.0 } else { 1.0 };
        if body.contains('.') {
            let mut parts = body.splitn(2, '.');
            let whole = parts.next().unwrap_or("");
            let frac = parts.next().unwrap_or("").replace('.', "");
            let v: f64 = format!("0{whole}.{frac}0").parse().unwrap_or(0.0);
            Ok(Obj::Real(sign * v))
        } else {
            let v = body.bytes().fold(0i64, |v, d| {
                v.saturating_mul(10).saturating_add(i64::from(d - b'0'))
            });
            Ok(Obj::Int(if negative { -v } else { v }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &[u8]) -> Result<Obj, PdfError> {
        let mut w = Work::default();
        let mut p = Parser::new(text, true, &mut w);
        p.object(0).map_err(|e| match e {
            Stop::Fail(e) => e,
            Stop::More => PdfError::Read("more".into()),
        })
    }

    #[test]
    fn objects() {
        assert_eq!(parse(b"  42 ").unwrap(), Obj::Int(42));
        assert_eq!(parse(b"-3.5").unwrap(), Obj::Real(-3.5));
        assert_eq!(parse(b".5").unwrap(), Obj::Real(0.5));
        assert_eq!(parse(b"12 0 R").unwrap(), Obj::Ref(12));
        assert_eq!(parse(b"/a#2Fb").unwrap(), Obj::Name(b"a/b".to_vec()));
        assert_eq!(
            parse(b"(a\\(b\\) (c)\\101\\\nd)").unwrap(),
            Obj::Str(b"a(b) (c)Ad".to_vec())
        );
        assert_eq!(parse(b"<41 42 4>").unwrap(), Obj::Str(b"AB@".to_vec()));
        assert_eq!(
            parse(b"[1 2 0 R /x<<>>]").unwrap(),
            Obj::Array(vec![
                Obj::Int(1),
                Obj::Ref(2),
                Obj::Name(b"x".to_vec()),
                Obj::Dict(Dict::default())
            ])
        );
        let Obj::Dict(d) = parse(b"<</Type/Catalog % comment\n /N 3 /E >>").unwrap() else {
            panic!()
        };
        assert_eq!(d.name(b"Type"), Some(&b"Catalog"[..]));
        assert_eq!(d.int(b"N"), Some(3));
        assert_eq!(d.get(b"E"), Some(&Obj::Null));
    }

    #[test]
    fn windows_ask_for_more() {
        for text in [&b"[1 2"[..], b"<< /A", b"12 0", b"(abc", b"/Nam"] {
            let mut w = Work::default();
            let mut p = Parser::new(text, false, &mut w);
            assert!(matches!(p.object(0), Err(Stop::More)), "{text:?}");
        }
    }

    #[test]
    fn nesting_and_size_are_limited() {
        let deep = [b"[".repeat(100_000), b"]".repeat(100_000)].concat();
        assert!(matches!(parse(&deep), Err(PdfError::TooDeep { .. })));
        let wide = [
            b"[".to_vec(),
            b"0 ".repeat(MAX_OBJECT_ELEMENTS + 1),
            b"]".to_vec(),
        ]
        .concat();
        assert!(matches!(parse(&wide), Err(PdfError::TooManyObjects { .. })));
        let ok = [b"[".repeat(MAX_DEPTH), b"]".repeat(MAX_DEPTH)].concat();
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn garbage_is_an_error() {
        for text in [&b")"[..], b"<< 1 2 >>", b"<zz>", b"endobj", b"<< /A 1 >"] {
            assert!(matches!(parse(text), Err(PdfError::Read(_))), "{text:?}");
        }
    }
}
