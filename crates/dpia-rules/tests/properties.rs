//! Properties of the rules: no answer set makes screening or the risk register panic, and adding a
//! data category, a subject group or a characteristic never lowers the verdict.

use chrono::NaiveDate;
use dpia_assessment::*;
use dpia_statement::Statement;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn subset<T: Copy + Ord + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = BTreeSet<T>> {
    proptest::collection::btree_set(proptest::sample::select(all), 0..all.len())
}

fn service_use() -> impl Strategy<Value = ServiceUse> {
    (
        proptest::option::of(any::<bool>()),
        subset(DataCategory::ALL),
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

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        proptest::collection::btree_map(
            proptest::sample::select(ServiceId::ALL),
            service_use(),
            0..6,
        ),
        proptest::option::of(proptest::sample::select(Sector::ALL)),
        proptest::option::of(subset(Characteristic::ALL)),
        proptest::option::of(proptest::sample::select(AiActArea::ALL)),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(subset(MapVisualId::ALL)),
            proptest::option::of(any::<bool>()),
            proptest::option::of(prop_oneof![Just(Tenant::Processor), Just(Tenant::Client)]),
        ),
        any::<bool>(),
    )
        .prop_map(
            |(services, sector, characteristics, ai, opts, follow_ups)| {
                let mut a = Assessment::template("KPI Solutions B.V.", "06-2025", None);
                a.services = services.into_iter().collect::<BTreeMap<_, _>>();
                a.organisation.sector = sector;
                a.characteristics = characteristics;
                a.ai_act_area = ai;
                a.options = Options {
                    time_travel: opts.0,
                    snapshot: opts.1,
                    map_visuals: opts.2,
                    datev_connector: opts.3,
                    report_publication: opts.4,
                };
                if follow_ups {
                    a.follow_ups.bsn_basis = "Wabvpz".into();
                    a.follow_ups.criminal_basis = "UAVG art. 32".into();
                    for c in DataCategory::ALL.iter().filter(|c| c.is_special()) {
                        a.follow_ups
                            .special_category_exceptions
                            .insert(*c, "art. 9(2)".into());
                    }
                }
                a
            },
        )
}

/// One addition: a category or subject group to a service, or a characteristic.
#[derive(Debug, Clone)]
enum Addition {
    Category(ServiceId, DataCategory),
    Subject(ServiceId, SubjectGroup),
    Characteristic(Characteristic),
}

fn addition() -> impl Strategy<Value = Addition> {
    prop_oneof![
        (
            proptest::sample::select(ServiceId::ALL),
            proptest::sample::select(DataCategory::ALL)
        )
            .prop_map(|(s, c)| Addition::Category(s, c)),
        (
            proptest::sample::select(ServiceId::ALL),
            proptest::sample::select(SubjectGroup::ALL)
        )
            .prop_map(|(s, g)| Addition::Subject(s, g)),
        proptest::sample::select(Characteristic::ALL).prop_map(Addition::Characteristic),
    ]
}

fn apply(a: &Assessment, add: &Addition) -> Assessment {
    let mut b = a.clone();
    match add {
        Addition::Category(s, c) => {
            b.services.entry(*s).or_default().categories.insert(*c);
        }
        Addition::Subject(s, g) => {
            b.services.entry(*s).or_default().subjects.insert(*g);
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
    fn screening_and_risks_never_panic(a in assessment(), day in 0u32..40_000) {
        let statement = Statement::embedded();
        let today = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(day.into());
        let s = dpia_rules::screen(&statement, &a, today);
        let _ = dpia_rules::risks(&a);
        // Every hit explains itself.
        prop_assert!(s.hits.iter().all(|h| !h.triggers.is_empty()));
        prop_assert_eq!(s.hits.len() + s.not_hit.len(), 29);
    }

    #[test]
    fn adding_an_answer_never_lowers_the_verdict(a in assessment(), add in addition()) {
        let statement = Statement::embedded();
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let before = dpia_rules::screen(&statement, &a, today).verdict;
        let after = dpia_rules::screen(&statement, &apply(&a, &add), today).verdict;
        prop_assert!(after >= before, "{:?} lowered {:?} to {:?}", add, before, after);
    }
}
