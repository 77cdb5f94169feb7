//! Writes the maximal starter in both languages and formats to a folder, to look at:
//! `cargo run --release -p dpia-documents --example write_maximal -- /tmp/maximal`.

#[path = "../benches/support/maximal.rs"]
mod maximal;

use chrono::NaiveDate;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/maximal".into());
    std::fs::create_dir_all(&dir).expect("output folder");
    let statement = dpia_statement::Statement::embedded();
    let a = maximal::maximal();
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let doc = build(Kind::Starter, &statement, &a, lang, date);
        for format in [Format::Pdf, Format::Docx, Format::Markdown] {
            let bytes = render(&doc, format).expect("renders");
            let path = format!("{dir}/maximal-{}.{}", lang.code(), format.extension());
            std::fs::write(&path, &bytes).expect("write");
            println!("{path}: {} bytes", bytes.len());
        }
    }
}
