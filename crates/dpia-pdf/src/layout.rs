//! Page layout: flows the document's blocks onto A4 pages as a simple display list, and builds
//! the tagged-PDF structure tree while it does.
//!
//! Coordinates here are points from the page's top-left corner (y grows downwards); the writer
//! flips them. The layout is a single forward pass; `render` runs it again when the table of
//! contents or a reference needs page numbers found by the previous pass (wrapped lines are
//! cached between passes, so a second pass is cheap).
//!
//! Page breaks: a heading never ends a page (it keeps with the start of the next block: two
//! lines, a table's header and first row, a whole matrix or keep-together table); a paragraph
//! never leaves a single line alone at the bottom or top of a page; a page break at the top of
//! a page does nothing; a keep-together table moves to the next page as a whole.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hasher;

use dpia_document_model::{
    Block, Document, Inline, Matrix, Table, Tone, PLACEHOLDER_RGB, SOURCE_RGB,
};

use crate::structure::{Kid, Mark, Role, Scope, Tree};
use crate::text::{
    hex, visual_order, wrap, Face, Lang, Line, Rgb, Rich, Style, Typesetter, ASCENT, DESCENT,
};

pub(crate) const PAGE_W: f32 = 595.276;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const MARGIN_L: f32 = 56.693; // 20 mm
pub(crate) const MARGIN_R: f32 = 56.693;
pub(crate) const CONTENT_W: f32 = PAGE_W - MARGIN_L - MARGIN_R;
pub(crate) const TOP: f32 = 76.535; // 27 mm: room for the running header
pub(crate) const BOTTOM: f32 = PAGE_H - 68.031; // 24 mm: room for the footer
/// Baselines of the running header and footer.
pub(crate) const HEADER_BASE: f32 = 42.0;
pub(crate) const HEADER_RULE: f32 = 49.0;
pub(crate) const FOOTER_BASE: f32 = PAGE_H - 36.0;

const EPS: f32 = 0.01;

pub(crate) const HEADING_COLOR: Rgb = [0x1F, 0x3A, 0x5F];
const GRID_COLOR: Rgb = [0x8C, 0x8C, 0x8C];
pub(crate) const MUTED: Rgb = [0x55, 0x55, 0x55];
const QUOTE_BAR: Rgb = [0x9D, 0xB0, 0xC8];
const QUOTE_TEXT: Rgb = [0x33, 0x33, 0x33];

/// One thing drawn on a page.
#[derive(Clone, Debug)]
pub(crate) enum Item {
    /// Text whose baseline starts at (x, y).
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
    },
    /// Text rotated 90° counter-clockwise (reads bottom to top); baseline starts at (x, y).
    UpText {
        x: f32,
        y: f32,
        style: Style,
        text: String,
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

/// A clickable area that jumps to `page` (0-based) at height `top`; `node` is its `Link`
/// structure element.
#[derive(Clone, Debug)]
pub(crate) struct LinkArea {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub page: usize,
    pub top: f32,
    pub node: usize,
    /// What the link says (the annotation's /Contents).
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
    map: RefCell<HashMap<WrapKey, (Rich, Vec<Line>)>>,
}

/// A hash of the text and styles, and the width (bits).
type WrapKey = (u64, u32);

/// FNV-1a: a fast hash for the wrap cache (hits are checked against the text itself).
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Text sizes and spacing.
const BODY: f32 = 10.0;
const BODY_LEAD: f32 = 14.0;
const CELL: f32 = 9.0;
const CELL_LEAD: f32 = 12.0;
const CELL_PAD: f32 = 4.0;
const PARA_GAP: f32 = 7.0;
const QUOTE_INDENT: f32 = 16.0;

fn heading_metrics(level: u8) -> (f32, f32, f32, f32) {
    // size, leading, space before, space after
    match level {
        1 => (16.0, 20.0, 20.0, 8.0),
        2 => (13.0, 17.0, 14.0, 6.0),
        _ => (11.0, 15.0, 10.0, 4.0),
    }
}

fn tone_fill(t: Tone) -> Option<Rgb> {
    t.rgb().map(hex)
}

fn darker(c: Rgb, f: f32) -> Rgb {
    [
        (c[0] as f32 * f) as u8,
        (c[1] as f32 * f) as u8,
        (c[2] as f32 * f) as u8,
    ]
}

/// Span id of answers: a run of its own (isolated for right-to-left reordering).
const ANSWER_SPAN: u32 = 1;

/// A reference's link target, by span id (ids from 2; see `Style::span`).
#[derive(Clone, Debug)]
struct RefSpan {
    page: usize,
    top: f32,
    text: String,
}

/// One cell of a row that may be split over pages; `node` is its structure element (None:
/// an artifact, e.g. a repeated header).
struct BoxCell<'a> {
    x: f32,
    w: f32,
    lines: &'a [Line],
    fill: Option<Rgb>,
    node: Option<usize>,
}

/// Words the layout needs from `Meta`.
struct Words<'a> {
    contents_title: &'a str,
    page_ref: &'a str,
}

struct Flow<'a> {
    ts: &'a Typesetter,
    lang: Lang,
    words: Words<'a>,
    pages: Vec<Page>,
    cur: Page,
    y: f32,
    /// Nothing placed on the current page yet (vertical space collapses here).
    fresh: bool,
    headings: Vec<HeadingMark>,
    /// Heading positions from the previous pass (for the contents and references).
    known: Option<&'a [HeadingMark]>,
    /// Anchors of the document's headings (a reference to anything else is plain text).
    anchors: Vec<&'a str>,
    uses_numbers: std::cell::Cell<bool>,
    cache: &'a WrapCache,
    tree: Tree,
    /// The structure element that content drawn now belongs to.
    node: usize,
    /// Draw artifacts instead (repeated headers).
    artifact: bool,
    refs: RefCell<Vec<RefSpan>>,
    /// The `Link` element of each reference span drawn so far.
    link_nodes: HashMap<u32, usize>,
}

pub(crate) fn layout(
    doc: &Document,
    ts: &Typesetter,
    known: Option<&[HeadingMark]>,
    cache: &WrapCache,
) -> Laid {
    let mut f = Flow {
        ts,
        lang: Lang::from_code(&doc.meta.lang),
        words: Words {
            contents_title: &doc.meta.contents_title,
            page_ref: &doc.meta.page_ref,
        },
        pages: Vec::new(),
        cur: Page::default(),
        y: TOP,
        fresh: true,
        headings: Vec::new(),
        known,
        anchors: doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading {
                    anchor: Some(a), ..
                } => Some(a.as_str()),
                _ => None,
            })
            .collect(),
        uses_numbers: std::cell::Cell::new(false),
        cache,
        tree: Tree::new(),
        node: 0,
        artifact: false,
        refs: RefCell::new(Vec::new()),
        link_nodes: HashMap::new(),
    };
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
            } => f.heading(*level, text, anchor.as_deref(), next),
            Block::Paragraph { content } => f.paragraph(content),
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
    if !f.cur.items.is_empty() || f.pages.is_empty() {
        f.new_page();
    }
    Laid {
        pages: f.pages,
        headings: f.headings,
        tree: f.tree,
        uses_numbers: f.uses_numbers.get(),
    }
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

