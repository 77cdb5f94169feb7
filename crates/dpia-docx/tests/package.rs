//! The rendered package, read back: styles, tables, fields, numbering, text, properties and
//! determinism.

mod common;

use common::*;
use dpia_document_model::{
    sample, Block, Cell, Column, Document, Inline, Table, Tone, PLACEHOLDER_RGB, SOURCE_RGB,
};
use std::collections::BTreeMap;

fn stress() -> (Document, BTreeMap<String, Vec<u8>>) {
    let doc = sample::stress("nl");
    let bytes = dpia_docx::render(&doc).expect("renders");
    (doc, unzip(&bytes))
}

fn body(parts: &BTreeMap<String, Vec<u8>>) -> El {
    parse(&part(parts, "word/document.xml"))
}

fn inline_text(i: &Inline) -> String {
    match i {
        Inline::Text(s)
        | Inline::Strong(s)
        | Inline::Placeholder(s)
        | Inline::Answer(s)
        | Inline::Note(s) => s.clone(),
        Inline::Ref { text, .. } => text.clone(),
        Inline::Source(s) => format!("[{s}]"),
    }
}

#[test]
fn every_part_is_well_formed_xml() {
    let (_, parts) = stress();
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            parse(std::str::from_utf8(data).unwrap());
        }
    }
    for required in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "docProps/core.xml",
    ] {
        assert!(parts.contains_key(required), "{required} missing");
    }
    assert!(
        !parts.keys().any(|k| k.ends_with('/')),
        "no directory entries"
    );
}

#[test]
fn docx_rs_reads_it_back() {
    let bytes = dpia_docx::render(&sample::stress("nl")).unwrap();
    docx_rs::read_docx(&bytes).expect("docx-rs reads its own output back");
}

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
    let footers: Vec<El> = parts
        .keys()
        .filter(|k| k.starts_with("word/footer"))
        .map(|k| parse(&part(&parts, k)))
        .collect();
    assert!(!footers.is_empty());
    for f in &footers {
        assert_eq!(instructions(f), ["PAGE", "NUMPAGES"]);
        // Cached results "1" sit where the placeholders were.
        assert_eq!(f.w_text(), "Pagina 1 van 1");
    }
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

fn small(blocks: Vec<Block>) -> Document {
    let mut doc = sample::stress("nl");
    doc.blocks = blocks;
    doc
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

/// Word reads property elements as `xsd:sequence`s: children must come in schema order.
#[test]
fn property_elements_are_in_schema_order() {
    let (_, parts) = stress();
    let orders: &[(&str, &[&str])] = &[
        (
            "w:rPr",
            &[
                "w:rFonts",
                "w:b",
                "w:i",
                "w:color",
                "w:sz",
                "w:szCs",
                "w:highlight",
                "w:shd",
                "w:lang",
            ],
        ),
        (
            "w:pPr",
            &[
                "w:pStyle",
                "w:keepNext",
                "w:keepLines",
                "w:pageBreakBefore",
                "w:numPr",
                "w:tabs",
                "w:spacing",
                "w:ind",
                "w:jc",
                "w:outlineLvl",
                "w:rPr",
            ],
        ),
        (
            "w:style",
            &[
                "w:name",
                "w:basedOn",
                "w:next",
                "w:uiPriority",
                "w:qFormat",
                "w:pPr",
                "w:rPr",
            ],
        ),
        (
            "w:sectPr",
            &[
                "w:headerReference",
                "w:pgSz",
                "w:pgMar",
                "w:cols",
                "w:titlePg",
            ],
        ),
        ("w:tcPr", &["w:tcW", "w:tcBorders", "w:shd", "w:vAlign"]),
        (
            "w:tblPr",
            &[
                "w:tblW",
                "w:jc",
                "w:tblBorders",
                "w:tblLayout",
                "w:tblCellMar",
            ],
        ),
        ("w:numPr", &["w:ilvl", "w:numId"]),
        ("w:settings", &["w:zoom", "w:defaultTabStop", "w:compat"]),
    ];
    let mut checked = 0;
    for (name, data) in &parts {
        if !(name.starts_with("word/") && name.ends_with(".xml")) {
            continue;
        }
        let root = parse(std::str::from_utf8(data).unwrap());
        for (parent, order) in orders {
            for el in root.find_all(parent) {
                let ranks: Vec<usize> = el
                    .elements()
                    .filter_map(|c| {
                        let n = if c.name == "w:footerReference" {
                            "w:headerReference"
                        } else {
                            &c.name
                        };
                        order.iter().position(|o| *o == n)
                    })
                    .collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] <= w[1]),
                    "{name}: {parent} children out of order: {:?}",
                    el.elements().map(|c| c.name.as_str()).collect::<Vec<_>>()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "checked {checked} elements");
}

/// Where `openxml-audit` is: `DPIA_OPENXML_AUDIT`, else the venv `scripts/lib.sh` makes, else
/// `PATH`.
fn openxml_audit() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("DPIA_OPENXML_AUDIT") {
        return Some(p.into());
    }
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from)?;
    let venv = home.join(".cache/dpia-helper/venv/bin/openxml-audit");
    if venv.exists() {
        return Some(venv);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("openxml-audit"))
            .find(|p| p.exists())
    })
}

