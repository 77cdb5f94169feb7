//! The DPIA starter: the Model DPIA Rijksdienst structure (parts A–D, points 1–17), prefilled from
//! the statement and the answers, every fact with its source and every gap a marked placeholder.

use crate::compose::{content_id, Compose};
use crate::Input;
use dpia_assessment::{Classification, DataCategory, Sector};
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{Level, Risk, Severity};
use dpia_statement::StatementRef::{Clause, Item};
use dpia_statement::{OptionEffect, Topic};

pub fn build(input: &Input) -> Document {
    let m = input.messages;
    let mut d = Compose::new(m);
    cover(&mut d, input);
    d.blocks.push(Block::Contents);
    d.blocks.push(Block::PageBreak);
    about(&mut d, input);
    summary(&mut d, input);
    screening(&mut d, input);
    part_a(&mut d, input);
    part_b(&mut d, input);
    part_c(&mut d, input);
    part_d(&mut d, input);
    dpo_and_sign_off(&mut d, input);
    annexes(&mut d, input);
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
                &[("title", title.into()), ("client", client.into())],
            ),
            page_of: m.get("doc-page-of"),
            contents_title: m.get("doc-contents"),
            page_ref: String::new(),
            attachment: None,
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

fn cover(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let lines = vec![
        client_name(input),
        m.fmt(
            "doc-cover-processor",
            &[
                ("processor", st.processor.name.as_str().into()),
                ("version", st.version.version.as_str().into()),
            ],
        ),
        m.fmt(
            "doc-cover-date",
            &[("date", m.date(input.screening.dates.assessment).into())],
        ),
        m.get("doc-cover-status"),
        m.get("doc-cover-version"),
    ];
    d.blocks.push(Block::Cover {
        title: m.get("doc-starter-title"),
        lines,
    });
}

