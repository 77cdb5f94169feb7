//! The PDF reader on PDFs built by hand: associated files (PDF/A-3 style, `/AF` only, in an
//! object stream behind a cross-reference stream with a PNG predictor), incremental updates,
//! loops, annotations, our own PDFs with wrong offsets or junk after `%%EOF` (checked against
//! poppler's `pdfdetach`, from `poppler-utils`), each limit's own error, and mutations that must
//! never panic.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::process::Command;

use dpia_pdf::{find_attachment, read_attachments, EmbeddedFile, PdfError};

const JSON: &[u8] = b"{\"format\": \"dpia-helper/assessment\", \"version\": 2}";

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// A PDF written by hand, section by section (each section an incremental update of the one
/// before).
struct Pdf {
    out: Vec<u8>,
    /// Offsets of the objects written since the last cross-reference section.
    fresh: BTreeMap<u32, usize>,
    last_xref: Option<usize>,
}

impl Pdf {
    fn new() -> Self {
        Pdf {
            out: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(),
            fresh: BTreeMap::new(),
            last_xref: None,
        }
    }

    fn obj(&mut self, n: u32, body: &str) -> &mut Self {
        self.raw(n, body.as_bytes())
    }

    fn raw(&mut self, n: u32, body: &[u8]) -> &mut Self {
        self.fresh.insert(n, self.out.len());
        self.out
            .extend_from_slice(format!("{n} 0 obj\n").as_bytes());
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
        self
    }

    fn stream(&mut self, n: u32, dict: &str, data: &[u8]) -> &mut Self {
        let mut body = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        self.raw(n, &body)
    }

    /// An object stream `n` holding `objects` (number, body).
    fn objstm(&mut self, n: u32, objects: &[(u32, &str)]) -> &mut Self {
        let mut head = String::new();
        let mut body = String::new();
        for (num, text) in objects {
            head.push_str(&format!("{num} {} ", body.len()));
            body.push_str(text);
            body.push('\n');
        }
        let data = zlib(format!("{head}\n{body}").as_bytes());
        let dict = format!(
            "/Type /ObjStm /N {} /First {} /Filter /FlateDecode",
            objects.len(),
            head.len() + 1
        );
        self.stream(n, &dict, &data)
    }

    /// A cross-reference table for the objects written since the last section.
    fn table(&mut self, trailer: &str) -> &mut Self {
        let at = self.out.len();
        let mut t = String::from("xref\n0 1\n0000000000 65535 f \n");
        for (n, off) in std::mem::take(&mut self.fresh) {
            t.push_str(&format!("{n} 1\n{off:010} 00000 n \n"));
        }
        let prev = self
            .last_xref
            .map(|p| format!(" /Prev {p}"))
            .unwrap_or_default();
        t.push_str(&format!(
            "trailer\n<< {trailer}{prev} >>\nstartxref\n{at}\n%%EOF\n"
        ));
        self.out.extend_from_slice(t.as_bytes());
        self.last_xref = Some(at);
        self
    }

    /// A cross-reference stream `n` (PNG Up predictor, as pdfTeX and others write them) for
    /// the objects written since the last section and `packed` (number, object stream, index).
    fn xref_stream(&mut self, n: u32, trailer: &str, packed: &[(u32, u32, u16)]) -> &mut Self {
        let at = self.out.len();
        self.fresh.insert(n, at);
        let mut rows: BTreeMap<u32, [u8; 7]> = BTreeMap::new();
        for (&num, &off) in &self.fresh {
            let o = (off as u32).to_be_bytes();
            rows.insert(num, [1, o[0], o[1], o[2], o[3], 0, 0]);
        }
        for &(num, stm, idx) in packed {
            let s = stm.to_be_bytes();
            let i = idx.to_be_bytes();
            rows.insert(num, [2, s[0], s[1], s[2], s[3], i[0], i[1]]);
        }
        self.fresh.clear();
        let mut index = String::new();
        let mut data = Vec::new();
        let mut prev = [0u8; 7];
        for (num, row) in &rows {
            index.push_str(&format!("{num} 1 "));
            data.push(2); // PNG Up
            data.extend(row.iter().zip(prev).map(|(b, p)| b.wrapping_sub(p)));
            prev = *row;
        }
        let prev_xref = self
            .last_xref
            .map(|p| format!(" /Prev {p}"))
            .unwrap_or_default();
        let size = rows.keys().max().unwrap() + 1;
        let dict = format!(
            "/Type /XRef /Size {size} /W [1 4 2] /Index [{index}] /Filter /FlateDecode \
             /DecodeParms << /Predictor 12 /Columns 7 >> {trailer}{prev_xref}"
        );
        self.stream(n, &dict, &zlib(&data));
        self.out
            .extend_from_slice(format!("startxref\n{at}\n%%EOF\n").as_bytes());
        self.last_xref = Some(at);
        self
    }

