//! The annexes: the open items (every placeholder of the document, grouped), the statement's
//! passages quoted in full, and the sources.

use super::common::*;
use crate::compose::{Compose, OpenItem};
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_statement::StatementRef::{Clause, Item};

/// The open items as annex rows: one per item, items of a group (e.g. each risk's decision) in
/// one row naming its members.
pub(crate) fn open_rows(items: &[OpenItem]) -> Vec<(OpenItem, Vec<String>)> {
    let mut out: Vec<(OpenItem, Vec<String>)> = Vec::new();
    for item in items {
        match &item.member {
            Some(member) => {
                match out.iter_mut().find(|(x, _)| {
                    x.member.is_some() && x.what == item.what && x.anchor == item.anchor
                }) {
                    Some((_, members)) => members.push(member.clone()),
                    None => out.push((item.clone(), vec![member.clone()])),
                }
            }
            None => out.push((item.clone(), Vec::new())),
        }
    }
    out
}

/// Members' labels with runs of consecutive numbers joined: "M1–M4, M7, R2".
pub(crate) fn label_ranges(labels: &[String]) -> String {
    let split = |l: &str| -> Option<(String, u32)> {
        let at = l.find(|c: char| c.is_ascii_digit())?;
        Some((l[..at].to_string(), l[at..].parse().ok()?))
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let mut j = i;
        if let Some((prefix, mut n)) = split(&labels[i]) {
            while j + 1 < labels.len() && split(&labels[j + 1]) == Some((prefix.clone(), n + 1)) {
                j += 1;
                n += 1;
            }
        }
        out.push(if j > i + 1 {
            format!("{}–{}", labels[i], labels[j])
        } else if j == i + 1 {
            format!("{}, {}", labels[i], labels[j])
        } else {
            labels[i].clone()
        });
        i = j + 1;
    }
    out.join(", ")
}

