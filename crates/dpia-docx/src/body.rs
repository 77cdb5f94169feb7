//! The document body: every `Block` laid out as `docx-rs` paragraphs and tables.

use crate::fields;
use crate::inline::{add_text, paragraph};
use crate::styles::{self, *};
use crate::DocxError;
use docx_rs::*;
use dpia_document_model::{Block, Cell, Document, Matrix, Table as ModelTable, Tone};

/// A `docx-rs` document ready to pack, and what post-processing must know about it.
pub struct Built {
    pub docx: Docx,
    /// Number of table header rows marked with `w:cantSplit`; post-processing adds
    /// `w:tblHeader` to exactly these rows (docx-rs has no API for it).
    pub header_rows: usize,
}

enum Item {
    P(Box<Paragraph>),
    T(Box<Table>),
}

/// TOC instruction: heading levels 1–2, entries as hyperlinks, no page numbers in web view,
/// and paragraphs by outline level.
const TOC_INSTRUCTION: &str = r#"TOC \o "1-2" \h \z \u"#;

/// Bookmark name of the n-th heading that a table of contents lists (Word's hidden `_Toc`).
fn bookmark(n: usize) -> String {
    format!("_Toc{n:08}")
}

fn heading_level(level: u8) -> u8 {
    level.clamp(1, 3)
}

struct Builder<'a> {
    doc: &'a Document,
    items: Vec<Item>,
    header_rows: usize,
    tables: usize,
    /// Bookmark number and level of each listed heading, by block index.
    toc_ids: Vec<Option<(usize, u8)>>,
}

pub fn build(doc: &Document) -> Result<Built, DocxError> {
    let mut next = 0;
    let toc_ids = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { level, .. } if heading_level(*level) <= 2 => {
                next += 1;
                Some((next, heading_level(*level)))
            }
            _ => None,
        })
        .collect();
    let mut b = Builder {
        doc,
        items: Vec::new(),
        header_rows: 0,
        tables: 0,
        toc_ids,
    };
    let mut page_break = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        if matches!(block, Block::PageBreak) {
            page_break = !b.items.is_empty();
            continue;
        }
        let start = b.items.len();
        b.block(i, block)?;
        if page_break && b.items.len() > start {
            match &mut b.items[start] {
                Item::P(p) => {
                    let taken = std::mem::take(p.as_mut());
                    **p = taken.page_break_before(true);
                }
                Item::T(_) => b
                    .items
                    .insert(start, Item::P(Box::new(spacer().page_break_before(true)))),
            }
            page_break = false;
        }
        if matches!(block, Block::Cover { .. }) {
            page_break = true;
        }
    }
    if matches!(b.items.last(), Some(Item::T(_)) | None) {
        b.items.push(Item::P(Box::new(Paragraph::new())));
    }

    let meta = &doc.meta;
    let mut docx = styles::set_up(Docx::new())
        .header(fields::header(&meta.header))
        .footer(fields::footer(&meta.page_of));
    if matches!(doc.blocks.first(), Some(Block::Cover { .. })) {
        // The cover carries the title itself: no running header there.
        docx = docx
            .title_pg()
            .first_header(fields::empty_header())
            .first_footer(fields::footer(&meta.page_of));
    }
    for item in b.items {
        docx = match item {
            Item::P(p) => docx.add_paragraph(*p),
            Item::T(t) => docx.add_table(*t),
        };
    }
    Ok(Built {
        docx,
        header_rows: b.header_rows,
    })
}

fn spacer() -> Paragraph {
    Paragraph::new().style(STYLE_SPACER)
}

fn shading(tone: Tone) -> Option<Shading> {
    tone.rgb().map(|rgb| {
        Shading::new()
            .shd_type(ShdType::Clear)
            .color("auto")
            .fill(rgb)
    })
}

fn borders() -> TableBorders {
    let b = |pos| {
        TableBorder::new(pos)
            .border_type(BorderType::Single)
            .size(4)
            .color(BORDER_RGB)
    };
    TableBorders::new()
        .set(b(TableBorderPosition::Top))
        .set(b(TableBorderPosition::Bottom))
        .set(b(TableBorderPosition::Left))
        .set(b(TableBorderPosition::Right))
        .set(b(TableBorderPosition::InsideH))
        .set(b(TableBorderPosition::InsideV))
}

fn new_table(rows: Vec<TableRow>, grid: Vec<usize>) -> Table {
    let width = grid.iter().sum();
    Table::new(rows)
        .set_grid(grid)
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .set_borders(borders())
        .margins(TableCellMargins::new().margin(40, 80, 40, 80))
}