fn about(d: &mut Compose, input: &Input) {
    d.h1("doc-about");
    d.text(d.t("doc-about-text"));
    let marker = d.source(Item(input.statement.services.item));
    d.p(vec![Inline::Text(d.t("doc-about-sources")), marker]);
    let example = d.t("doc-what-legal-basis");
    let placeholder = Inline::Placeholder(d.f("doc-placeholder", &[("what", example.into())]));
    d.p(vec![
        Inline::Text(d.t("doc-about-placeholders")),
        placeholder,
    ]);
    let m = d.m;
    let rows = vec![
        vec![
            Cell::text(m.get("doc-meta-version")).toned(Tone::Header),
            Cell::text("0.1"),
        ],
        vec![
            Cell::text(m.get("doc-meta-status")).toned(Tone::Header),
            Cell::text(m.get("doc-status-concept")),
        ],
        vec![
            Cell::text(m.get("doc-meta-date")).toned(Tone::Header),
            Cell::text(m.date(input.date)),
        ],
        vec![
            Cell::text(m.get("doc-meta-statement")).toned(Tone::Header),
            Cell::inlines(vec![
                Inline::Text(input.statement.label()),
                d.source(Item(input.statement.version.item)),
            ]),
        ],
    ];
    let mut rows = rows;
    let author_what = d.t("doc-what-author");
    let author = d.placeholder(author_what);
    rows.push(vec![
        Cell::text(m.get("doc-meta-author")).toned(Tone::Header),
        Cell::inlines(vec![author]),
    ]);
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

fn summary(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let s = input.screening;
    d.h1("doc-summary");
    let verdict = verdict_paragraph(d, input);
    d.callout(verdict_tone(s.verdict), verdict);
    let blocking: Vec<_> = s.blocking().collect();
    if !blocking.is_empty() {
        d.h2("doc-summary-blocking");
        for f in blocking {
            d.callout(
                Tone::High,
                vec![
                    Inline::Strong(format!("{}: ", words::flag_title(m, st, f))),
                    Inline::Text(words::flag_detail(m, st, f)),
                ],
            );
        }
    }
    d.h2("doc-summary-top-risks");
    let mut top: Vec<(usize, &Risk)> = input.risks.iter().enumerate().collect();
    top.sort_by(|(ia, a), (ib, b)| {
        (b.residual_level, b.level)
            .cmp(&(a.residual_level, a.level))
            .then(ia.cmp(ib))
    });
    if top.is_empty() {
        d.text(m.get("cli-no-risks"));
    }
    let items = top
        .iter()
        .take(3)
        .map(|(i, r)| {
            vec![Inline::Text(m.fmt(
                "doc-risk-line",
                &[
                    ("number", (i + 1).into()),
                    ("title", words::risk_title(m, st, r).into()),
                    ("before", words::level(m, r.level).into()),
                    ("after", words::level(m, r.residual_level).into()),
                ],
            ))]
        })
        .collect();
    d.bullets(items);
    d.h2("doc-summary-next");
    let mut next = Vec::new();
    if s.blocking().next().is_some() {
        next.push(vec![Inline::Text(m.get("doc-next-blocking"))]);
    }
    if !s.open_questions.is_empty() {
        next.push(vec![Inline::Text(m.fmt(
            "doc-next-questions",
            &[("count", s.open_questions.len().into())],
        ))]);
    }
    if s.flags.iter().any(|f| {
        matches!(
            f.kind,
            dpia_rules::FlagKind::TransferDevelopmentOutsideEea
                | dpia_rules::FlagKind::TransferMapVisuals
        )
    }) {
        next.push(vec![Inline::Text(m.get("doc-next-dtia"))]);
    }
    next.push(vec![Inline::Text(m.get("doc-next-placeholders"))]);
    next.push(vec![Inline::Text(m.get("doc-next-dpo"))]);
    if input.risks.iter().any(|r| r.prior_consultation) {
        next.push(vec![Inline::Text(m.get("doc-next-art36"))]);
    }
    next.push(vec![Inline::Text(m.fmt(
        "doc-next-review",
        &[("date", m.date(s.dates.review).into())],
    ))]);
    d.bullets(next);
}

pub(crate) fn verdict_tone(v: dpia_rules::Verdict) -> Tone {
    match v {
        dpia_rules::Verdict::Required => Tone::High,
        dpia_rules::Verdict::Recommended => Tone::Medium,
        dpia_rules::Verdict::NotRequired => Tone::Low,
    }
}

fn screening(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let s = input.screening;
    d.h1("doc-screening");
    d.text(m.get("doc-screening-intro"));
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
                        Inline::Text(words::triggers(m, st, &h.triggers)),
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
                let tone = match f.severity {
                    Severity::Blocking => Tone::High,
                    Severity::Warning => Tone::Medium,
                    Severity::Info => Tone::Plain,
                };
                vec![
                    Cell::text(words::severity(m, f.severity)).toned(tone),
                    Cell::inlines(vec![
                        Inline::Strong(words::flag_title(m, st, f)),
                        Inline::Text(format!(" — {}", words::flag_detail(m, st, f))),
                    ]),
                    Cell::inlines(vec![
                        Inline::Text(words::triggers(m, st, &f.triggers)),
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
                ("doc-col-flag", 52),
                ("doc-col-triggers", 34),
            ],
            rows,
        );
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
    if a.description.trim().is_empty() {
        d.placeholder_p("doc-what-description");
    } else {
        d.p(vec![Inline::Text(a.description.clone()), d.answer()]);
    }
    let used: Vec<&str> = a
        .used_services_in(st)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    if used.is_empty() {
        d.placeholder_p("doc-what-services");
    } else {
        d.text(m.get("doc-a1-services"));
        let items = used
            .iter()
            .map(|id| {
                let service = st.service(id);
                let mut item = vec![Inline::Strong(words::service(m, st, id))];
                if let Some(sv) = service {
                    item.push(Inline::Text(format!(": {}", sv.description.get(lang))));
                    item.push(d.source(Item(sv.item)));
                }
                item
            })
            .collect();
        d.bullets(items);
    }

    // 2. Personal data
    d.h2("doc-a2");
    d.text(m.get("doc-a2-intro"));
    let mut rows = Vec::new();
    for (id, u) in a.used_services_in(st) {
        if u.categories.is_empty() {
            rows.push(vec![
                Cell::text(words::service(m, st, id)),
                Cell::text(m.get("doc-no-personal-data")),
                Cell::text(""),
                Cell::text(""),
                Cell::inlines(vec![d.answer()]),
            ]);
            continue;
        }
        let subjects = u
            .subjects
            .iter()
            .map(|g| words::subject(m, *g))
            .collect::<Vec<_>>()
            .join(", ");
        let mut subjects_cell = vec![Inline::Text(subjects)];
        if let Some(n) = u.data_subjects_estimate {
            subjects_cell.push(Inline::Text(format!(
                " ({})",
                m.fmt("trigger-what-estimate", &[("count", m.number(n).into())])
            )));
        }
        for (i, c) in u.categories.iter().enumerate() {
            let tone = match c.classification() {
                Classification::Special | Classification::Criminal | Classification::NationalId => {
                    Tone::High
                }
                Classification::Sensitive => Tone::Medium,
                Classification::Ordinary => Tone::Plain,
            };
            let source_systems = if u.source_systems.trim().is_empty() {
                String::new()
            } else {
                u.source_systems.clone()
            };
            rows.push(vec![
                Cell::text(if i == 0 {
                    words::service(m, st, id)
                } else {
                    String::new()
                }),
                Cell::text(words::category(m, *c)),
                Cell::text(words::classification(m, c.classification())).toned(tone),
                Cell::inlines(if i == 0 {
                    subjects_cell.clone()
                } else {
                    vec![]
                }),
                Cell::inlines(vec![Inline::Text(source_systems), d.answer()]),
            ]);
        }
    }
    if rows.is_empty() {
        d.placeholder_p("doc-what-data");
    } else {
        d.table(
            &[
                ("doc-col-service", 22),
                ("doc-col-category", 22),
                ("doc-col-classification", 20),
                ("doc-col-subjects", 20),
                ("doc-col-source", 16),
            ],
            rows,
        );
    }
    d.p(vec![
        Inline::Text(
            st.intended_use
                .classification_by_controller
                .get(lang)
                .to_string(),
        ),
        d.source(Item(st.intended_use.item)),
    ]);

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
    d.p(vec![
        Inline::Text(st.data_flow.text.get(lang).to_string()),
        d.source(Item(st.data_flow.item)),
    ]);
    for (source, x) in st.passages_about(Topic::Processing) {
        d.p(vec![
            Inline::Text(x.text.get(lang).to_string()),
            d.source(source),
        ]);
    }

    // 4. Techniques and methods
    d.h2("doc-a4");
    let mut items = Vec::new();
    for (source, x) in st.passages_about(Topic::Techniques) {
        items.push(vec![
            Inline::Text(x.text.get(lang).to_string()),
            d.source(source),
        ]);
    }
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
                Inline::Text(m.fmt(
                    "trigger-ai-area",
                    &[("area", words::ai_area(m, area).into())],
                )),
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
            Inline::Text(m.fmt(
                "trigger-map-visual",
                &[("visual", words::map_visual(st, &v).into())],
            )),
            d.answer(),
        ]);
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
        .filter(|p| !p.trim().is_empty())
        .map(|p| vec![Inline::Text(p.clone()), d.answer()])
        .collect();
    if purposes.is_empty() {
        d.placeholder_p("doc-what-purposes");
    } else {
        d.bullets(purposes);
    }
    d.p(vec![
        Inline::Text(st.role.text.get(lang).to_string()),
        d.source(Item(st.role.item)),
    ]);

    // 6. Parties and roles
    d.h2("doc-a6");
    let mut rows = vec![
        vec![
            Cell::text(client_name(input)),
            Cell::text(m.get("doc-role-controller")),
            Cell::inlines(vec![d.answer()]),
        ],
        vec![
            Cell::text(format!("{}, {}", st.processor.name, st.processor.address)),
            Cell::text(m.get("doc-role-processor")),
            Cell::inlines(vec![
                d.sources(&[Item(st.processor.item), Item(st.role.item)])
            ]),
        ],
    ];
    for p in &s.sub_processors {
        if let Some(sub) = st.sub_processor(&p.id) {
            rows.push(vec![
                Cell::text(sub.name.clone()),
                Cell::text(format!(
                    "{} — {}",
                    m.get("doc-role-sub-processor"),
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
    if a.organisation.dpo.trim().is_empty() {
        let what = m.get("doc-what-dpo");
        let ph = d.placeholder(what);
        d.p(vec![Inline::Text(format!("{}: ", m.get("doc-dpo"))), ph]);
    } else {
        d.p(vec![
            Inline::Text(format!("{}: {}", m.get("doc-dpo"), a.organisation.dpo)),
            d.answer(),
        ]);
    }

    // 7. Interests
    d.h2("doc-a7");
    d.placeholder_p("doc-what-interests");

    // 8. Locations and transfers
    d.h2("doc-a8");
    let loc = &st.locations;
    d.p(vec![
        Inline::Text(loc.structural.get(lang).to_string()),
        d.source(Item(loc.item)),
    ]);
    if let Some(temporary) = &loc.temporary {
        d.p(vec![
            Inline::Text(temporary.get(lang).to_string()),
            d.source(Item(loc.item)),
        ]);
    }
    if let Some(safeguard) = &loc.safeguard {
        d.p(vec![
            Inline::Text(safeguard.text.get(lang).to_string()),
            d.source(Item(loc.item)),
        ]);
    }
    for f in s.flags.iter().filter(|f| {
        matches!(
            f.kind,
            dpia_rules::FlagKind::TransferDevelopmentOutsideEea
                | dpia_rules::FlagKind::TransferMapVisuals
                | dpia_rules::FlagKind::MapVendorsRecipients
        )
    }) {
        d.callout(
            Tone::Medium,
            vec![
                Inline::Strong(format!("{}: ", words::flag_title(m, st, f))),
                Inline::Text(words::flag_detail(m, st, f)),
                d.sources(&f.sources),
            ],
        );
    }
    if let (false, Some(maps)) = (s.map_recipients.is_empty(), &st.map_visuals) {
        d.p(vec![
            Inline::Text(maps.text.get(lang).to_string()),
            d.source(Item(maps.item)),
        ]);
        d.p(vec![
            Inline::Text(maps.client_tenant_rule.get(lang).to_string()),
            d.source(Item(maps.item)),
        ]);
        d.p(vec![
            Inline::Text(maps.terms.get(lang).to_string()),
            d.derived(Item(maps.item)),
        ]);
    }
    if s.flags.iter().any(|f| {
        matches!(
            f.kind,
            dpia_rules::FlagKind::TransferDevelopmentOutsideEea
                | dpia_rules::FlagKind::TransferMapVisuals
        )
    }) {
        d.placeholder_p("doc-what-dtia");
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
    if care
        && (cats.contains(&DataCategory::Health) || cats.contains(&DataCategory::PatientNumbers))
    {
        let certificate = st
            .certificate_for(dpia_statement::Norm::Nen7510)
            .map_or_else(
                || m.get("flag-nen7510-no-certificate"),
                |c| dpia_i18n::certificate(m, c),
            );
        items.push(vec![
            Inline::Text(m.fmt("doc-law-nen7510", &[("certificate", certificate.into())])),
            d.source(Item(st.certifications.item)),
        ]);
    }
    if cats.contains(&DataCategory::Bsn) {
        items.push(vec![Inline::Text(m.get("doc-law-bsn"))]);
    }
    if ml_used {
        items.push(vec![Inline::Text(m.get("doc-law-ai-act"))]);
    }
    let what = m.get("doc-what-sector-rules");
    items.push(vec![d.placeholder(what)]);
    d.bullets(items);

    // 10. Retention
    d.h2("doc-a10");
    for (source, x) in st.passages_about(Topic::Retention) {
        d.p(vec![
            Inline::Text(x.text.get(lang).to_string()),
            d.source(source),
        ]);
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
                &[("addons", dpia_i18n::and_list(m, &retention_options).into())],
            )),
            d.answer(),
        ]);
    } else if !addons.is_empty() {
        d.callout(
            Tone::Medium,
            vec![
                Inline::Text(m.fmt(
                    "doc-a10-addons",
                    &[("addons", dpia_i18n::and_list(m, &addons).into())],
                )),
                d.answer(),
            ],
        );
        d.placeholder_p("doc-what-history-retention");
    }
    d.p(vec![
        Inline::Text(st.deletion.text.get(lang).to_string()),
        d.source(Item(st.deletion.item)),
    ]);
    d.placeholder_p("doc-what-retention");
}

fn part_b(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let a = input.assessment;
    d.h1("doc-part-b");
    d.h2("doc-b11");
    d.text(m.get("doc-b11-intro"));
    d.placeholder_p("doc-what-legal-basis");

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
            let given = match c.classification() {
                Classification::NationalId => a.follow_ups.bsn_basis.trim().to_string(),
                Classification::Criminal => a.follow_ups.criminal_basis.trim().to_string(),
                _ => a
                    .follow_ups
                    .special_category_exceptions
                    .get(&c)
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default(),
            };
            let law = m.get(match c.classification() {
                Classification::NationalId => "doc-b12-law-bsn",
                Classification::Criminal => "doc-b12-law-criminal",
                _ => "doc-b12-law-special",
            });
            let basis = if given.is_empty() {
                let what = m.fmt(
                    "doc-what-exception",
                    &[("category", words::category(m, c).into())],
                );
                Cell::inlines(vec![d.placeholder(what)]).toned(Tone::High)
            } else {
                Cell::inlines(vec![Inline::Text(given), d.answer()])
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
                ("doc-col-classification", 22),
                ("doc-col-law", 26),
                ("doc-col-basis", 30),
            ],
            rows,
        );
        d.p(vec![
            Inline::Text(m.get("doc-b12-statement")),
            d.sources(&[Item(st.intended_use.item), Clause(3, 2)]),
        ]);
    }

    d.h2("doc-b13");
    d.p(vec![
        Inline::Text(st.data_flow.text.get(lang).to_string()),
        d.source(Item(st.data_flow.item)),
    ]);
    d.placeholder_p("doc-what-purpose-limitation");

    d.h2("doc-b14");
    for (source, x) in st.passages_about(Topic::Minimisation) {
        d.p(vec![
            Inline::Text(x.text.get(lang).to_string()),
            d.source(source),
        ]);
    }
    d.placeholder_p("doc-what-subsidiarity");
    d.placeholder_p("doc-what-proportionality");

    d.h2("doc-b15");
    if let Some(c) = st.clause("7.1") {
        d.p(vec![
            Inline::Text(c.text.get(lang).to_string()),
            d.source(Clause(7, 1)),
        ]);
    }
    if let Some(c) = st.clause("7.3") {
        d.p(vec![
            Inline::Text(c.text.get(lang).to_string()),
            d.source(Clause(7, 3)),
        ]);
    }
    d.placeholder_p("doc-what-rights-procedure");
}

fn level_tone(l: Level) -> Tone {
    match l {
        Level::Low => Tone::Low,
        Level::Medium => Tone::Medium,
        Level::High => Tone::High,
    }
}

pub(crate) fn matrix(
    m: &dpia_i18n::Messages,
    risks: &[Risk],
    after: bool,
    caption_id: &str,
) -> Block {
    let mut cells: [[Vec<String>; 3]; 3] = Default::default();
    for (i, r) in risks.iter().enumerate() {
        let (l, imp) = if after {
            (r.residual_likelihood, r.residual_impact)
        } else {
            (r.likelihood, r.impact)
        };
        cells[l as usize][imp as usize].push(format!("R{}", i + 1));
    }
    let mut tones = [[Tone::Low; 3]; 3];
    for (li, l) in Level::ALL.iter().enumerate() {
        for (ii, imp) in Level::ALL.iter().enumerate() {
            tones[li][ii] = level_tone(dpia_rules::risks::level(*l, *imp));
        }
    }
    Block::Matrix {
        matrix: Matrix {
            caption: m.get(caption_id),
            likelihood_label: m.get("doc-likelihood"),
            impact_label: m.get("doc-impact"),
            level_labels: Level::ALL.map(|l| words::level(m, l)),
            cells,
            tones,
            alt: m.get(caption_id),
        },
    }
}

fn part_c(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    d.h1("doc-part-c");
    d.h2("doc-c16");
    d.text(m.get("doc-c16-intro"));
    if input.risks.is_empty() {
        d.text(m.get("cli-no-risks"));
        return;
    }
    let rows = input
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                Cell::text(format!("R{}", i + 1)),
                Cell::inlines(vec![
                    Inline::Strong(words::risk_title(m, st, r)),
                    Inline::Text(format!(" — {}", words::risk_description(m, st, r))),
                ]),
                Cell::inlines(vec![
                    Inline::Text(words::triggers(m, st, &r.triggers)),
                    d.answer(),
                ]),
                Cell::text(words::level(m, r.likelihood)),
                Cell::text(words::level(m, r.impact)),
                Cell::text(words::level(m, r.level)).toned(level_tone(r.level)),
            ]
        })
        .collect();
    d.table(
        &[
            ("doc-col-number", 6),
            ("doc-col-risk", 36),
            ("doc-col-origin", 28),
            ("doc-likelihood", 10),
            ("doc-impact", 10),
            ("doc-col-level", 10),
        ],
        rows,
    );
    d.text(m.get("doc-impact-rule"));
    let before = matrix(m, input.risks, false, "doc-matrix-before");
    d.blocks.push(before);
}

