//! load + validate + screen + risks for a maximal assessment (every service, category, subject
//! group and characteristic). Target: < 1 ms median in release. Run: `cargo bench -p dpia-rules`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_assessment::*;
use std::hint::black_box;

fn maximal() -> String {
    let mut a = Assessment::template(
        "KPI Solutions B.V.",
        "06-2025",
        NaiveDate::from_ymd_opt(2026, 11, 28),
    );
    a.organisation.name = "Maximaal B.V.".into();
    a.organisation.sector = Some(Sector::Hospital);
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
    to_json(&a)
}

fn bench(c: &mut Criterion) {
    let json = maximal();
    let statement = dpia_statement::Statement::embedded();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    c.bench_function("load+validate+screen+risks (maximal assessment)", |b| {
        b.iter(|| {
            let a = parse(black_box(&json), "max.dpia.json").unwrap();
            let s = dpia_rules::screen(&statement, &a, today);
            let r = dpia_rules::risks(&a);
            black_box((s, r))
        })
    });
    c.bench_function("statement parse (embedded TOML)", |b| {
        b.iter(|| {
            dpia_statement::parse(black_box(dpia_statement::DEFAULT_STATEMENT_TOML), "s.toml")
                .unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
