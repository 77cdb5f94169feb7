//! The risk matrix: a 3×3 grid of likelihood against impact with the risks in their cells,
//! level names beside and below, axis titles with arrows (the likelihood title rotated), and
//! a caption. Grid, labels and arrows are one `Figure` with alternative text; the type shrinks
//! (and, for absurd input, labels are cut with "…") so the matrix always fits on a page.

use dpia_document_model::Matrix;

use super::flow::Flow;
use super::tree::Role;
use super::{
    tone_fill, Item, BOTTOM, CONTENT_W, GRID_COLOR, HEADING_COLOR, MARGIN_L, MUTED, PARA_GAP, TOP,
};
use crate::text::{Face, Line, Rich, Style};

pub(super) struct MatrixGeometry {
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
    pub total_h: f32,
}

impl Flow<'_> {
    pub fn matrix_geometry(&self, m: &Matrix) -> MatrixGeometry {
        const MIN_ROW: f32 = 50.0;
        const TICK_LEAD: f32 = 11.0;
        const AXIS_LEAD: f32 = 11.5;
        let tick = Style::new(Face::Regular, 9.0).color(MUTED);
        let tick_w = m
            .level_labels
            .iter()
            .map(|l| crate::text::width(self.ts, l, &tick))
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

    pub fn matrix(&mut self, m: &Matrix) {
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
                self.arrow(x + line.width + 6.0, y + 7.5, false);
            }
            y += 13.0;
        }
        // Likelihood title along the left side, reading upwards, with an arrow towards "high".
        let n = g.axis_lines.len();
        for (k, line) in g.axis_lines.iter().enumerate() {
            let bx = MARGIN_L + 2.0 + g.axis_size * 0.93 + k as f32 * 11.5;
            let by = top + g.grid_h / 2.0 + line.width / 2.0;
            for r in &line.runs {
                self.push(Item::UpText {
                    x: bx,
                    y: by - r.x,
                    style: r.style,
                    text: r.text.clone(),
                    glyphs: r.glyphs.clone(),
                });
            }
            let ay = by - line.width - 6.0;
            if k + 1 == n && ay - 16.0 >= top {
                self.arrow(bx - g.axis_size * 0.35, ay, true);
            }
        }
        y += 4.0;
        let page = self.pages.len();
        self.tree.nodes[fig].bbox = Some((
            page,
            [
                MARGIN_L,
                top,
                x0 + grid_w + 30.0_f32.min(MARGIN_L + CONTENT_W - x0 - grid_w),
                y,
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

    /// A 16-point arrow from (x, y) towards +x (`up` false) or -y (`up` true).
    fn arrow(&mut self, x: f32, y: f32, up: bool) {
        // Shaft, then the two barbs, as offsets along and across the arrow.
        for (a1, c1, a2, c2) in [
            (0.0, 0.0, 16.0, 0.0),
            (16.0, 0.0, 12.0, -3.0),
            (16.0, 0.0, 12.0, 3.0),
        ] {
            let at = |a: f32, c: f32| if up { (x + c, y - a) } else { (x + a, y + c) };
            let ((x1, y1), (x2, y2)) = (at(a1, c1), at(a2, c2));
            self.push(Item::Rule {
                x1,
                y1,
                x2,
                y2,
                color: HEADING_COLOR,
                width: 0.9,
                dotted: false,
            });
        }
    }
}
