//! Reading a zip package in bounded time and memory: the central directory is walked one entry
//! at a time and its entries are counted as they are read (a directory of millions of entries
//! stops at the limit, not after it is all in memory); only the entries asked for are kept;
//! a part is inflated a chunk at a time, every byte counted against a total.

use std::io::{BufReader, Read, Seek, SeekFrom};

use crate::DocxError;

/// Largest `.docx` accepted.
pub const MAX_DOCX: u64 = 256 << 20;
/// Entries in the central directory at most.
pub const MAX_ENTRIES: usize = 10_000;
/// Largest part read into memory (uncompressed).
pub const MAX_PART: u64 = 64 << 20;
/// Bytes inflated at most, over all parts read or searched.
pub const MAX_INFLATED: u64 = 256 << 20;

/// One entry of the central directory.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: u64,
    size: u64,
    local: u64,
}

/// An open package: where its data is, and the bytes inflated so far.
pub struct Zip<R> {
    r: R,
    len: u64,
    /// Bytes before the archive (a zip with something prepended): added to every offset.
    shift: u64,
    inflated: u64,
}

fn not_zip(what: impl Into<String>) -> DocxError {
    DocxError::NotDocx(what.into())
}

fn io(e: std::io::Error) -> DocxError {
    not_zip(e.to_string())
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

fn u64_at(b: &[u8], i: usize) -> u64 {
    u64::from(u32_at(b, i)) | u64::from(u32_at(b, i + 4)) << 32
}

impl<R: Read + Seek> Zip<R> {
    /// Opens the package and walks its central directory, keeping the entries whose name
    /// `keep` accepts.
    pub fn open(mut r: R, keep: impl Fn(&str) -> bool) -> Result<(Self, Vec<Entry>), DocxError> {
        let len = r.seek(SeekFrom::End(0)).map_err(io)?;
        if len > MAX_DOCX {
            return Err(DocxError::TooLarge {
                size: len,
                max: MAX_DOCX,
            });
        }
        let mut zip = Zip {
            r,
            len,
            shift: 0,
            inflated: 0,
        };
        let (count, cd_size, cd_offset, eocd) = zip.end_record()?;
        if count > MAX_ENTRIES as u64 {
            return Err(DocxError::TooManyEntries {
                max: MAX_ENTRIES as u64,
            });
        }
        // The directory is where the end record says, or (something prepended) right
        // before the end record.
        let start = if zip.signature_at(cd_offset)? == Some(0x0201_4B50) || cd_size == 0 {
            cd_offset
        } else {
            let before = eocd
                .checked_sub(cd_size)
                .ok_or_else(|| not_zip("the central directory is out of place"))?;
            if zip.signature_at(before)? != Some(0x0201_4B50) {
                return Err(not_zip("no central directory"));
            }
            zip.shift = before - cd_offset.min(before);
            before
        };
        let entries = zip.directory(start, cd_size, keep)?;
        Ok((zip, entries))
    }

    fn read_exact_at(&mut self, pos: u64, buf: &mut [u8]) -> Result<(), DocxError> {
        self.r.seek(SeekFrom::Start(pos)).map_err(io)?;
        self.r.read_exact(buf).map_err(io)
    }

    fn signature_at(&mut self, pos: u64) -> Result<Option<u32>, DocxError> {
        if pos.saturating_add(4) > self.len {
            return Ok(None);
        }
        let mut b = [0; 4];
        self.read_exact_at(pos, &mut b)?;
        Ok(Some(u32::from_le_bytes(b)))
    }

    /// The end of central directory record (zip64 if it says so): entry count, directory
    /// size, directory offset and where the record is.
    fn end_record(&mut self) -> Result<(u64, u64, u64, u64), DocxError> {
        let tail_len = self.len.min(65_535 + 22);
        let mut tail = vec![0; tail_len as usize];
        self.read_exact_at(self.len - tail_len, &mut tail)?;
        let at = (0..tail.len().saturating_sub(21))
            .rev()
            .find(|&i| tail[i..i + 4] == [0x50, 0x4B, 0x05, 0x06])
            .ok_or_else(|| not_zip("no end of central directory record"))?;
        let e = &tail[at..at + 22];
        let eocd = self.len - tail_len + at as u64;
        let (mut count, mut size, mut offset) = (
            u64::from(u16_at(e, 10)),
            u64::from(u32_at(e, 12)),
            u64::from(u32_at(e, 16)),
        );
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // Zip64: a locator right before the record points at the zip64 record.
            if let Some(loc) = eocd.checked_sub(20) {
                let mut l = [0; 20];
                self.read_exact_at(loc, &mut l)?;
                if u32_at(&l, 0) == 0x0706_4B50 {
                    let mut z = [0; 56];
                    let at = u64_at(&l, 8);
                    if at.saturating_add(56) <= self.len {
                        self.read_exact_at(at, &mut z)?;
                        if u32_at(&z, 0) == 0x0606_4B50 {
                            (count, size, offset) =
                                (u64_at(&z, 32), u64_at(&z, 40), u64_at(&z, 48));
                        }
                    }
                }
            }
        }
        Ok((count, size, offset, eocd))
    }

    /// Walks the directory, counting every entry as it is read.
    fn directory(
        &mut self,
        start: u64,
        size: u64,
        keep: impl Fn(&str) -> bool,
    ) -> Result<Vec<Entry>, DocxError> {
        if start.saturating_add(size) > self.len {
            return Err(not_zip("the central directory runs past the end"));
        }
        self.r.seek(SeekFrom::Start(start)).map_err(io)?;
        let mut dir = BufReader::new((&mut self.r).take(size));
        let mut kept = Vec::new();
        let mut count = 0usize;
        let mut fixed = [0u8; 46];
        loop {
            match dir.read_exact(&mut fixed[..4]) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(io(e)),
            }
            if u32_at(&fixed, 0) != 0x0201_4B50 {
                break; // the end of the directory (digital signature, zip64 record …)
            }
            count += 1;
            if count > MAX_ENTRIES {
                return Err(DocxError::TooManyEntries {
                    max: MAX_ENTRIES as u64,
                });
            }
            dir.read_exact(&mut fixed[4..]).map_err(io)?;
            let (name_len, extra_len, comment_len) = (
                usize::from(u16_at(&fixed, 28)),
                usize::from(u16_at(&fixed, 30)),
                usize::from(u16_at(&fixed, 32)),
            );
            let mut var = vec![0; name_len + extra_len + comment_len];
            dir.read_exact(&mut var).map_err(io)?;
            let name = String::from_utf8_lossy(&var[..name_len]).into_owned();
            if !keep(&name) {
                continue;
            }
            let mut e = Entry {
                name,
                method: u16_at(&fixed, 10),
                flags: u16_at(&fixed, 8),
                crc: u32_at(&fixed, 16),
                compressed: u64::from(u32_at(&fixed, 20)),
                size: u64::from(u32_at(&fixed, 24)),
                local: u64::from(u32_at(&fixed, 42)),
            };
            zip64_extra(&mut e, &var[name_len..name_len + extra_len]);
            kept.push(e);
        }
        Ok(kept)
    }

    /// A reader over the entry's uncompressed bytes.
    fn part(&mut self, e: &Entry) -> Result<Box<dyn Read + '_>, DocxError> {
        if e.flags & 1 != 0 {
            return Err(part_error(&e.name, "the part is encrypted"));
        }
        let local = e.local.saturating_add(self.shift);
        let mut h = [0u8; 30];
        if local.saturating_add(30) > self.len {
            return Err(part_error(&e.name, "its local header is past the end"));
        }
        self.read_exact_at(local, &mut h)?;
        if u32_at(&h, 0) != 0x0403_4B50 {
            return Err(part_error(
                &e.name,
                "no local header where the directory says",
            ));
        }
        let data = local + 30 + u64::from(u16_at(&h, 26)) + u64::from(u16_at(&h, 28));
        if data.saturating_add(e.compressed) > self.len {
            return Err(part_error(&e.name, "its data runs past the end"));
        }
        self.r.seek(SeekFrom::Start(data)).map_err(io)?;
        let raw = (&mut self.r).take(e.compressed);
        Ok(match e.method {
            0 => Box::new(raw),
            8 => Box::new(flate2::read::DeflateDecoder::new(raw)),
            m => {
                return Err(part_error(
                    &e.name,
                    format!("compression method {m} is not supported"),
                ))
            }
        })
    }

    fn count(&mut self, n: usize) -> Result<(), DocxError> {
        self.inflated += n as u64;
        if self.inflated > MAX_INFLATED {
            return Err(DocxError::Unpacked {
                max: MAX_INFLATED,
                what: "all parts together".into(),
            });
        }
        Ok(())
    }

    /// Whether the entry's uncompressed bytes contain `needle`, read a chunk at a time
    /// (nothing but the last chunk is kept).
    pub fn contains(&mut self, e: &Entry, needle: &[u8]) -> Result<bool, DocxError> {
        let mut buf = vec![0u8; 64 * 1024 + needle.len()];
        let (before, name) = (self.inflated, e.name.clone());
        let mut total = 0u64;
        let mut found = false;
        {
            let mut part = self.part(e)?;
            let mut kept = 0usize;
            while before + total <= MAX_INFLATED {
                let n = part
                    .read(&mut buf[kept..])
                    .map_err(|err| part_error(&name, err.to_string()))?;
                if n == 0 {
                    break;
                }
                total += n as u64;
                let end = kept + n;
                if memchr::memmem::find(&buf[..end], needle).is_some() {
                    found = true;
                    break;
                }
                // Keep the last bytes: the needle may straddle two chunks.
                kept = (needle.len() - 1).min(end);
                buf.copy_within(end - kept..end, 0);
            }
        }
        self.count(total as usize)?;
        Ok(found)
    }

    /// The entry's uncompressed bytes (at most [`MAX_PART`]), checked against its CRC.
    pub fn read(&mut self, e: &Entry) -> Result<Vec<u8>, DocxError> {
        let name = e.name.clone();
        let mut data = Vec::new();
        self.part(e)?
            .take(MAX_PART + 1)
            .read_to_end(&mut data)
            .map_err(|err| part_error(&name, err.to_string()))?;
        if data.len() as u64 > MAX_PART {
            return Err(DocxError::Unpacked {
                max: MAX_PART,
                what: format!("part {name}"),
            });
        }
        self.count(data.len())?;
        let mut crc = flate2::Crc::new();
        crc.update(&data);
        if crc.sum() != e.crc || data.len() as u64 != e.size {
            return Err(part_error(
                &name,
                "its checksum or size does not match (damaged)",
            ));
        }
        Ok(data)
    }
}

