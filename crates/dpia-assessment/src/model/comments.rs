//! Review comments (file version 4): what the people who review a DPIA (the privacy officer, the
//! security officer, the project owner) say about a question, a field, a whole part, a risk or a
//! measure, with replies and whether it is resolved. They travel with the file, and so with every
//! PDF and DOCX that carries it; comments made in Word come back as comments `from` Word.
//!
//! A comment's `target` says what it is about (see [`Target`]); a target the app does not know
//! (a field of a newer version, a risk that no longer applies) keeps its text and is shown as a
//! general comment. `answer` is the target's answer when the comment was made, so a later change
//! of the answer shows as such while the comment stays attached.

use super::*;
use crate::Reason;
use chrono::{DateTime, Utc};

/// Comments and replies together at most, per assessment.
pub const MAX_COMMENTS: usize = 1_000;
/// Characters at most in the text of one comment or reply (and in an author's name or role).
pub const MAX_COMMENT_CHARS: usize = 10_000;

id_enum! {
    /// Whether a comment still asks for something.
    CommentStatus {
        Open = "open",
        Resolved = "resolved",
    }
}

impl Default for CommentStatus {
    fn default() -> Self {
        CommentStatus::Open
    }
}

id_enum! {
    /// Where a comment was made: in DPIA Helper, or in Word (read from a DOCX on import).
    CommentOrigin {
        App = "app",
        Word = "word",
    }
}

impl Default for CommentOrigin {
    fn default() -> Self {
        CommentOrigin::App
    }
}

/// One review comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Unique among the assessment's comments and replies; never reused.
    pub id: String,
    /// What it is about: a JSON pointer to a question or field (`/controller/necessity`, as the
    /// app saves answers), `part:<part>` (`part:controller`), `risk:<risk id>`,
    /// `measure:<measure id>`, or empty for a general comment.
    #[serde(default)]
    pub target: String,
    /// Who wrote it (free text).
    #[serde(default)]
    pub author: String,
    /// In which role (free text, e.g. "FG", "CISO").
    #[serde(default)]
    pub role: String,
    /// When it was written (RFC 3339, e.g. `2026-12-02T10:15:00Z`).
    #[serde(deserialize_with = "time::required")]
    #[schemars(with = "String")]
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub text: String,
    #[serde(default)]
    pub status: CommentStatus,
    /// Who resolved it, and when (for `resolved`).
    #[serde(default)]
    pub resolved_by: String,
    #[serde(default, deserialize_with = "time::optional")]
    #[schemars(with = "Option<String>")]
    #[ts(type = "string | null")]
    pub resolved_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub replies: Vec<Reply>,
    /// `word` for a comment read from a Word document on import.
    #[serde(default)]
    pub origin: CommentOrigin,
    /// The target's answer when the comment was made (absent: none, or not a field).
    #[serde(default)]
    #[schemars(with = "Option<serde_json::Value>")]
    #[ts(type = "unknown")]
    pub answer: Option<serde_json::Value>,
}

/// A reply to a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Unique among the assessment's comments and replies.
    pub id: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub role: String,
    #[serde(deserialize_with = "time::required")]
    #[schemars(with = "String")]
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub text: String,
    #[serde(default)]
    pub origin: CommentOrigin,
}

impl Comment {
    pub fn is_open(&self) -> bool {
        self.status == CommentStatus::Open
    }

    /// What the comment is about.
    pub fn target(&self) -> Target<'_> {
        Target::parse(&self.target)
    }
}

