//! One change to a stored assessment: a value set at a JSON pointer, checked to leave a valid
//! assessment (the pure part of `Store::set`, fuzzed).

use super::*;

/// The pure part of [`Store::set`]: sets `value` at `pointer` in the stored JSON `data` of
/// assessment `id` and checks the result is a valid assessment. Returns it and the old value.
/// Public so that it can be fuzzed (`fuzz/`, target `store_set`).
pub fn apply_change(
    data: &str,
    id: i64,
    pointer: &str,
    value: serde_json::Value,
) -> Result<(Assessment, Option<serde_json::Value>), StoreError> {
    let mut json: serde_json::Value = match serde_json::from_str(data) {
        Ok(json) => json,
        Err(e) => {
            return Err(parse_stored(id, data)
                .err()
                .unwrap_or(StoreError::Sql(e.to_string())))
        }
    };
    let old = set_pointer(&mut json, pointer, value)?;
    if matches!(pointer, "/format" | "/version") {
        return Err(StoreError::BadField {
            field: pointer.into(),
            reason: Reason::Unchangeable,
        });
    }
    let text = serde_json::to_string_pretty(&json).expect("json serialises");
    let a = dpia_assessment::parse(&text, &label(id)).map_err(|error| {
        // A stored assessment this version cannot read is that, not a bad change.
        match parse_stored(id, data) {
            Err(unreadable) => unreadable,
            Ok(_) => StoreError::Change { id, error },
        }
    })?;
    Ok((a, old))
}

/// How the store names a stored assessment in a [`FileError`] (the app words it in the user's
/// language; see [`StoreError::Unreadable`] and [`StoreError::Change`]).
pub fn label(id: i64) -> String {
    format!("assessment {id}")
}

pub(crate) fn parse_stored(id: i64, data: &str) -> Result<Assessment, StoreError> {
    dpia_assessment::parse(data, &label(id)).map_err(|error| StoreError::Unreadable { id, error })
}

/// Sets `value` at a JSON pointer, creating missing objects; returns the old value.
fn set_pointer(
    root: &mut serde_json::Value,
    pointer: &str,
    value: serde_json::Value,
) -> Result<Option<serde_json::Value>, StoreError> {
    let bad = |text: &str| StoreError::BadField {
        field: pointer.into(),
        reason: Reason::Other { text: text.into() },
    };
    if !pointer.starts_with('/') || pointer.len() < 2 {
        return Err(bad("not a field path"));
    }
    let parts: Vec<String> = pointer[1..]
        .split('/')
        .map(|p| p.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut node = root;
    for part in &parts[..parts.len() - 1] {
        node = if node.is_array() {
            let list = node.as_array_mut().expect("checked");
            let i = index(part, list.len()).ok_or_else(|| bad("no such element in the list"))?;
            &mut list[i]
        } else {
            let obj = node
                .as_object_mut()
                .ok_or_else(|| bad("its parent is not an object"))?;
            let next = obj
                .entry(part.clone())
                .or_insert_with(|| serde_json::json!({}));
            if next.is_null() {
                *next = serde_json::json!({});
            }
            next
        };
    }
    let last = parts.last().expect("at least one part");
    if let Some(list) = node.as_array_mut() {
        // An element of a list: replace it, or append it right after the last one.
        let i = index(last, list.len() + 1).ok_or_else(|| bad("no such element in the list"))?;
        return Ok(if i == list.len() {
            list.push(value);
            None
        } else {
            Some(std::mem::replace(&mut list[i], value))
        });
    }
    let obj = node
        .as_object_mut()
        .ok_or_else(|| bad("its parent is not an object"))?;
    Ok(if value.is_null() {
        obj.remove(last)
    } else {
        obj.insert(last.clone(), value)
    })
}

/// A list index below `len`, written as a plain decimal number.
fn index(part: &str, len: usize) -> Option<usize> {
    if part.is_empty()
        || !part.bytes().all(|b| b.is_ascii_digit())
        || (part.len() > 1 && part.starts_with('0'))
    {
        return None;
    }
    part.parse::<usize>().ok().filter(|i| *i < len)
}