    fn bytes(&self) -> Vec<u8> {
        self.out.clone()
    }
}

fn ours(pdf: &[u8]) -> Result<Option<EmbeddedFile>, PdfError> {
    find_attachment(Cursor::new(pdf), |n| n.ends_with(".dpia.json"))
}

fn data_of(pdf: &[u8]) -> Vec<u8> {
    ours(pdf).unwrap().expect("the exchange file is found").data
}

/// A PDF/A-3-style associated file: listed only in the catalog's `/AF` with
/// `/AFRelationship /Alternative`, its file specification and the catalog in an object stream,
/// a cross-reference stream with a predictor, no name tree.
#[test]
fn an_associated_file_pdf_a3_style_is_found() {
    let mut p = Pdf::new();
    p.stream(
        6,
        "/Type /EmbeddedFile /Subtype /application#2Fjson/Filter /FlateDecode",
        &zlib(JSON),
    )
    .obj(7, "<< /Type /Metadata /Subtype /XML /Length 0 >>")
    .objstm(
        10,
        &[
            (1, "<< /Type /Catalog /Pages 2 0 R /AF 5 0 R /Metadata 7 0 R >>"),
            (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
            (
                4,
                "<< /Type /Filespec /F (invoice.dpia.json) /UF <FEFF0069006E0076006F006900630065002E0064007000690061002E006A0073006F006E> \
                 /AFRelationship /Alternative /Desc (the data) /EF << /F 6 0 R /UF 6 0 R >> >>",
            ),
            (5, "[4 0 R]"),
        ],
    )
    .xref_stream(11, "/Root 1 0 R", &[(1, 10, 0), (2, 10, 1), (3, 10, 2), (4, 10, 3), (5, 10, 4)]);
    let pdf = p.bytes();
    let found = ours(&pdf).unwrap().unwrap();
    assert_eq!(found.name, "invoice.dpia.json");
    assert_eq!(found.mime.as_deref(), Some("application/json"));
    assert_eq!(found.data, JSON);
    assert_eq!(read_attachments(&pdf).unwrap(), [found]);
    // (poppler's pdfdetach lists only the name tree and annotations, so it is not asked here.)
}

/// Today's writer (object streams, a cross-reference stream; the name tree and `/AF` both list
/// the file, which is read once), damaged in the ways other programs and transfers damage
/// files.
#[test]
fn our_own_pdfs_are_read_even_with_wrong_offsets_or_junk_after_the_end() {
    let doc = dpia_document_model::sample::stress("nl");
    let want = doc.meta.attachment.clone().unwrap().data;
    let good = dpia_pdf::render(&doc).unwrap();
    assert_eq!(data_of(&good), want);
    assert_eq!(read_attachments(&good).unwrap().len(), 1);

    // Every offset in the cross-reference stream 7 bytes off: found by scanning (poppler does
    // the same for a table, see below, but 22.12 gives up on a stream).
    let shifted = shift_offsets(&good, 7);
    assert_ne!(shifted, good);
    assert_eq!(data_of(&shifted), want);
    // 5 kB of junk after %%EOF, with and without a stray "startxref" in it.
    for junk in [
        vec![b'x'; 5 * 1024],
        [b"startxref\n12\n".repeat(10), vec![0xAB; 5000]].concat(),
    ] {
        let mut j = good.clone();
        j.extend_from_slice(&junk);
        assert_eq!(data_of(&j), want);
    }
    // No startxref at all (cut off after the cross-reference stream).
    let cut = memchr_rfind(&good, b"startxref");
    assert_eq!(data_of(&good[..cut]), want);
    // Junk before the header (offsets then all off).
    let prefixed = [b"garbage line\n".to_vec(), good.clone()].concat();
    assert_eq!(data_of(&prefixed), want);
}

/// The damaged PDFs of the hostile corpus (`tests/hostile/`, expected "ok") that poppler opens
/// (wrong offsets in a table, junk after `%%EOF`, a `/Prev` loop …) are read by us as well.
/// (Our own PDFs with wrong offsets are read above too.)
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn what_poppler_reads_in_the_hostile_corpus_we_read_too() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        if expected.trim() != "ok" {
            continue;
        }
        let list = pdfdetach_list(&path);
        assert!(
            list.contains("hospital.dpia.json"),
            "poppler: {path:?}: {list}"
        );
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(
            ours(&bytes).unwrap().unwrap().name,
            "hospital.dpia.json",
            "{path:?}"
        );
        checked += 1;
    }
    assert!(checked >= 5, "{checked}");
}

