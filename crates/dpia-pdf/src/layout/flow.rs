//! The flow: the cursor down the page, page breaks, marking drawn items as content of a
//! structure element or as artifacts, drawing shaped lines, and the running-text blocks
//! (cover, headings, paragraphs, lists, quotes, callouts, references).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::Hasher;

use dpia_document_model::{Block, Document, Inline, Tone, PLACEHOLDER_RGB, SOURCE_RGB};

use super::grid::BoxCell;
use super::tree::{Kid, Mark, Role, Tree};
use super::{
    heading_metrics, lines_here, tone_fill, HeadingMark, Item, Laid, LinkArea, Page, WrapCache,
    BODY, BODY_LEAD, BOTTOM, CONTENT_W, EPS, HEADING_COLOR, MARGIN_L, MUTED, PARA_GAP, TOP,
};
use crate::text::{
    hex, wrap, Face, Lang, Line, Rgb, Rich, Run, Style, Typesetter, ANSWER_SPAN, ASCENT, DESCENT,
};

/// Bullet lists of at most this many items are kept on one page when they fit on one.
const KEPT_LIST_ITEMS: usize = 12;
const QUOTE_INDENT: f32 = 16.0;
const BULLET_INDENT: f32 = 16.0;

/// The height of a short list that is kept on one page (a summary's points, a handful of
/// measures: read as one), or None for a list that breaks between items: more than
/// [`KEPT_LIST_ITEMS`] items or more than a quarter of a page (moving a longer one whole left up
/// to a third of a page blank before it, and a summary's last lines alone on a page).
fn kept_height(wrapped: &[Vec<Line>]) -> Option<f32> {
    let total: f32 = wrapped
        .iter()
        .map(|l| l.len() as f32 * BODY_LEAD + 2.5)
        .sum();
    (wrapped.len() <= KEPT_LIST_ITEMS && total <= (BOTTOM - TOP) / 4.0).then_some(total)
}
const QUOTE_BAR: Rgb = [0x9D, 0xB0, 0xC8];
const QUOTE_TEXT: Rgb = [0x33, 0x33, 0x33];

/// A reference's link target, by span id (ids from 2; see `Style::span`).
#[derive(Clone, Debug)]
struct RefSpan {
    page: usize,
    top: f32,
    text: String,
}

/// Words the layout needs from `Meta`.
pub(super) struct Words<'a> {
    pub contents_title: &'a str,
    page_ref: &'a str,
}

pub(super) struct Flow<'a> {
    pub ts: &'a Typesetter,
    lang: Lang,
    pub words: Words<'a>,
    pub pages: Vec<Page>,
    pub cur: Page,
    pub y: f32,
    /// Nothing placed on the current page yet (vertical space collapses here).
    pub fresh: bool,
    pub headings: Vec<HeadingMark>,
    /// Heading positions from the previous pass (for the contents and references).
    pub known: Option<&'a [HeadingMark]>,
    /// Anchors of the document's headings (a reference to anything else is plain text).
    anchors: Vec<&'a str>,
    pub uses_numbers: Cell<bool>,
    cache: &'a WrapCache,
    pub tree: Tree,
    /// The structure element that content drawn now belongs to.
    pub node: usize,
    /// Draw artifacts instead (repeated headers).
    pub artifact: bool,
    refs: RefCell<Vec<RefSpan>>,
    /// The `Link` element of each reference span drawn so far.
    link_nodes: HashMap<u32, usize>,
}

