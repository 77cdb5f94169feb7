//! The controller completes the DPIA in the app: decisions on risks record the computed values
//! they were taken on, a definitive DPIA is read-only until reopened, the history labels every
//! change as the UI does, and the list shows reviews that are due.

use dpia_app::App;
use dpia_app::Part;
use dpia_assessment::{Level, RiskStatus};
use serde_json::json;
use std::path::Path;

mod support;
use support::{dir, import, list, now, repo, today};

/// An app with the hospital scenario imported.
fn hospital(d: &Path) -> (App, i64) {
    let mut app = App::open(&d.join("db.sqlite"));
    let token = app
        .grant(
            dpia_app::Purpose::Import,
            repo("tests/scenarios/hospital.dpia.json"),
        )
        .token;
    let id = import(&mut app, &token).unwrap().id;
    (app, id)
}

#[test]
fn a_decision_records_the_computed_values_and_shows_a_later_change() {
    let d = dir("decision");
    let (mut app, id) = hospital(&d);
    let v = app
        .assessments_set(id, "/risk_decisions/unauthorised_access", json!({"status": "adjusted", "likelihood": "low", "reason": "MFA voor alle gebruikers"}), today(), now())
        .unwrap();
    let r = v
        .risks
        .iter()
        .find(|r| r.id == "unauthorised_access")
        .unwrap();
    assert_eq!(r.status, Some(RiskStatus::Adjusted));
    assert_eq!(r.applied.likelihood, Level::Low);
    assert_ne!(
        r.computed.likelihood,
        Level::Low,
        "the computed value stays visible"
    );
    assert!(!r.changed_since_decision);
    let recorded = &v.assessment.risk_decisions["unauthorised_access"];
    assert!(
        recorded.computed.is_some(),
        "the core records what was decided on"
    );
    // A later change of answers that changes the computed values is shown, never applied:
    // with every cause of wrong decisions addressed (two adopted measures) the likelihood goes
    // down; then decisions taken without human involvement keep it up again.
    for measure in ["data_quality_checks", "model_validation"] {
        app.assessments_set(
            id,
            &format!("/action_plan/{measure}"),
            json!({"status": "planned"}),
            today(),
            now(),
        )
        .unwrap();
    }
    app.assessments_set(
        id,
        "/risk_decisions/inaccurate_decisions",
        json!({"status": "adjusted", "likelihood": "low", "reason": "Alleen geaggregeerd gebruik"}),
        today(),
        now(),
    )
    .unwrap();
    let v = app
        .assessments_set(
            id,
            "/characteristics",
            json!([
                "combines_sources",
                "predictions_about_people",
                "automated_decisions"
            ]),
            today(),
            now(),
        )
        .unwrap();
    let r = v
        .risks
        .iter()
        .find(|r| r.id == "inaccurate_decisions")
        .unwrap();
    assert!(r.changed_since_decision, "{r:?}");
    assert!(!r.decided_on.is_empty());
    assert_eq!(
        r.applied.likelihood,
        Level::Low,
        "the controller's value still applies"
    );
}

#[test]
fn adoption_is_refused_while_points_are_open_and_a_definitive_dpia_is_read_only_until_reopened() {
    let d = dir("definitive");
    let (mut app, id) = hospital(&d);
    let v = app.assessments_view(id, today()).unwrap();
    assert!(v.adoption_blocking > 0);
    assert_eq!(v.adoption.len() as u32, v.adoption_blocking);
    // Refused, naming what is open (GDPR Art. 35(7), the DPO's advice, Art. 36).
    let refused = app
        .assessments_set(id, "/sign_off/status", json!("definitive"), today(), now())
        .unwrap_err();
    assert_eq!(refused.code, "open_points");
    assert!(
        refused
            .message
            .contains(&format!("er staan nog {} punten open", v.adoption.len())),
        "{}",
        refused.message
    );
    assert!(!refused.message.contains('⟦'));
    assert!(!app.assessments_view(id, today()).unwrap().definitive);
    // An empty reason accepts nothing.
    let first = v.adoption[0].id.clone();
    let v = app
        .assessments_set(
            id,
            &format!("/sign_off/accepted_open/{first}"),
            json!("  "),
            today(),
            now(),
        )
        .unwrap();
    assert_eq!(v.adoption_blocking as usize, v.adoption.len());
    // Each point accepted with a reason: then it can be adopted, "with open points".
    for p in v.adoption.clone() {
        app.assessments_set(
            id,
            &format!("/sign_off/accepted_open/{}", p.id),
            json!("Wordt uitgewerkt in het project; besluit raad van bestuur 1 december"),
            today(),
            now(),
        )
        .unwrap();
    }
    assert_eq!(
        app.assessments_view(id, today()).unwrap().adoption_blocking,
        0
    );
    app.assessments_set(id, "/sign_off/status", json!("definitive"), today(), now())
        .unwrap();
    let refused = app
        .assessments_set(id, "/description", json!("anders"), today(), now())
        .unwrap_err();
    assert_eq!(refused.code, "definitive");
    assert!(
        refused.message.contains("definitief"),
        "{}",
        refused.message
    );
    let v = app.assessments_view(id, today()).unwrap();
    let st = dpia_statement::Statement::embedded();
    let doc = dpia_documents::build(
        dpia_documents::Kind::Starter,
        &st,
        &v.assessment,
        dpia_i18n::Lang::Nl,
        today(),
    );
    let md = dpia_documents::render(&doc, dpia_documents::Format::Markdown).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("vastgesteld met open punten"),
        "the document says so"
    );
    assert!(
        md.contains("besluit raad van bestuur 1 december"),
        "with the reason"
    );
    // Reopening keeps the record of what was accepted.
    let v = app
        .assessments_set(id, "/sign_off/status", json!("concept"), today(), now())
        .unwrap();
    assert!(!v.definitive);
    assert!(!v.assessment.sign_off.accepted_open.is_empty());
    app.assessments_set(id, "/description", json!("anders"), today(), now())
        .unwrap();
    // The history records both the adoption and the reopening.
    let h = app.assessments_history(id).unwrap();
    let status: Vec<_> = h.iter().filter(|e| e.field == "/sign_off/status").collect();
    assert_eq!(status.len(), 2);
    assert!(status
        .iter()
        .all(|e| e.step == Part::Signoff && e.label_id == "ui-signoff-status"));
}

