//! The DPIA starter: the Model DPIA Rijksdienst structure (parts A–D, points 1–17), prefilled from
//! the statement and the answers, every fact with its source and every gap a marked placeholder;
//! what the controller has filled in (bases, risks, measures, advice, sign-off) replaces the
//! placeholders it answers.

use crate::compose::{content_id, Compose, OpenItem};
use crate::Input;
use dpia_assessment::{
    ActionStatus, Classification, ClientRole, DataCategory, LawfulBasis, RiskStatus, Sector,
};
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{FlagKind, Level, Risk, Severity};
use dpia_statement::StatementRef::{Clause, Item};
use dpia_statement::{OptionEffect, Topic};

pub fn build(input: &Input) -> Document {
    let m = input.messages;
    let mut d = Compose::new(m);
    cover(&mut d, input);
    d.blocks.push(Block::Contents);
    d.page_break();
    about(&mut d, input);
    let summary_at = d.blocks.len();
    screening(&mut d, input);
    d.page_break();
    part_a(&mut d, input);
    d.page_break();
    part_b(&mut d, input);
    d.page_break();
    part_c(&mut d, input);
    d.page_break();
    part_d(&mut d, input);
    d.page_break();
    dpo_and_sign_off(&mut d, input);
    let open = annexes(&mut d, input);
    // The management summary comes second, but counts what the whole document leaves open.
    let mut summary = Compose::new(m);
    management_summary(&mut summary, input, open);
    d.blocks.splice(summary_at..summary_at, summary.blocks);
    finish(d, input, "doc-starter-title")
}

pub(crate) fn finish(d: Compose, input: &Input, title_id: &str) -> Document {
    let m = input.messages;
    let client = client_name(input);
    let title = m.get(title_id);
    let mut doc = Document {
        meta: Meta {
            lang: m.lang().code().into(),
            title: format!("{title} — {client}"),
            subject: m.get("doc-subject"),
            author: m.get("app-name"),
            date: input.date,
            id: String::new(),
            header: m.fmt(
                "doc-header",
                &[
                    ("title", title.into()),
                    ("client", client.into()),
                    ("status", status(input).into()),
                ],
            ),
            page_of: m.get("doc-page-of"),
            contents_title: m.get("doc-contents"),
            page_ref: m.get("doc-page-ref"),
            attachment: Some(Attachment {
                file_name: crate::embedded::exchange_file_name(input.assessment),
                mime: "application/json".into(),
                description: m.get("doc-attachment-description"),
                data: dpia_assessment::to_json(input.assessment).into_bytes(),
            }),
            attachment_note: m.get("doc-attachment-elsewhere"),
        },
        blocks: d.blocks,
    };
    let text = doc.plain_text();
    doc.meta.id = content_id(&[&text, &doc.meta.lang, &input.date.to_string()]);
    doc
}

pub(crate) fn client_name(input: &Input) -> String {
    let name = input.assessment.organisation.name.trim();
    if name.is_empty() {
        input.messages.get("doc-client-unnamed")
    } else {
        name.to_string()
    }
}

/// "concept" or "definitief".
fn status(input: &Input) -> String {
    let s = input
        .assessment
        .sign_off
        .status
        .unwrap_or(dpia_assessment::DocStatus::Concept);
    words::doc_status(input.messages, s)
}

fn version(input: &Input) -> &'static str {
    if input.assessment.sign_off.is_definitive() {
        "1.0"
    } else {
        "0.1"
    }
}

/// The processing in a few words: the first sentence of the description, else the purposes.
fn processing_name(input: &Input) -> Option<String> {
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

fn cover(d: &mut Compose, input: &Input) {
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

fn about(d: &mut Compose, input: &Input) {
    let a = input.assessment;
    d.h1("doc-about");
    d.text(d.t("doc-about-text"));
    let marker = d.source(Item(input.statement.services.item));
    d.p(vec![Inline::Text(d.t("doc-about-sources")), marker]);
    // An example of the marking, not an open item.
    let placeholder = Inline::Placeholder(d.f("doc-placeholder", &[("what", "…".into())]));
    d.p(vec![
        Inline::Text(d.t("doc-about-placeholders")),
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
            header("doc-meta-statement"),
            Cell::inlines(vec![
                Inline::Text(input.statement.label()),
                d.source(Item(input.statement.version.item)),
            ]),
        ],
    ];
    let author = d.filled(&a.controller.author, "doc-what-author");
    rows.push(vec![header("doc-meta-author"), Cell::inlines(author)]);
    d.table(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);
    if let Some(note) = &input.statement.version.discrepancy {
        d.p(vec![
            Inline::Strong(d.t("doc-version-note")),
            Inline::Text(format!(" {}", note.get(m.lang()))),
            d.source(Item(input.statement.version.item)),
        ]);
    }
}

fn verdict_paragraph(d: &Compose, input: &Input) -> Vec<Inline> {
    let s = input.screening;
    vec![
        Inline::Strong(format!("{}. ", words::verdict(d.m, s.verdict))),
        Inline::Text(words::reasons(d.m, s).join(" ")),
    ]
}

/// The risks with their numbers ("R1" …), in register order.
fn numbered(risks: &[Risk]) -> Vec<(String, &Risk)> {
    risks
        .iter()
        .enumerate()
        .map(|(i, r)| (format!("R{}", i + 1), r))
        .collect()
}

/// The ids of the used services, for "all services used".
fn used_ids<'a>(input: &'a Input) -> Vec<&'a str> {
    input
        .assessment
        .used_services_in(input.statement)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

fn management_summary(d: &mut Compose, input: &Input, open: usize) {
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
    let purposes: Vec<&str> = a
        .purposes
        .iter()
        .map(|p| p.description.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if !purposes.is_empty() {
        what.push(Inline::Text(format!(" {} ", m.get("doc-summary-purposes"))));
        what.push(Inline::Answer(purposes.join("; ")));
        what.push(Inline::Text(".".into()));
    }
    let cats: Vec<String> = a
        .categories()
        .iter()
        .map(|c| words::category_in_sentence(m, *c))
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
    d.callout(verdict_tone(s.verdict), verdict_paragraph(d, input));
    // Residual risks, highest first.
    let applicable: Vec<(String, &Risk)> = numbered(input.risks)
        .into_iter()
        .filter(|(_, r)| r.applied.applicable)
        .collect();
    if applicable.is_empty() {
        d.text(m.get("cli-no-risks"));
    } else {
        let count = |l: Level| {
            applicable
                .iter()
                .filter(move |(_, r)| r.applied.residual_level == l)
        };
        d.text(m.fmt(
            "doc-summary-risk-count",
            &[
                ("count", applicable.len().into()),
                ("high", count(Level::High).count().into()),
                ("medium", count(Level::Medium).count().into()),
                ("low", count(Level::Low).count().into()),
            ],
        ));
        let mut ranked = applicable.clone();
        ranked.sort_by(|(na, a), (nb, b)| {
            (b.applied.residual_level, b.applied.level)
                .cmp(&(a.applied.residual_level, a.applied.level))
                .then(number_of(na).cmp(&number_of(nb)))
        });
        let items = ranked
            .iter()
            .take(3)
            .map(|(n, r)| {
                vec![Inline::Text(m.fmt(
                    "doc-risk-line",
                    &[
                        ("number", n.as_str().into()),
                        ("title", words::risk_title(m, st, r).into()),
                        ("before", words::level(m, r.applied.level).into()),
                        ("after", words::level(m, r.applied.residual_level).into()),
                    ],
                ))]
            })
            .collect();
        d.bullets(items);
    }
    let high: Vec<String> = applicable
        .iter()
        .filter(|(_, r)| r.prior_consultation)
        .map(|(n, _)| n.clone())
        .collect();
    d.text(if high.is_empty() {
        m.get("doc-art36-no")
    } else {
        m.fmt(
            "doc-summary-art36",
            &[("risks", words::and_list(m, &high).into())],
        )
    });
    let blocking: Vec<_> = s.blocking().collect();
    if !blocking.is_empty() {
        let items = blocking
            .iter()
            .map(|f| vec![Inline::Strong(words::flag_title(m, st, f))])
            .collect();
        d.p(vec![Inline::Strong(m.get("doc-summary-blocking"))]);
        d.bullets(items);
    }
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
fn one_period(mut s: String) -> String {
    if s.ends_with("..") {
        s.pop();
    }
    s
}

/// 7 for "R7".
fn number_of(label: &str) -> usize {
    label
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .unwrap_or(usize::MAX)
}

pub(crate) fn verdict_tone(v: dpia_rules::Verdict) -> Tone {
    match v {
        dpia_rules::Verdict::Required => Tone::High,
        dpia_rules::Verdict::Recommended => Tone::Medium,
        dpia_rules::Verdict::NotRequired => Tone::Low,
    }
}

fn severity_tone(s: Severity) -> Tone {
    match s {
        Severity::Blocking => Tone::High,
        Severity::Warning => Tone::Medium,
        Severity::Info => Tone::Plain,
    }
}

fn screening(d: &mut Compose, input: &Input) {
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
                    Cell::inlines(vec![
                        Inline::Strong(words::flag_title(m, st, f)),
                        Inline::Text(format!(" — {}", words::flag_detail(m, st, f))),
                    ]),
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
                ("doc-col-severity", 14),
                ("doc-col-flag", 56),
                ("doc-col-triggers", 30),
            ],
            rows,
        );
    }
}

