//! Fonts, glyph-advance measuring and line breaking with Dutch/English hyphenation.
//!
//! Text is measured with the embedded DejaVu fonts' advance widths (the same widths the PDF
//! viewer uses, since the content stream places glyphs without kerning or shaping). A word that
//! does not fit on the current line is hyphenated; one that does not fit on an empty line even
//! after hyphenation is broken between characters, so no text ever runs past its box.
//!
//! Line breaking is linear in the length of the text: a word that must be split is measured
//! once (cumulative advances per character) and hyphenated once; each line then takes a binary
//! search over those prefix widths. Very long letter runs (no real word is that long) are not
//! hyphenated at all but broken between characters.

use std::collections::HashMap;
use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::cmap::Cmap;
use allsorts::tables::os2::Os2;
use allsorts::tables::{FontTableProvider, HeadTable, HheaTable, HmtxTable, MaxpTable};
use allsorts::tag;
use dpia_document_model::clean::{is_bidi_control, is_forbidden_control, REPLACEMENT};
use hyphenation::{Hyphenator, Language, Load, Standard};

use crate::PdfError;

pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");

/// Hyphenation dictionaries built by the `hyphenation` crate (0.8) from the hyph-utf8 patterns;
/// only these two are embedded (see `hyph/README.md`).
const HYPH_NL: &[u8] = include_bytes!("../hyph/nl.standard.bincode");
const HYPH_EN: &[u8] = include_bytes!("../hyph/en-us.standard.bincode");

/// Letter runs longer than this are not hyphenated (no word is; pasted data is broken between
/// characters instead), which bounds the work the pattern matcher does per word.
const MAX_HYPHENATE: usize = 64;

/// Font ascent and descent (fractions of the font size) used for line boxes and highlights.
pub(crate) const ASCENT: f32 = 0.76;
pub(crate) const DESCENT: f32 = 0.24;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// An RGB colour, 0-255 per channel.
pub(crate) type Rgb = [u8; 3];

pub(crate) const BLACK: Rgb = [0x1A, 0x1A, 0x1A];

/// Parses "RRGGBB"; anything malformed becomes mid grey rather than an error.
pub(crate) fn hex(s: &str) -> Rgb {
    let p = |i: usize| {
        s.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0x80)
    };
    [p(0), p(2), p(4)]
}

/// How a run of text looks, and which inline it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
    /// Background behind the glyphs (placeholders).
    pub highlight: Option<Rgb>,
    /// Non-zero for text that must stay a run of its own: an answer (isolated for
    /// right-to-left reordering) or a reference (a link). See `layout::Spans`.
    pub span: u32,
}

impl Style {
    pub fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            color: BLACK,
            highlight: None,
            span: 0,
        }
    }
    pub fn color(mut self, c: Rgb) -> Style {
        self.color = c;
        self
    }
    pub fn highlight(mut self, c: Rgb) -> Style {
        self.highlight = Some(c);
        self
    }
    pub fn span(mut self, id: u32) -> Style {
        self.span = id;
        self
    }
    fn key(&self) -> (Face, u32, Rgb, Option<Rgb>, u32) {
        (
            self.face,
            self.size.to_bits(),
            self.color,
            self.highlight,
            self.span,
        )
    }
}

/// Font-wide metrics for the font descriptor, in font units.
#[derive(Clone, Debug)]
pub(crate) struct Metrics {
    pub units_per_em: u16,
    pub ascender: i16,
    pub descender: i16,
    pub cap_height: i16,
    pub bbox: [i16; 4],
    pub italic_angle: f32,
    pub weight_class: u16,
}

/// One font face: its program (for subsetting), metrics, and fast lookup tables.
pub(crate) struct FontFace {
    pub name: &'static str,
    pub bytes: &'static [u8],
    pub metrics: Metrics,
    /// Glyph id of each BMP code point (0 = none).
    bmp: Vec<u16>,
    astral: HashMap<u32, u16>,
    /// Advance width of each glyph, in font units.
    advances: Vec<u16>,
    /// Advance in points at size 1, per BMP code point (for measuring).
    bmp_adv: Vec<f32>,
}

