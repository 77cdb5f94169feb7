//! Autosave latency: one answer saved (read, validate, write, history) in a transaction on a WAL
//! database on disk with `synchronous=FULL` (every commit synced). Target: p99 < 5 ms.
//! Run: `cargo bench -p dpia-store`; prints criterion's estimate, then p50 and p99 of single saves.

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_assessment::Assessment;
use std::time::{Duration, Instant};

/// Saves timed one by one for the percentiles.
const SAMPLES: usize = 2000;

fn open(dir: &std::path::Path) -> (dpia_store::Store, i64) {
    let mut store = dpia_store::Store::open(&dir.join("bench.sqlite")).unwrap();
    let a = Assessment::template(&dpia_statement::Statement::embedded(), None);
    let id = store
        .create("bench", &a, Utc::now(), &dpia_store::Line::default())
        .unwrap();
    (store, id)
}

fn save(store: &mut dpia_store::Store, id: i64, n: u64) {
    store
        .set(
            id,
            "/services/reports/data_subjects_estimate",
            n.into(),
            Utc::now(),
            &|_| Ok(dpia_store::Line::default()),
        )
        .unwrap();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("dpia-autosave-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (mut store, id) = open(&dir);
    let mut n = 0u64;
    c.bench_function("autosave: set one answer", |b| {
        b.iter(|| {
            n += 1;
            save(&mut store, id, n)
        })
    });
    // Tail latency is what a user feels: time single saves and report p50 and p99.
    let mut times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        n += 1;
        let start = Instant::now();
        save(&mut store, id, n);
        times.push(start.elapsed());
    }
    times.sort();
    let (p50, p99) = (percentile(&times, 0.50), percentile(&times, 0.99));
    println!(
        "autosave percentiles ({SAMPLES} saves): p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs; target p99 < 5 ms: {}",
        p50.as_secs_f64() * 1e6,
        p99.as_secs_f64() * 1e6,
        times[times.len() - 1].as_secs_f64() * 1e6,
        if p99 < Duration::from_millis(5) { "met" } else { "NOT met" }
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
