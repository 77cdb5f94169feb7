//! The review round through Word: the hospital's starter as DOCX carries its open review
//! comments as Word comments on the answer they are about (a resolved one stays out), and the
//! comments a reviewer adds in the DOCX (a new one on an answer, a reply to ours) come back
//! into the assessment marked as from Word, once; a DOCX the reviewer edited and LibreOffice
//! saved again (`tests/documents/hospital.review.libreoffice.docx`, see [`word_edit`] for how
//! it was made) gives the new comment on the right question.

use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, Comment, CommentOrigin, CommentStatus};
use dpia_documents::{build, render, review, Format, Kind};
use dpia_docx::Place;
use dpia_i18n::Lang;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn at(t: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(t).unwrap().to_utc()
}

fn comment(id: &str, target: &str, text: &str, status: CommentStatus) -> Comment {
    Comment {
        id: id.into(),
        target: target.into(),
        author: "Fenna de Graaf".into(),
        role: "FG".into(),
        at: at("2026-12-02T10:15:00Z"),
        text: text.into(),
        status,
        resolved_by: String::new(),
        resolved_at: None,
        replies: Vec::new(),
        origin: CommentOrigin::App,
        answer: None,
    }
}

/// The hospital with two answers of part B and two comments of the FG, one resolved.
fn hospital() -> Assessment {
    let mut a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    a.id = "hospital-review".into();
    a.controller.necessity = "Zonder dashboards geen zicht op de wachttijden.".into();
    a.controller.proportionality = "Alleen gepseudonimiseerde gegevens per afdeling.".into();
    a.comments = vec![
        comment(
            "c1",
            "/controller/necessity",
            "Waarom is dit nodig voor de managementinformatie?",
            CommentStatus::Open,
        ),
        comment(
            "c2",
            "risk:unauthorised_access",
            "Akkoord.",
            CommentStatus::Resolved,
        ),
    ];
    a
}

fn docx(a: &Assessment) -> Vec<u8> {
    let st = dpia_golden::statement_for(a);
    let doc = build(
        Kind::Starter,
        &st,
        a,
        Lang::Nl,
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
    );
    render(&doc, Format::Docx).unwrap()
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().to_string(), data)
        })
        .collect()
}

fn zip(parts: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in parts {
        z.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts[name].clone()).unwrap()
}

