//! Markdown rendering of a document, for review and diffs. User text is escaped so that markup
//! in it (`<script>`, `*`, `|`) appears literally.

use dpia_document_model::*;
use std::fmt::Write;

/// Backslash-escapes every character CommonMark could read as markup.
pub fn escape(text: &str) -> String {
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

fn inlines(content: &[Inline]) -> String {
    let mut out = String::new();
    for (i, inline) in content.iter().enumerate() {
        let piece = match inline {
            Inline::Text(s) => escape(s),
            Inline::Strong(s) => {
                let t = s.trim_end();
                let trail = &s[t.len()..];
                if t.is_empty() {
                    String::new()
                } else {
                    format!("**{}**{}", escape(t), trail)
                }
            }
            Inline::Source(s) => format!("*\\[{}\\]*", escape(s)),
            Inline::Placeholder(s) => format!("**\\[{}\\]**", escape(s)),
            Inline::Answer(s) | Inline::Ref { text: s, .. } => escape(s),
            Inline::Note(s) => format!("*{}*", escape(s)),
        };
        let needs_space = i > 0
            && !out.is_empty()
            && !out.ends_with(' ')
            && matches!(inline, Inline::Source(_) | Inline::Placeholder(_));
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
    fn stress_document_renders_every_block() {
        let md = render(&sample::stress("en"));
        assert!(md.contains("# DPIA starter"));
        assert!(md.contains("| \\# | Risk | Likelihood | Impact | Owner |"));
        assert!(md.contains("**\\[To be completed by the controller\\]**"));
        assert!(md.contains("*\\[statement item 17\\]*"));
        assert!(md.contains("Likelihood \\\\ Impact"));
    }
}
