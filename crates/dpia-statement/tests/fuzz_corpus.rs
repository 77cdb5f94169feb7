//! The committed fuzz corpus (`tests/fuzz-corpus/statement_parse/`) through the same check as
//! the fuzz target (`fuzz/fuzz_targets/statement_parse.rs`): the loader never panics.

use std::path::Path;

#[test]
fn the_fuzz_corpus_never_panics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz-corpus/statement_parse");
    let mut failed = Vec::new();
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        n += 1;
        let run = || {
            if let Ok(text) = std::str::from_utf8(&data) {
                let _ = dpia_statement::parse(text, "fuzz.toml");
            }
        };
        if std::panic::catch_unwind(run).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        n >= 20,
        "the corpus is missing ({n} files in {})",
        dir.display()
    );
    assert!(failed.is_empty(), "panicked on: {failed:#?}");
}
