//! The frame every document shares: its metadata (title, header, attachment), the client's name,
//! the status and version, and the tones of verdicts, severities and levels.

use crate::compose::{content_id, Compose};
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{Level, Severity};

pub(crate) fn finish(mut d: Compose, input: &Input, title_id: &str) -> Document {
    let m = input.messages;
    let client = client_name(input);
    let title = m.get(title_id);
    // Every answer shown stands in the section of the heading above it.
    let mut anchor = None;
    for b in &d.blocks {
        if let Block::Heading { anchor: a, .. } = b {
            anchor = a.clone();
        }
        let Some(at) = &anchor else { continue };
        for i in block_inlines(b) {
            if let Inline::Field { pointer, .. } = i {
                d.fields
                    .entry(pointer.clone())
                    .or_insert_with(|| at.clone());
            }
        }
    }
    let comments = crate::review::doc_comments(input.assessment, &d.fields);
    let comment_annex = crate::comment_annex::comment_annex(input, &d.blocks, &d.fields);
    let mut doc = Document {
        meta: Meta {
            lang: m.lang().code().into(),
            title: format!("{title} — {client}"),
            subject: m.get("doc-subject"),
            author: m.get("app-name"),
            date: input.date,
            id: String::new(),
            header: m.fmt(
                "doc-header",
                &[
                    ("title", title.into()),
                    ("client", client.into()),
                    ("status", status(input).into()),
                ],
            ),
            page_of: m.get("doc-page-of"),
            contents_title: m.get("doc-contents"),
            page_ref: m.get("doc-page-ref"),
            attachment: Some(Attachment {
                file_name: crate::embedded::exchange_file_name(input.assessment),
                mime: "application/json".into(),
                description: m.get("doc-attachment-description"),
                data: dpia_assessment::to_json(input.assessment).into_bytes(),
            }),
            attachment_note: m.get("doc-attachment-elsewhere"),
            comments,
            comment_annex,
            heading_pages: Vec::new(),
        },
        blocks: d.blocks,
    };
    let text = doc.plain_text();
    doc.meta.id = content_id(&[&text, &doc.meta.lang, &input.date.to_string()]);
    doc
}

/// The inlines of a block (paragraphs, list items, table cells, callouts, quotes).
fn block_inlines(b: &Block) -> Vec<&Inline> {
    match b {
        Block::Paragraph { content }
        | Block::Callout { content, .. }
        | Block::Quote { content } => content.iter().collect(),
        Block::Bullets { items } => items.iter().flatten().collect(),
        Block::Table { table } => table
            .rows
            .iter()
            .flatten()
            .flat_map(|c| &c.content)
            .collect(),
        _ => Vec::new(),
    }
}

pub(crate) fn client_name(input: &Input) -> String {
    let name = input.assessment.organisation.name.trim();
    if name.is_empty() {
        input.messages.get("doc-client-unnamed")
    } else {
        name.to_string()
    }
}

/// "concept", "definitief", or "definitief, vastgesteld met open punten" when the controller
/// accepted points that are still open.
pub(crate) fn status(input: &Input) -> String {
    let a = input.assessment;
    let s = a
        .sign_off
        .status
        .unwrap_or(dpia_assessment::DocStatus::Concept);
    let word = words::doc_status(input.messages, s);
    if a.sign_off.is_definitive() && !accepted_open(input).is_empty() {
        input
            .messages
            .fmt("doc-status-with-open", &[("status", word.into())])
    } else {
        word
    }
}

/// The open points the controller accepted with a reason (adoption), with that reason.
pub(crate) fn accepted_open(input: &Input) -> Vec<(dpia_rules::OpenPoint, String)> {
    let a = input.assessment;
    dpia_rules::adoption::open_points(input.statement, a, input.risks)
        .into_iter()
        .filter_map(|p| {
            let reason = dpia_rules::adoption::accepted(a, &p)?.to_string();
            Some((p, reason))
        })
        .collect()
}

/// The document's version: 0.1 until it is first adopted, n.0 when adopted for the n-th time,
/// n.1 when reopened after that (from the version history where the app has one).
pub(crate) fn version(input: &Input) -> String {
    version_rows(input)
        .last()
        .map_or_else(|| "0.1".to_string(), |r| r.version.clone())
}

/// One row of the version table.
pub(crate) struct VersionRow {
    pub version: String,
    pub date: chrono::NaiveDate,
    pub event: crate::VersionEvent,
    pub by: String,
}

/// The adoptions and reopenings, numbered; without a history, a definitive DPIA is version 1.0
/// of the day it was adopted.
pub(crate) fn version_rows(input: &Input) -> Vec<VersionRow> {
    let a = input.assessment;
    let mut adopted = 0;
    let mut rows: Vec<VersionRow> = input
        .versions
        .iter()
        .map(|v| {
            let version = match v.event {
                crate::VersionEvent::Adopted => {
                    adopted += 1;
                    format!("{adopted}.0")
                }
                crate::VersionEvent::Reopened => format!("{adopted}.1"),
            };
            VersionRow {
                version,
                date: v.date,
                event: v.event,
                by: v.by.clone(),
            }
        })
        .collect();
    let last_adopted = rows
        .last()
        .is_some_and(|r| r.event == crate::VersionEvent::Adopted);
    if a.sign_off.is_definitive() && !last_adopted {
        rows.push(VersionRow {
            version: format!("{}.0", adopted + 1),
            date: a.sign_off.date.unwrap_or(input.screening.dates.assessment),
            event: crate::VersionEvent::Adopted,
            by: a.sign_off.approved_by.trim().to_string(),
        });
    }
    rows
}

/// The tone of the verdict as shown; not known yet is plain (no colour suggests an answer).
pub(crate) fn verdict_tone(v: dpia_rules::VerdictState) -> Tone {
    match v {
        dpia_rules::VerdictState::Required => Tone::High,
        dpia_rules::VerdictState::Recommended => Tone::Medium,
        dpia_rules::VerdictState::NotRequired => Tone::Low,
        dpia_rules::VerdictState::Unknown => Tone::Plain,
    }
}

pub(crate) fn severity_tone(s: Severity) -> Tone {
    match s {
        Severity::Blocking => Tone::High,
        Severity::Warning => Tone::Medium,
        Severity::Info => Tone::Plain,
    }
}

pub(crate) fn level_tone(l: Level) -> Tone {
    match l {
        Level::Low => Tone::Low,
        Level::Medium => Tone::Medium,
        Level::High => Tone::High,
    }
}