/// Schema and package check with `openxml-audit` (PyPI), which mirrors the Open XML SDK
/// validator that Word's behaviour is judged by: the stress document in both languages and a
/// document without cover or attachment, 0 errors. `scripts/test.sh` installs the tool and
/// sets `DPIA_REQUIRE_OPENXML_AUDIT=1`, which makes a missing tool a failure, not a skip.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs openxml-audit (a Python tool), which the Windows (Wine) run lacks"
)]
fn word_schema_audit() {
    let Some(audit) = openxml_audit() else {
        assert!(
            std::env::var_os("DPIA_REQUIRE_OPENXML_AUDIT").is_none_or(|v| v != "1"),
            "openxml-audit is required (DPIA_REQUIRE_OPENXML_AUDIT=1) but not installed: \
             run scripts/test.sh, or pip install openxml-audit and set DPIA_OPENXML_AUDIT"
        );
        eprintln!("openxml-audit not installed: schema audit skipped");
        return;
    };
    let mut plain = sample::stress("en");
    plain.meta.attachment = None;
    plain.blocks.remove(0);
    for (name, doc) in [
        ("nl", sample::stress("nl")),
        ("en", sample::stress("en")),
        ("plain", plain),
    ] {
        let path = std::env::temp_dir().join(format!(
            "dpia-docx-audit-{}-{name}.docx",
            std::process::id()
        ));
        std::fs::write(&path, dpia_docx::render(&doc).unwrap()).unwrap();
        let out = std::process::Command::new(&audit)
            .args(["-f", "microsoft365", "-m", "0"])
            .arg(&path)
            .output()
            .expect("runs openxml-audit");
        let _ = std::fs::remove_file(&path);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "openxml-audit {name}: {text}");
        assert!(text.contains("Errors: 0"), "openxml-audit {name}: {text}");
    }
}

fn style<'a>(styles: &'a El, id: &str) -> &'a El {
    styles
        .find_all("w:style")
        .into_iter()
        .find(|s| s.attr("w:styleId") == Some(id))
        .unwrap_or_else(|| panic!("style {id}"))
}

#[test]
fn settings_update_fields_and_hyphenate() {
    let (_, parts) = stress();
    let settings = parse(&part(&parts, "word/settings.xml"));
    let update = settings.find("w:updateFields").expect("updateFields");
    assert_eq!(update.attr("w:val"), Some("true"));
    assert!(settings.find("w:autoHyphenation").is_some());
}

