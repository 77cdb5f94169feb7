//! Lines and the runs on them: words split into shaped pieces, the builder that fills a line
//! and puts its runs in visual order when it is done.

use std::rc::Rc;

use super::{wrap, SOFT_HYPHEN};
use crate::text::bidi::visual_order;
use crate::text::fonts::Typesetter;
use crate::text::shape::{estimate, shape, Dir, Glyph, Shaped};
use crate::text::{Lang, Rich, Style};

/// Pieces of a word longer than this (bytes) are measured by estimate and shaped only in the
/// parts that go on lines, which keeps a 50,000-character word linear and cheap.
const LONG: usize = 256;

/// A run of text of one style and one direction, at an offset from the line start.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    pub x: f32,
    pub width: f32,
    /// The text in logical order.
    pub text: Rc<str>,
    pub style: Style,
    /// Right to left: drawn in visual order, read in logical order.
    pub rtl: bool,
    /// The glyphs left to right, their text ranges into `text`.
    pub glyphs: Rc<[Glyph]>,
}

/// One laid-out line; its runs in visual order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

impl Line {
    /// `text` on one line, however long (whitespace folded to single spaces).
    pub fn single(ts: &Typesetter, text: &str, style: Style) -> Line {
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        wrap(ts, &Rich::plain(&folded, style), f32::MAX, Lang::En)
            .into_iter()
            .next()
            .unwrap_or_default()
    }
}

pub(super) fn dir(level: u8) -> Dir {
    if level % 2 == 1 {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// A piece of a word: where it ends (byte), its style and bidi level.
pub(super) type Piece = (usize, Style, u8);

/// A maximal run without whitespace (it may change style or level in the middle), with each
/// piece shaped.
#[derive(Default)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) pieces: Vec<Piece>,
    pub(super) shaped: Vec<Rc<Shaped>>,
}

impl Word {
    pub(super) fn push(&mut self, c: char, style: Style, level: u8) {
        self.text.push(c);
        match self.pieces.last_mut() {
            Some((end, st, l)) if st.key() == style.key() && *l == level => *end = self.text.len(),
            _ => self.pieces.push((self.text.len(), style, level)),
        }
    }
    pub(super) fn clear(&mut self) {
        self.text.clear();
        self.pieces.clear();
        self.shaped.clear();
    }
    /// Shapes each piece; a piece longer than any word is only estimated (see `part`).
    pub(super) fn shape(&mut self, ts: &Typesetter) {
        let mut start = 0;
        for (end, st, level) in &self.pieces {
            let text = &self.text[start..*end];
            self.shaped.push(if text.len() > LONG {
                Rc::new(estimate(ts, st.face, text))
            } else {
                shape(ts, st.face, text, dir(*level))
            });
            start = *end;
        }
    }
    /// The pieces overlapping bytes `a..b`, clipped: (start, end, piece index).
    pub(super) fn pieces_in(
        &self,
        a: usize,
        b: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let mut start = 0;
        self.pieces
            .iter()
            .enumerate()
            .filter_map(move |(i, (end, _, _))| {
                let s = start.max(a);
                let e = (*end).min(b);
                start = *end;
                (s < e).then_some((s, e, i))
            })
    }
    /// The width (estimated for long pieces).
    pub(super) fn width(&self) -> f32 {
        self.pieces
            .iter()
            .zip(&self.shaped)
            .map(|((_, st, _), sh)| sh.width * st.size)
            .sum()
    }
    pub(super) fn piece_at(&self, at: usize) -> Piece {
        let i = self.pieces.partition_point(|(end, _, _)| *end < at);
        self.pieces[i.min(self.pieces.len() - 1)]
    }
}

/// Shaped text ready to go on a line.
pub(super) struct Part {
    pieces: Vec<(String, Style, u8, Rc<Shaped>)>,
    pub(super) width: f32,
}

/// A run being built (logical order); `starts` are the glyph indices where each shaped piece
/// begins, so a right-to-left run can put its pieces in visual order when the line is done.
pub(super) struct Building {
    text: String,
    style: Style,
    level: u8,
    width: f32,
    glyphs: Vec<Glyph>,
    starts: Vec<usize>,
}

pub(super) struct LineBuilder<'a> {
    pub(super) ts: &'a Typesetter,
    pub(super) lines: Vec<Line>,
    pub(super) cur: Vec<Building>,
    pub(super) cur_width: f32,
    pub(super) pending_space: Option<(Style, u8)>,
}

