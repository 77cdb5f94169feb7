//! What renderers do with characters that must never reach an output file as they are.
//!
//! User text (an organisation name, an answer) may carry control characters (NUL, ESC, BEL …)
//! and Unicode bidirectional formatting characters (e.g. U+202E RIGHT-TO-LEFT OVERRIDE, which
//! reverses the rest of a line or table cell). Every renderer passes text through [`clean`]:
//! control characters become U+FFFD (visible, so nothing is silently lost) and bidi
//! embedding, override and isolate characters are removed, so user text cannot reorder the
//! text around it. Renderers then add their own isolation around [`Inline::Answer`]s.
//!
//! [`Inline::Answer`]: crate::Inline::Answer

use std::borrow::Cow;

/// U+FFFD REPLACEMENT CHARACTER: what a control character becomes.
pub const REPLACEMENT: char = '\u{FFFD}';

/// A C0 control other than tab, newline and carriage return; DEL; a C1 control; or one of
/// the noncharacters U+FFFE/U+FFFF (which XML cannot carry either).
pub fn is_forbidden_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// A bidirectional embedding, override or isolate character (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with control characters replaced by U+FFFD and bidi controls removed. Tabs, newlines
/// and carriage returns are kept (each renderer folds or converts them). Borrows when there
/// is nothing to change.
pub fn clean(s: &str) -> Cow<'_, str> {
    // Fast path on bytes: every character `clean` changes is a C0 control or DEL (one byte),
    // a C1 control (lead byte 0xC2), a bidi control (0xE2) or U+FFFE/U+FFFF (0xEF).
    let suspect = |b: &u8| {
        (*b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r'))
            || matches!(*b, 0x7F | 0xC2 | 0xE2 | 0xEF)
    };
    if !s.as_bytes().iter().any(suspect)
        || !s
            .chars()
            .any(|c| is_forbidden_control(c) || is_bidi_control(c))
    {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| {
                if is_forbidden_control(c) {
                    REPLACEMENT
                } else {
                    c
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_and_bidi_controls_go() {
        assert_eq!(
            clean("a\u{0}b\u{1B}[31mc\u{7}"),
            "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}"
        );
        assert_eq!(clean("x\u{202E}yz\u{2066}\u{2069}"), "xyz");
        assert_eq!(clean("del\u{7F} c1\u{85}"), "del\u{FFFD} c1\u{FFFD}");
        assert_eq!(clean("tab\tnl\ncr\r שלום"), "tab\tnl\ncr\r שלום");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }
}
