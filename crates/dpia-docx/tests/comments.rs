//! Review comments as Word comments, read back: the stress document's comments (on an answer
//! with two replies, on a heading, one whose place is not in the document) come back from the
//! rendered DOCX with their authors, dates, texts, replies and the answer they are anchored to;
//! a comment added inside an answer's content control or on its paragraph is traced to its
//! pointer, by the tag or, when a program dropped the tag, by the answer's hidden bookmark.

mod common;

use common::*;
use dpia_docx::{field_bookmark, read_comments, Place, WordComment};

fn by_text<'a>(list: &'a [WordComment], text: &str) -> &'a WordComment {
    list.iter()
        .find(|c| c.text.starts_with(text))
        .unwrap_or_else(|| panic!("no comment {text:?} in {list:#?}"))
}

#[test]
fn stress_comments_come_back_with_replies_and_places() {
    let (doc, _) = stress();
    let bytes = dpia_docx::render(&doc).unwrap();
    let list = read_comments(&bytes).unwrap();
    // (comment text start, replies to it, anchored to)
    let expected: [(&str, Option<&str>, Option<Place>); 5] = [
        (
            "Waarom is dit nodig?",
            None,
            Some(Place::Tag("/controller/necessity".into())),
        ),
        (
            "Zie bijlage 2.",
            Some("Waarom is dit nodig?"),
            Some(Place::Tag("/controller/necessity".into())),
        ),
        (
            "",
            Some("Waarom is dit nodig?"),
            Some(Place::Tag("/controller/necessity".into())),
        ),
        ("Over het lange woord.", None, None),
        ("Algemeen.", None, None),
    ];
    assert_eq!(list.len(), expected.len(), "{list:#?}");
    for (c, (text, parent, place)) in list.iter().zip(expected) {
        assert!(c.text.starts_with(text), "{c:#?}");
        let parent = parent.map(|p| by_text(&list, p).id.clone());
        assert_eq!(c.parent, parent, "{c:#?}");
        assert_eq!(c.place, place, "{c:#?}");
    }
    let first = by_text(&list, "Waarom");
    assert_eq!(first.initials, "FG");
    assert_eq!(first.date, "2026-12-02T10:15:00Z");
    assert!(
        first.text.contains("\nTweede regel\twith a tab & <markup>"),
        "{first:?}"
    );
    // Control characters never reach the file.
    assert!(!first.text.contains('\u{0}') && !first.text.contains('\u{1B}'));
    assert!(first.author.ends_with("(FG)"));
}

/// The document part with one comment added the way Word stores one: a range around `inner`
/// in the paragraph holding `anchor_text`, its reference after the range.
fn with_comment(document: &str, around: &str, id: u32) -> String {
    let at = document
        .find(around)
        .unwrap_or_else(|| panic!("{around:?} not in the body"));
    let (before, after) = document.split_at(at);
    let after = &after[around.len()..];
    format!(
        "{before}<w:commentRangeStart w:id=\"{id}\"/>{around}<w:commentRangeEnd w:id=\"{id}\"/>\
         <w:r><w:commentReference w:id=\"{id}\"/></w:r>{after}"
    )
}

#[test]
fn a_comment_in_a_tagged_answer_or_its_bookmark_names_the_pointer() {
    let (doc, _) = stress();
    let bytes = dpia_docx::render(&doc).unwrap();
    let parts = unzip(&bytes);
    let body = part(&parts, "word/document.xml");
    let bm = field_bookmark("/controller/necessity");
    let start = format!("<w:bookmarkStart w:id=\"");
    // The bookmark start of the answer, as written.
    let i = body
        .find(&format!("w:name=\"{bm}\""))
        .expect("answer bookmark");
    let s = body[..i].rfind(&start).unwrap();
    let mark = &body[s..body[i..].find("/>").unwrap() + i + 2];
    for (name, document) in [
        ("tagged", with_comment(&body, mark, 90)),
        (
            "tag dropped",
            with_comment(&body, mark, 90).replace("<w:tag w:val=\"/controller/necessity\"/>", ""),
        ),
    ] {
        let comments = part(&parts, "word/comments.xml").replace(
            "</w:comments>",
            "<w:comment w:id=\"90\" w:author=\"Fenna\" w:date=\"2026-12-04T09:00:00Z\">\
             <w:p><w:r><w:t>Klopt dit?</w:t></w:r></w:p></w:comment></w:comments>",
        );
        let mut changed = parts.clone();
        changed.insert("word/document.xml".into(), document.into_bytes());
        changed.insert("word/comments.xml".into(), comments.into_bytes());
        let list = read_comments(&zip(&changed)).unwrap();
        let c = by_text(&list, "Klopt dit?");
        let want = if name == "tagged" {
            Place::Tag("/controller/necessity".into())
        } else {
            Place::Bookmark(bm.clone())
        };
        assert_eq!(c.place, Some(want), "{name}");
        assert_eq!(
            (c.author.as_str(), c.parent.as_ref()),
            ("Fenna", None),
            "{name}"
        );
    }
}

#[test]
fn a_document_without_comments_has_none() {
    let mut doc = small(vec![]);
    doc.meta.comments.clear();
    let bytes = dpia_docx::render(&doc).unwrap();
    assert_eq!(read_comments(&bytes).unwrap(), vec![]);
}

/// The parts zipped again.
fn zip(parts: &std::collections::BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in parts {
        z.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}
