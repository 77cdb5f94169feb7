//! Writes laid-out pages as a tagged PDF 1.7, object by object.
//!
//! The file is written directly (no PDF library in between): content streams from the display
//! list with marked content for the structure tree, two subset DejaVu fonts (Type 0 /
//! CIDFontType2 with one code per character, so every character — even one the font lacks —
//! extracts as itself), link annotations, outline, document information and XMP metadata, an
//! embedded file, and a deterministic trailer /ID. Object numbers follow a fixed order, so the
//! same document always gives the same bytes.

use std::collections::{BTreeSet, HashMap};

use chrono::Datelike;
use dpia_document_model::{Attachment, Document};

use crate::layout::{HeadingMark, Item, Page, PAGE_H, PAGE_W};
use crate::structure::{Kid, Mark, Role, Scope, Tree};
use crate::text::{Face, Rgb, Typesetter};
use crate::PdfError;

/// zlib level for every stream. Measured on the maximal starter (51 pages): level 2 (zlib's
/// "fast" strategy) makes files 7 % larger than level 6 (190 KB instead of 177 KB) and
/// renders with 14 % fewer instructions; compression was a third of the render time.
const LEVEL: u32 = 2;

const PRODUCER: &str = "DPIA Helper (dpia-pdf)";
const CREATOR: &str = "DPIA Helper";

/// Appends numbers and hex codes to a byte buffer without `fmt` (the writer's hot path).
trait Bytes {
    fn s(&mut self, s: &str) -> &mut Self;
    /// `v` rounded to `decimals` (≤ 3) places, trailing zeros dropped.
    fn num(&mut self, v: f32, decimals: u32) -> &mut Self;
    fn int(&mut self, v: i64) -> &mut Self;
}

