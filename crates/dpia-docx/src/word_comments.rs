//! Word comments read back from a `.docx` the reviewer edited (in Word or LibreOffice): each
//! comment's author, initials, date and text (`word/comments.xml`), the comment it replies to
//! (`word/commentsExtended.xml`, Word's `paraIdParent`), and where it is anchored in
//! `word/document.xml`: inside an answer's content control (its tag is the answer's pointer) or
//! its hidden bookmark (`_dpia_…`, which LibreOffice keeps when it drops the tag), else on the
//! paragraph that holds one. Nothing is interpreted here; the caller decides what a comment
//! belongs to. Reading is bounded like [`read_attachment`](crate::read_attachment): the bounded
//! zip reader, and nesting counted up to [`MAX_XML_DEPTH`](crate::MAX_XML_DEPTH).

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Seek};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::comments::FIELD_BOOKMARK_PREFIX;
use crate::read::MAX_XML_DEPTH;
use crate::unzip::Zip;
use crate::DocxError;

/// One Word comment (or reply) as the document has it. Text is as Word stored it (the caller
/// cleans it like every other text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordComment {
    /// Word's id of the comment (unique within the document).
    pub id: String,
    pub author: String,
    pub initials: String,
    /// As Word wrote it (usually RFC 3339; LibreOffice may leave out the zone); may be empty.
    pub date: String,
    /// The text, one line per paragraph.
    pub text: String,
    /// Word's id of the comment this one replies to.
    pub parent: Option<String>,
    /// Where it is anchored, when that is an answer.
    pub place: Option<Place>,
}

/// An answer a comment is anchored to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The tag of the content control (our answers' pointers, e.g. `/controller/necessity`).
    Tag(String),
    /// The name of the answer's hidden bookmark (see [`field_bookmark`](crate::field_bookmark)).
    Bookmark(String),
}

fn part_error(part: &str, reason: impl Into<String>) -> DocxError {
    DocxError::Package {
        part: part.into(),
        reason: reason.into(),
    }
}

/// The local name of an element or attribute (after its prefix).
fn local(name: &[u8]) -> &[u8] {
    name.iter()
        .rposition(|c| *c == b':')
        .map_or(name, |i| &name[i + 1..])
}

fn attrs(part: &str, e: &BytesStart) -> Result<HashMap<Vec<u8>, String>, DocxError> {
    let mut out = HashMap::new();
    for a in e.attributes() {
        let a = a.map_err(|err| part_error(part, err.to_string()))?;
        let v = a
            .normalized_value(quick_xml::XmlVersion::default())
            .map_err(|err| part_error(part, err.to_string()))?
            .into_owned();
        out.insert(local(a.key.as_ref()).to_vec(), v);
    }
    Ok(out)
}

/// Walks the XML of `part`, calling `f` with each event and the depth it opens or closes at;
/// deeper than [`MAX_XML_DEPTH`] is an error.
fn walk(
    part: &str,
    data: &[u8],
    mut f: impl FnMut(&Event) -> Result<(), DocxError>,
) -> Result<(), DocxError> {
    let mut reader = Reader::from_reader(data);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| part_error(part, e.to_string()))?;
        match &ev {
            Event::Eof => break,
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(DocxError::TooDeep {
                        max: MAX_XML_DEPTH as u64,
                        part: part.into(),
                    });
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        f(&ev)?;
        buf.clear();
    }
    Ok(())
}

/// The Word comments of `docx` (none when it has no comments part), in the order of
/// `comments.xml`.
pub fn read_comments(docx: &[u8]) -> Result<Vec<WordComment>, DocxError> {
    read_comments_from(Cursor::new(docx))
}