impl LineBuilder<'_> {
    pub(super) fn push_shaped(&mut self, text: &str, style: Style, level: u8, shaped: &Shaped) {
        let w = shaped.width * style.size;
        let fresh =
            !matches!(self.cur.last(), Some(r) if r.style.key() == style.key() && r.level == level);
        if fresh {
            self.cur.push(Building {
                text: String::new(),
                style,
                level,
                width: 0.0,
                glyphs: Vec::new(),
                starts: Vec::new(),
            });
        }
        let Some(r) = self.cur.last_mut() else { return };
        let at = r.text.len();
        r.starts.push(r.glyphs.len());
        r.glyphs.extend(shaped.glyphs.iter().map(|g| g.shifted(at)));
        r.text.push_str(text);
        r.width += w;
        self.cur_width += w;
    }
    pub(super) fn space(&self) -> Option<(Style, u8, Rc<Shaped>)> {
        match self.pending_space {
            Some((st, level)) if !self.cur.is_empty() => {
                Some((st, level, shape(self.ts, st.face, " ", dir(level))))
            }
            _ => None,
        }
    }
    pub(super) fn space_width(&self) -> f32 {
        self.space().map_or(0.0, |(st, _, sh)| sh.width * st.size)
    }
    pub(super) fn take_space(&mut self) {
        if let Some((st, level, sh)) = self.space() {
            self.push_shaped(" ", st, level, &sh);
        }
        self.pending_space = None;
    }
    /// Bytes `a..b` of `w` (and a hyphen after them), shaped: whole pieces as the word was
    /// shaped, cut pieces anew.
    pub(super) fn part(&self, w: &Word, a: usize, b: usize, hyphen: bool) -> Part {
        let mut pieces = Vec::new();
        let mut width = 0.0;
        for (s, e, i) in w.pieces_in(a, b) {
            let (end, st, level) = w.pieces[i];
            let piece_start = if i == 0 { 0 } else { w.pieces[i - 1].0 };
            let sh = if s == piece_start && e == end && w.shaped[i].exact {
                w.shaped[i].clone()
            } else {
                shape(self.ts, st.face, &w.text[s..e], dir(level))
            };
            width += sh.width * st.size;
            pieces.push((w.text[s..e].to_string(), st, level, sh));
        }
        if hyphen {
            let (_, st, level) = w.piece_at(b);
            let sh = shape(self.ts, st.face, SOFT_HYPHEN, dir(level));
            width += sh.width * st.size;
            pieces.push((SOFT_HYPHEN.to_string(), st, level, sh));
        }
        Part { pieces, width }
    }
    pub(super) fn push_part(&mut self, p: Part) {
        self.take_space();
        for (text, st, level, sh) in p.pieces {
            self.push_shaped(&text, st, level, &sh);
        }
    }
    /// Ends a full line before the next word. The space between the two words stays in the
    /// text, at the end of this line (so the words do not run together when the text is read
    /// out or extracted), but takes no room: the line and its last run are as wide as what
    /// shows. (Only where that run is left to right at paragraph level, where its end is the
    /// line's right end.)
    pub(super) fn break_line(&mut self) {
        if self.pending_space.is_some() {
            if let Some((st, 0)) = self.cur.last().map(|r| (r.style, r.level)) {
                let sh = shape(self.ts, st.face, " ", Dir::Ltr);
                let w = sh.width * st.size;
                self.push_shaped(" ", st, 0, &sh);
                self.cur_width -= w;
                if let Some(r) = self.cur.last_mut() {
                    r.width -= w;
                }
            }
        }
        self.flush();
    }
    pub(super) fn flush(&mut self) {
        self.pending_space = None;
        let runs = std::mem::take(&mut self.cur);
        let width = std::mem::take(&mut self.cur_width);
        self.lines.push(finish(runs, width));
    }
}

/// The runs of a line in visual order, right-to-left runs with their pieces reversed.
fn finish(runs: Vec<Building>, width: f32) -> Line {
    let levels: Vec<u8> = runs.iter().map(|r| r.level).collect();
    let mut runs: Vec<Option<Building>> = runs.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(runs.len());
    let mut x = 0.0;
    for i in visual_order(&levels) {
        let Some(r) = runs[i].take() else { continue };
        let rtl = r.level % 2 == 1;
        let glyphs = if rtl && r.starts.len() > 1 {
            let mut g = Vec::with_capacity(r.glyphs.len());
            let mut end = r.glyphs.len();
            for s in r.starts.iter().rev() {
                g.extend_from_slice(&r.glyphs[*s..end]);
                end = *s;
            }
            g
        } else {
            r.glyphs
        };
        out.push(Run {
            x,
            width: r.width,
            text: r.text.into(),
            style: r.style,
            rtl,
            glyphs: glyphs.into(),
        });
        x += r.width;
    }
    Line { runs: out, width }
}
