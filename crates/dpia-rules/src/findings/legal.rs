//! The legal grounds against the data and its use: the findings that make the processing unlawful
//! until resolved (blocking), and the checks of each ground's scope.

use super::*;
use dpia_assessment::{
    Art9Ground, Assessment, BsnStatute, Characteristic as C, Sector, SubjectGroup, UavgException,
};
use dpia_statement::Statement;

/// The findings that make the processing unlawful until they are resolved (all blocking): a
/// special category without an Art. 9(2) exception, an exception that does not cover the use, the
/// BSN without a statutory basis or outside the purpose of its statute, criminal data without a
/// basis. They become the risk "unlawful processing" and hold the residual of the risks they touch.
pub fn legal_blockers(statement: &Statement, a: &Assessment) -> Vec<Flag> {
    let mut out = Vec::new();
    let item11 = StatementRef::Item(statement.intended_use.item);
    let bsn = triggers::categories(a, |c| c == DataCategory::Bsn);
    if !bsn.is_empty() && !a.follow_ups.bsn_basis.given() {
        let mut t = bsn;
        t.push(Trigger::MissingFollowUp {
            field: "follow_ups.bsn_basis".into(),
        });
        out.push(flag(
            FlagKind::BsnWithoutBasis,
            Severity::Blocking,
            t,
            &[item11],
        ));
    }
    for category in a.categories().into_iter().filter(|c| c.is_special()) {
        let missing = a
            .follow_ups
            .special_category_exceptions
            .get(&category)
            .is_none_or(|s| !s.given());
        if missing {
            let mut t = triggers::categories(a, |c| c == category);
            t.push(Trigger::MissingFollowUp {
                field: format!("follow_ups.special_category_exceptions.{}", category.id()),
            });
            out.push(flag(
                FlagKind::SpecialCategoryWithoutException { category },
                Severity::Blocking,
                t,
                &[item11],
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
            &[item11],
        ));
    }
    out.extend(
        basis_checks(statement, a)
            .into_iter()
            .filter(|f| f.severity == Severity::Blocking),
    );
    out
}

/// Checks each legal ground named against how the data is used: an exception is valid only for
/// the purpose it names (e.g. UAVG art. 30 lid 1 onder b covers sick leave and reintegration, not
/// a prediction model). An exception or statute that does not cover the use is blocking (the
/// processing is unlawful until another ground is named); consent asked of employees, and the BSN
/// in an analysis, are warnings for the controller to judge.
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
                Trigger::Category { service, .. } => {
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
        let field = Trigger::MissingFollowUp {
            field: format!("follow_ups.special_category_exceptions.{}", category.id()),
        };
        let scope = match basis.uavg {
            Some(UavgException::Art30Lid1B) => Some(BasisScope::SickLeave),
            Some(UavgException::Art29) => Some(BasisScope::BiometricSecurity),
            _ => None,
        };
        if let Some(scope) = scope {
            let mut t = in_model(*category);
            t.extend(profiling.iter().cloned());
            if !t.is_empty() {
                t.push(field.clone());
                out.push(flag(
                    FlagKind::BasisDoesNotCoverUse {
                        category: *category,
                        basis: scope,
                    },
                    Severity::Blocking,
                    t,
                    &[],
                ));
            }
        }
        let employees = triggers::subjects(a, |g| g == SubjectGroup::Employees);
        if basis.ground == Some(Art9Ground::A) && !employees.is_empty() {
            let mut t = employees;
            t.push(field);
            out.push(flag(
                FlagKind::BasisDoesNotCoverUse {
                    category: *category,
                    basis: BasisScope::EmployeeConsent,
                },
                Severity::Warning,
                t,
                &[],
            ));
        }
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
        let t = in_model(DataCategory::Bsn);
        if !t.is_empty() {
            out.push(flag(FlagKind::BsnInAnalysis, Severity::Warning, t, &[]));
        }
    }
    out
}
