//! Fonts, glyph-advance measuring and line breaking with Dutch/English hyphenation.
//!
//! Text is measured with the embedded DejaVu fonts' advance widths (the same widths the PDF
//! viewer uses, since the content stream places glyphs without kerning or shaping). A word that
//! does not fit on the current line is hyphenated; one that does not fit on an empty line even
//! after hyphenation is broken between characters, so no text ever runs past its box.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};
use printpdf::ParsedFont;

use crate::PdfError;

pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");

/// Hyphenation dictionaries built by the `hyphenation` crate (0.8) from the hyph-utf8 patterns;
/// only these two are embedded (see `hyph/README.md`).
const HYPH_NL: &[u8] = include_bytes!("../hyph/nl.standard.bincode");
const HYPH_EN: &[u8] = include_bytes!("../hyph/en-us.standard.bincode");

/// Font ascent and descent (fractions of the font size) used for line boxes and highlights.
pub(crate) const ASCENT: f32 = 0.76;
pub(crate) const DESCENT: f32 = 0.24;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
    /// Background behind the glyphs (placeholders).
    pub highlight: Option<Rgb>,
}

impl Style {
    pub fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            color: BLACK,
            highlight: None,
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
}

/// One font face: the parsed font (for embedding) and a fast advance-width table.
pub(crate) struct FontFace {
    pub parsed: ParsedFont,
    upm: f32,
    /// Advance widths in font units for U+0000..U+FFFF (0 = use the lookup below).
    bmp: Vec<u16>,
    notdef: u16,
}

