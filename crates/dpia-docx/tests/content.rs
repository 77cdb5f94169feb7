//! The rendered content, read back: headings, tables, the risk matrix, text and inline
//! formatting, lists, header, footer and contents fields, core properties, determinism, rows and
//! page breaks.

mod common;

use common::*;
use dpia_document_model::{
    sample, Block, Cell, Column, Inline, Table, Tone, PLACEHOLDER_RGB, SOURCE_RGB,
};

#[test]
fn headings_use_word_heading_styles() {
    let (doc, parts) = stress();
    let styles = parse(&part(&parts, "word/styles.xml"));
    for level in 1..=3usize {
        let id = format!("Heading{level}");
        let style = styles
            .find_all("w:style")
            .into_iter()
            .find(|s| s.attr("w:styleId") == Some(id.as_str()))
            .unwrap_or_else(|| panic!("style {id}"));
        assert_eq!(style.attr("w:type"), Some("paragraph"));
        assert_eq!(
            style.find("w:name").and_then(|n| n.attr("w:val")),
            Some(format!("heading {level}").as_str())
        );
        let outline = style.find("w:outlineLvl").and_then(|o| o.attr("w:val"));
        assert_eq!(outline, Some((level - 1).to_string().as_str()));
        assert!(style.find("w:keepNext").is_some(), "{id} keeps with next");
    }
    let body = body(&parts);
    let paragraphs = body.find_all("w:p");
    let mut headings = 0;
    for (level, text) in doc.headings() {
        let p = paragraphs
            .iter()
            .find(|p| p.w_text() == text && p_style(p).is_some_and(|s| s.starts_with("Heading")))
            .unwrap_or_else(|| panic!("heading {text:?}"));
        assert_eq!(p_style(p), Some(format!("Heading{level}").as_str()));
        headings += 1;
    }
    assert_eq!(headings, doc.headings().count());
    // Nothing else claims a heading style (the contents title is not a heading).
    let styled = paragraphs
        .iter()
        .filter(|p| p_style(p).is_some_and(|s| s.starts_with("Heading")))
        .count();
    assert_eq!(styled, headings);
}

#[test]
fn tables_have_a_repeating_header_row_widths_and_tones() {
    let (doc, parts) = stress();
    let body = body(&parts);
    let tables = body.find_all("w:tbl");
    // Register, matrix, callout, sign-off.
    assert_eq!(tables.len(), 4);
    let register = tables
        .iter()
        .find(|t| t.find_all("w:tr").len() == 43)
        .expect("42 rows plus a header row");
    let rows = register.find_all("w:tr");
    assert!(rows[0].find("w:tblHeader").is_some(), "header row marked");
    assert_eq!(rows[0].find_all("w:tc").len(), 5);
    assert!(rows[1..].iter().all(|r| r.find("w:tblHeader").is_none()));
    let titles: Vec<String> = rows[0]
        .find_all("w:tc")
        .iter()
        .map(|c| c.w_text())
        .collect();
    assert_eq!(titles, ["#", "Risico", "Kans", "Impact", "Eigenaar"]);
    // Column widths fill the text width; narrow columns are widened to their longest word,
    // the others keep their order of size.
    let grid: Vec<usize> = register
        .find_all("w:gridCol")
        .iter()
        .map(|g| g.attr("w:w").unwrap().parse().unwrap())
        .collect();
    let total: usize = grid.iter().sum();
    assert_eq!(total, 11_906 - 2 * 1_418);
    assert!(
        grid[1] >= grid[4] && grid[4] > grid[2] && grid[2] >= grid[0],
        "{grid:?}"
    );
    // Short words keep their room: "#" fits "R40" (9 pt DejaVu, 2 × 80 twips margins).
    assert!(grid[0] >= 500, "{grid:?}");
    // Borders and cell margins come from the table style; tones shade the cells.
    assert_eq!(
        register.find("w:tblStyle").and_then(|s| s.attr("w:val")),
        Some("DPIATable")
    );
    assert!(register.find("w:tblBorders").is_none(), "no direct borders");
    let styles = parse(&part(&parts, "word/styles.xml"));
    let style = styles
        .find_all("w:style")
        .into_iter()
        .find(|s| s.attr("w:styleId") == Some("DPIATable"))
        .expect("table style");
    assert_eq!(style.attr("w:type"), Some("table"));
    let borders = style.find("w:tblBorders").expect("style borders");
    assert_eq!(borders.elements().count(), 6);
    assert!(borders
        .elements()
        .all(|b| b.attr("w:val") == Some("single")));
    assert!(style.find("w:tblCellMar").is_some());
    let fills: Vec<&str> = rows[1]
        .find_all("w:shd")
        .iter()
        .filter_map(|s| s.attr("w:fill"))
        .collect();
    assert_eq!(
        fills,
        [Tone::Medium.rgb().unwrap(), Tone::High.rgb().unwrap()]
    );
    assert_eq!(
        rows[0].find("w:shd").and_then(|s| s.attr("w:fill")),
        Tone::Header.rgb()
    );
    // Exactly one header row per model table (the matrix and callouts have none).
    let model_tables = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table { .. }))
        .count();
    assert_eq!(body.find_all("w:tblHeader").len(), model_tables);
}