impl Bytes for Vec<u8> {
    fn s(&mut self, s: &str) -> &mut Self {
        self.extend_from_slice(s.as_bytes());
        self
    }
    fn num(&mut self, v: f32, decimals: u32) -> &mut Self {
        let scale = 10i64.pow(decimals);
        let n = (f64::from(v) * scale as f64).round() as i64;
        if n < 0 {
            self.push(b'-');
        }
        let n = n.unsigned_abs();
        let (int, mut frac) = (n / scale as u64, n % scale as u64);
        self.int(int as i64);
        if frac != 0 {
            self.push(b'.');
            let mut digits = decimals;
            while frac % 10 == 0 {
                frac /= 10;
                digits -= 1;
            }
            let mut buf = [b'0'; 3];
            for i in (0..digits as usize).rev() {
                buf[i] = b'0' + (frac % 10) as u8;
                frac /= 10;
            }
            self.extend_from_slice(&buf[..digits as usize]);
        }
        self
    }
    fn int(&mut self, v: i64) -> &mut Self {
        if v < 0 {
            self.push(b'-');
        }
        let mut n = v.unsigned_abs();
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.extend_from_slice(&buf[i..]);
        self
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// A PDF text string: a literal when printable ASCII, else UTF-16BE with a byte-order mark.
pub(crate) fn text_string(s: &str) -> String {
    let s = dpia_document_model::clean::clean(s);
    if s.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('(');
        for c in s.chars() {
            if matches!(c, '(' | ')' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push(')');
        out
    } else {
        let mut out = String::with_capacity(4 * s.len() + 6);
        out.push_str("<FEFF");
        for u in s.encode_utf16() {
            for shift in [12, 8, 4, 0] {
                out.push(HEX[((u >> shift) & 0xF) as usize] as char);
            }
        }
        out.push('>');
        out
    }
}

/// A PDF name (without the slash): regular characters as they are, others as `#xx`.
fn name(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'+') {
            out.push(b as char);
        } else {
            out.push('#');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}

/// One zlib compressor for all streams of a file: setting one up costs more than compressing
/// a page's content, so it is reset rather than made anew.
struct Deflater(flate2::Compress);

impl Deflater {
    fn new() -> Deflater {
        Deflater(flate2::Compress::new(flate2::Compression::new(LEVEL), true))
    }
    fn deflate(&mut self, data: &[u8]) -> Vec<u8> {
        let c = &mut self.0;
        c.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 128);
        loop {
            let done = c.total_in() as usize;
            let status = c
                .compress_vec(&data[done..], &mut out, flate2::FlushCompress::Finish)
                .expect("zlib compression of a memory buffer");
            if status == flate2::Status::StreamEnd {
                return out;
            }
            out.reserve(out.capacity().max(1024));
        }
    }
}

/// Where an object is: at a byte offset, or the `index`-th object of object stream `stream`.
#[derive(Clone, Copy)]
enum Loc {
    Free,
    At(usize),
    InStream { stream: u32, index: u16 },
}

/// The file being written: bytes, where every object is, and the small objects waiting to be
/// packed into compressed object streams (most of a tagged PDF is small dictionaries).
struct Out {
    buf: Vec<u8>,
    locs: Vec<Loc>,
    pending: Vec<(u32, String)>,
    z: Deflater,
}

/// Objects per object stream.
const PER_OBJSTM: usize = 200;

impl Out {
    fn alloc(&mut self) -> u32 {
        self.locs.push(Loc::Free);
        self.locs.len() as u32
    }
    fn begin(&mut self, id: u32) {
        self.locs[id as usize - 1] = Loc::At(self.buf.len());
        self.buf.int(i64::from(id)).s(" 0 obj\n");
    }
    /// A dictionary or array object (packed into an object stream later).
    fn obj(&mut self, id: u32, body: &str) {
        self.pending.push((id, body.to_string()));
        if self.pending.len() >= PER_OBJSTM {
            self.flush_objects();
        }
    }
    /// Writes the pending objects as one compressed object stream.
    fn flush_objects(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let stream = self.alloc();
        let mut head = Vec::new();
        let mut body = Vec::new();
        for (index, (id, obj)) in pending.iter().enumerate() {
            head.int(i64::from(*id))
                .s(" ")
                .int(body.len() as i64)
                .s(" ");
            body.s(obj).s("\n");
            self.locs[*id as usize - 1] = Loc::InStream {
                stream,
                index: index as u16,
            };
        }
        head.push(b'\n');
        let first = head.len();
        head.extend_from_slice(&body);
        let dict = format!(" /Type /ObjStm /N {} /First {first}", pending.len());
        self.stream(stream, &dict, &head, true);
    }
    /// A stream object; `dict` holds the entries other than /Length and /Filter.
    fn stream(&mut self, id: u32, dict: &str, data: &[u8], compress: bool) {
        let packed;
        let (data, filter) = if compress {
            packed = self.z.deflate(data);
            (&packed[..], " /Filter /FlateDecode")
        } else {
            (data, "")
        };
        self.begin(id);
        self.buf.s("<<").s(dict).s(filter).s(" /Length ");
        self.buf.int(data.len() as i64).s(" >>\nstream\n");
        self.buf.extend_from_slice(data);
        self.buf.s("\nendstream\nendobj\n");
    }
    /// The cross-reference stream (which also carries the trailer) and the file's end.
    fn finish(mut self, trailer: &str) -> Vec<u8> {
        self.flush_objects();
        let xref = self.alloc();
        let at = self.buf.len();
        self.locs[xref as usize - 1] = Loc::At(at);
        let mut rows = Vec::with_capacity(7 * (self.locs.len() + 1));
        rows.extend_from_slice(&[0, 0, 0, 0, 0, 0xFF, 0xFF]);
        for loc in &self.locs {
            let (t, a, b) = match *loc {
                Loc::Free => (0u8, 0u32, 0u16),
                Loc::At(off) => (1, off as u32, 0),
                Loc::InStream { stream, index } => (2, stream, index),
            };
            rows.push(t);
            rows.extend_from_slice(&a.to_be_bytes());
            rows.extend_from_slice(&b.to_be_bytes());
        }
        let size = self.locs.len() + 1;
        let dict = format!(" /Type /XRef /Size {size} /W [1 4 2] {trailer}");
        self.stream(xref, &dict, &rows, true);
        self.buf.s("startxref\n").int(at as i64).s("\n%%EOF\n");
        self.buf
    }
}

/// The characters a face shows, their codes (1, 2, … in character order; 0 is .notdef) and
/// the subset font they map to. Up to 255 characters a face takes one byte per character in
/// the content streams (an embedded one-byte CMap), more take two (Identity-H).
struct FontUse {
    face: Face,
    chars: Vec<char>,
    /// Code of each BMP character (0: unused).
    bmp: Vec<u16>,
    astral: HashMap<char, u16>,
    one_byte: bool,
}

impl FontUse {
    fn new(face: Face, chars: Vec<char>) -> FontUse {
        let mut bmp = vec![0u16; 0x10000];
        let mut astral = HashMap::new();
        for (i, c) in chars.iter().enumerate() {
            let code = (i + 1) as u16;
            if (*c as u32) < 0x10000 {
                bmp[*c as usize] = code;
            } else {
                astral.insert(*c, code);
            }
        }
        let one_byte = chars.len() < 256;
        FontUse {
            face,
            chars,
            bmp,
            astral,
            one_byte,
        }
    }
    /// Appends `text` as a literal string of codes.
    fn encode(&self, text: &str, out: &mut Vec<u8>) {
        out.push(b'(');
        let mut put = |b: u8| match b {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        };
        for c in text.chars() {
            let code = self.code(c);
            if self.one_byte {
                put(code as u8);
            } else {
                put((code >> 8) as u8);
                put(code as u8);
            }
        }
        out.push(b')');
    }
    fn code(&self, c: char) -> u16 {
        if (c as u32) < 0x10000 {
            self.bmp[c as usize]
        } else {
            self.astral.get(&c).copied().unwrap_or(0)
        }
    }
    fn resource(&self) -> &'static str {
        match self.face {
            Face::Regular => "F1",
            Face::Bold => "F2",
        }
    }
}

/// The six upper-case letters that mark a subset font's name, derived from its glyph set.
fn subset_tag(ids: &[u16]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for b in id.to_be_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 8)) % 26) as u8))
        .collect()
}

