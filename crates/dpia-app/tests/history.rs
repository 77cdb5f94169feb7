//! The history as an audit trail and the review of every answer (issue 22): each stored change
//! split into the fields it changed, worded as the screens word them; adoption and reopening as
//! events and as the starter's version history; the review's groups with the legal grounds; a
//! number of data subjects that looks wrong is saved with a warning.

use dpia_app::{App, HistoryEvent, Part, ShownValue};
use serde_json::json;
use std::path::Path;

mod support;
use support::{dir, import, now, offset, repo, today};

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

fn text(v: &ShownValue) -> String {
    match v {
        ShownValue::Text { text } => text.clone(),
        other => panic!("not text: {other:?}"),
    }
}

#[test]
fn each_field_of_a_measure_is_its_own_line_worded_as_the_screens_word_it() {
    let d = dir("history-measure");
    let (mut app, id) = hospital(&d);
    app.set_lang(dpia_i18n::Lang::Nl).unwrap();
    // One change that sets three fields at once (as an older app did), then one field.
    app.assessments_set(
        id,
        "/action_plan/role_based_access",
        json!({"status": "planned", "owner": "CISO", "due": "2027-03-01"}),
        today(),
        now(),
    )
    .unwrap();
    app.assessments_set(
        id,
        "/action_plan/role_based_access/status",
        json!("in_progress"),
        today(),
        now(),
    )
    .unwrap();
    let h = app.assessments_history(id).unwrap();
    let lines: Vec<_> = h
        .iter()
        .filter(|e| e.field.starts_with("/action_plan/role_based_access"))
        .collect();
    let fields: Vec<&str> = lines.iter().map(|e| e.field.as_str()).collect();
    // Newest first; the three fields of the first change each on their own line.
    assert_eq!(
        fields,
        [
            "/action_plan/role_based_access/status",
            "/action_plan/role_based_access/due",
            "/action_plan/role_based_access/owner",
            "/action_plan/role_based_access/status",
        ]
    );
    for e in &lines {
        assert_eq!(e.step, Part::Risks);
        assert_eq!(e.label_id, "ui-history-action-field");
        assert!(
            e.label_args["measure"].starts_with('M'),
            "{:?}",
            e.label_args
        );
    }
    assert_eq!(lines[0].label_args["field"], "status");
    assert_eq!(text(&lines[0].old_value), "gepland");
    assert_eq!(text(&lines[0].new_value), "in uitvoering");
    assert_eq!(lines[1].label_args["field"], "due");
    assert_eq!(lines[1].old_value, ShownValue::Empty);
    assert_eq!(
        lines[1].new_value,
        ShownValue::Date {
            date: "2027-03-01".into()
        }
    );
    assert_eq!(text(&lines[2].new_value), "CISO");
}

