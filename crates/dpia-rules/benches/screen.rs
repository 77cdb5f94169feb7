//! load + validate + screen + risks for a maximal assessment (every service, category, subject
//! group and characteristic). Target: < 1 ms median in release. Run: `cargo bench -p dpia-rules`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_assessment::*;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let statement = dpia_statement::Statement::embedded();
    let json = to_json(&dpia_golden::maximal(&statement));
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    c.bench_function("load+validate+screen+risks (maximal assessment)", |b| {
        b.iter(|| {
            let a = parse_for(black_box(&json), "max.dpia.json", &statement).unwrap();
            let s = dpia_rules::screen(&statement, &a, today);
            let r = dpia_rules::risks(&statement, &a);
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
