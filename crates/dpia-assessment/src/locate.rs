//! Finds where a field path (`services.reports.categories[2]`) stands in JSON text, so that an
//! error found after parsing can still name its line and column.

enum Seg {
    Key(String),
    Index(usize),
}

fn segments(path: &str) -> Option<Vec<Seg>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Seg::Key(key.to_string()));
        }
        let mut rest = rest;
        while let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Seg::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        }
    }
    Some(out)
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Reads a string starting at `"`; returns its raw content (escapes kept).
    fn string(&mut self) -> Option<&str> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i + 1;
        self.i += 1;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    let s = std::str::from_utf8(&self.b[start..self.i]).ok()?;
                    self.i += 1;
                    return Some(s);
                }
                _ => self.i += 1,
            }
        }
        None
    }

    fn skip_value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                while self.i < self.b.len() {
                    match self.b[self.i] {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
                None
            }
            _ => {
                while self.i < self.b.len() && !matches!(self.b[self.i], b',' | b'}' | b']') {
                    self.i += 1;
                }
                Some(())
            }
        }
    }

    /// Moves to the value at `segs`; returns the offset of the last segment (key or element).
    fn find(&mut self, segs: &[Seg]) -> Option<usize> {
        self.ws();
        let (first, rest) = segs.split_first()?;
        match (first, self.peek()?) {
            (Seg::Key(want), b'{') => {
                self.i += 1;
                loop {
                    self.ws();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let at = self.i;
                    let key = self.string()?.to_string();
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.i += 1;
                    if key == *want {
                        return if rest.is_empty() {
                            Some(at)
                        } else {
                            self.find(rest)
                        };
                    }
                    self.skip_value()?;
                    self.ws();
                    if self.peek()? == b',' {
                        self.i += 1;
                    }
                }
            }
            (Seg::Index(want), b'[') => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.ws();
                    if self.peek()? == b']' {
                        return None;
                    }
                    if n == *want {
                        return if rest.is_empty() {
                            Some(self.i)
                        } else {
                            self.find(rest)
                        };
                    }
                    self.skip_value()?;
                    self.ws();
                    if self.peek()? == b',' {
                        self.i += 1;
                    }
                    n += 1;
                }
            }
            _ => None,
        }
    }
}

/// The 1-based line and column of `path` in `text` (a map key's own position for the last key).
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let segs = segments(path)?;
    let offset = Scan {
        b: text.as_bytes(),
        i: 0,
    }
    .find(&segs)?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn finds_keys_and_elements() {
        let text = "{\n  \"a\": {\"b\": [1, {\"c\": \"x]\"}, 3]},\n  \"d\": 2\n}";
        assert_eq!(locate(text, "a"), Some((2, 3)));
        assert_eq!(locate(text, "d"), Some((3, 3)));
        assert_eq!(locate(text, "a.b[2]"), Some((2, 31)));
        assert_eq!(locate(text, "a.b[1].c"), Some((2, 19)));
        assert_eq!(locate(text, "a.z"), None);
        assert_eq!(locate("[", "a"), None);
        assert_eq!(locate("{\"a\": [1", "a[5]"), None);
    }
}