impl<'a> Flow<'a> {
    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.cur));
        self.y = TOP;
        self.fresh = true;
    }

    fn space(&mut self, h: f32) {
        if !self.fresh {
            self.y += h;
        }
    }

    fn fits(&self, h: f32) -> bool {
        self.y + h <= BOTTOM + EPS
    }

    /// Starts a new page unless `h` fits here (or the page is still empty).
    fn need(&mut self, h: f32) {
        if !self.fits(h) && !self.fresh {
            self.new_page();
        }
    }

    /// The current mark for content drawn now.
    fn mark_for(&mut self, node: usize) -> Mark {
        if let Some((_, Mark::Content { node: n, mcid })) = self.cur.items.last() {
            if *n == node {
                return Mark::Content { node, mcid: *mcid };
            }
        }
        let mcid = self.cur.next_mcid;
        self.cur.next_mcid += 1;
        let page = self.pages.len();
        self.tree.nodes[node].kids.push(Kid::Mcid { page, mcid });
        Mark::Content { node, mcid }
    }

    /// Draws `item` as content of the current element (or as an artifact).
    fn push(&mut self, item: Item) {
        let mark = if self.artifact {
            Mark::Artifact
        } else {
            self.mark_for(self.node)
        };
        self.push_marked(item, mark);
    }

    fn push_artifact(&mut self, item: Item) {
        self.push_marked(item, Mark::Artifact);
    }

    fn push_marked(&mut self, item: Item, mark: Mark) {
        self.fresh = false;
        self.cur.items.push((item, mark));
    }

    fn open(&mut self, role: Role) -> usize {
        self.tree.open(role, self.node)
    }

    fn wrap(&self, r: &Rich, w: f32) -> Vec<Line> {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        r.hash_into(&mut h);
        let key = (h.finish(), w.to_bits());
        if let Some((rich, lines)) = self.cache.map.borrow().get(&key) {
            if rich == r {
                return lines.clone();
            }
        }
        let lines = wrap(self.ts, r, w, self.lang);
        self.cache
            .map
            .borrow_mut()
            .insert(key, (r.clone(), lines.clone()));
        lines
    }

    /// Turns inlines into styled text at `size`.
    fn rich(&self, inlines: &[Inline], size: f32) -> Rich {
        let base = Style::new(Face::Regular, size);
        let small = Style::new(Face::Regular, (size * 0.82).max(5.0)).color(hex(SOURCE_RGB));
        let mut r = Rich::new();
        for i in inlines {
            match i {
                Inline::Text(s) => r.push(s, base),
                Inline::Strong(s) => r.push(s, Style::new(Face::Bold, size)),
                Inline::Source(s) => {
                    r.ensure_space(base);
                    r.push(&format!("[{}]", s.trim()), small);
                    r.push(" ", base);
                }
                Inline::Note(s) => {
                    r.ensure_space(base);
                    r.push(s, small);
                }
                Inline::Placeholder(s) => r.push(s, base.highlight(hex(PLACEHOLDER_RGB))),
                Inline::Answer(s) => r.push(s, base.span(ANSWER_SPAN)),
                Inline::Ref { text, target } => self.push_ref(&mut r, text, target, base),
            }
        }
        r
    }

    /// A reference: its text and "(p. 12)" as one link, or just the text when the target is
    /// not a heading of this document.
    fn push_ref(&self, r: &mut Rich, text: &str, target: &str, base: Style) {
        if !self.anchors.contains(&target) {
            r.push(text, base);
            return;
        }
        self.uses_numbers.set(true);
        let found = self
            .known
            .and_then(|k| k.iter().find(|h| h.anchor.as_deref() == Some(target)));
        let mut refs = self.refs.borrow_mut();
        let id = refs.len() as u32 + 2;
        let st = base.span(id);
        // Before the first pass has placed the heading, a two-digit stand-in keeps the width
        // close (DejaVu's digits are all equally wide).
        let (page, top) = found.map(|h| (h.page, h.y)).unwrap_or((usize::MAX, 0.0));
        refs.push(RefSpan {
            page,
            top,
            text: text.to_string(),
        });
        r.push(text, st);
        if !self.words.page_ref.trim().is_empty() {
            let num = if page == usize::MAX {
                "00".to_string()
            } else {
                (page + 1).to_string()
            };
            let label = self.words.page_ref.replace("{page}", &num);
            r.push(&format!("\u{00A0}({label})"), st);
        }
    }

    /// Draws one line whose box starts at `top`, left edge `x` (alignment already applied).
    fn draw_line(&mut self, line: &Line, x: f32, top: f32, leading: f32, size: f32) {
        let base = top + (leading - size * (ASCENT + DESCENT)) / 2.0 + size * ASCENT;
        for r in &line.runs {
            if let Some(h) = r.style.highlight {
                let s = r.style.size;
                self.push_artifact(Item::Rect {
                    x: x + r.x - 0.5,
                    y: base - s * 0.80,
                    w: r.width + 1.0,
                    h: s * 1.06,
                    fill: Some(h),
                    stroke: None,
                });
            }
        }
        for r in &line.runs {
            if r.text.trim().is_empty() {
                continue;
            }
            let shown = visual_order(&r.text);
            let reordered = shown != r.text;
            let item = Item::Text {
                x: x + r.x,
                y: base,
                style: r.style,
                text: shown,
            };
            if r.style.span >= 2 && !self.artifact {
                self.draw_ref_run(r, item, x, base);
            } else if reordered && !self.artifact {
                // Drawn in visual order (what text extraction expects), tagged as a span whose
                // /ActualText gives assistive technology the logical order.
                let span = self.open(Role::Span);
                self.tree.nodes[span].actual = Some(r.text.clone());
                let mark = self.mark_for(span);
                self.push_marked(item, mark);
            } else {
                self.push(item);
            }
        }
    }

    /// A run of a reference: content of its `Link` element, with a link annotation over it.
    fn draw_ref_run(&mut self, r: &crate::text::Run, item: Item, x: f32, base: f32) {
        let info = self.refs.borrow()[(r.style.span - 2) as usize].clone();
        if info.page == usize::MAX {
            self.push(item);
            return;
        }
        let node = match self.link_nodes.get(&r.style.span) {
            Some(n) => *n,
            None => {
                let n = self.open(Role::Link);
                self.link_nodes.insert(r.style.span, n);
                n
            }
        };
        let mark = self.mark_for(node);
        self.push_marked(item, mark);
        let s = r.style.size;
        let index = self.cur.links.len();
        self.cur.links.push(LinkArea {
            x: x + r.x,
            y: base - s * ASCENT,
            w: r.width,
            h: s * (ASCENT + DESCENT),
            page: info.page,
            top: info.top,
            node,
            contents: info.text,
        });
        let page = self.pages.len();
        self.tree.nodes[node].kids.push(Kid::Annot { page, index });
    }

    /// Starts a new page if `lines_here` would not put the first line of an `n`-line block
    /// here (so something drawn beside that line, e.g. a bullet, lands on the same page).
    fn settle(&mut self, n: usize, leading: f32) {
        let avail = ((BOTTOM + EPS - self.y) / leading).floor().max(0.0) as usize;
        if lines_here(n, avail) == 0 && !self.fresh {
            self.new_page();
        }
    }

    /// Flows lines at `x`, breaking pages between lines without leaving a single line alone;
    /// `bar` draws a vertical rule (x, colour) beside each page's part (quotes).
    fn flow_lines(
        &mut self,
        lines: &[Line],
        x: f32,
        leading: f32,
        size: f32,
        bar: Option<(f32, Rgb)>,
    ) {
        let n = lines.len();
        let mut i = 0;
        while i < n {
            let avail = ((BOTTOM + EPS - self.y) / leading).floor().max(0.0) as usize;
            let mut take = lines_here(n - i, avail);
            if take == 0 {
                if self.fresh {
                    take = avail.clamp(1, n - i);
                } else {
                    self.new_page();
                    continue;
                }
            }
            let top = self.y;
            for l in &lines[i..i + take] {
                let y = self.y;
                self.draw_line(l, x, y, leading, size);
                self.y += leading;
            }
            if let Some((bx, color)) = bar {
                self.push_artifact(Item::Rule {
                    x1: bx,
                    y1: top + 1.0,
                    x2: bx,
                    y2: self.y - 1.0,
                    color,
                    width: 2.5,
                    dotted: false,
                });
            }
            i += take;
            if i < n {
                self.new_page();
            }
        }
    }

    fn cover(&mut self, title: &str, lines: &[String]) {
        if !self.fresh {
            self.new_page();
        }
        self.cur.cover = true;
        self.y = TOP + 150.0;
        self.push_artifact(Item::Rule {
            x1: MARGIN_L,
            y1: self.y - 18.0,
            x2: MARGIN_L + 70.0,
            y2: self.y - 18.0,
            color: HEADING_COLOR,
            width: 3.0,
            dotted: false,
        });
        let st = Style::new(Face::Bold, 28.0).color(HEADING_COLOR);
        let tl = self.wrap(&Rich::plain(title, st), CONTENT_W);
        self.node = self.open(Role::Title);
        self.flow_lines(&tl, MARGIN_L, 34.0, 28.0, None);
        self.y += 16.0;
        for l in lines {
            let st = Style::new(Face::Regular, 12.5).color(MUTED);
            let ll = self.wrap(&Rich::plain(l, st), CONTENT_W);
            self.node = 0;
            self.node = self.open(Role::P);
            self.flow_lines(&ll, MARGIN_L, 17.0, 12.5, None);
            self.y += 5.0;
        }
        self.node = 0;
        self.new_page();
    }

    fn contents(&mut self, rest: &[Block]) {
        let (size, lead, before, after) = heading_metrics(1);
        let tst = Style::new(Face::Bold, size).color(HEADING_COLOR);
        let tl = self.wrap(&Rich::plain(self.words.contents_title, tst), CONTENT_W);
        self.space(before);
        self.need(tl.len() as f32 * lead + 3.0 * BODY_LEAD);
        let toc = self.open(Role::TOC);
        self.node = toc;
        self.node = self.open(Role::Caption);
        self.flow_lines(&tl, MARGIN_L, lead, size, None);
        self.y += after;

        let entries: Vec<(u8, &str)> = rest
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, text, .. } if *level <= 2 => Some((*level, text.as_str())),
                _ => None,
            })
            .collect();
        // The headings recorded so far come before this table of contents; ours follow them.
        let first = self.headings.iter().filter(|h| h.level <= 2).count();
        let known: Vec<&HeadingMark> = self
            .known
            .map(|k| k.iter().filter(|h| h.level <= 2).collect())
            .unwrap_or_default();
        if !entries.is_empty() {
            self.uses_numbers.set(true);
        }
        let num_w = 34.0;
        for (k, (level, text)) in entries.iter().enumerate() {
            let (indent, st, gap) = if *level == 1 {
                (0.0, Style::new(Face::Bold, 10.5), 6.0)
            } else {
                (16.0, Style::new(Face::Regular, 10.0), 1.5)
            };
            let lead = 14.5;
            let lines = self.wrap(&Rich::plain(text, st), CONTENT_W - indent - num_w - 10.0);
            self.space(gap);
            self.need(lines.len() as f32 * lead);
            self.node = toc;
            let item = self.open(Role::TOCI);
            self.node = item;
            let target = known.get(first + k).map(|h| (h.page, h.y));
            if target.is_some() {
                self.node = self.open(Role::Link);
            }
            let top = self.y;
            let x = MARGIN_L + indent;
            for l in &lines {
                let y = self.y;
                self.draw_line(l, x, y, lead, st.size);
                self.y += lead;
            }
            if let (Some(last), Some((tpage, ty))) = (lines.last(), target) {
                let base = self.y - lead + (lead - st.size) / 2.0 + st.size * ASCENT;
                let num = (tpage + 1).to_string();
                let nw = self.ts.width(&num, &st);
                let right = MARGIN_L + CONTENT_W;
                let dots_from = x + last.width + 6.0;
                let dots_to = right - nw - 6.0;
                if dots_to > dots_from + 4.0 {
                    self.push_artifact(Item::Rule {
                        x1: dots_from,
                        y1: base,
                        x2: dots_to,
                        y2: base,
                        color: [0x99, 0x99, 0x99],
                        width: 0.9,
                        dotted: true,
                    });
                }
                self.push(Item::Text {
                    x: right - nw,
                    y: base,
                    style: st,
                    text: num,
                });
                let index = self.cur.links.len();
                let node = self.node;
                self.cur.links.push(LinkArea {
                    x: MARGIN_L,
                    y: top,
                    w: CONTENT_W,
                    h: self.y - top,
                    page: tpage,
                    top: ty,
                    node,
                    contents: text.to_string(),
                });
                let page = self.pages.len();
                self.tree.nodes[node].kids.push(Kid::Annot { page, index });
            }
        }
        self.node = 0;
        self.y += PARA_GAP;
    }

    /// Height of the start of `b` that must stay on the page with a heading before it.
    fn lead_in(&self, b: Option<&Block>) -> f32 {
        match b {
            Some(Block::Paragraph { .. }) | Some(Block::Bullets { .. }) => {
                PARA_GAP + 2.0 * BODY_LEAD
            }
            Some(Block::Quote { .. }) => PARA_GAP + 2.0 * BODY_LEAD + 4.0,
            Some(Block::Callout { .. }) => PARA_GAP + 2.0 * BODY_LEAD + 16.0,
            Some(Block::Table { table }) => 6.0 + self.table_start_height(table),
            Some(Block::Matrix { matrix }) => 8.0 + self.matrix_geometry(matrix).total_h,
            Some(Block::Contents) => {
                let (_, lead, before, after) = heading_metrics(1);
                before + lead + after + 2.0 * BODY_LEAD
            }
            Some(Block::Heading { level, .. }) => {
                let (_, lead, before, after) = heading_metrics(*level);
                before + lead + after + 2.0 * BODY_LEAD
            }
            _ => 0.0,
        }
    }

    fn heading(&mut self, level: u8, text: &str, anchor: Option<&str>, next: Option<&Block>) {
        let (size, lead, before, after) = heading_metrics(level);
        let st = Style::new(Face::Bold, size).color(HEADING_COLOR);
        let lines = self.wrap(&Rich::plain(text, st), CONTENT_W);
        self.space(before);
        let h = lines.len() as f32 * lead + after + self.lead_in(next);
        // Keep with next; if heading and lead-in cannot share even an empty page, at least keep
        // two body lines' room under the heading.
        if h <= BOTTOM - TOP {
            self.need(h);
        } else {
            self.need(lines.len() as f32 * lead + after + 2.0 * BODY_LEAD);
        }
        self.headings.push(HeadingMark {
            level,
            text: text.to_string(),
            anchor: anchor.map(str::to_string),
            page: self.pages.len(),
            y: self.y,
        });
        self.node = self.open(Role::heading(level));
        // A heading's lines stay together.
        self.need(lines.len() as f32 * lead);
        for l in &lines {
            let y = self.y;
            self.draw_line(l, MARGIN_L, y, lead, size);
            self.y += lead;
        }
        self.y += after;
    }

    fn paragraph(&mut self, content: &[Inline]) {
        let lines = self.wrap(&self.rich(content, BODY), CONTENT_W);
        self.node = self.open(Role::P);
        self.flow_lines(&lines, MARGIN_L, BODY_LEAD, BODY, None);
        self.y += PARA_GAP;
    }

    fn quote(&mut self, content: &[Inline]) {
        let mut r = self.rich(content, BODY);
        r.recolor(QUOTE_TEXT);
        let lines = self.wrap(&r, CONTENT_W - QUOTE_INDENT);
        self.space(2.0);
        self.node = self.open(Role::BlockQuote);
        self.flow_lines(
            &lines,
            MARGIN_L + QUOTE_INDENT,
            BODY_LEAD,
            BODY,
            Some((MARGIN_L + 4.0, QUOTE_BAR)),
        );
        self.y += PARA_GAP + 2.0;
    }

    fn bullets(&mut self, items: &[Vec<Inline>]) {
        let indent = 16.0;
        let list = self.open(Role::L);
        for it in items {
            let lines = self.wrap(&self.rich(it, BODY), CONTENT_W - indent);
            self.settle(lines.len(), BODY_LEAD);
            self.node = list;
            let li = self.open(Role::LI);
            self.node = li;
            self.node = self.open(Role::Lbl);
            let top = self.y;
            let base = top + (BODY_LEAD - BODY) / 2.0 + BODY * ASCENT;
            self.push(Item::Text {
                x: MARGIN_L + 4.0,
                y: base,
                style: Style::new(Face::Regular, BODY),
                text: "\u{2022}".into(),
            });
            self.node = li;
            self.node = self.open(Role::LBody);
            self.flow_lines(&lines, MARGIN_L + indent, BODY_LEAD, BODY, None);
            self.y += 2.5;
        }
        self.y += PARA_GAP - 2.5;
    }

    fn callout(&mut self, tone: Tone, content: &[Inline]) {
        let pad = 8.0;
        let lines = self.wrap(&self.rich(content, BODY), CONTENT_W - 2.0 * pad);
        let fill = tone_fill(tone);
        let stroke = darker(fill.unwrap_or([0xBB, 0xBB, 0xBB]), 0.7);
        let node = self.open(Role::P);
        let cell = BoxCell {
            x: MARGIN_L,
            w: CONTENT_W,
            lines: &lines,
            fill,
            node: Some(node),
        };
        self.space(2.0);
        self.flow_row(&[cell], pad, BODY_LEAD, BODY, (stroke, 0.9), None, false);
        self.y += PARA_GAP + 2.0;
    }

    fn col_widths(&self, table: &Table) -> Vec<f32> {
        col_widths(table)
    }

    fn header_lines(&self, table: &Table, widths: &[f32]) -> Vec<Vec<Line>> {
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let t = table.columns.get(i).map(|c| c.title.as_str()).unwrap_or("");
                self.wrap(
                    &Rich::plain(t, Style::new(Face::Bold, CELL)),
                    w - 2.0 * CELL_PAD,
                )
            })
            .collect()
    }

    fn table_header_height(&self, table: &Table) -> f32 {
        if table.columns.is_empty() {
            return 0.0;
        }
        let widths = self.col_widths(table);
        let n = self
            .header_lines(table, &widths)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1);
        2.0 * CELL_PAD + n as f32 * CELL_LEAD
    }

    /// Lines per cell of every row.
    fn row_lines(&self, table: &Table, widths: &[f32]) -> Vec<Vec<Vec<Line>>> {
        table
            .rows
            .iter()
            .map(|row| {
                (0..widths.len())
                    .map(|i| match row.get(i) {
                        Some(c) => {
                            self.wrap(&self.rich(&c.content, CELL), widths[i] - 2.0 * CELL_PAD)
                        }
                        None => Vec::new(),
                    })
                    .collect()
            })
            .collect()
    }

    fn row_height(cells: &[Vec<Line>]) -> f32 {
        2.0 * CELL_PAD + cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * CELL_LEAD
    }

    /// Height of a whole table (header and every row), if it is to be kept together and can
    /// be: at most a page.
    fn kept_height(&self, table: &Table) -> Option<f32> {
        if !table.keep_together {
            return None;
        }
        let widths = self.col_widths(table);
        let h = self.table_header_height(table)
            + self
                .row_lines(table, &widths)
                .iter()
                .map(|r| Self::row_height(r))
                .sum::<f32>();
        (h <= BOTTOM - TOP).then_some(h)
    }

    /// What must fit on the page where a table starts: its header with the whole first row (a
    /// header alone at a page bottom reads as a mistake), or with two lines of a first row taller
    /// than half a page, which is then split after the header; a keep-together table whole.
    fn table_start_height(&self, table: &Table) -> f32 {
        if let Some(h) = self.kept_height(table) {
            return h;
        }
        let widths = self.col_widths(table);
        let header_h = if table.columns.is_empty() {
            0.0
        } else {
            self.table_header_height(table)
        };
        let first_row = table
            .rows
            .first()
            .map(|row| {
                (0..widths.len())
                    .map(|i| match row.get(i) {
                        Some(c) => self
                            .wrap(&self.rich(&c.content, CELL), widths[i] - 2.0 * CELL_PAD)
                            .len(),
                        None => 0,
                    })
                    .max()
                    .unwrap_or(1)
                    .max(1)
            })
            .unwrap_or(0);
        let whole = header_h + 2.0 * CELL_PAD + first_row as f32 * CELL_LEAD;
        if whole <= (BOTTOM - TOP) / 2.0 {
            whole
        } else {
            header_h + 2.0 * CELL_PAD + first_row.min(2) as f32 * CELL_LEAD
        }
    }

    fn table(&mut self, table: &Table) {
        let widths = self.col_widths(table);
        if widths.is_empty() {
            return;
        }
        let xs: Vec<f32> = widths
            .iter()
            .scan(MARGIN_L, |x, w| {
                let here = *x;
                *x += w;
                Some(here)
            })
            .collect();
        let has_header = !table.columns.is_empty();
        let header_h = if has_header {
            self.table_header_height(table)
        } else {
            0.0
        };
        // Repeat the header only while it leaves most of the page for rows.
        let repeat = has_header && header_h < (BOTTOM - TOP) / 3.0;
        let rows = self.row_lines(table, &widths);

        self.space(6.0);
        self.need(self.table_start_height(table));
        let tnode = self.open(Role::Table);
        let head_lines = self.header_lines(table, &widths);
        let head_fill = tone_fill(Tone::Header);
        if has_header {
            self.node = tnode;
            let tr = self.open(Role::TR);
            let header: Vec<BoxCell> = (0..widths.len())
                .map(|i| {
                    let th = self.tree.open(Role::TH, tr);
                    self.tree.nodes[th].scope = Some(Scope::Column);
                    BoxCell {
                        x: xs[i],
                        w: widths[i],
                        lines: &head_lines[i],
                        fill: head_fill,
                        node: Some(th),
                    }
                })
                .collect();
            // Flowed like a row, so even a header taller than a page is split, not cut.
            self.flow_row(
                &header,
                CELL_PAD,
                CELL_LEAD,
                CELL,
                (GRID_COLOR, 0.5),
                None,
                false,
            );
        }
        // The header repeated on later pages is an artifact (it is tagged once).
        let repeated: Vec<BoxCell> = (0..widths.len())
            .map(|i| BoxCell {
                x: xs[i],
                w: widths[i],
                lines: &head_lines[i],
                fill: head_fill,
                node: None,
            })
            .collect();
        let hdr = if repeat { Some(&repeated[..]) } else { None };
        for (ri, row) in rows.iter().enumerate() {
            self.node = tnode;
            let tr = self.open(Role::TR);
            let cells: Vec<BoxCell> = (0..widths.len())
                .map(|i| {
                    let cell = table.rows[ri].get(i);
                    let is_label = cell.is_some_and(|c| c.tone == Tone::Header);
                    let node = self
                        .tree
                        .open(if is_label { Role::TH } else { Role::TD }, tr);
                    if is_label {
                        self.tree.nodes[node].scope = Some(Scope::Row);
                    }
                    BoxCell {
                        x: xs[i],
                        w: widths[i],
                        lines: &row[i],
                        fill: cell.and_then(|c| tone_fill(c.tone)),
                        node: Some(node),
                    }
                })
                .collect();
            self.flow_row(
                &cells,
                CELL_PAD,
                CELL_LEAD,
                CELL,
                (GRID_COLOR, 0.5),
                hdr,
                ri == 0 && has_header,
            );
        }
        self.node = 0;
        self.y += PARA_GAP + 4.0;
    }

    /// Draws the part of a row from line `from[i]` of each cell, at most `max` line slots.
    /// Returns the number of slots drawn.
    #[allow(clippy::too_many_arguments)]
    fn draw_segment(
        &mut self,
        cells: &[BoxCell],
        from: &[usize],
        max: usize,
        pad: f32,
        lead: f32,
        size: f32,
        stroke: (Rgb, f32),
    ) -> usize {
        let slots = cells
            .iter()
            .zip(from)
            .map(|(c, f)| c.lines.len().saturating_sub(*f))
            .max()
            .unwrap_or(0)
            .clamp(1, max.max(1));
        let h = 2.0 * pad + slots as f32 * lead;
        let top = self.y;
        for c in cells {
            if let Some(fill) = c.fill {
                self.push_artifact(Item::Rect {
                    x: c.x,
                    y: top,
                    w: c.w,
                    h,
                    fill: Some(fill),
                    stroke: None,
                });
            }
        }
        let (node, artifact) = (self.node, self.artifact);
        for (c, f) in cells.iter().zip(from) {
            match c.node {
                Some(n) => self.node = n,
                None => self.artifact = true,
            }
            let end = (*f + slots).min(c.lines.len());
            for (k, l) in c.lines[(*f).min(end)..end].iter().enumerate() {
                self.draw_line(l, c.x + pad, top + pad + k as f32 * lead, lead, size);
            }
            self.artifact = artifact;
        }
        self.node = node;
        for c in cells {
            self.push_artifact(Item::Rect {
                x: c.x,
                y: top,
                w: c.w,
                h,
                fill: None,
                stroke: Some(stroke),
            });
        }
        self.y += h;
        slots
    }

    /// Places a row, moving it to the next page when it does not fit, or splitting it between
    /// lines when it is taller than a page. `header` is repeated at the top of each new page.
    #[allow(clippy::too_many_arguments)]
    fn flow_row(
        &mut self,
        cells: &[BoxCell],
        pad: f32,
        lead: f32,
        size: f32,
        stroke: (Rgb, f32),
        header: Option<&[BoxCell]>,
        stay: bool,
    ) {
        let header_h = header
            .map(|h| {
                2.0 * pad + h.iter().map(|c| c.lines.len()).max().unwrap_or(1).max(1) as f32 * lead
            })
            .unwrap_or(0.0);
        let capacity = (((BOTTOM - TOP - header_h - 2.0 * pad) / lead).floor() as usize).max(1);
        let mut from = vec![0usize; cells.len()];
        // Rows drawn on this page after its (repeated) header: moving to a new page only helps
        // if something is already there.
        // `stay`: the row follows its table's header on this page, so split it here rather than
        // leave the header alone.
        let mut top_of_page = self.fresh || stay;
        loop {
            let left = cells
                .iter()
                .zip(&from)
                .map(|(c, f)| c.lines.len().saturating_sub(*f))
                .max()
                .unwrap_or(0)
                .max(1);
            let need = 2.0 * pad + left as f32 * lead;
            if self.fits(need) {
                self.draw_segment(cells, &from, left, pad, lead, size, stroke);
                return;
            }
            let avail = ((BOTTOM - self.y - 2.0 * pad) / lead).floor().max(0.0) as usize;
            // A row that fits on a page moves there whole, unless that would leave more than
            // half of this page empty: then it is split here (a nearly empty page reads as a
            // mistake too).
            let wasteful = BOTTOM - self.y > (BOTTOM - TOP) / 2.0 && avail >= 2 && left >= 4;
            let movable = !top_of_page && (left <= capacity || avail < 2) && !wasteful;
            if movable || avail == 0 {
                self.new_page();
                if let Some(h) = header {
                    self.draw_segment(h, &vec![0; h.len()], usize::MAX, pad, lead, size, stroke);
                }
                top_of_page = true;
                if avail == 0 && !movable && self.fresh {
                    // Nothing fits even on a fresh page (absurd header): draw anyway.
                    let n = self.draw_segment(cells, &from, capacity, pad, lead, size, stroke);
                    from.iter_mut().for_each(|f| *f += n);
                }
                continue;
            }
            // Never one line of the row alone on the next page.
            let here = if left >= 4 && left - avail < 2 {
                left - 2
            } else {
                avail
            };
            let n = self.draw_segment(cells, &from, here.max(1), pad, lead, size, stroke);
            from.iter_mut().for_each(|f| *f += n);
            self.new_page();
            if let Some(h) = header {
                self.draw_segment(h, &vec![0; h.len()], usize::MAX, pad, lead, size, stroke);
            }
            top_of_page = true;
        }
    }

    fn matrix_geometry(&self, m: &Matrix) -> MatrixGeometry {
        const MIN_ROW: f32 = 50.0;
        const TICK_LEAD: f32 = 11.0;
        const AXIS_LEAD: f32 = 11.5;
        let tick = Style::new(Face::Regular, 9.0).color(MUTED);
        let tick_w = m
            .level_labels
            .iter()
            .map(|l| self.ts.width(l, &tick))
            .fold(0.0f32, f32::max)
            .min(90.0)
            + 8.0;
        // Likelihood title: rotated along the grid's left side, so it is wrapped to the smallest
        // grid height (shrunk first if that takes more than three lines).
        let mut axis_size = 9.5;
        let mut axis_lines;
        loop {
            let st = Style::new(Face::Bold, axis_size).color(HEADING_COLOR);
            axis_lines = self.wrap(&Rich::plain(&m.likelihood_label, st), 3.0 * MIN_ROW - 26.0);
            if axis_lines.len() <= 3 || axis_size <= 6.0 {
                break;
            }
            axis_size -= 0.5;
        }
        self.truncate(&mut axis_lines, 6, Style::new(Face::Bold, axis_size));
        let axis_w = axis_lines.len() as f32 * AXIS_LEAD + 6.0;
        let cell_w = ((CONTENT_W - axis_w - tick_w) / 3.0).min(118.0);
        let axis = Style::new(Face::Bold, 9.5).color(HEADING_COLOR);
        let row_labels: Vec<Vec<Line>> = (0..3)
            .map(|l| self.wrap(&Rich::plain(&m.level_labels[l], tick), tick_w - 8.0))
            .collect();
        let col_labels: Vec<Vec<Line>> = (0..3)
            .map(|i| self.wrap(&Rich::plain(&m.level_labels[i], tick), cell_w - 4.0))
            .collect();
        // Level names are short words in practice; absurdly long ones are cut (with "…") before
        // they could crowd out the risk labels.
        let mut row_labels = row_labels;
        let mut col_labels = col_labels;
        for l in row_labels.iter_mut().chain(col_labels.iter_mut()) {
            self.truncate(l, 5, tick);
        }
        let tick_row_h = col_labels.iter().map(Vec::len).max().unwrap_or(1) as f32 * TICK_LEAD;
        let impact_lines = self.wrap(&Rich::plain(&m.impact_label, axis), 3.0 * cell_w - 26.0);
        let caption_lines = self.wrap(
            &Rich::plain(&m.caption, Style::new(Face::Bold, 9.5).color(MUTED)),
            3.0 * cell_w,
        );
        let below = 4.0
            + tick_row_h
            + 3.0
            + impact_lines.len() as f32 * 13.0
            + 4.0
            + caption_lines.len() as f32 * 13.0;
        // Room for a two-line heading above, so a heading can always stay with its matrix.
        let max_grid = (BOTTOM - TOP - below - 8.0 - 60.0).max(3.0 * MIN_ROW);
        let floor: f32 = row_labels
            .iter()
            .map(|l| (l.len() as f32 * TICK_LEAD + 8.0).max(MIN_ROW))
            .sum();
        // Risk labels in the cells: shrink the type if the grid would not fit on a page.
        let mut label_size = 9.0;
        let mut cells: Vec<Vec<Vec<Line>>>;
        let mut row_h = [0.0f32; 3];
        loop {
            let lead = label_size * 1.3;
            let st = Style::new(Face::Bold, label_size);
            cells = (0..3)
                .map(|l| {
                    (0..3)
                        .map(|i| {
                            self.wrap(&Rich::plain(&m.cells[l][i].join(", "), st), cell_w - 10.0)
                        })
                        .collect()
                })
                .collect();
            for (l, r) in row_h.iter_mut().enumerate() {
                let n = cells[l].iter().map(Vec::len).max().unwrap_or(0);
                *r = (n as f32 * lead + 12.0)
                    .max(row_labels[l].len() as f32 * TICK_LEAD + 8.0)
                    .max(MIN_ROW);
            }
            // Smaller labels do not help when the level names alone are too tall.
            if row_h.iter().sum::<f32>() <= max_grid || label_size <= 4.0 || floor > max_grid {
                break;
            }
            label_size -= 0.5;
        }
        if row_h.iter().sum::<f32>() > max_grid {
            // Absurdly many labels: cut each row to a third of the room, ending with "…".
            let lead = label_size * 1.3;
            let cap = max_grid / 3.0;
            for l in 0..3 {
                let keep = ((cap - 12.0) / lead).floor().max(1.0) as usize;
                for cell in cells[l].iter_mut() {
                    self.truncate(cell, keep, Style::new(Face::Bold, label_size));
                }
                let keep = ((cap - 8.0) / TICK_LEAD).floor().max(1.0) as usize;
                self.truncate(&mut row_labels[l], keep, tick);
                row_h[l] = cap;
            }
        }
        let grid_h: f32 = row_h.iter().sum();
        MatrixGeometry {
            tick_w,
            axis_w,
            cell_w,
            label_size,
            cells,
            row_h,
            grid_h,
            row_labels,
            col_labels,
            tick_row_h,
            axis_lines,
            axis_size,
            impact_lines,
            caption_lines,
            total_h: grid_h + below,
        }
    }

    /// Keeps at most `max` lines, the last of them an ellipsis when something was cut.
    fn truncate(&self, lines: &mut Vec<Line>, max: usize, st: Style) {
        if lines.len() > max {
            lines.truncate(max.saturating_sub(1));
            lines.extend(self.wrap(&Rich::plain("\u{2026}", st), 100.0));
        }
    }

    fn matrix(&mut self, m: &Matrix) {
        let g = self.matrix_geometry(m);
        self.space(8.0);
        self.need(g.total_h);
        let top = self.y;
        // The grid, its labels and arrows are one figure with alternative text; the caption
        // is a paragraph of its own (a figure's alt text hides its contents).
        let fig = self.open(Role::Figure);
        let alt = if m.alt.trim().is_empty() {
            m.caption.clone()
        } else {
            m.alt.clone()
        };
        self.tree.nodes[fig].alt = Some(dpia_document_model::clean::clean(&alt).into_owned());
        self.node = fig;
        let x0 = MARGIN_L + g.axis_w + g.tick_w;
        let grid_w = 3.0 * g.cell_w;
        let lead = g.label_size * 1.3;
        // Cells: likelihood high at the top, impact high at the right.
        let mut y = top;
        for r in 0..3 {
            let l = 2 - r;
            let h = g.row_h[l];
            for i in 0..3 {
                let x = x0 + i as f32 * g.cell_w;
                self.push(Item::Rect {
                    x,
                    y,
                    w: g.cell_w,
                    h,
                    fill: tone_fill(m.tones[l][i]).or(Some([0xFF, 0xFF, 0xFF])),
                    stroke: Some(([0xFF, 0xFF, 0xFF], 2.0)),
                });
                let lines = &g.cells[l][i];
                let mut ly = y + (h - lines.len() as f32 * lead) / 2.0;
                for line in lines {
                    self.draw_line(
                        line,
                        x + (g.cell_w - line.width) / 2.0,
                        ly,
                        lead,
                        g.label_size,
                    );
                    ly += lead;
                }
            }
            // Level name, right-aligned left of the row, vertically centred.
            let ll = &g.row_labels[l];
            let mut ty = y + (h - ll.len() as f32 * 11.0) / 2.0;
            for line in ll {
                self.draw_line(line, x0 - 6.0 - line.width, ty, 11.0, 9.0);
                ty += 11.0;
            }
            y += h;
        }
        self.push(Item::Rect {
            x: x0,
            y: top,
            w: grid_w,
            h: g.grid_h,
            fill: None,
            stroke: Some((GRID_COLOR, 0.6)),
        });
        // Level names under the columns.
        let y = top + g.grid_h + 4.0;
        for i in 0..3 {
            let mut ty = y;
            for line in &g.col_labels[i] {
                let x = x0 + i as f32 * g.cell_w + (g.cell_w - line.width) / 2.0;
                self.draw_line(line, x, ty, 11.0, 9.0);
                ty += 11.0;
            }
        }
        // Impact title centred below, with an arrow towards "high".
        let mut y = y + g.tick_row_h + 3.0;
        let n = g.impact_lines.len();
        for (k, line) in g.impact_lines.iter().enumerate() {
            let x = x0 + (grid_w - line.width) / 2.0;
            self.draw_line(line, x, y, 13.0, 9.5);
            if k + 1 == n {
                self.arrow_right(x + line.width + 6.0, y + 7.5);
            }
            y += 13.0;
        }
        // Likelihood title along the left side, reading upwards, with an arrow towards "high".
        let st = Style::new(Face::Bold, g.axis_size).color(HEADING_COLOR);
        let n = g.axis_lines.len();
        for (k, line) in g.axis_lines.iter().enumerate() {
            let bx = MARGIN_L + 2.0 + g.axis_size * 0.93 + k as f32 * 11.5;
            let by = top + g.grid_h / 2.0 + line.width / 2.0;
            for r in &line.runs {
                self.push(Item::UpText {
                    x: bx,
                    y: by - r.x,
                    style: st,
                    text: visual_order(&r.text),
                });
            }
            let ay = by - line.width - 6.0;
            if k + 1 == n && ay - 16.0 >= top {
                self.arrow_up(bx - g.axis_size * 0.35, ay);
            }
        }
        y += 4.0;
        let page = self.pages.len();
        self.tree.nodes[fig].bbox = Some((
            page,
            [
                MARGIN_L,
                PAGE_H - y,
                x0 + grid_w + 30.0_f32.min(MARGIN_L + CONTENT_W - x0 - grid_w),
                PAGE_H - top,
            ],
        ));
        self.node = 0;
        if !g.caption_lines.is_empty() {
            self.node = self.open(Role::P);
        }
        for line in &g.caption_lines {
            let x = x0 + (grid_w - line.width) / 2.0;
            self.draw_line(line, x, y, 13.0, 9.5);
            y += 13.0;
        }
        self.node = 0;
        self.y = top + g.total_h + PARA_GAP + 4.0;
    }

    fn arrow_right(&mut self, x: f32, y: f32) {
        let c = HEADING_COLOR;
        self.push(Item::Rule {
            x1: x,
            y1: y,
            x2: x + 16.0,
            y2: y,
            color: c,
            width: 0.9,
            dotted: false,
        });
        self.push(Item::Rule {
            x1: x + 16.0,
            y1: y,
            x2: x + 12.0,
            y2: y - 3.0,
            color: c,
            width: 0.9,
            dotted: false,
        });
        self.push(Item::Rule {
            x1: x + 16.0,
            y1: y,
            x2: x + 12.0,
            y2: y + 3.0,
            color: c,
            width: 0.9,
            dotted: false,
        });
    }

    fn arrow_up(&mut self, x: f32, y: f32) {
        let c = HEADING_COLOR;
        self.push(Item::Rule {
            x1: x,
            y1: y,
            x2: x,
            y2: y - 16.0,
            color: c,
            width: 0.9,
            dotted: false,
        });
        self.push(Item::Rule {
            x1: x,
            y1: y - 16.0,
            x2: x - 3.0,
            y2: y - 12.0,
            color: c,
            width: 0.9,
            dotted: false,
        });
        self.push(Item::Rule {
            x1: x,
            y1: y - 16.0,
            x2: x + 3.0,
            y2: y - 12.0,
            color: c,
            width: 0.9,
            dotted: false,
        });
    }
}

