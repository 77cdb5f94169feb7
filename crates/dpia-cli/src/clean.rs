//! Terminal-safe output: text from files (client names, answers, file names, a statement given
//! with `--statement`) must not drive the terminal or reorder what is printed after it.
//!
//! Control characters (C0 except newline and tab, DEL, C1) and the bidirectional
//! embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are shown as a visible
//! escape `\u{…}` in text output and as a JSON escape `\u…` in `--json` output (the same JSON
//! value, so nothing is lost).

use dpia_document_model::clean::{is_bidi_control, is_forbidden_control};
use std::borrow::Cow;

/// Would this character change how the terminal shows the rest of the output? The characters
/// no output file may carry (`dpia_document_model::clean`), and the carriage return, which
/// files keep (renderers fold it) but which moves a terminal's cursor back over what was printed.
fn unsafe_char(c: char) -> bool {
    c == '\r' || is_forbidden_control(c) || is_bidi_control(c)
}

fn replace(s: &str, escape: impl Fn(char) -> String) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for the terminal: every unsafe character becomes `\u{1b}`, `\u{202e}`, ….
pub fn text(s: &str) -> Cow<'_, str> {
    replace(s, |c| format!("\\u{{{:x}}}", c as u32))
}

/// Serialised JSON for the terminal: unsafe characters (which can only occur inside strings)
/// become JSON escapes, so the document still parses to the same value.
pub fn json(s: &str) -> Cow<'_, str> {
    replace(s, |c| format!("\\u{:04x}", c as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_made_visible() {
        let raw = "A\u{1b}[31mB\u{7}C\u{0}D\u{202e}EF\u{2066}G\u{85}H\u{7f}I\rJ\tK\nL é ✓";
        let t = text(raw);
        assert_eq!(
            t,
            "A\\u{1b}[31mB\\u{7}C\\u{0}D\\u{202e}EF\\u{2066}G\\u{85}H\\u{7f}I\\u{d}J\tK\nL é ✓"
        );
        assert!(!t.chars().any(unsafe_char));
        assert!(matches!(text("plain\ttext\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_stays_the_same_value() {
        let value = serde_json::json!({"name": "A\u{1b}B\u{202e}C\u{9b}D\u{7f}"});
        let raw = serde_json::to_string(&value).unwrap();
        let safe = json(&raw);
        assert!(!safe.chars().any(unsafe_char), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
    }
}
