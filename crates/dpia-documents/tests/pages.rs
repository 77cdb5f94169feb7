//! The starters' pages as a privacy officer leafs through them (issue 18): no page is less than a
//! third full, except the cover, the last page before a part that starts a new page and the last
//! page; the DOCX's table of contents carries page numbers before any field update.

use chrono::NaiveDate;
use dpia_document_model::Block;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The scenarios the privacy officer read, in both languages.
const READ: &[&str] = &[
    "hospital",
    "municipality_prediction_model",
    "hr_model_sick_leave",
    "payroll_processor",
];

#[test]
fn no_page_is_less_than_a_third_full_but_where_a_part_ends() {
    for name in READ {
        let path = repo(&format!("tests/scenarios/{name}.dpia.json"));
        let a = dpia_assessment::load(&path).unwrap();
        let st = dpia_golden::statement_for(&a);
        for lang in [Lang::Nl, Lang::En] {
            let doc = build(Kind::Starter, &st, &a, lang, date());
            let fills = dpia_pdf::page_fills(&doc).unwrap();
            let pages = dpia_pdf::heading_pages(&doc).unwrap();
            // The pages on which a part starts after a forced page break: the page before each
            // may end short.
            let mut starts = Vec::new();
            let mut heading = 0;
            for (i, b) in doc.blocks.iter().enumerate() {
                if let Block::Heading { .. } = b {
                    if i > 0 && matches!(doc.blocks[i - 1], Block::PageBreak) {
                        starts.push(pages[heading]);
                    }
                    heading += 1;
                }
            }
            for (k, fill) in fills.iter().enumerate() {
                let page = k + 1;
                let exempt = page <= 2 || page == fills.len() || starts.contains(&(page + 1));
                assert!(
                    exempt || *fill >= 1.0 / 3.0,
                    "{name} ({lang:?}): page {page} of {} is {:.0}% full",
                    fills.len(),
                    fill * 100.0
                );
            }
        }
    }
}

#[test]
fn the_docx_contents_has_page_numbers_before_any_update() {
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let st = dpia_golden::statement_for(&a);
    let doc = build(Kind::Starter, &st, &a, Lang::Nl, date());
    let docx = render(&doc, Format::Docx).unwrap();
    let xml = dpia_docx_xml(&docx);
    let pagerefs: Vec<&str> = xml.split("PAGEREF _Toc").skip(1).collect();
    assert!(pagerefs.len() > 20, "{} entries", pagerefs.len());
    let expected = dpia_pdf::heading_pages(&doc).unwrap();
    let mut cached = Vec::new();
    for r in &pagerefs {
        // … \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t>
        let after = &r[r.find("separate").unwrap()..];
        let t = &after[after.find("<w:t").unwrap()..];
        let t = &t[t.find('>').unwrap() + 1..];
        let n: usize = t[..t.find('<').unwrap()]
            .parse()
            .unwrap_or_else(|_| panic!("no cached page number: {}", &t[..40]));
        cached.push(n);
    }
    // In document order, within the print layout's range, never decreasing.
    assert!(cached.windows(2).all(|w| w[0] <= w[1]), "{cached:?}");
    assert!(cached.iter().all(|p| expected.contains(p)), "{cached:?}");
}

/// `word/document.xml` of a DOCX.
fn dpia_docx_xml(docx: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}