fn memchr_rfind(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len())
        .rposition(|w| w == needle)
        .unwrap()
}

/// Adds `by` to every in-use offset of the cross-reference table our writer (krilla) ends with
/// (`xref`, subsections of 20-byte entries `oooooooooo ggggg n`).
fn shift_offsets(pdf: &[u8], by: u32) -> Vec<u8> {
    let at = memchr_rfind(pdf, b"\nxref") + 1;
    let mut out = pdf.to_vec();
    let text = std::str::from_utf8(&pdf[at..])
        .unwrap_or_default()
        .to_string();
    let mut pos = at + "xref".len();
    let mut lines = text["xref".len()..].split_inclusive('\n');
    let mut shifted = 0;
    while let Some(line) = lines.next() {
        let start = pos;
        pos += line.len();
        let t = line.trim_end();
        if t.is_empty() {
            continue;
        }
        if t.starts_with("trailer") {
            break;
        }
        if t.len() >= 18 && t.ends_with(" n") {
            let off: u32 = t[..10].parse().unwrap();
            out[start..start + 10].copy_from_slice(format!("{:010}", off + by).as_bytes());
            shifted += 1;
        }
    }
    assert!(shifted > 10, "an xref table with in-use entries: {shifted}");
    out
}

fn pdfdetach_list(path: &std::path::Path) -> String {
    let out = Command::new("pdfdetach")
        .args(["-list", path.to_str().unwrap()])
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdfdetach ({e}): install poppler-utils"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn base() -> Pdf {
    let mut p = Pdf::new();
    p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    p
}

fn with_file(p: &mut Pdf, fs: u32, name: &str) {
    p.stream(fs + 1, "/Type /EmbeddedFile", JSON).obj(
        fs,
        &format!(
            "<< /Type /Filespec /F ({name}) /EF << /F {} 0 R >> >>",
            fs + 1
        ),
    );
}

/// Incremental updates: the newest catalog counts; an update that drops the file drops it.
#[test]
fn incremental_updates_are_read_newest_first() {
    let mut p = base();
    p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .table("/Size 4 /Root 1 0 R");
    assert_eq!(ours(&p.bytes()).unwrap(), None);
    with_file(&mut p, 5, "a.dpia.json");
    p.obj(
        1,
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.dpia.json) 5 0 R] >> >> >>",
    )
    .table("/Size 7 /Root 1 0 R");
    assert_eq!(data_of(&p.bytes()), JSON);
    p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .table("/Size 7 /Root 1 0 R");
    assert_eq!(ours(&p.bytes()).unwrap(), None);
    // The same chain with cross-reference streams.
    let mut p = base();
    p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .xref_stream(4, "/Root 1 0 R", &[]);
    with_file(&mut p, 5, "a.dpia.json");
    p.obj(1, "<< /Type /Catalog /Pages 2 0 R /AF [5 0 R] >>")
        .xref_stream(7, "/Root 1 0 R", &[]);
    assert_eq!(data_of(&p.bytes()), JSON);
}

