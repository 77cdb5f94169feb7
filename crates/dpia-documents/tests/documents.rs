//! Documents from the scenario fixtures: golden Markdown for the hospital, and for every scenario
//! and language no raw message id, no isolation mark, every placeholder in the open-items annex.
//! Run with `BLESS=1` to rewrite the golden files, then review the diff.

use chrono::NaiveDate;
use dpia_document_model::{Block, Document, Inline};
use dpia_documents::{build, markdown, Kind};
use dpia_i18n::Lang;
use dpia_statement::Statement;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

use dpia_golden::check;

fn scenarios() -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    v.sort();
    v
}

fn placeholders(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |c: &[Inline]| {
        for i in c {
            if let Inline::Placeholder(s) = i {
                out.push(s.clone());
            }
        }
    };
    for b in &doc.blocks {
        match b {
            Block::Paragraph { content } | Block::Callout { content, .. } => push(content),
            Block::Bullets { items } => items.iter().for_each(|i| push(i)),
            Block::Table { table } => table.rows.iter().flatten().for_each(|c| push(&c.content)),
            _ => {}
        }
    }
    out
}

/// Every placeholder of the body is listed in the open-items annex, and the annex lists nothing
/// else: the annex gives what is to be completed under who completes it ("To be completed by the
/// controller:" once above its table), a group of cells that only say "to be completed" (each
/// risk's assessment, each measure's owner) as one row naming its members.
fn open_items_match_the_body(doc: &Document, lang: Lang, path: &Path) {
    let m = dpia_i18n::Messages::new(lang);
    let title = m.get("doc-annex-open");
    let at = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text, .. } if *text == title))
        .unwrap_or_else(|| panic!("{}: no open-items annex", path.display()));
    let body = Document {
        blocks: doc.blocks[..at].to_vec(),
        ..doc.clone()
    };
    // The example in "About this document" ends in "…" and is no open item.
    let body: Vec<String> = placeholders(&body)
        .into_iter()
        .filter(|p| !p.ends_with('…'))
        .collect();
    let short = m.get("doc-placeholder-short");
    let who = [
        (m.get("doc-open-by-controller"), "doc-placeholder"),
        (m.get("doc-open-by-dpo"), "doc-placeholder-dpo"),
    ];
    // (placeholder id, what as the annex gives it, a group row)
    let mut annex: Vec<(&str, String, bool)> = Vec::new();
    let mut by: Option<&str> = None;
    for b in &doc.blocks[at..] {
        match b {
            Block::Paragraph { content } => {
                let text: String = content.iter().map(|i| i.text()).collect();
                if let Some((_, id)) = who.iter().find(|(label, _)| *label == text) {
                    by = Some(id);
                }
            }
            Block::Table { table } => {
                // A section's items share its row: "What; what (R1–R3); what".
                for r in &table.rows {
                    let c = &r[1].content;
                    for (k, i) in c.iter().enumerate() {
                        if let Inline::Placeholder(what) = i {
                            let group = c.get(k + 1).is_some_and(|n| n.text().starts_with(" ("));
                            let id = by.unwrap_or_else(|| {
                                panic!("{}: `{what}` under no 'by whom'", path.display())
                            });
                            annex.push((id, dpia_i18n::capitalised(what), group));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let full = |id: &str, what: &str| m.fmt(id, &[("what", what.into())]);
    for p in &body {
        let listed = if *p == short {
            annex
                .iter()
                .any(|(id, _, group)| *group && *id == "doc-placeholder")
        } else {
            annex.iter().any(|(id, what, group)| {
                !*group && {
                    let prefix = full(id, "");
                    p.strip_prefix(&prefix)
                        .is_some_and(|w| dpia_i18n::capitalised(w) == *what)
                }
            })
        };
        assert!(
            listed,
            "{}: `{p}` is not in the open-items annex",
            path.display()
        );
    }
    for (id, what, group) in &annex {
        let in_body = if *group {
            body.contains(&short)
        } else {
            body.iter().any(|p| {
                p.strip_prefix(&full(id, ""))
                    .is_some_and(|w| dpia_i18n::capitalised(w) == *what)
            })
        };
        assert!(in_body, "{}: `{what}` is only in the annex", path.display());
    }
}

#[test]
fn hospital_markdown_is_golden() {
    let statement = Statement::embedded();
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        for (kind, name) in [(Kind::Starter, "starter"), (Kind::Summary, "summary")] {
            let md = markdown::render(&build(kind, &statement, &a, lang, date()));
            check(
                &repo(&format!("tests/golden/hospital.{name}.{}.md", lang.code())),
                &md,
            );
        }
    }
}

/// The same hospital on the renumbered test copy of the statement (one item inserted): the
/// golden documents cite the new numbers, the Datalab Noord scenarios cite that statement.
#[test]
fn other_statements_are_golden_with_their_own_numbers() {
    for (scenario, golden) in [
        ("hospital_renumbered", "hospital-renumbered"),
        ("noord_school_dashboards", "noord-school"),
    ] {
        let a =
            dpia_assessment::load(&repo(&format!("tests/scenarios/{scenario}.dpia.json"))).unwrap();
        let statement = dpia_golden::statement_for(&a);
        for lang in [Lang::Nl, Lang::En] {
            let md = markdown::render(&build(Kind::Starter, &statement, &a, lang, date()));
            check(
                &repo(&format!("tests/golden/{golden}.starter.{}.md", lang.code())),
                &md,
            );
        }
    }
    let renumbered =
        std::fs::read_to_string(repo("tests/golden/hospital-renumbered.starter.nl.md")).unwrap();
    let original = std::fs::read_to_string(repo("tests/golden/hospital.starter.nl.md")).unwrap();
    // Sub-processors: item 15 in the original, item 16 in the copy; security 17 → 18.
    assert!(original.contains("Data Pro Statement, punt 15") && !original.contains("punt 21"));
    assert!(renumbered.contains("Data Pro Statement, punt 16"));
    assert!(
        renumbered.contains("Data Pro Statement, punt 21"),
        "breach is item 21 now"
    );
}

#[test]
fn every_scenario_in_both_languages_is_clean_and_complete() {
    for path in scenarios() {
        let a = dpia_assessment::load(&path).unwrap();
        let statement = dpia_golden::statement_for(&a);
        for lang in [Lang::Nl, Lang::En] {
            for kind in [Kind::Starter, Kind::Summary] {
                let doc = build(kind, &statement, &a, lang, date());
                let text = doc.plain_text();
                let md = markdown::render(&doc);
                for t in [&text, &md] {
                    assert!(!t.contains('⟦'), "{}: raw message id", path.display());
                }
                // No Fluent isolation marks; Markdown isolates answers (and only those) with
                // balanced U+2068 … U+2069.
                assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
                assert_eq!(
                    md.matches('\u{2068}').count(),
                    md.matches('\u{2069}').count()
                );
                // The same input gives the same document.
                assert_eq!(doc, build(kind, &statement, &a, lang, date()));
                if kind == Kind::Starter {
                    open_items_match_the_body(&doc, lang, &path);
                }
            }
        }
    }
}

#[test]
fn the_other_language_has_no_words_of_the_first() {
    let statement = Statement::embedded();
    let mut a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    // The client's own words are in Dutch; leave them out.
    a.description.clear();
    a.purposes.clear();
    a.follow_ups = Default::default();
    for u in a.services.values_mut() {
        u.source_systems.clear();
    }
    let en = build(Kind::Starter, &statement, &a, Lang::En, date()).plain_text();
    // Dutch words the English document must not contain (client answers excepted).
    for word in [
        "verwerkingsverantwoordelijke",
        " vóór ",
        "Bijlage",
        "betrokkenen",
        " en het ",
    ] {
        let outside_answers = en.replace("In te vullen", "");
        assert!(
            !outside_answers.contains(word),
            "English starter contains Dutch `{word}`"
        );
    }
    let nl = build(Kind::Starter, &statement, &a, Lang::Nl, date()).plain_text();
    for word in ["To be completed", "Annex", "data subjects", "Likelihood"] {
        assert!(
            !nl.contains(word),
            "Dutch starter contains English `{word}`"
        );
    }
}

#[test]
fn user_text_is_text() {
    let statement = Statement::embedded();
    let mut a = dpia_assessment::load(&repo("tests/scenarios/wholesaler.dpia.json")).unwrap();
    let hostile = "<script>alert(1)</script> R&D {$x} שלום 😀 | *x*";
    a.organisation.name = hostile.into();
    a.description = hostile.into();
    a.purposes = vec![hostile.into()];
    let doc = build(Kind::Starter, &statement, &a, Lang::En, date());
    assert!(doc.plain_text().contains(hostile));
    let md = markdown::render(&doc);
    assert!(md.contains(&markdown::escape(hostile)));
    assert!(!md.contains("<script>"), "markup escaped in Markdown");
}

/// Text of a PDF (pdftotext) or a DOCX (its document.xml without tags).
fn extract(bytes: &[u8], ext: &str) -> String {
    // One folder per call: tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("dpia-extract-{}-{n}-{ext}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("x.{ext}"));
    std::fs::write(&file, bytes).unwrap();
    let out = match ext {
        "pdf" => std::process::Command::new("pdftotext")
            .args(["-layout"])
            .arg(&file)
            .arg("-")
            .output(),
        _ => std::process::Command::new("unzip")
            .arg("-p")
            .arg(&file)
            .arg("word/document.xml")
            .output(),
    }
    .unwrap_or_else(|e| panic!("pdftotext/unzip needed (scripts/test.sh installs them): {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    if ext == "docx" {
        // Drop XML tags, keep text runs.
        let mut plain = String::new();
        let mut in_tag = false;
        for c in text.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        plain
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
    } else {
        text
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs pdftotext and unzip, Linux tools that the Windows (Wine) run lacks"
)]
fn hospital_pdf_and_docx_in_both_languages() {
    use dpia_documents::{render, Format};
    let statement = Statement::embedded();
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    for (lang, title, dpa7, placeholder, page, source) in [
        (
            Lang::Nl,
            "DPIA-aanzet",
            "AP-lijst punt 7",
            "In te vullen door de verwerkingsverantwoordelijke",
            "Pagina 2 van",
            "Data Pro Statement, punt 15",
        ),
        (
            Lang::En,
            "DPIA starter",
            "DPA list item 7",
            "To be completed by the controller",
            "Page 2 of",
            "Data Pro Statement, item 15",
        ),
    ] {
        let doc = build(Kind::Starter, &statement, &a, lang, date());
        for format in [Format::Pdf, Format::Docx] {
            let bytes = render(&doc, format).unwrap();
            assert!(
                bytes == render(&doc, format).unwrap(),
                "{format:?} {lang:?} is deterministic"
            );
            let text = extract(&bytes, format.extension());
            for needle in [
                title,
                "Ziekenhuis Rijnoever",
                dpa7,
                placeholder,
                source,
                "N-iX LTD",
                "R10",
            ] {
                assert!(
                    text.contains(needle),
                    "{format:?} {lang:?}: `{needle}` missing"
                );
            }
            if format == Format::Pdf {
                assert!(text.contains(page), "{lang:?}: page footer");
            }
            assert!(!text.contains('⟦') && !text.contains('\u{2068}'));
            if lang == Lang::Nl {
                assert!(!text.contains("statement item"), "Dutch source markers");
            }
        }
    }
}

/// User text with NUL, ESC, BEL and a right-to-left override in the client's name and in a
/// table cell (source systems): no control or bidi character reaches the Markdown, DOCX or
/// PDF; the controls show as U+FFFD.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs pdftotext and unzip, Linux tools that the Windows (Wine) run lacks"
)]
fn control_and_bidi_characters_never_reach_the_exports() {
    use dpia_documents::{render, Format};
    let statement = Statement::embedded();
    let mut a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    a.organisation.name = "Zieken\u{0}huis \u{1B}[2J\u{7}\u{202E}revonjiR".into();
    for u in a.services.values_mut() {
        u.source_systems = "HiX\u{0}\u{1B}[31m\u{7} \u{202E}PDE".into();
    }
    let bad = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    for lang in [Lang::Nl, Lang::En] {
        let doc = build(Kind::Starter, &statement, &a, lang, date());
        let md = markdown::render(&doc);
        // The renderer isolates answers with balanced U+2068 … U+2069; nothing else may be there.
        assert_eq!(
            md.matches('\u{2068}').count(),
            md.matches('\u{2069}').count()
        );
        let md = md.replace(['\u{2068}', '\u{2069}'], "");
        if let Some(c) = md.chars().find(|c| bad(*c)) {
            panic!("{lang:?}: {c:?} in the Markdown");
        }
        assert!(md.contains("Zieken\u{FFFD}huis \u{FFFD}\\[2J\u{FFFD}revonjiR"));
        assert!(
            md.lines()
                .any(|l| l.starts_with('|') && l.contains("HiX\u{FFFD}\u{FFFD}\\[31m\u{FFFD} PDE")),
            "table cell"
        );
        let docx = render(&doc, Format::Docx).unwrap();
        let xml = extract(&docx, "docx");
        assert!(!xml.chars().any(bad), "{lang:?}: DOCX");
        assert!(xml.contains("Zieken\u{FFFD}huis"));
        let pdf = extract(&render(&doc, Format::Pdf).unwrap(), "pdf");
        assert!(pdf.contains("Zieken\u{FFFD}huis"), "{lang:?}: PDF");
        assert!(!pdf.chars().any(|c| c.is_control() && !c.is_whitespace()));
    }
}

/// The onboarding summary for the hospital fits two pages (sales sends it after the call).
#[test]
#[cfg_attr(
    windows,
    ignore = "needs pdftotext and unzip, Linux tools that the Windows (Wine) run lacks"
)]
fn the_hospital_summary_fits_two_pages() {
    use dpia_documents::{render, Format};
    let statement = Statement::embedded();
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let doc = build(Kind::Summary, &statement, &a, lang, date());
        let text = extract(&render(&doc, Format::Pdf).unwrap(), "pdf");
        // pdftotext ends every page with a form feed.
        let pages = text.matches('\u{c}').count();
        assert!((1..=2).contains(&pages), "{lang:?}: {pages} pages");
    }
}

