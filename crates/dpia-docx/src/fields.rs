//! Word fields (PAGE, NUMPAGES, PAGEREF, TOC) and the running header and footer built from them.

use crate::run::text_runs;
use crate::styles::{NS_R, NS_W, STYLE_FOOTER, STYLE_HEADER, XML_DECL};
use crate::xml;

/// Appends the runs that open a field and its result: begin, instruction, separate.
pub fn field_start(out: &mut String, instruction: &str) {
    out.push_str(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ",
    );
    xml::text(out, instruction);
    out.push_str(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
}

pub fn field_end(out: &mut String) {
    out.push_str("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
}

/// A complete field with a cached result (`rpr`: run properties of the result).
pub fn field(out: &mut String, instruction: &str, cached: &str, rpr: &str) {
    field_start(out, instruction);
    text_runs(out, rpr, cached);
    field_end(out);
}

/// `pattern` split at its `{page}` and `{pages}` placeholders.
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

const HDR_NS: &str = "xmlns:w";

fn part(root: &str, style: &str, body: &str) -> String {
    format!(
        "{XML_DECL}<w:{root} {HDR_NS}=\"{NS_W}\" xmlns:r=\"{NS_R}\"><w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{body}</w:p></w:{root}>"
    )
}

/// The footer: `page_of` with `{page}` as a PAGE field and `{pages}` as NUMPAGES.
pub fn footer(page_of: &str) -> String {
    let mut body = String::new();
    for p in page_parts(page_of) {
        match p {
            PagePart::Text(t) => text_runs(&mut body, "", t),
            PagePart::Page => field(&mut body, "PAGE", "1", ""),
            PagePart::Pages => field(&mut body, "NUMPAGES", "1", ""),
        }
    }
    part("ftr", STYLE_FOOTER, &body)
}

/// The running header: `text`.
pub fn header(text: &str) -> String {
    let mut body = String::new();
    text_runs(&mut body, "", text);
    part("hdr", STYLE_HEADER, &body)
}

/// An empty header for the cover page.
pub fn empty_header() -> String {
    part("hdr", STYLE_HEADER, "")
}

/// The cover's footer: empty (no "page 1 of n" under the title, as the PDF).
pub fn empty_footer() -> String {
    part("ftr", STYLE_FOOTER, "")
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