fn cell(p: Paragraph, width: usize, tone: Tone) -> TableCell {
    let c = TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa);
    match shading(tone) {
        Some(s) => c.shading(s),
        None => c,
    }
}

/// Shares `total` out over `weights` in proportion; the last column takes the rounding rest.
/// All-zero weights share equally.
pub fn column_widths(weights: &[u16], total: usize) -> Vec<usize> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let sum: usize = weights.iter().map(|w| usize::from(*w)).sum();
    let mut widths: Vec<usize> = weights
        .iter()
        .map(|w| {
            (total * usize::from(*w))
                .checked_div(sum)
                .unwrap_or(total / n)
        })
        .collect();
    let used: usize = widths[..n - 1].iter().sum();
    widths[n - 1] = total - used;
    widths
}

impl Builder<'_> {
    fn p(&mut self, p: Paragraph) {
        self.items.push(Item::P(Box::new(p)));
    }

    fn t(&mut self, t: Table) {
        self.items.push(Item::T(Box::new(t)));
        self.tables += 1;
    }

    fn block(&mut self, index: usize, block: &Block) -> Result<(), DocxError> {
        match block {
            Block::Cover { title, lines } => {
                self.p(Paragraph::new()
                    .style(STYLE_TITLE)
                    .add_run(add_text(Run::new(), title)));
                for line in lines {
                    self.p(Paragraph::new()
                        .style(STYLE_SUBTITLE)
                        .add_run(add_text(Run::new(), line)));
                }
            }
            Block::Contents => self.contents(index),
            Block::Heading { level, text, .. } => {
                let level = heading_level(*level);
                let mut p = Paragraph::new().style(&heading_style(level));
                match self.toc_ids[index] {
                    Some((n, _)) => {
                        p = p
                            .add_bookmark_start(n, bookmark(n))
                            .add_run(add_text(Run::new(), text))
                            .add_bookmark_end(n);
                    }
                    None => p = p.add_run(add_text(Run::new(), text)),
                }
                self.p(p);
            }
            Block::Paragraph { content } => self.p(paragraph(content)),
            Block::Bullets { items } => {
                for item in items {
                    self.p(paragraph(item)
                        .style(STYLE_LIST)
                        .numbering(NumberingId::new(BULLET_NUM_ID), IndentLevel::new(0)));
                }
            }
            Block::Table { table } if table.columns.is_empty() && table.rows.is_empty() => {}
            Block::Table { table } => {
                let t = self.table(table)?;
                self.t(t);
                self.p(spacer());
            }
            Block::Matrix { matrix } => {
                let t = matrix_table(matrix);
                self.t(t);
                self.p(Paragraph::new()
                    .style(STYLE_CAPTION)
                    .add_run(add_text(Run::new(), &matrix.caption)));
            }
            Block::Callout { tone, content } => {
                let p = paragraph(content).style(STYLE_TABLE_TEXT).size(BODY_SIZE);
                let c = cell(p, TEXT_W, *tone);
                let t = new_table(vec![TableRow::new(vec![c])], vec![TEXT_W])
                    .margins(TableCellMargins::new().margin(120, 160, 120, 160));
                self.t(t);
                self.p(spacer());
            }
            Block::Quote { content } => self.p(paragraph(content)),
            Block::PageBreak => {}
        }
        Ok(())
    }

    /// The contents title and a real TOC field, prefilled with the level 1–2 headings that
    /// follow so it is not empty before Word or LibreOffice updates it.
    fn contents(&mut self, index: usize) {
        self.p(Paragraph::new()
            .style(STYLE_TOC_HEADING)
            .add_run(add_text(Run::new(), &self.doc.meta.contents_title)));
        let entries: Vec<(usize, u8, &str)> = self
            .doc
            .blocks
            .iter()
            .enumerate()
            .skip(index + 1)
            .filter_map(|(i, b)| match (b, self.toc_ids[i]) {
                (Block::Heading { text, .. }, Some((n, level))) => Some((n, level, text.as_str())),
                _ => None,
            })
            .collect();
        if entries.is_empty() {
            let mut p = Paragraph::new().style(&toc_style(1));
            for r in fields::field_start(TOC_INSTRUCTION) {
                p = p.add_run(r);
            }
            self.p(p.add_run(fields::field_end()));
            return;
        }
        let last = entries.len() - 1;
        for (k, (n, level, text)) in entries.into_iter().enumerate() {
            let mut p = Paragraph::new().style(&toc_style(level));
            if k == 0 {
                for r in fields::field_start(TOC_INSTRUCTION) {
                    p = p.add_run(r);
                }
            }
            // Page numbers are only known after layout: the prefill lists the headings as
            // links, and updating the field in Word or LibreOffice adds leaders and numbers.
            p = p.add_hyperlink(
                Hyperlink::new(bookmark(n), HyperlinkType::Anchor)
                    .add_run(add_text(Run::new(), text)),
            );
            if k == last {
                p = p.add_run(fields::field_end());
            }
            self.p(p);
        }
    }

    fn table(&mut self, table: &ModelTable) -> Result<Table, DocxError> {
        self.header_rows += 1;
        let n = table.columns.len().max(1);
        let weights: Vec<u16> = if table.columns.is_empty() {
            vec![1]
        } else {
            table.columns.iter().map(|c| c.width).collect()
        };
        let grid = column_widths(&weights, TEXT_W);
        let header_cells = (0..n)
            .map(|i| {
                let title = table.columns.get(i).map_or("", |c| c.title.as_str());
                let p = Paragraph::new()
                    .style(STYLE_TABLE_TEXT)
                    .add_run(add_text(Run::new().bold(), title));
                cell(p, grid[i], Tone::Header)
            })
            .collect();
        // `cantSplit` marks the header row for post-processing, which adds `tblHeader`.
        let mut rows = vec![TableRow::new(header_cells).cant_split()];
        for (r, row) in table.rows.iter().enumerate() {
            if row.len() > n {
                return Err(DocxError::RaggedRow {
                    table: self.tables + 1,
                    row: r + 1,
                    cells: row.len(),
                    columns: n,
                });
            }
            let empty = Cell::text("");
            let cells = (0..n)
                .map(|i| {
                    let c = row.get(i).unwrap_or(&empty);
                    cell(
                        paragraph(&c.content).style(STYLE_TABLE_TEXT),
                        grid[i],
                        c.tone,
                    )
                })
                .collect();
            rows.push(TableRow::new(cells));
        }
        Ok(new_table(rows, grid))
    }
}

