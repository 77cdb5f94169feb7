//! Markdown rendering of a document, for review and diffs. User text is escaped so that markup
//! in it (`<script>`, `*`, `|`) appears literally, and it can carry no terminal or bidi tricks:
//! control characters (NUL, ESC, BEL, DEL, C1) become U+FFFD, bidi embedding, override and
//! isolate characters are removed, and answers (words the client typed) are wrapped in
//! U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE so right-to-left text in them
//! cannot reorder the text around it.

use dpia_document_model::clean::clean;
use dpia_document_model::*;
use std::collections::HashMap;
use std::fmt::Write;

/// Backslash-escapes every character CommonMark could read as markup, folds line breaks into
/// spaces, shows control characters as U+FFFD and drops bidi controls.
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len());
    // At the start of a line these would begin a heading or a list.
    if text.starts_with(['#', '-', '+']) {
        out.push('\\');
    }
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// GitHub's heading anchors: lower case, letters, digits, `-` and `_` kept, spaces become
/// `-`, repeats numbered `-1`, `-2`, … in document order. Maps each heading anchor to the slug
/// of its heading.
fn slugs(doc: &Document) -> HashMap<&str, String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = HashMap::new();
    for b in &doc.blocks {
        if let Block::Heading { text, anchor, .. } = b {
            let base: String = clean(text)
                .to_lowercase()
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('-'),
                    c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                    _ => None,
                })
                .collect();
            let n = seen.entry(base.clone()).or_insert(0);
            let slug = if *n == 0 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            *n += 1;
            if let Some(a) = anchor {
                out.entry(a.as_str()).or_insert(slug);
            }
        }
    }
    out
}

fn inlines(content: &[Inline], slugs: &HashMap<&str, String>) -> String {
    let mut out = String::new();
    for (i, inline) in content.iter().enumerate() {
        let piece = match inline {
            Inline::Text(s) => escape(s),
            Inline::Strong(s) => {
                let t = s.trim_end();
                let trail = if t.len() < s.len() { " " } else { "" };
                if t.is_empty() {
                    String::new()
                } else {
                    format!("**{}**{}", escape(t), trail)
                }
            }
            Inline::Source(s) => format!("*\\[{}\\]*", escape(s)),
            Inline::Placeholder(s) => format!("**\\[{}\\]**", escape(s)),
            Inline::Answer(s) | Inline::Field { text: s, .. } => {
                format!("\u{2068}{}\u{2069}", escape(s))
            }
            Inline::Note(s) => format!("*{}*", escape(s)),
            Inline::Ref { text, target } => match slugs.get(target.as_str()) {
                Some(slug) => format!("[{}](#{slug})", escape(text)),
                None => escape(text),
            },
        };
        let needs_space = i > 0
            && !out.is_empty()
            && !out.ends_with(' ')
            && matches!(
                inline,
                Inline::Source(_) | Inline::Placeholder(_) | Inline::Note(_)
            );
        if needs_space {
            out.push(' ');
        }
        out.push_str(&piece);
    }
    out.trim().to_string()
}

fn table_row(out: &mut String, cells: impl Iterator<Item = String>) {
    out.push('|');
    for c in cells {
        let _ = write!(out, " {} |", if c.is_empty() { " ".to_string() } else { c });
    }
    out.push('\n');
}

