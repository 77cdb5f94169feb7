//! The maximal assessment (every service, category, subject group, characteristic and option)
//! built and rendered to PDF and DOCX in both languages. Target: < 100 ms in total in release.
//! Run: `cargo bench -p dpia-documents`; prints the page count of each PDF first.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_assessment::*;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use std::hint::black_box;

fn maximal() -> Assessment {
    let mut a = Assessment::template(
        "KPI Solutions B.V.",
        "06-2025",
        NaiveDate::from_ymd_opt(2026, 11, 28),
    );
    a.organisation.name = "Maximaal Zorg en Handel B.V.".into();
    a.organisation.sector = Some(Sector::Hospital);
    a.description = "Alle diensten met alle soorten gegevens.".into();
    a.purposes = vec!["Sturing".into(), "Voorspelling".into()];
    for u in a.services.values_mut() {
        u.used = Some(true);
        u.categories = DataCategory::ALL.iter().copied().collect();
        u.subjects = SubjectGroup::ALL.iter().copied().collect();
        u.data_subjects_estimate = Some(1_000_000);
        u.source_systems = "EPD, HR, CRM, ERP".into();
    }
    a.characteristics = Some(Characteristic::ALL.iter().copied().collect());
    a.ai_act_area = Some(AiActArea::Employment);
    a.options = Options {
        time_travel: Some(true),
        snapshot: Some(true),
        map_visuals: Some(MapVisualId::ALL.iter().copied().collect()),
        datev_connector: Some(true),
        report_publication: Some(Tenant::Processor),
    };
    a
}

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

criterion_group!(benches, bench);
criterion_main!(benches);