impl FontFace {
    fn load(bytes: &'static [u8], name: &'static str) -> Result<FontFace, PdfError> {
        let err = |e: &dyn std::fmt::Display| PdfError::Font(format!("{name}: {e}"));
        let data = ReadScope::new(bytes)
            .read::<FontData<'_>>()
            .map_err(|e| err(&e))?;
        let provider = data.table_provider(0).map_err(|e| err(&e))?;
        let table = |t: u32| provider.read_table_data(t).map_err(|e| err(&e));
        let head_data = table(tag::HEAD)?;
        let head = ReadScope::new(&head_data)
            .read::<HeadTable>()
            .map_err(|e| err(&e))?;
        let hhea_data = table(tag::HHEA)?;
        let hhea = ReadScope::new(&hhea_data)
            .read::<HheaTable>()
            .map_err(|e| err(&e))?;
        let maxp_data = table(tag::MAXP)?;
        let maxp = ReadScope::new(&maxp_data)
            .read::<MaxpTable>()
            .map_err(|e| err(&e))?;
        let num_glyphs = usize::from(maxp.num_glyphs);
        let num_h = usize::from(hhea.num_h_metrics).max(1);
        let hmtx_data = table(tag::HMTX)?;
        let hmtx = ReadScope::new(&hmtx_data)
            .read_dep::<HmtxTable<'_>>((num_glyphs, num_h))
            .map_err(|e| err(&e))?;
        let metrics: Vec<u16> = hmtx.h_metrics.iter().map(|m| m.advance_width).collect();
        let last = metrics.last().copied().unwrap_or(0);
        let advances: Vec<u16> = (0..num_glyphs)
            .map(|g| metrics.get(g).copied().unwrap_or(last))
            .collect();

        let cmap_data = table(tag::CMAP)?;
        let cmap = ReadScope::new(&cmap_data)
            .read::<Cmap<'_>>()
            .map_err(|e| err(&e))?;
        let (_, sub) = allsorts::font::read_cmap_subtable(&cmap)
            .map_err(|e| err(&e))?
            .ok_or_else(|| err(&"no Unicode cmap"))?;
        let mut bmp = vec![0u16; 0x10000];
        let mut astral = HashMap::new();
        sub.mappings_fn(|cp, gid| {
            if cp < 0x10000 {
                bmp[cp as usize] = gid;
            } else {
                astral.insert(cp, gid);
            }
        })
        .map_err(|e| err(&e))?;

        let os2 = provider
            .table_data(tag::OS_2)
            .map_err(|e| err(&e))?
            .and_then(|d| ReadScope::new(&d).read_dep::<Os2>(d.len()).ok());
        let post_data = provider.table_data(tag::POST).map_err(|e| err(&e))?;
        let italic_angle = post_data
            .as_deref()
            .filter(|d| d.len() >= 8)
            .map(|d| i32::from_be_bytes([d[4], d[5], d[6], d[7]]) as f32 / 65536.0)
            .unwrap_or(0.0);
        let upm = head.units_per_em.max(1);
        let metrics = Metrics {
            units_per_em: upm,
            ascender: hhea.ascender,
            descender: hhea.descender,
            cap_height: os2
                .as_ref()
                .and_then(|o| o.version2to4.as_ref().map(|v| v.s_cap_height))
                .unwrap_or(hhea.ascender),
            bbox: [head.x_min, head.y_min, head.x_max, head.y_max],
            italic_angle,
            weight_class: os2.as_ref().map(|o| o.us_weight_class).unwrap_or(400),
        };
        let scale = 1.0 / f32::from(upm);
        let bmp_adv = bmp
            .iter()
            .map(|g| f32::from(advances.get(usize::from(*g)).copied().unwrap_or(0)) * scale)
            .collect();
        Ok(FontFace {
            name,
            bytes,
            metrics,
            bmp,
            astral,
            advances,
            bmp_adv,
        })
    }