/// The annexes; returns how many open items the document lists.
pub(crate) fn annexes(d: &mut Compose, input: &Input) -> usize {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let s = input.screening;
    d.h1("doc-annex-sub-processors");
    let own_vendors: Vec<_> = s
        .map_recipients
        .iter()
        .filter(|r| r.role == dpia_rules::VendorRole::ClientsOwn)
        .collect();
    let processor_vendors: Vec<_> = s
        .map_recipients
        .iter()
        .filter(|r| r.role != dpia_rules::VendorRole::ClientsOwn)
        .collect();
    if s.sub_processors.is_empty() && processor_vendors.is_empty() {
        d.text(m.get("cli-none"));
    } else {
        let mut rows = Vec::new();
        for p in &s.sub_processors {
            if let Some(sub) = st.sub_processor(&p.id) {
                let mut location = words::location(m, sub.location);
                if let Some(country) = &sub.country {
                    location = format!("{location} ({country})");
                }
                rows.push(vec![
                    Cell::text(format!("{} ({})", sub.name, sub.letter)),
                    Cell::text(sub.role.get(lang).to_string()),
                    Cell::text(location),
                    Cell::text(
                        sub.safeguard
                            .as_ref()
                            .map_or_else(|| m.get("doc-no-transfer"), |x| x.get(lang).to_string()),
                    ),
                    Cell::inlines(vec![
                        Inline::Text(words::sub_processor_reason(m, st, &p.reason)),
                        d.source(Item(st.sub_processors.item)),
                    ]),
                ]);
            }
        }
        for r in processor_vendors {
            let terms = st
                .map_visuals
                .as_ref()
                .map(|x| x.terms.get(lang).to_string())
                .unwrap_or_default();
            rows.push(vec![
                Cell::text(r.vendors.join(", ")),
                Cell::text(words::map_visual(st, &r.visual)),
                Cell::text(m.get("doc-map-location")),
                Cell::text(terms),
                Cell::inlines(vec![
                    Inline::Text(words::vendor_role(m, r.role)),
                    d.sources(&maps_item(st)),
                ]),
            ]);
        }
        d.table(
            &[
                ("doc-col-party", 15),
                ("doc-col-role", 33),
                ("doc-col-location", 12),
                ("doc-col-safeguard", 24),
                ("doc-col-why", 16),
            ],
            rows,
        );
    }
    // What was assessed and does not apply, by name; the reasons stand in 8. (issue 18: the same
    // list twice in full).
    let excluded: Vec<String> = exclusions(d, input)
        .iter()
        .map(|item| match item.first() {
            Some(Inline::Strong(name)) => name.clone(),
            _ => m.get("doc-excluded-map-visuals-name"),
        })
        .collect();
    if !excluded.is_empty() {
        d.p(vec![
            Inline::Text(
                m.fmt(
                    "doc-excluded-annex",
                    &[("names", words::and_list(m, &excluded).into())],
                ) + " ",
            ),
            Inline::Ref {
                text: m.get("doc-a8"),
                target: crate::compose::anchor_of("doc-a8"),
            },
            Inline::Text(".".into()),
        ]);
    }
    if !own_vendors.is_empty() {
        let vendors: Vec<String> = own_vendors.iter().flat_map(|r| r.vendors.clone()).collect();
        d.p(vec![
            Inline::Text(m.fmt(
                "doc-annex-own-vendors",
                &[("vendors", words::and_list(m, &vendors).into())],
            )),
            d.sources(&maps_item(st)),
        ]);
    }

    d.h1("doc-annex-facts");
    d.text(m.get(if lang == dpia_statement::Lang::Nl {
        "doc-facts-quoted"
    } else {
        "doc-facts-translated"
    }));
    // The measures that do not count come after the facts, but what they cite is used: write
    // them first, then put the facts table before them.
    let tail_at = d.blocks.len();
    not_counted(d, input);
    orphans(d, input);
    let tail = d.blocks.split_off(tail_at);
    let mut facts: Vec<(dpia_statement::StatementRef, String)> = vec![
        (
            Item(st.processor.item),
            format!(
                "{}, {} ({}: {}, {}, {})",
                st.processor.name,
                st.processor.address,
                m.get("cli-statement-contact"),
                st.processor.privacy_contact.name,
                st.processor.privacy_contact.email,
                st.processor.privacy_contact.phone
            ),
        ),
        (Item(st.version.item), st.version.text.get(lang).to_string()),
        (Item(st.role.item), st.role.text.get(lang).to_string()),
    ];
    if let Some(changes) = &st.changes {
        facts.insert(2, (Item(changes.item), changes.text.get(lang).to_string()));
    }
    // The used services' full descriptions, where the body gives our summary instead.
    for (id, _) in input.assessment.used_services_in(st) {
        if let Some(sv) = st.service(id).filter(|sv| sv.summary.is_some()) {
            facts.push((Item(sv.item), sv.description.get(lang).to_string()));
        }
    }
    if let Some(health) = &st.intended_use.health_data {
        facts.push((Item(st.intended_use.item), health.get(lang).to_string()));
    }
    for x in &st.privacy_by_design.texts {
        facts.push((
            Item(st.privacy_by_design.item),
            x.text.get(lang).to_string(),
        ));
    }
    for x in &st.locations.texts {
        facts.push((Item(st.locations.item), x.text.get(lang).to_string()));
    }
    facts.push((
        Item(st.deletion.item),
        st.deletion.text.get(lang).to_string(),
    ));
    for x in &st.security.texts {
        facts.push((Item(st.security.item), x.text.get(lang).to_string()));
    }
    if let Some(isms) = &st.isms {
        facts.push((Item(isms.item), isms.text.get(lang).to_string()));
    }
    for c in &st.certifications.list {
        facts.push((
            Item(st.certifications.item),
            words::certificate(m, c) + &format!(" — {}", c.issuer),
        ));
    }
    facts.push((Item(st.breach.item), st.breach.text.get(lang).to_string()));
    for c in &st.clauses.list {
        if let Some(r) = dpia_statement::StatementRef::clause(&c.number) {
            facts.push((r, c.text.get(lang).to_string()));
        }
    }
    // A passage the body quotes is not quoted again (issue 18: each passage once).
    let rows = facts
        .into_iter()
        .filter(|(src, text)| d.was_cited(*src) && !d.was_quoted(*src, text))
        .map(|(src, text)| {
            let at = match src {
                Item(n) => Some(n),
                Clause(..) => None,
            };
            vec![
                Cell::text(match src {
                    // The intro says these are the statement's items: the number suffices.
                    Item(n) => m.fmt("doc-fact-item", &[("item", n.into())]),
                    Clause(..) => words::source(m, src),
                })
                .toned(Tone::Header),
                Cell::inlines(crate::quote::quoted(m, st, at, &text)),
            ]
        })
        .collect();
    d.table(&[("doc-col-source", 14), ("doc-col-fact", 86)], rows);
    d.blocks.extend(tail);

    // Open items last, so it lists every placeholder the document contains; grouped by who
    // completes them, which is said once above each table (issue 18: "To be completed by the
    // controller:" in every row).
    d.h1("doc-annex-open");
    let questionnaire = m.get("doc-open-questions-section");
    let mut controller: Vec<Vec<Cell>> = s
        .open_questions
        .iter()
        .map(|q| {
            vec![
                Cell::text(questionnaire.clone()),
                Cell::text(words::open_question(m, st, q)),
            ]
        })
        .collect();
    let mut dpo: Vec<Vec<Cell>> = Vec::new();
    // The section each table's last row stands for: a section's items share its row.
    let mut last: [Option<String>; 2] = [None, None];
    let mut count = controller.len();
    for (item, members) in open_rows(&d.open_items) {
        count += 1;
        let (rows, last) = if item.dpo {
            (&mut dpo, &mut last[1])
        } else {
            (&mut controller, &mut last[0])
        };
        let key = Some(format!("{:?}{}", item.anchor, item.section));
        // What is to be completed, marked as in the body; a group names its members.
        let mut open = Vec::new();
        if *last == key {
            if let Some(row) = rows.last_mut() {
                open.append(&mut row[1].content);
                open.push(Inline::Text("; ".into()));
                open.push(Inline::Placeholder(item.what.clone()));
            }
        } else {
            open.push(Inline::Placeholder(words::capitalised(&item.what)));
        }
        if !members.is_empty() {
            open.push(Inline::Text(format!(" ({})", label_ranges(&members))));
        }
        if *last == key {
            if let Some(row) = rows.last_mut() {
                row[1] = Cell::inlines(open);
            }
            continue;
        }
        let section = match &item.anchor {
            Some(anchor) => Cell::inlines(vec![Inline::Ref {
                text: item.section.clone(),
                target: anchor.clone(),
            }]),
            None => Cell::text(item.section.clone()),
        };
        rows.push(vec![section, Cell::inlines(open)]);
        *last = key;
    }
    if count == 0 {
        d.text(m.get("doc-summary-none-open"));
    } else {
        d.text(m.fmt("doc-open-intro", &[("count", count.into())]));
        for (by, rows) in [
            ("doc-open-by-controller", controller),
            ("doc-open-by-dpo", dpo),
        ] {
            if !rows.is_empty() {
                d.text(m.get(by));
                d.table(&[("doc-col-section", 33), ("doc-col-open", 67)], rows);
            }
        }
    }
    count
}

