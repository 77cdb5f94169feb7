//! Malformed files: `tests/malformed/NAME.dpia.json` in, the exact error out (`NAME.expected.txt`:
//! the stable code, the developer's English rendering, and the user's message in Dutch and in
//! English). Each file is checked against the embedded statement, as the app and CLI do.
//! Run with `BLESS=1` to rewrite the expected files, then review them.

use dpia_golden::{check, repo};
use dpia_i18n::{file_error, statement_error, Lang, Messages};
use dpia_statement::Statement;

#[test]
fn every_malformed_file_gives_its_clear_error_in_both_languages() {
    let corpus = repo("tests/malformed");
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 15);
    let st = Statement::embedded();
    let (nl, en) = (Messages::new(Lang::Nl), Messages::new(Lang::En));
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let err = dpia_assessment::parse_bytes_for(&bytes, &name, &st).expect_err(&name);
        let (nl_text, en_text) = (file_error(&nl, &err), file_error(&en, &err));
        for text in [&nl_text, &en_text] {
            assert!(text.starts_with(&name), "names the file: {text}");
        }
        let actual = format!("{}\n{}\nnl: {nl_text}\nen: {en_text}\n", err.code(), err);
        check(
            &corpus.join(name.replace(".dpia.json", ".expected.txt")),
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

/// A statement with a required key removed (`within_days` of the deletion section): the error
/// points at the table and names the key (`statement_missing_key.expected.txt`).
#[test]
fn a_statement_without_a_required_key_names_the_key() {
    let text = std::fs::read_to_string(repo("statements/kpi-solutions-06-2025.toml")).unwrap();
    let broken = text.replacen("within_days = 7\n", "", 1);
    assert_ne!(broken, text);
    let name = "statement_missing_key.toml";
    let err = dpia_statement::parse(&broken, name).unwrap_err();
    let (nl, en) = (Messages::new(Lang::Nl), Messages::new(Lang::En));
    let (nl_text, en_text) = (statement_error(&nl, &err), statement_error(&en, &err));
    for text in [&nl_text, &en_text] {
        assert!(text.starts_with(name), "names the file: {text}");
        assert!(text.contains("\"within_days\""), "names the key: {text}");
    }
    let actual = format!("{}\n{}\nnl: {nl_text}\nen: {en_text}\n", err.code(), err);
    check(
        &repo("tests/malformed").join("statement_missing_key.expected.txt"),
        &actual,
    );
}