fn part_d(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    d.h1("doc-part-d");
    d.h2("doc-d17");
    d.text(m.get("doc-d17-intro"));
    if input.risks.is_empty() {
        d.text(m.get("cli-no-risks"));
    } else {
        let mut rows = Vec::new();
        for (i, r) in input.risks.iter().enumerate() {
            let owner_what = m.fmt("doc-what-owner", &[("risk", format!("R{}", i + 1).into())]);
            let owner = d.placeholder(owner_what);
            let measures: Vec<String> = r
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
            let controller: Vec<String> = r
                .controller_measures
                .iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        words::controller_measure(m, x.id),
                        words::lowers(m, x.lowers)
                    )
                })
                .collect();
            rows.push(vec![
                Cell::text(format!("R{}", i + 1)),
                Cell::inlines(vec![
                    Inline::Text(measures.join("; ")),
                    d.sources(&r.sources()),
                ]),
                Cell::inlines(vec![
                    Inline::Text(controller.join("; ")),
                    Inline::Source(m.get("doc-proposed")),
                ]),
                Cell::text(format!(
                    "{} × {} = {}",
                    words::level(m, r.residual_likelihood),
                    words::level(m, r.residual_impact),
                    words::level(m, r.residual_level)
                ))
                .toned(level_tone(r.residual_level)),
                Cell::inlines(vec![owner]),
            ]);
        }
        d.table(
            &[
                ("doc-col-number", 6),
                ("doc-col-statement-measures", 32),
                ("doc-col-controller-measures", 28),
                ("doc-col-residual", 16),
                ("doc-col-owner", 18),
            ],
            rows,
        );
        let after = matrix(m, input.risks, true, "doc-matrix-after");
        d.blocks.push(after);
    }
    d.h2("doc-art36");
    let high: Vec<String> = input
        .risks
        .iter()
        .enumerate()
        .filter(|(_, r)| r.prior_consultation)
        .map(|(i, r)| format!("R{} {}", i + 1, words::risk_title(m, st, r)))
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
    d.placeholder_p("doc-what-art36-decision");
}

