//! The onboarding summary for sales: one or two pages on services, data, verdict, red flags,
//! sub-processors and next steps, from the same answers as the starter.

use crate::compose::Compose;
use crate::starter::{client_name, finish, verdict_tone};
use crate::Input;
use dpia_assessment::ServiceId;
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
    ];
    rows.push(vec![
        Cell::text(m.get("doc-meta-statement")).toned(Tone::Header),
        Cell::inlines(vec![
            Inline::Text(st.label()),
            d.source(Item(st.version.item)),
        ]),
    ]);
    d.table(&[("doc-col-field", 28), ("doc-col-value", 72)], rows);

    d.heading(2, m.get("doc-summary-verdict"));
    let verdict = vec![
        Inline::Strong(format!("{}. ", words::verdict(m, s.verdict))),
        Inline::Text(words::reasons(m, s).join(" ")),
    ];
    d.callout(verdict_tone(s.verdict), verdict);
    let hits: Vec<Vec<Inline>> = s
        .hits
        .iter()
        .map(|h| {
            vec![
                Inline::Strong(words::criterion(m, h.criterion)),
                Inline::Text(format!(" — {}", words::triggers(m, st, &h.triggers))),
            ]
        })
        .collect();
    d.bullets(hits);

    d.heading(2, m.get("doc-summary-services"));
    let mut rows = Vec::new();
    for id in ServiceId::ALL {
        let answer = a.services.get(id);
        let used = match answer.and_then(|u| u.used) {
            Some(true) => m.get("doc-yes"),
            Some(false) => m.get("doc-no"),
            None => m.get("doc-unanswered"),
        };
        let categories = answer
            .filter(|u| u.used == Some(true))
            .map(|u| {
                if u.categories.is_empty() {
                    m.get("doc-no-personal-data")
                } else {
                    u.categories
                        .iter()
                        .map(|c| words::category(m, *c))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            })
            .unwrap_or_default();
        rows.push(vec![
            Cell::text(words::service(m, *id)),
            Cell::text(used),
            Cell::text(categories),
        ]);
    }
    d.table(
        &[
            ("doc-col-service", 30),
            ("doc-col-used", 12),
            ("doc-col-category", 58),
        ],
        rows,
    );
    let yes_no = |v: Option<bool>| match v {
        Some(true) => m.get("doc-yes"),
        Some(false) => m.get("doc-no"),
        None => m.get("doc-unanswered"),
    };
    let visuals = match &a.options.map_visuals {
        None => m.get("doc-unanswered"),
        Some(v) if v.is_empty() => m.get("doc-no"),
        Some(v) => v
            .iter()
            .map(|x| words::map_visual(st, *x))
            .collect::<Vec<_>>()
            .join(", "),
    };
    d.bullets(vec![
        vec![Inline::Text(format!(
            "{}: {}",
            m.get("option-time_travel"),
            yes_no(a.options.time_travel)
        ))],
        vec![Inline::Text(format!(
            "{}: {}",
            m.get("option-snapshot"),
            yes_no(a.options.snapshot)
        ))],
        vec![Inline::Text(format!(
            "{}: {}",
            m.get("option-datev_connector"),
            yes_no(a.options.datev_connector)
        ))],
        vec![Inline::Text(format!(
            "{}: {visuals}",
            m.get("option-map_visuals")
        ))],
        vec![Inline::Text(format!(
            "{}: {}",
            m.get("option-report_publication"),
            a.options
                .report_publication
                .map_or_else(|| m.get("doc-unanswered"), |t| words::tenant(m, t))
        ))],
    ]);

    d.heading(2, m.get("doc-summary-red-flags"));
    if s.flags.is_empty() {
        d.text(m.get("cli-none"));
    }
    for f in &s.flags {
        let tone = match f.severity {
            Severity::Blocking => Tone::High,
            Severity::Warning => Tone::Medium,
            Severity::Info => Tone::Plain,
        };
        d.callout(
            tone,
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

    d.heading(2, m.get("doc-summary-sub-processors"));
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
                    words::sub_processor_reason(m, p.reason)
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
                words::map_visual(st, r.visual),
                words::vendor_role(m, r.role)
            )),
            d.source(Item(st.map_visuals.item)),
        ]
    }));
    if subs.is_empty() {
        d.text(m.get("cli-none"));
    }
    d.bullets(subs);

    d.heading(2, m.get("doc-summary-next"));
    let mut send = vec![
        vec![Inline::Text(m.get("doc-send-starter"))],
        vec![Inline::Text(m.fmt(
            "doc-send-statement",
            &[("statement", st.label().into())],
        ))],
    ];
    if s.open_questions.is_empty() && s.blocking().next().is_none() {
        send.push(vec![Inline::Text(m.get("doc-send-nothing-missing"))]);
    }
    d.bullets(send);
    let mut supply: Vec<Vec<Inline>> = s
        .blocking()
        .map(|f| vec![Inline::Text(words::flag_title(m, st, f))])
        .collect();
    supply.extend(
        s.open_questions
            .iter()
            .map(|q| vec![Inline::Text(words::open_question(m, q))]),
    );
    if !supply.is_empty() {
        d.text(m.get("doc-client-must-supply"));
        d.bullets(supply);
    }
    finish(d, input, "doc-summary-title")
}
