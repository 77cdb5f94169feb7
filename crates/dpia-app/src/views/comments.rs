//! The review comments as the UI shows them: each with what it is about (the field's label as
//! the history words it, the risk's or measure's number and title, the part, or "general" when
//! the target is unknown), who wrote it, when (worded), whether it is open, whether it came
//! from Word, and whether the answer it was made on has changed since.

use super::*;
use dpia_assessment::{Comment, Target};
use std::collections::BTreeMap;

/// One review comment with its replies.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommentView {
    pub id: String,
    /// As stored: a JSON pointer, `part:…`, `risk:…`, `measure:…`, or empty.
    pub target: String,
    /// The part it belongs to (for the review list's filter and to jump to it).
    pub part: Part,
    /// What it is about: a UI message id and its arguments (names already worded).
    pub label_id: String,
    pub label_args: BTreeMap<String, String>,
    /// "Name (Role)".
    pub author: String,
    /// When, worded (date and time, UTC).
    pub at: String,
    pub text: String,
    pub open: bool,
    /// Written by the reviewer the app remembers (same name): the review list's "mine".
    pub mine: bool,
    /// Who resolved it and when (worded), for a resolved one.
    pub resolved_by: String,
    pub resolved_at: String,
    /// Made in Word and read from a DOCX on import.
    pub from_word: bool,
    /// The answer it was made on is not the answer now.
    pub answer_changed: bool,
    pub replies: Vec<ReplyView>,
}

/// A reply to a comment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReplyView {
    pub id: String,
    pub author: String,
    pub at: String,
    pub text: String,
    pub from_word: bool,
}

/// Who the app writes comments as (remembered in the database's settings).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReviewerView {
    pub name: String,
    pub role: String,
}

fn when(m: &Messages, t: &chrono::DateTime<chrono::Utc>) -> String {
    format!("{} {} UTC", m.date(t.date_naive()), t.format("%H:%M"))
}

/// The comments of `a`, oldest first. `risks` and `plan` give the numbers and titles of the
/// risks and measures comments are about; `reviewer` is the name the app writes comments as
/// (empty: none yet, so none is "mine").
pub fn comments(
    m: &Messages,
    st: &Statement,
    a: &Assessment,
    risks: &[RiskView],
    plan: &[ActionView],
    reviewer: &str,
) -> Vec<CommentView> {
    a.comments
        .iter()
        .map(|c| {
            let mut v = comment(m, st, a, risks, plan, c);
            v.mine = !reviewer.trim().is_empty() && c.author.trim() == reviewer.trim();
            v
        })
        .collect()
}

fn comment(
    m: &Messages,
    st: &Statement,
    a: &Assessment,
    risks: &[RiskView],
    plan: &[ActionView],
    c: &Comment,
) -> CommentView {
    let mut args = BTreeMap::new();
    let general = (Part::Other, "ui-comment-general".to_string());
    let (part, label_id) = match c.target() {
        Target::Field(p) => {
            let (part, id, a) = history_label(m, st, a, p);
            args = a;
            (part, id)
        }
        Target::Risk(id) => match risks.iter().find(|r| r.id == id) {
            Some(r) => {
                args.insert("number".into(), r.number.clone());
                args.insert("title".into(), r.title.clone());
                (Part::Risks, "ui-comment-risk".into())
            }
            None => general,
        },
        Target::Measure(id) => match plan.iter().find(|x| x.id == id) {
            Some(x) => {
                args.insert("number".into(), x.number.clone());
                args.insert("title".into(), x.text.clone());
                (Part::Risks, "ui-comment-measure".into())
            }
            None => general,
        },
        Target::Part(p) => {
            let part = match p {
                "organisation" => Part::Organisation,
                "services" => Part::Services,
                "data" => Part::Data,
                "followups" => Part::Followups,
                "characteristics" => Part::Characteristics,
                "controller" => Part::Controller,
                "risks" => Part::Risks,
                "signoff" => Part::Signoff,
                _ => Part::Other,
            };
            if part == Part::Other {
                general
            } else {
                (part, format!("ui-comment-part-{p}"))
            }
        }
        Target::General | Target::Unknown(_) => general,
    };
    let answer_changed = match c.target() {
        Target::Field(p) => c.answer != a.answer_at(p),
        _ => false,
    };
    let label = dpia_documents::review::author_label;
    CommentView {
        id: c.id.clone(),
        target: c.target.clone(),
        part,
        label_id,
        label_args: args,
        author: label(&c.author, &c.role),
        at: when(m, &c.at),
        text: c.text.clone(),
        open: c.is_open(),
        mine: false,
        resolved_by: c.resolved_by.clone(),
        resolved_at: c.resolved_at.map(|t| when(m, &t)).unwrap_or_default(),
        from_word: c.origin == dpia_assessment::CommentOrigin::Word,
        answer_changed,
        replies: c
            .replies
            .iter()
            .map(|r| ReplyView {
                id: r.id.clone(),
                author: label(&r.author, &r.role),
                at: when(m, &r.at),
                text: r.text.clone(),
                from_word: r.origin == dpia_assessment::CommentOrigin::Word,
            })
            .collect(),
    }
}
