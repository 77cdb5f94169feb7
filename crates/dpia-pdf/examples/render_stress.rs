//! Writes the stress document as a PDF and times the renderer:
//! `cargo run --release -p dpia-pdf --example render_stress -- nl /tmp/stress-nl.pdf`
//! (then e.g. `pdftoppm -png -r 60 /tmp/stress-nl.pdf /tmp/stress-nl` to look at the pages).

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "nl".into());
    let out = args
        .next()
        .unwrap_or_else(|| format!("/tmp/stress-{lang}.pdf"));
    let doc = match std::panic::catch_unwind(|| dpia_document_model::sample::stress(&lang)) {
        Ok(doc) => doc,
        Err(_) => {
            eprintln!("sample::stress({lang:?}) panicked (a fixture problem, not the renderer)");
            std::process::exit(2);
        }
    };
    let t = Instant::now();
    let bytes = dpia_pdf::render(&doc).expect("render");
    let first = t.elapsed();
    let mut times: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let again = dpia_pdf::render(&doc).expect("render");
            let d = t.elapsed();
            assert!(again == bytes, "two renders differ");
            d
        })
        .collect();
    times.sort();
    std::fs::write(&out, &bytes).expect("write");
    println!(
        "{out}: {} bytes; first render {first:?} (includes parsing the fonts), then median {:?}, min {:?} over 20",
        bytes.len(),
        times[10],
        times[0]
    );
}