/// The reviewer's edit, as Word stores it: a comment (id 50) on the paragraph of the
/// proportionality answer (range around the whole paragraph's runs), and a reply (id 51) to
/// our comment on the necessity answer, linked in `commentsExtended.xml`.
///
/// The committed fixture is this edit saved again by LibreOffice 7.4:
/// `DPIA_REVIEW_FIXTURE=/tmp/review.docx cargo test -p dpia-documents --test review`, then
/// `soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir OUT /tmp/review.docx`
/// and OUT/review.docx copied to `tests/documents/hospital.review.libreoffice.docx`.
fn word_edit(bytes: &[u8]) -> Vec<u8> {
    let mut parts = unzip(bytes);
    let body = text(&parts, "word/document.xml");
    let bm = dpia_docx::field_bookmark("/controller/proportionality");
    let i = body.find(&bm).expect("proportionality answer");
    let p = body[..i].rfind("<w:p>").expect("its paragraph");
    let first_run = p + body[p..].find("<w:r>").unwrap();
    let end = i + body[i..].find("</w:p>").unwrap();
    let body = format!(
        "{}<w:commentRangeStart w:id=\"50\"/>{}<w:commentRangeEnd w:id=\"50\"/>\
         <w:r><w:commentReference w:id=\"50\"/></w:r>{}",
        &body[..first_run],
        &body[first_run..end],
        &body[end..]
    );
    let comments = text(&parts, "word/comments.xml").replace(
        "</w:comments>",
        "<w:comment w:id=\"50\" w:author=\"Jan Jansen (CISO)\" w:date=\"2026-12-04T09:30:00Z\" \
         w:initials=\"JJ\"><w:p w14:paraId=\"7A000001\"><w:r><w:t>Is dit in verhouding tot \
         het doel?</w:t></w:r></w:p></w:comment>\
         <w:comment w:id=\"51\" w:author=\"Piet Bakker\" w:date=\"2026-12-04T10:00:00Z\" \
         w:initials=\"PB\"><w:p w14:paraId=\"7A000002\"><w:r><w:t>Zie het \
         projectplan.</w:t></w:r></w:p></w:comment></w:comments>",
    );
    // Our comment's paragraph id, from commentsExtended.xml.
    let ext = text(&parts, "word/commentsExtended.xml");
    let k = ext.find("w15:paraId=\"").unwrap() + 12;
    let ours = &ext[k..k + 8];
    let ext = ext.replace(
        "</w15:commentsEx>",
        &format!(
            "<w15:commentEx w15:paraId=\"7A000001\" w15:done=\"0\"/>\
             <w15:commentEx w15:paraId=\"7A000002\" w15:paraIdParent=\"{ours}\" \
             w15:done=\"0\"/></w15:commentsEx>"
        ),
    );
    // The reply's range is its parent's, as Word writes it: on the necessity answer.
    let body = body.replacen(
        "<w:commentRangeStart w:id=\"0\"/>",
        "<w:commentRangeStart w:id=\"0\"/><w:commentRangeStart w:id=\"51\"/>",
        1,
    );
    let body = body.replacen(
        "<w:commentRangeEnd w:id=\"0\"/>",
        "<w:commentRangeEnd w:id=\"0\"/><w:commentRangeEnd w:id=\"51\"/>\
         <w:r><w:commentReference w:id=\"51\"/></w:r>",
        1,
    );
    parts.insert("word/document.xml".into(), body.into_bytes());
    parts.insert("word/comments.xml".into(), comments.into_bytes());
    parts.insert("word/commentsExtended.xml".into(), ext.into_bytes());
    zip(&parts)
}

#[test]
fn open_comments_are_word_comments_on_their_answer() {
    let a = hospital();
    let list = dpia_docx::read_comments(&docx(&a)).unwrap();
    assert_eq!(list.len(), 1, "only the open comment: {list:#?}");
    let c = &list[0];
    assert_eq!(c.author, "Fenna de Graaf (FG)");
    assert_eq!(c.initials, "FDG");
    assert_eq!(c.date, "2026-12-02T10:15:00Z");
    assert_eq!(c.text, "Waarom is dit nodig voor de managementinformatie?");
    assert_eq!(c.place, Some(Place::Tag("/controller/necessity".into())));
    // The assessment inside is the same, comments and all.
    let back = dpia_documents::embedded::parse(&docx(&a), "x.docx").unwrap();
    assert_eq!(back, a);
}

#[test]
fn word_comments_and_replies_come_back_once() {
    let mut a = hospital();
    let edited = word_edit(&docx(&a));
    if let Ok(path) = std::env::var("DPIA_REVIEW_FIXTURE") {
        std::fs::write(path, &edited).unwrap();
    }
    let word = dpia_docx::read_comments(&edited).unwrap();
    let now = at("2026-12-07T12:00:00Z");
    assert_eq!(review::take_word_comments(&mut a, &word, now), 2);
    assert_eq!(a.comments.len(), 3, "{:#?}", a.comments);
    let reply = &a.comments[0].replies[0];
    assert_eq!(
        (reply.author.as_str(), reply.text.as_str(), reply.origin),
        ("Piet Bakker", "Zie het projectplan.", CommentOrigin::Word)
    );
    let new = &a.comments[2];
    assert_eq!(new.target, "/controller/proportionality");
    assert_eq!(
        (new.author.as_str(), new.role.as_str()),
        ("Jan Jansen", "CISO")
    );
    assert_eq!(new.at, at("2026-12-04T09:30:00Z"));
    assert_eq!(
        (new.origin, new.status),
        (CommentOrigin::Word, CommentStatus::Open)
    );
    assert_eq!(new.answer, a.answer_at("/controller/proportionality"));
    assert!(new.answer.is_some());
    // Taking the same document again adds nothing; the result is a valid file.
    assert_eq!(review::take_word_comments(&mut a, &word, now), 0);
    dpia_assessment::validate(&a).unwrap();
    // Exported again, every open comment and reply is in the DOCX.
    let again = dpia_docx::read_comments(&docx(&a)).unwrap();
    assert_eq!(again.len(), 3, "{again:#?}");
}