struct MatrixGeometry {
    tick_w: f32,
    axis_w: f32,
    cell_w: f32,
    label_size: f32,
    /// cells[likelihood][impact]
    cells: Vec<Vec<Vec<Line>>>,
    /// Row heights by likelihood.
    row_h: [f32; 3],
    grid_h: f32,
    /// Level names left of the rows (by likelihood) and under the columns (by impact).
    row_labels: Vec<Vec<Line>>,
    col_labels: Vec<Vec<Line>>,
    tick_row_h: f32,
    axis_lines: Vec<Line>,
    axis_size: f32,
    impact_lines: Vec<Line>,
    caption_lines: Vec<Line>,
    total_h: f32,
}

/// Column widths in proportion to `Column.width`, each at least `MIN_COL` wide (when they fit),
/// for as many columns as the widest row needs.
pub(crate) fn col_widths(table: &Table) -> Vec<f32> {
    const MIN_COL: f32 = 28.0;
    let n = table
        .columns
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if n == 0 {
        return Vec::new();
    }
    let given: Vec<f32> = table.columns.iter().map(|c| f32::from(c.width)).collect();
    let positive: Vec<f32> = given.iter().copied().filter(|w| *w > 0.0).collect();
    let extra = if positive.is_empty() {
        1.0
    } else {
        positive.iter().sum::<f32>() / positive.len() as f32
    };
    let mut weights: Vec<f32> = (0..n)
        .map(|i| given.get(i).copied().unwrap_or(extra))
        .collect();
    if weights.iter().sum::<f32>() <= 0.0 {
        weights = vec![1.0; n];
    }
    let min = MIN_COL.min(CONTENT_W / n as f32);
    // Pin columns that come out too narrow at the minimum and share the rest by weight.
    let mut pinned = vec![false; n];
    loop {
        let n_pinned = pinned.iter().filter(|p| **p).count();
        let free_w = CONTENT_W - min * n_pinned as f32;
        let free_sum: f32 = (0..n).filter(|i| !pinned[*i]).map(|i| weights[i]).sum();
        let widths: Vec<f32> = (0..n)
            .map(|i| {
                if pinned[i] {
                    min
                } else if free_sum > 0.0 {
                    free_w * weights[i] / free_sum
                } else {
                    free_w / (n - n_pinned).max(1) as f32
                }
            })
            .collect();
        let mut changed = false;
        for i in 0..n {
            if !pinned[i] && widths[i] < min - EPS {
                pinned[i] = true;
                changed = true;
            }
        }
        if !changed {
            return widths;
        }
    }
}

