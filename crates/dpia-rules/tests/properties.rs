//! Properties of the rules, for every statement the tests know: no answer set makes screening or
//! the risk register panic, and adding a data category, a subject group or a characteristic
//! never lowers the verdict.

use chrono::NaiveDate;
use dpia_assessment::*;
use dpia_statement::{OptionKind, Statement};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

fn known() -> &'static [Statement] {
    static ALL: OnceLock<Vec<Statement>> = OnceLock::new();
    ALL.get_or_init(|| {
        dpia_golden::statements()
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    })
}

fn subset<T: Copy + Ord + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = BTreeSet<T>> {
    proptest::collection::btree_set(proptest::sample::select(all), 0..all.len())
}

fn service_use() -> impl Strategy<Value = ServiceUse> {
    (
        proptest::option::of(any::<bool>()),
        proptest::option::of(subset(DataCategory::ALL)),
        subset(SubjectGroup::ALL),
        proptest::option::of(prop_oneof![0u64..20_000, Just(u64::MAX)]),
    )
        .prop_map(
            |(used, categories, subjects, data_subjects_estimate)| ServiceUse {
                used,
                categories,
                subjects,
                data_subjects_estimate,
                source_systems: String::new(),
            },
        )
}

/// A random answer (or none) for every option of the statement.
fn options(st: &Statement) -> impl Strategy<Value = BTreeMap<String, OptionValue>> {
    let visuals: Vec<String> = st
        .map_visuals
        .iter()
        .flat_map(|m| m.visuals.iter().map(|v| v.id.clone()))
        .collect();
    let per_option: Vec<_> = st
        .options
        .iter()
        .map(|o| {
            let id = o.id.clone();
            let value: BoxedStrategy<OptionValue> = match o.kind {
                OptionKind::YesNo => any::<bool>().prop_map(OptionValue::YesNo).boxed(),
                OptionKind::Environment => prop_oneof![Just("processor"), Just("client")]
                    .prop_map(|c| OptionValue::Choice(c.into()))
                    .boxed(),
                OptionKind::MapVisuals => {
                    proptest::sample::subsequence(visuals.clone(), 0..=visuals.len())
                        .prop_map(|v| OptionValue::Choices(v.into_iter().collect()))
                        .boxed()
                }
            };
            proptest::option::of(value).prop_map(move |v| (id.clone(), v))
        })
        .collect();
    per_option.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .collect()
    })
}

fn assessment() -> impl Strategy<Value = (usize, Assessment)> {
    (0..known().len()).prop_flat_map(|i| {
        let st = &known()[i];
        let ids: Vec<String> = st.services.list.iter().map(|s| s.id.clone()).collect();
        (
            proptest::collection::btree_map(proptest::sample::select(ids), service_use(), 0..6),
            proptest::option::of(proptest::sample::select(Sector::ALL)),
            proptest::option::of(subset(Characteristic::ALL)),
            proptest::option::of(proptest::sample::select(AiActArea::ALL)),
            options(st),
            any::<bool>(),
        )
            .prop_map(
                move |(services, sector, characteristics, ai, options, follow_ups)| {
                    let mut a = Assessment::template(&known()[i], None);
                    a.services = services;
                    a.organisation.sector = sector;
                    a.characteristics = characteristics;
                    a.ai_act_area = ai;
                    a.options = options;
                    if follow_ups {
                        a.follow_ups.bsn_basis.statute = Some(BsnStatute::Wabvpz);
                        a.follow_ups.criminal_basis.uavg = Some(UavgCriminal::Art32);
                        for c in DataCategory::ALL.iter().filter(|c| c.is_special()) {
                            a.follow_ups.special_category_exceptions.insert(
                                *c,
                                SpecialBasis {
                                    ground: Some(Art9Ground::H),
                                    uavg: Some(UavgException::Art30Lid1B),
                                    note: String::new(),
                                    by_group: Default::default(),
                                },
                            );
                        }
                    }
                    (i, a)
                },
            )
    })
}

/// One addition: a category or subject group to a service, or a characteristic.
#[derive(Debug, Clone)]
enum Addition {
    Category(usize, DataCategory),
    Subject(usize, SubjectGroup),
    Characteristic(Characteristic),
}

fn addition() -> impl Strategy<Value = Addition> {
    prop_oneof![
        (0usize..8, proptest::sample::select(DataCategory::ALL))
            .prop_map(|(s, c)| Addition::Category(s, c)),
        (0usize..8, proptest::sample::select(SubjectGroup::ALL))
            .prop_map(|(s, g)| Addition::Subject(s, g)),
        proptest::sample::select(Characteristic::ALL).prop_map(Addition::Characteristic),
    ]
}

fn apply(st: &Statement, a: &Assessment, add: &Addition) -> Assessment {
    let mut b = a.clone();
    let service = |i: usize| st.services.list[i % st.services.list.len()].id.clone();
    match add {
        Addition::Category(s, c) => {
            b.services
                .entry(service(*s))
                .or_default()
                .categories
                .get_or_insert_with(BTreeSet::new)
                .insert(*c);
        }
        Addition::Subject(s, g) => {
            b.services
                .entry(service(*s))
                .or_default()
                .subjects
                .insert(*g);
        }
        Addition::Characteristic(c) => {
            b.characteristics
                .get_or_insert_with(BTreeSet::new)
                .insert(*c);
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn screening_and_risks_never_panic((i, a) in assessment(), day in 0u32..40_000) {
        let statement = &known()[i];
        let today = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(day.into());
        let s = dpia_rules::screen(statement, &a, today);
        let _ = dpia_rules::risks(statement, &a);
        // Every hit explains itself.
        prop_assert!(s.hits.iter().all(|h| !h.triggers.is_empty()));
        prop_assert_eq!(s.hits.len() + s.not_hit.len(), 29);
    }

    #[test]
    fn adding_an_answer_never_lowers_the_verdict((i, a) in assessment(), add in addition()) {
        let statement = &known()[i];
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let before = dpia_rules::screen(statement, &a, today).verdict;
        let after = dpia_rules::screen(statement, &apply(statement, &a, &add), today).verdict;
        prop_assert!(after >= before, "{:?} lowered {:?} to {:?}", add, before, after);
    }
}
