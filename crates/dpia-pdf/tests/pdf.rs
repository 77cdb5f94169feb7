//! Checks rendered PDFs from the outside, with poppler's `pdftotext`/`pdfinfo` (Debian package
//! `poppler-utils`) and lopdf: text on every page, footers, running header on table continuation
//! pages, contents page numbers, outline, metadata, determinism, and that no word box leaves the
//! page margins or its table cell.
//! (Structure, conformance and attachments are in `structure.rs`.)

mod common;

use common::*;
use std::path::Path;
use std::time::{Duration, Instant};

use dpia_document_model::sample;
use dpia_document_model::{Block, Cell, Column, Document, Inline, Table, Tone};

fn check_stress(lang: &str) {
    let doc = stress(lang);
    let bytes = dpia_pdf::render(&doc).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let path = tmp(&format!("stress-{lang}"), &bytes);
    let pages = pages_text(&path);
    let info = pdfinfo(&path);
    let n = pages.len();
    assert_eq!(info_field(&info, "Pages"), n.to_string());
    assert!((18..=30).contains(&n), "unexpected page count {n}");
    assert_eq!(info_field(&info, "Page size"), "595.276 x 841.89 pts (A4)");
    assert_eq!(info_field(&info, "Title"), doc.meta.title);
    assert_eq!(info_field(&info, "Author"), doc.meta.author);
    assert_eq!(info_field(&info, "Subject"), doc.meta.subject);
    assert!(info_field(&info, "CreationDate").contains("2026"), "{info}");
    assert!(info_field(&info, "ModDate").contains("2026"), "{info}");

    // Cover: title and lines, no running header or footer.
    assert!(pages[0].contains(match lang {
        "nl" => "DPIA-aanzet",
        _ => "DPIA starter",
    }));
    assert!(pages[0].contains("KPI Solutions B.V."));
    assert!(!pages[0].contains(&doc.meta.header));
    assert!(!pages[0].contains(&footer(&doc, 1, n)));
    // Every other page: header and "Pagina X van N" / "Page X of N".
    for (i, p) in pages.iter().enumerate().skip(1) {
        assert!(
            p.contains(&doc.meta.header),
            "page {} lacks the header",
            i + 1
        );
        assert!(
            p.contains(&footer(&doc, i + 1, n)),
            "page {} lacks its footer:\n{p}",
            i + 1
        );
        assert_eq!(
            p.matches(&doc.meta.page_of[..4]).count(),
            1,
            "page {}",
            i + 1
        );
    }

    // Hostile text, literally.
    let all: String = pages.concat();
    for s in [
        "<script>alert(1)</script>",
        "R&D {$x}",
        "\"quoted\"",
        "*star*",
        "| pipe # hash \\",
        "Ærø",
        "✓",
    ] {
        assert!(all.contains(s), "missing {s:?}");
    }
    // Hebrew: poppler may reorder or mark it; both words must be there.
    assert!(all.contains("שלום") && all.contains("עולם"));
    assert!(all.contains("[statement item 11]"));

    // Body text without running headers and footers, joined over pages: the 10,000-character
    // paragraph is all there (whitespace and hyphenation removed) and so is the 300-char word.
    let body: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            p.replace(&doc.meta.header, "")
                .replace(&footer(&doc, i + 1, n), "")
        })
        .collect();
    let body = squeeze(&body);
    assert!(
        body.contains(&squeeze(&long_paragraph(&doc))),
        "10,000-character paragraph incomplete"
    );
    let long_word = &"Gegevensbeschermingseffectbeoordeling".repeat(9)[..300];
    assert!(
        body.matches(long_word).count() >= 2,
        "300-character word missing"
    );
    // Every heading's text and all of plain_text's words are present.
    for w in doc.plain_text().split_whitespace() {
        let w = squeeze(w);
        if w.chars().all(|c| c.is_alphanumeric()) && !w.is_empty() {
            assert!(body.contains(&w), "word {w:?} missing");
        }
    }

    // Contents: every level 1-2 heading with the page it is on.
    let toc_page = pages
        .iter()
        .position(|p| {
            p.lines()
                .next()
                .is_some_and(|l| l.trim() == doc.meta.contents_title)
        })
        .expect("contents page");
    let toc_lines: Vec<&str> = pages[toc_page].lines().collect();
    let mut outline_expect = Vec::new();
    for (level, text) in doc.headings() {
        let on = pages
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != toc_page)
            .find(|(_, p)| p.lines().any(|l| l.trim() == text))
            .map(|(i, _)| i + 1)
            .unwrap_or_else(|| panic!("heading {text:?} not found on its own line"));
        if level <= 2 {
            let line = format!("{text} {on}");
            assert!(
                toc_lines.contains(&line.as_str()),
                "contents lacks {line:?}: {toc_lines:?}"
            );
            outline_expect.push((text.to_string(), on));
        } else {
            assert!(
                !toc_lines.iter().any(|l| l.starts_with(text)),
                "level 3 in contents"
            );
        }
    }

    // Table: every page with register rows repeats the header row.
    let cols = match doc.blocks.iter().find_map(|b| match b {
        Block::Table { table } => Some(table.columns.clone()),
        _ => None,
    }) {
        Some(c) => c,
        None => unreachable!(),
    };
    let header_row = cols
        .iter()
        .map(|c| c.title.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let table_pages: Vec<usize> = (0..n)
        .filter(|i| pages[*i].contains("[statement item 17]"))
        .collect();
    assert!(table_pages.len() >= 3, "table should span pages");
    // Header cells may be hyphenated in narrow columns ("Likeli-hood"): compare without
    // whitespace and hyphens.
    let squash = squeeze;
    for i in &table_pages {
        assert!(
            squash(&pages[*i]).contains(&squash(&header_row)),
            "page {} lacks the table header",
            i + 1
        );
    }
    for r in 1..=40 {
        assert!(all.contains(&format!("R{r} ")), "row R{r} missing");
    }

    // Outline: level 1-2 headings, pointing at their pages.
    assert_eq!(outline(&bytes), outline_expect);

    check_margins(&path);
    cleanup(path);
}