    /// Glyph id of `c` (0, the .notdef glyph, when the font lacks it).
    pub fn glyph(&self, c: char) -> u16 {
        let cp = c as u32;
        if cp < 0x10000 {
            self.bmp[cp as usize]
        } else {
            self.astral.get(&cp).copied().unwrap_or(0)
        }
    }

    /// Advance width of glyph `gid` in font units.
    pub fn glyph_advance(&self, gid: u16) -> u16 {
        self.advances.get(usize::from(gid)).copied().unwrap_or(0)
    }

    /// Advance of `c` in points at size 1.
    #[inline]
    fn advance(&self, c: char) -> f32 {
        let cp = c as u32;
        if cp < 0x10000 {
            self.bmp_adv[cp as usize]
        } else {
            f32::from(self.glyph_advance(self.glyph(c))) / f32::from(self.metrics.units_per_em)
        }
    }

    /// A font program with only `gids` (in this order; .notdef first), for embedding. The
    /// subset keeps the order: glyph `gids[i]` becomes glyph `i`.
    pub fn subset(&self, gids: &[u16]) -> Result<Vec<u8>, PdfError> {
        use allsorts::subset::{subset, CmapTarget, SubsetProfile};
        let err = |e: String| PdfError::Font(format!("{}: {e}", self.name));
        let data = ReadScope::new(self.bytes)
            .read::<FontData<'_>>()
            .map_err(|e| err(e.to_string()))?;
        let provider = data.table_provider(0).map_err(|e| err(e.to_string()))?;
        subset(&provider, gids, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| err(e.to_string()))
    }
}

/// Everything text layout needs: both faces and both hyphenation dictionaries.
pub(crate) struct Typesetter {
    pub regular: FontFace,
    pub bold: FontFace,
    nl: Standard,
    en: Standard,
}

static TYPESETTER: OnceLock<Result<Typesetter, PdfError>> = OnceLock::new();

impl Typesetter {
    /// The process-wide typesetter (fonts and dictionaries are parsed once).
    pub fn get() -> Result<&'static Typesetter, PdfError> {
        TYPESETTER
            .get_or_init(Typesetter::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn load() -> Result<Typesetter, PdfError> {
        let dict = |lang, bytes: &[u8]| {
            Standard::from_reader(lang, &mut std::io::Cursor::new(bytes))
                .map_err(|e| PdfError::Hyphenation(e.to_string()))
        };
        Ok(Typesetter {
            regular: FontFace::load(REGULAR_TTF, "DejaVuSans")?,
            bold: FontFace::load(BOLD_TTF, "DejaVuSans-Bold")?,
            nl: dict(Language::Dutch, HYPH_NL)?,
            en: dict(Language::EnglishUS, HYPH_EN)?,
        })
    }

    pub fn face(&self, f: Face) -> &FontFace {
        match f {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Width of `s` in points.
    pub fn width(&self, s: &str, style: &Style) -> f32 {
        let face = self.face(style.face);
        let units: f32 = s.chars().map(|c| face.advance(c)).sum();
        units * style.size
    }

    /// Hyphenation points (byte offsets) inside `word`: pattern breaks inside letter runs of
    /// 5 to [`MAX_HYPHENATE`] letters, and the places right after an explicit hyphen or slash.
    pub fn breaks(&self, word: &str, lang: Lang) -> Vec<Break> {
        let dict = match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        };
        let mut out = Vec::new();
        let mut run: Option<(usize, usize)> = None; // (start byte, letters)
        let flush = |out: &mut Vec<Break>, start: usize, letters: usize, end: usize| {
            if (5..=MAX_HYPHENATE).contains(&letters) {
                let seg = &word[start..end];
                for b in dict.hyphenate(seg).breaks {
                    out.push(Break {
                        at: start + b,
                        hyphen: true,
                    });
                }
            }
        };
        for (i, c) in word.char_indices() {
            if c.is_alphabetic() {
                match &mut run {
                    Some((_, n)) => *n += 1,
                    None => run = Some((i, 1)),
                }
                continue;
            }
            if let Some((s, n)) = run.take() {
                flush(&mut out, s, n, i);
            }
            let after = i + c.len_utf8();
            if matches!(c, '-' | '/' | '\u{2010}' | '\u{2013}' | '\u{2014}')
                && after < word.len()
                && i > 0
            {
                out.push(Break {
                    at: after,
                    hyphen: false,
                });
            }
        }
        if let Some((s, n)) = run {
            flush(&mut out, s, n, word.len());
        }
        out.sort_by_key(|b| b.at);
        out.dedup_by_key(|b| b.at);
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }
}

/// A place a word may be split; `hyphen` says whether a hyphen is shown at the line end.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Break {
    pub at: usize,
    pub hyphen: bool,
}

/// A maximal run without whitespace (it may change style in the middle): its text and, for
/// each piece of one style, the byte offset where the piece ends.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    pieces: Vec<(usize, Style)>,
}

