//! `.dpia.json` parsing: never panics, and whatever parses writes back to the same assessment.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = dpia_assessment::parse_bytes(data, "fuzz.dpia.json") {
        let json = dpia_assessment::to_json(&a);
        let b = dpia_assessment::parse(&json, "round-trip").expect("written JSON parses");
        assert_eq!(a, b, "round trip changed the assessment");
    }
});
