//! Bidi levels with the Unicode bidi algorithm (`unicode-bidi`, UAX #9): resolved levels for
//! a paragraph of rich text, with every answer isolated (as if between U+2068 FSI and U+2069
//! PDI), and the visual order of a line's runs (rule L2).
//!
//! The paragraph direction is left to right (the documents are Dutch or English); an answer
//! takes the direction of its first strong character, so an Arabic client name is a
//! right-to-left island that cannot reorder the sentence around it.

use unicode_bidi::{BidiInfo, Level};

use super::{Rich, ANSWER_SPAN};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The resolved level of every byte of a [`Rich`]'s runs.
pub(crate) struct Levels {
    /// Levels per byte of the paragraph text (None: all left to right).
    per_byte: Option<Vec<Level>>,
    /// Where each run starts in the paragraph text.
    starts: Vec<usize>,
}

impl Levels {
    pub fn of(rich: &Rich) -> Levels {
        let runs = rich.runs();
        // No right-to-left character: every level is the paragraph's (0).
        if !runs.iter().any(|(t, _)| t.chars().any(maybe_rtl)) {
            return Levels {
                per_byte: None,
                starts: Vec::new(),
            };
        }
        let mut para = String::new();
        let mut starts = Vec::with_capacity(runs.len());
        for (text, style) in runs {
            let isolate = style.span == ANSWER_SPAN;
            if isolate {
                para.push(FSI);
            }
            starts.push(para.len());
            para.push_str(text);
            if isolate {
                para.push(PDI);
            }
        }
        let info = BidiInfo::new(&para, Some(Level::ltr()));
        Levels {
            per_byte: Some(info.levels),
            starts,
        }
    }

    /// The level of byte `at` of run `run`.
    pub fn at(&self, run: usize, at: usize) -> u8 {
        match &self.per_byte {
            None => 0,
            Some(l) => l[self.starts[run] + at].number(),
        }
    }
}

/// Whether `c` may be right to left (bidi class R, AL or AN): the Hebrew, Arabic and other
/// right-to-left blocks, their presentation forms, and U+200F RIGHT-TO-LEFT MARK. Anything
/// else in a left-to-right paragraph (bidi controls are removed before) keeps level 0.
fn maybe_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{200F}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// The order in which runs with these levels are drawn, left to right (indices into `levels`).
pub(crate) fn visual_order(levels: &[u8]) -> Vec<usize> {
    if levels.iter().all(|l| *l == 0) {
        return (0..levels.len()).collect();
    }
    let levels: Vec<Level> = levels
        .iter()
        .map(|l| Level::new(*l).unwrap_or_else(|_| Level::ltr()))
        .collect();
    BidiInfo::reorder_visual(&levels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Face, Style};

    #[test]
    fn hebrew_in_a_dutch_sentence_is_right_to_left_and_the_rest_is_not() {
        let st = Style::new(Face::Regular, 10.0);
        let r = Rich::plain("a שלום עולם b", st);
        let l = Levels::of(&r);
        assert_eq!(l.at(0, 0), 0);
        assert_eq!(l.at(0, 2), 1); // ש
        assert_eq!(l.at(0, "a שלום".len()), 1); // the space between the Hebrew words
        assert_eq!(l.at(0, "a שלום עולם ".len()), 0);
        assert_eq!(visual_order(&[0, 1, 1, 0]), [0, 2, 1, 3]);
    }

    #[test]
    fn an_answer_is_an_island() {
        let st = Style::new(Face::Regular, 10.0);
        let mut r = Rich::plain("Klant: ", st);
        r.push("مستشفى الأمل 2", st.span(ANSWER_SPAN));
        r.push(" (concept)", st);
        let l = Levels::of(&r);
        assert_eq!(l.at(0, 0), 0);
        assert_eq!(l.at(1, 0), 1);
        // The digit after the Arabic is inside the right-to-left island, the text after the
        // answer is not.
        assert_eq!(l.at(1, "مستشفى الأمل ".len()), 2);
        assert_eq!(l.at(2, 1), 0);
        assert!(Levels::of(&Rich::plain("plain", st)).per_byte.is_none());
        assert!(Levels::of(&Rich::plain("Kop — 5 € ✓ …", st))
            .per_byte
            .is_none());
    }
}