/// Adds the running header and the "page X of Y" footer to every page except covers (as
/// pagination artifacts).
pub(crate) fn decorate(pages: &mut [Page], ts: &Typesetter, header: &str, page_of: &str) {
    let total = pages.len();
    let st = Style::new(Face::Regular, 8.5).color(MUTED);
    let header = fit_one_line(ts, header, st, CONTENT_W);
    for (i, p) in pages.iter_mut().enumerate() {
        if p.cover {
            continue;
        }
        if !header.is_empty() {
            p.items.push((
                Item::Text {
                    x: MARGIN_L,
                    y: HEADER_BASE,
                    style: st,
                    text: visual_order(&header),
                },
                Mark::Header,
            ));
        }
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
        let w = ts.width(&footer, &st);
        p.items.push((
            Item::Text {
                x: MARGIN_L + CONTENT_W - w,
                y: FOOTER_BASE,
                style: st,
                text: footer,
            },
            Mark::Footer,
        ));
    }
}

/// `s` on one line of width `w` (control characters shown as U+FFFD, bidi controls dropped),
/// cut with an ellipsis if needed.
fn fit_one_line(ts: &Typesetter, s: &str, st: Style, w: f32) -> String {
    let s = dpia_document_model::clean::clean(s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if ts.width(&s, &st) <= w {
        return s;
    }
    let mut out = String::new();
    let ell = ts.width("\u{2026}", &st);
    let mut acc = 0.0;
    for c in s.chars() {
        let cw = ts.width(c.encode_utf8(&mut [0; 4]), &st);
        if acc + cw + ell > w {
            break;
        }
        acc += cw;
        out.push(c);
    }
    out.push('\u{2026}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_document_model::sample::stress;

    fn run(doc: &Document) -> Laid {
        let ts = Typesetter::get().unwrap();
        let cache = WrapCache::default();
        let first = layout(doc, ts, None, &cache);
        layout(doc, ts, Some(&first.headings), &cache)
    }

    /// Anything drawn on `page` below `y` (text baselines and boxes)?
    fn content_after(page: &Page, y: f32) -> bool {
        page.items.iter().any(|(it, mark)| {
            matches!(mark, Mark::Content { .. })
                && match it {
                    Item::Text { y: b, .. } => *b > y + 0.1,
                    Item::Rect { y: t, .. } => *t > y + 0.1,
                    _ => false,
                }
        })
    }

    /// Baselines of the body text lines on a page (content, not artifacts), sorted.
    fn text_lines(page: &Page) -> Vec<f32> {
        let mut ys: Vec<f32> = page
            .items
            .iter()
            .filter_map(|(it, mark)| match (it, mark) {
                (Item::Text { y, .. }, Mark::Content { .. }) => Some(*y),
                _ => None,
            })
            .collect();
        ys.sort_by(f32::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        ys
    }

    fn filler(doc: &Document, at: usize, n: usize) -> Document {
        let mut doc = doc.clone();
        doc.blocks.splice(
            at..at,
            (0..n).map(|i| Block::Paragraph {
                content: vec![Inline::Text(format!("Regel {i}"))],
            }),
        );
        doc
    }

    #[test]
    fn headings_are_never_last_on_a_page() {
        let base = stress("nl");
        // Push the blocks down a line at a time so every heading meets the page bottom.
        for n in 0..70 {
            let laid = run(&filler(&base, 3, n));
            for h in &laid.headings {
                let (_, lead, _, after) = heading_metrics(h.level);
                let page = &laid.pages[h.page];
                let end = h.y + lead + after;
                assert!(
                    content_after(page, end),
                    "filler {n}: heading {:?} is last on page {}",
                    h.text,
                    h.page + 1
                );
            }
        }
    }

    #[test]
    fn a_heading_before_a_table_takes_the_header_and_first_row_along() {
        let base = stress("nl");
        let at = base
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Heading { anchor: Some(a), .. } if a == "risks"))
            .unwrap();
        for n in 0..60 {
            let laid = run(&filler(&base, at, n));
            let h = laid
                .headings
                .iter()
                .find(|h| h.anchor.as_deref() == Some("risks"))
                .unwrap();
            // The first register row ("R1") is on the heading's page.
            let page = &laid.pages[h.page];
            assert!(
                page.items.iter().any(|(it, _)| matches!(
                    it,
                    Item::Text { text, y, .. } if text == "R1" && *y > h.y
                )),
                "filler {n}: register heading without its first row"
            );
        }
    }

    #[test]
    fn page_breaks_never_make_empty_pages() {
        let mut doc = stress("nl");
        doc.blocks = vec![
            Block::PageBreak,
            Block::PageBreak,
            Block::Paragraph {
                content: vec![Inline::Text("één".into())],
            },
            Block::PageBreak,
            Block::PageBreak,
            Block::Paragraph {
                content: vec![Inline::Text("twee".into())],
            },
            Block::PageBreak,
        ];
        let laid = run(&doc);
        assert_eq!(laid.pages.len(), 2);
        // And in the stress document (a break right after the contents, two in a row, one at
        // the end): no page without content.
        for lang in ["nl", "en"] {
            let laid = run(&stress(lang));
            for (i, p) in laid.pages.iter().enumerate() {
                assert!(
                    p.items
                        .iter()
                        .any(|(_, m)| matches!(m, Mark::Content { .. })),
                    "{lang}: page {} is empty",
                    i + 1
                );
            }
        }
    }

    #[test]
    fn keep_together_tables_are_never_split() {
        let base = stress("nl");
        let at = base
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Table { table } if table.keep_together))
            .unwrap();
        let mut moved = 0;
        for n in 0..60 {
            let laid = run(&filler(&base, at, n));
            let pages: Vec<usize> = laid
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.items.iter().any(|(it, m)| {
                        matches!((it, m), (Item::Text { text, .. }, Mark::Content { .. })
                            if text == "Ondernemingsraad" || text == "Rol")
                    })
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(
                pages.len(),
                1,
                "filler {n}: sign-off table split over {pages:?}"
            );
            let page = &laid.pages[pages[0]];
            let ys = text_lines(page);
            if ys.first().is_some_and(|y| *y < TOP + 30.0) {
                moved += 1;
            }
        }
        assert!(moved > 0, "the table never had to move");
    }

    #[test]
    fn no_single_line_of_a_paragraph_alone_at_a_page_top_or_bottom() {
        let base = stress("en");
        let long = base
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph { content } if content.iter().map(|i| i.text().len()).sum::<usize>() >= 10_000))
            .unwrap();
        for n in 0..40 {
            let doc = filler(&base, long, n);
            let laid = run(&doc);
            // The long paragraph's element and the pages it is on.
            let p_nodes: Vec<usize> = laid
                .tree
                .nodes
                .iter()
                .enumerate()
                .filter(|(_, node)| node.role == Role::P)
                .map(|(i, _)| i)
                .collect();
            for id in p_nodes {
                let per_page: Vec<(usize, usize)> = {
                    let mut v: Vec<(usize, usize)> = Vec::new();
                    for k in &laid.tree.nodes[id].kids {
                        if let Kid::Mcid { page, mcid } = k {
                            let lines = laid.pages[*page]
                                .items
                                .iter()
                                .filter(|(_, m)| {
                                    *m == Mark::Content {
                                        node: id,
                                        mcid: *mcid,
                                    }
                                })
                                .filter_map(|(it, _)| match it {
                                    Item::Text { y, .. } => Some((*y * 10.0) as i64),
                                    _ => None,
                                })
                                .collect::<std::collections::BTreeSet<_>>()
                                .len();
                            match v.last_mut() {
                                Some((p, n)) if p == page => *n += lines,
                                _ => v.push((*page, lines)),
                            }
                        }
                    }
                    v
                };
                if per_page.len() > 1 {
                    for (page, lines) in &per_page {
                        assert!(
                            *lines >= 2,
                            "filler {n}: a paragraph has {lines} line(s) on page {}",
                            page + 1
                        );
                    }
                }
            }
        }
    }

    /// Rows that fit on a page move there whole, but never so that a page stays more than
    /// half empty: tall rows are split instead.
    #[test]
    fn tall_rows_leave_no_half_empty_pages() {
        use dpia_document_model::{Cell, Column};
        let tall = "Gezondheidsgegevens van patiënten en medewerkers. ".repeat(32);
        for lead_in in 0..40 {
            let mut doc = stress("nl");
            doc.blocks = (0..lead_in)
                .map(|i| Block::Paragraph {
                    content: vec![Inline::Text(format!("Regel {i}"))],
                })
                .chain([Block::Table {
                    table: Table {
                        columns: vec![
                            Column {
                                title: "Criterium".into(),
                                width: 1,
                            },
                            Column {
                                title: "Triggers".into(),
                                width: 1,
                            },
                        ],
                        rows: (0..6)
                            .map(|i| vec![Cell::text(format!("C{i}")), Cell::text(tall.clone())])
                            .collect(),
                        keep_together: false,
                    },
                }])
                .collect();
            let laid = run(&doc);
            let n = laid.pages.len();
            for (i, p) in laid.pages.iter().enumerate().take(n - 1) {
                let lowest = text_lines(p).last().copied().unwrap_or(0.0);
                assert!(
                    lowest > TOP + 0.45 * (BOTTOM - TOP),
                    "lead-in {lead_in}: page {} ends at {lowest}",
                    i + 1
                );
            }
        }
    }

    #[test]
    fn nothing_is_drawn_outside_the_body_area() {
        for lang in ["nl", "en"] {
            let laid = run(&stress(lang));
            for (i, p) in laid.pages.iter().enumerate() {
                for (it, _) in &p.items {
                    if let Item::Rect { x, y, w, h, .. } = it {
                        assert!(
                            *x >= MARGIN_L - 0.5 && x + w <= MARGIN_L + CONTENT_W + 0.5,
                            "page {i}"
                        );
                        assert!(
                            *y >= TOP - 1.0 && y + h <= BOTTOM + 0.5,
                            "page {i}: {y}+{h}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_structure_has_every_element_kind() {
        let laid = run(&stress("nl"));
        let roles: std::collections::BTreeSet<&str> =
            laid.tree.nodes.iter().map(|n| n.role.name()).collect();
        for r in [
            "Document",
            "Title",
            "H1",
            "H2",
            "H3",
            "P",
            "L",
            "LI",
            "Lbl",
            "LBody",
            "Table",
            "TR",
            "TH",
            "TD",
            "BlockQuote",
            "Figure",
            "Link",
            "TOC",
            "TOCI",
        ] {
            assert!(roles.contains(r), "no {r}");
        }
        let fig = laid
            .tree
            .nodes
            .iter()
            .find(|n| n.role == Role::Figure)
            .unwrap();
        assert!(fig.alt.as_deref().unwrap().contains("R11"));
        // Every piece of content belongs to exactly one element.
        for (pi, p) in laid.pages.iter().enumerate() {
            for (_, m) in &p.items {
                if let Mark::Content { node, mcid } = m {
                    assert!(laid.tree.nodes[*node].kids.contains(&Kid::Mcid {
                        page: pi,
                        mcid: *mcid
                    }));
                }
            }
        }
    }
}