#[test]
fn values_are_worded_and_adoption_and_reopening_are_events() {
    let d = dir("history-words");
    let (mut app, id) = hospital(&d);
    app.set_lang(dpia_i18n::Lang::Nl).unwrap();
    for (pointer, value) in [
        ("/organisation/sector", json!("education")),
        ("/services/reports/categories", json!(["names", "health"])),
        ("/services/reports/data_subjects_estimate", json!(1234)),
        ("/options/time_travel", json!(true)),
        // The hospital's fixture already names 30 lid 3 a: clear it, then name it again.
        (
            "/follow_ups/special_category_exceptions/health/uavg",
            json!(null),
        ),
        (
            "/follow_ups/special_category_exceptions/health/uavg",
            json!("30_3_a"),
        ),
        ("/purposes/0/legal_basis", json!("f")),
        // Issue 17's answers: the AI product question and an exception per group of people.
        ("/ai_product", json!(false)),
        (
            "/follow_ups/special_category_exceptions/health/by_group/employees/ground",
            json!("h"),
        ),
        (
            "/own_risks",
            json!([{"id": "own_1", "title": "Herleidbaarheid", "likelihood": "high"}]),
        ),
        ("/own_risks/0/impact", json!("medium")),
    ] {
        app.assessments_set(id, pointer, value, today(), now())
            .unwrap_or_else(|e| panic!("{pointer}: {e:?}"));
    }
    // Adopting needs every open point accepted with a reason.
    let v = app.assessments_view(id, today()).unwrap();
    for p in &v.adoption {
        app.assessments_set(
            id,
            &format!("/sign_off/accepted_open/{}", p.id),
            json!("Volgt in het project"),
            today(),
            now(),
        )
        .unwrap();
    }
    app.assessments_set(
        id,
        "/sign_off/approved_by",
        json!("Raad van bestuur"),
        today(),
        now(),
    )
    .unwrap();
    app.assessments_set(id, "/sign_off/status", json!("definitive"), today(), now())
        .unwrap();
    app.assessments_set(id, "/sign_off/status", json!(null), today(), now())
        .unwrap();
    let h = app.assessments_history(id).unwrap();
    let find = |field: &str| {
        h.iter()
            .find(|e| e.field == field)
            .unwrap_or_else(|| panic!("no line for {field}"))
    };
    assert_eq!(text(&find("/organisation/sector").new_value), "Onderwijs");
    assert_eq!(
        find("/services/reports/categories").new_value,
        ShownValue::List {
            items: vec!["Namen".into(), "Gezondheidsgegevens".into()]
        }
    );
    assert_eq!(
        find("/services/reports/data_subjects_estimate").new_value,
        ShownValue::Number { number: 1234 }
    );
    assert_eq!(text(&find("/options/time_travel").new_value), "ja");
    assert!(
        text(&find("/follow_ups/special_category_exceptions/health/uavg").new_value)
            .starts_with("Art. 30 lid 3 onder a UAVG")
    );
    let product = find("/ai_product");
    assert_eq!(
        (product.step, product.label_id.as_str()),
        (Part::Characteristics, "ui-ai-product")
    );
    assert_eq!(text(&product.new_value), "nee");
    let group = find("/follow_ups/special_category_exceptions/health/by_group/employees/ground");
    assert_eq!(group.step, Part::Followups);
    assert_eq!(group.label_id, "ui-history-exception-group-field");
    assert_eq!(group.label_args["field"], "ground");
    assert_eq!(group.label_args["group"], "Medewerkers");
    assert!(text(&group.old_value).starts_with("Art. 9 lid 2 onder b"));
    assert!(text(&group.new_value).starts_with("Art. 9 lid 2 onder h"));
    let basis = find("/purposes/0/legal_basis");
    assert_eq!(basis.step, Part::Organisation);
    assert_eq!(basis.label_id, "ui-purpose-basis");
    assert!(text(&basis.new_value).starts_with("Gerechtvaardigd belang"));
    // An own risk added is one line naming it; a field of it names the field.
    let added = find("/own_risks/0");
    assert_eq!(added.event, HistoryEvent::Added);
    assert_eq!(text(&added.new_value), "Herleidbaarheid");
    let impact = find("/own_risks/0/impact");
    assert_eq!(impact.label_id, "ui-history-own-risk-field");
    assert_eq!(impact.label_args["field"], "impact");
    assert!(impact.label_args["risk"].contains("Herleidbaarheid"));
    assert_eq!(text(&impact.new_value), "middel");
    // Adoption and reopening, newest first.
    let events: Vec<HistoryEvent> = h
        .iter()
        .filter(|e| e.field == "/sign_off/status")
        .map(|e| e.event)
        .collect();
    assert_eq!(events, [HistoryEvent::Reopened, HistoryEvent::Adopted]);
    // Nothing of the stored form reaches the words.
    let json = serde_json::to_string(&h).unwrap();
    for raw in [
        "\"education\"",
        "30_3_a",
        "\"definitive\"",
        "\"true\"",
        "{\\\"",
    ] {
        assert!(!json.contains(raw), "{raw} in {json}");
    }
    // The starter's version history: adopted by whom, then reopened.
    let versions = app
        .assessments_versions(id, chrono::FixedOffset::east_opt(3600).unwrap())
        .unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].event, dpia_documents::VersionEvent::Adopted);
    assert_eq!(versions[0].by, "Raad van bestuur");
    assert_eq!(versions[0].date, today());
    assert_eq!(versions[1].event, dpia_documents::VersionEvent::Reopened);
    // And the exported starter carries that table.
    let out = d.join("starter.md");
    let token = app.grant(dpia_app::Purpose::Save, out.clone()).token;
    app.documents_export(id, "starter", "md", "nl", &token, today(), offset())
        .unwrap()
        .write()
        .unwrap();
    let md = std::fs::read_to_string(&out).unwrap();
    let table = &md[md.find("Versiegeschiedenis").expect("a version table")..];
    let adopted = table
        .find("Vastgesteld (definitief)")
        .expect("the adoption");
    let reopened = table
        .find("Heropend voor wijzigingen")
        .expect("the reopening");
    assert!(adopted < reopened, "{table}");
    assert!(table[..reopened].contains("Raad van bestuur"), "{table}");
}

