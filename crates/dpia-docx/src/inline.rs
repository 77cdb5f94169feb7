//! Inline content (text, strong, source markers, placeholders) as `docx-rs` runs.

use crate::styles::SOURCE_SIZE;
use docx_rs::*;
use dpia_document_model::{Inline, PLACEHOLDER_RGB, SOURCE_RGB};

/// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/CR, the
/// non-characters U+FFFE/U+FFFF). `docx-rs` escapes markup but does not drop these.
fn xml_allowed(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Adds `text` to `run`: newlines become line breaks, tabs become tabs, characters XML
/// cannot carry are dropped. Markup characters are escaped by `docx-rs`.
pub fn add_text(mut run: Run, text: &str) -> Run {
    let text: String = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            let clean: String = piece.chars().filter(|c| xml_allowed(*c)).collect();
            if !clean.is_empty() {
                run = run.add_text(clean);
            }
        }
    }
    run
}

/// The visible text of a source marker, e.g. `[statement item 15]`.
pub fn source_label(s: &str) -> String {
    format!("[{s}]")
}

/// Highlights a placeholder run. Word's highlight palette has pure yellow; any other colour
/// is given as run shading so the shared constant is always honoured.
fn placeholder(run: Run) -> Run {
    if PLACEHOLDER_RGB.eq_ignore_ascii_case("FFFF00") {
        run.highlight("yellow")
    } else {
        run.shading(
            Shading::new()
                .shd_type(ShdType::Clear)
                .color("auto")
                .fill(PLACEHOLDER_RGB),
        )
    }
}

/// Runs for a sequence of inlines. A source marker is separated from preceding text by a
/// space when that text does not already end in whitespace.
pub fn runs(content: &[Inline]) -> Vec<Run> {
    let mut out = Vec::with_capacity(content.len());
    let mut prev_ends_in_space = true;
    for inline in content {
        let (run, text) = match inline {
            Inline::Text(s) => (add_text(Run::new(), s), s.as_str()),
            Inline::Strong(s) => (add_text(Run::new().bold(), s), s.as_str()),
            Inline::Placeholder(s) => (add_text(placeholder(Run::new()), s), s.as_str()),
            Inline::Answer(s) | Inline::Ref { text: s, .. } => {
                (add_text(Run::new(), s), s.as_str())
            }
            Inline::Note(s) => (
                add_text(Run::new().size(SOURCE_SIZE).color(SOURCE_RGB), s),
                s.as_str(),
            ),
            Inline::Source(s) => {
                let sep = if prev_ends_in_space { "" } else { " " };
                let run = Run::new().size(SOURCE_SIZE).color(SOURCE_RGB);
                out.push(add_text(run, &format!("{sep}{}", source_label(s))));
                prev_ends_in_space = false;
                continue;
            }
        };
        if !text.is_empty() {
            prev_ends_in_space = text.ends_with(char::is_whitespace);
        }
        out.push(run);
    }
    out
}

/// A paragraph holding `content`.
pub fn paragraph(content: &[Inline]) -> Paragraph {
    runs(content)
        .into_iter()
        .fold(Paragraph::new(), |p, r| p.add_run(r))
}
