//! The two locales stay in step: same message ids, same variables; and everything the code can
//! word has a message in both languages (no `⟦id⟧` anywhere).

use dpia_i18n::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

/// Message id → the variables it uses.
fn messages(source: &str, name: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{name}: syntax errors: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_in_pattern(v, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_string(), vars).is_none(),
                "{name}: duplicate id {}",
                m.id.name
            );
        } else if let ast::Entry::Junk { content } = entry {
            panic!("{name}: cannot parse: {content}");
        }
    }
    out
}

#[test]
fn nl_and_en_have_the_same_messages_and_variables() {
    let nl = messages(FTL_NL, "locales/nl/dpia.ftl");
    let en = messages(FTL_EN, "locales/en/dpia.ftl");
    let only_nl: Vec<_> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
    assert!(only_nl.is_empty(), "only in nl: {only_nl:?}");
    assert!(only_en.is_empty(), "only in en: {only_en:?}");
    for (id, vars) in &nl {
        assert_eq!(vars, &en[id], "variables of {id} differ between nl and en");
    }
}

/// Every message the code can ask for, in one language, for every statement the tests know.
pub fn everything(m: &Messages) -> Vec<String> {
    use dpia_assessment::*;
    let mut out = Vec::new();
    for c in DataCategory::ALL {
        out.push(category(m, *c));
        out.push(category_help(m, *c));
        out.push(classification(m, c.classification()));
    }
    out.extend(SubjectGroup::ALL.iter().map(|x| subject(m, *x)));
    out.extend(Sector::ALL.iter().map(|x| sector(m, *x)));
    for c in Characteristic::ALL {
        out.push(characteristic(m, *c));
        out.push(characteristic_help(m, *c));
    }
    out.extend(AiActArea::ALL.iter().map(|x| ai_area(m, *x)));
    out.extend(ClientRole::ALL.iter().map(|x| client_role(m, *x)));
    out.extend(LawfulBasis::ALL.iter().map(|x| lawful_basis(m, *x)));
    out.extend(Art9Ground::ALL.iter().map(|x| art9_ground(m, *x)));
    out.extend(UavgException::ALL.iter().map(|x| uavg_exception(m, *x)));
    out.extend(BsnStatute::ALL.iter().map(|x| bsn_statute(m, *x)));
    out.extend(UavgCriminal::ALL.iter().map(|x| uavg_criminal(m, *x)));
    out.extend(RiskStatus::ALL.iter().map(|x| risk_status(m, *x)));
    out.extend(ActionStatus::ALL.iter().map(|x| action_status(m, *x)));
    out.extend(DocStatus::ALL.iter().map(|x| doc_status(m, *x)));
    out.extend(dpia_rules::Level::ALL.iter().map(|x| level(m, *x)));
    out.extend(dpia_rules::Criterion::all().map(|c| criterion(m, c)));
    out.extend(dpia_rules::risks::controller_measure_ids().map(|id| controller_measure(m, id)));
    out.extend(dpia_rules::risks::controller_measure_ids().map(|id| controller_measure_why(m, id)));
    // Every risk of the catalogue, its causes and harm, whether or not a fixture raises it.
    for id in dpia_rules::risks::catalogue_ids() {
        // Titles and descriptions with arguments are worded through the risks below.
        out.push(m.get(&format!("risk-{id}-harm")));
        out.extend(dpia_rules::risks::cause_ids(id).map(|c| cause(m, id, c)));
    }
    for h in [
        dpia_rules::Hold::UnaddressedCause,
        dpia_rules::Hold::OpenTransferAssessment,
        dpia_rules::Hold::OpenLegalGround,
        dpia_rules::Hold::AutomatedDecisions,
    ] {
        out.push(hold(m, h));
    }
    out.push(large_scale_rule(m));
    for (_, st) in dpia_golden::statements() {
        // The maximal assessment raises every risk; the scenarios every kind of flag and question.
        for r in dpia_rules::risks(&st, &dpia_golden::maximal(&st)) {
            out.push(risk_title(m, &st, &r));
            out.push(risk_description(m, &st, &r));
            out.push(risk_harm(m, &st, &r));
            out.push(residual_reasoning(m, &st, &r));
            if !r.sources().is_empty() {
                out.push(sources(m, &r.sources()));
            }
            for c in r.counted() {
                out.push(measure_name(m, &st, &c.by));
                out.push(why(m, c));
            }
            for x in &r.controller_measures {
                out.push(does(m, &r.id, x.does));
            }
        }
        for x in &st.measures {
            out.push(statement_measure(m, &st, &x.id));
            out.extend(x.addresses.iter().map(|a| a.why.get(m.lang()).to_string()));
        }
        for o in &st.options {
            out.push(option(m, &st, &o.id));
            for e in Environment::ALL {
                out.push(environment(m, &st, &o.id, e));
            }
        }
    }
    let dir = dpia_golden::repo("tests/scenarios");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if !p.to_string_lossy().ends_with(".dpia.json") {
            continue;
        }
        let a = load(&p).unwrap();
        let s = dpia_golden::statement_for(&a);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let sc = dpia_rules::screen(&s, &a, today);
        out.push(verdict(m, sc.verdict));
        out.extend(reasons(m, &sc));
        for h in &sc.hits {
            out.push(triggers(m, &s, &h.triggers));
        }
        for f in &sc.flags {
            out.push(severity(m, f.severity));
            out.push(flag_title(m, &s, f));
            out.push(flag_detail(m, &s, f));
            out.push(triggers(m, &s, &f.triggers));
            if !f.sources.is_empty() {
                out.push(sources(m, &f.sources));
            }
        }
        for q in &sc.open_questions {
            out.push(open_question(m, &s, q));
        }
        for p in &sc.sub_processors {
            out.push(sub_processor_reason(m, &s, &p.reason));
        }
        for r in &sc.map_recipients {
            out.push(vendor_role(m, r.role));
        }
    }
    out
}