fn part_error(part: &str, reason: impl Into<String>) -> DocxError {
    DocxError::Package {
        part: part.into(),
        reason: reason.into(),
    }
}

/// Sizes and offset from the zip64 extra field, where the directory entry says 0xFFFFFFFF.
fn zip64_extra(e: &mut Entry, mut extra: &[u8]) {
    while extra.len() >= 4 {
        let (id, len) = (u16_at(extra, 0), usize::from(u16_at(extra, 2)));
        let Some(body) = extra.get(4..4 + len) else {
            return;
        };
        if id == 1 {
            let mut fields = body.chunks_exact(8).map(|c| u64_at(c, 0));
            for v in [&mut e.size, &mut e.compressed, &mut e.local] {
                if *v == 0xFFFF_FFFF {
                    match fields.next() {
                        Some(x) => *v = x,
                        None => return,
                    }
                }
            }
            return;
        }
        extra = &extra[4 + len..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// A zip of `parts` written by the zip crate (deflated, or stored).
    fn zip(parts: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let method = if stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        for (name, data) in parts {
            let o = zip::write::SimpleFileOptions::default().compression_method(method);
            z.start_file(*name, o).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    type Opened<'a> = (Zip<Cursor<&'a [u8]>>, Vec<Entry>);

    fn all(bytes: &[u8]) -> Result<Opened<'_>, DocxError> {
        Zip::open(Cursor::new(bytes), |_| true)
    }

    #[test]
    fn parts_are_read_stored_or_deflated_and_with_something_prepended() {
        for stored in [false, true] {
            let bytes = zip(&[("a.xml", b"<a/>"), ("b.bin", b"xyz")], stored);
            let (mut z, entries) = all(&bytes).unwrap();
            assert_eq!(entries.len(), 2);
            assert_eq!(z.read(&entries[0]).unwrap(), b"<a/>");
            assert!(z.contains(&entries[1], b"yz").unwrap());
            assert!(!z.contains(&entries[1], b"zz").unwrap());
            // A self-extractor's stub before the archive: offsets are found again.
            let prefixed = [b"#!/bin/sh\nexit 0\n".to_vec(), bytes.clone()].concat();
            let (mut z, entries) = all(&prefixed).unwrap();
            assert_eq!(z.read(&entries[1]).unwrap(), b"xyz");
        }
        let (_, kept) = Zip::open(
            Cursor::new(zip(&[("a.xml", b""), ("b.bin", b"")], false)),
            |n| n.ends_with(".xml"),
        )
        .unwrap();
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn a_damaged_part_is_an_error() {
        let bytes = zip(&[("a.xml", b"<a>hello</a>")], true);
        let at = bytes.windows(5).position(|w| w == b"hello").unwrap();
        let mut bad = bytes.clone();
        bad[at] = b'j';
        let (mut z, entries) = all(&bad).unwrap();
        let err = z.read(&entries[0]).unwrap_err();
        assert!(err.to_string().contains("checksum"), "{err}");
        assert!(all(b"PK\x03\x04 no directory").is_err());
    }

    /// Entries are counted as the directory is read: a directory that holds more entries than
    /// its end record says stops at the limit all the same.
    #[test]
    fn entries_are_counted_while_the_directory_is_read() {
        let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("{i}.xml")).collect();
        let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        let bytes = zip(&parts, true);
        let err = all(&bytes).map(|_| ()).unwrap_err();
        assert!(matches!(err, DocxError::TooManyEntries { max } if max == MAX_ENTRIES as u64));
        // The end record claims 5 entries: the walk still counts what is there.
        let mut lying = bytes.clone();
        let eocd = lying.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
        lying[eocd + 8..eocd + 12].copy_from_slice(&[5, 0, 5, 0]);
        let err = all(&lying).map(|_| ()).unwrap_err();
        assert!(matches!(err, DocxError::TooManyEntries { .. }), "{err}");
        // Just under the limit is read.
        let bytes = zip(&parts[..MAX_ENTRIES], true);
        assert_eq!(all(&bytes).unwrap().1.len(), MAX_ENTRIES);
    }

    #[test]
    fn zip64_extra_fields_are_read() {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().large_file(true);
        z.start_file("customXml/item1.xml", o).unwrap();
        z.write_all(b"<x/>").unwrap();
        let bytes = z.finish().unwrap().into_inner();
        let (mut z, entries) = all(&bytes).unwrap();
        assert_eq!(z.read(&entries[0]).unwrap(), b"<x/>");
    }

    #[test]
    fn a_bomb_stops_at_the_caps() {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().compression_level(Some(9));
        z.start_file("customXml/item1.xml", o).unwrap();
        let chunk = vec![b'A'; 1 << 20];
        for _ in 0..(MAX_PART >> 20) + 1 {
            z.write_all(&chunk).unwrap();
        }
        let bytes = z.finish().unwrap().into_inner();
        let (mut z, entries) = all(&bytes).unwrap();
        let err = z.read(&entries[0]).unwrap_err();
        assert!(
            matches!(err, DocxError::Unpacked { max, .. } if max == MAX_PART),
            "{err}"
        );
    }
}
