//! Layout tests: page breaks, keep rules, margins and the structure tree, on the stress document.

use super::tree::{Kid, Mark, Role};
use super::*;
use dpia_document_model::sample::stress;
use dpia_document_model::{Inline, Table};

fn run(doc: &Document) -> Laid {
    let ts = Typesetter::get().unwrap();
    let cache = WrapCache::default();
    let first = layout(doc, ts, None, &cache);
    layout(doc, ts, Some(&first.headings), &cache)
}

/// Anything drawn on `page` below `y` (text baselines and boxes)?
fn content_after(page: &Page, y: f32) -> bool {
    page.items.iter().any(|(it, mark)| {
        matches!(mark, Mark::Content { .. })
            && match it {
                Item::Text { y: b, .. } => *b > y + 0.1,
                Item::Rect { y: t, .. } => *t > y + 0.1,
                _ => false,
            }
    })
}

/// Baselines of the body text lines on a page (content, not artifacts), sorted.
fn text_lines(page: &Page) -> Vec<f32> {
    let mut ys: Vec<f32> = page
        .items
        .iter()
        .filter_map(|(it, mark)| match (it, mark) {
            (Item::Text { y, .. }, Mark::Content { .. }) => Some(*y),
            _ => None,
        })
        .collect();
    ys.sort_by(f32::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    ys
}

fn filler(doc: &Document, at: usize, n: usize) -> Document {
    let mut doc = doc.clone();
    doc.blocks.splice(
        at..at,
        (0..n).map(|i| Block::Paragraph {
            content: vec![Inline::Text(format!("Regel {i}"))],
        }),
    );
    doc
}

#[test]
fn headings_are_never_last_on_a_page() {
    let base = stress("nl");
    // Push the blocks down a line at a time so every heading meets the page bottom.
    for n in 0..70 {
        let laid = run(&filler(&base, 3, n));
        for h in &laid.headings {
            let (_, lead, _, after) = heading_metrics(h.level);
            let page = &laid.pages[h.page];
            let end = h.y + lead + after;
            assert!(
                content_after(page, end),
                "filler {n}: heading {:?} is last on page {}",
                h.text,
                h.page + 1
            );
        }
    }
}

#[test]
fn a_heading_before_a_table_takes_the_header_and_first_row_along() {
    let base = stress("nl");
    let at = base
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { anchor: Some(a), .. } if a == "risks"))
        .unwrap();
    for n in 0..60 {
        let laid = run(&filler(&base, at, n));
        let h = laid
            .headings
            .iter()
            .find(|h| h.anchor.as_deref() == Some("risks"))
            .unwrap();
        // The first register row ("R1") is on the heading's page.
        let page = &laid.pages[h.page];
        assert!(
            page.items.iter().any(|(it, _)| matches!(
                it,
                Item::Text { text, y, .. } if &**text == "R1" && *y > h.y
            )),
            "filler {n}: register heading without its first row"
        );
    }
}

#[test]
fn page_breaks_never_make_empty_pages() {
    let mut doc = stress("nl");
    doc.blocks = vec![
        Block::PageBreak,
        Block::PageBreak,
        Block::Paragraph {
            content: vec![Inline::Text("één".into())],
        },
        Block::PageBreak,
        Block::PageBreak,
        Block::Paragraph {
            content: vec![Inline::Text("twee".into())],
        },
        Block::PageBreak,
    ];
    let laid = run(&doc);
    assert_eq!(laid.pages.len(), 2);
    // And in the stress document (a break right after the contents, two in a row, one at
    // the end): no page without content.
    for lang in ["nl", "en"] {
        let laid = run(&stress(lang));
        for (i, p) in laid.pages.iter().enumerate() {
            assert!(
                p.items
                    .iter()
                    .any(|(_, m)| matches!(m, Mark::Content { .. })),
                "{lang}: page {} is empty",
                i + 1
            );
        }
    }
}

#[test]
fn keep_together_tables_are_never_split() {
    let base = stress("nl");
    let at = base
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Table { table } if table.keep_together))
        .unwrap();
    let mut moved = 0;
    for n in 0..60 {
        let laid = run(&filler(&base, at, n));
        let pages: Vec<usize> = laid
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.items.iter().any(|(it, m)| {
                    matches!((it, m), (Item::Text { text, .. }, Mark::Content { .. })
                        if &**text == "Ondernemingsraad" || &**text == "Rol")
                })
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(
            pages.len(),
            1,
            "filler {n}: sign-off table split over {pages:?}"
        );
        let page = &laid.pages[pages[0]];
        let ys = text_lines(page);
        if ys.first().is_some_and(|y| *y < TOP + 30.0) {
            moved += 1;
        }
    }
    assert!(moved > 0, "the table never had to move");
}

#[test]
fn no_single_line_of_a_paragraph_alone_at_a_page_top_or_bottom() {
    let base = stress("en");
    let long = base
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph { content } if content.iter().map(|i| i.text().len()).sum::<usize>() >= 10_000))
        .unwrap();
    for n in 0..40 {
        let doc = filler(&base, long, n);
        let laid = run(&doc);
        // The long paragraph's element and the pages it is on.
        let p_nodes: Vec<usize> = laid
            .tree
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, node)| node.role == Role::P)
            .map(|(i, _)| i)
            .collect();
        for id in p_nodes {
            let per_page: Vec<(usize, usize)> = {
                let mut v: Vec<(usize, usize)> = Vec::new();
                for k in &laid.tree.nodes[id].kids {
                    if let Kid::Mcid { page, mcid } = k {
                        let lines = laid.pages[*page]
                            .items
                            .iter()
                            .filter(|(_, m)| {
                                *m == Mark::Content {
                                    node: id,
                                    mcid: *mcid,
                                }
                            })
                            .filter_map(|(it, _)| match it {
                                Item::Text { y, .. } => Some((*y * 10.0) as i64),
                                _ => None,
                            })
                            .collect::<std::collections::BTreeSet<_>>()
                            .len();
                        match v.last_mut() {
                            Some((p, n)) if p == page => *n += lines,
                            _ => v.push((*page, lines)),
                        }
                    }
                }
                v
            };
            if per_page.len() > 1 {
                for (page, lines) in &per_page {
                    assert!(
                        *lines >= 2,
                        "filler {n}: a paragraph has {lines} line(s) on page {}",
                        page + 1
                    );
                }
            }
        }
    }
}