/// "The services are named by their letters in the statement: a Reports; b Connectors."
fn service_legend(d: &mut Compose, input: &Input) {
    let used = used_ids(input);
    if used.is_empty() {
        return;
    }
    let legend = words::service_legend(d.m, input.statement, &used);
    let text = d.f("doc-service-letters", &[("legend", legend.into())]);
    let marker = d.source(Item(input.statement.services.item));
    d.p(vec![Inline::Text(text), marker]);
}

fn flag_callouts(d: &mut Compose, input: &Input, which: impl Fn(&FlagKind) -> bool) {
    let m = d.m;
    let st = input.statement;
    for f in input.screening.flags.iter().filter(|f| which(&f.kind)) {
        let mut content = vec![
            Inline::Strong(format!("{}: ", words::flag_title(m, st, f))),
            Inline::Text(words::flag_detail(m, st, f)),
        ];
        if !f.sources.is_empty() {
            content.push(d.sources(&f.sources));
        }
        d.callout(severity_tone(f.severity).max_medium(), content);
    }
}

trait MaxMedium {
    fn max_medium(self) -> Tone;
}

impl MaxMedium for Tone {
    /// Info flags in the body are shown as notes of medium weight.
    fn max_medium(self) -> Tone {
        match self {
            Tone::Plain => Tone::Medium,
            t => t,
        }
    }
}

