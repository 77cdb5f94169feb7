//! No byte string given as a file makes loading panic.

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = dpia_assessment::parse_bytes(&bytes, "x.dpia.json");
    }

    #[test]
    fn arbitrary_json_like_text_never_panics(text in r#"[\{\}\[\]":,0-9a-z_ \n-]{0,200}"#) {
        let _ = dpia_assessment::parse(&text, "x.dpia.json");
        let framed = format!(r#"{{"format":"dpia-helper/assessment","version":1,{text}"#);
        let _ = dpia_assessment::parse(&framed, "x.dpia.json");
    }
}
