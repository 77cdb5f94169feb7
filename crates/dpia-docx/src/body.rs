//! The document body (`word/document.xml`): every `Block` as WordprocessingML paragraphs and
//! tables, written directly in schema order.

use std::collections::HashMap;

use crate::comments::{range_ends, range_starts, Marks, Plan};
use crate::fields::{field, field_end, field_start};
use crate::inline::{runs, Refs};
use crate::run::text_runs;
use crate::styles::*;
use crate::widths::{column_widths, fit_columns};
use crate::{xml, DocxError};
use dpia_document_model::{Block, Cell, Document, Inline, Matrix, Table, Tone};

/// TOC instruction: heading levels 1–2, entries as hyperlinks, no page numbers in web view,
/// and paragraphs by outline level.
pub const TOC_INSTRUCTION: &str = r#"TOC \o "1-2" \h \z \u"#;

/// Bookmark name of the n-th heading that a table of contents lists (Word's hidden `_Toc`).
fn toc_bookmark(n: usize) -> String {
    format!("_Toc{n:08}")
}

/// Bookmark name of a heading anchor: a hidden `_Ref` bookmark (Word's own prefix for
/// cross-reference targets) of at most 40 letters, digits and underscores, unique per anchor.
fn anchor_bookmark(anchor: &str, n: usize) -> String {
    let clean: String = anchor
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(26)
        .collect();
    format!("_Ref{n:04}_{clean}")
}

fn heading_level(level: u8) -> u8 {
    level.clamp(1, 3)
}

/// Bullet lists of at most this many items are kept on one page (as the PDF does).
const KEPT_LIST_ITEMS: usize = 12;

/// Paragraph properties, written in schema order.
#[derive(Default, Clone, Copy)]
struct PPr<'a> {
    style: Option<&'a str>,
    keep_next: bool,
    page_break: bool,
    bullet: bool,
    jc: Option<&'a str>,
}

fn open_p(out: &mut String, p: PPr) {
    out.push_str("<w:p>");
    if p.style.is_none() && !p.keep_next && !p.page_break && !p.bullet && p.jc.is_none() {
        return;
    }
    out.push_str("<w:pPr>");
    if let Some(s) = p.style {
        out.push_str("<w:pStyle w:val=\"");
        out.push_str(s);
        out.push_str("\"/>");
    }
    if p.keep_next {
        out.push_str("<w:keepNext/>");
    }
    if p.page_break {
        out.push_str("<w:pageBreakBefore/>");
    }
    if p.bullet {
        out.push_str(&format!(
            "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{BULLET_NUM_ID}\"/></w:numPr>"
        ));
    }
    if let Some(j) = p.jc {
        out.push_str("<w:jc w:val=\"");
        out.push_str(j);
        out.push_str("\"/>");
    }
    out.push_str("</w:pPr>");
}

fn close_p(out: &mut String) {
    out.push_str("</w:p>");
}

/// What a table looks like apart from its rows.
struct TableSpec<'a> {
    grid: &'a [usize],
    margins: Option<[usize; 4]>,
    caption: Option<&'a str>,
    description: Option<&'a str>,
}

fn open_table(out: &mut String, t: &TableSpec) {
    let width: usize = t.grid.iter().sum();
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"{STYLE_TABLE}\"/><w:tblW w:w=\"{width}\" w:type=\"dxa\"/>\
         <w:tblLayout w:type=\"fixed\"/>"
    ));
    if let Some([t, l, b, r]) = t.margins {
        out.push_str(&format!(
            "<w:tblCellMar><w:top w:w=\"{t}\" w:type=\"dxa\"/><w:left w:w=\"{l}\" w:type=\"dxa\"/>\
             <w:bottom w:w=\"{b}\" w:type=\"dxa\"/><w:right w:w=\"{r}\" w:type=\"dxa\"/></w:tblCellMar>"
        ));
    }
    out.push_str(
        "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" \
         w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>",
    );
    if let Some(c) = t.caption.filter(|c| !c.trim().is_empty()) {
        out.push_str("<w:tblCaption w:val=\"");
        xml::attr(out, c);
        out.push_str("\"/>");
    }
    if let Some(d) = t.description.filter(|d| !d.trim().is_empty()) {
        out.push_str("<w:tblDescription w:val=\"");
        xml::attr(out, d);
        out.push_str("\"/>");
    }
    out.push_str("</w:tblPr><w:tblGrid>");
    for w in t.grid {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
}

