//! Inline content (text, strong, source markers, notes, placeholders, answers, references) as
//! WordprocessingML runs.

use std::collections::HashMap;

use crate::fields::{field, page_parts, PagePart};
use crate::run::text_runs;
use crate::styles::{SOURCE_SIZE, STYLE_HYPERLINK};
use crate::xml;
use dpia_document_model::{Inline, PLACEHOLDER_RGB, SOURCE_RGB};

/// A run holding one bidi isolate character.
fn isolate(out: &mut String, rpr: &str, c: char) {
    out.push_str("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    out.push_str("<w:t>");
    out.push(c);
    out.push_str("</w:t></w:r>");
}

/// The visible text of a source marker, e.g. `[statement item 15]`.
pub fn source_label(s: &str) -> String {
    format!("[{s}]")
}

/// Run properties of source markers and notes: small and grey.
fn small_rpr() -> String {
    format!("<w:color w:val=\"{SOURCE_RGB}\"/><w:sz w:val=\"{SOURCE_SIZE}\"/><w:szCs w:val=\"{SOURCE_SIZE}\"/>")
}

/// Placeholders: Word's yellow highlight when the shared colour is yellow, else shading.
fn placeholder_rpr() -> String {
    if PLACEHOLDER_RGB.eq_ignore_ascii_case("FFFF00") {
        "<w:highlight w:val=\"yellow\"/>".into()
    } else {
        format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{PLACEHOLDER_RGB}\"/>")
    }
}

/// Strong right-to-left characters (Hebrew, Arabic and related scripts).
fn has_rtl(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// What references need: the bookmark of each heading anchor, and `Meta::page_ref`; and the
/// bookmarks handed out (answers get one each).
pub struct Refs<'a> {
    pub bookmarks: &'a HashMap<String, String>,
    pub page_ref: &'a str,
    pub marks: &'a crate::comments::Marks,
}

/// Runs for a sequence of inlines with extra run properties `base` (e.g. bold in a header
/// cell). A source marker or note is separated from preceding text by a space when that text
/// does not already end in whitespace.
pub fn runs(out: &mut String, content: &[Inline], base: &str, refs: &Refs) {
    let mut prev_ends_in_space = true;
    for inline in content {
        let text = match inline {
            Inline::Text(s) => {
                text_runs(out, base, s);
                s.as_str()
            }
            Inline::Strong(s) => {
                let rpr = if base.contains("<w:b/>") {
                    base.to_string()
                } else {
                    format!("<w:b/><w:bCs/>{base}")
                };
                text_runs(out, &rpr, s);
                s.as_str()
            }
            Inline::Placeholder(s) => {
                text_runs(out, &format!("{base}{}", placeholder_rpr()), s);
                s.as_str()
            }
            Inline::Source(s) | Inline::Note(s) => {
                let sep = if prev_ends_in_space { "" } else { " " };
                let shown = match inline {
                    Inline::Source(_) => source_label(s),
                    _ => s.clone(),
                };
                text_runs(out, &small_rpr(), &format!("{sep}{shown}"));
                prev_ends_in_space = false;
                continue;
            }
            Inline::Answer(s) => {
                answer(out, base, s);
                s.as_str()
            }
            Inline::Field { text, pointer } => {
                // A content control tagged with the pointer (Word keeps the tag), holding a
                // hidden bookmark named after it (LibreOffice keeps that).
                let (id, name) = refs.marks.field(pointer);
                out.push_str("<w:sdt><w:sdtPr><w:tag w:val=\"");
                xml::attr(out, pointer);
                out.push_str("\"/></w:sdtPr><w:sdtContent>");
                out.push_str(&format!(
                    "<w:bookmarkStart w:id=\"{id}\" w:name=\"{name}\"/>"
                ));
                answer(out, base, text);
                out.push_str(&format!(
                    "<w:bookmarkEnd w:id=\"{id}\"/></w:sdtContent></w:sdt>"
                ));
                text.as_str()
            }
            Inline::Ref { text, target } => {
                reference(out, text, target, base, refs);
                text.as_str()
            }
        };
        if !text.is_empty() {
            prev_ends_in_space = text.ends_with(char::is_whitespace);
        }
    }
}

/// Words the client typed: right-to-left words are isolated from the text around them
/// (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), written as runs of their
/// own because text runs drop bidi controls.
fn answer(out: &mut String, base: &str, s: &str) {
    if has_rtl(s) {
        isolate(out, base, '\u{2068}');
        text_runs(out, base, s);
        isolate(out, base, '\u{2069}');
    } else {
        text_runs(out, base, s);
    }
}

/// A reference: an internal hyperlink to the heading's bookmark showing its text and, when
/// `page_ref` is set, "(p. N)" with N a PAGEREF field (Word fills it in when it updates
/// fields on opening; LibreOffice computes it as it lays the page out).
fn reference(out: &mut String, text: &str, target: &str, base: &str, refs: &Refs) {
    let Some(bm) = refs.bookmarks.get(target) else {
        text_runs(out, base, text);
        return;
    };
    let rpr = format!("<w:rStyle w:val=\"{STYLE_HYPERLINK}\"/>{base}");
    out.push_str("<w:hyperlink w:anchor=\"");
    xml::attr(out, bm);
    out.push_str("\" w:history=\"1\">");
    text_runs(out, &rpr, text);
    if !refs.page_ref.trim().is_empty() {
        text_runs(out, &rpr, "\u{00A0}(");
        for p in page_parts(refs.page_ref) {
            match p {
                PagePart::Text(t) => text_runs(out, &rpr, t),
                PagePart::Page | PagePart::Pages => {
                    field(out, &format!("PAGEREF {bm} \\h"), "", &rpr)
                }
            }
        }
        text_runs(out, &rpr, ")");
    }
    out.push_str("</w:hyperlink>");
}