impl FontFace {
    fn load(bytes: &[u8], name: &str) -> Result<FontFace, PdfError> {
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| PdfError::Font(name.to_string()))?;
        parsed.font_name = Some(name.to_string());
        let upm = f32::from(parsed.units_per_em.max(1));
        let notdef = parsed.get_glyph_width(0).unwrap_or(0);
        let mut bmp = vec![0u16; 0x10000];
        for (&cp, &gid) in &parsed.codepoint_to_glyph {
            if cp < 0x10000 {
                bmp[cp as usize] = parsed.get_glyph_width(gid).unwrap_or(0);
            }
        }
        Ok(FontFace {
            parsed,
            upm,
            bmp,
            notdef,
        })
    }

    /// A font program with only the glyphs for `chars` (plus .notdef), parsed for embedding.
    ///
    /// printpdf subsets only with its `text_layout` feature (which pulls in a whole layout
    /// engine), so we subset here with allsorts, which printpdf already depends on. The subset
    /// keeps a Unicode cmap, so printpdf maps text to the new glyph ids and writes /ToUnicode.
    pub fn subset(&self, chars: &BTreeSet<char>, name: &str) -> Result<ParsedFont, PdfError> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::subset::{subset, CmapTarget, SubsetProfile};
        let err = |e: String| PdfError::Font(format!("{name}: {e}"));
        let gids: BTreeSet<u16> = chars
            .iter()
            .filter_map(|c| self.parsed.lookup_glyph_index(*c as u32))
            .filter(|g| *g != 0)
            .collect();
        let ids: Vec<u16> = std::iter::once(0).chain(gids).collect();
        let scope = ReadScope::new(&self.parsed.original_bytes);
        let data = scope
            .read::<FontData<'_>>()
            .map_err(|e| err(e.to_string()))?;
        let provider = data.table_provider(0).map_err(|e| err(e.to_string()))?;
        let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| err(e.to_string()))?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| err("subset font could not be parsed".into()))?;
        parsed.font_name = Some(format!("{}+{name}", subset_tag(&ids)));
        Ok(parsed)
    }

    /// Advance width of `c` in font units (the .notdef width for characters the font lacks).
    fn advance(&self, c: char) -> u16 {
        let cp = c as u32;
        if cp < 0x10000 {
            let w = self.bmp[cp as usize];
            if w != 0 {
                return w;
            }
        }
        match self.parsed.lookup_glyph_index(cp) {
            Some(gid) => self.parsed.get_glyph_width(gid).unwrap_or(0),
            None => self.notdef,
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
        let units: u32 = s.chars().map(|c| u32::from(face.advance(c))).sum();
        units as f32 / face.upm * style.size
    }

    /// Hyphenation points (byte offsets) inside `word`: pattern breaks inside letter runs, and
    /// the places right after an explicit hyphen or slash.
    pub fn breaks(&self, word: &str, lang: Lang) -> Vec<Break> {
        let dict = match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        };
        let mut out = Vec::new();
        let mut run_start: Option<usize> = None;
        let flush = |out: &mut Vec<Break>, start: usize, end: usize| {
            let seg = &word[start..end];
            if seg.chars().count() >= 5 {
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
                if run_start.is_none() {
                    run_start = Some(i);
                }
                continue;
            }
            if let Some(s) = run_start.take() {
                flush(&mut out, s, i);
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
        if let Some(s) = run_start {
            flush(&mut out, s, word.len());
        }
        out.sort_by_key(|b| b.at);
        out.dedup_by_key(|b| b.at);
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// A piece of a word in one style.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    style: Style,
}

/// A maximal run without whitespace (it may change style in the middle).
#[derive(Clone, Debug)]
struct Word {
    pieces: Vec<Piece>,
}

impl Word {
    fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
    fn width(&self, ts: &Typesetter) -> f32 {
        self.pieces
            .iter()
            .map(|p| ts.width(&p.text, &p.style))
            .sum()
    }
    /// Splits at byte offset `at` of the word's text.
    fn split(&self, at: usize) -> (Word, Word) {
        let mut head = Vec::new();
        let mut tail = Vec::new();
        let mut pos = 0;
        for p in &self.pieces {
            let end = pos + p.text.len();
            if end <= at {
                head.push(p.clone());
            } else if pos >= at {
                tail.push(p.clone());
            } else {
                let k = at - pos;
                head.push(Piece {
                    text: p.text[..k].to_string(),
                    style: p.style,
                });
                tail.push(Piece {
                    text: p.text[k..].to_string(),
                    style: p.style,
                });
            }
            pos = end;
        }
        (Word { pieces: head }, Word { pieces: tail })
    }
    /// Width of the first `at` bytes.
    fn prefix_width(&self, ts: &Typesetter, at: usize) -> f32 {
        self.split(at).0.width(ts)
    }
    fn style_at(&self, at: usize) -> Style {
        let mut pos = 0;
        let mut last = self.pieces[0].style;
        for p in &self.pieces {
            last = p.style;
            pos += p.text.len();
            if pos >= at {
                break;
            }
        }
        last
    }
}

#[derive(Clone, Debug)]
enum Token {
    Word(Word),
    Space(Style),
    /// A forced line break (newline in the source text).
    Newline,
}

/// Rich text to be wrapped: a list of styled runs.
#[derive(Clone, Debug, Default)]
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
    pub fn push(&mut self, text: &str, style: Style) {
        if !text.is_empty() {
            self.runs.push((text.to_string(), style));
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
    fn tokens(&self) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::new();
        let mut cur: Option<Word> = None;
        for (text, style) in &self.runs {
            let mut buf = String::new();
            for c in text.chars() {
                if c.is_whitespace() && c != '\u{00A0}' {
                    if !buf.is_empty() {
                        cur.get_or_insert(Word { pieces: Vec::new() })
                            .pieces
                            .push(Piece {
                                text: std::mem::take(&mut buf),
                                style: *style,
                            });
                    }
                    if let Some(w) = cur.take() {
                        out.push(Token::Word(w));
                    }
                    if c == '\n' {
                        out.push(Token::Newline);
                    } else if !matches!(
                        out.last(),
                        Some(Token::Space(_)) | Some(Token::Newline) | None
                    ) {
                        out.push(Token::Space(*style));
                    }
                } else if !c.is_control() {
                    buf.push(c);
                }
            }
            if !buf.is_empty() {
                cur.get_or_insert(Word { pieces: Vec::new() })
                    .pieces
                    .push(Piece {
                        text: buf,
                        style: *style,
                    });
            }
        }
        if let Some(w) = cur.take() {
            out.push(Token::Word(w));
        }
        out
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
    fn push_text(&mut self, text: &str, style: Style) {
        let w = self.ts.width(text, &style);
        if let Some(last) = self.cur.runs.last_mut() {
            if last.style == style {
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
    fn push_word(&mut self, w: &Word) {
        if let Some(st) = self.pending_space.take() {
            if !self.cur.runs.is_empty() {
                self.push_text(" ", st);
            }
        }
        for p in &w.pieces {
            self.push_text(&p.text, p.style);
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

/// Wraps `rich` into lines no wider than `max_w` points.
pub(crate) fn wrap(ts: &Typesetter, rich: &Rich, max_w: f32, lang: Lang) -> Vec<Line> {
    let max_w = max_w.max(1.0);
    let mut b = LineBuilder {
        ts,
        lines: Vec::new(),
        cur: Line::default(),
        pending_space: None,
    };
    for tok in rich.tokens() {
        match tok {
            Token::Space(st) => {
                if !b.cur.runs.is_empty() {
                    b.pending_space = Some(st);
                }
            }
            Token::Newline => b.flush(),
            Token::Word(w) => place_word(&mut b, w, max_w, lang),
        }
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

fn place_word(b: &mut LineBuilder, mut w: Word, max_w: f32, lang: Lang) {
    let ts = b.ts;
    loop {
        let ww = w.width(ts);
        let sp = b.space_width();
        if b.cur.width + sp + ww <= max_w + EPS {
            b.push_word(&w);
            return;
        }
        let line_empty = b.cur.runs.is_empty();
        let avail = if line_empty {
            max_w
        } else {
            max_w - b.cur.width - sp
        };
        if let Some((head, tail)) = hyphen_split(ts, &w, avail, lang) {
            b.push_word(&head);
            b.flush();
            w = tail;
            continue;
        }
        if !line_empty {
            b.flush();
            continue;
        }
        // Alone on a line and still too wide: break between characters.
        let (head, tail) = char_split(ts, &w, max_w);
        b.push_word(&head);
        b.flush();
        match tail {
            Some(t) => w = t,
            None => return,
        }
    }
}

/// The longest hyphenated head of `w` (with its hyphen) that fits in `avail`.
fn hyphen_split(ts: &Typesetter, w: &Word, avail: f32, lang: Lang) -> Option<(Word, Word)> {
    if avail <= 0.0 {
        return None;
    }
    let text = w.text();
    let breaks = ts.breaks(&text, lang);
    for br in breaks.iter().rev() {
        let mut width = w.prefix_width(ts, br.at);
        let style = w.style_at(br.at);
        if br.hyphen {
            width += ts.width("-", &style);
        }
        if width <= avail + EPS {
            let (mut head, tail) = w.split(br.at);
            if br.hyphen {
                if let Some(last) = head.pieces.last_mut() {
                    last.text.push('-');
                }
            }
            return Some((head, tail));
        }
    }
    None
}

/// Splits `w` after as many characters as fit in `max_w` (at least one).
fn char_split(ts: &Typesetter, w: &Word, max_w: f32) -> (Word, Option<Word>) {
    let text = w.text();
    let mut width = 0.0;
    let mut cut = None;
    let mut pos = 0;
    for p in &w.pieces {
        for (i, c) in p.text.char_indices() {
            let cw = ts.width(c.encode_utf8(&mut [0; 4]), &p.style);
            if width + cw > max_w + EPS && pos + i > 0 {
                cut = Some(pos + i);
                break;
            }
            width += cw;
        }
        if cut.is_some() {
            break;
        }
        pos += p.text.len();
    }
    match cut {
        Some(at) if at < text.len() => {
            let (h, t) = w.split(at);
            (h, Some(t))
        }
        _ => (w.clone(), None),
    }
}

/// Right-to-left scripts are drawn in visual order: within each line, a stretch of RTL words is
/// reversed (word order and letters), which is enough for short Hebrew/Arabic phrases in
/// otherwise left-to-right text.
pub(crate) fn visual_order(s: &str) -> String {
    fn is_rtl(c: char) -> bool {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
    }
    if !s.chars().any(is_rtl) {
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
            }
            let joined: String = lines
                .iter()
                .flat_map(|l| l.runs.iter().map(|r| r.text.clone()))
                .collect::<Vec<_>>()
                .join("");
            let strip = |s: &str| {
                s.chars()
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .collect::<String>()
            };
            assert_eq!(strip(&joined), strip(&text));
        }
    }

    #[test]
    fn rtl_is_reversed_only_inside_the_rtl_stretch() {
        assert_eq!(visual_order("a שלום עולם b"), "a םלוע םולש b");
        assert_eq!(visual_order("plain"), "plain");
    }
}
