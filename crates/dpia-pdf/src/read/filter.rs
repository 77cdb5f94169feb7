//! Stream filters (ISO 32000-1, 7.4): FlateDecode with PNG and TIFF predictors,
//! ASCIIHexDecode, ASCII85Decode and RunLengthDecode, each stage's output capped, so a
//! decompression bomb stops at the cap instead of filling memory.

use std::io::Read;

use super::syntax::{Dict, Obj};
use crate::PdfError;

/// One filter of a stream with its parameters.
pub(crate) struct Filter {
    pub name: Vec<u8>,
    pub params: Option<Dict>,
}

/// `data` decoded by `filters` in order; no stage may give more than `cap` bytes.
pub(crate) fn decode(
    mut data: Vec<u8>,
    filters: &[Filter],
    cap: usize,
) -> Result<Vec<u8>, PdfError> {
    for f in filters {
        data = match f.name.as_slice() {
            b"FlateDecode" | b"Fl" => {
                let raw = inflate(&data, cap)?;
                predict(raw, f.params.as_ref(), cap)?
            }
            b"ASCIIHexDecode" | b"AHx" => hex(&data),
            b"ASCII85Decode" | b"A85" => ascii85(&data)?,
            b"RunLengthDecode" | b"RL" => run_length(&data, cap)?,
            other => {
                return Err(PdfError::Read(format!(
                    "stream filter /{} is not supported",
                    String::from_utf8_lossy(other)
                )))
            }
        };
        if data.len() > cap {
            return Err(too_large(cap));
        }
    }
    Ok(data)
}

fn too_large(cap: usize) -> PdfError {
    PdfError::Unpacked {
        max: cap as u64,
        what: "a stream".into(),
    }
}

/// zlib data (or raw deflate data, which some writers put in PDFs), at most `cap` bytes out.
/// Data after a damaged or missing end is kept, as PDF readers do.
fn inflate(data: &[u8], cap: usize) -> Result<Vec<u8>, PdfError> {
    let zlib = data.len() >= 2
        && data[0] & 0x0F == 8
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0;
    let mut out = Vec::new();
    let limit = cap as u64 + 1;
    let result = if zlib {
        flate2::read::ZlibDecoder::new(data)
            .take(limit)
            .read_to_end(&mut out)
    } else {
        flate2::read::DeflateDecoder::new(data)
            .take(limit)
            .read_to_end(&mut out)
    };
    if out.len() > cap {
        return Err(too_large(cap));
    }
    match result {
        Ok(_) => Ok(out),
        Err(_) if !out.is_empty() => Ok(out),
        Err(e) => Err(PdfError::Read(format!("compressed stream: {e}"))),
    }
}

fn param(params: Option<&Dict>, key: &[u8], default: i64) -> i64 {
    params.and_then(|p| p.int(key)).unwrap_or(default)
}

/// Undoes a PNG (10–15) or TIFF (2) predictor.
fn predict(data: Vec<u8>, params: Option<&Dict>, cap: usize) -> Result<Vec<u8>, PdfError> {
    let predictor = param(params, b"Predictor", 1);
    if predictor < 2 {
        return Ok(data);
    }
    let colors = param(params, b"Colors", 1);
    let bits = param(params, b"BitsPerComponent", 8);
    let columns = param(params, b"Columns", 1);
    let bad = || PdfError::Read("stream predictor parameters out of range".into());
    if !(1..=32).contains(&colors)
        || ![1, 2, 4, 8, 16].contains(&bits)
        || !(1..=1 << 20).contains(&columns)
    {
        return Err(bad());
    }
    let bits_per_pixel = (colors * bits) as usize;
    let bpp = bits_per_pixel.div_ceil(8);
    let row = (columns as usize * bits_per_pixel).div_ceil(8);
    if predictor == 2 {
        if bits != 8 {
            return Err(PdfError::Read(
                "TIFF predictor with other than 8 bits is not supported".into(),
            ));
        }
        let mut out = data;
        for line in out.chunks_mut(row) {
            for i in bpp..line.len() {
                line[i] = line[i].wrapping_add(line[i - bpp]);
            }
        }
        return Ok(out);
    }
    let mut out = Vec::with_capacity(data.len().min(cap));
    let mut prev = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let (&kind, line) = chunk.split_first().ok_or_else(bad)?;
        let mut cur = line.to_vec();
        cur.resize(row, 0);
        for i in 0..row {
            let a = if i >= bpp { cur[i - bpp] } else { 0 };
            let b = prev[i];
            let c = if i >= bpp { prev[i - bpp] } else { 0 };
            let add = match kind {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                _ => return Err(PdfError::Read("unknown PNG predictor in a stream".into())),
            };
            cur[i] = cur[i].wrapping_add(add);
        }
        out.extend_from_slice(&cur[..line.len().min(row)]);
        if out.len() > cap {
            return Err(too_large(cap));
        }
        prev = cur;
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn hex(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut half: Option<u8> = None;
    for &c in data {
        let v = match c {
            b'>' => break,
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => continue,
        };
        match half.take() {
            Some(h) => out.push(h << 4 | v),
            None => half = Some(v),
        }
    }
    if let Some(h) = half {
        out.push(h << 4);
    }
    out
}

fn ascii85(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    // Four bytes out per five in: never larger than the input.
    let mut out = Vec::with_capacity(data.len());
    let mut group = [0u32; 5];
    let mut n = 0;
    let data = data.strip_prefix(b"<~").unwrap_or(data);
    for &c in data {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = u32::from(c - b'!');
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u64, |v, d| v * 85 + u64::from(*d));
                    let v = u32::try_from(v)
                        .map_err(|_| PdfError::Read("ASCII85 group out of range".into()))?;
                    out.extend_from_slice(&v.to_be_bytes());
                    n = 0;
                }
            }
            c if super::syntax::is_space(c) => {}
            _ => return Err(PdfError::Read("character outside ASCII85".into())),
        }
    }
    if n > 1 {
        for g in group.iter_mut().skip(n) {
            *g = 84;
        }
        let v = group.iter().fold(0u64, |v, d| v * 85 + u64::from(*d));
        let bytes = (v as u32).to_be_bytes();
        out.extend_from_slice(&bytes[..n - 1]);
    }
    Ok(out)
}