impl Word {
    fn push(&mut self, c: char, style: Style) {
        match self.pieces.last_mut() {
            Some((end, st)) if st.key() == style.key() => {
                self.text.push(c);
                *end = self.text.len();
            }
            _ => {
                self.text.push(c);
                self.pieces.push((self.text.len(), style));
            }
        }
    }
    /// The pieces overlapping bytes `a..b`, clipped.
    fn pieces_in(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize, Style)> + '_ {
        let mut start = 0;
        self.pieces.iter().filter_map(move |(end, st)| {
            let s = start.max(a);
            let e = (*end).min(b);
            start = *end;
            (s < e).then_some((s, e, *st))
        })
    }
    fn width(&self, ts: &Typesetter) -> f32 {
        self.pieces_in(0, self.text.len())
            .map(|(a, b, st)| ts.width(&self.text[a..b], &st))
            .sum()
    }
    fn style_at(&self, at: usize) -> Style {
        let i = self.pieces.partition_point(|(end, _)| *end < at);
        self.pieces[i.min(self.pieces.len() - 1)].1
    }
}

/// Rich text to be wrapped: a list of styled runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Rich {
    runs: Vec<(String, Style)>,
}

impl Rich {
    pub fn new() -> Rich {
        Rich::default()
    }
    pub fn plain(text: &str, style: Style) -> Rich {
        let mut r = Rich::new();
        r.push(text, style);
        r
    }
    /// Adds `text` (control characters shown as U+FFFD, bidi controls dropped).
    pub fn push(&mut self, text: &str, style: Style) {
        if !text.is_empty() {
            let text = dpia_document_model::clean::clean(text);
            self.runs.push((text.into_owned(), style));
        }
    }
    /// Adds a space unless the text so far is empty or already ends with whitespace.
    pub fn ensure_space(&mut self, style: Style) {
        if let Some((t, _)) = self.runs.last() {
            if !t.ends_with(char::is_whitespace) {
                self.runs.push((" ".to_string(), style));
            }
        }
    }
    /// Gives text in the default colour the colour `c` (source markers keep theirs).
    pub fn recolor(&mut self, c: Rgb) {
        for (_, st) in &mut self.runs {
            if st.color == BLACK {
                st.color = c;
            }
        }
    }
    /// A hash of the text and styles (for the wrap cache).
    pub fn hash_into(&self, h: &mut impl std::hash::Hasher) {
        use std::hash::Hash;
        for (t, st) in &self.runs {
            t.hash(h);
            st.key().hash(h);
        }
    }
    fn runs(&self) -> &[(String, Style)] {
        &self.runs
    }
}

/// A run of same-styled text at an offset from the line start.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    pub x: f32,
    pub width: f32,
    pub text: String,
    pub style: Style,
}

/// One laid-out line.
#[derive(Clone, Debug, Default)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