#[test]
fn the_matrix_is_a_4x4_grid_with_tones_labels_and_caption() {
    let (doc, parts) = stress();
    let Some(Block::Matrix { matrix: m }) = doc
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Matrix { .. }))
    else {
        panic!("stress document has a matrix")
    };
    let body = body(&parts);
    let table = body
        .find_all("w:tbl")
        .into_iter()
        .find(|t| t.w_text().contains("R1, R3, R9, R11, R12, R13"))
        .expect("matrix table");
    let rows = table.find_all("w:tr");
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.find_all("w:tc").len() == 4));
    let top: Vec<String> = rows[0]
        .find_all("w:tc")
        .iter()
        .map(|c| c.w_text())
        .collect();
    assert_eq!(
        top[0],
        format!("{}{}", m.impact_label, m.likelihood_label),
        "corner cell names both axes"
    );
    assert_eq!(&top[1..], &m.level_labels[..]);
    // Row 1 is the highest likelihood.
    for (r, l) in (1..4).zip((0..3).rev()) {
        let cells = rows[r].find_all("w:tc");
        assert_eq!(cells[0].w_text(), m.level_labels[l]);
        for i in 0..3 {
            assert_eq!(cells[i + 1].w_text(), m.cells[l][i].join(", "));
            let fill = cells[i + 1].find("w:shd").and_then(|s| s.attr("w:fill"));
            assert_eq!(fill, m.tones[l][i].rgb(), "tone at l={l} i={i}");
        }
    }
    let caption = body
        .find_all("w:p")
        .into_iter()
        .find(|p| p.w_text() == m.caption)
        .expect("caption");
    assert_eq!(p_style(caption), Some("Caption"));
}