fn run_length(data: &[u8], cap: usize) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&len) = data.get(i) {
        i += 1;
        match len {
            128 => break,
            0..=127 => {
                let end = (i + usize::from(len) + 1).min(data.len());
                out.extend_from_slice(&data[i..end]);
                i = end;
            }
            _ => {
                if let Some(&b) = data.get(i) {
                    out.resize(out.len() + 257 - usize::from(len), b);
                }
                i += 1;
            }
        }
        if out.len() > cap {
            return Err(too_large(cap));
        }
    }
    Ok(out)
}

/// The filters of a stream dictionary whose `/Filter` and `/DecodeParms` are already
/// resolved: a name or an array of names, parameters a dictionary or an array of them.
pub(crate) fn filters(filter: &Obj, params: &Obj) -> Result<Vec<Filter>, PdfError> {
    let names: Vec<Vec<u8>> = match filter {
        Obj::Null => return Ok(Vec::new()),
        Obj::Name(n) => vec![n.clone()],
        Obj::Array(a) => a
            .iter()
            .map(|o| match o {
                Obj::Name(n) => Ok(n.clone()),
                _ => Err(PdfError::Read("a stream filter is not a name".into())),
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(PdfError::Read("a stream filter is not a name".into())),
    };
    if names.len() > 8 {
        return Err(PdfError::Read("a stream has more than 8 filters".into()));
    }
    let params: Vec<Option<Dict>> = match params {
        Obj::Dict(d) => vec![Some(d.clone())],
        Obj::Array(a) => a
            .iter()
            .map(|o| match o {
                Obj::Dict(d) => Some(d.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(names
        .into_iter()
        .enumerate()
        .map(|(i, name)| Filter {
            name,
            params: params.get(i).cloned().flatten(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn flate(data: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    fn named(name: &str) -> Filter {
        Filter {
            name: name.as_bytes().to_vec(),
            params: None,
        }
    }

    #[test]
    fn filters_decode() {
        let text = b"Hello, hello, hello!".to_vec();
        assert_eq!(
            decode(flate(&text), &[named("FlateDecode")], 100).unwrap(),
            text
        );
        assert_eq!(
            decode(b"48 65 6c6C6f>".to_vec(), &[named("AHx")], 100).unwrap(),
            b"Hello"
        );
        assert_eq!(
            decode(b"<~87cURDZ~>".to_vec(), &[named("A85")], 100).unwrap(),
            b"Hello"
        );
        assert_eq!(
            decode(vec![1, b'a', b'b', 254, b'c', 128], &[named("RL")], 100).unwrap(),
            b"abccc"
        );
        let twice = flate(&flate(&text));
        assert_eq!(
            decode(twice, &[named("FlateDecode"), named("FlateDecode")], 100).unwrap(),
            text
        );
        assert!(decode(vec![1], &[named("LZWDecode")], 100).is_err());
    }

    #[test]
    fn caps_hold() {
        let zeros = flate(&vec![0; 10_000]);
        let err = decode(zeros, &[named("FlateDecode")], 9_999).unwrap_err();
        assert!(
            matches!(err, PdfError::Unpacked { max: 9_999, .. }),
            "{err}"
        );
        let err = decode(vec![129, 0, 129, 0], &[named("RL")], 100).unwrap_err();
        assert!(matches!(err, PdfError::Unpacked { .. }), "{err}");
    }

    #[test]
    fn png_up_predictor() {
        // Two rows of three bytes, the second stored as the difference to the first.
        let rows = [0u8, 1, 2, 3, 2, 1, 1, 1];
        let params = Dict(vec![
            (b"Predictor".to_vec(), Obj::Int(12)),
            (b"Columns".to_vec(), Obj::Int(3)),
        ]);
        let f = Filter {
            name: b"FlateDecode".to_vec(),
            params: Some(params),
        };
        assert_eq!(decode(flate(&rows), &[f], 100).unwrap(), [1, 2, 3, 2, 3, 4]);
    }
}