fn part_a(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let a = input.assessment;
    let s = input.screening;
    d.h1("doc-part-a");

    // 1. Proposal
    d.h2("doc-a1");
    d.filled_p(&a.description, "doc-what-description");
    let used = used_ids(input);
    if used.is_empty() {
        d.placeholder_p("doc-what-services");
    } else {
        d.text(m.get("doc-a1-services"));
        let items = used
            .iter()
            .map(|id| {
                let name = match st.service(id) {
                    Some(sv) if !sv.letter.is_empty() => {
                        format!("{} {}", sv.letter, words::service(m, st, id))
                    }
                    _ => words::service(m, st, id),
                };
                let mut item = vec![Inline::Strong(name)];
                if let Some(sv) = st.service(id) {
                    item.push(Inline::Text(": ".into()));
                    item.extend(crate::quote::quoted(
                        m,
                        st,
                        Some(sv.item),
                        sv.description.get(lang),
                    ));
                    item.push(d.source(Item(sv.item)));
                }
                item
            })
            .collect();
        d.bullets(items);
    }

    // 2. Personal data: per category the services it goes through, then per service whose
    // data it is and where it comes from.
    d.h2("doc-a2");
    d.text(m.get("doc-a2-intro"));
    let services = a.used_services_in(st);
    let mut unanswered = Vec::new();
    let mut empty = Vec::new();
    for (id, u) in &services {
        match &u.categories {
            None => unanswered.push(words::service(m, st, id)),
            Some(c) if c.is_empty() => empty.push(words::service(m, st, id)),
            Some(_) => {}
        }
    }
    let cats = a.categories();
    if !cats.is_empty() {
        let mut rows = Vec::new();
        for c in &cats {
            let through: Vec<&str> = services
                .iter()
                .filter(|(_, u)| u.cats().contains(c))
                .map(|(id, _)| *id)
                .collect();
            let tone = match c.classification() {
                Classification::Special | Classification::Criminal | Classification::NationalId => {
                    Tone::High
                }
                Classification::Sensitive => Tone::Medium,
                Classification::Ordinary => Tone::Plain,
            };
            rows.push(vec![
                Cell::text(words::category(m, *c)),
                Cell::text(words::classification(m, c.classification())).toned(tone),
                Cell::inlines(vec![
                    Inline::Text(words::service_letters(m, st, &used, &through)),
                    d.answer(),
                ]),
            ]);
        }
        d.table(
            &[
                ("doc-col-category", 34),
                ("doc-col-classification", 30),
                ("doc-col-services", 36),
            ],
            rows,
        );
        let mut rows = Vec::new();
        for (id, u) in &services {
            if !u.has_data() {
                continue;
            }
            let mut subjects = vec![Inline::Text(
                u.subjects
                    .iter()
                    .map(|g| words::subject(m, *g))
                    .collect::<Vec<_>>()
                    .join(", "),
            )];
            if let Some(n) = u.data_subjects_estimate {
                subjects.push(Inline::Text(format!(
                    " ({})",
                    m.fmt("trigger-what-estimate", &[("count", m.number(n).into())])
                )));
            }
            subjects.push(d.answer());
            let sources = if u.source_systems.trim().is_empty() {
                Vec::new()
            } else {
                d.answer_text(&u.source_systems)
            };
            rows.push(vec![
                Cell::text(words::service(m, st, id)),
                Cell::inlines(subjects),
                Cell::inlines(sources),
            ]);
        }
        d.table(
            &[
                ("doc-col-service", 30),
                ("doc-col-subjects", 40),
                ("doc-col-source-systems", 30),
            ],
            rows,
        );
    }
    if !empty.is_empty() {
        d.p(vec![
            Inline::Text(m.fmt(
                "doc-a2-no-personal-data",
                &[
                    ("services", words::and_list(m, &empty).into()),
                    ("count", empty.len().into()),
                ],
            )),
            d.answer(),
        ]);
    }
    if cats.is_empty() && unanswered.is_empty() && empty.is_empty() {
        d.placeholder_p("doc-what-data");
    }
    for service in unanswered {
        let what = m.fmt("doc-what-data-of", &[("service", service.into())]);
        let ph = d.placeholder(what);
        d.p(vec![ph]);
    }
    d.quote(
        st,
        Item(st.intended_use.item),
        st.intended_use.classification_by_controller.get(lang),
    );

    // 3. Processing operations
    d.h2("doc-a3");
    if !st.data_flow.steps.is_empty() {
        d.text(m.get("doc-a3-flow"));
        let derived = d.derived(Item(st.data_flow.item));
        let steps = st
            .data_flow
            .steps
            .iter()
            .map(|x| vec![Inline::Text(x.get(lang).to_string()), derived.clone()])
            .collect();
        d.bullets(steps);
    }
    d.quote(st, Item(st.data_flow.item), st.data_flow.text.get(lang));
    for (source, x) in st.passages_about(Topic::Processing) {
        d.quote(st, source, x.text.get(lang));
    }

    // 4. Techniques and methods
    d.h2("doc-a4");
    for (source, x) in st.passages_about(Topic::Techniques) {
        d.quote(st, source, x.text.get(lang));
    }
    let mut items = Vec::new();
    for (id, _) in a.used_services_in(st) {
        if let Some(sv) = st.service(id) {
            if let Some(technique) = &sv.technique {
                items.push(vec![
                    Inline::Strong(format!("{}: ", words::service(m, st, id))),
                    Inline::Text(technique.get(lang).to_string()),
                    d.derived(Item(sv.item)),
                ]);
            }
        }
    }
    let ml_used = !dpia_rules::triggers::used_with_trait(
        st,
        a,
        dpia_statement::ServiceTrait::MachineLearning,
    )
    .is_empty();
    if ml_used {
        if let Some(area) = a.ai_act_area {
            items.push(vec![
                Inline::Text(words::capitalised(&m.fmt(
                    "trigger-ai-area",
                    &[("area", words::ai_area(m, area).into())],
                ))),
                d.answer(),
            ]);
        }
    }
    for c in a.characteristics.iter().flatten() {
        items.push(vec![
            Inline::Strong(format!("{}: ", words::characteristic(m, *c))),
            Inline::Text(words::characteristic_help(m, *c)),
            d.answer(),
        ]);
    }
    for v in a.map_visuals(st) {
        items.push(vec![
            Inline::Text(words::capitalised(&m.fmt(
                "trigger-map-visual",
                &[("visual", words::map_visual(st, &v).into())],
            ))),
            d.answer(),
        ]);
    }
    if let Some(shows) = a.map_shows_people {
        if !a.map_visuals(st).is_empty() {
            items.push(vec![
                Inline::Text(m.get(if shows {
                    "doc-map-shows-people"
                } else {
                    "doc-map-shows-no-people"
                })),
                d.answer(),
            ]);
        }
    }
    if a.characteristics.is_none() {
        let what = m.get("question-characteristics");
        items.push(vec![d.placeholder(what)]);
    }
    d.bullets(items);

    // 5. Purposes
    d.h2("doc-a5");
    let purposes: Vec<Vec<Inline>> = a
        .purposes
        .iter()
        .filter(|p| !p.description.trim().is_empty())
        .map(|p| d.answer_text(&p.description))
        .collect();
    if purposes.is_empty() {
        d.placeholder_p("doc-what-purposes");
    } else {
        d.bullets(purposes);
    }
    d.quote(st, Item(st.role.item), st.role.text.get(lang));

    // 6. Parties and roles
    d.h2("doc-a6");
    let client = client_name(input);
    let processor = format!("{}, {}", st.processor.name, st.processor.address);
    let processor_sources = d.sources(&[Item(st.processor.item), Item(st.role.item)]);
    let mut rows = Vec::new();
    match a.organisation.role {
        Some(ClientRole::Processor) => {
            rows.push(vec![
                Cell::text(m.fmt("doc-clients-of", &[("client", client.as_str().into())])),
                Cell::text(m.get("doc-role-controller")),
                Cell::inlines(vec![d.answer()]),
            ]);
            rows.push(vec![
                Cell::text(client.clone()),
                Cell::text(m.get("doc-role-processor-for-clients")),
                Cell::inlines(vec![d.answer()]),
            ]);
            rows.push(vec![
                Cell::text(processor),
                Cell::text(m.get("doc-role-sub-processor-of-client")),
                Cell::inlines(vec![
                    processor_sources,
                    d.sources(&[Clause(1, 6), Clause(2, 4)]),
                ]),
            ]);
        }
        role => {
            let role_cell = if role.is_some() {
                Cell::inlines(vec![Inline::Text(m.get("doc-role-controller")), d.answer()])
            } else {
                let what = m.get("doc-what-client-role");
                Cell::inlines(vec![d.placeholder(what)])
            };
            rows.push(vec![
                Cell::text(client.clone()),
                role_cell,
                Cell::inlines(vec![d.answer()]),
            ]);
            rows.push(vec![
                Cell::text(processor),
                Cell::text(m.get("doc-role-processor")),
                Cell::inlines(vec![processor_sources]),
            ]);
        }
    }
    for p in &s.sub_processors {
        if let Some(sub) = st.sub_processor(&p.id) {
            rows.push(vec![
                Cell::text(sub.name.clone()),
                Cell::text(format!(
                    "{} — {}",
                    m.fmt(
                        "doc-role-sub-processor",
                        &[("processor", st.processor.name.as_str().into())]
                    ),
                    words::sub_processor_reason(m, st, &p.reason)
                )),
                Cell::inlines(vec![d.source(Item(st.sub_processors.item))]),
            ]);
        }
    }
    for r in &s.map_recipients {
        rows.push(vec![
            Cell::text(format!(
                "{} ({})",
                r.vendors.join(", "),
                words::map_visual(st, &r.visual)
            )),
            Cell::text(words::vendor_role(m, r.role)),
            Cell::inlines(vec![d.sources(&maps_item(st))]),
        ]);
    }
    d.table(
        &[
            ("doc-col-party", 35),
            ("doc-col-role", 45),
            ("doc-col-source", 20),
        ],
        rows,
    );
    let dpo = d.filled(&a.organisation.dpo, "doc-what-dpo");
    let mut p = vec![Inline::Text(format!("{}: ", m.get("doc-dpo")))];
    p.extend(dpo);
    d.p(p);

    // 7. Interests
    d.h2("doc-a7");
    d.filled_p(&a.controller.interests, "doc-what-interests");

    // 8. Locations and transfers
    d.h2("doc-a8");
    let loc = &st.locations;
    d.quote(st, Item(loc.item), loc.structural.get(lang));
    if let Some(temporary) = &loc.temporary {
        d.quote(st, Item(loc.item), temporary.get(lang));
    }
    if let Some(safeguard) = &loc.safeguard {
        d.quote(st, Item(loc.item), safeguard.text.get(lang));
    }
    flag_callouts(d, input, |k| {
        matches!(
            k,
            FlagKind::TransferDevelopmentOutsideEea
                | FlagKind::TransferMapVisuals
                | FlagKind::MapVendorsRecipients
                | FlagKind::ThirdCountryUnknown { .. }
        )
    });
    if let (false, Some(maps)) = (s.map_recipients.is_empty(), &st.map_visuals) {
        d.quote(st, Item(maps.item), maps.text.get(lang));
        d.quote(st, Item(maps.item), maps.client_tenant_rule.get(lang));
        d.p(vec![
            Inline::Text(maps.terms.get(lang).to_string()),
            d.derived(Item(maps.item)),
        ]);
    }
    if s.flags.iter().any(|f| {
        matches!(
            f.kind,
            FlagKind::TransferDevelopmentOutsideEea
                | FlagKind::TransferMapVisuals
                | FlagKind::ThirdCountryUnknown { .. }
        )
    }) {
        d.filled_p(&a.controller.transfers, "doc-what-dtia");
    }

    // 9. Legal and policy framework
    d.h2("doc-a9");
    let mut items = vec![
        vec![Inline::Text(m.get("doc-law-gdpr"))],
        vec![
            Inline::Text(m.get("doc-law-code")),
            d.source(Item(st.standard_clauses_used.item)),
        ],
    ];
    let cats = a.categories();
    let care = matches!(
        a.organisation.sector,
        Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
    );
    let health =
        cats.contains(&DataCategory::Health) || cats.contains(&DataCategory::PatientNumbers);
    if let Some(c) = st.certificate_for(dpia_statement::Norm::Nen7510) {
        if health {
            // NEN 7510 binds care providers; for others it is only the processor's certificate.
            let id = if care {
                "doc-law-nen7510"
            } else {
                "doc-law-nen7510-certificate"
            };
            items.push(vec![
                Inline::Text(m.fmt(id, &[("certificate", words::certificate(m, c).into())])),
                d.source(Item(st.certifications.item)),
            ]);
        }
    } else if care && health {
        items.push(vec![Inline::Text(m.fmt(
            "doc-law-nen7510",
            &[("certificate", m.get("flag-nen7510-no-certificate").into())],
        ))]);
    }
    if cats.contains(&DataCategory::Bsn) {
        items.push(vec![Inline::Text(m.get("doc-law-bsn"))]);
    }
    if a.has_characteristic(dpia_assessment::Characteristic::AutomatedDecisions) {
        items.push(vec![Inline::Text(m.get("doc-law-art22"))]);
    }
    if ml_used {
        items.push(vec![Inline::Text(m.get("doc-law-ai-act"))]);
    }
    let sector_rules = d.filled(&a.controller.sector_rules, "doc-what-sector-rules");
    items.push(sector_rules);
    d.bullets(items);
    flag_callouts(d, input, |k| {
        matches!(k, FlagKind::Iama | FlagKind::ClientIsProcessor)
    });

    // 10. Retention
    d.h2("doc-a10");
    for (source, x) in st.passages_about(Topic::Retention) {
        d.quote(st, source, x.text.get(lang));
    }
    let retention_options: Vec<String> = st
        .options_with(OptionEffect::RetentionBeyondSource)
        .map(|o| o.name.get(lang).to_string())
        .collect();
    let addons: Vec<String> = st
        .options_with(OptionEffect::RetentionBeyondSource)
        .filter(|o| a.chose(&o.id))
        .map(|o| o.name.get(lang).to_string())
        .collect();
    if addons.is_empty() && !retention_options.is_empty() {
        d.p(vec![
            Inline::Text(m.fmt(
                "doc-a10-no-addons",
                &[("addons", words::and_list(m, &retention_options).into())],
            )),
            d.answer(),
        ]);
    } else if !addons.is_empty() {
        d.callout(
            Tone::Medium,
            vec![
                Inline::Text(m.fmt(
                    "doc-a10-addons",
                    &[("addons", words::and_list(m, &addons).into())],
                )),
                d.answer(),
            ],
        );
        let what = m.fmt(
            "doc-what-history-retention",
            &[("addons", words::and_list(m, &addons).into())],
        );
        let history = if a.controller.history_retention.trim().is_empty() {
            vec![d.placeholder(what)]
        } else {
            d.answer_text(&a.controller.history_retention)
        };
        d.p(history);
    }
    d.quote(st, Item(st.deletion.item), st.deletion.text.get(lang));
    d.filled_p(&a.controller.retention, "doc-what-retention");
    let per_category: Vec<Vec<Cell>> = cats
        .iter()
        .filter_map(|c| {
            let period = a.controller.retention_per_category.get(c)?.trim();
            (!period.is_empty()).then(|| {
                vec![
                    Cell::text(words::category(m, *c)),
                    Cell::inlines(d.answer_text(period)),
                ]
            })
        })
        .collect();
    if !per_category.is_empty() {
        d.table(
            &[("doc-col-category", 35), ("doc-col-retention", 65)],
            per_category,
        );
    }
}

