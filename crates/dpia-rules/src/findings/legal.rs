//! The legal grounds against the data and its use: the findings that make the processing unlawful
//! until resolved (blocking), and the checks of each ground's scope — for what use, and for which
//! group of people (an exception for patients' care does not cover staff sick leave).

use super::*;
use dpia_assessment::{
    Art9Ground, Assessment, BsnStatute, Characteristic as C, GroupBasis, Sector, SpecialBasis,
    SubjectGroup, UavgException,
};
use dpia_statement::{ClauseTopic, Statement};

/// The findings that make the processing unlawful until they are resolved (all blocking): a
/// special category without an Art. 9(2) exception (for every group of people it concerns), an
/// exception that does not cover the use or the group, the BSN without a statutory basis or under
/// a statute that does not apply, criminal data without a basis. They become the risk "unlawful
/// processing" and hold the residual of the risks they touch. These are rules of law, not text of
/// the statement: they cite no item.
pub fn legal_blockers(statement: &Statement, a: &Assessment) -> Vec<Flag> {
    let mut out = Vec::new();
    let bsn = triggers::categories(a, |c| c == DataCategory::Bsn);
    if !bsn.is_empty() && !a.follow_ups.bsn_basis.given() {
        let mut t = bsn;
        t.push(Trigger::MissingFollowUp {
            field: "follow_ups.bsn_basis".into(),
        });
        out.push(flag(FlagKind::BsnWithoutBasis, Severity::Blocking, t, &[]));
    }
    for category in a.categories().into_iter().filter(|c| c.is_special()) {
        let basis = a.follow_ups.special_category_exceptions.get(&category);
        let groups = a.groups_with(category);
        let covered = basis.is_some_and(|b| {
            b.given()
                || (!groups.is_empty()
                    && groups
                        .iter()
                        .all(|g| b.by_group.get(g).is_some_and(|x| x.given())))
        });
        if !covered {
            let mut t = triggers::categories(a, |c| c == category);
            t.push(Trigger::MissingFollowUp {
                field: format!("follow_ups.special_category_exceptions.{}", category.id()),
            });
            out.push(flag(
                FlagKind::SpecialCategoryWithoutException { category },
                Severity::Blocking,
                t,
                &[],
            ));
        }
    }
    let criminal = triggers::categories(a, |c| c == DataCategory::Criminal);
    if !criminal.is_empty() && !a.follow_ups.criminal_basis.given() {
        let mut t = criminal;
        t.push(Trigger::MissingFollowUp {
            field: "follow_ups.criminal_basis".into(),
        });
        out.push(flag(
            FlagKind::CriminalWithoutBasis,
            Severity::Blocking,
            t,
            &[],
        ));
    }
    out.extend(
        basis_checks(statement, a)
            .into_iter()
            .filter(|f| f.severity == Severity::Blocking),
    );
    out
}

/// Whether a UAVG exception with a scope of people covers this group: the employers' exceptions
/// (art. 30(1)) employees, the care providers' (art. 30(3)(a)) patients and care clients, the
/// insurers' (art. 30(3)(b)) the insured, the schools' (art. 30(2)(a)) pupils. Others have no
/// such scope.
fn covers_group(uavg: UavgException, group: SubjectGroup) -> bool {
    use UavgException as U;
    match uavg {
        U::Art30Lid1A | U::Art30Lid1B => group == SubjectGroup::Employees,
        U::Art30Lid3A => group == SubjectGroup::Patients,
        U::Art30Lid3B => group == SubjectGroup::Customers,
        U::Art30Lid2A => group == SubjectGroup::Children,
        _ => true,
    }
}

/// The exceptions in force for a category: per group of people (the group's own, or the
/// category's), or the category's alone when no group is answered.
fn in_force(
    a: &Assessment,
    category: DataCategory,
    basis: &SpecialBasis,
) -> Vec<(Option<SubjectGroup>, bool, GroupBasis)> {
    let groups = a.groups_with(category);
    if groups.is_empty() {
        let all = GroupBasis {
            ground: basis.ground,
            uavg: basis.uavg,
            note: basis.note.clone(),
        };
        return vec![(None, false, all)];
    }
    groups
        .into_iter()
        .map(|g| {
            let own = basis.by_group.get(&g).is_some_and(|x| x.given());
            (Some(g), own, basis.for_group(g))
        })
        .collect()
}

/// Adds a flag, or where one of the same kind is there already, its triggers.
fn push(out: &mut Vec<Flag>, f: Flag) {
    match out.iter_mut().find(|x| x.kind == f.kind) {
        Some(x) => {
            x.triggers.extend(f.triggers);
            x.triggers = triggers::tidy(std::mem::take(&mut x.triggers));
        }
        None => out.push(f),
    }
}