/// The encoding of faces with fewer than 256 characters: one byte per code, code = CID.
const ONE_BYTE_CMAP: &str = "%!PS-Adobe-3.0 Resource-CMap\n\
/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n\
/CMapName /DPIAHelper-OneByte-H def\n/CMapType 1 def\n\
1 begincodespacerange\n<00> <FF>\nendcodespacerange\n\
1 begincidrange\n<00> <FF> 0\nendcidrange\n\
endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

/// Writes the font objects of `fu` (the Type 0 font is `id`).
fn write_font(out: &mut Out, ts: &Typesetter, fu: &FontUse, id: u32) -> Result<(), PdfError> {
    let face = ts.face(fu.face);
    let glyphs: Vec<u16> = fu.chars.iter().map(|c| face.glyph(*c)).collect();
    let kept: BTreeSet<u16> = glyphs.iter().copied().filter(|g| *g != 0).collect();
    let gids: Vec<u16> = std::iter::once(0).chain(kept.iter().copied()).collect();
    let new_gid: HashMap<u16, u16> = gids
        .iter()
        .enumerate()
        .map(|(i, g)| (*g, i as u16))
        .collect();
    let program = face.subset(&gids)?;
    let m = &face.metrics;
    let scale = 1000.0 / f32::from(m.units_per_em);
    let base = format!("{}+{}", subset_tag(&gids), face.name);

    let (cid, desc, file, tounicode, cidmap) = (
        out.alloc(),
        out.alloc(),
        out.alloc(),
        out.alloc(),
        out.alloc(),
    );
    let encoding = if fu.one_byte {
        let cmap = out.alloc();
        out.stream(
            cmap,
            " /Type /CMap /CMapName /DPIAHelper-OneByte-H \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>",
            ONE_BYTE_CMAP.as_bytes(),
            true,
        );
        format!("{cmap} 0 R")
    } else {
        "/Identity-H".to_string()
    };
    out.obj(
        id,
        &format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding {encoding} \
             /DescendantFonts [{cid} 0 R] /ToUnicode {tounicode} 0 R >>"
        ),
    );
    let mut w = Vec::new();
    w.s("[0 [");
    w.num(f32::from(face.glyph_advance(0)) * scale, 0);
    for g in &glyphs {
        w.s(" ").num(f32::from(face.glyph_advance(*g)) * scale, 0);
    }
    w.s("]]");
    out.obj(
        cid,
        &format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor {desc} 0 R /DW 1000 /W {} /CIDToGIDMap {cidmap} 0 R >>",
            String::from_utf8_lossy(&w)
        ),
    );
    let stem_v = 50 + ((f32::from(m.weight_class) / 65.0).powi(2)).round() as i64;
    let flags = 32 + if m.italic_angle != 0.0 { 64 } else { 0 };
    out.obj(
        desc,
        &format!(
            "<< /Type /FontDescriptor /FontName /{base} /Flags {flags} \
             /FontBBox [{} {} {} {}] /ItalicAngle {} /Ascent {} /Descent {} /CapHeight {} \
             /StemV {stem_v} /FontFile2 {file} 0 R >>",
            (f32::from(m.bbox[0]) * scale).round(),
            (f32::from(m.bbox[1]) * scale).round(),
            (f32::from(m.bbox[2]) * scale).round(),
            (f32::from(m.bbox[3]) * scale).round(),
            m.italic_angle.round(),
            (f32::from(m.ascender) * scale).round(),
            (f32::from(m.descender) * scale).round(),
            (f32::from(m.cap_height) * scale).round(),
        ),
    );
    out.stream(
        file,
        &format!(" /Length1 {}", program.len()),
        &program,
        true,
    );
    // ToUnicode: code → the character it shows.
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n",
    );
    cmap.push_str(if fu.one_byte {
        "<00> <FF>\n"
    } else {
        "<0000> <FFFF>\n"
    });
    cmap.push_str("endcodespacerange\n");
    for (chunk_i, chunk) in fu.chars.chunks(100).enumerate() {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (k, c) in chunk.iter().enumerate() {
            let code = chunk_i * 100 + k + 1;
            if fu.one_byte {
                cmap.push_str(&format!("<{code:02X}> <"));
            } else {
                cmap.push_str(&format!("<{code:04X}> <"));
            }
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                cmap.push_str(&format!("{u:04X}"));
            }
            cmap.push_str(">\n");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.stream(tounicode, "", cmap.as_bytes(), true);
    // CIDToGIDMap: code → glyph of the subset font.
    let mut map = Vec::with_capacity(2 * (glyphs.len() + 1));
    map.extend_from_slice(&[0, 0]);
    for g in &glyphs {
        map.extend_from_slice(&new_gid.get(g).copied().unwrap_or(0).to_be_bytes());
    }
    out.stream(cidmap, "", &map, true);
    Ok(())
}