/// The basis for a special category, BSN or criminal data as chosen and noted, or None.
fn basis_given(
    m: &words::Messages,
    a: &dpia_assessment::Assessment,
    c: DataCategory,
) -> Option<Vec<Inline>> {
    let f = &a.follow_ups;
    let mut labels = Vec::new();
    let note = match c.classification() {
        Classification::NationalId => {
            if !f.bsn_basis.given() {
                return None;
            }
            if let Some(s) = f.bsn_basis.statute {
                if s == dpia_assessment::BsnStatute::Other && !f.bsn_basis.other.trim().is_empty() {
                    labels.push(f.bsn_basis.other.trim().to_string());
                } else {
                    labels.push(words::bsn_statute(m, s));
                }
            }
            f.bsn_basis.note.trim()
        }
        Classification::Criminal => {
            if !f.criminal_basis.given() {
                return None;
            }
            labels.push(m.get("doc-b12-art10"));
            if let Some(u) = f.criminal_basis.uavg {
                labels.push(words::uavg_criminal(m, u));
            }
            f.criminal_basis.note.trim()
        }
        _ => {
            let b = f
                .special_category_exceptions
                .get(&c)
                .filter(|b| b.given())?;
            if let Some(g) = b.ground {
                labels.push(words::art9_ground(m, g));
            }
            if let Some(u) = b.uavg {
                labels.push(words::uavg_exception(m, u));
            }
            b.note.trim()
        }
    };
    let mut out = Vec::new();
    if !labels.is_empty() {
        out.push(Inline::Text(labels.join("; ")));
    }
    if !note.is_empty() {
        if !out.is_empty() {
            out.push(Inline::Text(" — ".into()));
        }
        out.push(Inline::Answer(note.to_string()));
    }
    Some(out)
}

