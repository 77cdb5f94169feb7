//! Word fields (PAGE, NUMPAGES, PAGEREF, TOC) and the running header and footer built from them.

use crate::inline::add_text;
use crate::styles::{STYLE_FOOTER, STYLE_HEADER};
use docx_rs::*;

/// The runs of a complete simple field: begin, instruction, separate, cached result, end.
/// Each part gets a run of its own, the way Word writes fields.
pub fn field(instruction: &str, cached: &str) -> Vec<Run> {
    let mut runs = field_start(instruction);
    runs.push(add_text(Run::new(), cached));
    runs.push(field_end());
    runs
}

/// The runs that open a field and its result: begin, instruction, separate.
pub fn field_start(instruction: &str) -> Vec<Run> {
    vec![
        Run::new().add_field_char(FieldCharType::Begin, false),
        Run::new().add_instr_text(InstrText::Unsupported(format!(" {instruction} "))),
        Run::new().add_field_char(FieldCharType::Separate, false),
    ]
}

pub fn field_end() -> Run {
    Run::new().add_field_char(FieldCharType::End, false)
}

/// `meta.page_of` split at its `{page}` and `{pages}` placeholders.
#[derive(Debug, PartialEq)]
pub enum PagePart<'a> {
    Text(&'a str),
    Page,
    Pages,
}

pub fn page_parts(pattern: &str) -> Vec<PagePart<'_>> {
    let mut parts = Vec::new();
    let (mut literal, mut i) = (0, 0);
    while let Some(c) = pattern[i..].chars().next() {
        let tail = &pattern[i..];
        let hit = if tail.starts_with("{pages}") {
            Some((PagePart::Pages, "{pages}".len()))
        } else if tail.starts_with("{page}") {
            Some((PagePart::Page, "{page}".len()))
        } else {
            None
        };
        match hit {
            Some((part, len)) => {
                if literal < i {
                    parts.push(PagePart::Text(&pattern[literal..i]));
                }
                parts.push(part);
                i += len;
                literal = i;
            }
            None => i += c.len_utf8(),
        }
    }
    if literal < pattern.len() {
        parts.push(PagePart::Text(&pattern[literal..]));
    }
    parts
}

/// The footer: `meta.page_of` with `{page}` as a PAGE field and `{pages}` as NUMPAGES.
pub fn footer(page_of: &str) -> Footer {
    let mut p = Paragraph::new().style(STYLE_FOOTER);
    for part in page_parts(page_of) {
        let runs = match part {
            PagePart::Text(t) => vec![add_text(Run::new(), t)],
            PagePart::Page => field("PAGE", "1"),
            PagePart::Pages => field("NUMPAGES", "1"),
        };
        for r in runs {
            p = p.add_run(r);
        }
    }
    Footer::new().add_paragraph(p)
}

/// The running header: `meta.header`.
pub fn header(text: &str) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .style(STYLE_HEADER)
            .add_run(add_text(Run::new(), text)),
    )
}

/// An empty header for the cover page.
pub fn empty_header() -> Header {
    Header::new().add_paragraph(Paragraph::new().style(STYLE_HEADER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_of_splits_at_both_placeholders() {
        use PagePart::*;
        assert_eq!(
            page_parts("Pagina {page} van {pages}"),
            vec![Text("Pagina "), Page, Text(" van "), Pages]
        );
        assert_eq!(page_parts("{pages}/{page}"), vec![Pages, Text("/"), Page]);
        assert_eq!(page_parts("{x} {page"), vec![Text("{x} {page")]);
        assert_eq!(page_parts("p. {page}"), vec![Text("p. "), Page]);
        assert_eq!(
            page_parts("Seite {page}/{pages} ü"),
            vec![Text("Seite "), Page, Text("/"), Pages, Text(" ü")]
        );
    }
}