#[test]
fn every_row_is_unsplittable_and_header_rows_repeat() {
    let (doc, parts) = stress();
    let body = body(&parts);
    let rows = body.find_all("w:tr");
    assert!(rows.len() > 50);
    for r in &rows {
        let trpr = r.find("w:trPr").expect("row properties");
        assert!(trpr.find("w:cantSplit").is_some(), "row without cantSplit");
    }
    // One header row per model table: the first row of each.
    let model: Vec<&Table> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { table } => Some(table),
            _ => None,
        })
        .collect();
    assert_eq!(body.find_all("w:tblHeader").len(), model.len());
    for t in body.find_all("w:tbl") {
        let rows = t.find_all("w:tr");
        assert!(rows[1..].iter().all(|r| r.find("w:tblHeader").is_none()));
        if rows[0].find("w:tblHeader").is_some() {
            // The header keeps with the first row.
            assert!(rows[0]
                .find_all("w:p")
                .iter()
                .all(|p| p.find("w:keepNext").is_some()));
        }
    }
}

#[test]
fn keep_together_tables_keep_every_row_with_the_next() {
    let (doc, parts) = stress();
    let Some(Block::Table { table }) = doc
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Table { table } if table.keep_together))
    else {
        unreachable!()
    };
    let first = table.rows[0][0].content[0].text().to_string();
    let body = body(&parts);
    let t = body
        .find_all("w:tbl")
        .into_iter()
        .find(|t| t.w_text().contains(&first))
        .unwrap();
    let rows = t.find_all("w:tr");
    assert_eq!(rows.len(), table.rows.len() + 1);
    for r in &rows {
        for p in r.find_all("w:p") {
            assert!(p.find("w:keepNext").is_some(), "{:?}", r.w_text());
        }
    }
    // Ordinary tables: body rows do not keep with the next.
    let register = body
        .find_all("w:tbl")
        .into_iter()
        .find(|t| t.w_text().contains("Onbevoegde toegang"))
        .unwrap();
    assert!(register.find_all("w:tr")[2].find("w:keepNext").is_none());
}

#[test]
fn normal_is_the_default_and_quotes_use_the_quote_style() {
    let (doc, parts) = stress();
    let styles = parse(&part(&parts, "word/styles.xml"));
    let normal = style(&styles, "Normal");
    assert_eq!(normal.attr("w:default"), Some("1"));
    assert_eq!(normal.attr("w:type"), Some("paragraph"));
    let quote = style(&styles, "Quote");
    assert_eq!(
        quote.find("w:name").and_then(|n| n.attr("w:val")),
        Some("Quote")
    );
    assert!(quote.find("w:pBdr").is_some() && quote.find("w:ind").is_some());
    let quotes: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quote { content } => Some(content[0].text().to_string()),
            _ => None,
        })
        .collect();
    let body = body(&parts);
    for q in &quotes {
        let p = body
            .find_all("w:p")
            .into_iter()
            .find(|p| p.w_text().starts_with(&q[..20]))
            .unwrap();
        assert_eq!(p_style(p), Some("Quote"));
    }
    // Notes inside quotes: small and grey, without added brackets.
    let note = body
        .find_all("w:r")
        .into_iter()
        .find(|r| r.w_text().contains("[dienst B = KPI Connectoren, punt 6]"))
        .unwrap();
    assert_eq!(
        note.find("w:color").and_then(|c| c.attr("w:val")),
        Some(SOURCE_RGB)
    );
    assert_eq!(note.w_text().trim(), "[dienst B = KPI Connectoren, punt 6]");
}

