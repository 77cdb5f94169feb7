//! Streams whose data ends with a carriage return.
//!
//! krilla writes a stream's data followed by LF and `endstream`. When the data's last byte is
//! a CR, the file reads "…CR LF endstream", and validators (veraPDF, `page_validation`) take
//! CR LF as the end-of-line marker, count one byte less than `/Length` and fail PDF/A-3
//! 6.1.7.1. A zlib stream's last byte belongs to the checksum of its uncompressed data, so
//! this happens to about one stream in 256. [`settle`] inserts a CR before such a stream's LF:
//! the data, still `/Length` bytes, is then followed by a CR LF end-of-line, which every
//! reading agrees on. The cross-reference table's offsets after each insertion and
//! `startxref` are moved along; nothing else in the file refers to byte positions.

use crate::PdfError;

const END: &[u8] = b"\r\nendstream";

/// `pdf` with every stream that ends with a CR followed by CR LF (unchanged if there is none).
pub(crate) fn settle(pdf: Vec<u8>) -> Result<Vec<u8>, PdfError> {
    // Where a CR is inserted: before the LF of each "CR LF endstream".
    let at: Vec<usize> = pdf
        .iter()
        .enumerate()
        .filter(|(i, b)| **b == b'\r' && pdf[*i..].starts_with(END))
        .map(|(i, _)| i + 1)
        .collect();
    if at.is_empty() {
        return Ok(pdf);
    }
    let bad = |what: &str| PdfError::Write(format!("cannot place a stream's end-of-line: {what}"));
    let xref = find_xref(&pdf).ok_or_else(|| bad("no cross-reference table"))?;
    let entries =
        xref_entries(&pdf, xref).ok_or_else(|| bad("unexpected cross-reference table"))?;
    // Each insertion must be the end of a stream's data: `/Length` bytes after `stream\n`.
    let mut starts: Vec<usize> = entries.iter().map(|(_, off)| *off).collect();
    starts.sort_unstable();
    for k in &at {
        let obj = starts[..starts.partition_point(|s| s < k)]
            .last()
            .ok_or_else(|| bad("no object before it"))?;
        if stream_data_end(&pdf, *obj) != Some(*k) || *k >= xref {
            return Err(bad("\"endstream\" inside a stream's data"));
        }
    }
    let shift = |off: usize| off + at.partition_point(|k| *k <= off);
    let mut out = Vec::with_capacity(pdf.len() + at.len() + 4);
    let mut from = 0;
    for k in &at {
        out.extend_from_slice(&pdf[from..*k]);
        out.push(b'\r');
        from = *k;
    }
    let tail = pdf[xref..]
        .windows(10)
        .rposition(|w| w == b"startxref\n")
        .map(|p| xref + p)
        .ok_or_else(|| bad("no startxref"))?;
    out.extend_from_slice(&pdf[from..tail]);
    for (field, off) in entries {
        let at = shift(field);
        out[at..at + 10].copy_from_slice(format!("{:010}", shift(off)).as_bytes());
    }
    out.extend_from_slice(format!("startxref\n{}\n%%EOF", shift(xref)).as_bytes());
    Ok(out)
}

/// The offset of the `xref` table that `startxref` names.
fn find_xref(pdf: &[u8]) -> Option<usize> {
    let p = pdf.windows(10).rposition(|w| w == b"startxref\n")? + 10;
    let digits: &[u8] = &pdf[p..];
    let end = digits.iter().position(|b| !b.is_ascii_digit())?;
    let at: usize = std::str::from_utf8(&digits[..end]).ok()?.parse().ok()?;
    pdf.get(at..)?.starts_with(b"xref\n").then_some(at)
}

/// The in-use entries of the table at `xref`: (where its 10-digit offset field is, the offset).
fn xref_entries(pdf: &[u8], xref: usize) -> Option<Vec<(usize, usize)>> {
    let mut p = xref + 5;
    let mut out = Vec::new();
    while !pdf.get(p..)?.starts_with(b"trailer") {
        // A subsection: "first count\n", then `count` entries of 20 bytes.
        let nl = p + pdf[p..].iter().position(|b| *b == b'\n')?;
        let head = std::str::from_utf8(&pdf[p..nl]).ok()?;
        let count: usize = head.split_whitespace().nth(1)?.parse().ok()?;
        p = nl + 1;
        for _ in 0..count {
            let e = pdf.get(p..p + 20)?;
            if e[17] == b'n' {
                out.push((p, std::str::from_utf8(&e[..10]).ok()?.parse().ok()?));
            }
            p += 20;
        }
    }
    Some(out)
}

/// Where the data of the stream object at `obj` ends (exclusive), from its `/Length`.
fn stream_data_end(pdf: &[u8], obj: usize) -> Option<usize> {
    let rest = pdf.get(obj..)?;
    let kw = rest.windows(7).position(|w| w == b"stream\n")?;
    let dict = std::str::from_utf8(&rest[..kw]).ok()?;
    let len = dict.split("/Length").nth(1)?;
    let len: usize = len
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    Some(obj + kw + 7 + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF with a page whose content stream is `content` and another stream `other`.
    fn pdf(content: &[u8], other: &[u8]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offs = Vec::new();
        let stream = |body: &[u8]| {
            let mut s = format!("<</Length {}>>\nstream\n", body.len()).into_bytes();
            s.extend_from_slice(body);
            s.extend_from_slice(b"\nendstream");
            s
        };
        let objects: [Vec<u8>; 5] = [
            b"<</Type/Catalog/Pages 2 0 R>>".to_vec(),
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>".to_vec(),
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/Contents 4 0 R>>".to_vec(),
            stream(content),
            stream(other),
        ];
        for (i, body) in objects.iter().enumerate() {
            offs.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n");
        }
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 6\n0000000000 65535 f\r\n");
        for o in &offs {
            pdf.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes());
        }
        pdf.extend_from_slice(b"trailer\n<</Size 6/Root 1 0 R>>\n");
        pdf.extend_from_slice(format!("startxref\n{xref}\n%%EOF").as_bytes());
        pdf
    }

    /// Every in-use entry points at its object, and the streams read back as written.
    fn check(pdf: &[u8], content: &[u8], other: &[u8]) {
        let xref = find_xref(pdf).unwrap();
        for (n, (_, off)) in xref_entries(pdf, xref).unwrap().iter().enumerate() {
            assert!(pdf[*off..].starts_with(format!("{} 0 obj", n + 1).as_bytes()));
        }
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let data = |id| {
            doc.get_object((id, 0))
                .unwrap()
                .as_stream()
                .unwrap()
                .content
                .clone()
        };
        assert_eq!(data(4), content);
        assert_eq!(data(5), other);
        // No stream's data is followed by a lone LF after a CR any more.
        assert!(!pdf
            .windows(END.len() + 1)
            .any(|w| w[0] != b'\r' && w[1..] == *END));
    }

    #[test]
    fn streams_ending_with_cr_get_a_crlf_and_the_offsets_follow() {
        let plain = pdf(b"0 0 m", b"data");
        assert_eq!(settle(plain.clone()).unwrap(), plain);
        for (content, other) in [
            (&b"0 0 m\r"[..], &b"data"[..]),
            (b"0 0 m", b"data\r"),
            (b"0 0 m\r", b"da\rta\r"),
        ] {
            let fixed = settle(pdf(content, other)).unwrap();
            assert!(fixed.len() > pdf(content, other).len());
            check(&fixed, content, other);
        }
    }

    #[test]
    fn endstream_inside_data_is_refused_not_patched() {
        let bad = pdf(b"x\r\nendstream y", b"data");
        assert!(settle(bad).is_err());
    }
}
