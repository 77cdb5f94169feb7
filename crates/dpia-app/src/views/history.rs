//! The history of an assessment as an audit trail a person can read: each stored change split
//! into the fields it changed (an owner, a due date and a status of one measure are three lines),
//! each labelled as the screen labels the field, its old and new value worded as the screens word
//! them, and adoption and reopening as events. Also the adoptions and reopenings for the
//! starter's version table.

use super::answer_words::{answer_label, answer_value, ShownValue};
use super::*;
use dpia_store::HistoryEntry;
use serde_json::Value;

/// What a line of the history records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HistoryEvent {
    /// A value changed (also: first answered, or cleared).
    Changed,
    /// An element was added to a list (a purpose, an own risk).
    Added,
    /// An element was removed from a list.
    Removed,
    /// The DPIA was adopted (made definitive).
    Adopted,
    /// The definitive DPIA was reopened (back to concept).
    Reopened,
}

/// One line of the history.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HistoryView {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The JSON pointer of the field that changed.
    pub field: String,
    /// The part of the assessment the field belongs to (for the filter).
    pub step: Part,
    pub event: HistoryEvent,
    /// The UI message id of the field's label, and its arguments (names already worded).
    pub label_id: String,
    pub label_args: std::collections::BTreeMap<String, String>,
    pub old_value: ShownValue,
    pub new_value: ShownValue,
}

/// The history, newest first, each stored change split into the fields it changed.
pub fn history(
    m: &Messages,
    st: &Statement,
    a: &Assessment,
    entries: Vec<HistoryEntry>,
) -> Vec<HistoryView> {
    let risks = dpia_rules::risks(st, a);
    let ctx = Context {
        m,
        st,
        a,
        risks: &risks,
    };
    let mut out = Vec::new();
    for e in entries {
        let parse = |v: &Option<String>| {
            v.as_deref().map_or(Value::Null, |t| {
                serde_json::from_str(t).unwrap_or(Value::Null)
            })
        };
        let (old, new) = (parse(&e.old_value), parse(&e.new_value));
        let mut lines = Vec::new();
        diff(&e.field, &old, &new, &mut lines);
        if lines.is_empty() {
            // Nothing that a person would see changed (e.g. only the recorded computed values).
            continue;
        }
        for (pointer, event, old, new) in lines {
            out.push(ctx.line(&e.at, pointer, event, &old, &new));
        }
    }
    out
}

/// What the wording of a line needs.
pub(crate) struct Context<'a> {
    pub(crate) m: &'a Messages,
    pub(crate) st: &'a Statement,
    pub(crate) a: &'a Assessment,
    pub(crate) risks: &'a [Risk],
}

impl Context<'_> {
    fn line(
        &self,
        at: &str,
        pointer: String,
        event: HistoryEvent,
        old: &Value,
        new: &Value,
    ) -> HistoryView {
        let (step, label_id, label_args) = answer_label(self, &pointer, old, new);
        let event = match (pointer.as_str(), event) {
            ("/sign_off/status", HistoryEvent::Changed) if new == "definitive" => {
                HistoryEvent::Adopted
            }
            ("/sign_off/status", HistoryEvent::Changed) if old == "definitive" => {
                HistoryEvent::Reopened
            }
            (_, e) => e,
        };
        HistoryView {
            at: at.to_string(),
            step,
            event,
            label_id,
            label_args,
            old_value: answer_value(self, &pointer, old),
            new_value: answer_value(self, &pointer, new),
            field: pointer,
        }
    }
}

type Line = (String, HistoryEvent, Value, Value);

/// Fields whose change is not the user's (recorded beside a decision by the app).
fn internal(pointer: &str) -> bool {
    pointer.starts_with("/risk_decisions/") && pointer.contains("/computed")
}

/// Empty in the sense a person sees it: not answered, empty text, or an empty object.
fn blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Object(o) => o.values().all(blank),
        _ => false,
    }
}

/// The lines one stored change makes: one per field that changed. Objects are compared field by
/// field; a list of objects (purposes, own risks) element by element, an element added to or
/// removed from it as one line.
fn diff(pointer: &str, old: &Value, new: &Value, out: &mut Vec<Line>) {
    if old == new || internal(pointer) || (blank(old) && blank(new)) {
        return;
    }
    // A review comment or reply is one event: added, or resolved/reopened (its status), never
    // its fields one by one.
    if let Some(event) = comment_event(pointer, old, new) {
        out.push(event);
        return;
    }
    let object_or_null = |v: &Value| v.is_object() || v.is_null();
    let objects = |v: &Value| v.as_array().is_some_and(|x| x.iter().any(Value::is_object));
    let list_or_null = |v: &Value| v.is_array() || v.is_null();
    // The statement version is one value ("KPI Solutions B.V. 06-2025"), not two fields.
    let whole = pointer == "/statement";
    if !whole && object_or_null(old) && object_or_null(new) {
        let empty = serde_json::Map::new();
        let (o, n) = (
            old.as_object().unwrap_or(&empty),
            new.as_object().unwrap_or(&empty),
        );
        let mut keys: Vec<&String> = o.keys().chain(n.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let child = format!("{pointer}/{}", escape(k));
            let none = Value::Null;
            diff(
                &child,
                o.get(k).unwrap_or(&none),
                n.get(k).unwrap_or(&none),
                out,
            );
        }
    } else if (objects(old) || objects(new)) && list_or_null(old) && list_or_null(new) {
        let empty = Vec::new();
        let (o, n) = (
            old.as_array().unwrap_or(&empty),
            new.as_array().unwrap_or(&empty),
        );
        list_diff(pointer, o, n, out);
    } else {
        out.push((
            pointer.to_string(),
            HistoryEvent::Changed,
            old.clone(),
            new.clone(),
        ));
    }
}