impl<'a> Flow<'a> {
    pub fn new(
        doc: &'a Document,
        ts: &'a Typesetter,
        known: Option<&'a [HeadingMark]>,
        cache: &'a WrapCache,
    ) -> Flow<'a> {
        Flow {
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
            uses_numbers: Cell::new(false),
            cache,
            tree: Tree::new(),
            node: 0,
            artifact: false,
            refs: RefCell::new(Vec::new()),
            link_nodes: HashMap::new(),
        }
    }

    pub fn finish(mut self) -> Laid {
        if !self.cur.items.is_empty() || self.pages.is_empty() {
            self.new_page();
        }
        Laid {
            pages: self.pages,
            headings: self.headings,
            tree: self.tree,
            uses_numbers: self.uses_numbers.get(),
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.cur));
        self.y = TOP;
        self.fresh = true;
    }

    pub fn space(&mut self, h: f32) {
        if !self.fresh {
            self.y += h;
        }
    }

    pub fn fits(&self, h: f32) -> bool {
        self.y + h <= BOTTOM + EPS
    }

    /// Starts a new page unless `h` fits here (or the page is still empty).
    pub fn need(&mut self, h: f32) {
        if !self.fits(h) && !self.fresh {
            self.new_page();
        }
    }

    /// The current mark for content of `node` drawn now.
    pub fn mark_for(&mut self, node: usize) -> Mark {
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
    pub fn push(&mut self, item: Item) {
        let mark = if self.artifact {
            Mark::Artifact
        } else {
            self.mark_for(self.node)
        };
        self.push_marked(item, mark);
    }

    pub fn push_artifact(&mut self, item: Item) {
        self.push_marked(item, Mark::Artifact);
    }

    pub fn push_marked(&mut self, item: Item, mark: Mark) {
        self.fresh = false;
        self.cur.items.push((item, mark));
    }

    pub fn open(&mut self, role: Role) -> usize {
        self.tree.open(role, self.node)
    }

    pub fn wrap(&self, r: &Rich, w: f32) -> Vec<Line> {
        let mut h = fnv::FnvHasher::default();
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
    pub fn rich(&self, inlines: &[Inline], size: f32) -> Rich {
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
                Inline::Answer(s) | Inline::Field { text: s, .. } => {
                    r.push(s, base.span(ANSWER_SPAN))
                }
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

    /// `text` on one line at `x`, its baseline at `base`, as content (or an artifact).
    pub fn draw_single(&mut self, x: f32, base: f32, style: Style, text: &str) {
        let line = Line::single(self.ts, text, style);
        for r in line.runs {
            self.push(Item::Text {
                x: x + r.x,
                y: base,
                style: r.style,
                text: r.text,
                glyphs: r.glyphs,
            });
        }
    }

    /// Draws one line whose box starts at `top`, left edge `x` (alignment already applied).
    pub fn draw_line(&mut self, line: &Line, x: f32, top: f32, leading: f32, size: f32) {
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
            let item = Item::Text {
                x: x + r.x,
                y: base,
                style: r.style,
                text: r.text.clone(),
                glyphs: r.glyphs.clone(),
            };
            if r.style.span >= 2 && !self.artifact {
                self.draw_ref_run(r, item, x, base);
            } else if r.rtl && !self.artifact {
                // Drawn in visual order, tagged as a span whose replacement text gives
                // assistive technology the logical order.
                let span = self.open(Role::Span);
                self.tree.nodes[span].actual = Some(r.text.to_string());
                let mark = self.mark_for(span);
                self.push_marked(item, mark);
            } else {
                self.push(item);
            }
        }
    }

    /// A run of a reference: content of its `Link` element, with a link annotation over it.
    fn draw_ref_run(&mut self, r: &Run, item: Item, x: f32, base: f32) {
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
    pub fn flow_lines(
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

    pub fn cover(&mut self, title: &str, lines: &[String]) {
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

    /// A heading, kept with the start of what follows; `then` is the block after `next`, for a
    /// next paragraph that introduces it (a heading never stays alone above an introduction
    /// that moved on with its table).
    pub fn heading(
        &mut self,
        level: u8,
        text: &str,
        anchor: Option<&str>,
        next: Option<&Block>,
        then: Option<&Block>,
    ) {
        let (size, lead, before, after) = heading_metrics(level);
        let st = Style::new(Face::Bold, size).color(HEADING_COLOR);
        let lines = self.wrap(&Rich::plain(text, st), CONTENT_W);
        self.space(before);
        let start = match next {
            Some(Block::Paragraph { content }) => {
                self.intro_height(content, then, None).or_else(|| {
                    // A heading whose paragraph leads straight into a subheading ("Annex 4 —
                    // Open comments", how many, then "On 2. Personal data") keeps both with the
                    // subheading's start.
                    matches!(then, Some(Block::Heading { .. })).then(|| {
                        let para = self.wrap(&self.rich(content, BODY), CONTENT_W);
                        para.len() as f32 * BODY_LEAD + PARA_GAP + self.lead_in(then)
                    })
                })
            }
            _ => None,
        };
        let h = lines.len() as f32 * lead + after + start.unwrap_or_else(|| self.lead_in(next));
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
        self.tree.nodes[self.node].title = Some(text.to_string());
        // A heading's lines stay together.
        self.need(lines.len() as f32 * lead);
        for l in &lines {
            let y = self.y;
            self.draw_line(l, MARGIN_L, y, lead, size);
            self.y += lead;
        }
        self.y += after;
    }

    /// The height a paragraph that introduces what follows needs on its page: its own lines and
    /// the start of what follows (a short list whole). None for a paragraph that stands alone.
    /// An introduction ends in a colon, or is one or two lines right before a table.
    /// `then` is the block after `next`: an introduction followed by another one ("High before
    /// and after measures:" under "Each high risk:") keeps with that one's start too.
    fn intro_height(
        &self,
        content: &[Inline],
        next: Option<&Block>,
        then: Option<&Block>,
    ) -> Option<f32> {
        next?;
        let lines = self.wrap(&self.rich(content, BODY), CONTENT_W);
        let text: String = content.iter().map(|i| i.text()).collect();
        let before_table = matches!(next, Some(Block::Table { .. })) && lines.len() <= 2;
        if !text.trim_end().ends_with(':') && !before_table {
            return None;
        }
        let own = lines.len() as f32 * BODY_LEAD + PARA_GAP;
        let start = match next {
            Some(Block::Bullets { items }) => kept_height(&self.wrap_items(items)),
            Some(Block::Paragraph { content }) => self.intro_height(content, then, None),
            _ => None,
        };
        Some(own + start.unwrap_or_else(|| self.lead_in(next)))
    }

    /// A paragraph; one that ends in a colon introduces what follows and keeps with its start,
    /// as a heading does (issue 18: "Services of the processor the client uses:" alone at the
    /// foot of a page), and so does a paragraph of one or two lines before a table.
    pub fn paragraph(&mut self, content: &[Inline], next: Option<&Block>, then: Option<&Block>) {
        let lines = self.wrap(&self.rich(content, BODY), CONTENT_W);
        if let Some(h) = self.intro_height(content, next, then) {
            self.need(h);
        }
        self.node = self.open(Role::P);
        self.flow_lines(&lines, MARGIN_L, BODY_LEAD, BODY, None);
        self.y += PARA_GAP;
    }

    pub fn quote(&mut self, content: &[Inline]) {
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

    fn wrap_items(&self, items: &[Vec<Inline>]) -> Vec<Vec<Line>> {
        items
            .iter()
            .map(|it| self.wrap(&self.rich(it, BODY), CONTENT_W - BULLET_INDENT))
            .collect()
    }

    pub fn bullets(&mut self, items: &[Vec<Inline>]) {
        let indent = BULLET_INDENT;
        let wrapped = self.wrap_items(items);
        // A short list (a summary's points, a handful of measures) is read as one: kept on one
        // page when it takes at most a quarter of one (`kept_height`); a longer list breaks
        // between items as usual.
        if let Some(total) = kept_height(&wrapped) {
            self.need(total);
        }
        let list = self.open(Role::L);
        for lines in wrapped {
            self.settle(lines.len(), BODY_LEAD);
            self.node = list;
            let li = self.open(Role::LI);
            self.node = li;
            self.node = self.open(Role::Lbl);
            let base = self.y + (BODY_LEAD - BODY) / 2.0 + BODY * ASCENT;
            self.draw_single(
                MARGIN_L + 4.0,
                base,
                Style::new(Face::Regular, BODY),
                "\u{2022}",
            );
            self.node = li;
            self.node = self.open(Role::LBody);
            self.flow_lines(&lines, MARGIN_L + indent, BODY_LEAD, BODY, None);
            self.y += 2.5;
        }
        self.y += PARA_GAP - 2.5;
    }

    pub fn callout(&mut self, tone: Tone, content: &[Inline]) {
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
}

fn darker(c: Rgb, f: f32) -> Rgb {
    [
        (c[0] as f32 * f) as u8,
        (c[1] as f32 * f) as u8,
        (c[2] as f32 * f) as u8,
    ]
}