/// A row: never split over pages; a header row repeats on every page.
fn open_row(out: &mut String, header: bool, min_height: Option<u32>) {
    out.push_str("<w:tr><w:trPr><w:cantSplit/>");
    if let Some(h) = min_height {
        out.push_str(&format!("<w:trHeight w:val=\"{h}\" w:hRule=\"atLeast\"/>"));
    }
    if header {
        out.push_str("<w:tblHeader/>");
    }
    out.push_str("</w:trPr>");
}

fn open_cell(out: &mut String, width: usize, tone: Tone, valign: Option<&str>) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if let Some(rgb) = tone.rgb() {
        out.push_str(&format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{rgb}\"/>"
        ));
    }
    if let Some(v) = valign {
        out.push_str(&format!("<w:vAlign w:val=\"{v}\"/>"));
    }
    out.push_str("</w:tcPr>");
}

struct Builder<'a> {
    doc: &'a Document,
    out: String,
    tables: usize,
    /// Bookmark ids and the names of answers' bookmarks.
    marks: Marks,
    /// Where each review comment is anchored.
    plan: Plan,
    /// TOC bookmark number of each listed heading, by block index.
    toc_ids: Vec<Option<(usize, u8)>>,
    /// The bookmark of each heading anchor.
    anchors: HashMap<String, String>,
    /// A page break waits for the next block.
    page_break: bool,
    /// Something was written (a break before the first block is no break).
    any: bool,
    /// The last block written was a table (Word needs a paragraph after a table).
    ends_with_table: bool,
}

/// `word/document.xml` for `doc`.
pub fn document_xml(doc: &Document) -> Result<String, DocxError> {
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
    let mut anchors = HashMap::new();
    for b in &doc.blocks {
        if let Block::Heading {
            anchor: Some(a), ..
        } = b
        {
            let n = anchors.len() + 1;
            anchors
                .entry(a.clone())
                .or_insert_with(|| anchor_bookmark(a, n));
        }
    }
    let mut b = Builder {
        doc,
        out: String::with_capacity(64 * 1024),
        tables: 0,
        marks: Marks::default(),
        plan: Plan::new(doc),
        toc_ids,
        anchors,
        page_break: false,
        any: false,
        ends_with_table: false,
    };
    b.out.push_str(XML_DECL);
    b.out.push_str(&format!(
        "<w:document xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_R}\"><w:body>"
    ));
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::PageBreak => b.page_break = b.any,
            _ => {
                b.block(i, block)?;
                if matches!(block, Block::Cover { .. }) {
                    b.page_break = true;
                }
            }
        }
    }
    let rest = b.plan.rest();
    if !rest.is_empty() {
        b.out.push_str("<w:p>");
        range_starts(&mut b.out, &rest);
        range_ends(&mut b.out, &rest);
        b.out.push_str("</w:p>");
    } else if b.ends_with_table || !b.any {
        b.out.push_str("<w:p/>");
    }
    let cover = matches!(doc.blocks.first(), Some(Block::Cover { .. }));
    b.out.push_str("<w:sectPr>");
    b.out
        .push_str("<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>");
    if cover {
        b.out
            .push_str("<w:headerReference w:type=\"first\" r:id=\"rIdHeader2\"/>");
    }
    b.out
        .push_str("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>");
    if cover {
        b.out
            .push_str("<w:footerReference w:type=\"first\" r:id=\"rIdFooter2\"/>");
    }
    b.out.push_str(&format!(
        "<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/><w:pgMar w:top=\"{MARGIN}\" \
         w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"709\" \
         w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>"
    ));
    if cover {
        // The cover carries the title itself: no running header there.
        b.out.push_str("<w:titlePg/>");
    }
    b.out.push_str("</w:sectPr></w:body></w:document>");
    Ok(b.out)
}

