//! Legal precision, round 2 (issue 17), pinned on the scenarios a privacy officer read: the AI Act
//! as a deployer's duties, the health exception per group of people, sick leave as health data,
//! the BSN's purpose, a client that is itself a processor, the works council, citizens facing
//! their municipality, and findings that name the answer they rest on.

use chrono::NaiveDate;
use dpia_assessment::{Assessment, SubjectGroup, UavgException};
use dpia_rules::{findings, screen, FlagKind, OpenQuestion, Severity, Trigger};
use dpia_statement::Statement;
use std::path::Path;

fn scenario(name: &str) -> (Statement, Assessment) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios")
        .join(format!("{name}.dpia.json"));
    let a = dpia_assessment::load(&path).unwrap();
    (dpia_golden::statement_for(&a), a)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn kinds(st: &Statement, a: &Assessment) -> Vec<FlagKind> {
    screen(st, a, today())
        .flags
        .into_iter()
        .map(|f| f.kind)
        .collect()
}

/// A readmission model that plans care is medical-device software: high-risk under AI Act art.
/// 6(1) even though no Annex III area applies, outside the statement's "no high-risk AI" promise.
#[test]
fn hospital_readmission_model_as_a_medical_device_is_high_risk() {
    let (st, a) = scenario("hospital");
    assert_eq!(a.ai_act_area, Some(dpia_assessment::AiActArea::None));
    let k = kinds(&st, &a);
    assert!(k.contains(&FlagKind::AiActAnnexI), "{k:?}");
    assert!(k.contains(&FlagKind::HighRiskAiNotInStatement {
        service: "ml_ai".into()
    }));
    // No FRIA: art. 27 is for Annex III systems.
    assert!(!k.iter().any(|x| matches!(x, FlagKind::Fria { .. })));
    // Unanswered, it is asked.
    let mut open = a.clone();
    open.ai_product = None;
    let s = screen(&st, &open, today());
    assert!(s.open_questions.contains(&OpenQuestion::AiProduct));
}

/// A municipality scoring households on debt risk (Annex III, essential services) must make a
/// fundamental-rights impact assessment and register the use; the IAMA is the way to do it, not
/// "a recommendation of the app".
#[test]
fn municipality_high_risk_use_has_the_fria_duty() {
    let (st, a) = scenario("municipality_prediction_model");
    let k = kinds(&st, &a);
    assert!(k.contains(&FlagKind::Fria { public: true }), "{k:?}");
    assert!(
        !k.contains(&FlagKind::Iama),
        "the FRIA replaces the recommendation"
    );
    assert_eq!(findings::fria_duty(&st, &a), Some(true));
    // Citizens facing their municipality are vulnerable (WP248 criterion 7), and the signals of
    // partners are a data-sharing partnership (DPA list item 8).
    let s = screen(&st, &a, today());
    let keys: Vec<String> = s.hits.iter().map(|h| h.criterion.key()).collect();
    assert!(keys.contains(&"wp248-7".to_string()), "{keys:?}");
    assert!(keys.contains(&"dpa-8".to_string()), "{keys:?}");
    // Automated decisions by a public body: UAVG art. 40 may apply (never for profiling).
    let mut auto = a.clone();
    auto.characteristics
        .as_mut()
        .unwrap()
        .insert(dpia_assessment::Characteristic::AutomatedDecisions);
    assert!(kinds(&st, &auto).contains(&FlagKind::AutomatedDecisions { public: true }));
}

/// A private insurer's profiling never gets UAVG art. 40.
#[test]
fn a_private_insurer_gets_no_uavg_article_40() {
    let (st, a) = scenario("automated_credit_decisions");
    assert!(kinds(&st, &a).contains(&FlagKind::AutomatedDecisions { public: false }));
}