#[test]
fn the_font_is_dejavu_sans_with_verdana_as_substitute() {
    let (_, parts) = stress();
    let styles = parse(&part(&parts, "word/styles.xml"));
    let fonts = styles
        .find("w:rPrDefault")
        .and_then(|d| d.find("w:rFonts"))
        .unwrap();
    for a in ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"] {
        assert_eq!(fonts.attr(a), Some("DejaVu Sans"));
    }
    let table = parse(&part(&parts, "word/fontTable.xml"));
    let dejavu = table
        .find_all("w:font")
        .into_iter()
        .find(|f| f.attr("w:name") == Some("DejaVu Sans"))
        .expect("DejaVu Sans in the font table");
    assert_eq!(
        dejavu.find("w:altName").and_then(|a| a.attr("w:val")),
        Some("Verdana")
    );
    assert_eq!(
        dejavu.find("w:family").and_then(|a| a.attr("w:val")),
        Some("swiss")
    );
    assert_eq!(
        dejavu.find("w:panose1").and_then(|a| a.attr("w:val")),
        Some("020B0603030804020204")
    );
}

#[test]
fn references_are_internal_links_to_heading_bookmarks() {
    let (doc, parts) = stress();
    let body = body(&parts);
    let bookmarks: Vec<(String, String)> = body
        .find_all("w:p")
        .iter()
        .flat_map(|p| {
            p.find_all("w:bookmarkStart")
                .into_iter()
                .map(|b| (b.attr("w:name").unwrap().to_string(), p.w_text()))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut refs = 0;
    for b in &doc.blocks {
        let content = match b {
            Block::Paragraph { content } => content.clone(),
            Block::Table { table } => table
                .rows
                .iter()
                .flatten()
                .flat_map(|c| c.content.clone())
                .collect(),
            _ => continue,
        };
        for i in content {
            let Inline::Ref { text, target } = i else {
                continue;
            };
            let link = body
                .find_all("w:hyperlink")
                .into_iter()
                .find(|h| h.find("w:r").is_some_and(|r| r.w_text() == text))
                .map(|h| h.attr("w:anchor").unwrap().to_string());
            match doc.heading_by_anchor(&target) {
                Some((_, heading)) => {
                    let anchor = link.unwrap_or_else(|| panic!("no link for {text:?}"));
                    let (_, on) = bookmarks.iter().find(|(n, _)| *n == anchor).unwrap();
                    assert_eq!(on, heading);
                    assert!(instructions(&body).contains(&format!("PAGEREF {anchor} \\h")));
                    refs += 1;
                }
                None => assert!(link.is_none(), "{text:?} links nowhere"),
            }
        }
    }
    assert!(refs >= 3);
    // "(blz. " and ")" around the page field.
    assert!(body.w_text().contains("2 Risicoregister\u{a0}(blz. )"));
}

#[test]
fn the_matrix_has_its_alt_text_as_table_description() {
    let (doc, parts) = stress();
    let Some(Block::Matrix { matrix }) = doc
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Matrix { .. }))
    else {
        unreachable!()
    };
    let body = body(&parts);
    let t = body
        .find_all("w:tbl")
        .into_iter()
        .find(|t| t.find("w:tblDescription").is_some())
        .expect("a table with a description");
    assert_eq!(
        t.find("w:tblDescription").and_then(|d| d.attr("w:val")),
        Some(matrix.alt.as_str())
    );
    assert_eq!(
        t.find("w:tblCaption").and_then(|d| d.attr("w:val")),
        Some(matrix.caption.as_str())
    );
}

#[test]
fn answers_with_right_to_left_text_are_isolated() {
    let (_, parts) = stress();
    let body = body(&parts);
    let t = body.w_text();
    assert!(t.contains("\u{2068}שלום עולם\u{2069}"), "isolated answer");
    assert!(!t.contains('\u{202E}'), "override removed");
}