/// The whole document as Markdown. Deterministic.
pub fn render(doc: &Document) -> String {
    // Markdown carries no comments of its own: the open ones are listed at the end.
    let doc = &*doc.with_comment_annex();
    let slugs = slugs(doc);
    let inlines = |c: &[Inline]| inlines(c, &slugs);
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Cover { title, lines } => {
                let _ = writeln!(out, "# {}\n", escape(title));
                for l in lines {
                    let _ = writeln!(out, "{}  ", escape(l));
                }
                out.push_str("\n---\n\n");
            }
            Block::Contents => {
                let _ = writeln!(out, "**{}**\n", escape(&doc.meta.contents_title));
                for (level, text) in doc.headings().filter(|(l, _)| *l <= 2) {
                    let indent = "  ".repeat(usize::from(level - 1));
                    let _ = writeln!(out, "{indent}- {}", escape(text));
                }
                out.push('\n');
            }
            Block::Heading { level, text, .. } => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 5) + 1);
                let _ = writeln!(out, "{hashes} {}\n", escape(text));
            }
            Block::Paragraph { content } => {
                let _ = writeln!(out, "{}\n", inlines(content));
            }
            Block::Bullets { items } => {
                for item in items {
                    let _ = writeln!(out, "- {}", inlines(item));
                }
                out.push('\n');
            }
            Block::Table { table } => {
                table_row(&mut out, table.columns.iter().map(|c| escape(&c.title)));
                table_row(&mut out, table.columns.iter().map(|_| "---".to_string()));
                for row in &table.rows {
                    table_row(&mut out, row.iter().map(|c| inlines(&c.content)));
                }
                out.push('\n');
            }
            Block::Matrix { matrix } => {
                let _ = writeln!(out, "**{}**\n", escape(&matrix.caption));
                let corner = format!(
                    "{} \\\\ {}",
                    escape(&matrix.likelihood_label),
                    escape(&matrix.impact_label)
                );
                table_row(
                    &mut out,
                    std::iter::once(corner).chain(matrix.level_labels.iter().map(|l| escape(l))),
                );
                table_row(&mut out, (0..4).map(|_| "---".to_string()));
                for l in (0..3).rev() {
                    table_row(
                        &mut out,
                        std::iter::once(escape(&matrix.level_labels[l]))
                            .chain((0..3).map(|i| escape(&matrix.cells[l][i].join(", ")))),
                    );
                }
                out.push('\n');
            }
            Block::Callout { content, .. } => {
                let _ = writeln!(out, "> {}\n", inlines(content));
            }
            Block::Quote { content } => {
                let _ = writeln!(out, "> {}\n", inlines(content));
            }
            Block::PageBreak => {}
        }
    }
    // Markdown cannot carry the exchange file: say where it is instead.
    if !doc.meta.attachment_note.trim().is_empty() {
        let _ = writeln!(out, "---\n\n_{}_\n", escape(&doc.meta.attachment_note));
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("R&D {$x} | *a*"), "R\\&D {$x} \\| \\*a\\*");
    }

    #[test]
    fn control_and_bidi_characters_are_neutralised() {
        assert_eq!(
            escape("a\u{0}b\u{1B}[2J\u{7}c\u{7F}\u{85}d"),
            "a\u{FFFD}b\u{FFFD}\\[2J\u{FFFD}c\u{FFFD}\u{FFFD}d"
        );
        assert_eq!(escape("x\u{202E}yz\u{2066}w\u{2069}"), "xyzw");
        let slugs = HashMap::new();
        assert_eq!(
            inlines(&[Inline::Answer("\u{202E}שלום".into())], &slugs),
            "\u{2068}שלום\u{2069}"
        );
    }

    #[test]
    fn new_inlines_and_quotes() {
        let md = render(&sample::stress("nl"));
        // References link to GitHub-style heading anchors; one to no heading is plain text.
        assert!(
            md.contains("[2 Risicoregister](#2-risicoregister)"),
            "{md:.0}"
        );
        assert!(md.contains("[2.1 Risicomatrix](#21-risicomatrix)"));
        assert!(md.contains("een verwijzing zonder doel: nergens."));
        // Quotes are block quotes; notes are emphasised with their own brackets.
        assert!(md.contains("> De Verwerker verwerkt"));
        assert!(md.contains("*\\[dienst B = KPI Connectoren, punt 6\\]*"));
        // Answers are isolated.
        assert!(md.contains("\u{2068}Ziekenhuis\u{FFFD} Rijn\u{FFFD}\\[2Joever\u{FFFD}"));
        assert_eq!(
            md.matches('\u{2068}').count(),
            md.matches('\u{2069}').count()
        );
        for c in md.chars() {
            let control = c.is_control() && c != '\n';
            assert!(!control && !matches!(c, '\u{202A}'..='\u{202E}'), "{c:?}");
        }
    }

    #[test]
    fn stress_document_renders_every_block() {
        let md = render(&sample::stress("en"));
        assert!(md.contains("# DPIA starter"));
        assert!(md.contains("| \\# | Risk | Likelihood | Impact | Owner |"));
        assert!(md.contains("**\\[To be completed by the controller\\]**"));
        assert!(md.contains("*\\[statement item 17\\]*"));
        assert!(md.contains("Likelihood \\\\ Impact"));
    }
}