#[test]
fn hostile_and_long_text_survives_as_text() {
    let (doc, parts) = stress();
    let raw = part(&parts, "word/document.xml");
    assert!(!raw.contains("<script>"), "markup escaped");
    let body = body(&parts);
    let texts: Vec<String> = body.find_all("w:p").iter().map(|p| p.w_text()).collect();
    let all = texts.join("\n");
    for literal in [
        "<script>alert(1)</script> R&D {$x} \"quoted\" *star* _under_ | pipe # hash \\ backslash שלום עולם 😀 ✓ Ærø ĳsselmeer",
        "R&D {$x}",
        "[statement item 11]",
    ] {
        assert!(all.contains(literal), "{literal:?} missing");
    }
    let mut checked = 0;
    // User text arrives with control characters as U+FFFD and without bidi controls.
    let mut check = |s: &str| {
        let s = dpia_document_model::clean::clean(s);
        if !s.is_empty() {
            assert!(all.contains(&*s), "{:?} missing", &s[..s.len().min(80)]);
            checked += 1;
        }
    };
    for block in &doc.blocks {
        match block {
            Block::Cover { title, lines } => {
                check(title);
                lines.iter().for_each(|l| check(l));
            }
            Block::Heading { text, .. } => check(text),
            Block::Paragraph { content }
            | Block::Callout { content, .. }
            | Block::Quote { content }
                if content.iter().all(|i| {
                    matches!(
                        i,
                        Inline::Text(_)
                            | Inline::Strong(_)
                            | Inline::Source(_)
                            | Inline::Placeholder(_)
                    )
                }) =>
            {
                let whole: String = content.iter().map(inline_text).collect();
                // A source marker may be preceded by a separating space; nothing else is added.
                assert!(
                    texts
                        .iter()
                        .any(|t| t.replace(" [", "[") == whole.replace(" [", "[")),
                    "paragraph {:?} not found whole",
                    &whole[..whole.len().min(60)]
                );
                content.iter().for_each(|i| check(&inline_text(i)));
            }
            // With references (shown with their page) and answers: each inline's text.
            Block::Paragraph { content }
            | Block::Callout { content, .. }
            | Block::Quote { content } => content.iter().for_each(|i| check(&inline_text(i))),
            Block::Bullets { items } => items.iter().flatten().for_each(|i| check(&inline_text(i))),
            Block::Table { table } => {
                table.columns.iter().for_each(|c| check(&c.title));
                for cell in table.rows.iter().flatten() {
                    cell.content.iter().for_each(|i| check(&inline_text(i)));
                }
            }
            Block::Matrix { matrix } => {
                check(&matrix.caption);
                check(&matrix.likelihood_label);
                check(&matrix.impact_label);
            }
            Block::Contents => check(&doc.meta.contents_title),
            Block::PageBreak => {}
        }
    }
    assert!(checked > 200, "checked {checked} strings");
    // The 10,000-character paragraph is one paragraph, intact.
    assert!(texts.iter().any(|t| t.chars().count() == 10_000));
}

#[test]
fn inline_formatting() {
    let (_, parts) = stress();
    let body = body(&parts);
    let runs = body.find_all("w:r");
    let run_with = |text: &str| {
        runs.iter()
            .find(|r| r.w_text() == text)
            .unwrap_or_else(|| panic!("run {text:?}"))
    };
    let strong = run_with("DPIA verplicht. ");
    assert!(strong.find("w:b").is_some());
    let source = run_with(" [statement item 11]");
    assert_eq!(
        source.find("w:color").and_then(|c| c.attr("w:val")),
        Some(SOURCE_RGB)
    );
    assert_eq!(
        source.find("w:sz").and_then(|c| c.attr("w:val")),
        Some("16")
    );
    let placeholder = run_with("In te vullen door de verwerkingsverantwoordelijke: grondslag");
    assert_eq!(PLACEHOLDER_RGB, "FFFF00");
    assert_eq!(
        placeholder
            .find("w:highlight")
            .and_then(|h| h.attr("w:val")),
        Some("yellow")
    );
    // The callout is a shaded one-cell table.
    let callout = body
        .find_all("w:tbl")
        .into_iter()
        .find(|t| t.w_text().starts_with("Blokkerend"))
        .expect("callout");
    assert_eq!(callout.find_all("w:tc").len(), 1);
    assert_eq!(
        callout.find("w:shd").and_then(|s| s.attr("w:fill")),
        Tone::High.rgb()
    );
}

#[test]
fn bullets_use_their_own_numbering_instance() {
    let (_, parts) = stress();
    let body = body(&parts);
    let num_ids: Vec<&str> = body
        .find_all("w:numId")
        .iter()
        .filter_map(|n| n.attr("w:val"))
        .collect();
    assert_eq!(num_ids.len(), 3, "three bullet items");
    for id in &num_ids {
        assert!(id.parse::<u32>().unwrap() >= 2, "numId {id}");
    }
    let numbering = parse(&part(&parts, "word/numbering.xml"));
    let num = numbering
        .find_all("w:num")
        .into_iter()
        .find(|n| n.attr("w:numId") == Some(num_ids[0]))
        .expect("num definition");
    let abstract_id = num.find("w:abstractNumId").unwrap().attr("w:val").unwrap();
    let abs = numbering
        .find_all("w:abstractNum")
        .into_iter()
        .find(|a| a.attr("w:abstractNumId") == Some(abstract_id))
        .unwrap();
    let first = abs.find("w:lvl").unwrap();
    assert_eq!(
        first.find("w:numFmt").unwrap().attr("w:val"),
        Some("bullet")
    );
}

