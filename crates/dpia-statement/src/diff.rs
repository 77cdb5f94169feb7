//! Differences between two versions of a statement, entry by entry (a service, a sub-processor,
//! a security passage, a clause …), matched by id so that renumbered items show as moved.

use crate::model::*;
use serde::Serialize;

/// One comparable entry of a statement: where it stands and what it says, in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// A stable key, e.g. `services.reports`, `sub_processors.n_ix`, `clauses.2.2`.
    pub key: String,
    pub source: StatementRef,
    /// A title where the entry has a name (a service, a sub-processor, a certificate).
    pub title: Option<Text>,
    /// The entry's text (paragraphs joined by a newline).
    pub text: Text,
    /// For a certificate: until when it is valid (worded per language by the reader).
    pub valid_until: Option<chrono::NaiveDate>,
    /// The text is our summary of the statement (an option's help), not quoted statement text.
    pub ours: bool,
}

/// How an entry differs between an older and a newer statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    Added {
        new: Entry,
    },
    Removed {
        old: Entry,
    },
    /// The text changed (and possibly the item number).
    Changed {
        old: Entry,
        new: Entry,
    },
    /// Same text, another item number.
    Moved {
        old: Entry,
        new: Entry,
    },
}

impl Change {
    /// The entry as it stands in the newer version, else as it stood in the older.
    pub fn entry(&self) -> &Entry {
        match self {
            Change::Added { new } | Change::Changed { new, .. } | Change::Moved { new, .. } => new,
            Change::Removed { old } => old,
        }
    }
}

fn t(nl: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        nl: nl.into(),
        en: en.into(),
    }
}

fn join(parts: &[&Text]) -> Text {
    let pick = |f: fn(&Text) -> &String| {
        parts
            .iter()
            .map(|p| f(p).as_str())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    };
    t(pick(|x| &x.nl), pick(|x| &x.en))
}

fn same(s: impl Into<String>) -> Text {
    let s = s.into();
    t(s.clone(), s)
}

