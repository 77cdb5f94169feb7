//! Page decoration: the running header (with its rule) and the "page X of Y" footer on every
//! page except covers, as pagination artifacts, each cut to one line with "…" if needed.

use super::tree::Mark;
use super::{Item, Page, CONTENT_W, MARGIN_L, MUTED, PAGE_H};
use crate::text::{Face, Line, Style, Typesetter};

/// Baselines of the running header and footer, and the header's rule.
const HEADER_BASE: f32 = 42.0;
const HEADER_RULE: f32 = 49.0;
const FOOTER_BASE: f32 = PAGE_H - 36.0;

/// Adds the running header and the footer to every page but covers.
pub(crate) fn decorate(pages: &mut [Page], ts: &Typesetter, header: &str, page_of: &str) {
    let total = pages.len();
    let st = Style::new(Face::Regular, 8.5).color(MUTED);
    let header = fit_one_line(ts, header, st, CONTENT_W);
    for (i, p) in pages.iter_mut().enumerate() {
        if p.cover {
            continue;
        }
        put(p, &header, MARGIN_L, HEADER_BASE, Mark::Header);
        p.items.push((
            Item::Rule {
                x1: MARGIN_L,
                y1: HEADER_RULE,
                x2: MARGIN_L + CONTENT_W,
                y2: HEADER_RULE,
                color: [0xBB, 0xBB, 0xBB],
                width: 0.5,
                dotted: false,
            },
            Mark::Header,
        ));
        let footer = page_of
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let footer = fit_one_line(ts, &footer, st, CONTENT_W);
        let x = MARGIN_L + CONTENT_W - footer.width;
        put(p, &footer, x, FOOTER_BASE, Mark::Footer);
    }
}

fn put(p: &mut Page, line: &Line, x: f32, base: f32, mark: Mark) {
    for r in &line.runs {
        p.items.push((
            Item::Text {
                x: x + r.x,
                y: base,
                style: r.style,
                text: r.text.clone(),
                glyphs: r.glyphs.clone(),
            },
            mark,
        ));
    }
}

/// `s` on one line no wider than `w` (whitespace folded), cut with an ellipsis if needed.
fn fit_one_line(ts: &Typesetter, s: &str, st: Style, w: f32) -> Line {
    let line = Line::single(ts, s, st);
    if line.width <= w {
        return line;
    }
    let ends: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    let cut = |k: usize| Line::single(ts, &format!("{}\u{2026}", &s[..ends[k]]), st);
    // The longest prefix that fits with its ellipsis (prefix widths grow with their length).
    let (mut lo, mut hi) = (0, ends.len() - 1);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if cut(mid).width <= w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    cut(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_header_is_cut_with_an_ellipsis() {
        let ts = Typesetter::get().unwrap();
        let st = Style::new(Face::Regular, 8.5);
        let l = fit_one_line(ts, &"Kop ".repeat(200), st, 200.0);
        assert!(l.width <= 200.0);
        let text: String = l.runs.iter().map(|r| &*r.text).collect();
        assert!(
            text.starts_with("Kop Kop") && text.ends_with('\u{2026}'),
            "{text}"
        );
        assert!(fit_one_line(ts, "", st, 200.0).runs.is_empty());
    }
}
