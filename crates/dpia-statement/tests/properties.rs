//! No byte string given as a statement file makes loading panic.

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = dpia_statement::parse(&String::from_utf8_lossy(&bytes), "x.toml");
    }

    #[test]
    fn cut_statements_never_panic(cut in 0usize..dpia_statement::DEFAULT_STATEMENT_TOML.len()) {
        let text = dpia_statement::DEFAULT_STATEMENT_TOML;
        let mut end = cut;
        while !text.is_char_boundary(end) { end -= 1; }
        let _ = dpia_statement::parse(&text[..end], "x.toml");
    }
}
