//! Shaping: a piece of text in one face and one direction becomes glyphs (rustybuzz, the shaper
//! under krilla's own text API), with a stand-in glyph where the font has none.
//!
//! The layout measures exactly these glyphs and the PDF draws them, so measured and drawn
//! widths agree. A character DejaVu Sans lacks is drawn as its U+FFFD glyph (PDF/A and PDF/UA
//! forbid the .notdef glyph) while the text keeps the character, so it still extracts and is
//! read out as itself. Short pieces (words) are cached per thread: the same words recur in
//! tables, headers and both layout passes.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use fnv::FnvHashMap;

use super::fonts::{Face, FontFace, Typesetter};

/// A shaped glyph: advances and offsets in em (multiply by the font size), and the bytes of
/// the text it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Glyph {
    pub id: u16,
    pub start: u32,
    pub end: u32,
    pub advance: f32,
    pub dx: f32,
    pub dy: f32,
}

impl Glyph {
    /// The same glyph for text that starts `by` bytes further on.
    pub fn shifted(mut self, by: usize) -> Glyph {
        self.start += by as u32;
        self.end += by as u32;
        self
    }
}

impl krilla::text::Glyph for Glyph {
    fn glyph_id(&self) -> krilla::text::GlyphId {
        krilla::text::GlyphId::new(u32::from(self.id))
    }
    fn text_range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    fn x_advance(&self, size: f32) -> f32 {
        self.advance * size
    }
    fn x_offset(&self, size: f32) -> f32 {
        self.dx * size
    }
    fn y_offset(&self, size: f32) -> f32 {
        self.dy * size
    }
    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

/// Glyphs in visual order (left to right as drawn) and their total advance in em.
#[derive(Debug, Default)]
pub(crate) struct Shaped {
    pub glyphs: Vec<Glyph>,
    pub width: f32,
    /// Shaped (drawable), or only each character's own glyph and advance ([`estimate`]).
    pub exact: bool,
}

/// Which way a piece is shaped: its bidi direction, or guessed from its script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    Ltr,
    Rtl,
    Auto,
}

/// Pieces longer than this (bytes) are shaped without the cache.
const CACHED: usize = 96;
/// The cache is emptied when it holds this many pieces.
const CACHE_LIMIT: usize = 50_000;

/// A shaping plan's key: the face (its address: the faces live as long as the process),
/// direction and script.
type PlanKey = (usize, rustybuzz::Direction, rustybuzz::Script);

thread_local! {
    /// Shaped pieces by face and direction (6 maps), then text: looked up without allocating.
    static CACHE: RefCell<[FnvHashMap<String, Rc<Shaped>>; 6]> = RefCell::new(Default::default());
    static PLANS: RefCell<FnvHashMap<PlanKey, Rc<rustybuzz::ShapePlan>>> =
        RefCell::new(FnvHashMap::default());
}

/// `text` shaped in `face`; a lone soft hyphen becomes the face's visible hyphen.
pub(crate) fn shape(ts: &Typesetter, face: Face, text: &str, dir: Dir) -> Rc<Shaped> {
    if text.len() > CACHED {
        return Rc::new(shape_uncached(ts.face(face), text, dir));
    }
    let slot = face as usize * 3 + dir as usize;
    if let Some(s) = CACHE.with(|c| c.borrow()[slot].get(text).cloned()) {
        return s;
    }
    let shaped = Rc::new(shape_uncached(ts.face(face), text, dir));
    CACHE.with(|c| {
        let map = &mut c.borrow_mut()[slot];
        if map.len() >= CACHE_LIMIT {
            map.clear();
        }
        map.insert(text.to_string(), shaped.clone());
    });
    shaped
}