/// The map-visual item as a one-element list (empty when the statement has no such section).
fn maps_item(st: &dpia_statement::Statement) -> Vec<dpia_statement::StatementRef> {
    st.map_visuals.iter().map(|x| Item(x.item)).collect()
}

/// A two-column table of fields the controller fills in, each row a recorded placeholder.
fn field_table(d: &mut Compose, what_ids: &[&str]) {
    let rows = what_ids
        .iter()
        .map(|id| {
            let what = d.t(id);
            let label = Cell::text(what.clone()).toned(Tone::Header);
            vec![label, Cell::inlines(vec![d.placeholder(what)])]
        })
        .collect();
    d.table(&[("doc-col-field", 35), ("doc-col-value", 65)], rows);
}

fn dpo_and_sign_off(d: &mut Compose, input: &Input) {
    let m = d.m;
    d.h1("doc-dpo-advice");
    d.text(m.get("doc-dpo-advice-intro"));
    field_table(
        d,
        &[
            "doc-what-dpo-advice",
            "doc-what-dpo-name",
            "doc-what-dpo-date",
            "doc-what-advice-followed",
        ],
    );

    d.h1("doc-sign-off");
    field_table(
        d,
        &[
            "doc-what-signer-name",
            "doc-what-signer-role",
            "doc-what-signer-date",
            "doc-what-signature",
        ],
    );
    d.h2("doc-review");
    d.p(vec![Inline::Text(m.fmt(
        "doc-review-text",
        &[("date", m.date(input.screening.dates.review).into())],
    ))]);
    for f in input.screening.flags.iter().filter(|f| {
        matches!(
            f.kind,
            dpia_rules::FlagKind::CertificateExpiresBeforeReview { .. }
        )
    }) {
        d.callout(
            Tone::Medium,
            vec![
                Inline::Strong(format!("{}: ", words::flag_title(m, input.statement, f))),
                Inline::Text(words::flag_detail(m, input.statement, f)),
                d.sources(&f.sources),
            ],
        );
    }
    if let Some(deadline) = input.screening.dates.termination_deadline {
        d.p(vec![
            Inline::Text(m.fmt("doc-termination", &[("date", m.date(deadline).into())])),
            d.source(Clause(2, 2)),
        ]);
    }
}