impl Builder<'_> {
    fn refs(&self) -> Refs<'_> {
        Refs {
            bookmarks: &self.anchors,
            page_ref: &self.doc.meta.page_ref,
            marks: &self.marks,
        }
    }

    /// The pending page break, for the first paragraph of the block being written.
    fn take_break(&mut self) -> bool {
        std::mem::take(&mut self.page_break)
    }

    /// A top-level paragraph of `content`.
    fn paragraph(&mut self, mut p: PPr, content: &[Inline]) {
        p.page_break = self.take_break();
        let comments = self.plan.here(content, None);
        let mut out = std::mem::take(&mut self.out);
        open_p(&mut out, p);
        range_starts(&mut out, &comments);
        runs(&mut out, content, "", &self.refs());
        range_ends(&mut out, &comments);
        close_p(&mut out);
        self.out = out;
        self.any = true;
        self.ends_with_table = false;
    }

    /// A top-level paragraph of plain text.
    fn text_paragraph(&mut self, mut p: PPr, text: &str) {
        p.page_break = self.take_break();
        let comments = self.plan.here(&[], None);
        open_p(&mut self.out, p);
        range_starts(&mut self.out, &comments);
        text_runs(&mut self.out, "", text);
        range_ends(&mut self.out, &comments);
        close_p(&mut self.out);
        self.any = true;
        self.ends_with_table = false;
    }

    /// Before a table: a page break needs a paragraph to sit on.
    fn before_table(&mut self) {
        if self.take_break() {
            open_p(
                &mut self.out,
                PPr {
                    style: Some(STYLE_SPACER),
                    page_break: true,
                    ..PPr::default()
                },
            );
            close_p(&mut self.out);
        }
        self.tables += 1;
    }

    fn after_table(&mut self, spacer: bool) {
        self.any = true;
        if spacer {
            self.out.push_str(&format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{STYLE_SPACER}\"/></w:pPr></w:p>"
            ));
            self.ends_with_table = false;
        } else {
            self.ends_with_table = true;
        }
    }

    fn block(&mut self, index: usize, block: &Block) -> Result<(), DocxError> {
        match block {
            Block::Cover { title, lines } => {
                self.text_paragraph(
                    PPr {
                        style: Some(STYLE_TITLE),
                        ..PPr::default()
                    },
                    title,
                );
                for line in lines {
                    self.text_paragraph(
                        PPr {
                            style: Some(STYLE_SUBTITLE),
                            ..PPr::default()
                        },
                        line,
                    );
                }
            }
            Block::Contents => self.contents(index),
            Block::Heading {
                level,
                text,
                anchor,
            } => self.heading(index, *level, text, anchor.as_deref()),
            Block::Paragraph { content } => self.paragraph(PPr::default(), content),
            Block::Quote { content } => self.paragraph(
                PPr {
                    style: Some(STYLE_QUOTE),
                    ..PPr::default()
                },
                content,
            ),
            Block::Bullets { items } => {
                // A short list is kept on one page, as in the PDF: each item but the last keeps
                // with the next.
                let kept = items.len() <= KEPT_LIST_ITEMS;
                for (i, item) in items.iter().enumerate() {
                    self.paragraph(
                        PPr {
                            style: Some(STYLE_LIST),
                            bullet: true,
                            keep_next: kept && i + 1 < items.len(),
                            ..PPr::default()
                        },
                        item,
                    );
                }
            }
            Block::Table { table } if table.columns.is_empty() && table.rows.is_empty() => {}
            Block::Table { table } => {
                self.table(table)?;
                self.after_table(true);
            }
            Block::Matrix { matrix } => {
                self.matrix(matrix);
                self.after_table(false);
                self.text_paragraph(
                    PPr {
                        style: Some(STYLE_CAPTION),
                        ..PPr::default()
                    },
                    &matrix.caption,
                );
            }
            Block::Callout { tone, content } => {
                self.before_table();
                let spec = TableSpec {
                    grid: &[TEXT_W],
                    margins: Some([120, 160, 120, 160]),
                    caption: None,
                    description: None,
                };
                let comments = self.plan.here(content, None);
                let mut out = std::mem::take(&mut self.out);
                open_table(&mut out, &spec);
                open_row(&mut out, false, None);
                open_cell(&mut out, TEXT_W, *tone, None);
                open_p(
                    &mut out,
                    PPr {
                        style: Some(STYLE_TABLE_TEXT),
                        ..PPr::default()
                    },
                );
                range_starts(&mut out, &comments);
                runs(
                    &mut out,
                    content,
                    &format!("<w:sz w:val=\"{BODY_SIZE}\"/><w:szCs w:val=\"{BODY_SIZE}\"/>"),
                    &self.refs(),
                );
                range_ends(&mut out, &comments);
                close_p(&mut out);
                out.push_str("</w:tc></w:tr></w:tbl>");
                self.out = out;
                self.after_table(true);
            }
            Block::PageBreak => {}
        }
        Ok(())
    }

    fn heading(&mut self, index: usize, level: u8, text: &str, anchor: Option<&str>) {
        let level = heading_level(level);
        let style = heading_style(level);
        let page_break = self.take_break();
        let comments = self.plan.here(&[], anchor);
        open_p(
            &mut self.out,
            PPr {
                style: Some(&style),
                page_break,
                ..PPr::default()
            },
        );
        let mut marks = Vec::new();
        if let Some((n, _)) = self.toc_ids[index] {
            marks.push(toc_bookmark(n));
        }
        if let Some(bm) = anchor.and_then(|a| self.anchors.get(a)) {
            marks.push(bm.clone());
        }
        let ids: Vec<usize> = marks.iter().map(|_| self.marks.next_id()).collect();
        range_starts(&mut self.out, &comments);
        for (id, name) in ids.iter().zip(&marks) {
            self.out.push_str(&format!(
                "<w:bookmarkStart w:id=\"{id}\" w:name=\"{name}\"/>"
            ));
        }
        text_runs(&mut self.out, "", text);
        for id in ids.iter().rev() {
            self.out
                .push_str(&format!("<w:bookmarkEnd w:id=\"{id}\"/>"));
        }
        range_ends(&mut self.out, &comments);
        close_p(&mut self.out);
        self.any = true;
        self.ends_with_table = false;
    }

    /// The contents title and a real TOC field, prefilled with the level 1–2 headings that
    /// follow, each a link with a PAGEREF page number (as Word writes a TOC), so it is not
    /// empty before Word updates it. The PAGEREF results are cached with the print layout's pages
    /// (`Meta::heading_pages`): LibreOffice shows those as they are; Word recomputes them.
    fn contents(&mut self, index: usize) {
        self.text_paragraph(
            PPr {
                style: Some(STYLE_TOC_HEADING),
                ..PPr::default()
            },
            &self.doc.meta.contents_title,
        );
        // The page of each heading as the print layout has it, by block index (cached results).
        let headings = self
            .doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { .. }))
            .count();
        let known = self.doc.meta.heading_pages.len() == headings;
        let mut pages = self.doc.meta.heading_pages.iter();
        let page_of: Vec<Option<usize>> = self
            .doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { .. } if known => pages.next().copied(),
                _ => None,
            })
            .collect();
        let entries: Vec<(usize, u8, &str, String)> = self
            .doc
            .blocks
            .iter()
            .enumerate()
            .skip(index + 1)
            .filter_map(|(i, b)| match (b, self.toc_ids[i]) {
                (Block::Heading { text, .. }, Some((n, level))) => Some((
                    n,
                    level,
                    text.as_str(),
                    page_of[i].map_or_else(String::new, |p| p.to_string()),
                )),
                _ => None,
            })
            .collect();
        if entries.is_empty() {
            let style = toc_style(1);
            open_p(
                &mut self.out,
                PPr {
                    style: Some(&style),
                    ..PPr::default()
                },
            );
            field_start(&mut self.out, TOC_INSTRUCTION);
            field_end(&mut self.out);
            close_p(&mut self.out);
            return;
        }
        let last = entries.len() - 1;
        for (k, (n, level, text, page)) in entries.into_iter().enumerate() {
            let style = toc_style(level);
            open_p(
                &mut self.out,
                PPr {
                    style: Some(&style),
                    ..PPr::default()
                },
            );
            if k == 0 {
                field_start(&mut self.out, TOC_INSTRUCTION);
            }
            let bm = toc_bookmark(n);
            self.out
                .push_str(&format!("<w:hyperlink w:anchor=\"{bm}\" w:history=\"1\">"));
            text_runs(&mut self.out, "", text);
            self.out.push_str("<w:r><w:tab/></w:r>");
            field(&mut self.out, &format!("PAGEREF {bm} \\h"), &page, "");
            self.out.push_str("</w:hyperlink>");
            if k == last {
                field_end(&mut self.out);
            }
            close_p(&mut self.out);
        }
    }

    fn table(&mut self, table: &Table) -> Result<(), DocxError> {
        let n = table.columns.len().max(1);
        for (r, row) in table.rows.iter().enumerate() {
            if row.len() > n {
                return Err(DocxError::RaggedRow {
                    table: self.tables + 1,
                    row: r + 1,
                    cells: row.len(),
                    columns: n,
                });
            }
        }
        self.before_table();
        let grid = fit_columns(table, n);
        let mut out = std::mem::take(&mut self.out);
        open_table(
            &mut out,
            &TableSpec {
                grid: &grid,
                margins: None,
                caption: None,
                description: None,
            },
        );
        // Header row: repeated on every page, kept with the first row.
        open_row(&mut out, true, None);
        for (i, w) in grid.iter().enumerate() {
            let title = table.columns.get(i).map_or("", |c| c.title.as_str());
            open_cell(&mut out, *w, Tone::Header, None);
            open_p(
                &mut out,
                PPr {
                    style: Some(STYLE_TABLE_TEXT),
                    keep_next: true,
                    ..PPr::default()
                },
            );
            text_runs(&mut out, "<w:b/><w:bCs/>", title);
            close_p(&mut out);
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
        let empty = Cell::text("");
        // A table kept together: every row keeps with the next (the last with the spacer
        // paragraph after the table, which keeps with nothing).
        let keep = table.keep_together;
        for row in &table.rows {
            open_row(&mut out, false, None);
            for (i, w) in grid.iter().enumerate() {
                let c = row.get(i).unwrap_or(&empty);
                let comments = self.plan.here(&c.content, None);
                open_cell(&mut out, *w, c.tone, None);
                open_p(
                    &mut out,
                    PPr {
                        style: Some(STYLE_TABLE_TEXT),
                        keep_next: keep,
                        ..PPr::default()
                    },
                );
                range_starts(&mut out, &comments);
                runs(&mut out, &c.content, "", &self.refs());
                range_ends(&mut out, &comments);
                close_p(&mut out);
                out.push_str("</w:tc>");
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
        self.out = out;
        Ok(())
    }

    /// The risk matrix as a 4×4 table: a corner cell with both axis titles, the impact levels
    /// across the top, the likelihood levels down the side (high at the top) and 3×3 toned
    /// cells listing the risk labels; its caption and alternative text as the table's
    /// caption and description. Every paragraph keeps with the next so the grid and its
    /// caption stay on one page.
    fn matrix(&mut self, m: &Matrix) {
        self.before_table();
        let grid = column_widths(&[1, 1, 1, 1], TEXT_W);
        let mut out = std::mem::take(&mut self.out);
        open_table(
            &mut out,
            &TableSpec {
                grid: &grid,
                margins: None,
                caption: Some(&m.caption),
                description: Some(if m.alt.trim().is_empty() {
                    &m.caption
                } else {
                    &m.alt
                }),
            },
        );
        let p = |out: &mut String, s: &str, bold: bool, jc: &str| {
            open_p(
                out,
                PPr {
                    style: Some(STYLE_TABLE_TEXT),
                    keep_next: true,
                    jc: Some(jc),
                    ..PPr::default()
                },
            );
            text_runs(out, if bold { "<w:b/><w:bCs/>" } else { "" }, s);
            close_p(out);
        };
        open_row(&mut out, false, None);
        open_cell(&mut out, grid[0], Tone::Header, None);
        p(&mut out, &m.impact_label, true, "right");
        p(&mut out, &m.likelihood_label, true, "left");
        out.push_str("</w:tc>");
        for (i, label) in m.level_labels.iter().enumerate() {
            open_cell(&mut out, grid[i + 1], Tone::Header, Some("bottom"));
            p(&mut out, label, true, "center");
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
        for l in (0..3).rev() {
            open_row(&mut out, false, Some(680));
            open_cell(&mut out, grid[0], Tone::Header, Some("center"));
            p(&mut out, &m.level_labels[l], true, "left");
            out.push_str("</w:tc>");
            for i in 0..3 {
                open_cell(&mut out, grid[i + 1], m.tones[l][i], Some("center"));
                p(&mut out, &m.cells[l][i].join(", "), false, "center");
                out.push_str("</w:tc>");
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
        self.out = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_become_word_bookmark_names() {
        assert_eq!(anchor_bookmark("annex-open", 3), "_Ref0003_annex_open");
        assert!(anchor_bookmark(&"x".repeat(100), 1).len() <= 40);
    }
}
