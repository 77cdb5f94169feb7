//! Tests of the loader on the embedded statement and on broken variants of it.

use super::*;
use chrono::NaiveDate;

fn broken(from: &str, to: &str) -> String {
    assert!(DEFAULT_STATEMENT_TOML.contains(from), "{from}");
    parse(&DEFAULT_STATEMENT_TOML.replacen(from, to, 1), "x.toml")
        .unwrap_err()
        .to_string()
}

#[test]
fn embedded_statement_loads_with_the_facts_a_dpia_needs() {
    let s = Statement::embedded();
    assert_eq!(s.processor.name, "KPI Solutions B.V.");
    assert_eq!(s.version.version, "06-2025");
    assert_eq!(s.version.printed_version.as_deref(), Some("05-2025"));
    assert_eq!(
        s.version.valid_from,
        NaiveDate::from_ymd_opt(2025, 5, 7).unwrap()
    );
    assert!(s.version.discrepancy.is_some());
    let ids: Vec<_> = s.services.list.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "reports",
            "connectors",
            "datawarehouse",
            "apps_automations",
            "ml_ai",
            "consultancy"
        ]
    );
    assert_eq!(s.deletion.within_days, 7);
    assert_eq!(s.deletion.item, 16);
    assert_eq!(s.breach.notify_within_hours, 24);
    assert_eq!(s.clauses.termination_days_after_change, 30);
    assert!(s.intended_use.special_data_possible);
    let visuals: Vec<_> = s
        .map_visuals
        .as_ref()
        .unwrap()
        .visuals
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(visuals, ["bing_maps", "azure_maps", "arcgis"]);
    assert_eq!(
        s.map_visual("bing_maps").unwrap().vendors,
        ["Microsoft Bing", "TomTom", "SK Telecom"]
    );
    let n_ix = s.sub_processor("n_ix").unwrap();
    assert_eq!(n_ix.condition, Condition::DevelopmentWork);
    assert_eq!(n_ix.location, Location::OutsideEuEeaTemporary);
    assert_eq!(n_ix.country, None, "the statement names no third country");
    let datev = Condition::Option {
        option: "datev_connector".into(),
    };
    assert_eq!(s.sub_processor("riecken").unwrap().condition, datev);
    assert_eq!(s.sub_processor("ovh").unwrap().condition, datev);
    assert_eq!(
        s.sub_processor("microsoft").unwrap().condition,
        Condition::Always
    );
    assert_eq!(
        s.earliest_certificate_expiry().unwrap().valid_until,
        NaiveDate::from_ymd_opt(2028, 5, 19).unwrap()
    );
    assert_eq!(
        s.certificate_for(Norm::Nen7510).unwrap().number,
        "DGTM7172128"
    );
    for number in ["2.2", "3.2", "7.2", "7.5"] {
        assert!(s.clause(number).is_some(), "clause {number}");
    }
    let options: Vec<_> = s.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        options,
        [
            "report_publication",
            "map_visuals",
            "time_travel",
            "snapshot",
            "datev_connector"
        ]
    );
    assert_eq!(
        s.option_with(OptionEffect::RetentionBeyondSource)
            .unwrap()
            .id,
        "time_travel"
    );
    let ml = s.service("ml_ai").unwrap();
    assert_eq!(ml.traits, [ServiceTrait::MachineLearning]);
    assert!(!s.service("consultancy").unwrap().development_work);
}

#[test]
fn every_measure_resolves_to_its_printed_item() {
    let s = Statement::embedded();
    let source = |id: &str| s.measure_source(s.measure(id).unwrap()).unwrap();
    assert_eq!(source("separation"), StatementRef::Item(12));
    assert_eq!(source("scc"), StatementRef::Item(14));
    assert_eq!(source("encryption"), StatementRef::Item(17));
    assert_eq!(source("no_data_to_model_developers"), StatementRef::Item(9));
    assert_eq!(source("same_security_level"), StatementRef::Clause(8, 3));
    for m in &s.measures {
        assert!(s.measure_source(m).is_some(), "{}", m.id);
    }
}

