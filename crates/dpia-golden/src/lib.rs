//! The one comparison helper of the data-driven tests: actual output against a committed expected
//! file. With `BLESS=1` the file is rewritten instead; review the diff before committing it.

use std::path::Path;

/// Asserts that `expected_path` holds exactly `actual` (or rewrites it under `BLESS=1`).
pub fn check(expected_path: &Path, actual: &str) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(expected_path, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_else(|_| {
        panic!(
            "missing {}; run with BLESS=1 and review it",
            expected_path.display()
        )
    });
    // Not assert_eq!: a large mismatch would flood the output. Show the first differing line.
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with BLESS=1 after a deliberate change, then review the diff)",
            expected_path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}