/// Rows that fit on a page move there whole, but never so that a page stays more than
/// half empty: tall rows are split instead.
#[test]
fn tall_rows_leave_no_half_empty_pages() {
    use dpia_document_model::{Cell, Column};
    let tall = "Gezondheidsgegevens van patiënten en medewerkers. ".repeat(32);
    for lead_in in 0..40 {
        let mut doc = stress("nl");
        doc.blocks = (0..lead_in)
            .map(|i| Block::Paragraph {
                content: vec![Inline::Text(format!("Regel {i}"))],
            })
            .chain([Block::Table {
                table: Table {
                    columns: vec![
                        Column {
                            title: "Criterium".into(),
                            width: 1,
                        },
                        Column {
                            title: "Triggers".into(),
                            width: 1,
                        },
                    ],
                    rows: (0..6)
                        .map(|i| vec![Cell::text(format!("C{i}")), Cell::text(tall.clone())])
                        .collect(),
                    keep_together: false,
                },
            }])
            .collect();
        let laid = run(&doc);
        let n = laid.pages.len();
        for (i, p) in laid.pages.iter().enumerate().take(n - 1) {
            let lowest = text_lines(p).last().copied().unwrap_or(0.0);
            assert!(
                lowest > TOP + 0.45 * (BOTTOM - TOP),
                "lead-in {lead_in}: page {} ends at {lowest}",
                i + 1
            );
        }
    }
}

#[test]
fn nothing_is_drawn_outside_the_body_area() {
    for lang in ["nl", "en"] {
        let laid = run(&stress(lang));
        for (i, p) in laid.pages.iter().enumerate() {
            for (it, _) in &p.items {
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

#[test]
fn the_structure_has_every_element_kind() {
    let laid = run(&stress("nl"));
    let roles: std::collections::BTreeSet<String> =
        laid.tree.nodes.iter().map(|n| n.role.name()).collect();
    for r in [
        "Document",
        "Title",
        "H1",
        "H2",
        "H3",
        "P",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "BlockQuote",
        "Figure",
        "Link",
        "TOC",
        "TOCI",
    ] {
        assert!(roles.contains(r), "no {r}");
    }
    let fig = laid
        .tree
        .nodes
        .iter()
        .find(|n| n.role == Role::Figure)
        .unwrap();
    assert!(fig.alt.as_deref().unwrap().contains("R11"));
    // Every piece of content belongs to exactly one element.
    for (pi, p) in laid.pages.iter().enumerate() {
        for (_, m) in &p.items {
            if let Mark::Content { node, mcid } = m {
                assert!(laid.tree.nodes[*node].kids.contains(&Kid::Mcid {
                    page: pi,
                    mcid: *mcid
                }));
            }
        }
    }
}

/// Every page on which a text item with exactly this text is drawn as content.
fn pages_with(laid: &Laid, words: &[&str]) -> Vec<usize> {
    laid.pages
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.items.iter().any(|(it, m)| {
                matches!((it, m), (Item::Text { text, .. }, Mark::Content { .. })
                    if words.iter().any(|w| text.contains(w)))
            })
        })
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn short_lists_are_kept_on_one_page() {
    let mut base = stress("nl");
    let items: Vec<Vec<Inline>> = (1..=6)
        .map(|i| {
            vec![Inline::Text(format!(
                "Lijstpunt{i} van een korte opsomming"
            ))]
        })
        .collect();
    base.blocks.insert(3, Block::Bullets { items });
    let mut moved = 0;
    for n in 0..60 {
        let laid = run(&filler(&base, 3, n));
        let first = pages_with(&laid, &["Lijstpunt1"]);
        let last = pages_with(&laid, &["Lijstpunt6"]);
        assert_eq!(first, last, "filler {n}: a six-item list split");
        if first != pages_with(&laid, &["Regel 0"]) {
            moved += 1;
        }
    }
    assert!(moved > 0, "the list never had to move");
}

#[test]
fn the_cover_and_headings_are_never_hyphenated() {
    let mut doc = stress("nl");
    doc.blocks.insert(
        0,
        Block::Cover {
            title: "Gegevensbeschermingseffectbeoordeling voorspelmodel heropnames".into(),
            lines: vec!["Managementinformatie over zorgproductie, wachttijden en heropnames uit het EPD en het personeelssysteem".into()],
        },
    );
    doc.blocks.insert(
        1,
        Block::Heading {
            level: 3,
            text: "Verwerkingsverantwoordelijke en heropnamevoorspellingsmodel in samenwerkingsverband".into(),
            anchor: None,
        },
    );
    let laid = run(&doc);
    for page in &laid.pages {
        for (it, _) in &page.items {
            if let Item::Text { text, style, .. } = it {
                if style.size >= 11.0 {
                    assert!(
                        !text.ends_with('\u{ad}') && !text.ends_with('-'),
                        "hyphenated: {text}"
                    );
                }
            }
        }
    }
}
