//! Review comments as Word comments: where each is anchored (the paragraph holding the answer it
//! is about, else its section's heading, else the first paragraph), `word/comments.xml` with the
//! text, and `word/commentsExtended.xml` that makes replies replies (Word's `paraIdParent`).
//! Answers with a pointer are content controls tagged with the pointer, holding a hidden
//! bookmark named after it ([`field_bookmark`]): LibreOffice drops a content control's tag when
//! it saves a document again, but keeps bookmarks, so the place survives either program.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use dpia_document_model::{Block, DocComment, Document, Inline};

use crate::styles::{NS_W, XML_DECL};
use crate::xml;

/// Word 2010's namespace (`w14:paraId`) and Word 2012's (`commentsExtended`).
pub const NS_W14: &str = "http://schemas.microsoft.com/office/word/2010/wordml";
pub const NS_W15: &str = "http://schemas.microsoft.com/office/word/2012/wordml";
const NS_MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The prefix of the hidden bookmarks that mark answers.
pub const FIELD_BOOKMARK_PREFIX: &str = "_dpia_";

/// The name of the hidden bookmark around an answer to `pointer`: `_dpia_` and 16 hex digits of
/// the pointer's hash (a bookmark name has at most 40 characters; a pointer may be longer). A
/// second answer to the same pointer gets `_2`, a third `_3` … appended.
pub fn field_bookmark(pointer: &str) -> String {
    let h = dpia_document_model::hash::hash128(&[pointer.as_bytes()]);
    let hex: String = h[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{FIELD_BOOKMARK_PREFIX}{hex}")
}

/// Bookmark ids and names handed out while the body is written (headings and answers share
/// the id sequence; names are unique).
#[derive(Default)]
pub struct Marks {
    next: Cell<usize>,
    names: RefCell<HashMap<String, usize>>,
}

impl Marks {
    pub fn next_id(&self) -> usize {
        self.next.set(self.next.get() + 1);
        self.next.get()
    }

    /// The id and (unique) bookmark name of the next answer to `pointer`.
    pub fn field(&self, pointer: &str) -> (usize, String) {
        let base = field_bookmark(pointer);
        let mut names = self.names.borrow_mut();
        let n = names.entry(base.clone()).or_insert(0);
        *n += 1;
        let name = if *n == 1 { base } else { format!("{base}_{n}") };
        (self.next_id(), name)
    }
}

/// Where a comment goes.
#[derive(Debug, Clone, PartialEq)]
enum Place {
    Pointer(String),
    Anchor(String),
    Start,
}

/// The comments of a document and where each is anchored while the body is written.
pub struct Plan {
    places: Vec<Place>,
    /// Word's numeric ids: the comment's, then its replies'.
    ids: Vec<Vec<u32>>,
    placed: Vec<bool>,
    /// A paragraph without an answer has been written (comments of no place go on the first).
    started: bool,
}

fn inlines_of(b: &Block) -> Vec<&[Inline]> {
    match b {
        Block::Paragraph { content }
        | Block::Callout { content, .. }
        | Block::Quote { content } => {
            vec![content]
        }
        Block::Bullets { items } => items.iter().map(|i| i.as_slice()).collect(),
        Block::Table { table } => table
            .rows
            .iter()
            .flatten()
            .map(|c| c.content.as_slice())
            .collect(),
        _ => Vec::new(),
    }
}

impl Plan {
    pub fn new(doc: &Document) -> Plan {
        let mut pointers = HashSet::new();
        let mut anchors = HashSet::new();
        for b in &doc.blocks {
            if let Block::Heading {
                anchor: Some(a), ..
            } = b
            {
                anchors.insert(a.as_str());
            }
            for content in inlines_of(b) {
                for i in content {
                    if let Inline::Field { pointer, .. } = i {
                        pointers.insert(pointer.as_str());
                    }
                }
            }
        }
        let mut next = 0u32;
        let mut ids = Vec::new();
        let places = doc
            .meta
            .comments
            .iter()
            .map(|c| {
                ids.push(
                    (0..=c.replies.len())
                        .map(|_| {
                            next += 1;
                            next - 1
                        })
                        .collect(),
                );
                match (&c.pointer, &c.anchor) {
                    (Some(p), _) if pointers.contains(p.as_str()) => Place::Pointer(p.clone()),
                    (_, Some(a)) if anchors.contains(a.as_str()) => Place::Anchor(a.clone()),
                    _ => Place::Start,
                }
            })
            .collect::<Vec<_>>();
        Plan {
            placed: vec![false; places.len()],
            places,
            ids,
            started: false,
        }
    }

    /// The Word ids of the comments (and their replies) anchored on the paragraph being
    /// written: the one holding `content`, or the heading with `anchor`; the first paragraph
    /// without an answer takes those that have no place. Each comment is anchored once.
    pub fn here(&mut self, content: &[Inline], anchor: Option<&str>) -> Vec<u32> {
        // Comments of no place go on the first paragraph without an answer (on one with an
        // answer, they would be read back as about that answer).
        let plain = !content.iter().any(|x| matches!(x, Inline::Field { .. }));
        let first = plain && !std::mem::replace(&mut self.started, true);
        let mut out = Vec::new();
        for (i, place) in self.places.iter().enumerate() {
            if self.placed[i] {
                continue;
            }
            let here = match place {
                Place::Pointer(p) => content
                    .iter()
                    .any(|x| matches!(x, Inline::Field { pointer, .. } if pointer == p)),
                Place::Anchor(a) => anchor == Some(a.as_str()),
                Place::Start => first,
            };
            if here {
                self.placed[i] = true;
                out.extend(&self.ids[i]);
            }
        }
        out
    }
}

impl Plan {
    /// The Word ids of comments not anchored yet (none when the body has a paragraph).
    pub fn rest(&mut self) -> Vec<u32> {
        let mut out = Vec::new();
        for (i, placed) in self.placed.iter_mut().enumerate() {
            if !*placed {
                *placed = true;
                out.extend(&self.ids[i]);
            }
        }
        out
    }
}

/// The start of the comment ranges, right after the paragraph's properties.
pub fn range_starts(out: &mut String, ids: &[u32]) {
    for id in ids {
        out.push_str(&format!("<w:commentRangeStart w:id=\"{id}\"/>"));
    }
}

/// The end of the comment ranges and the comments' reference marks, before the paragraph ends.
pub fn range_ends(out: &mut String, ids: &[u32]) {
    for id in ids {
        out.push_str(&format!(
            "<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>"
        ));
    }
}

/// The `w14:paraId` of the last paragraph of comment `n` (its Word id), which identifies the
/// comment in `commentsExtended.xml`: eight hex digits below 0x80000000, unique per comment.
fn para_id(n: u32) -> String {
    format!("{:08X}", 0x1000_0000u32 + n.min(0x6FFF_FFFF))
}

/// One `w:comment`: its text as paragraphs (one per line), the last one's paragraph id.
fn comment(out: &mut String, id: u32, author: &str, initials: &str, date: &str, text: &str) {
    out.push_str(&format!("<w:comment w:id=\"{id}\" w:author=\""));
    xml::attr(out, author);
    out.push('"');
    if !date.trim().is_empty() {
        out.push_str(" w:date=\"");
        xml::attr(out, date.trim());
        out.push('"');
    }
    if !initials.trim().is_empty() {
        out.push_str(" w:initials=\"");
        xml::attr(out, initials.trim());
        out.push('"');
    }
    out.push('>');
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        if i + 1 == lines.len() {
            out.push_str(&format!("<w:p w14:paraId=\"{}\">", para_id(id)));
        } else {
            out.push_str("<w:p>");
        }
        crate::run::text_runs(out, "", line);
        out.push_str("</w:p>");
    }
    out.push_str("</w:comment>");
}