fn annexes(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let s = input.screening;
    d.blocks.push(Block::PageBreak);
    d.h1("doc-annex-sub-processors");
    if s.sub_processors.is_empty() && s.map_recipients.is_empty() {
        d.text(m.get("cli-none"));
    } else {
        let mut rows = Vec::new();
        for p in &s.sub_processors {
            if let Some(sub) = st.sub_processor(&p.id) {
                rows.push(vec![
                    Cell::text(format!("{} ({})", sub.name, sub.letter)),
                    Cell::text(sub.role.get(lang).to_string()),
                    Cell::text(words::location(m, sub.location)),
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
        for r in &s.map_recipients {
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

    d.h1("doc-annex-facts");
    d.text(m.get(if lang == dpia_statement::Lang::Nl {
        "doc-facts-quoted"
    } else {
        "doc-facts-translated"
    }));
    let mut facts: Vec<(String, String)> = vec![
        (
            words::source(m, Item(st.processor.item)),
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
        (
            words::source(m, Item(st.version.item)),
            st.version.text.get(lang).to_string(),
        ),
        (
            words::source(m, Item(st.role.item)),
            st.role.text.get(lang).to_string(),
        ),
    ];
    if let Some(changes) = &st.changes {
        facts.insert(
            2,
            (
                words::source(m, Item(changes.item)),
                changes.text.get(lang).to_string(),
            ),
        );
    }
    if let Some(health) = &st.intended_use.health_data {
        facts.push((
            words::source(m, Item(st.intended_use.item)),
            health.get(lang).to_string(),
        ));
    }
    for x in &st.privacy_by_design.texts {
        facts.push((
            words::source(m, Item(st.privacy_by_design.item)),
            x.text.get(lang).to_string(),
        ));
    }
    for x in &st.locations.texts {
        facts.push((
            words::source(m, Item(st.locations.item)),
            x.text.get(lang).to_string(),
        ));
    }
    facts.push((
        words::source(m, Item(st.deletion.item)),
        st.deletion.text.get(lang).to_string(),
    ));
    for x in &st.security.texts {
        facts.push((
            words::source(m, Item(st.security.item)),
            x.text.get(lang).to_string(),
        ));
    }
    if let Some(isms) = &st.isms {
        facts.push((
            words::source(m, Item(isms.item)),
            isms.text.get(lang).to_string(),
        ));
    }
    for c in &st.certifications.list {
        facts.push((
            words::source(m, Item(st.certifications.item)),
            dpia_i18n::certificate(m, c) + &format!(" — {}", c.issuer),
        ));
    }
    facts.push((
        words::source(m, Item(st.breach.item)),
        st.breach.text.get(lang).to_string(),
    ));
    for c in &st.clauses.list {
        if let Some(r) = dpia_statement::StatementRef::clause(&c.number) {
            facts.push((words::source(m, r), c.text.get(lang).to_string()));
        }
    }
    let rows = facts
        .into_iter()
        .map(|(src, text)| vec![Cell::text(src).toned(Tone::Header), Cell::text(text)])
        .collect();
    d.table(&[("doc-col-source", 20), ("doc-col-fact", 80)], rows);

    // Open items last, so it lists every placeholder the document contains.
    d.h1("doc-annex-open");
    let open_section = m.get("doc-open-questions-section");
    let mut rows: Vec<Vec<Cell>> = s
        .open_questions
        .iter()
        .map(|q| {
            vec![
                Cell::text(open_section.clone()),
                Cell::text(words::open_question(m, st, q)),
            ]
        })
        .collect();
    for (section, what) in d.open_items.clone() {
        rows.push(vec![
            Cell::text(section),
            Cell::inlines(vec![Inline::Placeholder(
                m.fmt("doc-placeholder", &[("what", what.into())]),
            )]),
        ]);
    }
    d.text(m.fmt("doc-open-intro", &[("count", rows.len().into())]));
    d.table(&[("doc-col-section", 35), ("doc-col-open", 65)], rows);
}
