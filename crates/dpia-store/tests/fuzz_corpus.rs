//! The committed fuzz corpus (`tests/fuzz-corpus/store_set/`: a JSON pointer, a newline, a value)
//! through the same check as the fuzz target (`fuzz/fuzz_targets/store_set.rs`): autosave's
//! change path never panics, and an accepted change gives an assessment that writes back to itself.

use std::path::Path;

/// Pointer and value as the fuzz target reads them.
fn split(data: &[u8]) -> (String, serde_json::Value) {
    let text = String::from_utf8_lossy(data);
    let (pointer, value) = text.split_once('\n').unwrap_or((&text, "null"));
    let value = serde_json::from_str(value).unwrap_or_else(|_| serde_json::Value::from(value));
    (pointer.to_string(), value)
}

/// Whether the change was accepted; panics where the fuzz target would.
fn check(data: &[u8], stored: &str) -> bool {
    let (pointer, value) = split(data);
    match dpia_store::apply_change(stored, 1, &pointer, value) {
        Ok((a, _old)) => {
            let json = dpia_assessment::to_json(&a);
            let b = dpia_assessment::parse(&json, "round-trip").expect("written JSON parses");
            assert_eq!(a, b, "round trip changed the assessment");
            true
        }
        Err(_) => false,
    }
}

#[test]
fn the_fuzz_corpus_never_panics_and_round_trips() {
    let stored = dpia_assessment::to_json(&dpia_assessment::Assessment::template(
        &dpia_statement::Statement::embedded(),
        None,
    ));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz-corpus/store_set");
    let mut failed = Vec::new();
    let (mut n, mut accepted) = (0, 0);
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        n += 1;
        match std::panic::catch_unwind(|| check(&data, &stored)) {
            Ok(ok) => accepted += usize::from(ok),
            Err(_) => failed.push(path.display().to_string()),
        }
    }
    assert!(
        n >= 20,
        "the corpus is missing ({n} files in {})",
        dir.display()
    );
    assert!(
        accepted >= 5,
        "the corpus should also hold accepted changes ({accepted})"
    );
    assert!(failed.is_empty(), "panicked on: {failed:#?}");
}
