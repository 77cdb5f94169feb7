//! Writing XML text: escaping, and the characters XML 1.0 cannot carry.

use dpia_document_model::clean::clean;

/// Appends `s` as element content: markup escaped; control characters (which XML 1.0 forbids)
/// shown as U+FFFD and bidi controls dropped (`clean`); tabs and line breaks must have been
/// split off by the caller (they become `w:tab` and `w:br`).
pub fn text(out: &mut String, s: &str) {
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Appends `s` as an attribute value (in double quotes).
pub fn attr(out: &mut String, s: &str) {
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

/// `s` escaped as an attribute value.
pub fn attr_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    attr(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_replaces_controls() {
        let mut s = String::new();
        text(&mut s, "a<b>&c\u{0}d\u{202E}e");
        assert_eq!(s, "a&lt;b&gt;&amp;c\u{FFFD}de");
        assert_eq!(attr_string("\"x\"\n"), "&quot;x&quot;&#10;");
    }
}