/// [`read_comments`] from a file (or anything that reads and seeks).
pub fn read_comments_from<R: Read + Seek>(docx: R) -> Result<Vec<WordComment>, DocxError> {
    let wanted = [
        "word/comments.xml",
        "word/commentsextended.xml",
        "word/document.xml",
    ];
    let (mut zip, parts) = Zip::open(docx, |name| {
        wanted.contains(&name.to_ascii_lowercase().as_str())
    })?;
    let mut data: HashMap<String, Vec<u8>> = HashMap::new();
    for e in &parts {
        data.insert(e.name.to_ascii_lowercase(), zip.read(e)?);
    }
    let Some(comments) = data.get("word/comments.xml") else {
        return Ok(Vec::new());
    };
    let (mut list, para_of) = comments_part("word/comments.xml", comments)?;
    if let Some(ext) = data.get("word/commentsextended.xml") {
        let parents = parents("word/commentsExtended.xml", ext)?;
        // paraId of a comment's last paragraph → the comment's Word id.
        let by_para: HashMap<&str, &str> = para_of
            .iter()
            .map(|(id, p)| (p.as_str(), id.as_str()))
            .collect();
        let mut parent_of = HashMap::new();
        for (child, parent) in &parents {
            if let (Some(c), Some(p)) = (by_para.get(child.as_str()), by_para.get(parent.as_str()))
            {
                parent_of.insert(c.to_string(), p.to_string());
            }
        }
        for c in &mut list {
            c.parent = parent_of.get(&c.id).cloned();
        }
    }
    if let Some(doc) = data.get("word/document.xml") {
        let places = places("word/document.xml", doc)?;
        for c in &mut list {
            c.place = places.get(&c.id).cloned();
        }
    }
    Ok(list)
}

/// The comments and the paraId of each one's last paragraph (by Word id).
type CommentsPart = (Vec<WordComment>, Vec<(String, String)>);

