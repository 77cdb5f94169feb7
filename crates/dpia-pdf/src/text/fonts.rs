//! The embedded DejaVu fonts (for shaping and for krilla, which subsets and embeds them) and
//! the Dutch/English hyphenation dictionaries, loaded once per process.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

use super::Lang;
use crate::PdfError;

pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../../fonts/DejaVuSans.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../../fonts/DejaVuSans-Bold.ttf");

/// Hyphenation dictionaries built by the `hyphenation` crate (0.8) from the hyph-utf8 patterns;
/// only these two are embedded (see `hyph/README.md`).
const HYPH_NL: &[u8] = include_bytes!("../../hyph/nl.standard.bincode");
const HYPH_EN: &[u8] = include_bytes!("../../hyph/en-us.standard.bincode");

/// Letter runs longer than this are not hyphenated (no word is; pasted data is broken between
/// characters instead), which bounds the work the pattern matcher does per word.
const MAX_HYPHENATE: usize = 64;
/// Shorter words are not hyphenated: "ei-genaar" or "State-ment" in a narrow cell reads worse than
/// a shorter line.
const MIN_HYPHENATE: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// A glyph drawn for a character of its own choosing: its id and advance (em).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Stand {
    pub id: u16,
    pub advance: f32,
}

/// One font face: the shaper's view of it, krilla's (which embeds it), and the glyphs drawn
/// where shaping gives none.
pub(crate) struct FontFace {
    pub shaper: rustybuzz::Face<'static>,
    pub pdf: krilla::text::Font,
    /// Drawn for a character the font lacks (U+FFFD); the text keeps the character.
    pub missing: Stand,
    /// Drawn for a soft hyphen at a line end (the shaper hides U+00AD).
    pub hyphen: Stand,
}

impl FontFace {
    fn load(bytes: &'static [u8], name: &str) -> Result<FontFace, PdfError> {
        let err = |what: &str| PdfError::Font(format!("{name}: {what}"));
        let shaper = rustybuzz::Face::from_slice(bytes, 0).ok_or_else(|| err("not a font"))?;
        let pdf = krilla::text::Font::new(krilla::Data::from(bytes), 0)
            .ok_or_else(|| err("krilla cannot read it"))?;
        let upm = shaper.units_per_em().max(1) as f32;
        let stand = |cs: &[char]| {
            cs.iter().find_map(|c| {
                let g = shaper.glyph_index(*c)?;
                let adv = shaper.glyph_hor_advance(g)?;
                Some(Stand {
                    id: g.0,
                    advance: f32::from(adv) / upm,
                })
            })
        };
        let missing = stand(&['\u{FFFD}', '?']).ok_or_else(|| err("no replacement glyph"))?;
        let hyphen = stand(&['\u{AD}', '\u{2010}', '-']).ok_or_else(|| err("no hyphen"))?;
        Ok(FontFace {
            shaper,
            pdf,
            missing,
            hyphen,
        })
    }

    pub fn units_per_em(&self) -> f32 {
        self.shaper.units_per_em().max(1) as f32
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

/// A place a word may be split; `hyphen` says whether a hyphen is shown at the line end.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Break {
    pub at: usize,
    pub hyphen: bool,
}

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

    /// Hyphenation points (byte offsets) inside `word`: pattern breaks inside letter runs of
    /// [`MIN_HYPHENATE`] to [`MAX_HYPHENATE`] letters, and the places right after an explicit
    /// hyphen or slash.
    pub fn breaks(&self, word: &str, lang: Lang) -> Vec<Break> {
        let dict = match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        };
        let mut out = Vec::new();
        let mut run: Option<(usize, usize)> = None; // (start byte, letters)
        let flush = |out: &mut Vec<Break>, start: usize, letters: usize, end: usize| {
            if (MIN_HYPHENATE..=MAX_HYPHENATE).contains(&letters) {
                let seg = &word[start..end];
                // A listed Dutch compound breaks only between its parts.
                let listed = match lang {
                    Lang::Nl => super::compounds::boundaries(seg),
                    Lang::En => None,
                };
                let at = listed.unwrap_or_else(|| dict.hyphenate(seg).breaks);
                for b in at {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionaries_load_and_hyphenate() {
        let ts = Typesetter::get().unwrap();
        assert!(!ts.breaks("gegevensbescherming", Lang::Nl).is_empty());
        assert!(!ts.breaks("hyphenation", Lang::En).is_empty());
    }

    #[test]
    fn both_faces_have_the_stand_in_glyphs() {
        let ts = Typesetter::get().unwrap();
        for f in [&ts.regular, &ts.bold] {
            assert_ne!(f.missing.id, 0);
            assert_ne!(f.hyphen.id, 0);
            assert!(f.hyphen.advance > 0.0);
        }
    }
}