fn part_b(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let a = input.assessment;
    d.h1("doc-part-b");

    // 11. Legal basis per purpose
    d.h2("doc-b11");
    d.text(m.get("doc-b11-intro"));
    let purposes: Vec<_> = a
        .purposes
        .iter()
        .filter(|p| !p.description.trim().is_empty())
        .collect();
    if purposes.is_empty() {
        d.placeholder_p("doc-what-legal-basis");
    } else {
        let mut rows = Vec::new();
        for (i, p) in purposes.iter().enumerate() {
            let member = m.fmt("doc-purpose-number", &[("number", (i + 1).into())]);
            let basis = match p.legal_basis {
                Some(b) => vec![Inline::Text(words::lawful_basis(m, b)), d.answer()],
                None => {
                    let what = m.get("doc-what-lawful-basis");
                    vec![d.placeholder_member(what, member.clone())]
                }
            };
            let reasoning = if !p.reasoning.trim().is_empty() {
                d.answer_text(&p.reasoning)
            } else if p.legal_basis == Some(LawfulBasis::F) {
                let what = m.get("doc-what-balancing");
                vec![d.placeholder_member(what, member.clone())]
            } else {
                Vec::new()
            };
            rows.push(vec![
                Cell::inlines(d.answer_text(&p.description)),
                Cell::inlines(basis),
                Cell::inlines(reasoning),
            ]);
        }
        d.table(
            &[
                ("doc-col-purpose", 34),
                ("doc-col-lawful-basis", 30),
                ("doc-col-reasoning", 36),
            ],
            rows,
        );
    }

    // 12. Special categories, criminal data, BSN
    d.h2("doc-b12");
    let cats = a.categories();
    let special: Vec<DataCategory> = cats
        .iter()
        .copied()
        .filter(|c| {
            matches!(
                c.classification(),
                Classification::Special | Classification::Criminal | Classification::NationalId
            )
        })
        .collect();
    if special.is_empty() {
        d.p(vec![Inline::Text(m.get("doc-b12-none")), d.answer()]);
    } else {
        let mut rows = Vec::new();
        for c in special {
            let law = m.get(match c.classification() {
                Classification::NationalId => "doc-b12-law-bsn",
                Classification::Criminal => "doc-b12-law-criminal",
                _ => "doc-b12-law-special",
            });
            let basis = match basis_given(m, a, c) {
                Some(mut given) => {
                    given.push(d.answer());
                    Cell::inlines(given)
                }
                None => {
                    let what = m.fmt(
                        "doc-what-exception",
                        &[("category", words::category_in_sentence(m, c).into())],
                    );
                    Cell::inlines(vec![d.placeholder(what)]).toned(Tone::High)
                }
            };
            rows.push(vec![
                Cell::text(words::category(m, c)),
                Cell::text(words::classification(m, c.classification())),
                Cell::text(law),
                basis,
            ]);
        }
        d.table(
            &[
                ("doc-col-category", 22),
                ("doc-col-classification", 18),
                ("doc-col-law", 20),
                ("doc-col-basis", 40),
            ],
            rows,
        );
        flag_callouts(d, input, |k| {
            matches!(
                k,
                FlagKind::BasisDoesNotCoverUse { .. } | FlagKind::BsnInAnalysis
            )
        });
        d.p(vec![
            Inline::Text(m.get("doc-b12-statement")),
            d.sources(&[Item(st.intended_use.item), Clause(3, 2)]),
        ]);
    }

    // 13. Purpose limitation
    d.h2("doc-b13");
    d.filled_p(
        &a.controller.purpose_limitation,
        "doc-what-purpose-limitation",
    );

    // 14. Necessity and proportionality
    d.h2("doc-b14");
    for (source, x) in st.passages_about(Topic::Minimisation) {
        d.quote(st, source, x.text.get(lang));
    }
    for (label, text, what) in [
        (
            "doc-necessity",
            &a.controller.necessity,
            "doc-what-necessity",
        ),
        (
            "doc-proportionality",
            &a.controller.proportionality,
            "doc-what-proportionality",
        ),
        (
            "doc-subsidiarity",
            &a.controller.subsidiarity,
            "doc-what-subsidiarity",
        ),
    ] {
        let mut p = vec![Inline::Strong(format!("{}: ", m.get(label)))];
        p.extend(d.filled(text, what));
        d.p(p);
    }

    // 15. Rights of data subjects
    d.h2("doc-b15");
    for number in ["7.1", "7.3"] {
        if let (Some(c), Some(r)) = (
            st.clause(number),
            dpia_statement::StatementRef::clause(number),
        ) {
            d.quote(st, r, c.text.get(lang));
        }
    }
    d.filled_p(&a.controller.rights, "doc-what-rights-procedure");

    // Views of data subjects (Art. 35(9))
    d.h2("doc-b-views");
    let v = &a.controller.views;
    match v.sought {
        Some(sought) => {
            d.p(vec![
                Inline::Text(m.get(if sought {
                    "doc-views-sought"
                } else {
                    "doc-views-not-sought"
                })),
                d.answer(),
            ]);
            let (label, what) = if sought {
                ("doc-views-how", "doc-what-views-how")
            } else {
                ("doc-views-why-not", "doc-what-views-why-not")
            };
            let mut p = vec![Inline::Strong(format!("{}: ", m.get(label)))];
            p.extend(d.filled(&v.how, what));
            d.p(p);
            if sought {
                let mut p = vec![Inline::Strong(format!("{}: ", m.get("doc-views-outcome")))];
                p.extend(d.filled(&v.outcome, "doc-what-views-outcome"));
                d.p(p);
            }
        }
        None => d.placeholder_p("doc-what-views"),
    }
}

fn level_tone(l: Level) -> Tone {
    match l {
        Level::Low => Tone::Low,
        Level::Medium => Tone::Medium,
        Level::High => Tone::High,
    }
}