/// `word/comments.xml`.
pub fn comments_xml(comments: &[DocComment], plan: &Plan) -> String {
    let mut x = format!(
        "{XML_DECL}<w:comments xmlns:w=\"{NS_W}\" xmlns:w14=\"{NS_W14}\" xmlns:mc=\"{NS_MC}\" \
         mc:Ignorable=\"w14\">"
    );
    for (c, ids) in comments.iter().zip(&plan.ids) {
        comment(&mut x, ids[0], &c.author, &c.initials, &c.date, &c.text);
        for (r, id) in c.replies.iter().zip(&ids[1..]) {
            comment(&mut x, *id, &r.author, &r.initials, &r.date, &r.text);
        }
    }
    x.push_str("</w:comments>");
    x
}

/// `word/commentsExtended.xml`: every comment open (`done="0"`), replies pointing at their
/// comment.
pub fn comments_extended_xml(comments: &[DocComment], plan: &Plan) -> String {
    let mut x = format!("{XML_DECL}<w15:commentsEx xmlns:w15=\"{NS_W15}\">");
    for ids in plan.ids.iter().take(comments.len()) {
        let parent = para_id(ids[0]);
        x.push_str(&format!(
            "<w15:commentEx w15:paraId=\"{parent}\" w15:done=\"0\"/>"
        ));
        for id in &ids[1..] {
            x.push_str(&format!(
                "<w15:commentEx w15:paraId=\"{}\" w15:paraIdParent=\"{parent}\" w15:done=\"0\"/>",
                para_id(*id)
            ));
        }
    }
    x.push_str("</w15:commentsEx>");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_bookmarks_are_short_hidden_and_unique() {
        let b = field_bookmark("/follow_ups/special_category_exceptions/racial_ethnic_origin/note");
        assert!(b.starts_with("_dpia_") && b.len() == 22, "{b}");
        assert_ne!(field_bookmark("/a"), field_bookmark("/b"));
        let marks = Marks::default();
        let (a, first) = marks.field("/a");
        let (b, second) = marks.field("/a");
        assert_eq!(second, format!("{first}_2"));
        assert!(second.len() <= 40 && a != b);
    }

    #[test]
    fn paragraph_ids_fit_word() {
        let p = u32::from_str_radix(&para_id(999), 16).unwrap();
        assert!(p < 0x8000_0000 && para_id(1) != para_id(2));
        assert!(u32::from_str_radix(&para_id(u32::MAX), 16).unwrap() < 0x8000_0000);
    }
}