struct LineBuilder<'a> {
    ts: &'a Typesetter,
    lines: Vec<Line>,
    cur: Line,
    pending_space: Option<Style>,
}

impl LineBuilder<'_> {
    fn push_text(&mut self, text: &str, style: Style, w: f32) {
        if let Some(last) = self.cur.runs.last_mut() {
            if last.style.key() == style.key() {
                last.text.push_str(text);
                last.width += w;
                self.cur.width += w;
                return;
            }
        }
        self.cur.runs.push(Run {
            x: self.cur.width,
            width: w,
            text: text.to_string(),
            style,
        });
        self.cur.width += w;
    }
    fn take_space(&mut self) {
        if let Some(st) = self.pending_space.take() {
            if !self.cur.runs.is_empty() {
                let w = self.ts.width(" ", &st);
                self.push_text(" ", st, w);
            }
        }
    }
    /// Bytes `a..b` of `w`, measured by `widths` (a prefix-width table) or directly.
    fn push_part(&mut self, w: &Word, a: usize, b: usize, m: Option<&Measure>) {
        self.take_space();
        for (s, e, st) in w.pieces_in(a, b) {
            let width = match m {
                Some(m) => m.width(s, e),
                None => self.ts.width(&w.text[s..e], &st),
            };
            self.push_text(&w.text[s..e], st, width);
        }
    }
    fn space_width(&self) -> f32 {
        match self.pending_space {
            Some(st) if !self.cur.runs.is_empty() => self.ts.width(" ", &st),
            _ => 0.0,
        }
    }
    fn flush(&mut self) {
        self.pending_space = None;
        self.lines.push(std::mem::take(&mut self.cur));
    }
}

const EPS: f32 = 0.01;

/// The hyphen added where a word is broken: U+00AD SOFT HYPHEN, drawn as a hyphen, so text
/// extraction and assistive technology know it is not part of the word (ISO 32000-1,
/// 14.8.2.5).
pub(crate) const SOFT_HYPHEN: &str = "\u{AD}";

/// Wraps `rich` into lines no wider than `max_w` points. Whitespace separates words (runs of
/// it count as one space; a newline breaks the line); a word may change style in the middle.
pub(crate) fn wrap(ts: &Typesetter, rich: &Rich, max_w: f32, lang: Lang) -> Vec<Line> {
    let max_w = max_w.max(1.0);
    let mut b = LineBuilder {
        ts,
        lines: Vec::new(),
        cur: Line::default(),
        pending_space: None,
    };
    // One word buffer for the whole text (cleared, not reallocated, after each word).
    let mut word = Word {
        text: String::new(),
        pieces: Vec::new(),
    };
    for (text, style) in rich.runs() {
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{00A0}' && c != '\u{202F}' {
                if !word.text.is_empty() {
                    place_word(&mut b, &word, max_w, lang);
                    word.text.clear();
                    word.pieces.clear();
                }
                if c == '\n' {
                    b.flush();
                } else if !b.cur.runs.is_empty() && b.pending_space.is_none() {
                    b.pending_space = Some(*style);
                }
            } else if !is_bidi_control(c) {
                let c = if is_forbidden_control(c) || c.is_control() {
                    REPLACEMENT
                } else {
                    c
                };
                word.push(c, *style);
            }
        }
    }
    if !word.text.is_empty() {
        place_word(&mut b, &word, max_w, lang);
    }
    if !b.cur.runs.is_empty() || b.lines.is_empty() {
        b.flush();
    }
    // Drop a trailing empty line left by a final newline.
    while b.lines.len() > 1 && b.lines.last().is_some_and(|l| l.runs.is_empty()) {
        b.lines.pop();
    }
    b.lines
}

/// Prefix widths of a word that has to be split: `cum[i]` is the width of the first `i`
/// characters, `at[i]` the byte offset of character `i`.
struct Measure {
    at: Vec<usize>,
    cum: Vec<f32>,
}

