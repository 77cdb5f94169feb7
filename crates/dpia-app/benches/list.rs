//! The list at 5,000 assessments, in the app without the webview: a page of the list (what the
//! page asks for first), a search keystroke's page, opening the database, and the one-time cost
//! of making every line (the first start after an upgrade). Targets for the whole path, webview
//! included, are in scripts/measure.sh (list shown < 1 s, keystroke < 100 ms); this isolates the
//! Rust side. Run: `cargo bench -p dpia-app --bench list`.

use chrono::{NaiveDate, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use dpia_app::store::ListSort;
use dpia_app::App;
use std::time::Instant;

const COUNT: usize = 5000;

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("dpia-list-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("many.sqlite");
    let start = Instant::now();
    {
        let mut app = App::open(&db);
        dpia_app::sample::fill(&mut app, COUNT, Utc::now()).unwrap();
    }
    println!(
        "made {COUNT} assessments in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();

    c.bench_function("open the database of 5,000 (App::open)", |b| {
        b.iter(|| App::open(&db))
    });
    let app = App::open(&db);
    c.bench_function("list at 5,000: first page (100 rows)", |b| {
        b.iter(|| {
            app.assessments_list("", ListSort::Updated, 0, 100, today)
                .unwrap()
        })
    });
    c.bench_function("list at 5,000: search keystroke (\"rijnoever 00\")", |b| {
        b.iter(|| {
            app.assessments_list("rijnoever 00", ListSort::Name, 0, 100, today)
                .unwrap()
        })
    });
    c.bench_function(
        "list at 5,000: search, one letter (\"e\", 4,688 found)",
        |b| {
            b.iter(|| {
                app.assessments_list("e", ListSort::Updated, 0, 100, today)
                    .unwrap()
            })
        },
    );
    c.bench_function("list at 5,000: a page at row 4,900, by verdict", |b| {
        b.iter(|| {
            app.assessments_list("", ListSort::Verdict, 4900, 100, today)
                .unwrap()
        })
    });
    c.bench_function(
        "statements screen at 5,000 (parses every assessment)",
        |b| b.iter(|| app.statements_list().unwrap()),
    );
    drop(app);

    // Every line made again, once (an upgrade, or a database from before lines existed).
    let remade: Vec<f64> = (0..3)
        .map(|i| {
            let copy = dir.join(format!("old-{i}.sqlite"));
            std::fs::copy(&db, &copy).unwrap();
            let saves = dpia_app::store::saves_path(&db);
            let _ = std::fs::copy(&saves, dpia_app::store::saves_path(&copy));
            let c = rusqlite::Connection::open(&copy).unwrap();
            c.execute("UPDATE listing SET made_by = 'an older version'", [])
                .unwrap();
            drop(c);
            let t = Instant::now();
            let app = App::open(&copy);
            let s = t.elapsed().as_secs_f64();
            assert!(app.app_state().error.is_none());
            s
        })
        .collect();
    println!(
        "first open after an upgrade (every line of {COUNT} made again): {:.2} s, {:.2} s, {:.2} s",
        remade[0], remade[1], remade[2]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