/// The risk matrix as a 4×4 table: a corner cell with both axis titles, the impact levels
/// across the top, the likelihood levels down the side (high at the top) and 3×3 toned cells
/// listing the risk labels. Every paragraph keeps with the next so the grid and its caption
/// stay on one page.
fn matrix_table(m: &Matrix) -> Table {
    let grid = column_widths(&[1, 1, 1, 1], TEXT_W);
    let text = |s: &str, bold: bool, align: AlignmentType| {
        let run = if bold { Run::new().bold() } else { Run::new() };
        Paragraph::new()
            .style(STYLE_TABLE_TEXT)
            .align(align)
            .keep_next(true)
            .add_run(add_text(run, s))
    };
    let corner = TableCell::new()
        .add_paragraph(text(&m.impact_label, true, AlignmentType::Right))
        .add_paragraph(text(&m.likelihood_label, true, AlignmentType::Left))
        .width(grid[0], WidthType::Dxa)
        .shading(shading(Tone::Header).expect("header tone has a colour"));
    let mut top = vec![corner];
    for (i, label) in m.level_labels.iter().enumerate() {
        top.push(
            cell(
                text(label, true, AlignmentType::Center),
                grid[i + 1],
                Tone::Header,
            )
            .vertical_align(VAlignType::Bottom),
        );
    }
    let mut rows = vec![TableRow::new(top)];
    for l in (0..3).rev() {
        let mut cells = vec![cell(
            text(&m.level_labels[l], true, AlignmentType::Left),
            grid[0],
            Tone::Header,
        )
        .vertical_align(VAlignType::Center)];
        for i in 0..3 {
            let labels = m.cells[l][i].join(", ");
            cells.push(
                cell(
                    text(&labels, false, AlignmentType::Center),
                    grid[i + 1],
                    m.tones[l][i],
                )
                .vertical_align(VAlignType::Center),
            );
        }
        rows.push(
            TableRow::new(cells)
                .row_height(680.0)
                .height_rule(HeightRule::AtLeast),
        );
    }
    new_table(rows, grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_proportional_and_fill_the_text_width() {
        let w = column_widths(&[6, 40, 12, 12, 30], 9_070);
        assert_eq!(w.iter().sum::<usize>(), 9_070);
        assert_eq!(w[0], 544);
        assert_eq!(w[1], 3_628);
        assert_eq!(column_widths(&[0, 0], 100), vec![50, 50]);
        assert!(column_widths(&[], 100).is_empty());
    }
}
