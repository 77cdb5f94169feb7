//! The front of the starter: cover, about this document, the management summary and the
//! screening with its flags.

use super::common::*;
use crate::compose::Compose;
use crate::frame::*;
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{Level, Risk};
use dpia_statement::StatementRef::Item;

/// The processing in a few words: the first sentence of the description, else the purposes.
pub(crate) fn processing_name(input: &Input) -> Option<String> {
    let a = input.assessment;
    let description = a.description.trim();
    if !description.is_empty() {
        let end = description
            .char_indices()
            .find(|(i, c)| {
                *c == '.' && description[i + 1..].starts_with(|n: char| n.is_whitespace())
            })
            .map_or(description.len(), |(i, _)| i);
        return Some(description[..end].trim_end_matches('.').to_string());
    }
    let purposes: Vec<&str> = a
        .purposes
        .iter()
        .map(|p| p.description.trim())
        .filter(|p| !p.is_empty())
        .collect();
    (!purposes.is_empty()).then(|| purposes.join("; "))
}

pub(crate) fn cover(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let mut lines = vec![client_name(input)];
    if let Some(name) = processing_name(input) {
        lines.push(m.fmt("doc-cover-processing", &[("processing", name.into())]));
    }
    lines.push(m.fmt(
        "doc-cover-processor",
        &[
            ("processor", st.processor.name.as_str().into()),
            ("version", st.version.version.as_str().into()),
        ],
    ));
    lines.push(m.fmt(
        "doc-cover-date",
        &[("date", m.date(input.screening.dates.assessment).into())],
    ));
    lines.push(m.fmt(
        "doc-cover-document-date",
        &[("date", m.date(input.date).into())],
    ));
    lines.push(m.fmt(
        "doc-cover-status",
        &[
            ("status", status(input).into()),
            ("version", version(input).into()),
        ],
    ));
    d.blocks.push(Block::Cover {
        title: m.get("doc-starter-title"),
        lines,
    });
}

pub(crate) fn about(d: &mut Compose, input: &Input) {
    let a = input.assessment;
    d.h1("doc-about");
    d.text(d.t("doc-about-text"));
    let marker = d.source(Item(input.statement.services.item));
    d.p(vec![Inline::Text(d.t("doc-about-sources")), marker]);
    // An example of the marking, not an open item.
    let placeholder = Inline::Placeholder(d.f("doc-placeholder", &[("what", "…".into())]));
    // Fluent drops a message's trailing space: the space after its colon is ours.
    d.p(vec![
        Inline::Text(format!("{} ", d.t("doc-about-placeholders"))),
        placeholder,
    ]);
    let m = d.m;
    let header = |id: &str| Cell::text(m.get(id)).toned(Tone::Header);
    let mut rows = vec![
        vec![header("doc-meta-version"), Cell::text(version(input))],
        vec![header("doc-meta-status"), Cell::text(status(input))],
        vec![
            header("doc-meta-date"),
            Cell::text(m.date(input.screening.dates.assessment)),
        ],
        vec![
            header("doc-meta-document-date"),
            Cell::text(m.date(input.date)),
        ],
        vec![
            header("doc-meta-statement"),
            Cell::inlines(vec![
                Inline::Text(input.statement.label()),
                d.source(Item(input.statement.version.item)),
            ]),
        ],
    ];
    let author = d.filled(
        &a.controller.author,
        "doc-what-author",
        "/controller/author",
    );
    rows.push(vec![header("doc-meta-author"), Cell::inlines(author)]);
    d.table(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);
    version_table(d, input);
    if let Some(note) = &input.statement.version.discrepancy {
        d.p(vec![
            Inline::Strong(d.t("doc-version-note")),
            Inline::Text(format!(" {}", note.get(m.lang()))),
            d.source(Item(input.statement.version.item)),
        ]);
    }
}

/// The adoptions and reopenings so far (none while the DPIA was never adopted).
fn version_table(d: &mut Compose, input: &Input) {
    let rows = crate::frame::version_rows(input);
    if rows.is_empty() {
        return;
    }
    let m = d.m;
    d.p(vec![Inline::Strong(m.get("doc-versions"))]);
    let rows = rows
        .into_iter()
        .map(|r| {
            let what = match r.event {
                crate::VersionEvent::Adopted => m.get("doc-version-adopted"),
                crate::VersionEvent::Reopened => m.get("doc-version-reopened"),
            };
            let by = if r.by.is_empty() {
                Cell::text("—".to_string())
            } else {
                Cell::inlines(vec![Inline::Text(r.by), d.answer()])
            };
            vec![
                Cell::text(r.version),
                Cell::text(m.date(r.date)),
                Cell::text(what),
                by,
            ]
        })
        .collect();
    d.table(
        &[
            ("doc-col-version", 12),
            ("doc-col-date", 28),
            ("doc-col-change", 30),
            ("doc-col-by", 30),
        ],
        rows,
    );
}