/// The history line of a change to a review comment (`/comments/N`) or reply
/// (`/comments/N/replies/M`): added as one line, a status change as one line.
fn comment_event(pointer: &str, old: &Value, new: &Value) -> Option<Line> {
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["comments", _] | ["comments", _, "replies", _] if old.is_null() => Some((
            pointer.to_string(),
            HistoryEvent::Added,
            Value::Null,
            new.clone(),
        )),
        ["comments", _] if old.is_object() && new.is_object() => Some((
            format!("{pointer}/status"),
            HistoryEvent::Changed,
            old.get("status").cloned().unwrap_or(Value::Null),
            new.get("status").cloned().unwrap_or(Value::Null),
        )),
        _ => None,
    }
}

/// A list of objects: one element added or removed anywhere is one line; else element by element.
fn list_diff(pointer: &str, old: &[Value], new: &[Value], out: &mut Vec<Line>) {
    if new.len() == old.len() + 1 {
        if let Some(i) = (0..new.len()).find(|&i| old[..i] == new[..i] && old[i..] == new[i + 1..])
        {
            let p = format!("{pointer}/{i}");
            out.push((p, HistoryEvent::Added, Value::Null, new[i].clone()));
            return;
        }
    }
    if old.len() == new.len() + 1 {
        if let Some(i) = (0..old.len()).find(|&i| new[..i] == old[..i] && new[i..] == old[i + 1..])
        {
            let p = format!("{pointer}/{i}");
            out.push((p, HistoryEvent::Removed, old[i].clone(), Value::Null));
            return;
        }
    }
    for i in 0..old.len().max(new.len()) {
        let p = format!("{pointer}/{i}");
        match (old.get(i), new.get(i)) {
            (Some(o), Some(n)) => diff(&p, o, n, out),
            (None, Some(n)) => out.push((p, HistoryEvent::Added, Value::Null, n.clone())),
            (Some(o), None) => out.push((p, HistoryEvent::Removed, o.clone(), Value::Null)),
            (None, None) => {}
        }
    }
}

/// One reference token of a JSON pointer (RFC 6901).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The adoptions and reopenings in the history, oldest first, each with the name of the one who
/// adopted as it was recorded at that moment (for the starter's version table). `day` turns a
/// stored time (RFC 3339, UTC) into the user's calendar day.
pub fn versions(
    entries: &[HistoryEntry],
    day: impl Fn(&str) -> Option<NaiveDate>,
) -> Vec<dpia_documents::Version> {
    let mut approved_by = String::new();
    let mut out = Vec::new();
    for e in entries.iter().rev() {
        let new: Value = e
            .new_value
            .as_deref()
            .and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or(Value::Null);
        let old: Value = e
            .old_value
            .as_deref()
            .and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or(Value::Null);
        match e.field.as_str() {
            "/sign_off/approved_by" => approved_by = new.as_str().unwrap_or_default().to_string(),
            "/sign_off" => {
                if let Some(by) = new.get("approved_by").and_then(Value::as_str) {
                    approved_by = by.to_string();
                }
            }
            _ => {}
        }
        let status = |v: &Value| match e.field.as_str() {
            "/sign_off/status" => v.as_str().map(str::to_string),
            "/sign_off" => v.get("status").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        if !matches!(e.field.as_str(), "/sign_off/status" | "/sign_off") {
            continue;
        }
        let Some(date) = day(&e.at) else { continue };
        let (was, is) = (status(&old), status(&new));
        if is.as_deref() == Some("definitive") && was.as_deref() != Some("definitive") {
            out.push(dpia_documents::Version {
                date,
                event: dpia_documents::VersionEvent::Adopted,
                by: approved_by.trim().to_string(),
            });
        } else if was.as_deref() == Some("definitive") && is.as_deref() != Some("definitive") {
            out.push(dpia_documents::Version {
                date,
                event: dpia_documents::VersionEvent::Reopened,
                by: String::new(),
            });
        }
    }
    out
}
