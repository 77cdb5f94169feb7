//! Malformed files: `tests/malformed/NAME.dpia.json` in, the exact error (`NAME.expected.txt`) out.
//! Run with `BLESS=1` to rewrite the expected files, then review them.

use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/malformed")
}

use dpia_golden::check;

#[test]
fn every_malformed_file_gives_its_clear_error() {
    let mut files: Vec<_> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 15);
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let err = dpia_assessment::parse_bytes(&bytes, &name).expect_err(&name);
        let actual = format!("{}\n{}\n", err.code(), err);
        assert!(err.to_string().starts_with(&name), "names the file: {err}");
        check(
            &corpus().join(name.replace(".dpia.json", ".expected.txt")),
            &actual,
        );
    }
}

#[test]
fn ten_megabytes_of_garbage_is_refused_before_parsing() {
    let dir = std::env::temp_dir().join(format!("dpia-garbage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("garbage.dpia.json");
    // Deterministic pseudo-random bytes.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..10 * 1024 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(&path, &bytes).unwrap();
    let err = dpia_assessment::load(&path).unwrap_err();
    assert_eq!(err.code(), "file_too_large", "{err}");
    assert!(err.to_string().contains("garbage.dpia.json"));
    // Under the size limit, garbage is a syntax or text error, never a panic.
    let err = dpia_assessment::parse_bytes(&bytes[..1024 * 1024], "g").unwrap_err();
    assert!(
        matches!(err.code(), "file_syntax" | "file_not_text"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/assessment.schema.json");
    let actual = dpia_assessment::schema_json();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let committed = std::fs::read_to_string(&path).expect("schema/assessment.schema.json");
    assert_eq!(
        committed, actual,
        "schema is stale: run BLESS=1 cargo test -p dpia-assessment"
    );
}

#[test]
fn every_scenario_is_valid_and_round_trips() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.to_string_lossy().ends_with(".dpia.json") {
            let a = dpia_assessment::load(&p).unwrap();
            let again = dpia_assessment::parse(&dpia_assessment::to_json(&a), "x").unwrap();
            assert_eq!(a, again, "{}", p.display());
        }
    }
}