impl Measure {
    fn new(ts: &Typesetter, w: &Word) -> Measure {
        let n = w.text.len();
        let mut at = Vec::with_capacity(n + 1);
        let mut cum = Vec::with_capacity(n + 1);
        let mut acc = 0.0f32;
        for (s, e, st) in w.pieces_in(0, n) {
            let face = ts.face(st.face);
            for (i, c) in w.text[s..e].char_indices() {
                at.push(s + i);
                cum.push(acc);
                acc += face.advance(c) * st.size;
            }
        }
        at.push(n);
        cum.push(acc);
        Measure { at, cum }
    }
    /// Character index of byte offset `b` (a character boundary).
    fn index(&self, b: usize) -> usize {
        self.at.partition_point(|x| *x < b)
    }
    /// Width of bytes `a..b` (character boundaries).
    fn width(&self, a: usize, b: usize) -> f32 {
        self.cum[self.index(b)] - self.cum[self.index(a)]
    }
}

thread_local! {
    /// Hyphenation points of words seen before (the same words recur in table cells and
    /// across layout passes). Bounded: cleared when it grows large.
    static BREAKS: std::cell::RefCell<HashMap<(Lang, String), Vec<Break>>> =
        std::cell::RefCell::new(HashMap::new());
}

fn cached_breaks(ts: &Typesetter, word: &str, lang: Lang) -> Vec<Break> {
    if word.len() > 4 * MAX_HYPHENATE {
        return ts.breaks(word, lang);
    }
    BREAKS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(b) = c.get(&(lang, word.to_string())) {
            return b.clone();
        }
        if c.len() > 20_000 {
            c.clear();
        }
        let b = ts.breaks(word, lang);
        c.insert((lang, word.to_string()), b.clone());
        b
    })
}

fn place_word(b: &mut LineBuilder, w: &Word, max_w: f32, lang: Lang) {
    let ts = b.ts;
    // Fast path: the whole word fits (on this line, or on the next one).
    let ww = w.width(ts);
    let sp = b.space_width();
    if b.cur.width + sp + ww <= max_w + EPS {
        b.push_part(w, 0, w.text.len(), None);
        return;
    }
    if ww <= max_w + EPS && w.text.chars().count() < 5 {
        b.flush();
        b.push_part(w, 0, w.text.len(), None);
        return;
    }
    // Slow path, once per word: prefix widths and hyphenation points.
    let m = Measure::new(ts, w);
    let n_chars = m.at.len() - 1;
    let breaks: Vec<(usize, bool)> = cached_breaks(ts, &w.text, lang)
        .into_iter()
        .map(|br| (m.index(br.at), br.hyphen))
        .collect();
    let mut start = 0usize; // character index
    loop {
        let rest = m.cum[n_chars] - m.cum[start];
        let sp = b.space_width();
        if b.cur.width + sp + rest <= max_w + EPS {
            b.push_part(w, m.at[start], w.text.len(), Some(&m));
            return;
        }
        let line_empty = b.cur.runs.is_empty();
        let avail = if line_empty {
            max_w
        } else {
            max_w - b.cur.width - sp
        };
        // The last break after `start` whose head (with its hyphen) fits in `avail`: heads
        // grow with the break position, so a binary search finds it.
        if avail > 0.0 {
            let from = breaks.partition_point(|(k, _)| *k <= start);
            let cands = &breaks[from..];
            let head_w = |k: usize, hyphen: bool| {
                let mut hw = m.cum[k] - m.cum[start];
                if hyphen {
                    hw += ts.width(SOFT_HYPHEN, &w.style_at(m.at[k]));
                }
                hw
            };
            let fit = cands.partition_point(|(k, h)| head_w(*k, *h) <= avail + EPS);
            if fit > 0 {
                let (k, hyphen) = cands[fit - 1];
                b.push_part(w, m.at[start], m.at[k], Some(&m));
                if hyphen {
                    let st = w.style_at(m.at[k]);
                    let hw = ts.width(SOFT_HYPHEN, &st);
                    b.push_text(SOFT_HYPHEN, st, hw);
                }
                b.flush();
                start = k;
                continue;
            }
        }
        if !line_empty {
            b.flush();
            continue;
        }
        // Alone on a line and still too wide: break between characters (at least one).
        let limit = m.cum[start] + max_w + EPS;
        let k = m.cum.partition_point(|c| *c <= limit).saturating_sub(1);
        let k = k.clamp(start + 1, n_chars);
        b.push_part(w, m.at[start], m.at[k], Some(&m));
        b.flush();
        start = k;
        if start >= n_chars {
            return;
        }
    }
}

