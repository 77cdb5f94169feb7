//! Autosave's change path without SQL (`dpia_store::apply_change`): a JSON pointer and a value
//! from the page, applied to a stored assessment. Never panics; an accepted change gives a valid
//! assessment that writes back to itself. Input: the pointer, a newline, then the value as JSON
//! (or, if that is not JSON, as a string).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn stored() -> &'static str {
    static DATA: OnceLock<String> = OnceLock::new();
    DATA.get_or_init(|| {
        let a = dpia_assessment::Assessment::template(&dpia_statement::Statement::embedded(), None);
        dpia_assessment::to_json(&a)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (pointer, value) = text.split_once('\n').unwrap_or((&text, "null"));
    let value = serde_json::from_str(value).unwrap_or_else(|_| serde_json::Value::from(value));
    if let Ok((a, _old)) = dpia_store::apply_change(stored(), 1, pointer, value) {
        let json = dpia_assessment::to_json(&a);
        let b = dpia_assessment::parse(&json, "round-trip").expect("written JSON parses");
        assert_eq!(a, b, "round trip changed the assessment");
    }
});
