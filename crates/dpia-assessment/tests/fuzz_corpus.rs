//! The committed fuzz corpus (`tests/fuzz-corpus/assessment_parse/`: real fixtures, their
//! mutations, and inputs the fuzzer found) through the same check as the fuzz target
//! (`fuzz/fuzz_targets/assessment_parse.rs`): no panic, and what parses writes back to itself.

use std::path::Path;

fn check(data: &[u8]) {
    if let Ok(a) = dpia_assessment::parse_bytes(data, "fuzz.dpia.json") {
        let json = dpia_assessment::to_json(&a);
        let b = dpia_assessment::parse(&json, "round-trip").expect("written JSON parses");
        assert_eq!(a, b, "round trip changed the assessment");
    }
}

#[test]
fn the_fuzz_corpus_never_panics_and_round_trips() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz-corpus/assessment_parse");
    let mut failed = Vec::new();
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        n += 1;
        if std::panic::catch_unwind(|| check(&data)).is_err() {
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