/// Right-to-left scripts are drawn in visual order: within each line, a stretch of RTL words is
/// reversed (word order and letters), which is enough for short Hebrew/Arabic phrases in
/// otherwise left-to-right text. Each run is reordered on its own, so an answer (a run of its
/// own) is isolated from the text around it.
pub(crate) fn visual_order(s: &str) -> String {
    fn is_rtl(c: char) -> bool {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
    }
    if s.is_ascii() || !s.chars().any(is_rtl) {
        return s.to_string();
    }
    // Split into words and spaces; find maximal stretches of RTL words (with the spaces between).
    let parts: Vec<&str> = split_keep_spaces(s);
    let word_rtl = |p: &str| p.chars().any(is_rtl) && !p.chars().any(|c| c.is_ascii_alphanumeric());
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < parts.len() {
        if word_rtl(parts[i]) {
            let mut j = i;
            let mut k = i;
            while k < parts.len() {
                if word_rtl(parts[k]) {
                    j = k;
                    k += 1;
                } else if parts[k].trim().is_empty() {
                    k += 1;
                } else {
                    break;
                }
            }
            let stretch: String = parts[i..=j].concat();
            out.extend(stretch.chars().rev());
            i = j + 1;
        } else {
            out.push_str(parts[i]);
            i += 1;
        }
    }
    out
}