/// One exception cannot cover patients and staff: the hospital names one per group; with only
/// the care providers' exception for both, staff data is not covered (blocking).
#[test]
fn hospital_health_data_has_an_exception_per_group() {
    let (st, a) = scenario("hospital");
    let s = screen(&st, &a, today());
    assert!(
        !s.flags.iter().any(|f| f.severity == Severity::Blocking),
        "{:?}",
        s.flags
    );
    assert!(!s
        .open_questions
        .iter()
        .any(|q| matches!(q, OpenQuestion::GroupException { .. })));
    let mut one = a.clone();
    one.follow_ups
        .special_category_exceptions
        .get_mut(&dpia_assessment::DataCategory::Health)
        .unwrap()
        .by_group
        .clear();
    let s = screen(&st, &one, today());
    let blocking: Vec<&FlagKind> = s
        .flags
        .iter()
        .filter(|f| f.severity == Severity::Blocking)
        .map(|f| &f.kind)
        .collect();
    assert_eq!(
        blocking,
        [&FlagKind::BasisDoesNotCoverGroup {
            category: dpia_assessment::DataCategory::Health,
            group: SubjectGroup::Employees,
            uavg: UavgException::Art30Lid3A,
        }]
    );
    for g in [SubjectGroup::Employees, SubjectGroup::Patients] {
        assert!(s.open_questions.contains(&OpenQuestion::GroupException {
            category: dpia_assessment::DataCategory::Health,
            group: g
        }));
    }
    // Health data: the secrecy of GDPR Art. 9(3) / UAVG art. 30(4), with the processor's
    // confidentiality clause.
    let secrecy = screen(&st, &a, today())
        .flags
        .into_iter()
        .find(|f| f.kind == FlagKind::HealthSecrecy)
        .expect("the secrecy note");
    assert_eq!(
        secrecy.sources,
        [dpia_statement::StatementRef::Clause(5, 1)]
    );
}

/// "Reports on payroll costs and sick leave": sick leave is health data, so health data with its
/// exception; the payroll company processes for employers, so the DPIA is theirs, with their
/// written authorisation and instructions to arrange.
#[test]
fn payroll_with_sick_leave_is_health_data_for_each_employer() {
    let (st, a) = scenario("payroll_processor");
    assert!(a
        .categories()
        .contains(&dpia_assessment::DataCategory::Health));
    let s = screen(&st, &a, today());
    assert!(s.for_controllers);
    assert!(s
        .hits
        .iter()
        .flat_map(|h| &h.triggers)
        .any(|t| matches!(t, Trigger::SickLeave { .. })));
    let client = s
        .flags
        .iter()
        .find(|f| f.kind == FlagKind::ClientIsProcessor)
        .expect("client is processor");
    assert_eq!(client.severity, Severity::Warning);
    let arranged = dpia_rules::arrangements(&st, &a, &s, &dpia_rules::risks(&st, &a));
    assert!(arranged.iter().any(|x| matches!(
        &x.point,
        dpia_rules::Point::ClientFlag { flag } if flag.kind == FlagKind::ClientIsProcessor
    )));
    // Unanswered, sick leave is asked where employees are concerned.
    let mut open = a.clone();
    open.sick_leave = None;
    assert!(screen(&st, &open, today())
        .open_questions
        .contains(&OpenQuestion::SickLeave));
}

/// The BSN replicated into a warehouse for management information: flagged for every use, not
/// only machine learning.
#[test]
fn the_bsn_is_flagged_for_every_use() {
    for name in ["hospital", "payroll_processor", "accountancy_datev"] {
        let (st, a) = scenario(name);
        assert!(kinds(&st, &a).contains(&FlagKind::BsnPurpose), "{name}");
    }
}

/// HR analytics on employees: the works council's consent, also arranged by the client.
#[test]
fn hr_analytics_needs_the_works_council() {
    let (st, a) = scenario("hr_analytics");
    let s = screen(&st, &a, today());
    assert!(s
        .flags
        .iter()
        .any(|f| matches!(f.kind, FlagKind::WorksCouncil { .. })));
    let arranged = dpia_rules::arrangements(&st, &a, &s, &dpia_rules::risks(&st, &a));
    assert!(arranged.iter().any(|x| matches!(
        &x.point,
        dpia_rules::Point::ClientFlag { flag } if matches!(flag.kind, FlagKind::WorksCouncil { .. })
    )));
}

/// A ground that was answered but does not cover the use names the answer given, never "not
/// answered".
#[test]
fn a_scope_finding_names_the_exception_given() {
    let (st, a) = scenario("hr_model_sick_leave");
    let s = screen(&st, &a, today());
    let f = s
        .flags
        .iter()
        .find(|f| matches!(f.kind, FlagKind::BasisDoesNotCoverUse { .. }))
        .expect("the sick-leave exception does not cover the model");
    assert!(!f
        .triggers
        .iter()
        .any(|t| matches!(t, Trigger::MissingFollowUp { .. })));
    assert!(f.triggers.iter().any(|t| matches!(
        t,
        Trigger::ExceptionNamed {
            uavg: Some(UavgException::Art30Lid1B),
            ..
        }
    )));
}
