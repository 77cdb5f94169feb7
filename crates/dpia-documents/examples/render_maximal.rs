//! Builds and renders the maximal starter (nl and en, PDF and DOCX) `N` times, for profiling:
//! `cargo build --profile bench -p dpia-documents --example render_maximal`, then e.g.
//! `valgrind --tool=callgrind target/release/examples/render_maximal 3 [pdf|docx]`.
//! Prints the median and the fastest round per format (nl + en together).

#[path = "../benches/support/maximal.rs"]
mod maximal;

use chrono::NaiveDate;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use std::time::{Duration, Instant};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let only = std::env::args().nth(2);
    let statement = dpia_statement::Statement::embedded();
    let a = maximal::maximal();
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut rounds: Vec<[Duration; 3]> = Vec::new();
    for _ in 0..n {
        let (mut b, mut p, mut d) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        for lang in [Lang::Nl, Lang::En] {
            let t = Instant::now();
            let doc = build(Kind::Starter, &statement, &a, lang, date);
            b += t.elapsed();
            if only.as_deref() != Some("docx") {
                let t = Instant::now();
                std::hint::black_box(render(&doc, Format::Pdf).unwrap());
                p += t.elapsed();
            }
            if only.as_deref() != Some("pdf") {
                let t = Instant::now();
                std::hint::black_box(render(&doc, Format::Docx).unwrap());
                d += t.elapsed();
            }
        }
        rounds.push([b, p, d]);
    }
    let stat = |k: usize| {
        let mut v: Vec<Duration> = rounds.iter().map(|r| r[k]).collect();
        v.sort();
        (v[v.len() / 2], v[0])
    };
    let (b, p, d) = (stat(0), stat(1), stat(2));
    println!(
        "{n} rounds, nl + en: build {:?} (min {:?}), PDF {:?} (min {:?}), DOCX {:?} (min {:?})",
        b.0, b.1, p.0, p.1, d.0, d.1
    );
}
