//! Line breaking with Dutch/English hyphenation, over shaped words.
//!
//! Whitespace separates words (a run of it counts as one space; a newline breaks the line); a
//! word may change style or bidi level in the middle, and each such piece is shaped on its own.
//! A word that does not fit on the current line is hyphenated; one that does not fit on an
//! empty line even after hyphenation is broken between characters, so no text ever runs past
//! its box. Break positions are chosen with prefix widths from the word's shaping and then
//! confirmed by shaping the part that goes on the line, so every line's width is the width of
//! the glyphs it draws.
//!
//! Line breaking is linear in the length of the text: a word that must be split is measured
//! and hyphenated once; each line then takes a binary search over its prefix widths and shapes
//! only what it keeps. Very long letter runs are not hyphenated but broken between characters.
//! Finished lines put their runs in visual order (bidi rule L2); a right-to-left run keeps its
//! text in logical order and its glyphs in visual order.

mod line;

use dpia_document_model::clean::{is_bidi_control, is_forbidden_control, REPLACEMENT};

use super::bidi::Levels;
use super::fonts::{Break, Typesetter};
use super::shape::{shape, Dir};
use super::{Lang, Rich, Style};
pub(crate) use line::{Line, Run};
use line::{LineBuilder, Word};

const EPS: f32 = 0.01;

/// The hyphen added where a word is broken: U+00AD SOFT HYPHEN, drawn as a hyphen, so text
/// extraction and assistive technology know it is not part of the word (ISO 32000-1,
/// 14.8.2.5).
pub(crate) const SOFT_HYPHEN: &str = "\u{AD}";

/// Width of `s` in points as the line breaker measures it: words and single spaces shaped
/// one by one, a trailing soft hyphen as a hyphen.
pub(crate) fn width(ts: &Typesetter, s: &str, style: &Style) -> f32 {
    let mut w = 0.0;
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            w += shape(ts, style.face, " ", Dir::Auto).width;
        }
        let (body, hyphen) = match word.strip_suffix(SOFT_HYPHEN) {
            Some(b) => (b, true),
            None => (word, false),
        };
        if !body.is_empty() {
            w += shape(ts, style.face, body, Dir::Auto).width;
        }
        if hyphen {
            w += shape(ts, style.face, SOFT_HYPHEN, Dir::Auto).width;
        }
    }
    w * style.size
}

/// What a character is drawn as: controls, private-use characters and U+FEFF (which PDF/A and
/// PDF/UA do not allow as the text of a glyph) become U+FFFD.
fn shown(c: char) -> char {
    let private = matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}');
    if is_forbidden_control(c) || c.is_control() || private || c == '\u{FEFF}' {
        REPLACEMENT
    } else {
        c
    }
}

/// Text from this size on (the cover, headings of every level) is not hyphenated.
const NO_HYPHEN_FROM: f32 = 11.0;

/// Wraps `rich` into lines no wider than `max_w` points.
pub(crate) fn wrap(ts: &Typesetter, rich: &Rich, max_w: f32, lang: Lang) -> Vec<Line> {
    let max_w = max_w.max(1.0);
    let levels = Levels::of(rich);
    let mut b = LineBuilder {
        ts,
        lines: Vec::new(),
        cur: Vec::new(),
        cur_width: 0.0,
        pending_space: None,
    };
    // One word buffer for the whole text (cleared, not reallocated, after each word).
    let mut word = Word::default();
    for (ri, (text, style)) in rich.runs().iter().enumerate() {
        for (i, c) in text.char_indices() {
            let level = levels.at(ri, i);
            if c.is_whitespace() && c != '\u{00A0}' && c != '\u{202F}' {
                if !word.text.is_empty() {
                    place_word(&mut b, &mut word, max_w, lang);
                    word.clear();
                }
                if c == '\n' {
                    b.flush();
                } else if !b.cur.is_empty() && b.pending_space.is_none() {
                    b.pending_space = Some((*style, level));
                }
            } else if !is_bidi_control(c) {
                word.push(shown(c), *style, level);
            }
        }
    }
    if !word.text.is_empty() {
        place_word(&mut b, &mut word, max_w, lang);
    }
    if !b.cur.is_empty() || b.lines.is_empty() {
        b.flush();
    }
    // Drop a trailing empty line left by a final newline.
    while b.lines.len() > 1 && b.lines.last().is_some_and(|l| l.runs.is_empty()) {
        b.lines.pop();
    }
    b.lines
}

/// Estimated prefix widths of a word that has to be split: `cum[i]` is the width of the first
/// `i` characters (a cluster's advance counted at its first character), `at[i]` the byte
/// offset of character `i`.
struct Measure {
    at: Vec<usize>,
    cum: Vec<f32>,
}

