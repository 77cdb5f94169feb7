//! Writes the stress document as PDF: `cargo run -p dpia-pdf --example render_stress -- nl /tmp/stress-nl.pdf`.

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "nl".into());
    let out = args.next().unwrap_or_else(|| format!("/tmp/stress-{lang}.pdf"));
    let doc = dpia_document_model::sample::stress(&lang);
    let t = std::time::Instant::now();
    let bytes = dpia_pdf::render(&doc).expect("render");
    let first = t.elapsed();
    let t = std::time::Instant::now();
    let again = dpia_pdf::render(&doc).expect("render");
    let second = t.elapsed();
    assert_eq!(bytes, again, "two renders differ");
    std::fs::write(&out, &bytes).expect("write");
    println!("{out}: {} bytes, first render {first:?} (parses fonts), second {second:?}", bytes.len());
}