#[test]
fn the_review_shows_every_answer_of_steps_one_to_five_with_the_legal_grounds() {
    let d = dir("review");
    let (mut app, id) = hospital(&d);
    app.set_lang(dpia_i18n::Lang::Nl).unwrap();
    // The hospital's fixture leaves the Art. 6 basis open; a hospital names a public task.
    app.assessments_set(id, "/purposes/0/legal_basis", json!("e"), today(), now())
        .unwrap();
    app.assessments_set(id, "/purposes/1/legal_basis", json!("e"), today(), now())
        .unwrap();
    let v = app.assessments_view(id, today()).unwrap();
    let steps: Vec<Part> = v.review.iter().map(|g| g.step).collect();
    assert_eq!(
        steps,
        [
            Part::Organisation,
            Part::Services,
            Part::Data,
            Part::Followups,
            Part::Characteristics
        ]
    );
    let item = |field: &str| {
        v.review
            .iter()
            .flat_map(|g| g.items.iter())
            .find(|x| x.field == field)
            .unwrap_or_else(|| panic!("no review item {field}"))
    };
    assert!(text(&item("/organisation/role").value).starts_with("Verwerkingsverantwoordelijke"));
    assert!(text(&item("/purposes/0/legal_basis").value).starts_with("Taak van algemeen belang"));
    assert!(
        text(&item("/follow_ups/special_category_exceptions/health/ground").value)
            .starts_with("Art. 9 lid 2 onder h")
    );
    assert!(
        text(&item("/follow_ups/special_category_exceptions/health/uavg").value)
            .starts_with("Art. 30 lid 3 onder a UAVG")
    );
    assert!(text(&item("/follow_ups/bsn_basis/statute").value).starts_with("Wabvpz"));
    // Issue 17's answers: the exception per group of people, sick leave, the AI product.
    let group = item("/follow_ups/special_category_exceptions/health/by_group/employees/ground");
    assert!(text(&group.value).starts_with("Art. 9 lid 2 onder b"));
    assert_eq!(group.target, "exception-health-employees-ground");
    assert_eq!(text(&item("/sick_leave").value), "ja");
    assert_eq!(item("/ai_product").target, "ai-product-yes");
    let reasoning = item("/purposes/0/reasoning");
    assert!(reasoning.optional);
    assert_eq!(reasoning.target, "purpose-0-reasoning");
    assert_eq!(
        item("/services/reports/source_systems").target,
        "sources-reports"
    );
    // A purpose without its basis is an open question of step 1, so step 1 is not complete.
    let v = app
        .assessments_set(id, "/purposes/0/legal_basis", json!(null), today(), now())
        .unwrap();
    assert!(!v.steps[0].complete);
    assert!(v
        .screening
        .open_questions
        .iter()
        .any(|q| q.contains("doel 1")));
}

#[test]
fn an_implausible_number_of_data_subjects_is_saved_with_a_warning() {
    let d = dir("estimate");
    let (mut app, id) = hospital(&d);
    app.set_lang(dpia_i18n::Lang::Nl).unwrap();
    for (n, warned) in [(0u64, true), (250_000, false), (1_000_000_000_000, true)] {
        let v = app
            .assessments_set(
                id,
                "/services/reports/data_subjects_estimate",
                json!(n),
                today(),
                now(),
            )
            .unwrap();
        assert_eq!(
            v.assessment.services["reports"].data_subjects_estimate,
            Some(n)
        );
        let w: Vec<_> = v
            .estimate_warnings
            .iter()
            .filter(|w| w.service == "reports")
            .collect();
        assert_eq!(!w.is_empty(), warned, "{n}");
        if warned {
            assert!(w[0].text.contains("klopt dit?"), "{}", w[0].text);
        }
    }
}