/// The risk matrix of the applicable risks, before or after measures (the values the DPIA uses).
pub(crate) fn matrix(m: &words::Messages, risks: &[Risk], after: bool, caption_id: &str) -> Block {
    let mut cells: [[Vec<String>; 3]; 3] = Default::default();
    for (n, r) in numbered(risks) {
        if !r.applied.applicable {
            continue;
        }
        let (l, imp) = if after {
            (r.applied.residual_likelihood, r.applied.residual_impact)
        } else {
            (r.applied.likelihood, r.applied.impact)
        };
        cells[l as usize][imp as usize].push(n);
    }
    let mut tones = [[Tone::Low; 3]; 3];
    for (li, l) in Level::ALL.iter().enumerate() {
        for (ii, imp) in Level::ALL.iter().enumerate() {
            tones[li][ii] = level_tone(dpia_rules::risks::level(*l, *imp));
        }
    }
    let level_labels = [Level::Low, Level::Medium, Level::High].map(|l| words::level(m, l));
    // The alternative text says where each risk is, for readers who cannot see the grid.
    let mut placed = Vec::new();
    for (li, l) in Level::ALL.iter().enumerate() {
        for (ii, imp) in Level::ALL.iter().enumerate() {
            if !cells[li][ii].is_empty() {
                placed.push(m.fmt(
                    "doc-matrix-cell",
                    &[
                        ("risks", words::and_list(m, &cells[li][ii]).into()),
                        ("likelihood", words::level(m, *l).into()),
                        ("impact", words::level(m, *imp).into()),
                    ],
                ));
            }
        }
    }
    let caption = m.get(caption_id);
    let alt = if placed.is_empty() {
        format!("{caption}: {}", m.get("cli-no-risks"))
    } else {
        format!("{caption}: {}.", placed.join("; "))
    };
    Block::Matrix {
        matrix: Matrix {
            caption,
            likelihood_label: m.get("doc-likelihood"),
            impact_label: m.get("doc-impact"),
            level_labels,
            cells,
            tones,
            alt,
        },
    }
}

/// "medium × high = high".
fn product(m: &words::Messages, l: Level, i: Level) -> String {
    format!(
        "{} × {} = {}",
        words::level(m, l),
        words::level(m, i),
        words::level(m, dpia_rules::risks::level(l, i))
    )
}

/// The controller's assessment of a risk, as recorded, or a placeholder.
fn decision_cell(d: &mut Compose, n: &str, r: &Risk) -> Cell {
    let m = d.m;
    if r.own.is_some() {
        return Cell::inlines(vec![Inline::Text(m.get("doc-risk-own")), d.answer()]);
    }
    let reason = |d: &Compose, dec: &dpia_assessment::RiskDecision| -> Vec<Inline> {
        if dec.reason.trim().is_empty() {
            Vec::new()
        } else {
            vec![
                Inline::Text(format!(" {} ", m.get("doc-decision-reason"))),
                Inline::Answer(dec.reason.trim().to_string()),
                d.answer(),
            ]
        }
    };
    let mut out = match r.decision.as_ref().and_then(|x| x.status.map(|s| (s, x))) {
        None => {
            let what = m.get("doc-what-risk-decision");
            return Cell::inlines(vec![d.placeholder_member(what, n.to_string())]);
        }
        Some((RiskStatus::Confirmed, dec)) => {
            let mut v = vec![Inline::Text(m.get("doc-decision-confirmed"))];
            v.extend(reason(d, dec));
            if dec.reason.trim().is_empty() {
                v.push(d.answer());
            }
            v
        }
        Some((RiskStatus::Adjusted, dec)) => {
            let mut v = vec![Inline::Text(m.fmt(
                "doc-decision-adjusted",
                &[
                    (
                        "before",
                        product(m, r.applied.likelihood, r.applied.impact).into(),
                    ),
                    (
                        "after",
                        product(m, r.applied.residual_likelihood, r.applied.residual_impact).into(),
                    ),
                ],
            ))];
            v.extend(reason(d, dec));
            v
        }
        Some((RiskStatus::NotApplicable, dec)) => {
            let mut v = vec![Inline::Text(m.get("doc-decision-not-applicable"))];
            v.extend(reason(d, dec));
            v
        }
    };
    if r.changed_since_decision {
        out.push(Inline::Strong(format!(
            " {}",
            m.get("doc-decision-changed")
        )));
    }
    Cell::inlines(out)
}

fn part_c(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let used = used_ids(input);
    d.h1("doc-part-c");
    d.h2("doc-c16");
    d.text(m.get("doc-c16-intro"));
    if input.risks.is_empty() {
        d.text(m.get("cli-no-risks"));
        return;
    }
    let mut rows = Vec::new();
    for (n, r) in numbered(input.risks) {
        let risk = match &r.own {
            Some(_) => {
                let mut v = vec![Inline::Strong(words::risk_title(m, st, r))];
                let description = words::risk_description(m, st, r);
                if !description.is_empty() {
                    v.push(Inline::Text(" — ".into()));
                    v.push(Inline::Answer(description));
                }
                v
            }
            None => vec![
                Inline::Strong(words::risk_title(m, st, r)),
                Inline::Text(format!(" — {}", words::risk_description(m, st, r))),
            ],
        };
        let origin = match &r.own {
            Some(o) if !o.origin.trim().is_empty() => d.answer_text(&o.origin),
            Some(_) => vec![d.answer()],
            None => vec![
                Inline::Text(words::capitalised(&words::triggers_lettered(
                    m,
                    st,
                    &used,
                    &r.triggers,
                ))),
                d.answer(),
            ],
        };
        let computed = if r.own.is_some() {
            Cell::text(product(m, r.likelihood, r.impact))
        } else {
            Cell::text(product(m, r.likelihood, r.impact)).toned(level_tone(r.level))
        };
        let decision = decision_cell(d, &n, r);
        rows.push(vec![
            Cell::text(n.clone()),
            Cell::inlines(risk),
            Cell::inlines(origin),
            computed,
            decision,
        ]);
    }
    d.table(
        &[
            ("doc-col-number", 5),
            ("doc-col-risk", 35),
            ("doc-col-origin", 22),
            ("doc-col-computed", 15),
            ("doc-col-assessment", 23),
        ],
        rows,
    );
    d.text(m.get("doc-impact-rule"));
    let before = matrix(m, input.risks, false, "doc-matrix-before");
    d.blocks.push(before);
}

