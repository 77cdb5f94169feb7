//! Part A of the starter: the description of the processing (Model DPIA points 1–10).

use super::common::*;
use crate::compose::Compose;
use crate::frame::client_name;
use crate::Input;
use dpia_assessment::{Classification, ClientRole, DataCategory, Sector};
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::FlagKind;
use dpia_statement::ClauseTopic;
use dpia_statement::StatementRef::Item;
use dpia_statement::{OptionEffect, Topic};

pub(crate) fn part_a(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let a = input.assessment;
    let s = input.screening;
    d.h1("doc-part-a");

    // 1. Proposal
    d.h2("doc-a1");
    d.filled_p(&a.description, "doc-what-description", "/description");
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
                if let Some(summary) = st.service(id).and_then(|sv| sv.summary.as_ref()) {
                    // Our short words, sourced; the full description is quoted in the facts
                    // annex (issue 18: no pricing and boilerplate in the body).
                    item.push(Inline::Text(format!(": {}", summary.get(lang))));
                    item.push(d.derived_from(&summary.refs()));
                } else if let Some(sv) = st.service(id) {
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
                .filter(|(_, u)| a.carried(u).contains(c))
                .map(|(id, _)| *id)
                .collect();
            let tone = match c.classification() {
                Classification::Special | Classification::Criminal | Classification::NationalId => {
                    Tone::High
                }
                Classification::Sensitive => Tone::Medium,
                Classification::Ordinary => Tone::Plain,
            };
            let groups: std::collections::BTreeSet<_> = services
                .iter()
                .filter(|(_, u)| a.carried(u).contains(c))
                .flat_map(|(_, u)| u.subjects.iter().copied())
                .collect();
            rows.push(vec![
                Cell::text(words::category_for(m, *c, &groups)),
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
                d.answer_text(
                    &u.source_systems,
                    &format!("/services/{}/source_systems", pointer_key(id)),
                )
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
        let steps = st
            .data_flow
            .steps
            .iter()
            .map(|x| {
                vec![
                    Inline::Text(x.get(lang).to_string()),
                    d.derived_from(&x.refs()),
                ]
            })
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
                    d.derived_from(&technique.refs()),
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
        if let Some(product) = a.ai_product {
            items.push(vec![
                Inline::Text(m.get(if product {
                    "doc-ai-product-yes"
                } else {
                    "doc-ai-product-no"
                })),
                d.answer(),
            ]);
        }
    }
    for c in a.characteristics.iter().flatten() {
        // Only what the client chose is their answer: the characteristic, not the app's help
        // text that explains it.
        items.push(vec![
            Inline::Text(words::capitalised(&m.fmt(
                "trigger-characteristic",
                &[("characteristic", words::characteristic(m, *c).into())],
            ))),
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

    // The AI Act for this use: high-risk, the deployer's duties, the FRIA (issue 17).
    flag_callouts(d, input, "doc-a4");
    if let Some(public) = dpia_rules::findings::fria_duty(st, a) {
        d.placeholder_p(if public {
            "doc-what-fria-public"
        } else {
            "doc-what-fria"
        });
    }

    // 5. Purposes
    d.h2("doc-a5");
    let purposes: Vec<Vec<Inline>> = a
        .purposes
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.description.trim().is_empty())
        .map(|(k, p)| d.answer_text(&p.description, &format!("/purposes/{k}/description")))
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
                    d.sources(&st.clauses_about(ClauseTopic::ClientMayBeProcessor)),
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
    let dpo = d.filled(&a.organisation.dpo, "doc-what-dpo", "/organisation/dpo");
    let mut p = vec![Inline::Text(format!("{}: ", m.get("doc-dpo")))];
    p.extend(dpo);
    d.p(p);
    // A client that processes for its own clients: their authorisation and instructions
    // (GDPR Art. 28(2), 28(3)(a), 29) are open until recorded.
    if a.client_is_processor() {
        d.p(vec![Inline::Text(m.fmt(
            "doc-a6-model",
            &[("processor", st.processor.name.as_str().into())],
        ))]);
        d.placeholder_p("doc-what-authorisation");
        d.placeholder_p("doc-what-instructions");
    }

    // 7. Interests
    d.h2("doc-a7");
    d.filled_p(
        &a.controller.interests,
        "doc-what-interests",
        "/controller/interests",
    );

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
    flag_callouts(d, input, "doc-a8");
    let excluded = exclusions(d, input);
    if !excluded.is_empty() {
        d.text(m.get("doc-excluded-intro"));
        d.bullets(excluded);
    }
    if let (false, Some(maps)) = (s.map_recipients.is_empty(), &st.map_visuals) {
        d.quote(st, Item(maps.item), maps.text.get(lang));
        d.quote(st, Item(maps.item), maps.client_tenant_rule.get(lang));
        d.p(vec![
            Inline::Text(maps.terms.get(lang).to_string()),
            d.derived_from(&maps.terms.refs()),
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
        d.filled_p(
            &a.controller.transfers,
            "doc-what-dtia",
            "/controller/transfers",
        );
    }

    // 9. Legal and policy framework
    d.h2("doc-a9");
    let mut items = vec![
        vec![Inline::Text(m.get("doc-law-gdpr"))],
        vec![
            Inline::Text(m.get("doc-law-clauses")),
            d.source(Item(st.standard_clauses_used.item)),
        ],
        vec![Inline::Text(m.get("doc-law-code"))],
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
    // The law for this client's sector, data and use (rules of law, in our words with their
    // citations; not statement text).
    for law in dpia_rules::law::framework(st, a) {
        let text = match law {
            dpia_rules::law::Law::AiAct => m.fmt(
                "law-ai_act",
                &[
                    (
                        "annex3",
                        m.date(dpia_rules::findings::annex_iii_from()).into(),
                    ),
                    (
                        "annex1",
                        m.date(dpia_rules::findings::annex_i_from()).into(),
                    ),
                ],
            ),
            other => m.get(&format!("law-{}", other.id())),
        };
        items.push(vec![Inline::Text(text)]);
    }
    let sector_rules = d.filled(
        &a.controller.sector_rules,
        "doc-what-sector-rules",
        "/controller/sector_rules",
    );
    items.push(sector_rules);
    d.bullets(items);
    flag_callouts(d, input, "doc-a9");

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
            d.answer_text(
                &a.controller.history_retention,
                "/controller/history_retention",
            )
        };
        d.p(history);
    }
    d.quote(st, Item(st.deletion.item), st.deletion.text.get(lang));
    d.filled_p(
        &a.controller.retention,
        "doc-what-retention",
        "/controller/retention",
    );
    let per_category: Vec<Vec<Cell>> = cats
        .iter()
        .filter_map(|c| {
            let period = a.controller.retention_per_category.get(c)?.trim();
            (!period.is_empty()).then(|| {
                vec![
                    Cell::text(words::category(m, *c)),
                    Cell::inlines(d.answer_text(
                        period,
                        &format!("/controller/retention_per_category/{}", c.id()),
                    )),
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