/// The parts, the advice and the annexes follow each other on the page (issue 18: no more than a
/// third of a page blank before a section that would fit; a part or an annex forced onto a new
/// page left up to two thirds of the page before it blank); the signature table is kept
/// together; the open-items annex links each item to its section.
#[test]
fn the_starter_has_the_form_a_dpo_expects() {
    let statement = Statement::embedded();
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let m = dpia_i18n::Messages::new(lang);
        let doc = build(Kind::Starter, &statement, &a, lang, date());
        for part in [
            "doc-part-a",
            "doc-part-b",
            "doc-part-c",
            "doc-part-d",
            "doc-dpo-advice",
            "doc-annex-sub-processors",
            "doc-annex-facts",
            "doc-annex-open",
        ] {
            let title = m.get(part);
            let at = doc
                .blocks
                .iter()
                .position(|b| matches!(b, Block::Heading { text, .. } if *text == title))
                .unwrap_or_else(|| panic!("{lang:?}: no {part}"));
            assert!(
                !matches!(doc.blocks[at - 1], Block::PageBreak),
                "{lang:?}: {part} is forced onto a page of its own"
            );
        }
        let kept = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Table { table } if table.keep_together))
            .count();
        assert!(
            kept >= 2,
            "{lang:?}: advice and signature tables are kept together"
        );
        // Every item but the questionnaire's open questions links to the section it stands in.
        let questionnaire = m.get("doc-open-questions-section");
        let annex_at = doc
            .blocks
            .iter()
            .position(
                |b| matches!(b, Block::Heading { text, .. } if *text == m.get("doc-annex-open")),
            )
            .expect("the open-items annex");
        let rows: Vec<_> = doc.blocks[annex_at..]
            .iter()
            .filter_map(|b| match b {
                Block::Table { table } => Some(table.rows.iter()),
                _ => None,
            })
            .flatten()
            .collect();
        assert!(!rows.is_empty(), "{lang:?}: no open items");
        for r in rows {
            let linked = r[0].content.iter().any(|i| matches!(i, Inline::Ref { .. }));
            let question = r[0].content.iter().any(|i| i.text() == questionnaire);
            assert!(
                linked || question,
                "{lang:?}: {:?} has no section link",
                r[0]
            );
        }
        // Numbers do not start sentences of the verdict's reasoning.
        let reasons = dpia_i18n::reasons(&m, &dpia_rules::screen(&statement, &a, date()));
        for r in reasons {
            assert!(
                !r.starts_with(|c: char| c.is_ascii_digit()),
                "{lang:?}: {r}"
            );
        }
    }
}