/// The statement's measures that count for no risk of this client, and why: their condition does
/// not hold here, or they address no cause and limit no consequences (a notification duty, a
/// certificate). Listed, so that nothing the statement promises is silently left out.
fn not_counted(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let counted: Vec<&str> = input
        .risks
        .iter()
        .flat_map(|r| r.counted())
        .filter_map(|c| match &c.by {
            dpia_rules::MeasureRef::Statement { id, .. } => Some(id.as_str()),
            dpia_rules::MeasureRef::Controller { .. } => None,
        })
        .collect();
    // Grouped by why they do not count: the reason once, the measures under it (issue 18: the
    // same reason in every row of a table).
    let mut condition: Vec<Vec<Inline>> = Vec::new();
    let mut nothing: Vec<Vec<Inline>> = Vec::new();
    for x in st
        .measures
        .iter()
        .filter(|x| !counted.contains(&x.id.as_str()))
    {
        let Some(source) = st.measure_source(x) else {
            continue;
        };
        let item = vec![
            Inline::Text(words::capitalised(x.summary.get(m.lang()))),
            d.source(source),
        ];
        if x.addresses.is_empty() {
            nothing.push(item);
        } else {
            condition.push(item);
        }
    }
    if condition.is_empty() && nothing.is_empty() {
        return;
    }
    d.h2("doc-annex-not-counted");
    d.text(m.get("doc-annex-not-counted-intro"));
    for (why, items) in [
        ("measure-condition-not-met", condition),
        ("measure-addresses-nothing", nothing),
    ] {
        if !items.is_empty() {
            d.text(format!("{}:", words::capitalised(&m.get(why))));
            d.bullets(items);
        }
    }
}

/// Decisions and action-plan entries the controller recorded that no longer match a risk or a
/// proposed measure: kept in the file, named here (the app offers to remove them).
fn orphans(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let a = input.assessment;
    let o = dpia_rules::orphans(a, input.risks);
    if o.is_empty() {
        return;
    }
    d.h2("doc-annex-orphans");
    d.text(m.get("doc-annex-orphans-intro"));
    let mut items: Vec<Vec<Inline>> = Vec::new();
    for id in &o.decisions {
        let dec = &a.risk_decisions[id];
        let mut v = vec![Inline::Text(m.fmt(
            "doc-orphan-decision",
            &[("risk", words::risk_title_of(m, st, id).into())],
        ))];
        if let Some(s) = dec.status {
            v.push(Inline::Text(format!(" {}", words::risk_status(m, s))));
        }
        if !dec.reason.trim().is_empty() {
            v.push(Inline::Text(" — ".into()));
            let pointer = format!("/risk_decisions/{}/reason", pointer_key(id));
            v.push(d.field(&dec.reason, &pointer));
        }
        v.push(d.answer());
        items.push(v);
    }
    for key in &o.actions {
        let x = &a.action_plan[key];
        let name = if dpia_rules::risks::controller_measure_ids().any(|i| i == key) {
            words::controller_measure(m, key)
        } else {
            key.clone()
        };
        let mut v = vec![Inline::Text(
            m.fmt("doc-orphan-action", &[("measure", name.into())]),
        )];
        if let Some(s) = x.status {
            v.push(Inline::Text(format!(" {}", words::action_status(m, s))));
        }
        if !x.owner.trim().is_empty() {
            v.push(Inline::Text(" — ".into()));
            let pointer = format!("/action_plan/{}/owner", pointer_key(key));
            v.push(d.field(&x.owner, &pointer));
        }
        v.push(d.answer());
        items.push(v);
    }
    d.bullets(items);
}