pub(crate) fn management_summary(d: &mut Compose, input: &Input, open: usize) {
    let m = d.m;
    let st = input.statement;
    let a = input.assessment;
    let s = input.screening;
    d.h1("doc-summary");
    // What is processed, for what.
    let used = used_ids(input);
    let mut what = vec![Inline::Text(one_period(
        m.fmt(
            "doc-summary-what",
            &[
                ("client", client_name(input).into()),
                ("processor", st.processor.name.as_str().into()),
                (
                    "services",
                    words::and_list(
                        m,
                        &used
                            .iter()
                            .map(|id| words::service(m, st, id))
                            .collect::<Vec<_>>(),
                    )
                    .into(),
                ),
                ("count", used.len().into()),
            ],
        ),
    ))];
    // Each purpose tagged with its own pointer, joined as one sentence.
    let purposes: Vec<(usize, &str)> = a
        .purposes
        .iter()
        .map(|p| p.description.trim())
        .enumerate()
        .filter(|(_, p)| !p.is_empty())
        .collect();
    if !purposes.is_empty() {
        what.push(Inline::Text(format!(" {} ", m.get("doc-summary-purposes"))));
        for (i, (k, text)) in purposes.into_iter().enumerate() {
            if i > 0 {
                what.push(Inline::Text("; ".into()));
            }
            what.push(d.field(text, &format!("/purposes/{k}/description")));
        }
        what.push(Inline::Text(".".into()));
    }
    let groups: std::collections::BTreeSet<_> = a
        .used_services()
        .flat_map(|(_, u)| u.subjects.iter().copied())
        .collect();
    let cats: Vec<String> = a
        .categories()
        .iter()
        .map(|c| words::category_for_in_sentence(m, *c, &groups))
        .collect();
    let subjects: Vec<String> = a
        .used_services()
        .flat_map(|(_, u)| u.subjects.iter().copied())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|g| words::lower_first(&words::subject(m, g)))
        .collect();
    if !cats.is_empty() {
        what.push(Inline::Text(format!(
            " {}",
            m.fmt(
                "doc-summary-data",
                &[
                    ("categories", words::and_list(m, &cats).into()),
                    ("subjects", words::and_list(m, &subjects).into()),
                    ("subject_count", subjects.len().into()),
                ],
            )
        )));
    }
    what.push(d.answer());
    d.p(what);
    // Blocking findings first: they stop the processing, whatever the verdict.
    let blocking: Vec<_> = s.blocking().collect();
    if !blocking.is_empty() {
        let mut content = vec![Inline::Strong(format!(
            "{} ",
            m.get("doc-summary-blocking")
        ))];
        let titles: Vec<String> = blocking
            .iter()
            .map(|f| words::flag_title(m, st, f))
            .collect();
        content.push(Inline::Text(format!(
            "{}. {}",
            titles.join("; "),
            m.get("doc-summary-blocking-why")
        )));
        d.callout(Tone::High, content);
    }
    d.callout(verdict_tone(s.verdict_state()), verdict_paragraph(d, input));
    // Every risk that is high before or after measures, by the rule the text states.
    let applicable: Vec<&Risk> = input
        .risks
        .iter()
        .filter(|r| r.applied.applicable)
        .collect();
    if applicable.is_empty() {
        d.text(words::no_risks(m, input.statement, input.assessment));
    } else {
        let count = |l: Level| {
            applicable
                .iter()
                .filter(|r| r.applied.residual_level == l)
                .count()
        };
        let parts: Vec<String> = [
            (Level::High, "doc-count-high"),
            (Level::Medium, "doc-count-medium"),
            (Level::Low, "doc-count-low"),
        ]
        .iter()
        .filter(|(l, _)| count(*l) > 0)
        .map(|(l, id)| m.fmt(id, &[("count", count(*l).into())]))
        .collect();
        d.text(m.fmt(
            "doc-summary-risk-count",
            &[
                ("count", applicable.len().into()),
                ("levels", words::and_list(m, &parts).into()),
            ],
        ));
        let high: Vec<&&Risk> = applicable
            .iter()
            .filter(|r| r.applied.level == Level::High || r.applied.residual_level == Level::High)
            .collect();
        if high.is_empty() {
            d.text(m.get("doc-summary-no-high"));
        } else {
            d.text(m.get("doc-summary-high-rule"));
            // Grouped by their levels before and after measures, the levels said once per group
            // (issue 18: "high before measures, high after measures" on every line).
            let mut groups: Vec<((Level, Level), Vec<Vec<Inline>>)> = Vec::new();
            for r in &high {
                let key = (r.applied.level, r.applied.residual_level);
                let item = vec![Inline::Text(format!(
                    "{} {}",
                    r.number,
                    words::risk_title(m, st, r)
                ))];
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, items)) => items.push(item),
                    None => groups.push((key, vec![item])),
                }
            }
            for ((before, after), items) in groups {
                d.text(m.fmt(
                    "doc-summary-high-group",
                    &[
                        ("before", words::level(m, before).into()),
                        ("after", words::level(m, after).into()),
                    ],
                ));
                d.bullets(items);
            }
        }
    }
    // Prior consultation is the controller's decision: shown as recorded, or as open.
    d.text(match a.sign_off.prior_consultation {
        Some(true) => m.get("doc-summary-art36-yes"),
        Some(false) => m.get("doc-summary-art36-no"),
        None => m.get("doc-summary-art36-open"),
    });
    let annex = m.get("doc-annex-open");
    d.p(if open == 0 {
        vec![Inline::Text(m.get("doc-summary-none-open"))]
    } else {
        vec![
            Inline::Text(format!(
                "{} ",
                m.fmt("doc-summary-open", &[("count", open.into())])
            )),
            Inline::Ref {
                text: annex,
                target: "annex-open".into(),
            },
            Inline::Text(".".into()),
        ]
    });
}

