//! Shared by the PDF tests: temp files, poppler and lopdf read-outs of a rendered PDF.
#![allow(dead_code)] // each test file uses a part

use std::path::{Path, PathBuf};
use std::process::Command;

use dpia_document_model::sample;
use dpia_document_model::{Block, Document, Inline};

pub const PAGE_W: f64 = 595.276;
pub const PAGE_H: f64 = 841.89;
pub const MARGIN: f64 = 56.693;
pub const TOL: f64 = 0.6;

pub fn stress(lang: &str) -> Document {
    sample::stress(lang)
}

pub fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = std::env::temp_dir().join(format!("dpia-pdf-test-{}-{name}.pdf", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Removes a test PDF unless DPIA_PDF_KEEP is set (to look at it).
pub fn cleanup(path: PathBuf) {
    if std::env::var_os("DPIA_PDF_KEEP").is_none() {
        std::fs::remove_file(path).ok();
    }
}

pub fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {cmd} ({e}): install the Debian package poppler-utils")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Text of each page in content-stream order.
pub fn pages_text(path: &Path) -> Vec<String> {
    let all = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"],
    );
    let mut pages: Vec<String> = all.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

pub fn pdfinfo(path: &Path) -> String {
    tool("pdfinfo", &[path.to_str().unwrap()])
}

pub fn info_field(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Word boxes per page: (xMin, yMin, xMax, yMax, word), y from the top.
pub type Word = (f64, f64, f64, f64, String);

pub fn word_boxes(path: &Path) -> Vec<Vec<Word>> {
    let html = tool(
        "pdftotext",
        &["-bbox", "-enc", "UTF-8", path.to_str().unwrap(), "-"],
    );
    let attr = |s: &str, name: &str| -> f64 {
        let k = format!("{name}=\"");
        let i = s.find(&k).unwrap() + k.len();
        let j = s[i..].find('"').unwrap();
        s[i..i + j].parse().unwrap()
    };
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let mut words = Vec::new();
        for w in chunk.split("<word ").skip(1) {
            let text_start = w.find('>').unwrap() + 1;
            let text_end = w.find("</word>").unwrap();
            words.push((
                attr(w, "xMin"),
                attr(w, "yMin"),
                attr(w, "xMax"),
                attr(w, "yMax"),
                w[text_start..text_end].to_string(),
            ));
        }
        pages.push(words);
    }
    pages
}

/// Text without whitespace and hyphens (hyphenation adds U+00AD soft hyphens at line ends).
pub fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

pub fn long_paragraph(doc: &Document) -> String {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph { content } => match content.as_slice() {
                [Inline::Text(t)] if t.len() >= 10_000 => Some(t.clone()),
                _ => None,
            },
            _ => None,
        })
        .expect("stress document has a 10,000-character paragraph")
}

pub fn footer(doc: &Document, page: usize, pages: usize) -> String {
    doc.meta
        .page_of
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string())
}

/// The page a destination points at: `[page /XYZ …]`, given directly or (as krilla writes it)
/// as a reference to such an array.
pub fn dest_page(doc: &lopdf::Document, dest: &lopdf::Object) -> lopdf::ObjectId {
    let (_, arr) = doc.dereference(dest).unwrap();
    arr.as_array().unwrap()[0].as_reference().unwrap()
}

/// (title, 1-based page) of every outline entry, depth first.
pub fn outline(bytes: &[u8]) -> Vec<(String, usize)> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let root = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut out = Vec::new();
    fn walk(
        doc: &lopdf::Document,
        first: Option<lopdf::ObjectId>,
        pages: &[lopdf::ObjectId],
        out: &mut Vec<(String, usize)>,
    ) {
        let mut cur = first;
        while let Some(id) = cur {
            let d = doc.get_dictionary(id).unwrap();
            let title = match d.get(b"Title").unwrap() {
                lopdf::Object::String(b, _) => {
                    if b.starts_with(&[0xFE, 0xFF]) {
                        let u: Vec<u16> = b[2..]
                            .chunks(2)
                            .map(|c| u16::from_be_bytes([c[0], c[1]]))
                            .collect();
                        String::from_utf16(&u).unwrap()
                    } else {
                        String::from_utf8(b.clone()).unwrap()
                    }
                }
                o => panic!("title {o:?}"),
            };
            let dest = dest_page(doc, d.get(b"Dest").unwrap());
            let page = pages.iter().position(|p| *p == dest).unwrap() + 1;
            out.push((title, page));
            walk(
                doc,
                d.get(b"First").ok().and_then(|o| o.as_reference().ok()),
                pages,
                out,
            );
            cur = d.get(b"Next").ok().and_then(|o| o.as_reference().ok());
        }
    }
    let first = doc
        .get_dictionary(root)
        .unwrap()
        .get(b"First")
        .unwrap()
        .as_reference()
        .unwrap();
    walk(&doc, Some(first), &pages, &mut out);
    out
}

pub fn has_tool(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
}

/// Lines of `pdfinfo -struct-text`: (depth, line) with the indentation removed.
pub fn struct_text(path: &Path) -> Vec<(usize, String)> {
    tool("pdfinfo", &["-struct-text", path.to_str().unwrap()])
        .lines()
        .map(|l| {
            let t = l.trim_start();
            ((l.len() - t.len()) / 2, t.to_string())
        })
        .collect()
}

/// Text of a string object (UTF-16BE with BOM or PDFDocEncoding/ASCII).
pub fn pdf_text(o: &lopdf::Object) -> String {
    match o {
        lopdf::Object::String(b, _) if b.starts_with(&[0xFE, 0xFF]) => {
            let u: Vec<u16> = b[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&u).unwrap()
        }
        lopdf::Object::String(b, _) => String::from_utf8(b.clone()).unwrap(),
        o => panic!("not a string: {o:?}"),
    }
}
