//! The statement loader (TOML): never panics on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = dpia_statement::parse(text, "fuzz.toml");
    }
});