/// Graphics and text state, so repeated settings are not written again.
struct Emitter<'a> {
    ops: Vec<u8>,
    fonts: &'a [Option<FontUse>; 2],
    tree: &'a Tree,
    in_text: bool,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, u32)>,
    font: Option<(Face, u32)>,
    mark: Option<Mark>,
}

impl Emitter<'_> {
    fn color(&mut self, c: Rgb) {
        for ch in c {
            self.ops.num(f32::from(ch) / 255.0, 3).push(b' ');
        }
    }
    fn begin_text(&mut self) {
        if !self.in_text {
            self.ops.s("BT\n");
            self.in_text = true;
            self.font = None;
        }
    }
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.s("ET\n");
            self.in_text = false;
        }
    }
    fn set_fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.color(c);
            self.ops.s("rg\n");
            self.fill = Some(c);
        }
    }
    fn set_stroke(&mut self, c: Rgb, w: f32) {
        if self.stroke != Some((c, w.to_bits())) {
            self.color(c);
            self.ops.s("RG ").num(w, 2).s(" w\n");
            self.stroke = Some((c, w.to_bits()));
        }
    }
    /// Opens the marked-content sequence `mark` (closing the previous one).
    fn mark(&mut self, mark: Mark) {
        if self.mark == Some(mark) {
            return;
        }
        self.close_mark();
        match mark {
            Mark::Artifact => self.ops.s("/Artifact BMC\n"),
            Mark::Header => self
                .ops
                .s("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n"),
            Mark::Footer => self
                .ops
                .s("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"),
            Mark::Content { node, mcid } => {
                let role = self.tree.nodes[node].role.name();
                self.ops.s("/").s(role).s(" <</MCID ");
                self.ops.int(i64::from(mcid)).s(">> BDC\n")
            }
        };
        self.mark = Some(mark);
    }
    fn close_mark(&mut self) {
        if self.mark.take().is_some() {
            self.end_text();
            self.ops.s("EMC\n");
        }
    }
    #[allow(clippy::too_many_arguments)]
    fn text(&mut self, face: Face, size: f32, c: Rgb, m: [f32; 4], x: f32, y: f32, text: &str) {
        let Some(fu) = &self.fonts[face as usize] else {
            return;
        };
        self.begin_text();
        let key = (face, size.to_bits());
        if self.font != Some(key) {
            self.ops
                .s("/")
                .s(fu.resource())
                .s(" ")
                .num(size, 2)
                .s(" Tf\n");
            self.font = Some(key);
        }
        self.set_fill(c);
        for v in m {
            self.ops.num(v, 0).push(b' ');
        }
        self.ops.num(x, 2).push(b' ');
        self.ops.num(PAGE_H - y, 2).s(" Tm\n");
        fu.encode(text, &mut self.ops);
        self.ops.s(" Tj\n");
    }

    fn item(&mut self, it: &Item) {
        match it {
            Item::Text { x, y, style, text } => self.text(
                style.face,
                style.size,
                style.color,
                [1.0, 0.0, 0.0, 1.0],
                *x,
                *y,
                text,
            ),
            Item::UpText { x, y, style, text } => self.text(
                style.face,
                style.size,
                style.color,
                [0.0, 1.0, -1.0, 0.0],
                *x,
                *y,
                text,
            ),
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let op = match (fill, stroke) {
                    (Some(_), Some(_)) => "B",
                    (Some(_), None) => "f",
                    (None, Some(_)) => "S",
                    (None, None) => return,
                };
                self.end_text();
                if let Some(f) = fill {
                    self.set_fill(*f);
                }
                if let Some((c, w)) = stroke {
                    self.set_stroke(*c, *w);
                }
                self.ops.num(*x, 2).push(b' ');
                self.ops.num(PAGE_H - *y - *h, 2).push(b' ');
                self.ops.num(*w, 2).push(b' ');
                self.ops.num(*h, 2).s(" re ").s(op).push(b'\n');
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                color,
                width,
                dotted,
            } => {
                self.end_text();
                self.set_stroke(*color, *width);
                if *dotted {
                    self.ops.s("1 J [0 2.6] 0 d\n");
                }
                self.ops.num(*x1, 2).push(b' ');
                self.ops.num(PAGE_H - *y1, 2).s(" m ");
                self.ops.num(*x2, 2).push(b' ');
                self.ops.num(PAGE_H - *y2, 2).s(" l S\n");
                if *dotted {
                    self.ops.s("[] 0 d 0 J\n");
                }
            }
        }
    }
}