/// Every entry of a statement, in the order the statement has them.
pub fn entries(s: &Statement) -> Vec<Entry> {
    let entry = |key: String, item: u32, title: Option<Text>, text: Text| Entry {
        key,
        source: StatementRef::Item(item),
        title,
        text,
        valid_until: None,
        ours: false,
    };
    let mut out = Vec::new();
    let p = &s.processor;
    let c = &p.privacy_contact;
    out.push(entry(
        "processor".into(),
        p.item,
        None,
        join(&[
            &same(format!("{}, {}", p.name, p.address)),
            &same(p.other_addresses.join("; ")),
            &same(p.chamber_of_commerce.clone()),
            &t(
                format!("{} ({}), {}, {}", c.name, c.role.nl, c.email, c.phone),
                format!("{} ({}), {}, {}", c.name, c.role.en, c.email, c.phone),
            ),
        ]),
    ));
    out.push(entry(
        "version".into(),
        s.version.item,
        None,
        s.version.text.clone(),
    ));
    if let Some(x) = &s.changes {
        out.push(entry("changes".into(), x.item, None, x.text.clone()));
    }
    for x in &s.services.list {
        out.push(entry(
            format!("services.{}", x.id),
            x.item,
            Some(x.name.clone()),
            x.description.clone(),
        ));
    }
    for o in &s.options {
        out.push(Entry {
            ours: true,
            ..entry(
                format!("options.{}", o.id),
                o.item,
                Some(o.name.clone()),
                o.help.clone(),
            )
        });
    }
    out.push(entry(
        "data_flow".into(),
        s.data_flow.item,
        None,
        s.data_flow.text.clone(),
    ));
    out.push(entry("role".into(), s.role.item, None, s.role.text.clone()));
    let u = &s.intended_use;
    let mut parts = vec![&u.text];
    if let Some(h) = &u.health_data {
        parts.push(h);
    }
    parts.push(&u.classification_by_controller);
    parts.extend(u.data_kinds.iter());
    out.push(entry("intended_use".into(), u.item, None, join(&parts)));
    for x in &s.privacy_by_design.texts {
        out.push(entry(
            format!("privacy_by_design.{}", x.id),
            s.privacy_by_design.item,
            None,
            x.text.clone(),
        ));
    }
    out.push(entry(
        "standard_clauses_used".into(),
        s.standard_clauses_used.item,
        None,
        s.standard_clauses_used.text.clone(),
    ));
    let l = &s.locations;
    let mut parts = vec![&l.structural];
    if let Some(x) = &l.temporary {
        parts.push(x);
    }
    if let Some(x) = &l.safeguard {
        parts.push(&x.text);
    }
    out.push(entry("locations".into(), l.item, None, join(&parts)));
    for x in &l.texts {
        out.push(entry(
            format!("locations.{}", x.id),
            l.item,
            None,
            x.text.clone(),
        ));
    }
    if let Some(m) = &s.map_visuals {
        out.push(entry(
            "map_visuals".into(),
            m.item,
            None,
            join(&[&m.text, &m.client_tenant_rule]),
        ));
        for v in &m.visuals {
            out.push(entry(
                format!("map_visuals.{}", v.id),
                m.item,
                Some(same(v.name.clone())),
                same(v.vendors.join(", ")),
            ));
        }
    }
    for x in &s.sub_processors.list {
        let mut parts = vec![&x.role, &x.location_text];
        if let Some(sg) = &x.safeguard {
            parts.push(sg);
        }
        parts.push(&x.condition_text);
        out.push(entry(
            format!("sub_processors.{}", x.id),
            s.sub_processors.item,
            Some(same(x.name.clone())),
            join(&parts),
        ));
    }
    out.push(entry(
        "deletion".into(),
        s.deletion.item,
        None,
        s.deletion.text.clone(),
    ));
    for x in &s.security.texts {
        out.push(entry(
            format!("security.{}", x.id),
            s.security.item,
            None,
            x.text.clone(),
        ));
    }
    if let Some(x) = &s.isms {
        out.push(entry("isms".into(), x.item, None, x.text.clone()));
    }
    out.push(entry(
        "certifications".into(),
        s.certifications.item,
        None,
        s.certifications.scope.clone(),
    ));
    for x in &s.certifications.list {
        out.push(Entry {
            valid_until: Some(x.valid_until),
            ..entry(
                format!("certifications.{}", x.id),
                s.certifications.item,
                Some(same(x.standard.clone())),
                join(&[&same(format!("{} — {}", x.number, x.issuer)), &x.about]),
            )
        });
    }
    let b = &s.breach;
    let mut parts = vec![&b.text];
    parts.extend(b.escalation.iter());
    parts.extend(b.content.iter());
    out.push(entry("breach".into(), b.item, None, join(&parts)));
    for x in &s.clauses.list {
        if let Some(source) = StatementRef::clause(&x.number) {
            out.push(Entry {
                source,
                ..entry(
                    format!("clauses.{}", x.number),
                    0,
                    Some(x.title.clone()),
                    x.text.clone(),
                )
            });
        }
    }
    out
}

/// What changed from `old` to `new`, in the order of the newer statement (removed entries last).
pub fn diff(old: &Statement, new: &Statement) -> Vec<Change> {
    let before = entries(old);
    let after = entries(new);
    let mut out = Vec::new();
    for n in &after {
        match before.iter().find(|o| o.key == n.key) {
            None => out.push(Change::Added { new: n.clone() }),
            Some(o) if o.text != n.text || o.title != n.title || o.valid_until != n.valid_until => {
                out.push(Change::Changed {
                    old: o.clone(),
                    new: n.clone(),
                })
            }
            Some(o) if o.source != n.source => out.push(Change::Moved {
                old: o.clone(),
                new: n.clone(),
            }),
            Some(_) => {}
        }
    }
    for o in &before {
        if !after.iter().any(|n| n.key == o.key) {
            out.push(Change::Removed { old: o.clone() });
        }
    }
    out
}