fn shape_uncached(font: &FontFace, text: &str, dir: Dir) -> Shaped {
    if text == super::wrap::SOFT_HYPHEN {
        let h = font.hyphen;
        return Shaped {
            glyphs: vec![Glyph {
                id: h.id,
                start: 0,
                end: text.len() as u32,
                advance: h.advance,
                dx: 0.0,
                dy: 0.0,
            }],
            width: h.advance,
            exact: true,
        };
    }
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    match dir {
        Dir::Ltr => buffer.set_direction(rustybuzz::Direction::LeftToRight),
        Dir::Rtl => buffer.set_direction(rustybuzz::Direction::RightToLeft),
        Dir::Auto => {}
    }
    buffer.guess_segment_properties();
    // A shaping plan per face, direction and script (making one costs more than shaping a
    // word).
    let key = (
        font as *const FontFace as usize,
        buffer.direction(),
        buffer.script(),
    );
    let plan = PLANS.with(|p| {
        p.borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                Rc::new(rustybuzz::ShapePlan::new(
                    &font.shaper,
                    key.1,
                    Some(key.2),
                    None,
                    &[],
                ))
            })
            .clone()
    });
    let out = rustybuzz::shape_with_plan(&font.shaper, &plan, buffer);
    let upm = font.units_per_em();
    // A cluster runs from its first byte to the next cluster's (in text order).
    let mut starts: Vec<u32> = out.glyph_infos().iter().map(|i| i.cluster).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: u32| {
        let i = starts.partition_point(|s| *s <= start);
        starts.get(i).copied().unwrap_or(text.len() as u32)
    };
    let mut width = 0.0;
    let glyphs = out
        .glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(info, pos)| {
            let mut g = Glyph {
                id: info.glyph_id as u16,
                start: info.cluster,
                end: end_of(info.cluster),
                advance: pos.x_advance as f32 / upm,
                dx: pos.x_offset as f32 / upm,
                dy: pos.y_offset as f32 / upm,
            };
            if g.id == 0 {
                g.id = font.missing.id;
                g.advance = font.missing.advance;
                g.dx = 0.0;
                g.dy = 0.0;
            }
            width += g.advance;
            g
        })
        .collect();
    Shaped {
        glyphs,
        width,
        exact: true,
    }
}

/// Each character's own glyph and advance, without shaping (no kerning, ligatures or joining):
/// a cheap estimate for measuring a letter run far longer than any word, of which only the
/// parts that go on lines are shaped.
pub(crate) fn estimate(ts: &Typesetter, face: Face, text: &str) -> Shaped {
    let font = ts.face(face);
    let upm = font.units_per_em();
    let mut width = 0.0;
    let glyphs = text
        .char_indices()
        .map(|(i, c)| {
            let (id, advance) = match font.shaper.glyph_index(c) {
                Some(g) => (
                    g.0,
                    f32::from(font.shaper.glyph_hor_advance(g).unwrap_or(0)) / upm,
                ),
                None => (font.missing.id, font.missing.advance),
            };
            width += advance;
            Glyph {
                id,
                start: i as u32,
                end: (i + c.len_utf8()) as u32,
                advance,
                dx: 0.0,
                dy: 0.0,
            }
        })
        .collect();
    Shaped {
        glyphs,
        width,
        exact: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts() -> &'static Typesetter {
        Typesetter::get().unwrap()
    }

    #[test]
    fn arabic_is_joined_and_right_to_left() {
        let text = "مستشفى";
        let s = shape(ts(), Face::Regular, text, Dir::Rtl);
        // Joined forms are other glyphs than the letters' own, and the clusters run from the
        // end of the text to its start (visual order).
        let own: Vec<u16> = text
            .chars()
            .filter_map(|c| ts().regular.shaper.glyph_index(c).map(|g| g.0))
            .collect();
        assert!(s.glyphs.iter().filter(|g| !own.contains(&g.id)).count() >= 4);
        assert!(s.glyphs.first().unwrap().start > s.glyphs.last().unwrap().start);
        assert!(s.glyphs.iter().all(|g| g.start < g.end));
    }

    #[test]
    fn missing_characters_get_the_replacement_glyph_and_keep_their_text() {
        let s = shape(ts(), Face::Regular, "a中b", Dir::Ltr);
        let mid = s.glyphs[1];
        assert_eq!(mid.id, ts().regular.missing.id);
        assert_eq!(&"a中b"[mid.start as usize..mid.end as usize], "中");
        assert!(s.glyphs.iter().all(|g| g.id != 0));
    }

    #[test]
    fn a_soft_hyphen_is_visible_and_kerning_counts() {
        let h = shape(ts(), Face::Regular, "\u{AD}", Dir::Ltr);
        assert_eq!(h.glyphs.len(), 1);
        assert!(h.width > 0.2);
        // "AV" is kerned: narrower than "A" and "V" apart.
        let av = shape(ts(), Face::Regular, "AV", Dir::Ltr).width;
        let apart = shape(ts(), Face::Regular, "A", Dir::Ltr).width
            + shape(ts(), Face::Regular, "V", Dir::Ltr).width;
        assert!(av < apart - 0.01, "{av} vs {apart}");
    }
}
