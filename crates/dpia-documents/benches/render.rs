//! The maximal assessment (every service, category, subject group, characteristic and option)
//! built and rendered to PDF and DOCX in both languages. Target: < 100 ms in total in release.
//! Run: `cargo bench -p dpia-documents`; prints the page count of each PDF first. A second case
//! renders a 50,000-character unbroken word (line breaking must stay linear).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use std::hint::black_box;

#[path = "support/maximal.rs"]
mod maximal;
use maximal::maximal;

fn pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .expect("valid PDF")
        .get_pages()
        .len()
}

fn bench(c: &mut Criterion) {
    let statement = dpia_statement::Statement::embedded();
    let a = maximal();
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let t = std::time::Instant::now();
        let doc = build(Kind::Starter, &statement, &a, lang, date);
        let built = t.elapsed();
        let pdf = render(&doc, Format::Pdf).unwrap();
        let pdf_time = t.elapsed() - built;
        let docx = render(&doc, Format::Docx).unwrap();
        let docx_time = t.elapsed() - built - pdf_time;
        println!("  one run: build {built:?}, PDF {pdf_time:?}, DOCX {docx_time:?}");
        println!(
            "maximal starter {}: PDF {} pages ({} bytes), DOCX {} bytes",
            lang.code(),
            pages(&pdf),
            pdf.len(),
            docx.len()
        );
    }
    c.bench_function("maximal starter: build + PDF + DOCX, nl and en", |b| {
        b.iter(|| {
            for lang in [Lang::Nl, Lang::En] {
                let doc = build(Kind::Starter, &statement, black_box(&a), lang, date);
                black_box(render(&doc, Format::Pdf).unwrap());
                black_box(render(&doc, Format::Docx).unwrap());
            }
        })
    });
}

/// A 50,000-character unbroken word, in a paragraph and in a narrow table cell: line breaking
/// must stay linear (it was quadratic: 42 s in a debug build).
fn huge_word(c: &mut Criterion) {
    use dpia_document_model::{sample, Block, Cell, Column, Inline, Table};
    let mut doc = sample::stress("nl");
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
                rows: vec![vec![Cell::text(word), Cell::text("x")]],
                keep_together: false,
            },
        },
    ];
    c.bench_function("50,000-character word: PDF + DOCX", |b| {
        b.iter(|| {
            black_box(render(black_box(&doc), Format::Pdf).unwrap());
            black_box(render(black_box(&doc), Format::Docx).unwrap());
        })
    });
}

criterion_group!(benches, bench, huge_word);
criterion_main!(benches);
