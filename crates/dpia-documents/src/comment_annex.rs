//! The open review comments for formats that carry no comments of their own (PDF, Markdown):
//! an annex listing them by the section they are about (in document order; comments of no
//! known section, or general ones, last under their own heading), and under the heading of each
//! such section a line referring to its comments in the annex. Resolved comments are left out
//! (the annex says so). No open comments: no annex, no lines. A DOCX carries the same comments
//! as Word comments instead (`review::doc_comments`).

use crate::review::{author_label, part_anchor};
use crate::Input;
use chrono::{DateTime, Utc};
use dpia_assessment::{Comment, Target};
use dpia_document_model::{Block, CommentAnnex, Inline};
use dpia_i18n as words;
use std::collections::BTreeMap;

/// Characters of an answer shown beside a comment on it.
const ANSWER_SHOWN: usize = 80;

/// The anchor of the annex's heading.
const ANNEX_ANCHOR: &str = "annex-comments";

fn when(m: &words::Messages, t: &DateTime<Utc>) -> String {
    format!("{}, {} UTC", m.date(t.date_naive()), t.format("%H:%M"))
}

/// The annex and the lines under the sections. `blocks` is the document's body; `fields` the
/// section (heading anchor) each answer's pointer stands in.
pub(crate) fn comment_annex(
    input: &Input,
    blocks: &[Block],
    fields: &BTreeMap<String, String>,
) -> CommentAnnex {
    let m = input.messages;
    let a = input.assessment;
    let open: Vec<&Comment> = a.comments.iter().filter(|c| c.is_open()).collect();
    if open.is_empty() {
        return CommentAnnex::default();
    }
    // The document's headings with an anchor, in order.
    let headings: Vec<(&str, &str)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading {
                text,
                anchor: Some(anchor),
                ..
            } => Some((anchor.as_str(), text.as_str())),
            _ => None,
        })
        .collect();
    let section = |c: &Comment| -> Option<&str> {
        let anchor = match c.target() {
            Target::Field(p) => fields.get(p).map(String::as_str),
            t => part_anchor(t),
        }?;
        headings.iter().any(|(h, _)| *h == anchor).then_some(anchor)
    };
    let title = m.get("doc-annex-comments");
    let mut annex = CommentAnnex::default();
    let mut body = vec![
        Block::Heading {
            level: 1,
            text: title.clone(),
            anchor: Some(ANNEX_ANCHOR.into()),
        },
        Block::Paragraph {
            content: vec![Inline::Text(format!(
                "{} {}",
                m.fmt("doc-comments-intro", &[("count", open.len().into())]),
                m.get("doc-comments-resolved")
            ))],
        },
    ];
    // One group per section in document order (a heading named twice is one group).
    let mut seen = Vec::new();
    for (anchor, text) in &headings {
        if seen.contains(anchor) {
            continue;
        }
        seen.push(*anchor);
        let here: Vec<&Comment> = open
            .iter()
            .copied()
            .filter(|c| section(c) == Some(*anchor))
            .collect();
        if here.is_empty() {
            continue;
        }
        let group = format!("comments-{anchor}");
        annex.links.push((
            anchor.to_string(),
            vec![
                Inline::Text(format!(
                    "{} ",
                    m.fmt("doc-comments-link", &[("count", here.len().into())])
                )),
                Inline::Ref {
                    text: title.clone(),
                    target: group.clone(),
                },
                Inline::Text(".".into()),
            ],
        ));
        body.push(Block::Heading {
            level: 2,
            text: m.fmt("doc-comments-on", &[("section", (*text).into())]),
            anchor: Some(group),
        });
        for c in here {
            comment(input, c, &mut body);
        }
    }
    let general: Vec<&Comment> = open
        .iter()
        .copied()
        .filter(|c| section(c).is_none())
        .collect();
    if !general.is_empty() {
        body.push(Block::Heading {
            level: 2,
            text: m.get("doc-comments-general"),
            anchor: Some("comments-general".into()),
        });
        for c in general {
            comment(input, c, &mut body);
        }
    }
    annex.blocks = body;
    annex
}

/// Who, when, what about; the text (a paragraph per line); the replies as a list.
fn comment(input: &Input, c: &Comment, out: &mut Vec<Block>) {
    let m = input.messages;
    let who = |name: &str, role: &str| {
        let label = author_label(name, role);
        if label.is_empty() {
            m.get("doc-comments-no-author")
        } else {
            label
        }
    };
    let mut head = vec![
        Inline::Strong(who(&c.author, &c.role)),
        Inline::Text(format!(", {}", when(m, &c.at))),
    ];
    head.extend(about(input, c));
    out.push(Block::Paragraph { content: head });
    for line in c.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push(Block::Paragraph {
            content: vec![Inline::Answer(line.to_string())],
        });
    }
    let replies: Vec<Vec<Inline>> = c
        .replies
        .iter()
        .map(|r| {
            let text: Vec<&str> = r
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            vec![
                Inline::Strong(m.fmt(
                    "doc-comments-reply",
                    &[("author", who(&r.author, &r.role).into())],
                )),
                Inline::Text(format!(", {}: ", when(m, &r.at))),
                Inline::Answer(text.join(" ")),
            ]
        })
        .collect();
    if !replies.is_empty() {
        out.push(Block::Bullets { items: replies });
    }
}

/// What a comment is about, where its section's heading does not say it all: the answer it is
/// on (as it is now), the risk or the measure.
fn about(input: &Input, c: &Comment) -> Vec<Inline> {
    let m = input.messages;
    let a = input.assessment;
    let lead = |id: &str| Inline::Text(format!(" — {} ", m.get(id)));
    match c.target() {
        Target::Field(p) => match a.answer_at(p) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
                let s = s.trim();
                let shown: String = if s.chars().count() > ANSWER_SHOWN {
                    let cut: String = s.chars().take(ANSWER_SHOWN).collect();
                    format!("{}…", cut.trim_end())
                } else {
                    s.to_string()
                };
                // The answer between quotation marks: it is the client's words.
                vec![
                    lead("doc-comments-about-answer"),
                    Inline::Text(m.get("doc-comments-answer-open")),
                    Inline::Answer(shown),
                    Inline::Text(m.get("doc-comments-answer-close")),
                ]
            }
            _ => Vec::new(),
        },
        Target::Risk(id) => match input.risks.iter().find(|r| r.id == id) {
            Some(r) => vec![
                lead("doc-comments-about"),
                Inline::Text(format!(
                    "{} {}",
                    r.number,
                    words::risk_title(m, input.statement, r)
                )),
            ],
            None => Vec::new(),
        },
        Target::Measure(id) => {
            let plan = dpia_rules::plan(a, input.risks);
            match plan.iter().find(|x| x.key == id) {
                Some(x) => {
                    let text = match &x.origin {
                        dpia_rules::Origin::Own { text } => text.clone(),
                        dpia_rules::Origin::Proposed { id } => words::controller_measure(m, id),
                    };
                    vec![
                        lead("doc-comments-about"),
                        Inline::Text(format!("{} ", x.number)),
                        Inline::Answer(text),
                    ]
                }
                None => Vec::new(),
            }
        }
        Target::Unknown(_) => vec![Inline::Text(format!(
            " — {}",
            m.get("doc-comments-unknown-target")
        ))],
        Target::Part(_) | Target::General => Vec::new(),
    }
}