impl Measure {
    fn new(w: &Word) -> Measure {
        let n = w.text.len();
        let mut adv = vec![0.0f32; n + 1];
        let mut start = 0;
        for ((end, st, _), sh) in w.pieces.iter().zip(&w.shaped) {
            for g in &sh.glyphs {
                adv[start + g.start as usize] += g.advance * st.size;
            }
            start = *end;
        }
        let mut at = Vec::with_capacity(n + 1);
        let mut cum = Vec::with_capacity(n + 1);
        let mut acc = 0.0f32;
        for (i, _) in w.text.char_indices() {
            at.push(i);
            cum.push(acc);
            acc += adv[i];
        }
        at.push(n);
        cum.push(acc);
        Measure { at, cum }
    }
    /// Character index of byte offset `b` (a character boundary).
    fn index(&self, b: usize) -> usize {
        self.at.partition_point(|x| *x < b)
    }
}

thread_local! {
    /// Hyphenation points of words seen before, per language (the same words recur in table
    /// cells and across layout passes). Bounded: cleared when it grows large.
    static BREAKS: std::cell::RefCell<[fnv::FnvHashMap<String, Vec<Break>>; 2]> =
        std::cell::RefCell::new(Default::default());
}

fn cached_breaks(ts: &Typesetter, word: &str, lang: Lang) -> Vec<Break> {
    if word.len() > 256 {
        return ts.breaks(word, lang);
    }
    let slot = lang as usize;
    if let Some(b) = BREAKS.with(|c| c.borrow()[slot].get(word).cloned()) {
        return b;
    }
    let b = ts.breaks(word, lang);
    BREAKS.with(|c| {
        let map = &mut c.borrow_mut()[slot];
        if map.len() > 20_000 {
            map.clear();
        }
        map.insert(word.to_string(), b.clone());
    });
    b
}

fn place_word(b: &mut LineBuilder, w: &mut Word, max_w: f32, lang: Lang) {
    w.shape(b.ts);
    let n = w.text.len();
    // Fast path: the whole word fits (on this line, or on the next one).
    let ww = w.width();
    let room = max_w - b.cur_width - b.space_width();
    if ww <= room + EPS {
        let p = b.part(w, 0, n, false);
        if p.width <= room + EPS {
            b.push_part(p);
            return;
        }
    }
    if ww <= max_w + EPS && w.text.chars().count() < 5 {
        b.break_line();
        let p = b.part(w, 0, n, false);
        b.push_part(p);
        return;
    }
    // Slow path, once per word: prefix widths and hyphenation points.
    let m = Measure::new(w);
    let n_chars = m.at.len() - 1;
    // Titles and headings are never hyphenated: they break at spaces and explicit hyphens only.
    let heading = w.pieces.iter().all(|(_, st, _)| st.size >= NO_HYPHEN_FROM);
    let breaks: Vec<(usize, bool)> = cached_breaks(b.ts, &w.text, lang)
        .into_iter()
        .filter(|br| !(heading && br.hyphen))
        .map(|br| (m.index(br.at), br.hyphen))
        .collect();
    let mut start = 0usize; // character index
    'line: loop {
        let line_empty = b.cur.is_empty();
        let room = if line_empty {
            max_w
        } else {
            max_w - b.cur_width - b.space_width()
        };
        // The rest of the word, if it fits (estimated first, so a long rest is not shaped).
        if m.cum[n_chars] - m.cum[start] <= room + 1.0 {
            let p = b.part(w, m.at[start], n, false);
            if p.width <= room + EPS {
                b.push_part(p);
                return;
            }
        }
        // The last break after `start` whose head (with its hyphen) fits in `room`: heads grow
        // with the break position, so a binary search finds it; shaping then confirms it.
        if room > 0.0 {
            let from = breaks.partition_point(|(k, _)| *k <= start);
            let cands = &breaks[from..];
            let head = |k: usize, hyphen: bool| {
                let mut hw = m.cum[k] - m.cum[start];
                if hyphen {
                    let (_, st, _) = w.piece_at(m.at[k]);
                    hw += b.ts.face(st.face).hyphen.advance * st.size;
                }
                hw
            };
            let mut fit = cands.partition_point(|(k, h)| head(*k, *h) <= room + EPS);
            while fit > 0 {
                let (k, hyphen) = cands[fit - 1];
                let p = b.part(w, m.at[start], m.at[k], hyphen);
                if p.width <= room + EPS {
                    b.push_part(p);
                    b.flush();
                    start = k;
                    continue 'line;
                }
                fit -= 1;
            }
        }
        if !line_empty {
            b.break_line();
            continue;
        }
        // Alone on a line and still too wide: break between characters (at least one).
        let limit = m.cum[start] + max_w + EPS;
        let mut k = m
            .cum
            .partition_point(|c| *c <= limit)
            .saturating_sub(1)
            .clamp(start + 1, n_chars);
        loop {
            let p = b.part(w, m.at[start], m.at[k], false);
            if p.width <= max_w + EPS || k == start + 1 {
                b.push_part(p);
                b.flush();
                break;
            }
            k -= 1;
        }
        start = k;
        if start >= n_chars {
            return;
        }
    }
}

#[cfg(test)]
mod tests;