#[test]
fn header_footer_and_page_fields() {
    let (doc, parts) = stress();
    let headers: Vec<El> = parts
        .keys()
        .filter(|k| k.starts_with("word/header"))
        .map(|k| parse(&part(&parts, k)))
        .collect();
    assert!(headers.iter().any(|h| h.w_text() == doc.meta.header));
    // footer1: every page but the cover; footer2: the cover's, empty (issue 18: no "Pagina 1
    // van 27" under the title).
    let footer = parse(&part(&parts, "word/footer1.xml"));
    assert_eq!(instructions(&footer), ["PAGE", "NUMPAGES"]);
    // Cached results "1" sit where the placeholders were.
    assert_eq!(footer.w_text(), "Pagina 1 van 1");
    let cover = parse(&part(&parts, "word/footer2.xml"));
    assert!(instructions(&cover).is_empty());
    assert_eq!(cover.w_text(), "");
    // The section refers to default and first-page (cover) headers and footers.
    let body = body(&parts);
    let sect = body.find("w:sectPr").expect("section");
    assert!(sect.find("w:titlePg").is_some());
    assert_eq!(sect.find_all("w:footerReference").len(), 2);
}

#[test]
fn contents_is_a_prefilled_toc_field() {
    let (doc, parts) = stress();
    let body = body(&parts);
    let instr = instructions(&body);
    assert_eq!(instr[0], r#"TOC \o "1-2" \h \z \u"#);
    let paragraphs = body.find_all("w:p");
    let title = paragraphs
        .iter()
        .position(|p| p.w_text() == doc.meta.contents_title)
        .expect("contents title");
    assert_eq!(p_style(paragraphs[title]), Some("TOCHeading"));
    let listed: Vec<(u8, &str)> = doc.headings().filter(|(l, _)| *l <= 2).collect();
    let entries = &paragraphs[title + 1..title + 1 + listed.len()];
    for (p, (level, text)) in entries.iter().zip(&listed) {
        assert_eq!(
            p.find("w:hyperlink").unwrap().find("w:r").unwrap().w_text(),
            *text
        );
        assert_eq!(p_style(p), Some(format!("TOC{level}").as_str()));
        let link = p.find("w:hyperlink").expect("entry links to its heading");
        let anchor = link.attr("w:anchor").unwrap();
        let target = paragraphs
            .iter()
            .find(|h| {
                h.find_all("w:bookmarkStart")
                    .iter()
                    .any(|b| b.attr("w:name") == Some(anchor))
            })
            .expect("bookmark");
        assert_eq!(target.w_text(), *text);
    }
    // The TOC field spans the entries; each entry has a PAGEREF field for its page number
    // (Word fills them in as it updates fields on opening).
    let chars: Vec<&str> = entries
        .iter()
        .flat_map(|p| p.find_all("w:fldChar"))
        .filter_map(|f| f.attr("w:fldCharType"))
        .collect();
    let mut expected = vec!["begin", "separate"];
    for _ in &listed {
        expected.extend(["begin", "separate", "end"]);
    }
    expected.push("end");
    assert_eq!(chars, expected);
    for p in entries {
        let anchor = p.find("w:hyperlink").unwrap().attr("w:anchor").unwrap();
        assert!(instructions(p).contains(&format!("PAGEREF {anchor} \\h")));
    }
}

#[test]
fn core_properties_and_language() {
    let (doc, parts) = stress();
    let core = parse(&part(&parts, "docProps/core.xml"));
    let get = |n: &str| core.find(n).map(|e| e.text()).unwrap_or_default();
    assert_eq!(get("dc:title"), doc.meta.title);
    assert_eq!(get("dc:subject"), doc.meta.subject);
    assert_eq!(get("dc:creator"), doc.meta.author);
    assert_eq!(get("cp:lastModifiedBy"), doc.meta.author);
    assert_eq!(get("dc:language"), "nl-NL");
    assert_eq!(get("dcterms:created"), "2026-11-28T00:00:00Z");
    assert_eq!(get("dcterms:modified"), "2026-11-28T00:00:00Z");
    let styles = parse(&part(&parts, "word/styles.xml"));
    let lang = styles
        .find("w:rPrDefault")
        .and_then(|d| d.find("w:lang"))
        .expect("default language");
    assert_eq!(lang.attr("w:val"), Some("nl-NL"));
}

#[test]
fn rendering_is_deterministic() {
    let doc = sample::stress("nl");
    let a = dpia_docx::render(&doc).unwrap();
    // Another document in between, and a fresh thread: docx-rs keeps id counters per thread
    // and per process.
    let mut other = doc.clone();
    other.blocks.truncate(5);
    dpia_docx::render(&other).unwrap();
    let b = dpia_docx::render(&doc).unwrap();
    let c = std::thread::spawn(move || dpia_docx::render(&doc).unwrap())
        .join()
        .unwrap();
    assert!(a == b, "same thread, second render differs");
    assert!(a == c, "other thread differs");
    // Fixed timestamps in the zip.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&a)).unwrap();
    for i in 0..archive.len() {
        let f = archive.by_index(i).unwrap();
        let t = f.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (1980, 1, 1), "{}", f.name());
    }
}

