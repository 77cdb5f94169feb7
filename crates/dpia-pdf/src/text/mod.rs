//! Text: styles and styled runs, the fonts, shaping, bidi levels and line breaking.
//!
//! Words are shaped with rustybuzz (the shaper krilla uses) and the line breaker measures the
//! shaped glyphs, so what is measured is what is drawn: every laid-out run carries the glyphs
//! the PDF shows. Right-to-left text is ordered by the Unicode bidi algorithm per line.

mod bidi;
mod compounds;
mod fonts;
mod shape;
mod wrap;

pub(crate) use fonts::{Face, Typesetter};
pub(crate) use shape::Glyph;
pub(crate) use wrap::{width, wrap, Line, Run};

/// Font ascent and descent (fractions of the font size) used for line boxes and highlights.
pub(crate) const ASCENT: f32 = 0.76;
pub(crate) const DESCENT: f32 = 0.24;

/// An RGB colour, 0-255 per channel.
pub(crate) type Rgb = [u8; 3];

pub(crate) const BLACK: Rgb = [0x1A, 0x1A, 0x1A];

/// Span id of answers: text the client typed, isolated from the text around it for the bidi
/// algorithm (as if wrapped in U+2068 … U+2069). References have span ids from 2.
pub(crate) const ANSWER_SPAN: u32 = 1;

/// Parses "RRGGBB"; anything malformed becomes mid grey rather than an error.
pub(crate) fn hex(s: &str) -> Rgb {
    let p = |i: usize| {
        s.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0x80)
    };
    [p(0), p(2), p(4)]
}

/// The document language, for hyphenation.
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

/// How a run of text looks, and which inline it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
    /// Background behind the glyphs (placeholders).
    pub highlight: Option<Rgb>,
    /// Non-zero for text that must stay a run of its own: an answer ([`ANSWER_SPAN`]) or a
    /// reference (a link, ids from 2).
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
    pub(crate) fn key(&self) -> (Face, u32, Rgb, Option<Rgb>, u32) {
        (
            self.face,
            self.size.to_bits(),
            self.color,
            self.highlight,
            self.span,
        )
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
    pub(crate) fn runs(&self) -> &[(String, Style)] {
        &self.runs
    }
}
