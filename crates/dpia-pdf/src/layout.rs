//! Page layout: flows the document's blocks onto A4 pages as a simple display list.
//!
//! Coordinates here are points from the page's top-left corner (y grows downwards); the writer
//! flips them. The layout is a single forward pass; `render` runs it twice so the table of
//! contents can show the page numbers found by the first pass (its height does not depend on
//! them, so the pagination is the same).

use dpia_document_model::{
    Block, Document, Inline, Matrix, Table, Tone, PLACEHOLDER_RGB, SOURCE_RGB,
};

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
    /// A clickable area that jumps to `page` (0-based) at height `top`.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        page: usize,
        top: f32,
    },
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Page {
    pub items: Vec<Item>,
    /// Cover pages get no running header or footer.
    pub cover: bool,
}

/// Where a heading ended up.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct HeadingMark {
    pub level: u8,
    pub text: String,
    pub page: usize,
    pub y: f32,
}

pub(crate) struct Laid {
    pub pages: Vec<Page>,
    pub headings: Vec<HeadingMark>,
}

/// Text sizes and spacing.
const BODY: f32 = 10.0;
const BODY_LEAD: f32 = 14.0;
const CELL: f32 = 9.0;
const CELL_LEAD: f32 = 12.0;
const CELL_PAD: f32 = 4.0;
const PARA_GAP: f32 = 7.0;

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

/// Turns inlines into styled text at `size`.
pub(crate) fn rich(inlines: &[Inline], size: f32) -> Rich {
    let base = Style::new(Face::Regular, size);
    let mut r = Rich::new();
    for i in inlines {
        match i {
            Inline::Text(s) => r.push(s, base),
            Inline::Strong(s) => r.push(s, Style::new(Face::Bold, size)),
            Inline::Source(s) => {
                let st = Style::new(Face::Regular, (size * 0.82).max(5.0)).color(hex(SOURCE_RGB));
                r.ensure_space(base);
                r.push(&format!("[{}]", s.trim()), st);
                r.push(" ", base);
            }
            Inline::Placeholder(s) => r.push(s, base.highlight(hex(PLACEHOLDER_RGB))),
            Inline::Answer(s) | Inline::Ref { text: s, .. } => r.push(s, base),
            Inline::Note(s) => {
                let st = Style::new(Face::Regular, (size * 0.82).max(5.0)).color(hex(SOURCE_RGB));
                r.push(s, st);
            }
        }
    }
    r
}

/// One cell of a row that may be split over pages.
struct BoxCell<'a> {
    x: f32,
    w: f32,
    lines: &'a [Line],
    fill: Option<Rgb>,
}

struct Flow<'a> {
    ts: &'a Typesetter,
    lang: Lang,
    pages: Vec<Page>,
    cur: Page,
    y: f32,
    /// Nothing placed on the current page yet (vertical space collapses here).
    fresh: bool,
    headings: Vec<HeadingMark>,
    /// Heading positions from the previous pass (for the table of contents).
    known: Option<&'a [HeadingMark]>,
}

