//! Autosave latency: one answer saved (read, validate, write, history) in a transaction on a WAL
//! database on disk. Target < 5 ms. Run: `cargo bench -p dpia-store`.

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_assessment::Assessment;

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("dpia-autosave-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut store = dpia_store::Store::open(&dir.join("bench.sqlite")).unwrap();
    let a = Assessment::template(&dpia_statement::Statement::embedded(), None);
    let id = store.create("bench", &a, Utc::now()).unwrap();
    let mut n = 0u64;
    c.bench_function("autosave: set one answer", |b| {
        b.iter(|| {
            n += 1;
            store
                .set(
                    id,
                    "/services/reports/data_subjects_estimate",
                    n.into(),
                    Utc::now(),
                )
                .unwrap()
        })
    });
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
