//! Page layout: flows the document's blocks onto A4 pages as a display list of shaped text,
//! boxes and rules, and builds the structure tree while it does.
//!
//! Coordinates are points from the page's top-left corner (y grows downwards), as in krilla.
//! The layout is a single forward pass (`flow`, with `contents`, `grid` for tables, `matrix`
//! for the risk matrix); `render` runs it again when the table of contents or a reference
//! needs page numbers found by the previous pass (wrapped lines are cached between passes, so
//! a second pass is cheap); `page` then adds the running header and footer.
//!
//! Page breaks: a heading never ends a page (it keeps with the start of the next block: two
//! lines, a table's header and first row, a whole matrix or keep-together table); a paragraph
//! never leaves a single line alone at the bottom or top of a page; a page break at the top of
//! a page does nothing; a keep-together table moves to the next page as a whole.

mod contents;
mod flow;
mod grid;
mod matrix;
pub(crate) mod page;
pub(crate) mod tree;

#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use dpia_document_model::{Block, Document, Tone};

use crate::text::{hex, Glyph, Line, Rgb, Style, Typesetter};
use flow::Flow;
use tree::{Mark, Tree};

pub(crate) const PAGE_W: f32 = 595.276;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const MARGIN_L: f32 = 56.693; // 20 mm
pub(crate) const MARGIN_R: f32 = 56.693;
pub(crate) const CONTENT_W: f32 = PAGE_W - MARGIN_L - MARGIN_R;
pub(crate) const TOP: f32 = 76.535; // 27 mm: room for the running header
pub(crate) const BOTTOM: f32 = PAGE_H - 68.031; // 24 mm: room for the footer

const EPS: f32 = 0.01;

pub(crate) const HEADING_COLOR: Rgb = [0x1F, 0x3A, 0x5F];
const GRID_COLOR: Rgb = [0x8C, 0x8C, 0x8C];
pub(crate) const MUTED: Rgb = [0x55, 0x55, 0x55];

/// Text sizes and spacing.
const BODY: f32 = 10.0;
const BODY_LEAD: f32 = 13.0;
const PARA_GAP: f32 = 7.0;

/// Size, leading, space before and space after a heading of `level`.
fn heading_metrics(level: u8) -> (f32, f32, f32, f32) {
    match level {
        1 => (16.0, 20.0, 20.0, 8.0),
        2 => (13.0, 17.0, 14.0, 6.0),
        _ => (11.0, 15.0, 10.0, 4.0),
    }
}

fn tone_fill(t: Tone) -> Option<Rgb> {
    t.rgb().map(hex)
}

/// One thing drawn on a page.
#[derive(Clone, Debug)]
pub(crate) enum Item {
    /// Shaped text whose baseline starts at (x, y): `glyphs` left to right, their text ranges
    /// into `text`.
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: Rc<str>,
        glyphs: Rc<[Glyph]>,
    },
    /// Text rotated 90° counter-clockwise (reads bottom to top); baseline starts at (x, y).
    UpText {
        x: f32,
        y: f32,
        style: Style,
        text: Rc<str>,
        glyphs: Rc<[Glyph]>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
        width: f32,
        dotted: bool,
    },
}

/// A clickable area that jumps to `page` (0-based) at height `top` (its `Link` structure
/// element has it as a kid).
#[derive(Clone, Debug)]
pub(crate) struct LinkArea {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub page: usize,
    pub top: f32,
    /// What the link says (the annotation's alternative text).
    pub contents: String,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Page {
    pub items: Vec<(Item, Mark)>,
    pub links: Vec<LinkArea>,
    /// Cover pages get no running header or footer.
    pub cover: bool,
    next_mcid: u32,
}

/// Where a heading ended up.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct HeadingMark {
    pub level: u8,
    pub text: String,
    pub anchor: Option<String>,
    pub page: usize,
    pub y: f32,
}

pub(crate) struct Laid {
    pub pages: Vec<Page>,
    pub headings: Vec<HeadingMark>,
    pub tree: Tree,
    /// Whether the table of contents or a reference showed page numbers from a previous pass
    /// (if not, no second pass is needed).
    pub uses_numbers: bool,
}

/// Wrapped lines by text, style and width, kept between the layout passes of one render.
#[derive(Default)]
pub(crate) struct WrapCache {
    map: RefCell<HashMap<WrapKey, (crate::text::Rich, Vec<Line>)>>,
}

/// A hash of the text and styles (FNV: fast; hits are checked against the text itself), and
/// the width (bits).
type WrapKey = (u64, u32);

/// Lays out `doc`; `known` are the headings' places from a previous pass.
pub(crate) fn layout(
    doc: &Document,
    ts: &Typesetter,
    known: Option<&[HeadingMark]>,
    cache: &WrapCache,
) -> Laid {
    let mut f = Flow::new(doc, ts, known, cache);
    for (i, b) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(i + 1);
        f.node = 0;
        match b {
            Block::Cover { title, lines } => f.cover(title, lines),
            Block::Contents => f.contents(&doc.blocks[i + 1..]),
            Block::Heading {
                level,
                text,
                anchor,
            } => f.heading(*level, text, anchor.as_deref(), next, doc.blocks.get(i + 2)),
            Block::Paragraph { content } => f.paragraph(content, next, doc.blocks.get(i + 2)),
            Block::Bullets { items } => f.bullets(items),
            Block::Table { table } => f.table(table),
            Block::Matrix { matrix } => f.matrix(matrix),
            Block::Callout { tone, content } => f.callout(*tone, content),
            Block::Quote { content } => f.quote(content),
            Block::PageBreak => {
                if !f.fresh {
                    f.new_page();
                }
            }
        }
    }
    f.finish()
}

/// How many of `rest` lines to put on a page with room for `avail` lines: all if they fit;
/// otherwise never one line alone at the bottom (orphan) or at the top of the next page
/// (widow). 0 means: start on the next page.
fn lines_here(rest: usize, avail: usize) -> usize {
    if rest <= avail {
        return rest;
    }
    let mut k = avail;
    if rest - k < 2 {
        k = rest.saturating_sub(2);
    }
    if k < 2 {
        0
    } else {
        k
    }
}

/// The share of the body area above the lowest content drawn on `page` (artifacts, such as the
/// running header and footer, do not count).
pub(crate) fn fill(page: &Page) -> f32 {
    let lowest = page
        .items
        .iter()
        .filter(|(_, mark)| matches!(mark, tree::Mark::Content { .. }))
        .filter_map(|(it, _)| match it {
            Item::Text { y, .. } | Item::UpText { y, .. } => Some(*y),
            Item::Rect { y, h, .. } => Some(*y + *h),
            _ => None,
        })
        .fold(TOP, f32::max);
    ((lowest - TOP) / (BOTTOM - TOP)).clamp(0.0, 1.0)
}