#[test]
fn ragged_rows_are_an_error_and_short_rows_are_padded() {
    let table = |cells: usize| Block::Table {
        table: Table {
            columns: vec![
                Column {
                    title: "A".into(),
                    width: 1,
                },
                Column {
                    title: "B".into(),
                    width: 1,
                },
            ],
            rows: vec![(0..cells).map(|i| Cell::text(format!("c{i}"))).collect()],
            keep_together: false,
        },
    };
    let err = dpia_docx::render(&small(vec![table(3)])).unwrap_err();
    assert!(matches!(
        err,
        dpia_docx::DocxError::RaggedRow {
            cells: 3,
            columns: 2,
            ..
        }
    ));
    let parts = unzip(&dpia_docx::render(&small(vec![table(1)])).unwrap());
    let body = body(&parts);
    let rows = body.find_all("w:tr");
    assert_eq!(rows[1].find_all("w:tc").len(), 2);
}

#[test]
fn page_breaks_collapse_and_adjacent_tables_stay_apart() {
    let callout = |s: &str| Block::Callout {
        tone: Tone::Low,
        content: vec![Inline::Text(s.into())],
    };
    let doc = small(vec![
        Block::PageBreak,
        callout("one"),
        callout("two"),
        Block::PageBreak,
        Block::PageBreak,
        Block::Paragraph {
            content: vec![Inline::Text("after".into())],
        },
        Block::PageBreak,
    ]);
    let parts = unzip(&dpia_docx::render(&doc).unwrap());
    let raw = part(&parts, "word/document.xml");
    assert_eq!(body(&parts).find_all("w:pageBreakBefore").len(), 1);
    assert!(!raw.contains("</w:tbl><w:tbl>"), "tables separated");
    let body = body(&parts);
    let sect = body.find("w:sectPr").unwrap();
    assert!(sect.find("w:titlePg").is_none(), "no cover, no title page");
    let after = body
        .find_all("w:p")
        .into_iter()
        .find(|p| p.w_text() == "after")
        .unwrap();
    assert!(after.find("w:pageBreakBefore").is_some());
}

#[test]
fn control_characters_are_replaced_newlines_and_tabs_kept() {
    let doc = small(vec![Block::Paragraph {
        content: vec![Inline::Text("a\u{1}b\nc\td\u{FFFF}\u{202E}e".into())],
    }]);
    let parts = unzip(&dpia_docx::render(&doc).unwrap());
    let body = body(&parts);
    let p = body.find("w:p").unwrap();
    assert_eq!(p.w_text(), "a\u{FFFD}bcd\u{FFFD}e");
    assert!(p.find("w:br").is_some());
    assert!(p.find("w:tab").is_some());
}
