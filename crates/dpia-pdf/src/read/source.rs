//! Where a PDF's bytes come from: anything that reads and seeks (a file, or bytes in memory
//! through a `Cursor`), read one window at a time so that a large file is never held whole.

use std::io::{Read, Seek, SeekFrom};

use crate::PdfError;

/// Random access to the PDF's bytes.
pub(crate) trait Source {
    /// Reads up to `buf.len()` bytes at `pos`; fewer only at the end of the data.
    fn read_at(&mut self, pos: u64, buf: &mut [u8]) -> std::io::Result<usize>;
    /// The length of the data.
    fn size(&mut self) -> std::io::Result<u64>;
}

impl<R: Read + Seek> Source for R {
    fn read_at(&mut self, pos: u64, buf: &mut [u8]) -> std::io::Result<usize> {
        self.seek(SeekFrom::Start(pos))?;
        let mut done = 0;
        while done < buf.len() {
            match self.read(&mut buf[done..]) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }

    fn size(&mut self) -> std::io::Result<u64> {
        self.seek(SeekFrom::End(0))
    }
}

/// `len` bytes at `pos` (fewer at the end of the data).
pub(crate) fn window(src: &mut dyn Source, pos: u64, len: usize) -> Result<Vec<u8>, PdfError> {
    let mut buf = vec![0; len];
    let n = src
        .read_at(pos, &mut buf)
        .map_err(|e| PdfError::Read(format!("reading at byte {pos}: {e}")))?;
    buf.truncate(n);
    Ok(buf)
}
