//! Renders the stress document to a .docx file: `cargo run -p dpia-docx --example render_stress_docx -- OUT.docx [nl]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "stress.docx".into());
    let lang = args.next().unwrap_or_else(|| "nl".into());
    let doc = dpia_document_model::sample::stress(&lang);
    let start = std::time::Instant::now();
    let bytes = dpia_docx::render(&doc).expect("renders");
    eprintln!("{} bytes in {:?}", bytes.len(), start.elapsed());
    std::fs::write(&out, bytes).expect("writes");
}
