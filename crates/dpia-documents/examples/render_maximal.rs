//! Builds and renders the maximal starter (nl and en, PDF and DOCX) `N` times, for profiling:
//! `cargo build --profile bench -p dpia-documents --example render_maximal`, then e.g.
//! `valgrind --tool=callgrind target/release/examples/render_maximal 3 [pdf|docx]`.
//! Prints the time per format of the last round.

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
    for round in 0..n {
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
        if round + 1 == n {
            println!("build {b:?}, PDF {p:?}, DOCX {d:?} (nl + en)");
        }
    }
}