fn comments_part(part: &str, data: &[u8]) -> Result<CommentsPart, DocxError> {
    let mut list = Vec::new();
    let mut paras = Vec::new();
    let mut current: Option<(WordComment, Vec<String>, Option<String>)> = None;
    let mut in_text = false;
    walk(part, data, |ev| {
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = local(e.name().as_ref()).to_vec();
                match name.as_slice() {
                    b"comment" if current.is_none() => {
                        let a = attrs(part, e)?;
                        let get = |k: &[u8]| a.get(k).cloned().unwrap_or_default();
                        current = Some((
                            WordComment {
                                id: get(b"id"),
                                author: get(b"author"),
                                initials: get(b"initials"),
                                date: get(b"date"),
                                text: String::new(),
                                parent: None,
                                place: None,
                            },
                            Vec::new(),
                            None,
                        ));
                    }
                    b"p" => {
                        if let Some((_, lines, para)) = &mut current {
                            lines.push(String::new());
                            *para = attrs(part, e)?.get(b"paraId".as_slice()).cloned();
                        }
                    }
                    b"t" => in_text = matches!(ev, Event::Start(_)),
                    b"tab" => {
                        if let Some((_, lines, _)) = &mut current {
                            if let Some(l) = lines.last_mut() {
                                l.push('\t');
                            }
                        }
                    }
                    b"br" | b"cr" => {
                        if let Some((_, lines, _)) = &mut current {
                            lines.push(String::new());
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                if let Some((_, lines, _)) = &mut current {
                    let text = t
                        .decode()
                        .map_err(|err| part_error(part, err.to_string()))?;
                    let text = quick_xml::escape::unescape(&text)
                        .map_err(|err| part_error(part, err.to_string()))?;
                    if lines.is_empty() {
                        lines.push(String::new());
                    }
                    lines.last_mut().expect("one line").push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some((_, lines, _)) = &mut current {
                    let name = r
                        .decode()
                        .map_err(|err| part_error(part, err.to_string()))?;
                    let entity = format!("&{name};");
                    let text = quick_xml::escape::unescape(&entity)
                        .map_err(|err| part_error(part, err.to_string()))?;
                    if lines.is_empty() {
                        lines.push(String::new());
                    }
                    lines.last_mut().expect("one line").push_str(&text);
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                b"t" => in_text = false,
                b"comment" => {
                    if let Some((mut c, lines, para)) = current.take() {
                        c.text = lines.join("\n").trim().to_string();
                        if let Some(p) = para {
                            paras.push((c.id.clone(), p));
                        }
                        list.push(c);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        Ok(())
    })?;
    Ok((list, paras))
}

/// `commentsExtended.xml`: (paraId, paraIdParent) of each reply.
fn parents(part: &str, data: &[u8]) -> Result<Vec<(String, String)>, DocxError> {
    let mut out = Vec::new();
    walk(part, data, |ev| {
        if let Event::Start(e) | Event::Empty(e) = ev {
            if local(e.name().as_ref()) == b"commentEx" {
                let a = attrs(part, e)?;
                if let (Some(p), Some(parent)) = (
                    a.get(b"paraId".as_slice()),
                    a.get(b"paraIdParent".as_slice()),
                ) {
                    out.push((p.clone(), parent.clone()));
                }
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// Where each comment (by Word id) is anchored, when that is an answer: the answer its range
/// starts in or reaches, else the first answer of the paragraph it starts in.
fn places(part: &str, data: &[u8]) -> Result<HashMap<String, Place>, DocxError> {
    let mut out: HashMap<String, Place> = HashMap::new();
    // Content controls open (their tag, if ours), and our bookmarks open (by bookmark id).
    let mut sdts: Vec<Option<String>> = Vec::new();
    let mut in_sdt_pr = false;
    let mut marks: Vec<(String, String)> = Vec::new();
    // Comments whose range is open and that have no place yet.
    let mut pending: HashSet<String> = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    // Comments started in the current paragraph without a place; the paragraph's first answer.
    let mut para_comments: Vec<String> = Vec::new();
    let mut para_place: Option<Place> = None;
    let here = |sdts: &[Option<String>], marks: &[(String, String)]| -> Option<Place> {
        sdts.iter()
            .rev()
            .flatten()
            .next()
            .map(|t| Place::Tag(t.clone()))
            .or_else(|| marks.last().map(|(_, n)| Place::Bookmark(n.clone())))
    };
    walk(part, data, |ev| {
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let start = matches!(ev, Event::Start(_));
                match local(e.name().as_ref()) {
                    b"p" if start => {
                        para_comments.clear();
                        para_place = None;
                    }
                    b"sdt" if start => sdts.push(None),
                    b"sdtPr" if start => in_sdt_pr = true,
                    b"tag" if in_sdt_pr => {
                        let tag = attrs(part, e)?.get(b"val".as_slice()).cloned();
                        if let (Some(top), Some(t)) = (sdts.last_mut(), tag) {
                            if t.starts_with('/') {
                                *top = Some(t);
                            }
                        }
                    }
                    b"bookmarkStart" => {
                        let a = attrs(part, e)?;
                        if let (Some(id), Some(name)) =
                            (a.get(b"id".as_slice()), a.get(b"name".as_slice()))
                        {
                            if name.starts_with(FIELD_BOOKMARK_PREFIX) {
                                marks.push((id.clone(), name.clone()));
                            }
                        }
                    }
                    b"bookmarkEnd" => {
                        if let Some(id) = attrs(part, e)?.get(b"id".as_slice()) {
                            marks.retain(|(i, _)| i != id);
                        }
                    }
                    // A range opens a comment; a reference without a range before it marks
                    // a point (its paragraph counts).
                    b"commentRangeStart" => {
                        if let Some(id) = attrs(part, e)?.get(b"id".as_slice()) {
                            if seen.insert(id.clone()) {
                                pending.insert(id.clone());
                                para_comments.push(id.clone());
                            }
                        }
                    }
                    b"commentReference" => {
                        if let Some(id) = attrs(part, e)?.get(b"id".as_slice()) {
                            if seen.insert(id.clone()) {
                                para_comments.push(id.clone());
                            }
                        }
                    }
                    b"commentRangeEnd" => {
                        if let Some(id) = attrs(part, e)?.get(b"id".as_slice()) {
                            pending.remove(id);
                        }
                    }
                    _ => {}
                }
                if let Some(p) = here(&sdts, &marks) {
                    for id in pending.drain() {
                        out.entry(id).or_insert_with(|| p.clone());
                    }
                    para_place.get_or_insert(p);
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                b"sdtPr" => in_sdt_pr = false,
                b"sdt" => {
                    sdts.pop();
                }
                b"p" => {
                    if let Some(p) = &para_place {
                        for id in para_comments.drain(..) {
                            out.entry(id).or_insert_with(|| p.clone());
                        }
                    }
                    pending.retain(|id| !out.contains_key(id));
                }
                _ => {}
            },
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}