/// What a comment is about, read from its `target` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// The assessment as a whole (an empty target).
    General,
    /// A question or field, by the JSON pointer the app saves it by.
    Field(&'a str),
    /// A whole part (`organisation`, `services`, `data`, `followups`, `characteristics`,
    /// `controller`, `risks`, `signoff`).
    Part(&'a str),
    /// A risk of the register, by its id (a catalogue risk or an own risk).
    Risk(&'a str),
    /// A measure of the action plan, by its id.
    Measure(&'a str),
    /// Text of none of these forms: kept, shown as a general comment.
    Unknown(&'a str),
}

impl<'a> Target<'a> {
    pub fn parse(text: &'a str) -> Target<'a> {
        let id = |s: &'a str| !s.is_empty() && !s.contains(char::is_whitespace);
        if text.is_empty() {
            Target::General
        } else if text.starts_with('/') && text.len() > 1 {
            Target::Field(text)
        } else if let Some(p) = text.strip_prefix("part:").filter(|s| id(s)) {
            Target::Part(p)
        } else if let Some(r) = text.strip_prefix("risk:").filter(|s| id(s)) {
            Target::Risk(r)
        } else if let Some(m) = text.strip_prefix("measure:").filter(|s| id(s)) {
            Target::Measure(m)
        } else {
            Target::Unknown(text)
        }
    }
}

impl Assessment {
    /// The value at a JSON pointer of the assessment as written to its file (`None` when absent
    /// or `null`): the answer a comment on a field is about.
    pub fn answer_at(&self, pointer: &str) -> Option<serde_json::Value> {
        let value = serde_json::to_value(self).ok()?;
        value.pointer(pointer).filter(|v| !v.is_null()).cloned()
    }

    /// Comments and replies together.
    pub fn comment_count(&self) -> usize {
        self.comments.iter().map(|c| 1 + c.replies.len()).sum()
    }

    /// Whether any comment or reply has this id.
    pub fn has_comment_id(&self, id: &str) -> bool {
        self.comments
            .iter()
            .any(|c| c.id == id || c.replies.iter().any(|r| r.id == id))
    }
}

/// What the types cannot say about the comments: their number, unique ids, the length of texts.
pub(crate) fn check_comments(comments: &[Comment]) -> Result<(), (String, Reason)> {
    let total: usize = comments.iter().map(|c| 1 + c.replies.len()).sum();
    if total > MAX_COMMENTS {
        return Err(("comments".into(), Reason::TooMany { max: MAX_COMMENTS }));
    }
    let long = |s: &str| s.chars().count() > MAX_COMMENT_CHARS;
    let too_long = Reason::TooLong {
        max: MAX_COMMENT_CHARS,
    };
    let mut seen = BTreeSet::new();
    let mut check = |path: String, id: &str, texts: [&str; 3]| {
        if id.trim().is_empty() {
            return Err((format!("{path}.id"), Reason::Empty));
        }
        if !seen.insert(id.to_string()) {
            return Err((format!("{path}.id"), Reason::DuplicateId { id: id.into() }));
        }
        for (field, text) in ["text", "author", "role"].iter().zip(texts) {
            if long(text) {
                return Err((format!("{path}.{field}"), too_long.clone()));
            }
        }
        Ok(())
    };
    for (i, c) in comments.iter().enumerate() {
        let path = format!("comments[{i}]");
        check(path.clone(), &c.id, [&c.text, &c.author, &c.role])?;
        if long(&c.resolved_by) {
            return Err((format!("{path}.resolved_by"), too_long.clone()));
        }
        for (j, r) in c.replies.iter().enumerate() {
            check(
                format!("{path}.replies[{j}]"),
                &r.id,
                [&r.text, &r.author, &r.role],
            )?;
        }
    }
    Ok(())
}

pub(crate) mod time {
    use chrono::{DateTime, Utc};
    use serde::{de::Error, Deserialize, Deserializer};

    fn parse<E: Error>(text: &str) -> Result<DateTime<Utc>, E> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                E::custom(format!(
                    "\"{text}\" is not a date and time; use YYYY-MM-DDTHH:MM:SSZ"
                ))
            })
    }

    /// A date and time in RFC 3339, with an error that says so.
    pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        parse(&String::deserialize(d)?)
    }

    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|t| parse(&t))
            .transpose()
    }
}