/// A `/Prev` that points at itself, a name tree whose kid is its parent, a page tree that
/// lists itself: each is read once, and the file is found.
#[test]
fn loops_end() {
    let mut p = Pdf::new();
    with_file(&mut p, 5, "a.dpia.json");
    p.obj(
        1,
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 8 0 R >> >>",
    )
    .obj(2, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>")
    .obj(3, "<< /Type /Page /Parent 2 0 R >>")
    .obj(8, "<< /Kids [8 0 R 9 0 R] >>")
    .obj(9, "<< /Names [(x) 10 0 R] /Kids [8 0 R] >>")
    .obj(10, "<< /Type /Filespec /F (x.txt) >>");
    let at = p.out.len();
    p.table("/Size 11 /Root 1 0 R");
    // The trailer's /Prev: its own table.
    let mut pdf = p.bytes();
    let t = memchr_rfind(&pdf, b"/Root 1 0 R");
    pdf.splice(t..t, format!("/Prev {at} ").into_bytes());
    assert_eq!(ours(&pdf).unwrap(), None, "only x.txt, which is not ours");
    assert_eq!(read_attachments(&pdf).unwrap(), []);
    // With the file in the page's annotations it is found past the loops.
    let mut p = Pdf::new();
    with_file(&mut p, 5, "b.dpia.json");
    p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .obj(2, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>")
        .obj(
            3,
            "<< /Type /Page /Parent 2 0 R /Annots [8 0 R 9 0 R 8 0 R] >>",
        )
        .obj(8, "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>")
        .obj(
            9,
            "<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 1 1] /FS 5 0 R >>",
        )
        .table("/Size 10 /Root 1 0 R");
    let found = ours(&p.bytes()).unwrap().unwrap();
    assert_eq!(
        (found.name.as_str(), found.data.as_slice()),
        ("b.dpia.json", JSON)
    );
}

/// Each limit has its own error, whatever the file's size.
#[test]
fn every_limit_gives_its_own_error() {
    // An object stream claiming more objects than the reader reads.
    let mut p = Pdf::new();
    p.stream(
        10,
        &format!("/Type /ObjStm /N {} /First 4", dpia_pdf::MAX_OBJSTM + 1),
        b"1 0 << >>",
    )
    .xref_stream(11, "/Root 1 0 R", &[(1, 10, 0)]);
    let err = ours(&p.bytes()).unwrap_err();
    assert!(matches!(err, PdfError::TooManyObjects { .. }), "{err}");

    // Two object streams whose /Length each stands in the other: no endless recursion; the
    // lengths are found by searching for `endstream`, and the file is read.
    let mut p = Pdf::new();
    let stm = |objects: &[(u32, &str)]| {
        let (mut head, mut body) = (String::new(), String::new());
        for (num, text) in objects {
            head.push_str(&format!("{num} {} ", body.len()));
            body.push_str(text);
            body.push('\n');
        }
        (head.len() + 1, format!("{head}\n{body}"))
    };
    let (first10, data10) = stm(&[
        (1, "<< /Type /Catalog /AF [4 0 R] >>"),
        (13, "9"),
        (
            4,
            "<< /Type /Filespec /F (l.dpia.json) /EF << /F 6 0 R >> >>",
        ),
    ]);
    let (first11, data11) = stm(&[(12, "7")]);
    p.stream(6, "/Type /EmbeddedFile", JSON)
        .raw(
            10,
            format!("<< /Type /ObjStm /N 3 /First {first10} /Length 12 0 R >>\nstream\n{data10}\nendstream")
                .as_bytes(),
        )
        .raw(
            11,
            format!("<< /Type /ObjStm /N 1 /First {first11} /Length 13 0 R >>\nstream\n{data11}\nendstream")
                .as_bytes(),
        )
        .xref_stream(20, "/Root 1 0 R", &[(1, 10, 0), (13, 10, 1), (4, 10, 2), (12, 11, 0)]);
    assert_eq!(data_of(&p.bytes()), JSON);

    // A name tree deeper than the reader follows.
    let mut p = Pdf::new();
    p.obj(
        1,
        "<< /Type /Catalog /Names << /EmbeddedFiles 100 0 R >> >>",
    );
    for n in 100..200 {
        p.obj(n, &format!("<< /Kids [{} 0 R] >>", n + 1));
    }
    p.table("/Size 201 /Root 1 0 R");
    let err = ours(&p.bytes()).unwrap_err();
    assert!(matches!(err, PdfError::TooDeep { .. }), "{err}");

    // More attachment entries than the reader visits: not a question of size.
    let mut p = Pdf::new();
    with_file(&mut p, 5, "x.txt");
    let names: String = (0..=dpia_pdf::MAX_ENTRIES)
        .map(|i| format!("(f{i}) 5 0 R "))
        .collect();
    p.obj(
        1,
        &format!("<< /Type /Catalog /Names << /EmbeddedFiles << /Names [{names}] >> >> >>"),
    )
    .table("/Size 7 /Root 1 0 R");
    let err = ours(&p.bytes()).unwrap_err();
    assert_eq!(
        err,
        PdfError::TooManyAttachments {
            max: dpia_pdf::MAX_ENTRIES as u64
        }
    );

    // A file over the size limit is refused by its length, before anything is read.
    struct Huge(u64);
    impl std::io::Read for Huge {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            panic!("nothing is read")
        }
    }
    impl std::io::Seek for Huge {
        fn seek(&mut self, _: std::io::SeekFrom) -> std::io::Result<u64> {
            Ok(self.0)
        }
    }
    let err = find_attachment(Huge(dpia_pdf::MAX_PDF + 1), |_| true).unwrap_err();
    assert_eq!(
        err,
        PdfError::TooLarge {
            size: dpia_pdf::MAX_PDF + 1,
            max: dpia_pdf::MAX_PDF
        }
    );

    // A stream bomb in another program's attachment is not decoded when only ours is asked
    // for; asked for everything, it is "too large".
    let mut p = base();
    let bomb = zlib(&zlib(&vec![0u8; 80 << 20]));
    p.stream(
        6,
        "/Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode]",
        &bomb,
    )
    .obj(5, "<< /Type /Filespec /F (big.bin) /EF << /F 6 0 R >> >>")
    .obj(1, "<< /Type /Catalog /Pages 2 0 R /AF [5 0 R] >>")
    .table("/Size 7 /Root 1 0 R");
    assert_eq!(ours(&p.bytes()).unwrap(), None);
    let err = read_attachments(&p.bytes()).unwrap_err();
    assert!(
        matches!(&err, PdfError::Unpacked { max, what } if *max == dpia_pdf::MAX_STREAM as u64 && what.contains("big.bin")),
        "{err}"
    );
}

/// Flipped bytes and cuts of every fixture: an answer or an error, never a panic.
#[test]
fn mutations_never_panic() {
    let doc = dpia_document_model::sample::stress("en");
    let mut fixtures = vec![dpia_pdf::render(&doc).unwrap()];
    let mut p = Pdf::new();
    p.stream(6, "/Type /EmbeddedFile /Filter /FlateDecode", &zlib(JSON))
        .objstm(
            10,
            &[
                (1, "<< /Type /Catalog /AF [4 0 R] >>"),
                (
                    4,
                    "<< /Type /Filespec /F (a.dpia.json) /EF << /F 6 0 R >> >>",
                ),
            ],
        )
        .xref_stream(11, "/Root 1 0 R", &[(1, 10, 0), (4, 10, 1)]);
    fixtures.push(p.bytes());
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for good in &fixtures {
        for cut in (0..good.len()).step_by(good.len() / 60 + 1) {
            let _ = ours(&good[..cut]);
        }
        for round in 0..300 {
            let mut bad = good.clone();
            for _ in 0..(1 + round % 8) {
                let i = (rnd() as usize) % bad.len();
                bad[i] = match rnd() % 4 {
                    0 => b' ',
                    1 => b'9',
                    2 => b'<',
                    _ => rnd() as u8,
                };
            }
            let _ = ours(&bad);
            let _ = read_attachments(&bad);
        }
    }
}
