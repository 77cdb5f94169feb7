//! Version 1 files keep opening: they are read as version 1 and migrated, nothing lost.

use dpia_assessment::*;
use std::path::Path;

fn repo(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

#[test]
fn a_version_1_file_opens_as_the_current_version_with_nothing_lost() {
    let v1 = load(&repo("tests/v1/hospital.dpia.json")).unwrap();
    let v2 = load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    assert_eq!(v1.version, CURRENT_VERSION);
    assert_eq!(v1.organisation.name, v2.organisation.name);
    assert_eq!(v1.organisation.role, None, "version 1 did not ask the role");
    assert_eq!(
        v1.purposes
            .iter()
            .map(|p| &p.description)
            .collect::<Vec<_>>(),
        v2.purposes
            .iter()
            .map(|p| &p.description)
            .collect::<Vec<_>>()
    );
    assert_eq!(v1.services, v2.services, "used services keep their data");
    // Free-text legal grounds become the note beside the (not yet chosen) structured ground.
    let health = &v1.follow_ups.special_category_exceptions[&DataCategory::Health];
    assert!(health.ground.is_none() && health.note.contains("art. 30 lid 3 UAVG"));
    assert!(health.given(), "a written ground is not missing");
    assert!(v1.follow_ups.bsn_basis.note.contains("Wabvpz"));
    // Written out, it is a current-version file that reads back the same.
    let again = parse(&to_json(&v1), "again").unwrap();
    assert_eq!(again, v1);
    assert!(to_json(&v1).contains(&format!("\"version\": {CURRENT_VERSION}")));
}

#[test]
fn a_version_1_used_service_without_categories_meant_no_personal_data() {
    let text = r#"{"format":"dpia-helper/assessment","version":1,
        "organisation":{"name":"X"},"statement":{"processor":"KPI Solutions B.V.","version":"06-2025"},
        "services":{"reports":{"used":true},"connectors":{"used":false}}}"#;
    let a = parse(text, "old.dpia.json").unwrap();
    assert_eq!(a.services["reports"].categories, Some(Default::default()));
    assert_eq!(a.services["connectors"].categories, None);
}

#[test]
fn a_version_2_file_opens_as_the_current_version_with_nothing_lost() {
    // The hospital scenario as it was written by version 2 (the scenario itself moved on).
    let path = repo("tests/v1/hospital-v2.dpia.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"version\": 2"), "a version 2 file");
    let a = load(&path).unwrap();
    assert_eq!(a.version, CURRENT_VERSION);
    assert!(a.sign_off.accepted_open.is_empty());
    assert!(a.comments.is_empty() && a.id.is_empty());
    // Every answer of the version 2 file is kept: written out again, only the version and the
    // fields versions 3 and 4 added (empty) differ.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut new: serde_json::Value = serde_json::from_str(&to_json(&a)).unwrap();
    old["version"] = CURRENT_VERSION.into();
    new["sign_off"]
        .as_object_mut()
        .unwrap()
        .remove("accepted_open");
    let fresh = new.as_object_mut().unwrap();
    assert_eq!(fresh.remove("ai_product"), Some(serde_json::Value::Null));
    assert_eq!(fresh.remove("sick_leave"), Some(serde_json::Value::Null));
    for basis in new["follow_ups"]["special_category_exceptions"]
        .as_object_mut()
        .unwrap()
        .values_mut()
    {
        let by_group = basis.as_object_mut().unwrap().remove("by_group");
        assert!(by_group.is_none() || by_group == Some(serde_json::json!({})));
    }
    new.as_object_mut().unwrap().remove("comments");
    assert_eq!(old, new);
}

/// A version 3 file (adoption with points accepted open) opens as version 4 without comments,
/// and every answer, the accepted points among them, is kept.
#[test]
fn a_version_3_file_opens_as_version_4_with_nothing_lost() {
    // The hospital scenario as version 3 wrote it (the scenario itself is now version 4).
    let text = std::fs::read_to_string(repo("tests/v1/hospital-v3.dpia.json")).unwrap();
    let mut v3: serde_json::Value = serde_json::from_str(&text).unwrap();
    v3["version"] = 3.into();
    v3["sign_off"]["accepted_open"] = serde_json::json!({"dpo_advice": "De FG is met verlof."});
    let v3 = serde_json::to_string_pretty(&v3).unwrap();
    let a = parse(&v3, "v3.dpia.json").unwrap();
    assert_eq!(a.version, 4);
    assert_eq!(
        a.sign_off.accepted_open["dpo_advice"],
        "De FG is met verlof."
    );
    assert!(a.comments.is_empty());
    let mut old: serde_json::Value = serde_json::from_str(&v3).unwrap();
    let mut new: serde_json::Value = serde_json::from_str(&to_json(&a)).unwrap();
    old["version"] = 4.into();
    new.as_object_mut().unwrap().remove("comments");
    assert_eq!(old, new);
}