/// A sentence ending in a name that ends in a period ("B.V.") ends in one period.
pub(crate) fn one_period(mut s: String) -> String {
    if s.ends_with("..") {
        s.pop();
    }
    s
}

pub(crate) fn screening(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let s = input.screening;
    let used = used_ids(input);
    d.h1("doc-screening");
    d.text(m.get("doc-screening-intro"));
    service_legend(d, input);
    let verdict = verdict_paragraph(d, input);
    d.p(verdict);
    if s.hits.is_empty() {
        d.text(m.get("doc-screening-no-hits"));
    } else {
        let rows = s
            .hits
            .iter()
            .map(|h| {
                vec![
                    Cell::text(words::criterion(m, h.criterion)),
                    Cell::inlines(vec![
                        Inline::Text(words::capitalised(&words::triggers_lettered(
                            m,
                            st,
                            &used,
                            &h.triggers,
                        ))),
                        d.answer(),
                    ]),
                ]
            })
            .collect();
        d.table(&[("doc-col-criterion", 45), ("doc-col-triggers", 55)], rows);
    }
    let not_hit = words::not_hit(m, s);
    d.p(vec![
        Inline::Strong(format!("{}: ", m.get("cli-not-hit"))),
        Inline::Text(not_hit),
    ]);
    d.text(words::large_scale_rule(m));
    d.h2("doc-flags");
    if s.flags.is_empty() {
        d.text(m.get("cli-none"));
    } else {
        let rows = s
            .flags
            .iter()
            .map(|f| {
                vec![
                    Cell::text(words::severity(m, f.severity)).toned(severity_tone(f.severity)),
                    Cell::inlines(match flag_home(&f.kind) {
                        // Explained in full in its section: named here, with where.
                        Some(home) => vec![
                            Inline::Strong(words::flag_title(m, st, f)),
                            Inline::Text(format!(" — {} ", m.get("doc-flag-see"))),
                            Inline::Ref {
                                text: m.get(home),
                                target: crate::compose::anchor_of(home),
                            },
                        ],
                        None => vec![
                            Inline::Strong(words::flag_title(m, st, f)),
                            Inline::Text(format!(" — {}", words::flag_detail(m, st, f))),
                        ],
                    }),
                    Cell::inlines(vec![
                        Inline::Text(words::capitalised(&words::triggers_lettered(
                            m,
                            st,
                            &used,
                            &f.triggers,
                        ))),
                        if f.sources.is_empty() {
                            d.answer()
                        } else {
                            d.sources(&f.sources)
                        },
                    ]),
                ]
            })
            .collect();
        d.table(
            &[
                ("doc-col-severity", 15),
                ("doc-col-flag", 45),
                ("doc-col-triggers", 40),
            ],
            rows,
        );
    }
}

/// "The services are named by their letters in the statement: a Reports; b Connectors."
pub(crate) fn service_legend(d: &mut Compose, input: &Input) {
    let used = used_ids(input);
    if used.is_empty() {
        return;
    }
    let legend = words::service_legend(d.m, input.statement, &used);
    let text = d.f("doc-service-letters", &[("legend", legend.into())]);
    let marker = d.source(Item(input.statement.services.item));
    d.p(vec![Inline::Text(text), marker]);
}
