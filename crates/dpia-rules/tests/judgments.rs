//! The judgments a privacy officer checked on the scenarios: a residual risk goes down only by
//! measures that touch its causes or limit its consequences; blockers hold it; conclusions stay
//! the controller's (adoption lists what is open). Each test names the example it pins.

use dpia_assessment::{ActionItem, ActionStatus, Assessment, Level};
use dpia_rules::{adoption, Hold, MeasureRef, OpenPoint, Risk};
use dpia_statement::Statement;
use std::path::Path;

fn scenario(name: &str) -> (Statement, Assessment) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios")
        .join(format!("{name}.dpia.json"));
    let a = dpia_assessment::load(&path).unwrap();
    (dpia_golden::statement_for(&a), a)
}

fn risk<'a>(risks: &'a [Risk], id: &str) -> &'a Risk {
    risks
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no risk {id}"))
}

fn statement_measures(r: &Risk) -> Vec<String> {
    r.counted()
        .filter_map(|c| match &c.by {
            MeasureRef::Statement { id, .. } => Some(id.clone()),
            MeasureRef::Controller { .. } => None,
        })
        .collect()
}

fn adopt(a: &mut Assessment, measure: &str, status: ActionStatus) {
    a.action_plan.insert(
        measure.into(),
        ActionItem {
            status: Some(status),
            ..ActionItem::default()
        },
    );
}

#[test]
fn hospital_profiling_impact_is_not_lowered_by_where_the_models_run() {
    let (st, a) = scenario("hospital");
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "profiling");
    assert_eq!(r.impact, Level::High);
    assert_eq!(r.residual_impact, Level::High, "{r:#?}");
    assert!(
        !statement_measures(r).contains(&"no_data_to_model_developers".to_string()),
        "running the models in the own cloud does not lessen what a wrong prediction does"
    );
    // That measure addresses whether the model's developers receive data: a cause of
    // unauthorised access, where it counts.
    let access = risk(&risks, "unauthorised_access");
    let developers = access
        .causes
        .iter()
        .find(|c| c.id == "model_developers")
        .unwrap();
    assert!(developers.addressed());
}

#[test]
fn hospital_over_broad_sharing_is_not_lowered_by_the_processors_workspace_when_it_publishes_itself()
{
    let (st, mut a) = scenario("hospital");
    assert_eq!(
        a.options["report_publication"],
        dpia_assessment::OptionValue::Choice("client".into())
    );
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "unauthorised_access");
    let users = r.causes.iter().find(|c| c.id == "client_users").unwrap();
    assert!(
        !users.addressed(),
        "sharing by the client's own users: nothing of the processor's touches it"
    );
    assert!(
        users.would.contains(&"role_based_access"),
        "the controller measure that would"
    );
    assert!(r.holds.contains(&Hold::UnaddressedCause));
    assert_eq!(
        r.residual_level, r.level,
        "the residual stays at the level before measures"
    );
    // No encryption, breach notice or certificate lowers the impact.
    assert!(r.limits.is_empty());
    assert_eq!(r.residual_impact, r.impact);
    // Once the controller adopts role-based access, every cause is addressed: the likelihood
    // goes down one step (indicative).
    adopt(&mut a, "role_based_access", ActionStatus::Planned);
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "unauthorised_access");
    assert!(r.unaddressed().next().is_none());
    assert_eq!(r.residual_likelihood, r.likelihood.lowered());
}

#[test]
fn owner_and_due_date_alone_do_not_adopt_a_measure() {
    let (st, mut a) = scenario("hospital");
    a.action_plan.insert(
        "role_based_access".into(),
        ActionItem {
            owner: "Informatiebeveiliging".into(),
            due: chrono::NaiveDate::from_ymd_opt(2027, 3, 1),
            ..ActionItem::default()
        },
    );
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "unauthorised_access");
    assert!(
        r.holds.contains(&Hold::UnaddressedCause),
        "not adopted, so it counts for nothing"
    );
}

#[test]
fn hospital_transfer_is_not_low_while_the_transfer_assessment_is_open() {
    let (st, mut a) = scenario("hospital");
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "transfer_outside_eea");
    assert!(r.holds.contains(&Hold::OpenTransferAssessment));
    assert_eq!(
        (r.residual_likelihood, r.residual_impact),
        (r.likelihood, r.impact)
    );
    adopt(&mut a, "transfer_assessment", ActionStatus::InProgress);
    let risks = dpia_rules::risks(&st, &a);
    assert!(
        risk(&risks, "transfer_outside_eea")
            .holds
            .contains(&Hold::OpenTransferAssessment),
        "in progress is still open"
    );
    adopt(&mut a, "transfer_assessment", ActionStatus::Done);
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "transfer_outside_eea");
    assert!(r.holds.is_empty(), "{:?}", r.holds);
    assert_eq!(r.residual_likelihood, r.likelihood.lowered());
    assert_eq!(
        r.residual_impact,
        r.impact.lowered(),
        "data deleted after the task limits the consequences"
    );
}