#[test]
fn a_docx_saved_again_by_libreoffice_gives_the_comment_on_its_question() {
    let path = repo("tests/documents/hospital.review.libreoffice.docx");
    let mut a = dpia_documents::embedded::parse(&std::fs::read(&path).unwrap(), "f").unwrap();
    assert_eq!(a, hospital(), "the assessment inside is the exported one");
    let word = dpia_documents::embedded::word_comments(&path).unwrap();
    let now = at("2026-12-07T12:00:00Z");
    let added = review::take_word_comments(&mut a, &word, now);
    let new: Vec<&Comment> = a
        .comments
        .iter()
        .filter(|c| c.origin == CommentOrigin::Word)
        .collect();
    assert!(
        new.iter().any(|c| c.target == "/controller/proportionality"
            && c.text == "Is dit in verhouding tot het doel?"
            && c.author == "Jan Jansen"
            && c.role == "CISO"),
        "{:#?}",
        a.comments
    );
    // LibreOffice 7.4 keeps no reply threads: the reply comes back as a comment on the same
    // answer, or as a reply when the program kept the thread.
    let reply_kept = a.comments[0]
        .replies
        .iter()
        .any(|r| r.text == "Zie het projectplan.");
    let as_comment = new
        .iter()
        .any(|c| c.text == "Zie het projectplan." && c.target == "/controller/necessity");
    assert!(reply_kept ^ as_comment, "{:#?}", a.comments);
    assert_eq!(added, 2);
}

#[test]
fn a_copy_brings_its_resolutions_and_replies_for_comments_both_have() {
    let mut here = hospital();
    let mut file = hospital();
    // In the copy the FG resolved c1 and replied to it; c2 was resolved on both sides.
    file.comments[0].status = CommentStatus::Resolved;
    file.comments[0].resolved_by = "Fenna de Graaf (FG)".into();
    file.comments[0].resolved_at = Some(at("2026-12-05T16:00:00Z"));
    file.comments[0].replies.push(dpia_assessment::Reply {
        id: "r1".into(),
        author: "Fenna de Graaf".into(),
        role: "FG".into(),
        at: at("2026-12-05T15:59:00Z"),
        text: "Toegelicht in het projectplan.".into(),
        origin: CommentOrigin::App,
    });
    file.comments
        .push(comment("c3", "", "Nieuw.", CommentStatus::Open));
    assert_eq!(
        review::take_comments(&mut here, &file),
        3,
        "resolution, reply, c3"
    );
    assert_eq!(here.comments, file.comments);
    // Taken once: again, nothing is new.
    assert_eq!(review::take_comments(&mut here, &file), 0);
    // A comment resolved here and open in the copy stays resolved (the copy is older).
    let mut older = hospital();
    older.comments[1].status = CommentStatus::Open;
    let before = here.clone();
    assert_eq!(review::take_comments(&mut here, &older), 0);
    assert_eq!(here, before);
}

