//! Tables: column widths, rows that wrap inside their cells and split over pages when taller
//! than one, the header row repeated (as an artifact) on every page a table continues on, and
//! keep-together tables. Callouts are flowed as one-cell rows.

use dpia_document_model::{Table, Tone};

use super::flow::Flow;
use super::tree::{Role, Scope};
use super::{tone_fill, Item, BOTTOM, CONTENT_W, EPS, GRID_COLOR, MARGIN_L, PARA_GAP, TOP};
use crate::text::{Face, Line, Rgb, Rich, Style};

const CELL: f32 = 9.0;
const CELL_LEAD: f32 = 11.5;
const CELL_PAD: f32 = 3.0;

/// One cell of a row that may be split over pages; `node` is its structure element (None:
/// an artifact, e.g. a repeated header).
pub(super) struct BoxCell<'a> {
    pub x: f32,
    pub w: f32,
    pub lines: &'a [Line],
    pub fill: Option<Rgb>,
    pub node: Option<usize>,
}

impl Flow<'_> {
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
        let widths = col_widths(table);
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
        let widths = col_widths(table);
        let h = self.table_header_height(table)
            + self
                .row_lines(table, &widths)
                .iter()
                .map(|r| Self::row_height(r))
                .sum::<f32>();
        (h <= BOTTOM - TOP).then_some(h)
    }

    /// What must fit on the page where a table starts: its header with the whole first row (a
    /// header alone at a page bottom reads as a mistake), or with three lines of a first row of
    /// more than five, which is then split after the header; a keep-together table whole.
    pub fn table_start_height(&self, table: &Table) -> f32 {
        if let Some(h) = self.kept_height(table) {
            return h;
        }
        let widths = col_widths(table);
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
        // A first row of more than five lines may start here and go on over the page (issue
        // 18: a tall first row moved whole left a third of a page blank).
        header_h + 2.0 * CELL_PAD + (if first_row > 5 { 3 } else { first_row }) as f32 * CELL_LEAD
    }

    pub fn table(&mut self, table: &Table) {
        let widths = col_widths(table);
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
    pub fn flow_row(
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
            // A row that fits on a page moves there whole, unless that would leave more than a
            // third of this page empty: then it is split here (issue 18: no more than a third of
            // a page blank before what would fit).
            let wasteful = BOTTOM - self.y > (BOTTOM - TOP) / 3.0 && avail >= 2 && left >= 4;
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