fn split_keep_spaces(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in s.char_indices() {
        let sp = c == ' ';
        match in_space {
            Some(prev) if prev != sp => {
                parts.push(&s[start..i]);
                start = i;
            }
            _ => {}
        }
        in_space = Some(sp);
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts() -> &'static Typesetter {
        Typesetter::get().unwrap()
    }

    fn joined(lines: &[Line]) -> String {
        lines
            .iter()
            .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
            .collect()
    }

    fn strip(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
            .collect()
    }

    #[test]
    fn dictionaries_load_and_hyphenate() {
        let b = ts().breaks("gegevensbescherming", Lang::Nl);
        assert!(!b.is_empty());
        let b = ts().breaks("hyphenation", Lang::En);
        assert!(!b.is_empty());
    }

    #[test]
    fn no_line_is_wider_than_the_box() {
        let st = Style::new(Face::Regular, 10.0);
        let word = "Gegevensbeschermingseffectbeoordeling".repeat(9);
        let text = format!("Een {word} en nog wat woorden om te wrappen");
        for w in [20.0, 50.0, 100.0, 300.0] {
            let lines = wrap(ts(), &Rich::plain(&text, st), w, Lang::Nl);
            for l in &lines {
                assert!(l.width <= w + 0.05, "{} > {w}", l.width);
                let measured: f32 = l.runs.iter().map(|r| ts().width(&r.text, &r.style)).sum();
                assert!(
                    (measured - l.width).abs() < 0.05,
                    "{measured} vs {}",
                    l.width
                );
            }
            assert_eq!(strip(&joined(&lines)), strip(&text));
        }
    }

    #[test]
    fn long_compounds_are_hyphenated_not_cut() {
        let st = Style::new(Face::Regular, 10.0);
        let lines = wrap(
            ts(),
            &Rich::plain("De gegevensbeschermingseffectbeoordeling", st),
            80.0,
            Lang::Nl,
        );
        assert!(lines.len() >= 2);
        assert!(
            lines[..lines.len() - 1].iter().skip(1).all(|l| l
                .runs
                .last()
                .unwrap()
                .text
                .ends_with('\u{AD}')),
            "{:?}",
            lines
                .iter()
                .map(|l| joined(std::slice::from_ref(l)))
                .collect::<Vec<_>>()
        );
    }

    /// A 50,000-character word, hyphenatable or not, wraps in linear time: in a debug build this
    /// used to take 40 s; now well under a second (the limit leaves room for a loaded machine).
    #[test]
    fn a_50000_character_word_wraps_fast() {
        let st = Style::new(Face::Regular, 10.0);
        let words = [
            "a".repeat(50_000),
            dpia_document_model::sample::huge_word(),
            "aZ3kQ9x".repeat(50_000 / 7),
        ];
        for word in &words {
            let t = std::time::Instant::now();
            let lines = wrap(ts(), &Rich::plain(word, st), 120.0, Lang::Nl);
            let took = t.elapsed();
            assert!(
                took.as_secs_f32() < 3.0,
                "{took:?} for {} chars",
                word.len()
            );
            assert!(lines.len() > 100);
            for l in &lines {
                assert!(l.width <= 120.05);
            }
            assert_eq!(strip(&joined(&lines)), strip(word));
        }
    }

    #[test]
    fn styles_inside_a_word_survive_splitting() {
        let mut r = Rich::new();
        r.push("Verwerkings", Style::new(Face::Bold, 10.0));
        r.push(
            "verantwoordelijkheid".repeat(5).as_str(),
            Style::new(Face::Regular, 10.0),
        );
        let lines = wrap(ts(), &r, 60.0, Lang::Nl);
        let first = &lines[0].runs[0];
        assert_eq!(first.style.face, Face::Bold);
        assert!(lines.iter().all(|l| l.width <= 60.05 && !l.runs.is_empty()));
    }

    #[test]
    fn control_characters_are_replaced_and_bidi_controls_dropped() {
        let st = Style::new(Face::Regular, 10.0);
        let lines = wrap(
            ts(),
            &Rich::plain("a\u{0}b\u{1B}c\u{7} d\u{202E}e\u{2066}f", st),
            500.0,
            Lang::Nl,
        );
        assert_eq!(joined(&lines), "a\u{FFFD}b\u{FFFD}c\u{FFFD} def");
    }

    #[test]
    fn rtl_is_reversed_only_inside_the_rtl_stretch() {
        assert_eq!(visual_order("a שלום עולם b"), "a םלוע םולש b");
        assert_eq!(visual_order("plain"), "plain");
    }

    #[test]
    fn subset_keeps_the_requested_glyph_order() {
        let face = &ts().regular;
        let gids: Vec<u16> = std::iter::once(0)
            .chain("zA€ø".chars().map(|c| face.glyph(c)))
            .collect();
        let bytes = face.subset(&gids).unwrap();
        let data = ReadScope::new(&bytes).read::<FontData<'_>>().unwrap();
        let provider = data.table_provider(0).unwrap();
        let hhea_data = provider.read_table_data(tag::HHEA).unwrap();
        let hhea = ReadScope::new(&hhea_data).read::<HheaTable>().unwrap();
        let maxp_data = provider.read_table_data(tag::MAXP).unwrap();
        let maxp = ReadScope::new(&maxp_data).read::<MaxpTable>().unwrap();
        let hmtx_data = provider.read_table_data(tag::HMTX).unwrap();
        let hmtx = ReadScope::new(&hmtx_data)
            .read_dep::<HmtxTable<'_>>((
                usize::from(maxp.num_glyphs),
                usize::from(hhea.num_h_metrics),
            ))
            .unwrap();
        let adv: Vec<u16> = hmtx.h_metrics.iter().map(|m| m.advance_width).collect();
        for (new, old) in gids.iter().enumerate() {
            let a = adv.get(new).copied().unwrap_or(*adv.last().unwrap());
            assert_eq!(a, face.glyph_advance(*old), "glyph {new}");
        }
    }
}