/// No word outside the margins, and none in the header/footer band but those two lines.
fn check_margins(path: &Path) {
    for (pi, words) in word_boxes(path).iter().enumerate() {
        for (x0, y0, x1, y1, w) in words {
            assert!(
                *x0 >= MARGIN - TOL && *x1 <= PAGE_W - MARGIN + TOL,
                "page {}: {w:?} at x {x0}..{x1}",
                pi + 1
            );
            assert!(
                *y0 >= 28.0 && *y1 <= PAGE_H - 28.0,
                "page {}: {w:?} at y {y0}..{y1}",
                pi + 1
            );
            let in_body = *y0 >= 70.0 && *y1 <= PAGE_H - 62.0;
            let is_header = *y1 <= 50.0;
            let is_footer = *y0 >= PAGE_H - 48.0;
            assert!(
                in_body || is_header || is_footer,
                "page {}: {w:?} at y {y0}..{y1}",
                pi + 1
            );
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn stress_nl() {
    check_stress("nl");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn stress_en() {
    check_stress("en");
}

#[test]
fn deterministic_within_one_process() {
    let nl = stress("nl");
    let en = stress("en");
    let a = dpia_pdf::render(&nl).unwrap();
    let _ = dpia_pdf::render(&en).unwrap();
    let b = dpia_pdf::render(&nl).unwrap();
    assert!(a == b, "two renders of the same document differ");
    // The trailer /ID: its first half comes from meta.id alone (krilla hashes it), so other
    // content with the same id keeps it and another id changes it; the second half identifies
    // this very file.
    let file_id = |bytes: &[u8]| -> (Vec<u8>, Vec<u8>) {
        let d = lopdf::Document::load_mem(bytes).unwrap();
        let id = d.trailer.get(b"ID").unwrap().as_array().unwrap();
        let s = |o: &lopdf::Object| o.as_str().unwrap().to_vec();
        (s(&id[0]), s(&id[1]))
    };
    let mut shorter = nl.clone();
    shorter.blocks.truncate(4);
    let mut other_id = nl.clone();
    other_id.meta.id = other_id.meta.id.replace('0', "f");
    assert_ne!(other_id.meta.id, nl.meta.id);
    let (doc_a, inst_a) = file_id(&a);
    let (doc_s, inst_s) = file_id(&dpia_pdf::render(&shorter).unwrap());
    let (doc_o, _) = file_id(&dpia_pdf::render(&other_id).unwrap());
    assert_eq!(doc_a, doc_s);
    assert_ne!(inst_a, inst_s);
    assert_ne!(doc_a, doc_o);
    let d = lopdf::Document::load_mem(&a).unwrap();
    let lang = d.catalog().unwrap().get(b"Lang").unwrap();
    assert!(matches!(lang, lopdf::Object::String(s, _) if s == b"nl"));
}

fn table_doc(table: Table, lang: &str) -> Document {
    let mut doc = stress(lang);
    doc.blocks = vec![Block::Table { table }];
    doc
}

/// Every word on every page lies inside one column (cell padding included) of `table`.
fn check_words_in_cells(path: &Path, table: &Table, doc: &Document) {
    let sum: f64 = table.columns.iter().map(|c| f64::from(c.width)).sum();
    let content = PAGE_W - 2.0 * MARGIN;
    let mut cols = Vec::new();
    let mut x = MARGIN;
    for c in &table.columns {
        let w = content * f64::from(c.width) / sum;
        // The layout's cell padding (`CELL_PAD`, 3 pt) on either side.
        cols.push((x + 3.0 - TOL, x + w - 3.0 + TOL));
        x += w;
    }
    for (pi, words) in word_boxes(path).iter().enumerate() {
        for (x0, y0, x1, _, w) in words {
            if *y0 < 50.0 || *y0 > PAGE_H - 48.0 {
                continue; // running header / footer
            }
            assert!(
                cols.iter().any(|(a, b)| x0 >= a && x1 <= b),
                "page {}: {w:?} at {x0}..{x1} is not inside one cell",
                pi + 1
            );
        }
    }
    let _ = doc;
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn table_words_stay_in_their_cells() {
    let doc = stress("nl");
    let table = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { table } => Some(table.clone()),
            _ => None,
        })
        .unwrap();
    let doc = table_doc(table.clone(), "nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("table", &bytes);
    check_words_in_cells(&path, &table, &doc);
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn row_taller_than_a_page_is_split_with_the_header_repeated() {
    let long = stress("en");
    let para = long_paragraph(&long);
    let table = Table {
        columns: vec![
            Column {
                title: "Key".into(),
                width: 1,
            },
            Column {
                title: "Text".into(),
                width: 3,
            },
        ],
        rows: vec![
            vec![Cell::text("first"), Cell::text("short")],
            vec![
                Cell::text("huge").toned(Tone::Medium),
                Cell::inlines(vec![
                    Inline::Text(format!("{para} {para}")),
                    Inline::Source("end".into()),
                ]),
            ],
            vec![Cell::text("last"), Cell::text("after")],
        ],
        keep_together: false,
    };
    let doc = table_doc(table.clone(), "en");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("split", &bytes);
    let pages = pages_text(&path);
    assert!(
        pages.len() >= 3,
        "20,000 characters in a 3/4-width cell need several pages"
    );
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.starts_with("Key Text"),
            "page {} does not start with the header row:\n{}",
            i + 1,
            &p[..80.min(p.len())]
        );
    }
    let n = pages.len();
    let body: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            p.replace(&doc.meta.header, "")
                .replace(&footer(&doc, i + 1, n), "")
                .replacen("Key Text", "", 1)
                .replacen("huge", "", 1)
        })
        .collect();
    let body = squeeze(&body);
    assert!(body.contains(&squeeze(&format!("{para}{para}"))));
    assert!(body.contains("[end]") && body.contains("last"));
    check_words_in_cells(&path, &table, &doc);
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn edge_cases_stay_inside_the_page() {
    use dpia_document_model::Matrix;
    let mut doc = sample::stress("nl");
    let word = "Verwerkingsverantwoordelijke".repeat(12);
    let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(260);
    doc.meta.header = format!("{} {word}", "Kop ".repeat(60));
    let labels: Vec<String> = (1..=45).map(|i| format!("R{i}")).collect();
    let many = || labels.clone();
    doc.blocks = vec![
        Block::Contents,
        Block::PageBreak,
        Block::PageBreak,
        Block::Heading {
            level: 1,
            text: format!("1 {}", "Een erg lange kop die moet afbreken ".repeat(8)),
            anchor: None,
        },
        Block::Heading {
            level: 2,
            text: format!("1.1 {word}"),
            anchor: None,
        },
        Block::Bullets {
            items: vec![
                vec![Inline::Text(word.clone())],
                vec![Inline::Source(word.clone())],
            ],
        },
        Block::Callout {
            tone: Tone::Medium,
            content: vec![
                Inline::Strong("Let op: ".into()),
                Inline::Text(text.clone()),
            ],
        },
        Block::Paragraph {
            content: vec![Inline::Text(
                "tab\there\nnewline\u{7}bell  double  spaces\r\n".into(),
            )],
        },
        Block::Paragraph {
            content: vec![Inline::Source("alleen een bron".into())],
        },
        Block::Paragraph { content: vec![] },
        Block::Table {
            table: Table {
                columns: vec![
                    Column {
                        title: word.clone(),
                        width: 0,
                    },
                    Column {
                        title: "B".into(),
                        width: 1,
                    },
                    Column {
                        title: "C".into(),
                        width: 50,
                    },
                ],
                rows: vec![
                    vec![
                        Cell::text("1"),
                        Cell::text("2"),
                        Cell::text("3"),
                        Cell::text("extra 4"),
                        Cell::text(word.clone()),
                    ],
                    vec![],
                    vec![Cell::text(word.clone()).toned(Tone::High)],
                ],
                keep_together: false,
            },
        },
        Block::Table {
            table: Table {
                columns: vec![],
                rows: vec![],
                keep_together: false,
            },
        },
        Block::Heading {
            level: 2,
            text: "1.2 Matrix".into(),
            anchor: None,
        },
        Block::Matrix {
            matrix: Matrix {
                caption: "Een erg lange bijschrift ".repeat(20),
                likelihood_label: "Waarschijnlijkheid van optreden ".repeat(4),
                impact_label: "Impact op betrokkenen ".repeat(8),
                level_labels: ["zeer laag tot laag".into(), word.clone(), "hoog".into()],
                cells: [
                    [many(), many(), many()],
                    [many(), many(), many()],
                    [many(), many(), many()],
                ],
                tones: [[Tone::Low; 3], [Tone::Medium; 3], [Tone::High; 3]],
                alt: "Matrix".into(),
            },
        },
        Block::Heading {
            level: 3,
            text: "1.2.1 Laatste kop".into(),
            anchor: None,
        },
        Block::Contents,
    ];
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("edge", &bytes);
    let pages = pages_text(&path);
    assert!(pages.len() >= 4);
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.contains(&footer(&doc, i + 1, pages.len())),
            "page {}",
            i + 1
        );
    }
    let body = squeeze(&pages.concat());
    assert!(body.contains("[alleeneenbron]"));
    assert!(body.contains("R45"));
    assert!(
        body.contains(&squeeze(&"Impact op betrokkenen ".repeat(8))),
        "impact title cut"
    );
    assert!(
        body.contains(&squeeze(&"Een erg lange bijschrift ".repeat(20))),
        "caption cut"
    );
    assert!(body.contains("zeerlaagtotlaag"));
    let all = pages.concat();
    assert!(all.matches("Waarschijnlijkheid").count() >= 4 && all.matches("optreden").count() >= 4);
    check_margins(&path);
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn no_empty_pages_and_keep_together_tables_stay_whole() {
    for lang in ["nl", "en"] {
        let doc = stress(lang);
        let bytes = dpia_pdf::render(&doc).unwrap();
        let path = tmp(&format!("pages-{lang}"), &bytes);
        let pages = pages_text(&path);
        let n = pages.len();
        for (i, p) in pages.iter().enumerate() {
            let body = p
                .replace(&doc.meta.header, "")
                .replace(&footer(&doc, i + 1, n), "");
            assert!(!body.trim().is_empty(), "{lang}: page {} is empty", i + 1);
        }
        let Some(Block::Table { table }) = doc
            .blocks
            .iter()
            .find(|b| matches!(b, Block::Table { table } if table.keep_together))
        else {
            unreachable!()
        };
        let first = table.rows.first().unwrap()[0].content[0].text().to_string();
        let last = table.rows.last().unwrap()[0].content[0].text().to_string();
        let on = |s: &str| {
            pages
                .iter()
                .position(|p| squeeze(p).contains(&squeeze(s)))
                .unwrap_or_else(|| panic!("{s:?} not found"))
        };
        assert_eq!(on(&first), on(&last), "{lang}: sign-off table split");
        cleanup(path);
    }
}

/// A 50,000-character word (in a paragraph and in a narrow table cell) renders quickly even in
/// a debug build: line breaking is linear (it used to take about 40 s).
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn a_50000_character_word_renders_fast() {
    let mut doc = stress("en");
    let word = sample::huge_word();
    doc.blocks = vec![
        Block::Paragraph {
            content: vec![Inline::Answer(word.clone())],
        },
        Block::Table {
            table: Table {
                columns: vec![
                    Column {
                        title: "A".into(),
                        width: 1,
                    },
                    Column {
                        title: "B".into(),
                        width: 9,
                    },
                ],
                rows: vec![vec![Cell::text(word.clone()), Cell::text("x")]],
                keep_together: false,
            },
        },
    ];
    let t = Instant::now();
    let bytes = dpia_pdf::render(&doc).unwrap();
    let took = t.elapsed();
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let path = tmp("huge", &bytes);
    let pages = pages_text(&path);
    let n = pages.len();
    let body: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            p.replace(&doc.meta.header, "")
                .replace(&footer(&doc, i + 1, n), "")
        })
        .collect();
    assert!(squeeze(&body).matches(&squeeze(&word)[..1000]).count() >= 2);
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn control_characters_never_reach_the_pdf() {
    let doc = stress("nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("controls", &bytes);
    let text = pages_text(&path).concat();
    // (pdftotext itself wraps right-to-left text in U+202B … U+202C.)
    for c in text.chars() {
        let control = c.is_control() && !c.is_whitespace();
        let bidi = matches!(
            c,
            '\u{202A}' | '\u{202D}' | '\u{202E}' | '\u{2066}'..='\u{2069}'
        );
        assert!(!control && !bidi, "{c:?} in the text");
    }
    assert!(text.contains("Ziekenhuis\u{FFFD} Rijn\u{FFFD}[2Joever\u{FFFD}"));
    cleanup(path);
}