/// A decision on a risk that no longer applies, and an action-plan entry for a measure no longer
/// proposed, are kept and shown (never silently dropped), and removed only when the user says so.
#[test]
fn choices_that_no_longer_match_are_shown_and_removable() {
    let d = dir("orphans");
    let (mut app, id) = hospital(&d);
    app.assessments_set(
        id,
        "/risk_decisions/profiling",
        json!({"status": "confirmed"}),
        today(),
        now(),
    )
    .unwrap();
    app.assessments_set(
        id,
        "/action_plan/bias_testing",
        json!({"owner": "Team BI"}),
        today(),
        now(),
    )
    .unwrap();
    assert!(app
        .assessments_view(id, today())
        .unwrap()
        .orphans
        .is_empty());
    // No machine learning and no profiling any more: the profiling risk goes, its measures too.
    app.assessments_set(id, "/services/ml_ai/used", json!(false), today(), now())
        .unwrap();
    let v = app
        .assessments_set(id, "/characteristics", json!([]), today(), now())
        .unwrap();
    assert!(!v.risks.iter().any(|r| r.id == "profiling"));
    let pointers: Vec<&str> = v.orphans.iter().map(|o| o.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["/risk_decisions/profiling", "/action_plan/bias_testing"]
    );
    assert!(v.orphans[0].text.contains("niet meer van toepassing"));
    assert!(
        v.assessment.risk_decisions.contains_key("profiling"),
        "kept"
    );
    // Removing is the user's act: null at the pointer.
    for p in pointers.iter().map(|p| p.to_string()).collect::<Vec<_>>() {
        app.assessments_set(id, &p, serde_json::Value::Null, today(), now())
            .unwrap();
    }
    let v = app.assessments_view(id, today()).unwrap();
    assert!(v.orphans.is_empty());
    assert!(!v.assessment.risk_decisions.contains_key("profiling"));
    assert!(!v.assessment.action_plan.contains_key("bias_testing"));
}

#[test]
fn every_history_label_is_a_ui_message_in_both_languages() {
    let d = dir("labels");
    let (mut app, id) = hospital(&d);
    for (pointer, value) in [
        ("/organisation/role", json!("controller")),
        ("/purposes/0/legal_basis", json!("e")),
        ("/services/reports/categories", json!(["names"])),
        ("/options/time_travel", json!(true)),
        (
            "/follow_ups/special_category_exceptions/health/ground",
            json!("h"),
        ),
        ("/controller/interests", json!("Betere zorg")),
        ("/controller/views/sought", json!(true)),
        ("/controller/retention_per_category/names", json!("2 jaar")),
        (
            "/risk_decisions/unauthorised_access",
            json!({"status": "confirmed"}),
        ),
        (
            "/action_plan/role_based_access",
            json!({"status": "planned", "owner": "CISO"}),
        ),
        ("/dpo_advice/advice", json!("Akkoord")),
        (
            "/sign_off/accepted_open/prior_consultation",
            json!("Besluit volgt na het gesprek met de AP"),
        ),
        ("/review_date", json!("2027-06-01")),
    ] {
        app.assessments_set(id, pointer, value, today(), now())
            .unwrap_or_else(|e| panic!("{pointer}: {e:?}"));
    }
    let ui = |lang: &str| std::fs::read_to_string(repo(&format!("locales/{lang}/ui.ftl"))).unwrap();
    let (nl, en) = (ui("nl"), ui("en"));
    let h = app.assessments_history(id).unwrap();
    assert!(h.len() >= 10, "{}", h.len());
    for e in &h {
        assert_ne!(e.step, Part::Other, "{}", e.field);
        for (lang, text) in [("nl", &nl), ("en", &en)] {
            assert!(
                text.lines()
                    .any(|l| l.starts_with(&format!("{} =", e.label_id))),
                "{lang}: no message {} for {}",
                e.label_id,
                e.field
            );
        }
    }
    let names = h
        .iter()
        .find(|e| e.field == "/services/reports/categories")
        .unwrap();
    assert_eq!(
        names.label_args["service"],
        "Template- en maatwerkrapportages"
    );
}

#[test]
fn the_list_shows_due_reviews_expiring_certificates_and_overdue_actions() {
    let d = dir("list");
    let (mut app, id) = hospital(&d);
    app.assessments_set(id, "/review_date", json!("2026-11-01"), today(), now())
        .unwrap();
    app.assessments_set(
        id,
        "/action_plan/role_based_access",
        json!({"status": "in_progress", "owner": "CISO", "due": "2026-10-01"}),
        today(),
        now(),
    )
    .unwrap();
    let l = list(&app);
    let x = l.iter().find(|x| x.id == id).unwrap();
    assert!(x.review_due);
    assert_eq!(x.overdue_actions, 1);
    app.assessments_set(id, "/review_date", json!("2029-01-01"), today(), now())
        .unwrap();
    let l = list(&app);
    let x = l.iter().find(|x| x.id == id).unwrap();
    assert!(!x.review_due);
    assert_eq!(x.expiring_certificates.len(), 2, "{x:?}");
}