#[test]
fn every_worded_value_has_a_message_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let m = Messages::new(lang);
        for text in everything(&m) {
            assert!(!text.contains(MISSING_MARK), "{lang:?}: {text}");
            assert!(
                !text.contains('\u{2068}'),
                "{lang:?}: isolation mark in {text}"
            );
            assert!(!text.trim().is_empty());
        }
    }
}

#[test]
fn every_flag_kind_is_raised_by_some_scenario_or_unit() {
    // Wording for flags only reached through unusual input is checked here directly.
    let s = dpia_statement::Statement::embedded();
    for lang in [Lang::Nl, Lang::En] {
        let m = Messages::new(lang);
        for kind in [
            dpia_rules::FlagKind::CriminalWithoutBasis,
            dpia_rules::FlagKind::StatementNotDesignedForSpecialData,
            dpia_rules::FlagKind::StatementVersionMismatch,
            dpia_rules::FlagKind::Nen7510,
            dpia_rules::FlagKind::OptionSubProcessors {
                option: "datev_connector".into(),
            },
        ] {
            let f = dpia_rules::Flag {
                kind,
                severity: dpia_rules::Severity::Blocking,
                triggers: vec![dpia_rules::Trigger::MissingFollowUp {
                    field: "follow_ups.criminal_basis".into(),
                }],
                sources: vec![],
            };
            for t in [
                flag_title(&m, &s, &f),
                flag_detail(&m, &s, &f),
                triggers(&m, &s, &f.triggers),
            ] {
                assert!(!t.contains(MISSING_MARK), "{t}");
            }
        }
    }
}

#[test]
fn every_ftl_file_exists_in_both_languages_with_the_same_messages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let names = |lang: &str| -> std::collections::BTreeSet<String> {
        std::fs::read_dir(root.join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".ftl"))
            .collect()
    };
    assert_eq!(
        names("nl"),
        names("en"),
        "the same .ftl files in locales/nl and locales/en"
    );
    for name in names("nl") {
        let nl = std::fs::read_to_string(root.join("nl").join(&name)).unwrap();
        let en = std::fs::read_to_string(root.join("en").join(&name)).unwrap();
        let nl = messages(&nl, &format!("locales/nl/{name}"));
        let en = messages(&en, &format!("locales/en/{name}"));
        assert_eq!(
            nl.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>(),
            "{name}: message ids differ"
        );
        for (id, vars) in &nl {
            assert_eq!(vars, &en[id], "{name}: variables of {id} differ");
        }
    }
}

/// Every criterion's message is "name: description", so documents can name a criterion short.
#[test]
fn every_criterion_message_is_a_name_and_a_description() {
    for lang in [Lang::Nl, Lang::En] {
        let m = Messages::new(lang);
        for c in dpia_rules::Criterion::all() {
            let full = dpia_i18n::criterion(&m, c);
            let name = dpia_i18n::criterion_name(&m, c);
            assert!(
                full.len() > name.len() + 2 && !name.is_empty(),
                "{lang:?} {}: {full}",
                c.key()
            );
        }
    }
}