/// "D:20261128000000Z" for the document date.
fn pdf_date(d: chrono::NaiveDate) -> String {
    format!("D:{:04}{:02}{:02}000000Z", d.year(), d.month(), d.day())
}

fn xml_escape(s: &str) -> String {
    let s = dpia_document_model::clean::clean(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if dpia_document_model::clean::is_forbidden_control(c) => {}
            '\u{0}'..='\u{1F}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet: title, creator, subject, language, dates and producer, matching the
/// document information dictionary.
fn xmp(doc: &Document) -> String {
    let m = &doc.meta;
    let date = format!("{}T00:00:00Z", m.date.format("%Y-%m-%d"));
    let lang = xml_escape(m.lang.trim());
    let mut x = String::new();
    x.push_str("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.push_str("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.push_str(
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n",
    );
    x.push_str("<dc:format>application/pdf</dc:format>\n");
    x.push_str(&format!(
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
        xml_escape(&m.title)
    ));
    x.push_str(&format!(
        "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
        xml_escape(&m.author)
    ));
    x.push_str(&format!(
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
        xml_escape(&m.subject)
    ));
    if !lang.is_empty() {
        x.push_str(&format!(
            "<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n"
        ));
    }
    x.push_str(&format!("<xmp:CreateDate>{date}</xmp:CreateDate>\n"));
    x.push_str(&format!("<xmp:ModifyDate>{date}</xmp:ModifyDate>\n"));
    x.push_str(&format!("<xmp:MetadataDate>{date}</xmp:MetadataDate>\n"));
    x.push_str(&format!("<xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>\n"));
    x.push_str(&format!("<pdf:Producer>{PRODUCER}</pdf:Producer>\n"));
    x.push_str("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
    // Padding lets an editor update the packet in place.
    for _ in 0..20 {
        x.push_str(&" ".repeat(99));
        x.push('\n');
    }
    x.push_str("<?xpacket end=\"w\"?>");
    x
}

/// A MIME type as a PDF name, or `application/octet-stream` when it does not look like one.
fn mime_name(mime: &str) -> String {
    let m = mime.trim();
    let ok = m.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && m.bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"!#$&^_.+-/".contains(&c))
    });
    name(if ok { m } else { "application/octet-stream" })
}

/// A file name without any path, for /F (ASCII) and /UF (Unicode).
fn file_names(file: &str) -> (String, String) {
    let clean = dpia_document_model::clean::clean(file);
    let base = clean
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let base = if base.is_empty() {
        "attachment".to_string()
    } else {
        base
    };
    let ascii: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    (ascii, base)
}

/// Writes the embedded file and its file specification; returns the filespec's id.
fn write_attachment(out: &mut Out, a: &Attachment, date: &str) -> (u32, String) {
    let (ef, fs) = (out.alloc(), out.alloc());
    out.stream(
        ef,
        &format!(
            " /Type /EmbeddedFile /Subtype /{} /Params << /Size {} /CreationDate ({date}) \
             /ModDate ({date}) >>",
            mime_name(&a.mime),
            a.data.len()
        ),
        &a.data,
        true,
    );
    let (ascii, unicode) = file_names(&a.file_name);
    out.obj(
        fs,
        &format!(
            "<< /Type /Filespec /F {} /UF {} /Desc {} /AFRelationship /Data \
             /EF << /F {ef} 0 R /UF {ef} 0 R >> >>",
            text_string(&ascii),
            text_string(&unicode),
            text_string(&a.description)
        ),
    );
    (fs, text_string(&unicode))
}

/// The deterministic file identifier from the document id (both halves equal: one version).
fn file_id(doc: &Document) -> String {
    let m = &doc.meta;
    let hexid: String = m.id.chars().filter(char::is_ascii_hexdigit).collect();
    let mut bytes: Vec<u8> = (0..hexid.len() / 2)
        .filter_map(|i| u8::from_str_radix(&hexid[2 * i..2 * i + 2], 16).ok())
        .collect();
    if bytes.is_empty() {
        // No id: a hash of the title and date.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in m.title.bytes().chain(m.date.to_string().bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        bytes = h.to_be_bytes().repeat(2);
    }
    bytes.truncate(32);
    let hex: String = bytes
        .iter()
        .flat_map(|b| {
            [
                HEX[usize::from(b >> 4)] as char,
                HEX[usize::from(b & 0xF)] as char,
            ]
        })
        .collect();
    format!("[<{hex}> <{hex}>]")
}

pub(crate) fn write(
    doc: &Document,
    pages: &[Page],
    headings: &[HeadingMark],
    tree: &Tree,
    ts: &Typesetter,
) -> Result<Vec<u8>, PdfError> {
    let mut out = Out {
        buf: Vec::with_capacity(64 * 1024 + pages.len() * 6 * 1024),
        locs: Vec::new(),
        pending: Vec::new(),
        z: Deflater::new(),
    };
    out.buf.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    let catalog = out.alloc();
    let pages_id = out.alloc();
    let info = out.alloc();
    let page_ids: Vec<u32> = pages.iter().map(|_| out.alloc()).collect();

    // Fonts: the characters each face shows, in character order.
    let mut bmp: [Vec<u64>; 2] = [vec![0u64; 0x10000 / 64], vec![0u64; 0x10000 / 64]];
    let mut astral: [BTreeSet<char>; 2] = Default::default();
    for p in pages {
        for (it, _) in &p.items {
            if let Item::Text { style, text, .. } | Item::UpText { style, text, .. } = it {
                let f = style.face as usize;
                for c in text.chars() {
                    let cp = c as usize;
                    if cp < 0x10000 {
                        bmp[f][cp / 64] |= 1 << (cp % 64);
                    } else {
                        astral[f].insert(c);
                    }
                }
            }
        }
    }
    let fonts: [Option<FontUse>; 2] = [Face::Regular, Face::Bold].map(|f| {
        let bits = &bmp[f as usize];
        let chars: Vec<char> = (0..0x10000u32)
            .filter(|cp| bits[*cp as usize / 64] & (1 << (cp % 64)) != 0)
            .filter_map(char::from_u32)
            .chain(astral[f as usize].iter().copied())
            .collect();
        (!chars.is_empty()).then(|| FontUse::new(f, chars))
    });
    let mut font_res = String::from("<< ");
    for fu in fonts.iter().flatten() {
        let id = out.alloc();
        write_font(&mut out, ts, fu, id)?;
        font_res.push_str(&format!("/{} {id} 0 R ", fu.resource()));
    }
    font_res.push_str(">>");

    // Struct elements and annotations need ids before the pages refer to them.
    let node_ids: Vec<u32> = tree.nodes.iter().map(|_| out.alloc()).collect();
    let annot_ids: Vec<Vec<u32>> = pages
        .iter()
        .map(|p| p.links.iter().map(|_| out.alloc()).collect())
        .collect();

    // Pages, content streams and link annotations.
    let mut annot_key = pages.len();
    let mut parent_tree: Vec<(usize, String)> = Vec::new();
    for (pi, p) in pages.iter().enumerate() {
        let mut e = Emitter {
            ops: Vec::with_capacity(16 * 1024),
            fonts: &fonts,
            tree,
            in_text: false,
            fill: None,
            stroke: None,
            font: None,
            mark: None,
        };
        let mut mcid_nodes: Vec<usize> = Vec::new();
        for (it, mark) in &p.items {
            e.mark(*mark);
            if let Mark::Content { node, mcid } = mark {
                let i = *mcid as usize;
                if mcid_nodes.len() <= i {
                    mcid_nodes.resize(i + 1, usize::MAX);
                }
                mcid_nodes[i] = *node;
            }
            e.item(it);
        }
        e.close_mark();
        let mut arr = String::from("[");
        for n in &mcid_nodes {
            match node_ids.get(*n) {
                Some(id) => arr.push_str(&format!("{id} 0 R ")),
                None => arr.push_str("null "),
            }
        }
        arr.push(']');
        parent_tree.push((pi, arr));
        let content = out.alloc();
        out.stream(content, "", &e.ops, true);
        let mut annots = String::new();
        for (li, l) in p.links.iter().enumerate() {
            let aid = annot_ids[pi][li];
            annots.push_str(&format!("{aid} 0 R "));
            let dest = page_ids
                .get(l.page)
                .map(|t| {
                    let mut d = Vec::new();
                    d.s("[").int(i64::from(*t)).s(" 0 R /XYZ null ");
                    d.num(PAGE_H - l.top + 8.0, 2).s(" null]");
                    String::from_utf8_lossy(&d).into_owned()
                })
                .unwrap_or_else(|| "null".into());
            let mut rect = Vec::new();
            rect.s("[")
                .num(l.x, 2)
                .s(" ")
                .num(PAGE_H - l.y - l.h, 2)
                .s(" ");
            rect.num(l.x + l.w, 2).s(" ").num(PAGE_H - l.y, 2).s("]");
            out.obj(
                aid,
                &format!(
                    "<< /Type /Annot /Subtype /Link /Rect {} /Border [0 0 0] /F 4 /Dest {dest} \
                     /StructParent {annot_key} /Contents {} >>",
                    String::from_utf8_lossy(&rect),
                    text_string(&l.contents)
                ),
            );
            parent_tree.push((annot_key, format!("{} 0 R", node_ids[l.node])));
            annot_key += 1;
        }
        let annots = if annots.is_empty() {
            String::new()
        } else {
            format!(" /Annots [{}]", annots.trim_end())
        };
        let mut mb = Vec::new();
        mb.s("[0 0 ").num(PAGE_W, 3).s(" ").num(PAGE_H, 3).s("]");
        out.obj(
            page_ids[pi],
            &format!(
                "<< /Type /Page /Parent {pages_id} 0 R /MediaBox {} /Resources << /Font {font_res} >> \
                 /Contents {content} 0 R /StructParents {pi} /Tabs /S{annots} >>",
                String::from_utf8_lossy(&mb)
            ),
        );
    }
    let kids: String = page_ids.iter().map(|id| format!("{id} 0 R ")).collect();
    out.obj(
        pages_id,
        &format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.trim_end(),
            pages.len()
        ),
    );

    // Structure tree.
    let struct_root = out.alloc();
    for (i, n) in tree.nodes.iter().enumerate() {
        let page = n.kids.iter().find_map(|k| match k {
            Kid::Mcid { page, .. } | Kid::Annot { page, .. } => Some(*page),
            Kid::Node(_) => None,
        });
        let mut d = format!("<< /Type /StructElem /S /{} /P ", n.role.name());
        if i == 0 {
            d.push_str(&format!("{struct_root} 0 R"));
        } else {
            d.push_str(&format!("{} 0 R", node_ids[n.parent]));
        }
        if let Some(p) = page {
            d.push_str(&format!(" /Pg {} 0 R", page_ids[p]));
        }
        let kid = |k: &Kid| match k {
            Kid::Node(c) => format!("{} 0 R", node_ids[*c]),
            Kid::Mcid { page: p, mcid } if Some(*p) == page => mcid.to_string(),
            Kid::Mcid { page: p, mcid } => {
                format!("<< /Type /MCR /Pg {} 0 R /MCID {mcid} >>", page_ids[*p])
            }
            Kid::Annot { page: p, index } => format!(
                "<< /Type /OBJR /Pg {} 0 R /Obj {} 0 R >>",
                page_ids[*p], annot_ids[*p][*index]
            ),
        };
        match n.kids.as_slice() {
            [] => {}
            [one] => d.push_str(&format!(" /K {}", kid(one))),
            many => {
                d.push_str(" /K [");
                for k in many {
                    d.push_str(&kid(k));
                    d.push(' ');
                }
                d.push(']');
            }
        }
        if let Some(alt) = &n.alt {
            d.push_str(&format!(" /Alt {}", text_string(alt)));
        }
        if let Some(actual) = &n.actual {
            d.push_str(&format!(" /ActualText {}", text_string(actual)));
        }
        if let Some(scope) = n.scope {
            let s = match scope {
                Scope::Column => "Column",
                Scope::Row => "Row",
            };
            d.push_str(&format!(" /A << /O /Table /Scope /{s} >>"));
        } else if let Some((_, b)) = n.bbox {
            let mut bb = Vec::new();
            bb.s("[")
                .num(b[0], 2)
                .s(" ")
                .num(b[1], 2)
                .s(" ")
                .num(b[2], 2)
                .s(" ");
            bb.num(b[3], 2).s("]");
            d.push_str(&format!(
                " /A << /O /Layout /Placement /Block /BBox {} >>",
                String::from_utf8_lossy(&bb)
            ));
        }
        d.push_str(" >>");
        out.obj(node_ids[i], &d);
    }
    parent_tree.sort_by_key(|(k, _)| *k);
    let nums: String = parent_tree
        .iter()
        .map(|(k, v)| format!("{k} {v} "))
        .collect();
    out.obj(
        struct_root,
        &format!(
            "<< /Type /StructTreeRoot /K {} 0 R /ParentTree << /Nums [{}] >> \
             /ParentTreeNextKey {annot_key} /RoleMap << /{} /P >> >>",
            node_ids[0],
            nums.trim_end(),
            Role::Title.name()
        ),
    );

    let outline = write_outline(&mut out, headings, &page_ids);

    // Metadata, document information, attachment.
    let m = &doc.meta;
    let date = pdf_date(m.date);
    let metadata = out.alloc();
    out.stream(
        metadata,
        " /Type /Metadata /Subtype /XML",
        xmp(doc).as_bytes(),
        false,
    );
    out.obj(
        info,
        &format!(
            "<< /Title {} /Author {} /Subject {} /Creator {} /Producer {} /CreationDate ({date}) \
             /ModDate ({date}) >>",
            text_string(&m.title),
            text_string(&m.author),
            text_string(&m.subject),
            text_string(CREATOR),
            text_string(PRODUCER)
        ),
    );
    let attachment = m
        .attachment
        .as_ref()
        .map(|a| write_attachment(&mut out, a, &date));

    let mut cat = format!(
        "<< /Type /Catalog /Pages {pages_id} 0 R /MarkInfo << /Marked true >> \
         /StructTreeRoot {struct_root} 0 R /Metadata {metadata} 0 R \
         /ViewerPreferences << /DisplayDocTitle true >> /PageLayout /OneColumn"
    );
    if !m.lang.trim().is_empty() {
        cat.push_str(&format!(" /Lang {}", text_string(m.lang.trim())));
    }
    match outline {
        Some(o) => cat.push_str(&format!(" /Outlines {o} 0 R /PageMode /UseOutlines")),
        None => cat.push_str(" /PageMode /UseNone"),
    }
    if let Some((fs, key)) = &attachment {
        cat.push_str(&format!(
            " /Names << /EmbeddedFiles << /Names [{key} {fs} 0 R] >> >> /AF [{fs} 0 R]"
        ));
    }
    cat.push_str(" >>");
    out.obj(catalog, &cat);

    Ok(out.finish(&format!(
        "/Root {catalog} 0 R /Info {info} 0 R /ID {}",
        file_id(doc)
    )))
}