/// The measures of the action plan: every proposed controller measure of an applicable risk,
/// once, with the risks it is proposed for; then the own risks' measures.
fn action_plan_rows<'a>(input: &'a Input) -> Vec<(String, String, Vec<String>)> {
    let m = input.messages;
    // (action-plan key, measure text, risks)
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    for (n, r) in numbered(input.risks) {
        if !r.applied.applicable {
            continue;
        }
        if let Some(o) = &r.own {
            if !o.measures.trim().is_empty() {
                out.push((o.id.clone(), o.measures.trim().to_string(), vec![n]));
            }
            continue;
        }
        for x in &r.controller_measures {
            match out.iter_mut().find(|(id, _, _)| id == x.id) {
                Some((_, _, risks)) => risks.push(n.clone()),
                None => out.push((
                    x.id.to_string(),
                    words::controller_measure(m, x.id),
                    vec![n.clone()],
                )),
            }
        }
    }
    out
}

fn part_d(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let a = input.assessment;
    d.h1("doc-part-d");
    d.h2("doc-d17");
    d.text(m.get("doc-d17-intro"));
    if input.risks.is_empty() {
        d.text(m.get("cli-no-risks"));
    } else {
        let mut rows = Vec::new();
        for (n, r) in numbered(input.risks) {
            if !r.applied.applicable {
                rows.push(vec![
                    Cell::text(n.clone()),
                    Cell::text(m.get("doc-decision-not-applicable")),
                    Cell::text(""),
                    Cell::text(""),
                ]);
                continue;
            }
            let statement_measures: Vec<String> = r
                .measures
                .iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        words::statement_measure(m, st, &x.id),
                        words::lowers(m, x.lowers)
                    )
                })
                .collect();
            let mut processor = vec![Inline::Text(statement_measures.join("; "))];
            if !r.measures.is_empty() {
                processor.push(d.sources(&r.sources()));
            }
            let controller = match &r.own {
                Some(o) if !o.measures.trim().is_empty() => d.answer_text(&o.measures),
                Some(_) => Vec::new(),
                None => {
                    let list: Vec<String> = r
                        .controller_measures
                        .iter()
                        .map(|x| {
                            let state = if x.adopted {
                                a.action_plan
                                    .get(x.id)
                                    .and_then(|i| i.status)
                                    .map_or_else(String::new, |s| words::action_status(m, s))
                            } else {
                                m.get("doc-measure-proposed")
                            };
                            format!(
                                "{} ({}; {})",
                                words::controller_measure(m, x.id),
                                words::lowers(m, x.lowers),
                                state
                            )
                        })
                        .collect();
                    vec![Inline::Text(list.join("; "))]
                }
            };
            let computed = product(m, r.residual_likelihood, r.residual_impact);
            let mut residual = vec![Inline::Strong(product(
                m,
                r.applied.residual_likelihood,
                r.applied.residual_impact,
            ))];
            if r.own.is_none() {
                if r.applied.residual_level != r.residual_level
                    || r.applied.residual_likelihood != r.residual_likelihood
                    || r.applied.residual_impact != r.residual_impact
                {
                    residual.push(Inline::Text(format!(
                        " ({})",
                        m.fmt("doc-computed-was", &[("computed", computed.into())])
                    )));
                }
                residual.push(Inline::Text(format!(
                    " {}",
                    words::residual_reasoning(m, st, r)
                )));
            }
            rows.push(vec![
                Cell::text(n.clone()),
                Cell::inlines(processor),
                Cell::inlines(controller),
                Cell::inlines(residual).toned(level_tone(r.applied.residual_level)),
            ]);
        }
        d.table(
            &[
                ("doc-col-number", 5),
                ("doc-col-statement-measures", 32),
                ("doc-col-controller-measures", 31),
                ("doc-col-residual", 32),
            ],
            rows,
        );
        let after = matrix(m, input.risks, true, "doc-matrix-after");
        d.blocks.push(after);
    }

    // The action plan
    d.h2("doc-action-plan");
    let plan = action_plan_rows(input);
    if plan.is_empty() {
        d.text(m.get("cli-none"));
    } else {
        d.text(m.get("doc-action-plan-intro"));
        let mut rows = Vec::new();
        for (i, (key, measure, risks)) in plan.iter().enumerate() {
            let label = format!("M{}", i + 1);
            let item = a.action_plan.get(key);
            let adopted = item.is_some_and(|x| x.status.is_some());
            let measure_cell = if a.own_risks.iter().any(|o| &o.id == key) {
                Cell::inlines(vec![
                    Inline::Strong(format!("{label} ")),
                    Inline::Answer(measure.clone()),
                ])
            } else {
                Cell::inlines(vec![
                    Inline::Strong(format!("{label} ")),
                    Inline::Text(measure.clone()),
                ])
            };
            let (owner, due, status) = match item.filter(|_| adopted) {
                Some(x) => {
                    let owner = if x.owner.trim().is_empty() {
                        let what = m.get("doc-what-measure-owner");
                        Cell::inlines(vec![d.placeholder_member(what, label.clone())])
                    } else {
                        Cell::inlines(d.answer_text(&x.owner))
                    };
                    let overdue = x.due.is_some_and(|due| {
                        due < input.date && x.status != Some(ActionStatus::Done)
                    });
                    let due = match x.due {
                        Some(date) if overdue => Cell::inlines(vec![
                            Inline::Text(m.date(date)),
                            Inline::Strong(format!(" {}", m.get("doc-overdue"))),
                        ])
                        .toned(Tone::High),
                        Some(date) => Cell::text(m.date(date)),
                        None => {
                            let what = m.get("doc-what-measure-due");
                            Cell::inlines(vec![d.placeholder_member(what, label.clone())])
                        }
                    };
                    let mut status = vec![Inline::Text(
                        x.status
                            .map_or_else(String::new, |s| words::action_status(m, s)),
                    )];
                    if !x.note.trim().is_empty() {
                        status.push(Inline::Text(" — ".into()));
                        status.push(Inline::Answer(x.note.trim().to_string()));
                    }
                    status.push(d.answer());
                    (owner, due, Cell::inlines(status))
                }
                None => {
                    let what = m.get("doc-what-measure-decision");
                    let ph = d.placeholder_member(what, label.clone());
                    (
                        Cell::text(""),
                        Cell::text(""),
                        Cell::inlines(vec![
                            Inline::Text(format!("{} ", m.get("doc-measure-proposed"))),
                            ph,
                        ]),
                    )
                }
            };
            rows.push(vec![
                measure_cell,
                Cell::text(risks.join(", ")),
                owner,
                due,
                status,
            ]);
        }
        d.table(
            &[
                ("doc-col-measure", 32),
                ("doc-col-risks", 12),
                ("doc-col-owner", 18),
                ("doc-col-due", 14),
                ("doc-col-status", 24),
            ],
            rows,
        );
    }

    // Prior consultation
    d.h2("doc-art36");
    let high: Vec<String> = numbered(input.risks)
        .into_iter()
        .filter(|(_, r)| r.prior_consultation)
        .map(|(n, r)| format!("{n} {}", words::risk_title(m, st, r)))
        .collect();
    if high.is_empty() {
        d.text(m.get("doc-art36-no"));
    } else {
        d.callout(
            Tone::High,
            vec![Inline::Text(
                m.fmt("doc-art36-yes", &[("risks", high.join("; ").into())]),
            )],
        );
    }
    let so = &a.sign_off;
    match so.prior_consultation {
        Some(consult) => {
            let mut p = vec![Inline::Text(m.get(if consult {
                "doc-art36-decided-yes"
            } else {
                "doc-art36-decided-no"
            }))];
            if !so.prior_consultation_reason.trim().is_empty() {
                p.push(Inline::Text(" ".into()));
                p.push(Inline::Answer(
                    so.prior_consultation_reason.trim().to_string(),
                ));
            }
            p.push(d.answer());
            d.p(p);
            if !consult && !high.is_empty() && so.prior_consultation_reason.trim().is_empty() {
                d.placeholder_p("doc-what-art36-reason");
            }
        }
        None if !high.is_empty() => d.placeholder_p("doc-what-art36-decision"),
        None => {}
    }
}

