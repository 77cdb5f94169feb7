//! Checks rendered PDFs from the outside, with poppler's `pdftotext`/`pdfinfo` (Debian package
//! `poppler-utils`) and lopdf: text on every page, footers, running header on table continuation
//! pages, contents page numbers, outline, metadata, determinism, and that no word box leaves the
//! page margins or its table cell.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use dpia_document_model::sample;
use dpia_document_model::{Block, Cell, Column, Document, Inline, Table, Tone};

const PAGE_W: f64 = 595.276;
const PAGE_H: f64 = 841.89;
const MARGIN: f64 = 56.693;
const TOL: f64 = 0.6;

fn stress(lang: &str) -> Document {
    sample::stress(lang)
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = std::env::temp_dir().join(format!("dpia-pdf-test-{}-{name}.pdf", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Removes a test PDF unless DPIA_PDF_KEEP is set (to look at it).
fn cleanup(path: PathBuf) {
    if std::env::var_os("DPIA_PDF_KEEP").is_none() {
        std::fs::remove_file(path).ok();
    }
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {cmd} ({e}): install the Debian package poppler-utils")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Text of each page in content-stream order.
fn pages_text(path: &Path) -> Vec<String> {
    let all = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"],
    );
    let mut pages: Vec<String> = all.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn pdfinfo(path: &Path) -> String {
    tool("pdfinfo", &[path.to_str().unwrap()])
}

fn info_field(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Word boxes per page: (xMin, yMin, xMax, yMax, word), y from the top.
type Word = (f64, f64, f64, f64, String);
fn word_boxes(path: &Path) -> Vec<Vec<Word>> {
    let html = tool(
        "pdftotext",
        &["-bbox", "-enc", "UTF-8", path.to_str().unwrap(), "-"],
    );
    let attr = |s: &str, name: &str| -> f64 {
        let k = format!("{name}=\"");
        let i = s.find(&k).unwrap() + k.len();
        let j = s[i..].find('"').unwrap();
        s[i..i + j].parse().unwrap()
    };
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let mut words = Vec::new();
        for w in chunk.split("<word ").skip(1) {
            let text_start = w.find('>').unwrap() + 1;
            let text_end = w.find("</word>").unwrap();
            words.push((
                attr(w, "xMin"),
                attr(w, "yMin"),
                attr(w, "xMax"),
                attr(w, "yMax"),
                w[text_start..text_end].to_string(),
            ));
        }
        pages.push(words);
    }
    pages
}

/// Text without whitespace and hyphens (hyphenation adds U+00AD soft hyphens at line ends).
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

fn long_paragraph(doc: &Document) -> String {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph { content } => match content.as_slice() {
                [Inline::Text(t)] if t.len() >= 10_000 => Some(t.clone()),
                _ => None,
            },
            _ => None,
        })
        .expect("stress document has a 10,000-character paragraph")
}

fn footer(doc: &Document, page: usize, pages: usize) -> String {
    doc.meta
        .page_of
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string())
}

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

/// (title, 1-based page) of every outline entry, depth first.
fn outline(bytes: &[u8]) -> Vec<(String, usize)> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let root = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut out = Vec::new();
    fn walk(
        doc: &lopdf::Document,
        first: Option<lopdf::ObjectId>,
        pages: &[lopdf::ObjectId],
        out: &mut Vec<(String, usize)>,
    ) {
        let mut cur = first;
        while let Some(id) = cur {
            let d = doc.get_dictionary(id).unwrap();
            let title = match d.get(b"Title").unwrap() {
                lopdf::Object::String(b, _) => {
                    if b.starts_with(&[0xFE, 0xFF]) {
                        let u: Vec<u16> = b[2..]
                            .chunks(2)
                            .map(|c| u16::from_be_bytes([c[0], c[1]]))
                            .collect();
                        String::from_utf16(&u).unwrap()
                    } else {
                        String::from_utf8(b.clone()).unwrap()
                    }
                }
                o => panic!("title {o:?}"),
            };
            let dest = d.get(b"Dest").unwrap().as_array().unwrap();
            let page = pages
                .iter()
                .position(|p| *p == dest[0].as_reference().unwrap())
                .unwrap()
                + 1;
            out.push((title, page));
            walk(
                doc,
                d.get(b"First").ok().and_then(|o| o.as_reference().ok()),
                pages,
                out,
            );
            cur = d.get(b"Next").ok().and_then(|o| o.as_reference().ok());
        }
    }
    let first = doc
        .get_dictionary(root)
        .unwrap()
        .get(b"First")
        .unwrap()
        .as_reference()
        .unwrap();
    walk(&doc, Some(first), &pages, &mut out);
    out
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
    // The trailer /ID comes from meta.id.
    let d = lopdf::Document::load_mem(&a).unwrap();
    let id = d.trailer.get(b"ID").unwrap().as_array().unwrap();
    match &id[0] {
        lopdf::Object::String(b, _) => assert_eq!(b[..2], [0x01, 0x23]),
        o => panic!("{o:?}"),
    }
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
        cols.push((x + 4.0 - TOL, x + w - 4.0 + TOL));
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

fn has_tool(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
}

/// Lines of `pdfinfo -struct-text`: (depth, line) with the indentation removed.
fn struct_text(path: &Path) -> Vec<(usize, String)> {
    tool("pdfinfo", &["-struct-text", path.to_str().unwrap()])
        .lines()
        .map(|l| {
            let t = l.trim_start();
            ((l.len() - t.len()) / 2, t.to_string())
        })
        .collect()
}

/// Text of a string object (UTF-16BE with BOM or PDFDocEncoding/ASCII).
fn pdf_text(o: &lopdf::Object) -> String {
    match o {
        lopdf::Object::String(b, _) if b.starts_with(&[0xFE, 0xFF]) => {
            let u: Vec<u16> = b[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&u).unwrap()
        }
        lopdf::Object::String(b, _) => String::from_utf8(b.clone()).unwrap(),
        o => panic!("not a string: {o:?}"),
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn tagged_structure_headings_tables_figure_and_links() {
    let doc = stress("nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("struct", &bytes);
    let info = pdfinfo(&path);
    assert_eq!(info_field(&info, "Tagged"), "yes");
    let st = struct_text(&path);
    assert_eq!(st[0], (0, "Document".to_string()), "root element");
    // Headings, in document order, each followed by its text.
    let mut found = Vec::new();
    for (i, (_, l)) in st.iter().enumerate() {
        if let Some(level) = ["H1", "H2", "H3"].iter().position(|h| l.starts_with(h)) {
            let text = st[i + 1].1.trim_matches('"').to_string();
            found.push((level as u8 + 1, text));
        }
    }
    let expected: Vec<(u8, String)> = doc.headings().map(|(l, t)| (l, t.to_string())).collect();
    assert_eq!(found, expected);
    // The register: a table whose first row is header cells with column scope.
    let table = st.iter().position(|(_, l)| l.starts_with("Table")).unwrap();
    assert_eq!(st[table + 1].1, "TR");
    assert!(
        st[table + 2].1.starts_with("TH"),
        "{:?}",
        &st[table..table + 6]
    );
    assert!(st[table + 3].1.contains("/Scope /Column"));
    let cells = st.iter().filter(|(_, l)| l.starts_with("TD")).count();
    assert!(cells >= 40 * 4, "{cells} data cells");
    // Sign-off labels (header tone) are row headers.
    assert!(st.iter().any(|(_, l)| l.contains("/Scope /Row")));
    for tag in [
        "L (block)",
        "LI (block)",
        "Lbl",
        "LBody",
        "BlockQuote",
        "TOC",
        "TOCI",
    ] {
        assert!(st.iter().any(|(_, l)| l.starts_with(tag)), "no {tag}");
    }
    let quote = st
        .iter()
        .position(|(_, l)| l.starts_with("BlockQuote"))
        .unwrap();
    assert!(st[quote + 1].1.contains("De Verwerker verwerkt"));
    // Links for the references and the contents, each with its annotation.
    let links = st.iter().filter(|(_, l)| l.starts_with("Link")).count();
    assert!(links >= 8 + 3, "{links} links");
    assert!(st.iter().any(|(_, l)| l.starts_with("\"2 Risicoregister")));
    // Figure: bounding box in the structure, alternative text (read with lopdf).
    let fig = st
        .iter()
        .position(|(_, l)| l.starts_with("Figure"))
        .unwrap();
    assert!(st[fig + 1..fig + 3]
        .iter()
        .any(|(_, l)| l.starts_with("/BBox")));
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let alts: Vec<String> = lo
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure"))
        .map(|d| pdf_text(d.get(b"Alt").unwrap()))
        .collect();
    let Some(Block::Matrix { matrix }) = doc
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Matrix { .. }))
    else {
        unreachable!()
    };
    assert_eq!(alts, std::slice::from_ref(&matrix.alt));
    // Right-to-left text is drawn in visual order and tagged with its logical order.
    let actual: Vec<String> = lo
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"ActualText").ok().map(pdf_text))
        .collect();
    assert!(actual.iter().any(|t| t.contains("שלום עולם")), "{actual:?}");
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn catalog_language_mark_info_and_xmp_metadata() {
    for lang in ["nl", "en"] {
        let doc = stress(lang);
        let bytes = dpia_pdf::render(&doc).unwrap();
        let lo = lopdf::Document::load_mem(&bytes).unwrap();
        let cat = lo.catalog().unwrap();
        assert_eq!(pdf_text(cat.get(b"Lang").unwrap()), lang);
        let mark = cat.get(b"MarkInfo").unwrap().as_dict().unwrap();
        assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
        let vp = cat.get(b"ViewerPreferences").unwrap().as_dict().unwrap();
        assert!(vp.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
        assert!(cat.get(b"StructTreeRoot").is_ok());
        let meta = lo
            .get_object(cat.get(b"Metadata").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        assert_eq!(
            meta.dict.get(b"Subtype").unwrap().as_name().unwrap(),
            b"XML"
        );
        assert!(meta.dict.get(b"Filter").is_err(), "metadata stays readable");
        let xmp = String::from_utf8(meta.content.clone()).unwrap();
        let title = doc.meta.title.replace('&', "&amp;").replace('<', "&lt;");
        for needle in [
            format!("<rdf:li xml:lang=\"x-default\">{title}</rdf:li>"),
            format!("<dc:creator><rdf:Seq><rdf:li>{}</rdf:li>", doc.meta.author),
            format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>"),
            "<xmp:CreateDate>2026-11-28T00:00:00Z</xmp:CreateDate>".into(),
            "<pdf:Producer>DPIA Helper (dpia-pdf)</pdf:Producer>".into(),
        ] {
            assert!(xmp.contains(&needle), "XMP lacks {needle}:\n{xmp}");
        }
        // pdfinfo reads the same packet.
        let path = tmp(&format!("xmp-{lang}"), &bytes);
        let meta = tool("pdfinfo", &["-meta", path.to_str().unwrap()]);
        assert!(meta.contains("<dc:title>"), "{meta}");
        assert_eq!(info_field(&pdfinfo(&path), "Metadata Stream"), "yes");
        cleanup(path);
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn fonts_are_embedded_subsets_with_unicode_maps() {
    let bytes = dpia_pdf::render(&stress("nl")).unwrap();
    let path = tmp("fonts", &bytes);
    let out = tool("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{out}");
    for r in rows {
        let cols: Vec<&str> = r.split_whitespace().collect();
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset tag: {r}"
        );
        assert!(cols[0].contains("DejaVuSans"));
        // emb sub uni
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{r}");
    }
    cleanup(path);
}

/// More distinct characters than one-byte codes can address: two-byte codes, still exact.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn many_distinct_characters_use_two_byte_codes() {
    let mut doc = stress("en");
    let text: String = (0x400u32..0x530)
        .filter_map(char::from_u32)
        .filter(|c| c.is_alphabetic())
        .collect();
    assert!(text.chars().count() > 256);
    doc.blocks = vec![Block::Paragraph {
        content: vec![Inline::Text(text.clone())],
    }];
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("many", &bytes);
    let got = squeeze(&pages_text(&path).concat());
    assert!(got.contains(&squeeze(&text)), "{got}");
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn references_link_to_their_headings_and_show_the_page() {
    let doc = stress("nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("refs", &bytes);
    let pages = pages_text(&path);
    let page_of = |heading: &str| {
        pages
            .iter()
            .enumerate()
            .skip(2)
            .find(|(_, p)| p.lines().any(|l| l.trim() == heading))
            .map(|(i, _)| i + 1)
            .unwrap()
    };
    let register = page_of("2 Risicoregister");
    let matrix = page_of("2.1 Risicomatrix");
    // (pdftotext gives the no-break space before the page as a space.)
    let all = pages.concat().replace(['\n', '\u{a0}'], " ");
    assert!(
        all.contains(&format!("Zie 2 Risicoregister (blz. {register})")),
        "{}",
        &all[all.find("Zie 2").unwrap()..][..80]
    );
    assert!(all.contains(&format!("2.1 Risicomatrix (blz. {matrix})")));
    // A reference to no heading is plain text.
    assert!(all.contains("doel: nergens."));
    // Link annotations on the references' page go to the headings' pages.
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    let refs_page = page_of("3 Citaten en verwijzingen");
    let page = lo.get_dictionary(ids[refs_page - 1]).unwrap();
    let targets: Vec<usize> = page
        .get(b"Annots")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let a = lo.get_dictionary(a.as_reference().unwrap()).unwrap();
            assert!(a.get(b"StructParent").is_ok());
            assert!(a.get(b"Contents").is_ok());
            let dest = a.get(b"Dest").unwrap().as_array().unwrap();
            ids.iter()
                .position(|p| *p == dest[0].as_reference().unwrap())
                .unwrap()
                + 1
        })
        .collect();
    assert!(
        targets.contains(&register) && targets.contains(&matrix),
        "{targets:?}"
    );
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

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn attachment_round_trip_and_poppler_sees_it() {
    let doc = stress("nl");
    let a = doc.meta.attachment.clone().unwrap();
    let bytes = dpia_pdf::render(&doc).unwrap();
    let files = dpia_pdf::read_attachments(&bytes).unwrap();
    assert_eq!(
        files,
        [dpia_pdf::EmbeddedFile {
            name: a.file_name.clone(),
            mime: Some("application/json".into()),
            data: a.data.clone(),
        }]
    );
    // The catalog lists it in /AF with the relationship, and the file stream has its params.
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let cat = lo.catalog().unwrap();
    let af = cat.get(b"AF").unwrap().as_array().unwrap();
    let fs = lo.get_dictionary(af[0].as_reference().unwrap()).unwrap();
    assert_eq!(
        fs.get(b"AFRelationship").unwrap().as_name().unwrap(),
        b"Data"
    );
    assert_eq!(pdf_text(fs.get(b"Desc").unwrap()), a.description);
    let ef = fs.get(b"EF").unwrap().as_dict().unwrap();
    let stream = lo
        .get_object(ef.get(b"F").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let params = stream.dict.get(b"Params").unwrap().as_dict().unwrap();
    assert_eq!(
        params.get(b"Size").unwrap().as_i64().unwrap() as usize,
        a.data.len()
    );
    assert!(pdf_text(params.get(b"ModDate").unwrap()).starts_with("D:20261128"));
    // poppler's pdfdetach finds and extracts the same bytes.
    let path = tmp("attach", &bytes);
    let list = tool("pdfdetach", &["-list", path.to_str().unwrap()]);
    assert!(list.contains(&a.file_name), "{list}");
    let out = std::env::temp_dir().join(format!("dpia-pdf-detached-{}", std::process::id()));
    tool(
        "pdfdetach",
        &[
            "-save",
            "1",
            "-o",
            out.to_str().unwrap(),
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&out).unwrap(), a.data);
    std::fs::remove_file(out).ok();
    cleanup(path);
    // A name outside ASCII comes back as it was (from /UF).
    let mut named = doc.clone();
    named.meta.attachment.as_mut().unwrap().file_name = "Ziekenhuis ĳssel—Rijn.dpia.json".into();
    let files = dpia_pdf::read_attachments(&dpia_pdf::render(&named).unwrap()).unwrap();
    assert_eq!(files[0].name, "Ziekenhuis ĳssel—Rijn.dpia.json");
    // No attachment: none in the file.
    let mut plain = doc.clone();
    plain.meta.attachment = None;
    assert!(
        dpia_pdf::read_attachments(&dpia_pdf::render(&plain).unwrap())
            .unwrap()
            .is_empty()
    );
}

/// PDFs from other programs: cairo (via pdftocairo) without attachments, and the same file with
/// one added by poppler's pdfattach; LibreOffice's PDF export when it is installed.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn attachments_of_pdfs_from_other_programs() {
    let mut doc = stress("en");
    doc.meta.attachment = None;
    let ours = tmp("foreign-src", &dpia_pdf::render(&doc).unwrap());
    let cairo = ours.with_extension("cairo.pdf");
    tool(
        "pdftocairo",
        &[
            "-pdf",
            "-l",
            "3",
            ours.to_str().unwrap(),
            cairo.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&cairo).unwrap();
    assert!(
        !bytes.windows(6).any(|w| w == b"DPIA H"),
        "really cairo's file"
    );
    assert_eq!(dpia_pdf::read_attachments(&bytes).unwrap(), []);
    let data = ours.with_extension("notes.txt");
    std::fs::write(&data, "aantekeningen ✓\n").unwrap();
    let attached = ours.with_extension("attached.pdf");
    tool(
        "pdfattach",
        &[
            cairo.to_str().unwrap(),
            data.to_str().unwrap(),
            attached.to_str().unwrap(),
        ],
    );
    let files = dpia_pdf::read_attachments(&std::fs::read(&attached).unwrap()).unwrap();
    assert_eq!(files.len(), 1);
    assert!(files[0].name.ends_with("notes.txt"), "{:?}", files[0].name);
    assert_eq!(files[0].data, "aantekeningen ✓\n".as_bytes());
    for p in [&cairo, &data, &attached] {
        std::fs::remove_file(p).ok();
    }
    cleanup(ours);

    if std::env::var_os("DPIA_SKIP_LIBREOFFICE").is_some_and(|v| v == "1") || !has_tool("soffice") {
        eprintln!("LibreOffice not available: its PDF is not tried");
        return;
    }
    let dir = std::env::temp_dir().join(format!("dpia-pdf-lo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let txt = dir.join("brief.txt");
    std::fs::write(&txt, "Een brief zonder bijlagen.\n").unwrap();
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&dir)
        .arg(&txt)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let pdf = std::fs::read(dir.join("brief.pdf")).unwrap();
    assert_eq!(dpia_pdf::read_attachments(&pdf).unwrap(), []);
    std::fs::remove_dir_all(&dir).ok();
}

/// Garbage, truncated files and a decompression bomb give an error (or an empty list), never a
/// panic, and quickly.
#[test]
fn reading_attachments_of_garbage_is_safe_and_bounded() {
    let doc = stress("nl");
    let good = dpia_pdf::render(&doc).unwrap();
    let t = Instant::now();
    assert!(dpia_pdf::read_attachments(b"").is_err());
    assert!(dpia_pdf::read_attachments(b"PK\x03\x04 not a pdf").is_err());
    assert!(dpia_pdf::read_attachments(b"%PDF-1.7\n%%EOF\n").is_err());
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for len in [10usize, 1_000, 100_000] {
        let mut junk = b"%PDF-1.7\n".to_vec();
        junk.extend((0..len).map(|_| rnd() as u8));
        let _ = dpia_pdf::read_attachments(&junk);
    }
    // Truncations and byte flips of a real file.
    for cut in (0..good.len()).step_by(good.len() / 40 + 1) {
        let _ = dpia_pdf::read_attachments(&good[..cut]);
    }
    for _ in 0..40 {
        let mut bad = good.clone();
        for _ in 0..20 {
            let i = (rnd() as usize) % bad.len();
            bad[i] = rnd() as u8;
        }
        let _ = dpia_pdf::read_attachments(&bad);
    }
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());

    // A 100 MB embedded file of zeros compressed to ~100 KB: refused, not inflated.
    let zeros = vec![0u8; 100 << 20];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut z, &zeros).unwrap();
    let bomb = z.finish().unwrap();
    drop(zeros);
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offs = Vec::new();
    let mut obj = |pdf: &mut Vec<u8>, body: &[u8]| {
        offs.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", offs.len()).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    };
    obj(&mut pdf, b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(bomb) 3 0 R] >> >> >>");
    obj(&mut pdf, b"<< /Type /Pages /Kids [] /Count 0 >>");
    obj(
        &mut pdf,
        b"<< /Type /Filespec /F (bomb) /EF << /F 4 0 R >> >>",
    );
    let mut s = format!(
        "<< /Type /EmbeddedFile /Filter /FlateDecode /Length {} >>\nstream\n",
        bomb.len()
    )
    .into_bytes();
    s.extend_from_slice(&bomb);
    s.extend_from_slice(b"\nendstream");
    obj(&mut pdf, &s);
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offs.len() + 1).as_bytes());
    for o in &offs {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offs.len() + 1
        )
        .as_bytes(),
    );
    let t = Instant::now();
    let err = dpia_pdf::read_attachments(&pdf).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(20));
    assert!(err.to_string().contains("embedded file"), "{err}");
}
