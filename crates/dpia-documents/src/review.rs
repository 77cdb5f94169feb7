//! Review comments in documents: the assessment's open comments as a document carries them
//! (DOCX: Word comments on the answer they are about, else on its section's heading), and the
//! Word comments of a DOCX the reviewer edited taken into an assessment, marked as from Word.
//!
//! A Word comment that is one of ours (same author and text as a comment or reply of the
//! assessment) is not taken again; a reply in Word to one of ours becomes a reply to it; a new
//! comment on an answer is about that answer's question (by the content control's tag, or by
//! the answer's hidden bookmark when LibreOffice dropped the tag); any other is a general one.
//! Texts are cleaned of control characters like every other text; a Word date that cannot be
//! read is replaced by the time of the import.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use dpia_assessment::{Assessment, Comment, CommentOrigin, CommentStatus, Reply, Target};
use dpia_document_model::clean::clean;
use dpia_document_model::{DocComment, DocReply};
use dpia_docx::{Place, WordComment};

/// How a comment's author shows in a document: "Name (Role)", or either alone.
pub fn author_label(name: &str, role: &str) -> String {
    match (name.trim(), role.trim()) {
        ("", "") => String::new(),
        (n, "") => n.to_string(),
        ("", r) => format!("({r})"),
        (n, r) => format!("{n} ({r})"),
    }
}

/// "Name (Role)" split back into name and role.
fn split_label(label: &str) -> (String, String) {
    let label = label.trim();
    if let Some(open) = label.strip_suffix(')').and_then(|l| l.rfind(" (")) {
        let name = &label[..open];
        let role = &label[open + 2..label.len() - 1];
        if !role.contains('(') {
            return (name.trim().to_string(), role.trim().to_string());
        }
    }
    (label.to_string(), String::new())
}

/// Up to three capitals of the name's words (Word shows them in the margin).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect()
}

fn time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The section heading a comment on a whole part, risk or measure goes to.
pub(crate) fn part_anchor(target: Target) -> Option<&'static str> {
    Some(match target {
        Target::Part("organisation" | "services" | "data" | "followups" | "characteristics") => {
            "part-a"
        }
        Target::Part("controller") => "part-b",
        Target::Part("risks") | Target::Risk(_) => "c16",
        Target::Measure(_) => "action-plan",
        Target::Part("signoff") => "sign-off",
        _ => return None,
    })
}