pub(crate) fn layout(doc: &Document, ts: &Typesetter, known: Option<&[HeadingMark]>) -> Laid {
    let mut f = Flow {
        ts,
        lang: Lang::from_code(&doc.meta.lang),
        pages: Vec::new(),
        cur: Page::default(),
        y: TOP,
        fresh: true,
        headings: Vec::new(),
        known,
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(i + 1);
        match b {
            Block::Cover { title, lines } => f.cover(title, lines),
            Block::Contents => f.contents(&doc.blocks[i + 1..], &doc.meta.contents_title),
            Block::Heading { level, text, .. } => f.heading(*level, text, next),
            Block::Paragraph { content } => f.paragraph(content),
            Block::Bullets { items } => f.bullets(items),
            Block::Table { table } => f.table(table),
            Block::Matrix { matrix } => f.matrix(matrix),
            Block::Callout { tone, content } => f.callout(*tone, content),
            Block::Quote { content } => f.paragraph(content),
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
    }
}

impl Flow<'_> {
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

    fn push(&mut self, item: Item) {
        self.fresh = false;
        self.cur.items.push(item);
    }

    fn wrap(&self, r: &Rich, w: f32) -> Vec<Line> {
        wrap(self.ts, r, w, self.lang)
    }

    /// Draws one line whose box starts at `top`, left edge `x` (alignment already applied).
    fn draw_line(&mut self, line: &Line, x: f32, top: f32, leading: f32, size: f32) {
        let base = top + (leading - size * (ASCENT + DESCENT)) / 2.0 + size * ASCENT;
        for r in &line.runs {
            if let Some(h) = r.style.highlight {
                let s = r.style.size;
                self.push(Item::Rect {
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
            self.push(Item::Text {
                x: x + r.x,
                y: base,
                style: r.style,
                text: visual_order(&r.text),
            });
        }
    }

    /// Flows lines at `x`, breaking pages between lines; keeps the first two lines together.
    fn flow_lines(&mut self, lines: &[Line], x: f32, leading: f32, size: f32) {
        if lines.len() >= 2 {
            self.need(2.0 * leading);
        }
        for l in lines {
            self.need(leading);
            let y = self.y;
            self.draw_line(l, x, y, leading, size);
            self.y += leading;
        }
    }

    fn cover(&mut self, title: &str, lines: &[String]) {
        if !self.fresh {
            self.new_page();
        }
        self.cur.cover = true;
        self.y = TOP + 150.0;
        self.push(Item::Rule {
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
        self.flow_lines(&tl, MARGIN_L, 34.0, 28.0);
        self.y += 16.0;
        for l in lines {
            let st = Style::new(Face::Regular, 12.5).color(MUTED);
            let ll = self.wrap(&Rich::plain(l, st), CONTENT_W);
            self.flow_lines(&ll, MARGIN_L, 17.0, 12.5);
            self.y += 5.0;
        }
        self.new_page();
    }

    fn contents(&mut self, rest: &[Block], title: &str) {
        let (size, lead, before, after) = heading_metrics(1);
        let tst = Style::new(Face::Bold, size).color(HEADING_COLOR);
        let tl = self.wrap(&Rich::plain(title, tst), CONTENT_W);
        self.space(before);
        self.need(tl.len() as f32 * lead + 3.0 * BODY_LEAD);
        self.flow_lines(&tl, MARGIN_L, lead, size);
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
            let top = self.y;
            let x = MARGIN_L + indent;
            for l in &lines {
                let y = self.y;
                self.draw_line(l, x, y, lead, st.size);
                self.y += lead;
            }
            let target = known.get(first + k).map(|h| (h.page, h.y));
            if let (Some(last), Some((tpage, ty))) = (lines.last(), target) {
                let base = self.y - lead + (lead - st.size) / 2.0 + st.size * ASCENT;
                let num = (tpage + 1).to_string();
                let nw = self.ts.width(&num, &st);
                let right = MARGIN_L + CONTENT_W;
                let dots_from = x + last.width + 6.0;
                let dots_to = right - nw - 6.0;
                if dots_to > dots_from + 4.0 {
                    self.push(Item::Rule {
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
                self.push(Item::Link {
                    x: MARGIN_L,
                    y: top,
                    w: CONTENT_W,
                    h: self.y - top,
                    page: tpage,
                    top: ty,
                });
            }
        }
        self.y += PARA_GAP;
    }

    /// Height of the start of `b` that must stay on the page with a heading before it.
    fn lead_in(&self, b: Option<&Block>) -> f32 {
        match b {
            Some(Block::Paragraph { .. }) | Some(Block::Bullets { .. }) => {
                PARA_GAP + 2.0 * BODY_LEAD
            }
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

    fn heading(&mut self, level: u8, text: &str, next: Option<&Block>) {
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
            page: self.pages.len(),
            y: self.y,
        });
        self.flow_lines(&lines, MARGIN_L, lead, size);
        self.y += after;
    }

    fn paragraph(&mut self, content: &[Inline]) {
        let lines = self.wrap(&rich(content, BODY), CONTENT_W);
        self.flow_lines(&lines, MARGIN_L, BODY_LEAD, BODY);
        self.y += PARA_GAP;
    }

    fn bullets(&mut self, items: &[Vec<Inline>]) {
        let indent = 16.0;
        for it in items {
            let lines = self.wrap(&rich(it, BODY), CONTENT_W - indent);
            self.need(BODY_LEAD * lines.len().min(2) as f32);
            let top = self.y;
            let base = top + (BODY_LEAD - BODY) / 2.0 + BODY * ASCENT;
            self.push(Item::Text {
                x: MARGIN_L + 4.0,
                y: base,
                style: Style::new(Face::Regular, BODY),
                text: "\u{2022}".into(),
            });
            self.flow_lines(&lines, MARGIN_L + indent, BODY_LEAD, BODY);
            self.y += 2.5;
        }
        self.y += PARA_GAP - 2.5;
    }

    fn callout(&mut self, tone: Tone, content: &[Inline]) {
        let pad = 8.0;
        let lines = self.wrap(&rich(content, BODY), CONTENT_W - 2.0 * pad);
        let fill = tone_fill(tone);
        let stroke = darker(fill.unwrap_or([0xBB, 0xBB, 0xBB]), 0.7);
        let cell = BoxCell {
            x: MARGIN_L,
            w: CONTENT_W,
            lines: &lines,
            fill,
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

    /// What must fit on the page where a table starts: its header with the whole first row (a
    /// header alone at a page bottom reads as a mistake), or with two lines of a first row taller
    /// than half a page, which is then split after the header.
    fn table_start_height(&self, table: &Table) -> f32 {
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
                            .wrap(&rich(&c.content, CELL), widths[i] - 2.0 * CELL_PAD)
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
        let head_lines = self.header_lines(table, &widths);
        let head_fill = tone_fill(Tone::Header);
        let header: Vec<BoxCell> = (0..widths.len())
            .map(|i| BoxCell {
                x: xs[i],
                w: widths[i],
                lines: &head_lines[i],
                fill: head_fill,
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

        let rows: Vec<Vec<Vec<Line>>> = table
            .rows
            .iter()
            .map(|row| {
                (0..widths.len())
                    .map(|i| match row.get(i) {
                        Some(c) => self.wrap(&rich(&c.content, CELL), widths[i] - 2.0 * CELL_PAD),
                        None => Vec::new(),
                    })
                    .collect()
            })
            .collect();

        self.space(6.0);
        self.need(self.table_start_height(table));
        if has_header {
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
        let hdr = if repeat { Some(&header[..]) } else { None };
        for (ri, row) in rows.iter().enumerate() {
            let cells: Vec<BoxCell> = (0..widths.len())
                .map(|i| BoxCell {
                    x: xs[i],
                    w: widths[i],
                    lines: &row[i],
                    fill: table.rows[ri].get(i).and_then(|c| tone_fill(c.tone)),
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
                self.push(Item::Rect {
                    x: c.x,
                    y: top,
                    w: c.w,
                    h,
                    fill: Some(fill),
                    stroke: None,
                });
            }
        }
        for (c, f) in cells.iter().zip(from) {
            let end = (*f + slots).min(c.lines.len());
            for (k, l) in c.lines[(*f).min(end)..end].iter().enumerate() {
                self.draw_line(l, c.x + pad, top + pad + k as f32 * lead, lead, size);
            }
        }
        for c in cells {
            self.push(Item::Rect {
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
            let movable = !top_of_page && (left <= capacity || avail < 2);
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
            let n = self.draw_segment(cells, &from, avail.max(1), pad, lead, size, stroke);
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
        for line in &g.caption_lines {
            let x = x0 + (grid_w - line.width) / 2.0;
            self.draw_line(line, x, y, 13.0, 9.5);
            y += 13.0;
        }
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

/// Adds the running header and the "page X of Y" footer to every page except covers.
pub(crate) fn decorate(pages: &mut [Page], ts: &Typesetter, header: &str, page_of: &str) {
    let total = pages.len();
    let st = Style::new(Face::Regular, 8.5).color(MUTED);
    for (i, p) in pages.iter_mut().enumerate() {
        if p.cover {
            continue;
        }
        let header = fit_one_line(ts, header, st, CONTENT_W);
        if !header.is_empty() {
            p.items.push(Item::Text {
                x: MARGIN_L,
                y: HEADER_BASE,
                style: st,
                text: visual_order(&header),
            });
        }
        p.items.push(Item::Rule {
            x1: MARGIN_L,
            y1: HEADER_RULE,
            x2: MARGIN_L + CONTENT_W,
            y2: HEADER_RULE,
            color: [0xBB, 0xBB, 0xBB],
            width: 0.5,
            dotted: false,
        });
        let footer = page_of
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let footer = fit_one_line(ts, &footer, st, CONTENT_W);
        let w = ts.width(&footer, &st);
        p.items.push(Item::Text {
            x: MARGIN_L + CONTENT_W - w,
            y: FOOTER_BASE,
            style: st,
            text: footer,
        });
    }
}

/// `s` on one line of width `w`: shrunk a little if needed, then cut with an ellipsis.
fn fit_one_line(ts: &Typesetter, s: &str, st: Style, w: f32) -> String {
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

    /// Lowest point of anything drawn on `page` below `y` (text baselines and boxes).
    fn content_after(page: &Page, y: f32) -> bool {
        page.items.iter().any(|it| match it {
            Item::Text { y: b, .. } => *b > y + 0.1,
            Item::Rect { y: t, .. } => *t > y + 0.1,
            _ => false,
        })
    }

    #[test]
    fn headings_are_never_last_on_a_page() {
        let ts = Typesetter::get().unwrap();
        let base = stress("nl");
        // Push the blocks down a line at a time so every heading meets the page bottom.
        for filler in 0..70 {
            let mut doc = base.clone();
            doc.blocks.splice(
                3..3,
                (0..filler).map(|i| Block::Paragraph {
                    content: vec![Inline::Text(format!("Regel {i}"))],
                }),
            );
            let laid = layout(&doc, ts, None);
            for h in &laid.headings {
                let (_, lead, _, after) = heading_metrics(h.level);
                let page = &laid.pages[h.page];
                let end = h.y + lead + after;
                assert!(
                    content_after(page, end),
                    "filler {filler}: heading {:?} is last on page {}",
                    h.text,
                    h.page + 1
                );
            }
        }
    }

    #[test]
    fn nothing_is_drawn_outside_the_body_area() {
        let ts = Typesetter::get().unwrap();
        for lang in ["nl"] {
            let laid = layout(&stress(lang), ts, None);
            for (i, p) in laid.pages.iter().enumerate() {
                for it in &p.items {
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
}