/// A two-level outline: level-1 headings at the top, level-2 headings under the level-1
/// heading before them (or at the top when there is none).
fn write_outline(out: &mut Out, headings: &[HeadingMark], page_ids: &[u32]) -> Option<u32> {
    struct Node<'a> {
        id: u32,
        mark: &'a HeadingMark,
        children: Vec<Node<'a>>,
    }
    let mut roots: Vec<Node> = Vec::new();
    for h in headings.iter().filter(|h| h.level <= 2) {
        if page_ids.get(h.page).is_none() {
            continue;
        }
        let node = Node {
            id: 0,
            mark: h,
            children: Vec::new(),
        };
        match roots.last_mut() {
            Some(parent) if h.level == 2 && parent.mark.level == 1 => parent.children.push(node),
            _ => roots.push(node),
        }
    }
    if roots.is_empty() {
        return None;
    }
    let root_id = out.alloc();
    for r in roots.iter_mut() {
        r.id = out.alloc();
        for c in r.children.iter_mut() {
            c.id = out.alloc();
        }
    }
    fn link(out: &mut Out, nodes: &[Node], parent: u32, page_ids: &[u32]) {
        for (i, n) in nodes.iter().enumerate() {
            let mut d = Vec::new();
            d.s("<< /Title ")
                .s(&text_string(&n.mark.text))
                .s(" /Parent ");
            d.int(i64::from(parent)).s(" 0 R /Dest [");
            d.int(i64::from(page_ids[n.mark.page])).s(" 0 R /XYZ null ");
            d.num(PAGE_H - n.mark.y + 8.0, 2).s(" null]");
            if i > 0 {
                d.s(" /Prev ").int(i64::from(nodes[i - 1].id)).s(" 0 R");
            }
            if let Some(next) = nodes.get(i + 1) {
                d.s(" /Next ").int(i64::from(next.id)).s(" 0 R");
            }
            if let (Some(f), Some(l)) = (n.children.first(), n.children.last()) {
                d.s(" /First ").int(i64::from(f.id)).s(" 0 R /Last ");
                d.int(i64::from(l.id)).s(" 0 R /Count ");
                d.int(n.children.len() as i64);
            }
            d.s(" >>");
            out.obj(n.id, &String::from_utf8_lossy(&d));
            link(out, &n.children, n.id, page_ids);
        }
    }
    link(out, &roots, root_id, page_ids);
    let count: usize = roots.iter().map(|r| 1 + r.children.len()).sum();
    out.obj(
        root_id,
        &format!(
            "<< /Type /Outlines /First {} 0 R /Last {} 0 R /Count {count} >>",
            roots[0].id,
            roots[roots.len() - 1].id
        ),
    );
    Some(root_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_exact() {
        let mut b = Vec::new();
        b.num(56.693, 2)
            .s(" ")
            .num(-0.5, 2)
            .s(" ")
            .num(10.0, 2)
            .s(" ")
            .num(0.102, 3)
            .s(" ")
            .num(841.89, 3)
            .s(" ")
            .num(0.004, 2);
        assert_eq!(
            String::from_utf8(b).unwrap(),
            "56.69 -0.5 10 0.102 841.89 0"
        );
    }

    #[test]
    fn strings_and_names_are_escaped() {
        assert_eq!(text_string("a(b)\\"), "(a\\(b\\)\\\\)");
        assert_eq!(text_string("é"), "<FEFF00E9>");
        assert_eq!(name("application/json"), "application#2Fjson");
        assert_eq!(mime_name("text/plain; x"), "application#2Foctet-stream");
        assert_eq!(
            file_names("../x/ünï.json"),
            ("_n_.json".into(), "ünï.json".into())
        );
    }
}
