//! File names that every operating system accepts: the one rule for any name DPIA Helper
//! proposes (a save dialog's suggestion, the exchange file inside a document), and the check
//! `write_atomic` makes on Windows before it writes.
//!
//! Windows is the strictest: it forbids `< > : " / \ | ? *` and control characters, silently
//! drops a trailing dot or space (so the file gets another name than the one shown), and
//! reserves the device names `CON PRN AUX NUL COM0–COM9 LPT0–LPT9` (also `COM¹²³` and `LPT¹²³`)
//! with any extension (`con.dpia.json` is the console, not a file).

/// Longest proposed name in bytes: every file system we know allows 255 per name, and the
/// temporary file `write_atomic` makes beside it needs room for its own prefix and suffix.
pub const MAX_PROPOSED_NAME_BYTES: usize = 200;

/// `proposed` made into a name every operating system accepts, changed as little as possible:
/// each forbidden character becomes `-`, trailing dots and spaces and leading spaces go, a
/// device name gets `_` after it (`CON.pdf` → `CON_.pdf`), an over-long name is shortened
/// before its extension, and an empty result becomes `dpia` (with the extension, if any).
/// A name that is already portable comes back unchanged.
pub fn portable_file_name(proposed: &str) -> String {
    let cleaned: String = proposed
        .chars()
        .map(|c| if forbidden_char(c) { '-' } else { c })
        .collect();
    let trimmed = cleaned.trim_start_matches(' ').trim_end_matches(['.', ' ']);
    // The extension is everything from the first dot that is not the first character
    // (".dpia.json" of "x.dpia.json"); the stem is what comes before it.
    let (stem, ext) = match trimmed.char_indices().skip(1).find(|(_, c)| *c == '.') {
        Some((i, _)) => trimmed.split_at(i),
        None => (trimmed, ""),
    };
    let ext = cut(ext, MAX_PROPOSED_NAME_BYTES / 2).trim_end_matches(['.', ' ']);
    let stem = cut(stem, MAX_PROPOSED_NAME_BYTES - ext.len()).trim_end_matches(['.', ' ']);
    let stem = if stem.is_empty() || stem.chars().all(|c| c == '.') {
        "dpia".to_string()
    } else if reserved_device(stem) {
        format!("{stem}_")
    } else {
        stem.to_string()
    };
    format!("{stem}{ext}")
}

/// Whether Windows refuses `name` as the name of a file (a forbidden character, a trailing dot
/// or space, a device name, or nothing at all). Other systems accept more; this is the rule
/// `write_atomic` applies on Windows, so the user hears why instead of getting a device.
pub fn windows_forbids(name: &str) -> bool {
    if name.is_empty() || name.chars().any(forbidden_char) || name.ends_with(['.', ' ']) {
        return true;
    }
    let stem = name.split('.').next().unwrap_or(name);
    reserved_device(stem)
}

/// Characters no Windows file name may hold (control characters included).
fn forbidden_char(c: char) -> bool {
    matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') || c.is_control()
}

/// `CON`, `nul`, `COM1`, `LPT¹` … (case-insensitive; Windows ignores spaces after the name).
fn reserved_device(stem: &str) -> bool {
    let stem = stem.trim_end_matches(' ').to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => {
            let mut chars = stem.chars();
            let head: String = chars.by_ref().take(3).collect();
            let rest: Vec<char> = chars.collect();
            (head == "COM" || head == "LPT")
                && rest.len() == 1
                && (rest[0].is_ascii_digit() || matches!(rest[0], '¹' | '²' | '³'))
        }
    }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Proposed name → the name written; data-driven.
    const CASES: &[(&str, &str)] = &[
        (
            "DPIA-aanzet-Ziekenhuis-Rijnoever.pdf",
            "DPIA-aanzet-Ziekenhuis-Rijnoever.pdf",
        ),
        (
            "Zorggroep Één & Zoon.dpia.json",
            "Zorggroep Één & Zoon.dpia.json",
        ),
        ("a<b>c:d\"e/f\\g|h?i*j.docx", "a-b-c-d-e-f-g-h-i-j.docx"),
        ("tab\there\u{7}.md", "tab-here-.md"),
        ("report. . .", "report"),
        ("  leading and trailing  ", "leading and trailing"),
        ("CON.dpia.json", "CON_.dpia.json"),
        ("con.pdf", "con_.pdf"),
        ("NUL", "NUL_"),
        ("Com1.docx", "Com1_.docx"),
        ("LPT9.md", "LPT9_.md"),
        ("COM¹.md", "COM¹_.md"),
        ("AUX .txt", "AUX_.txt"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("COM10.pdf", "COM10.pdf"),
        ("", "dpia"),
        ("...", "dpia"),
        ("???", "---"),
        (".dpia.json", ".dpia.json"),
        ("..", "dpia"),
    ];

    #[test]
    fn proposed_names_become_portable() {
        for (proposed, expected) in CASES {
            let got = portable_file_name(proposed);
            assert_eq!(&got, expected, "{proposed:?}");
            assert!(
                !windows_forbids(&got),
                "{proposed:?} → {got:?} is still forbidden"
            );
            assert_eq!(portable_file_name(&got), got, "not stable for {proposed:?}");
        }
    }

    #[test]
    fn portable_names_are_left_alone_and_forbidden_ones_are_told() {
        for ok in [
            "a.pdf",
            "Zorggroep Één.dpia.json",
            "CONSOLE.pdf",
            "x.y.z",
            ".hidden",
        ] {
            assert!(!windows_forbids(ok), "{ok}");
            assert_eq!(portable_file_name(ok), ok);
        }
        for bad in [
            "",
            "a?.pdf",
            "a.",
            "a ",
            "con",
            "CON.txt",
            "nul.dpia.json",
            "lpt3",
            "a\u{1}",
        ] {
            assert!(windows_forbids(bad), "{bad:?}");
        }
    }

    #[test]
    fn long_names_are_shortened_before_the_extension_on_a_character_boundary() {
        let long = format!("{}.dpia.json", "é".repeat(300));
        let got = portable_file_name(&long);
        assert!(got.len() <= MAX_PROPOSED_NAME_BYTES, "{}", got.len());
        assert!(got.ends_with("é.dpia.json"), "{got}");
        let ext = format!("x.{}", "e".repeat(400));
        assert!(portable_file_name(&ext).len() <= MAX_PROPOSED_NAME_BYTES);
    }
}