#[test]
fn municipality_scoring_of_citizens_is_not_lowered_by_the_processors_measures() {
    let (st, a) = scenario("municipality_prediction_model");
    let risks = dpia_rules::risks(&st, &a);
    for id in ["profiling", "inaccurate_decisions"] {
        let r = risk(&risks, id);
        assert!(
            statement_measures(r).is_empty(),
            "{id}: {:?}",
            statement_measures(r)
        );
        assert_eq!(r.residual_level, r.level, "{id}");
    }
}

#[test]
fn hr_health_exception_that_does_not_cover_the_model_is_a_blocker_and_a_risk() {
    let (st, a) = scenario("hr_model_sick_leave");
    let s = dpia_rules::screen(
        &st,
        &a,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    );
    assert!(
        s.blocking()
            .any(|f| matches!(f.kind, dpia_rules::FlagKind::BasisDoesNotCoverUse { .. })),
        "an exception that does not cover the use is blocking"
    );
    let risks = dpia_rules::risks(&st, &a);
    let r = risk(&risks, "unlawful_processing");
    assert_eq!(r.level, Level::High);
    assert_eq!(r.residual_level, Level::High);
    assert!(r.holds.contains(&Hold::OpenLegalGround));
    assert!(adoption::open_points(&st, &a, &risks).contains(&OpenPoint::LegalGround));
}

#[test]
fn no_residual_is_lowered_by_a_notification_duty_or_a_certificate() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if !path.to_string_lossy().ends_with(".dpia.json") {
            continue;
        }
        let a = dpia_assessment::load(&path).unwrap();
        let st = dpia_golden::statement_for(&a);
        for r in dpia_rules::risks(&st, &a) {
            for id in statement_measures(&r) {
                assert!(
                    !matches!(id.as_str(), "breach_notice" | "breach_48h" | "certified"),
                    "{}: {} counted for {}",
                    path.display(),
                    id,
                    r.id
                );
            }
            for l in &r.limits {
                assert!(l.kind.is_some(), "a limit says how it limits");
            }
        }
    }
}

#[test]
fn adoption_lists_what_is_open_until_filled_or_accepted_with_a_reason() {
    let (st, mut a) = scenario("hospital");
    let risks = dpia_rules::risks(&st, &a);
    let open = adoption::open_points(&st, &a, &risks);
    for p in [
        OpenPoint::Necessity,
        OpenPoint::Proportionality,
        OpenPoint::Subsidiarity,
        OpenPoint::DpoAdvice,
        OpenPoint::PriorConsultation,
        OpenPoint::RiskUndecided {
            risk: "profiling".into(),
        },
        OpenPoint::Unaddressed {
            risk: "unauthorised_access".into(),
        },
    ] {
        assert!(open.contains(&p), "{p:?} not in {open:?}");
    }
    assert_eq!(adoption::blocking(&st, &a, &risks).len(), open.len());
    // Accepting a point needs a reason; an empty one accepts nothing.
    a.sign_off
        .accepted_open
        .insert("necessity".into(), "  ".into());
    assert!(adoption::blocking(&st, &a, &risks).contains(&OpenPoint::Necessity));
    a.sign_off.accepted_open.insert(
        "necessity".into(),
        "Volgt uit het besluit van de raad van bestuur".into(),
    );
    assert!(!adoption::blocking(&st, &a, &risks).contains(&OpenPoint::Necessity));
    assert!(
        adoption::open_points(&st, &a, &risks).contains(&OpenPoint::Necessity),
        "still open, but accepted"
    );
    // Without a DPO, the DPO's advice is not a point.
    a.organisation.dpo = "geen".into();
    assert!(!adoption::open_points(&st, &a, &risks).contains(&OpenPoint::DpoAdvice));
}

#[test]
fn decisions_and_plan_entries_that_no_longer_match_are_kept_and_named() {
    let (st, mut a) = scenario("wholesaler");
    a.risk_decisions.insert(
        "profiling".into(),
        dpia_assessment::RiskDecision {
            status: Some(dpia_assessment::RiskStatus::Confirmed),
            ..Default::default()
        },
    );
    adopt(&mut a, "bias_testing", ActionStatus::Planned);
    let risks = dpia_rules::risks(&st, &a);
    assert!(risks.iter().all(|r| r.id != "profiling"));
    let o = dpia_rules::orphans(&a, &risks);
    assert_eq!(o.decisions, vec!["profiling".to_string()]);
    assert_eq!(o.actions, vec!["bias_testing".to_string()]);
}
