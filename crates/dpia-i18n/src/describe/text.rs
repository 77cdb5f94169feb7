//! Sentence helpers: lists joined with "and", capitals at the start, lower case inside a sentence.

use super::*;
use crate::messages::Messages;
use dpia_assessment::DataCategory;

/// Names joined as a list: "A, B and C" / "A, B en C".
pub fn and_list(m: &Messages, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => m.fmt(
            "list-and",
            &[("first", rest.join(", ").into()), ("last", last.into())],
        ),
    }
}

/// The text with its first letter in upper case, for a name that starts a line or sentence.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A category's name inside a sentence: "gezondheidsgegevens", but "BSN" and "IP-adressen" keep
/// their capitals (names whose first two letters are capitals are abbreviations).
pub fn category_in_sentence(m: &Messages, c: DataCategory) -> String {
    lower_first(&category(m, c))
}

/// The text with its first letter in lower case, unless it starts with an abbreviation.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => a
            .to_lowercase()
            .chain(std::iter::once(b))
            .chain(chars)
            .collect(),
        _ => s.to_string(),
    }
}

/// A category worded for the groups of people it is about: identifying numbers of citizens are
/// not "customer, employee and supplier numbers" (issue 18). Other categories, and a category
/// whose groups are not known, read as [`category`].
pub fn category_for(
    m: &Messages,
    c: DataCategory,
    groups: &std::collections::BTreeSet<dpia_assessment::SubjectGroup>,
) -> String {
    if c != DataCategory::Identifiers || groups.is_empty() {
        return category(m, c);
    }
    let mut parts: Vec<String> = Vec::new();
    for g in groups {
        let part = m.get(&format!("identifiers-of-{}", g.id()));
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    capitalised(&and_list(m, &parts))
}

/// [`category_for`] inside a sentence.
pub fn category_for_in_sentence(
    m: &Messages,
    c: DataCategory,
    groups: &std::collections::BTreeSet<dpia_assessment::SubjectGroup>,
) -> String {
    lower_first(&category_for(m, c, groups))
}
