//! Test helpers: unzip a rendered .docx and read its XML parts as small element trees.
#![allow(dead_code)]

use dpia_document_model::{sample, Block, Document, Inline};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// Every part of a zip package, by name.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        parts.insert(f.name().to_string(), data);
    }
    parts
}

pub fn part(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
            .clone(),
    )
    .expect("UTF-8 XML")
}

#[derive(Debug, Clone)]
pub enum Node {
    El(El),
    Text(String),
}

#[derive(Debug, Clone, Default)]
pub struct El {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl El {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|c| match c {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Every descendant element (depth first, document order) with this name.
    pub fn find_all<'a>(&'a self, name: &str) -> Vec<&'a El> {
        let mut out = Vec::new();
        fn walk<'a>(e: &'a El, name: &str, out: &mut Vec<&'a El>) {
            for c in e.elements() {
                if c.name == name {
                    out.push(c);
                }
                walk(c, name, out);
            }
        }
        walk(self, name, &mut out);
        out
    }

    pub fn find<'a>(&'a self, name: &str) -> Option<&'a El> {
        self.find_all(name).into_iter().next()
    }

    /// All character data below this element, unescaped.
    /// The text, leaving out the elements named `skip` (e.g. LibreOffice's `office:annotation`,
    /// a comment anchored in a heading).
    pub fn text_without(&self, skip: &str) -> String {
        let mut s = String::new();
        fn walk(e: &El, skip: &str, s: &mut String) {
            for c in &e.children {
                match c {
                    Node::Text(t) => s.push_str(t),
                    Node::El(e) if e.name == skip => {}
                    Node::El(e) => walk(e, skip, s),
                }
            }
        }
        walk(self, skip, &mut s);
        s
    }

    pub fn text(&self) -> String {
        let mut s = String::new();
        fn walk(e: &El, s: &mut String) {
            for c in &e.children {
                match c {
                    Node::Text(t) => s.push_str(t),
                    Node::El(e) => walk(e, s),
                }
            }
        }
        walk(self, &mut s);
        s
    }

    /// The text of WordprocessingML runs below this element (`w:t` only, not field codes).
    pub fn w_text(&self) -> String {
        self.find_all("w:t").iter().map(|t| t.text()).collect()
    }
}

/// Parses a whole XML document; panics if it is not well-formed.
pub fn parse(xml: &str) -> El {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![El {
        name: "#document".into(),
        ..El::default()
    }];
    let decoder = reader.decoder();
    let open = |e: &quick_xml::events::BytesStart| El {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("well-formed attribute");
                #[allow(deprecated)]
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.decode_and_unescape_value(decoder)
                        .expect("attribute value")
                        .into_owned(),
                )
            })
            .collect(),
        children: Vec::new(),
    };
    let push_text = |stack: &mut Vec<El>, t: &str| {
        let top = stack.last_mut().unwrap();
        if let Some(Node::Text(prev)) = top.children.last_mut() {
            prev.push_str(t);
        } else {
            top.children.push(Node::Text(t.to_string()));
        }
    };
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed at {}: {e}", reader.buffer_position()))
        {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => {
                let el = open(&e);
                stack.last_mut().unwrap().children.push(Node::El(el));
            }
            Event::End(_) => {
                let el = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(Node::El(el));
            }
            Event::Text(t) => push_text(&mut stack, &t.decode().unwrap()),
            Event::CData(t) => push_text(&mut stack, &t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => match r.decode().unwrap().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("unknown entity &{other};"),
                    },
                };
                push_text(&mut stack, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    stack.pop().unwrap()
}

/// Paragraph style id of a `w:p` element, if any.
pub fn p_style(p: &El) -> Option<&str> {
    p.find("w:pPr")
        .and_then(|ppr| ppr.elements().find(|e| e.name == "w:pStyle"))
        .and_then(|s| s.attr("w:val"))
}

/// Field instructions (`w:instrText`) below an element, trimmed.
pub fn instructions(e: &El) -> Vec<String> {
    e.find_all("w:instrText")
        .iter()
        .map(|i| i.text().trim().to_string())
        .collect()
}

/// The stress document rendered, and its parts.
pub fn stress() -> (Document, BTreeMap<String, Vec<u8>>) {
    let doc = sample::stress("nl");
    let bytes = dpia_docx::render(&doc).expect("renders");
    (doc, unzip(&bytes))
}

pub fn body(parts: &BTreeMap<String, Vec<u8>>) -> El {
    parse(&part(parts, "word/document.xml"))
}

pub fn inline_text(i: &Inline) -> String {
    match i {
        Inline::Text(s)
        | Inline::Strong(s)
        | Inline::Placeholder(s)
        | Inline::Answer(s)
        | Inline::Note(s) => s.clone(),
        Inline::Ref { text, .. } | Inline::Field { text, .. } => text.clone(),
        Inline::Source(s) => format!("[{s}]"),
    }
}

pub fn small(blocks: Vec<Block>) -> Document {
    let mut doc = sample::stress("nl");
    doc.blocks = blocks;
    doc
}

pub fn style<'a>(styles: &'a El, id: &str) -> &'a El {
    styles
        .find_all("w:style")
        .into_iter()
        .find(|s| s.attr("w:styleId") == Some(id))
        .unwrap_or_else(|| panic!("style {id}"))
}
