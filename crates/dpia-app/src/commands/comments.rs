//! Review comments: add one on a question, field, part, risk or measure, reply, resolve and
//! reopen, and who the app writes them as (remembered in the database's settings). Every change
//! goes through [`App::assessments_set`], so it is checked like any answer (a definitive DPIA
//! refuses it), stored in one transaction and recorded in the history.

use crate::views::{AssessmentView, ReviewerView};
use crate::{ApiError, App, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, Comment, CommentOrigin, CommentStatus, Reply, Target};
use std::hash::{Hash, Hasher};

pub(crate) const REVIEWER_NAME: &str = "reviewer_name";
const REVIEWER_ROLE: &str = "reviewer_role";

/// 16 hex digits of a hash of `parts` and the time to the nanosecond (ids that need to be
/// unique, not secret; the same for the same input, so the recorded views stay the same).
pub(crate) fn hex_id(parts: &[&str], now: DateTime<Utc>) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    now.timestamp_nanos_opt().unwrap_or_default().hash(&mut h);
    format!("{:016x}", h.finish())
}

/// A comment id `a` does not use yet.
fn fresh_id(a: &Assessment, text: &str, now: DateTime<Utc>) -> String {
    let mut n = 0u32;
    loop {
        let id = format!("c{}", hex_id(&[&a.id, text, &n.to_string()], now));
        if !a.has_comment_id(&id) {
            return id;
        }
        n += 1;
    }
}

impl App {
    /// Who the app writes comments as.
    pub fn reviewer(&self) -> Result<ReviewerView> {
        let store = self.store()?;
        let get = |k| {
            store
                .setting(k)
                .worded(&self.messages)
                .map(Option::unwrap_or_default)
        };
        Ok(ReviewerView {
            name: get(REVIEWER_NAME)?,
            role: get(REVIEWER_ROLE)?,
        })
    }

    fn remember_reviewer(&mut self, name: &str, role: &str) -> Result<()> {
        let (store, m) = self.store_mut()?;
        store.set_setting(REVIEWER_NAME, name).worded(m)?;
        store.set_setting(REVIEWER_ROLE, role).worded(m)
    }

    /// The text of a comment or reply and its author, trimmed; empty ones refused.
    fn comment_parts(&self, text: &str, author: &str) -> Result<(String, String)> {
        let m = &self.messages;
        if author.trim().is_empty() {
            return Err(ApiError::of(m, "comment_author", &[]));
        }
        if text.trim().is_empty() {
            return Err(ApiError::of(m, "comment_empty", &[]));
        }
        Ok((text.trim().to_string(), author.trim().to_string()))
    }

    /// Where comment `comment` of assessment `id` is, and the assessment.
    fn find_comment(&self, id: i64, comment: &str) -> Result<(usize, Assessment)> {
        let a = self.store()?.get(id).worded(&self.messages)?;
        let i = a
            .comments
            .iter()
            .position(|c| c.id == comment)
            .ok_or_else(|| {
                ApiError::of(&self.messages, "comment_unknown", &[("id", comment.into())])
            })?;
        Ok((i, a))
    }

    /// Adds a comment of `author` (in `role`) on `target` (a JSON pointer, `part:…`, `risk:…`,
    /// `measure:…`, or empty for the whole assessment); a comment on a field records its
    /// answer, so a later change shows. The author and role are remembered for the next one.
    #[allow(clippy::too_many_arguments)]
    pub fn comments_add(
        &mut self,
        id: i64,
        target: &str,
        text: &str,
        author: &str,
        role: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let (text, author) = self.comment_parts(text, author)?;
        let a = self.store()?.get(id).worded(&self.messages)?;
        let target = target.trim();
        let answer = match Target::parse(target) {
            Target::Field(p) => a.answer_at(p),
            _ => None,
        };
        let c = Comment {
            id: fresh_id(&a, &text, now),
            target: target.to_string(),
            author: author.clone(),
            role: role.trim().to_string(),
            at: now,
            text,
            status: CommentStatus::Open,
            resolved_by: String::new(),
            resolved_at: None,
            replies: Vec::new(),
            origin: CommentOrigin::App,
            answer,
        };
        let value = serde_json::to_value(&c).expect("a comment serialises");
        self.assessments_set(
            id,
            &format!("/comments/{}", a.comments.len()),
            value,
            today,
            now,
        )?;
        self.remember_reviewer(&author, role.trim())?;
        // Made again now that the reviewer is remembered, so the new comment is "mine".
        self.assessments_view(id, today)
    }

    /// Replies to comment `comment`.
    #[allow(clippy::too_many_arguments)]
    pub fn comments_reply(
        &mut self,
        id: i64,
        comment: &str,
        text: &str,
        author: &str,
        role: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let (text, author) = self.comment_parts(text, author)?;
        let (i, a) = self.find_comment(id, comment)?;
        let r = Reply {
            id: fresh_id(&a, &text, now),
            author: author.clone(),
            role: role.trim().to_string(),
            at: now,
            text,
            origin: CommentOrigin::App,
        };
        let pointer = format!("/comments/{i}/replies/{}", a.comments[i].replies.len());
        let value = serde_json::to_value(&r).expect("a reply serialises");
        self.assessments_set(id, &pointer, value, today, now)?;
        self.remember_reviewer(&author, role.trim())?;
        // Made again now that the reviewer is remembered (which comments are "mine").
        self.assessments_view(id, today)
    }

    /// Resolves comment `comment` (as the remembered reviewer, now), or reopens it.
    pub fn comments_resolve(
        &mut self,
        id: i64,
        comment: &str,
        resolved: bool,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let (i, a) = self.find_comment(id, comment)?;
        let mut c = a.comments[i].clone();
        if resolved {
            let r = self.reviewer()?;
            c.status = CommentStatus::Resolved;
            c.resolved_by = dpia_documents::review::author_label(&r.name, &r.role);
            c.resolved_at = Some(now);
        } else {
            c.status = CommentStatus::Open;
            c.resolved_by = String::new();
            c.resolved_at = None;
        }
        let value = serde_json::to_value(&c).expect("a comment serialises");
        self.assessments_set(id, &format!("/comments/{i}"), value, today, now)
    }
}
