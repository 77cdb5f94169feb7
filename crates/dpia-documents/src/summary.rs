//! The onboarding summary for sales: one or two pages on services, data, verdict, red flags,
//! sub-processors and next steps, from the same answers as the starter.

use crate::compose::Compose;
use crate::frame::{client_name, finish, verdict_tone};
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::Severity;
use dpia_statement::StatementRef::Item;

pub fn build(input: &Input) -> Document {
    let m = input.messages;
    let st = input.statement;
    let a = input.assessment;
    let s = input.screening;
    let mut d = Compose::new(m);
    d.heading(
        1,
        format!("{} — {}", m.get("doc-summary-title"), client_name(input)),
        None,
    );

    let org = &a.organisation;
    let mut rows = vec![
        vec![
            Cell::text(m.get("doc-col-client")).toned(Tone::Header),
            Cell::text(client_name(input)),
        ],
        vec![
            Cell::text(m.get("doc-col-sector")).toned(Tone::Header),
            Cell::text(
                org.sector
                    .map_or_else(|| m.get("cli-none"), |x| words::sector(m, x)),
            ),
        ],
        vec![
            Cell::text(m.get("doc-col-contact")).toned(Tone::Header),
            Cell::text(if org.contact_person.trim().is_empty() {
                m.get("cli-none")
            } else {
                org.contact_person.clone()
            }),
        ],
        vec![
            Cell::text(m.get("doc-meta-date")).toned(Tone::Header),
            Cell::text(m.date(s.dates.assessment)),
        ],
        vec![
            Cell::text(m.get("doc-meta-document-date")).toned(Tone::Header),
            Cell::text(m.date(input.date)),
        ],
    ];
    rows.push(vec![
        Cell::text(m.get("doc-meta-statement")).toned(Tone::Header),
        Cell::inlines(vec![
            Inline::Text(st.label()),
            d.source(Item(st.version.item)),
        ]),
    ]);
    // Two fields a row: the facts of the call take half the height (issue 18: the services
    // table stays on the first page, whole).
    let rows: Vec<Vec<Cell>> = rows
        .chunks(2)
        .map(|pair| {
            let mut row: Vec<Cell> = pair.iter().flatten().cloned().collect();
            while row.len() < 4 {
                row.push(Cell::text(""));
            }
            row
        })
        .collect();
    d.table(
        &[
            ("doc-col-field", 21),
            ("doc-col-value", 29),
            ("doc-col-field", 21),
            ("doc-col-value", 29),
        ],
        rows,
    );

    // What the client uses first, then what it means: the services table (kept whole) fits the
    // first page under the facts of the call, and the verdict follows with its reasons.
    d.heading(2, m.get("doc-summary-services"), None);
    let mut rows = Vec::new();
    for service in &st.services.list {
        let id = service.id.as_str();
        let answer = a.services.get(id);
        let used = match answer.and_then(|u| u.used) {
            Some(true) => m.get("doc-yes"),
            Some(false) => m.get("doc-no"),
            None => m.get("doc-unanswered"),
        };
        let categories = answer
            .filter(|u| u.used == Some(true))
            .map(|u| match &u.categories {
                None => m.get("doc-unanswered"),
                Some(c) if c.is_empty() => m.get("doc-no-personal-data"),
                Some(c) => c
                    .iter()
                    .map(|c| words::category_for(m, *c, &u.subjects))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .unwrap_or_default();
        rows.push(vec![
            Cell::text(format!("{} {}", service.letter, words::service(m, st, id))),
            Cell::text(used),
            Cell::text(categories),
        ]);
    }
    // The services are read as one table: never split over two pages (issue 18).
    d.table_kept(
        &[
            ("doc-col-service", 27),
            ("doc-col-used", 12),
            ("doc-col-category", 61),
        ],
        rows,
    );
    // The options in one paragraph: the answers, not a list to read through.
    let options: Vec<String> = st
        .options
        .iter()
        .filter(|o| o.asked_for.iter().any(|s| a.uses(s)) || a.options.contains_key(&o.id))
        .map(|o| {
            format!(
                "{}: {}",
                words::capitalised(o.name.get(m.lang())),
                words::option_answer(m, st, &o.id, a.options.get(&o.id))
            )
        })
        .collect();
    if !options.is_empty() {
        d.p(vec![
            Inline::Strong(format!("{}: ", m.get("doc-summary-options"))),
            Inline::Text(options.join("; ")),
            d.answer(),
        ]);
    }

    d.heading(2, m.get("doc-summary-verdict"), None);
    let verdict = vec![
        Inline::Strong(format!("{} ", words::verdict_shown(m, s))),
        Inline::Text(words::verdict_reasons(m, st, s).join(" ")),
    ];
    d.callout(verdict_tone(s.verdict_state()), verdict);
    let used: Vec<&str> = a
        .used_services_in(st)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // Criteria with the same reasons share a line ("Art. 35(3)(b), DPA list item 7 — health
    // data, …"): the same answers are not read twice.
    let mut grouped: Vec<(Vec<String>, String)> = Vec::new();
    for h in &s.hits {
        let why = words::triggers_lettered(m, st, &used, &h.triggers);
        let name = words::criterion_name(m, h.criterion);
        match grouped.iter_mut().find(|(_, w)| *w == why) {
            Some((names, _)) => names.push(name),
            None => grouped.push((vec![name], why)),
        }
    }
    let hits: Vec<Vec<Inline>> = grouped
        .into_iter()
        .map(|(names, why)| {
            vec![
                Inline::Strong(names.join(", ")),
                Inline::Text(format!(" — {why}")),
            ]
        })
        .collect();
    d.bullets(hits);

    d.heading(2, m.get("doc-summary-red-flags"), None);
    if s.flags.is_empty() {
        d.text(m.get("cli-none"));
    }
    // The processor's own follow-ups are in its block under "what is still needed".
    let client_flag = |f: &&dpia_rules::Flag| {
        !matches!(
            f.kind,
            dpia_rules::FlagKind::ThirdCountryUnknown { .. }
                | dpia_rules::FlagKind::HighRiskAiNotInStatement { .. }
        )
    };
    // Blocking points in full, first; warnings by their title (the starter gives each in full,
    // and what to do about them is under "what is still needed" below).
    for f in s.flags.iter().filter(|f| f.severity == Severity::Blocking) {
        d.callout(
            Tone::High,
            vec![
                Inline::Strong(format!(
                    "{} — {}: ",
                    words::severity(m, f.severity),
                    words::flag_title(m, st, f)
                )),
                Inline::Text(words::flag_detail(m, st, f)),
                if f.sources.is_empty() {
                    d.answer()
                } else {
                    d.sources(&f.sources)
                },
            ],
        );
    }
    let warnings: Vec<Vec<Inline>> = s
        .flags
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .filter(client_flag)
        .map(|f| {
            let mut line = vec![Inline::Strong(format!(
                "{} — {}",
                words::severity(m, f.severity),
                words::flag_title(m, st, f)
            ))];
            if !f.sources.is_empty() {
                line.push(d.sources(&f.sources));
            }
            line
        })
        .collect();
    d.bullets(warnings);
    // Notes for the privacy officer in one line: the sales call needs to know they exist.
    let notes: Vec<String> = s
        .flags
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .map(|f| words::flag_title(m, st, f))
        .collect();
    if !notes.is_empty() {
        d.p(vec![
            Inline::Strong(format!("{}: ", words::severity(m, Severity::Info))),
            Inline::Text(notes.join("; ")),
        ]);
    }

    d.heading(2, m.get("doc-summary-sub-processors"), None);
    let mut subs: Vec<Vec<Inline>> = s
        .sub_processors
        .iter()
        .filter_map(|p| st.sub_processor(&p.id).map(|sub| (p, sub)))
        .map(|(p, sub)| {
            vec![
                Inline::Strong(sub.name.clone()),
                Inline::Text(format!(
                    " ({}) — {}",
                    words::location(m, sub.location),
                    words::sub_processor_reason(m, st, &p.reason)
                )),
                d.source(Item(st.sub_processors.item)),
            ]
        })
        .collect();
    subs.extend(s.map_recipients.iter().map(|r| {
        vec![
            Inline::Strong(r.vendors.join(", ")),
            Inline::Text(format!(
                " ({}) — {}",
                words::map_visual(st, &r.visual),
                words::vendor_role(m, r.role)
            )),
            d.sources(
                &st.map_visuals
                    .iter()
                    .map(|x| Item(x.item))
                    .collect::<Vec<_>>(),
            ),
        ]
    }));
    if subs.is_empty() {
        d.text(m.get("cli-none"));
    }
    d.bullets(subs);

    // What is still needed to start, and who arranges it: blocking points first.
    d.heading(2, m.get("doc-summary-next"), None);
    let all = dpia_rules::arrangements(st, a, s, input.risks);
    if all.is_empty() {
        d.text(m.get("doc-summary-nothing-open"));
    }
    for (party, id, name) in [
        (
            dpia_rules::Party::Client,
            "doc-summary-client-arranges",
            client_name(input),
        ),
        (
            dpia_rules::Party::Processor,
            "doc-summary-processor-arranges",
            st.processor.name.clone(),
        ),
    ] {
        let items: Vec<Vec<Inline>> = all
            .iter()
            .filter(|x| x.party == party)
            .map(|x| {
                let text = words::arrangement(m, st, x);
                if x.blocking {
                    vec![
                        Inline::Strong(format!("{}: ", words::severity(m, Severity::Blocking))),
                        Inline::Text(text),
                    ]
                } else {
                    vec![Inline::Text(text)]
                }
            })
            .collect();
        if !items.is_empty() {
            d.p(vec![Inline::Strong(m.fmt(id, &[("party", name.into())]))]);
            d.bullets(items);
        }
    }
    // What to send: the starter only where a DPIA is required or recommended.
    let mut send = Vec::new();
    if s.verdict_known && s.verdict >= dpia_rules::Verdict::Recommended {
        send.push(m.get("doc-send-starter"));
    }
    send.push(m.fmt("doc-send-statement", &[("statement", st.label().into())]));
    d.p(vec![
        Inline::Strong(format!("{} ", m.get("doc-summary-send"))),
        Inline::Text(send.join(" ")),
    ]);
    finish(d, input, "doc-summary-title")
}
