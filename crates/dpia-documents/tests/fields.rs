//! Every answer the client typed that a document shows is tagged with the JSON pointer the app
//! saves it by (`Inline::Field`; DOCX: a content control with that tag), so a Word comment on any
//! answer comes back on its question: no untagged `Inline::Answer` is left in the starter or the
//! summary of any scenario, nor of the hospital with every text answer filled in, and every
//! pointer names an answer of the file that is exactly the text shown.

use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_document_model::{Block, Document, Inline};
use dpia_documents::{build, Kind};
use dpia_i18n::Lang;
use serde_json::json;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn inlines(doc: &Document) -> Vec<&Inline> {
    let mut out = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph { content }
            | Block::Callout { content, .. }
            | Block::Quote { content } => out.extend(content),
            Block::Bullets { items } => items.iter().for_each(|i| out.extend(i)),
            Block::Table { table } => table
                .rows
                .iter()
                .flatten()
                .for_each(|c| out.extend(&c.content)),
            _ => {}
        }
    }
    out
}

/// The hospital with every text answer the starter shows filled in: the controller's parts,
/// views, a risk decision, an own risk with its measures, the action plan, the DPO's advice
/// (not followed), the sign-off with a prior consultation decided and an open point accepted.
fn hospital_filled() -> Assessment {
    let text = std::fs::read_to_string(repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let c = &mut v["controller"];
    for field in [
        "author",
        "interests",
        "transfers",
        "sector_rules",
        "retention",
        "history_retention",
        "purpose_limitation",
        "necessity",
        "proportionality",
        "subsidiarity",
        "rights",
    ] {
        c[field] = json!(format!("Antwoord op {field}"));
    }
    c["retention_per_category"] = json!({"health": "15 jaar (WGBO)"});
    c["views"] = json!({"sought": true, "how": "Cliëntenraad gehoord", "outcome": "Positief"});
    v["purposes"][0]["reasoning"] = json!("Wettelijke taak zorgverlening");
    v["follow_ups"]["criminal_basis"]["note"] = json!("Niet van toepassing");
    v["risk_decisions"] = json!({"unauthorised_access": {
        "status": "confirmed", "reason": "MFA staat overal aan"}});
    v["own_risks"] = json!([{
        "id": "own_1", "title": "Verkeerde koppeling",
        "description": "Een patiënt wordt aan de verkeerde afdeling gekoppeld",
        "origin": "Incident 2025", "likelihood": "medium", "impact": "medium",
        "measures": "Controle van de koppeltabel per kwartaal",
        "residual_likelihood": "low", "residual_impact": "medium"}]);
    v["action_plan"] = json!({"own_1": {
        "status": "planned", "owner": "Afdeling BI", "due": "2027-03-01",
        "note": "Eerste controle in maart"}});
    v["dpo_advice"] = json!({"advice": "Positief advies met voorwaarden", "date": "2026-12-01",
        "followed": false, "not_followed_reason": "Voorwaarde 2 is niet haalbaar"});
    let so = &mut v["sign_off"];
    so["approved_by"] = json!("Raad van Bestuur");
    so["role"] = json!("Voorzitter");
    so["prior_consultation"] = json!(false);
    so["prior_consultation_reason"] = json!("Restrisico's zijn aanvaardbaar");
    so["accepted_open"] = json!({"legal_ground": "Grondslag volgt uit de WGBO"});
    dpia_assessment::parse(&v.to_string(), "hospital-filled.dpia.json").unwrap()
}

fn check(name: &str, a: &Assessment) -> usize {
    let st = dpia_golden::statement_for(a);
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let mut fields = 0;
    for kind in [Kind::Starter, Kind::Summary] {
        for lang in [Lang::Nl, Lang::En] {
            let doc = build(kind, &st, a, lang, date);
            for i in inlines(&doc) {
                match i {
                    Inline::Answer(text) => {
                        panic!("{name} {kind:?} {lang:?}: an answer without a pointer: {text:?}")
                    }
                    Inline::Field { text, pointer } => {
                        let value = a.answer_at(pointer);
                        assert_eq!(
                            value.as_ref().and_then(|v| v.as_str()).map(str::trim),
                            Some(text.as_str()),
                            "{name} {kind:?} {lang:?}: {pointer} is not the answer shown"
                        );
                        fields += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    fields
}

#[test]
fn every_answer_shown_is_tagged_with_its_pointer() {
    let mut scenarios: Vec<_> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    scenarios.sort();
    assert!(scenarios.len() > 5);
    for path in &scenarios {
        let a = dpia_assessment::load(path).unwrap();
        check(&path.display().to_string(), &a);
    }
    // Every kind of answer the starter shows, each tagged: the filled-in hospital shows at
    // least one of each pointer below.
    let a = hospital_filled();
    assert!(check("hospital (filled in)", &a) > 0);
    let st = dpia_golden::statement_for(&a);
    let doc = build(
        Kind::Starter,
        &st,
        &a,
        Lang::Nl,
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
    );
    let shown: std::collections::BTreeSet<&str> = inlines(&doc)
        .into_iter()
        .filter_map(|i| match i {
            Inline::Field { pointer, .. } => Some(pointer.as_str()),
            _ => None,
        })
        .collect();
    for pointer in [
        "/description",
        "/purposes/0/description",
        "/purposes/0/reasoning",
        "/organisation/dpo",
        "/services/connectors/source_systems",
        "/follow_ups/special_category_exceptions/health/by_group/patients/note",
        "/controller/author",
        "/controller/interests",
        "/controller/sector_rules",
        "/controller/retention",
        "/controller/retention_per_category/health",
        "/controller/purpose_limitation",
        "/controller/necessity",
        "/controller/proportionality",
        "/controller/subsidiarity",
        "/controller/rights",
        "/controller/views/how",
        "/controller/views/outcome",
        "/risk_decisions/unauthorised_access/reason",
        "/own_risks/0/description",
        "/own_risks/0/origin",
        "/own_risks/0/measures",
        "/action_plan/own_1/owner",
        "/action_plan/own_1/note",
        "/dpo_advice/advice",
        "/dpo_advice/not_followed_reason",
        "/sign_off/approved_by",
        "/sign_off/role",
        "/sign_off/prior_consultation_reason",
    ] {
        assert!(shown.contains(pointer), "{pointer} not shown: {shown:#?}");
    }
}