#[test]
fn the_attachment_is_a_custom_xml_part_found_by_namespace() {
    let (doc, parts) = stress();
    let a = doc.meta.attachment.clone().unwrap();
    let bytes = dpia_docx::render(&doc).unwrap();
    assert_eq!(dpia_docx::read_attachment(&bytes).unwrap(), Some(a.clone()));
    // The parts and how they are wired.
    let item = parse(&part(&parts, "customXml/item1.xml"));
    let root = item.elements().next().unwrap();
    assert_eq!(root.name, "dpia:exchange");
    assert_eq!(root.attr("xmlns:dpia"), Some(dpia_docx::EXCHANGE_NS));
    assert_eq!(root.attr("fileName"), Some(a.file_name.as_str()));
    let props = parse(&part(&parts, "customXml/itemProps1.xml"));
    let id = props
        .find("ds:datastoreItem")
        .unwrap()
        .attr("ds:itemID")
        .unwrap();
    assert!(id.starts_with('{') && id.len() == 38, "{id}");
    let rels = part(&parts, "word/_rels/document.xml.rels");
    assert!(rels.contains("relationships/customXml\" Target=\"../customXml/item1.xml\""));
    assert!(part(&parts, "customXml/_rels/item1.xml.rels").contains("itemProps1.xml"));
    assert!(part(&parts, "[Content_Types].xml").contains("/customXml/itemProps1.xml"));

    // Found by namespace when renamed and re-indented (as another editor might save it).
    let renamed = rezip(&parts, |name, data| match name {
        "customXml/item1.xml" => Some((
            "customXml/item7.xml".to_string(),
            String::from_utf8(data.to_vec())
                .unwrap()
                .replace('\n', "\n    ")
                .into_bytes(),
        )),
        _ => Some((name.to_string(), data.to_vec())),
    });
    assert_eq!(
        dpia_docx::read_attachment(&renamed).unwrap(),
        Some(a.clone())
    );
    // Without the part: none. Not a zip: an error.
    let mut plain = doc.clone();
    plain.meta.attachment = None;
    let bytes = dpia_docx::render(&plain).unwrap();
    assert!(!unzip(&bytes).keys().any(|k| k.starts_with("customXml")));
    assert_eq!(dpia_docx::read_attachment(&bytes).unwrap(), None);
    assert!(dpia_docx::read_attachment(b"").is_err());
    assert!(dpia_docx::read_attachment(b"%PDF-1.7 not a zip").is_err());
    // Determinism of the part id.
    let again = unzip(&dpia_docx::render(&doc).unwrap());
    assert_eq!(
        again["customXml/itemProps1.xml"],
        parts["customXml/itemProps1.xml"]
    );
}

/// Rewrites a package, renaming or dropping parts (`None`).
fn rezip(
    parts: &BTreeMap<String, Vec<u8>>,
    f: impl Fn(&str, &[u8]) -> Option<(String, Vec<u8>)>,
) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in parts {
        if let Some((n, d)) = f(name, data) {
            z.start_file(n, zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(&d).unwrap();
        }
    }
    z.finish().unwrap().into_inner()
}

/// Truncated, flipped and bomb-like packages give errors (or no attachment), never a panic.
#[test]
fn reading_garbage_is_safe_and_bounded() {
    let (doc, _) = stress();
    let good = dpia_docx::render(&doc).unwrap();
    let t = std::time::Instant::now();
    for cut in (0..good.len()).step_by(good.len() / 50 + 1) {
        let _ = dpia_docx::read_attachment(&good[..cut]);
    }
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..50 {
        let mut bad = good.clone();
        for _ in 0..10 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let i = (seed as usize) % bad.len();
            bad[i] ^= (seed >> 32) as u8 | 1;
        }
        let _ = dpia_docx::read_attachment(&bad);
    }
    // A part that inflates to 300 MB: refused before it is all read.
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file(
        "customXml/item1.xml",
        zip::write::SimpleFileOptions::default().compression_level(Some(9)),
    )
    .unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..300 {
        z.write_all(&chunk).unwrap();
    }
    let bomb = z.finish().unwrap().into_inner();
    assert!(bomb.len() < 2 << 20);
    let err = dpia_docx::read_attachment(&bomb).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
    assert!(t.elapsed() < std::time::Duration::from_secs(60));
}