/// The map-visual item as a one-element list (empty when the statement has no such section).
fn maps_item(st: &dpia_statement::Statement) -> Vec<dpia_statement::StatementRef> {
    st.map_visuals.iter().map(|x| Item(x.item)).collect()
}

fn dpo_and_sign_off(d: &mut Compose, input: &Input) {
    let m = d.m;
    let a = input.assessment;
    let header = |id: &str| Cell::text(m.get(id)).toned(Tone::Header);
    d.h1("doc-dpo-advice");
    d.text(m.get("doc-dpo-advice-intro"));
    let adv = &a.dpo_advice;
    let dpo = if a.organisation.dpo.trim().is_empty() {
        // Asked once, in point 6.
        vec![
            Inline::Text(format!("{} ", m.get("doc-dpo-see"))),
            Inline::Ref {
                text: m.get("doc-a6"),
                target: "a6".into(),
            },
        ]
    } else {
        d.answer_text(&a.organisation.dpo)
    };
    let advice = if adv.advice.trim().is_empty() {
        let what = m.get("doc-what-dpo-advice");
        vec![d.placeholder_dpo(what)]
    } else {
        d.answer_text(&adv.advice)
    };
    let date = match adv.date {
        Some(x) => vec![Inline::Text(m.date(x)), d.answer()],
        None => {
            let what = m.get("doc-what-dpo-date");
            vec![d.placeholder_dpo(what)]
        }
    };
    let followed = match adv.followed {
        Some(true) => vec![Inline::Text(m.get("doc-advice-followed")), d.answer()],
        Some(false) => {
            let mut v = vec![Inline::Text(format!(
                "{} ",
                m.get("doc-advice-not-followed")
            ))];
            v.extend(d.filled(&adv.not_followed_reason, "doc-what-not-followed-reason"));
            v
        }
        None => {
            let what = m.get("doc-what-advice-followed");
            vec![d.placeholder(what)]
        }
    };
    let rows = vec![
        vec![header("doc-field-dpo"), Cell::inlines(dpo)],
        vec![header("doc-field-dpo-advice"), Cell::inlines(advice)],
        vec![header("doc-field-dpo-date"), Cell::inlines(date)],
        vec![header("doc-field-advice-followed"), Cell::inlines(followed)],
    ];
    d.table_kept(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);

    d.h1("doc-sign-off");
    let so = &a.sign_off;
    d.text(m.get(if so.is_definitive() {
        "doc-sign-off-definitive"
    } else {
        "doc-sign-off-intro"
    }));
    let approved = d.filled(&so.approved_by, "doc-what-signer-name");
    let role = d.filled(&so.role, "doc-what-signer-role");
    let date = match so.date {
        Some(x) => vec![Inline::Text(m.date(x)), d.answer()],
        None => {
            let what = m.get("doc-what-signer-date");
            vec![d.placeholder(what)]
        }
    };
    let rows = vec![
        vec![header("doc-field-status"), Cell::text(status(input))],
        vec![header("doc-field-approved-by"), Cell::inlines(approved)],
        vec![header("doc-field-role"), Cell::inlines(role)],
        vec![header("doc-field-date"), Cell::inlines(date)],
        vec![header("doc-field-signature"), Cell::text("")],
    ];
    d.table_kept(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);

    d.h2("doc-review");
    let review = a.review_date.unwrap_or(input.screening.dates.review);
    d.p(vec![Inline::Text(m.fmt(
        if a.review_date.is_some() {
            "doc-review-set"
        } else {
            "doc-review-text"
        },
        &[("date", m.date(review).into())],
    ))]);
    flag_callouts(d, input, |k| {
        matches!(k, FlagKind::CertificateExpiresBeforeReview { .. })
    });
    if let Some(deadline) = input.screening.dates.termination_deadline {
        d.p(vec![
            Inline::Text(m.fmt("doc-termination", &[("date", m.date(deadline).into())])),
            d.source(Clause(2, 2)),
        ]);
    }
}

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

/// The annexes; returns how many open items the document lists.
fn annexes(d: &mut Compose, input: &Input) -> usize {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let s = input.screening;
    d.page_break();
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
                ("doc-col-party", 20),
                ("doc-col-role", 30),
                ("doc-col-location", 14),
                ("doc-col-safeguard", 18),
                ("doc-col-why", 18),
            ],
            rows,
        );
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
    let rows = facts
        .into_iter()
        .map(|(src, text)| {
            let at = match src {
                Item(n) => Some(n),
                Clause(..) => None,
            };
            vec![
                Cell::text(words::source(m, src)).toned(Tone::Header),
                Cell::inlines(crate::quote::quoted(m, st, at, &text)),
            ]
        })
        .collect();
    d.table(&[("doc-col-source", 20), ("doc-col-fact", 80)], rows);

    // Open items last, so it lists every placeholder the document contains.
    d.h1("doc-annex-open");
    let questionnaire = m.get("doc-open-questions-section");
    let mut rows: Vec<Vec<Cell>> = s
        .open_questions
        .iter()
        .map(|q| {
            vec![
                Cell::text(questionnaire.clone()),
                Cell::text(words::open_question(m, st, q)),
            ]
        })
        .collect();
    for (item, members) in open_rows(&d.open_items) {
        let section = match &item.anchor {
            Some(anchor) => Cell::inlines(vec![Inline::Ref {
                text: item.section.clone(),
                target: anchor.clone(),
            }]),
            None => Cell::text(item.section.clone()),
        };
        let text = if members.is_empty() {
            item.text.clone()
        } else {
            format!("{} ({})", item.text, members.join(", "))
        };
        rows.push(vec![
            section,
            Cell::inlines(vec![Inline::Placeholder(text)]),
        ]);
    }
    let count = rows.len();
    if count == 0 {
        d.text(m.get("doc-summary-none-open"));
    } else {
        d.text(m.fmt("doc-open-intro", &[("count", count.into())]));
        d.table(&[("doc-col-section", 35), ("doc-col-open", 65)], rows);
    }
    count
}