#[test]
fn a_renumbered_section_moves_its_measures() {
    let text = DEFAULT_STATEMENT_TOML.replacen("[security]\nitem = 17", "[security]\nitem = 18", 1);
    let s = parse(&text, "x.toml").unwrap();
    assert_eq!(
        s.measure_source(s.measure("encryption").unwrap()),
        Some(StatementRef::Item(18))
    );
    let d = diff(&Statement::embedded(), &s);
    assert!(d
        .iter()
        .all(|c| matches!(c, Change::Moved { .. }) && c.entry().key.starts_with("security.")));
    assert!(!d.is_empty());
}

#[test]
fn diff_reports_added_removed_and_changed_entries() {
    let text = DEFAULT_STATEMENT_TOML
        .replacen("name = \"OVH GmbH\"", "name = \"OVHcloud GmbH\"", 1)
        .replacen("id = \"riecken\"", "id = \"riecken_gmbh\"", 1)
        .replacen("id = \"riecken\"", "id = \"riecken_gmbh\"", 1);
    let s = parse(&text, "x.toml").unwrap();
    let d = diff(&Statement::embedded(), &s);
    let kinds: Vec<_> = d
        .iter()
        .map(|c| {
            let k = match c {
                Change::Added { .. } => "added",
                Change::Removed { .. } => "removed",
                Change::Changed { .. } => "changed",
                Change::Moved { .. } => "moved",
            };
            format!("{k} {}", c.entry().key)
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "added sub_processors.riecken_gmbh",
            "changed sub_processors.ovh",
            "removed sub_processors.riecken"
        ]
    );
}

#[test]
fn unknown_key_names_file_line_and_field() {
    let msg = broken("[processor]\n", "[processor]\ncolour = 1\n");
    assert!(msg.starts_with("x.toml: line "), "{msg}");
    assert!(msg.contains("colour"), "{msg}");
}

#[test]
fn bad_date_is_reported_with_position() {
    let text =
        DEFAULT_STATEMENT_TOML.replacen("valid_from = 2025-05-07", "valid_from = \"7 mei\"", 1);
    let err = parse(&text, "x.toml").unwrap_err();
    assert!(matches!(err, StatementError::Parse { .. }), "{err}");
}

#[test]
fn missing_field_is_named() {
    let msg = broken("within_days = 7\n", "");
    assert!(msg.contains("within_days"), "{msg}");
}

#[test]
fn other_schema_versions_are_refused() {
    for v in ["1", "2", "9"] {
        let msg = broken("schema_version = 3", &format!("schema_version = {v}"));
        assert!(
            msg.contains("schema_version") && msg.contains(&format!("version {v}")),
            "{msg}"
        );
    }
}

#[test]
fn references_to_unknown_ids_are_named() {
    let msg = broken(
        "option = \"datev_connector\"",
        "option = \"datev_connectr\"",
    );
    assert!(
        msg.contains("sub_processors.list[2].condition") && msg.contains("datev_connectr"),
        "{msg}"
    );
    let msg = broken(
        "asked_for = [\"connectors\"]",
        "asked_for = [\"connector\"]",
    );
    assert!(msg.contains("unknown service `connector`"), "{msg}");
    let msg = broken("clause = \"8.3\"", "clause = \"8.9\"");
    assert!(msg.contains("unknown clause `8.9`"), "{msg}");
    let msg = broken("service = \"ml_ai\"\nsummary", "service = \"ai\"\nsummary");
    assert!(msg.contains("unknown service `ai`"), "{msg}");
    let msg = broken("id = \"snapshot\"", "id = \"time_travel\"");
    assert!(msg.contains("`time_travel` appears twice"), "{msg}");
    let msg = broken("id = \"consultancy\"", "id = \"Consultancy\"");
    assert!(msg.contains("lower-case"), "{msg}");
}

#[test]
fn an_effect_must_fit_its_option() {
    let msg = broken(
        "kind = \"map_visuals\"\nasked_for = [\"reports\"]\neffect = \"external_geocoding\"",
        "kind = \"yes_no\"\nasked_for = [\"reports\"]\neffect = \"external_geocoding\"",
    );
    assert!(msg.contains("does not fit"), "{msg}");
}