#[test]
fn the_pdf_and_markdown_list_the_open_comments_in_an_annex_linked_from_their_section() {
    let mut a = hospital();
    a.comments[0].replies.push(dpia_assessment::Reply {
        id: "r1".into(),
        author: "Mark de Vries".into(),
        role: String::new(),
        at: at("2026-12-03T08:05:00Z"),
        text: "Zie het projectplan.".into(),
        origin: CommentOrigin::App,
    });
    a.comments.push(comment(
        "c3",
        "chapter:7",
        "Tweede ronde plannen.",
        CommentStatus::Open,
    ));
    let st = dpia_golden::statement_for(&a);
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let doc = build(Kind::Starter, &st, &a, Lang::Nl, date);
    let md = String::from_utf8(render(&doc, Format::Markdown).unwrap()).unwrap();
    let annex = &md[md
        .find("## Bijlage 4 — Open opmerkingen")
        .expect("the annex")..];
    assert!(
        annex.contains("Er staan nog 2 opmerkingen open."),
        "{annex}"
    );
    assert!(annex.contains("Afgehandelde opmerkingen staan niet in deze lijst"));
    // The open comment under its section, with who, when, the answer, the reply.
    let b14 = &annex[annex.find("### Bij 14. Noodzaak en evenredigheid").unwrap()..];
    assert!(b14.contains(
        "**Fenna de Graaf (FG)**, 2 december 2026, 10:15 UTC — over het antwoord „\u{2068}Zonder dashboards"
    ));
    assert!(b14.contains("\u{2068}Waarom is dit nodig voor de managementinformatie?\u{2069}"));
    assert!(b14.contains(
        "- **Reactie van Mark de Vries**, 3 december 2026, 08:05 UTC: \u{2068}Zie het projectplan.\u{2069}"
    ));
    // The unknown target under the general heading; the resolved one nowhere.
    let general = &annex[annex.find("### Algemene opmerkingen").unwrap()..];
    assert!(general.contains("niet kent"), "{general}");
    assert!(general.contains("Tweede ronde plannen."));
    assert!(!md.contains("Akkoord."));
    // The section refers to its comments, right under its heading.
    let section = &md[md.find("### 14. Noodzaak en evenredigheid").unwrap()..];
    assert!(
        section.contains(
            "\n\nBij dit onderdeel staat één open opmerking, zie [Bijlage 4 — Open opmerkingen](#bij-14-noodzaak-en-evenredigheid).\n"
        ),
        "{}",
        &section[..300]
    );
    // The PDF has the same annex (it renders only if it conforms); the DOCX has none (its
    // comments are Word comments).
    let pdf = render(&doc, Format::Pdf).unwrap();
    let fills = dpia_pdf::page_fills(&doc).unwrap();
    let plain = dpia_pdf::page_fills(&build(
        Kind::Starter,
        &st,
        &hospital_no_open(),
        Lang::Nl,
        date,
    ))
    .unwrap();
    assert!(
        fills.len() > plain.len(),
        "the annex takes a page of its own"
    );
    assert!(!pdf.is_empty());
    let docx = unzip(&render(&doc, Format::Docx).unwrap());
    assert!(!text(&docx, "word/document.xml").contains("Open opmerkingen"));
    // English too.
    let en = build(Kind::Starter, &st, &a, Lang::En, date);
    let md = String::from_utf8(render(&en, Format::Markdown).unwrap()).unwrap();
    assert!(md.contains("## Annex 4 — Open comments"));
    assert!(md.contains("### General comments"));
}

/// The hospital with its comments resolved.
fn hospital_no_open() -> Assessment {
    let mut a = hospital();
    for c in &mut a.comments {
        c.status = CommentStatus::Resolved;
    }
    a
}

#[test]
fn no_open_comments_no_annex() {
    let a = hospital_no_open();
    let st = dpia_golden::statement_for(&a);
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let doc = build(Kind::Starter, &st, &a, Lang::Nl, date);
    assert!(doc.meta.comment_annex.is_empty());
    let md = String::from_utf8(render(&doc, Format::Markdown).unwrap()).unwrap();
    assert!(!md.contains("opmerking"), "no annex, no line, no heading");
}