/// Checks each legal ground named against how the data is used and whose data it is: an
/// exception is valid only for the purpose it names (e.g. UAVG art. 30 lid 1 onder b covers sick
/// leave and reintegration, not a prediction model) and for the people it names. An exception or
/// statute that does not cover the use or the group is blocking (the processing is unlawful until
/// another ground is named); consent asked of employees is a warning for the controller to judge;
/// the BSN's purpose and the secrecy of health data are warnings and notes on every use.
pub(super) fn basis_checks(statement: &Statement, a: &Assessment) -> Vec<Flag> {
    let mut out = Vec::new();
    let profiling = triggers::characteristics(
        a,
        &[
            C::PredictionsAboutPeople,
            C::AutomatedDecisions,
            C::SignificantDecisions,
            C::EmployeeMonitoring,
        ],
    );
    // Where the category reaches a machine-learning service.
    let in_model = |c: DataCategory| -> Vec<Trigger> {
        triggers::categories(a, |x| x == c)
            .into_iter()
            .filter(|t| match t {
                Trigger::Category { service, .. } | Trigger::SickLeave { service } => {
                    statement.service_has(service, dpia_statement::ServiceTrait::MachineLearning)
                }
                _ => false,
            })
            .collect()
    };
    let used = a.categories();
    for (category, basis) in &a.follow_ups.special_category_exceptions {
        if !used.contains(category) {
            continue;
        }
        for (group, own, b) in in_force(a, *category, basis) {
            if !b.given() {
                continue;
            }
            let named = Trigger::ExceptionNamed {
                category: *category,
                group: group.filter(|_| own),
                ground: b.ground,
                uavg: b.uavg,
            };
            let scope = match b.uavg {
                Some(UavgException::Art30Lid1B) => Some(BasisScope::SickLeave),
                Some(UavgException::Art29) => Some(BasisScope::BiometricSecurity),
                _ => None,
            };
            if let Some(scope) = scope {
                // For one group's exception: only where that group's data reaches a model.
                let mut t: Vec<Trigger> = in_model(*category)
                    .into_iter()
                    .filter(|t| match (group, t) {
                        (
                            Some(g),
                            Trigger::Category { service, .. } | Trigger::SickLeave { service },
                        ) => a
                            .services
                            .get(service)
                            .is_some_and(|u| u.subjects.contains(&g)),
                        _ => true,
                    })
                    .collect();
                if group.is_none() || !t.is_empty() {
                    t.extend(profiling.iter().cloned());
                }
                if !t.is_empty() {
                    t.push(named.clone());
                    push(
                        &mut out,
                        flag(
                            FlagKind::BasisDoesNotCoverUse {
                                category: *category,
                                basis: scope,
                            },
                            Severity::Blocking,
                            t,
                            &[],
                        ),
                    );
                }
            }
            if let (Some(g), Some(uavg)) = (group, b.uavg) {
                if !covers_group(uavg, g) {
                    let mut t: Vec<Trigger> = a
                        .used_services()
                        .filter(|(_, u)| a.carried(u).contains(category) && u.subjects.contains(&g))
                        .map(|(service, _)| Trigger::Subjects {
                            service: service.to_string(),
                            group: g,
                        })
                        .collect();
                    t.push(named.clone());
                    push(
                        &mut out,
                        flag(
                            FlagKind::BasisDoesNotCoverGroup {
                                category: *category,
                                group: g,
                                uavg,
                            },
                            Severity::Blocking,
                            t,
                            &[],
                        ),
                    );
                }
            }
            let employees = match group {
                Some(g) => g == SubjectGroup::Employees,
                None => a.subjects().contains(&SubjectGroup::Employees),
            };
            if b.ground == Some(Art9Ground::A) && employees {
                let mut t = triggers::subjects(a, |g| g == SubjectGroup::Employees);
                t.push(named);
                push(
                    &mut out,
                    flag(
                        FlagKind::BasisDoesNotCoverUse {
                            category: *category,
                            basis: BasisScope::EmployeeConsent,
                        },
                        Severity::Warning,
                        t,
                        &[],
                    ),
                );
            }
        }
    }
    if used.contains(&DataCategory::Health) {
        out.push(flag(
            FlagKind::HealthSecrecy,
            Severity::Info,
            triggers::categories(a, |c| c == DataCategory::Health),
            &statement.clauses_about(ClauseTopic::Confidentiality),
        ));
    }
    if used.contains(&DataCategory::Bsn) {
        let care = matches!(
            a.organisation.sector,
            Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
        );
        if a.follow_ups.bsn_basis.statute == Some(BsnStatute::Wabvpz) && !care {
            let mut t = triggers::categories(a, |c| c == DataCategory::Bsn);
            if let Some(sector) = a.organisation.sector {
                t.push(Trigger::Sector { sector });
            }
            out.push(flag(
                FlagKind::BasisDoesNotCoverUse {
                    category: DataCategory::Bsn,
                    basis: BasisScope::WabvpzOutsideCare,
                },
                Severity::Blocking,
                t,
                &[],
            ));
        }
        // Every use, once a statute is named (without one, the BSN is blocking anyway).
        if a.follow_ups.bsn_basis.given() {
            out.push(flag(
                FlagKind::BsnPurpose,
                Severity::Warning,
                triggers::categories(a, |c| c == DataCategory::Bsn),
                &[],
            ));
        }
    }
    out
}