/// The open comments of `a` as the document carries them. `fields` is the section each
/// answer's pointer stands in (a comment on an unanswered question goes to its heading).
pub fn doc_comments(a: &Assessment, fields: &BTreeMap<String, String>) -> Vec<DocComment> {
    a.comments
        .iter()
        .filter(|c| c.is_open())
        .map(|c| {
            let target = c.target();
            let (pointer, anchor) = match target {
                Target::Field(p) => (Some(p.to_string()), fields.get(p).cloned()),
                t => (None, part_anchor(t).map(str::to_string)),
            };
            DocComment {
                id: c.id.clone(),
                author: author_label(&c.author, &c.role),
                initials: initials(&c.author),
                date: time(&c.at),
                text: c.text.clone(),
                pointer,
                anchor,
                replies: c
                    .replies
                    .iter()
                    .map(|r| DocReply {
                        id: r.id.clone(),
                        author: author_label(&r.author, &r.role),
                        initials: initials(&r.author),
                        date: time(&r.at),
                        text: r.text.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Every JSON pointer of the assessment's file, by the name of its answer bookmark.
fn pointers_by_bookmark(a: &Assessment) -> HashMap<String, String> {
    fn walk(v: &serde_json::Value, at: String, out: &mut HashMap<String, String>) {
        if !at.is_empty() {
            out.insert(dpia_docx::field_bookmark(&at), at.clone());
        }
        match v {
            serde_json::Value::Object(o) => {
                for (k, x) in o {
                    let k = k.replace('~', "~0").replace('/', "~1");
                    walk(x, format!("{at}/{k}"), out);
                }
            }
            serde_json::Value::Array(list) => {
                for (i, x) in list.iter().enumerate() {
                    walk(x, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = HashMap::new();
    if let Ok(v) = serde_json::to_value(a) {
        walk(&v, String::new(), &mut out);
    }
    out
}

/// A Word date: RFC 3339, or without a zone (LibreOffice) read as UTC; else `now`.
fn word_time(text: &str, now: DateTime<Utc>) -> DateTime<Utc> {
    let t = text.trim();
    DateTime::parse_from_rfc3339(t)
        .map(|d| d.with_timezone(&Utc))
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").map(|d| d.and_utc()))
        .unwrap_or(now)
}

/// A fresh comment id of `a`: `w1`, `w2`, ….
fn fresh_id(a: &Assessment, n: &mut usize) -> String {
    loop {
        *n += 1;
        let id = format!("w{n}");
        if !a.has_comment_id(&id) {
            return id;
        }
    }
}

/// Takes the Word comments of a DOCX into `a` (see the module's description); returns how many
/// comments and replies were new. `now` dates comments whose Word date cannot be read.
pub fn take_word_comments(a: &mut Assessment, word: &[WordComment], now: DateTime<Utc>) -> usize {
    let bookmarks = pointers_by_bookmark(a);
    // Word id → index of the assessment's comment it is (or was taken as).
    let mut taken: HashMap<&str, usize> = HashMap::new();
    let mut n = 0;
    let mut added = 0;
    for w in word {
        let text = clean(&w.text).trim().to_string();
        let label = clean(&w.author).trim().to_string();
        // One of ours: a comment, or a reply (then its thread is that comment).
        let ours = a.comments.iter().position(|c| {
            (c.text.trim() == text && author_label(&c.author, &c.role) == label)
                || c.replies
                    .iter()
                    .any(|r| r.text.trim() == text && author_label(&r.author, &r.role) == label)
        });
        if let Some(i) = ours {
            taken.insert(&w.id, i);
            continue;
        }
        if text.is_empty() {
            continue;
        }
        let (author, role) = split_label(&label);
        let at = word_time(&w.date, now);
        let parent = w.parent.as_deref().and_then(|p| taken.get(p)).copied();
        if let Some(i) = parent {
            let id = fresh_id(a, &mut n);
            a.comments[i].replies.push(Reply {
                id,
                author,
                role,
                at,
                text,
                origin: CommentOrigin::Word,
            });
            taken.insert(&w.id, i);
            added += 1;
            continue;
        }
        let target = match &w.place {
            Some(Place::Tag(t)) => clean(t).to_string(),
            Some(Place::Bookmark(b)) => {
                let base = match b.rsplit_once('_') {
                    Some((base, k)) if k.chars().all(|c| c.is_ascii_digit()) && base.len() > 6 => {
                        base
                    }
                    _ => b.as_str(),
                };
                bookmarks.get(base).cloned().unwrap_or_default()
            }
            None => String::new(),
        };
        let answer = match Target::parse(&target) {
            Target::Field(p) => a.answer_at(p),
            _ => None,
        };
        let id = fresh_id(a, &mut n);
        a.comments.push(Comment {
            id,
            target,
            author,
            role,
            at,
            text,
            status: CommentStatus::Open,
            resolved_by: String::new(),
            resolved_at: None,
            replies: Vec::new(),
            origin: CommentOrigin::Word,
            answer,
        });
        taken.insert(&w.id, a.comments.len() - 1);
        added += 1;
    }
    added
}

/// Takes the comments of `file` (a copy of the same assessment) that `a` lacks into `a`: new
/// comments; of comments both have (by id), new replies, and the resolution when the file's
/// copy is resolved and `a`'s still open (with who resolved it and when). A comment resolved
/// here stays resolved: the file cannot say it was reopened after this resolution. Returns how
/// many comments, replies and resolutions were new.
pub fn take_comments(a: &mut Assessment, file: &Assessment) -> usize {
    let mut added = 0;
    for c in &file.comments {
        match a.comments.iter().position(|x| x.id == c.id) {
            Some(i) => {
                for r in &c.replies {
                    if !a.has_comment_id(&r.id) {
                        a.comments[i].replies.push(r.clone());
                        added += 1;
                    }
                }
                let here = &mut a.comments[i];
                if here.is_open() && !c.is_open() {
                    here.status = c.status;
                    here.resolved_by = c.resolved_by.clone();
                    here.resolved_at = c.resolved_at;
                    added += 1;
                }
            }
            None => {
                let mut c = c.clone();
                c.replies.retain(|r| !a.has_comment_id(&r.id));
                added += 1 + c.replies.len();
                a.comments.push(c);
            }
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_split_back() {
        for (name, role) in [("Fenna de Graaf", "FG"), ("Piet", ""), ("A (b) c", "CISO")] {
            assert_eq!(
                split_label(&author_label(name, role)),
                (name.into(), role.into())
            );
        }
        assert_eq!(initials("fenna de Graaf"), "FDG");
    }

    #[test]
    fn word_dates_with_and_without_zone() {
        let now = DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            time(&word_time("2026-12-02T10:15:00Z", now)),
            "2026-12-02T10:15:00Z"
        );
        assert_eq!(
            time(&word_time("2026-12-02T10:15:00", now)),
            "2026-12-02T10:15:00Z"
        );
        assert_eq!(word_time("gisteren", now), now);
    }
}
