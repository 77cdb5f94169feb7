//! A statement's entries, grouped by the item or clause they stand in.

use super::*;

#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementSection {
    /// "statement item 5"
    pub source: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementView {
    pub title: String,
    pub sections: Vec<StatementSection>,
}

/// The statement's entries, grouped by the item (or clause) they stand in, in statement order.
pub fn statement(m: &Messages, st: &Statement) -> StatementView {
    let mut sections: Vec<StatementSection> = Vec::new();
    let mut last: Option<StatementRef> = None;
    for e in dpia_statement::entries(st) {
        let (source, title, paragraphs) = words::entry(m, &e);
        match sections.last_mut() {
            Some(section) if last == Some(e.source) && title.is_empty() => {
                section.paragraphs.extend(paragraphs)
            }
            _ => sections.push(StatementSection {
                source,
                title,
                paragraphs,
            }),
        }
        last = Some(e.source);
    }
    if let Some(d) = &st.version.discrepancy {
        if let Some(section) = sections
            .iter_mut()
            .find(|x| x.source == words::source(m, StatementRef::Item(st.version.item)))
        {
            section.paragraphs.push(format!(
                "{}: {}",
                m.get("cli-statement-discrepancy"),
                d.get(m.lang())
            ));
        }
    }
    StatementView {
        title: st.label(),
        sections,
    }
}
