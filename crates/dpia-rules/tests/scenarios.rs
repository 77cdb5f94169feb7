//! Scenario fixtures: `tests/scenarios/NAME.dpia.json` in, `NAME.expected.json` (verdict, hits
//! with their triggers, flags, sub-processors, map recipients, risks, open questions) out. Each
//! fixture is screened against the statement it names (`statements/` or `tests/statements/`).
//! Run with `BLESS=1` to rewrite the expected files after a deliberate change, then review the diff.

use chrono::NaiveDate;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

fn summary(file: &Path) -> Value {
    let a = dpia_assessment::load(file).unwrap();
    let statement = &dpia_golden::statement_for(&a);
    dpia_assessment::check_ids(&a, statement).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let s = dpia_rules::screen(statement, &a, today);
    let compact = |v: &dyn erased::Ser| v.compact();
    let hits: serde_json::Map<String, Value> = s
        .hits
        .iter()
        .map(|h| {
            (
                h.criterion.key(),
                Value::Array(
                    h.triggers
                        .iter()
                        .map(|t| Value::String(compact(t)))
                        .collect(),
                ),
            )
        })
        .collect();
    json!({
        "verdict": s.verdict,
        "provisional": s.provisional,
        "reasoning": s.reasoning,
        "hits": hits,
        "flags": s.flags.iter().map(|f| format!("{:?} {}", f.severity, compact(&f.kind))).collect::<Vec<_>>(),
        "sub_processors": s.sub_processors.iter().map(|p| format!("{} ({})", p.id, compact(&p.reason))).collect::<Vec<_>>(),
        "map_recipients": s.map_recipients.iter().map(|m| format!("{} {:?} {:?}", m.visual, m.vendors, m.role)).collect::<Vec<_>>(),
        "risks": dpia_rules::risks(statement, &a).iter().map(risk_line).collect::<Vec<_>>(),
        "open_questions": s.open_questions.iter().map(|q| compact(q)).collect::<Vec<_>>(),
    })
}

/// One risk in a line: levels before and after (indicative), each cause with what addresses it
/// (`—` when nothing does, then the controller measures that would), what limits the
/// consequences, and what holds the residual up.
fn risk_line(r: &dpia_rules::Risk) -> String {
    let name = |m: &dpia_rules::MeasureRef| match m {
        dpia_rules::MeasureRef::Statement { id, .. } => id.clone(),
        dpia_rules::MeasureRef::Controller { id } => format!("controller:{id}"),
    };
    let causes: Vec<String> = r
        .causes
        .iter()
        .map(|c| {
            if c.addressed() {
                format!(
                    "{} by {}",
                    c.id,
                    c.addressed_by
                        .iter()
                        .map(|x| name(&x.by))
                        .collect::<Vec<_>>()
                        .join("+")
                )
            } else {
                format!("{} — (would: {})", c.id, c.would.join("+"))
            }
        })
        .collect();
    let limits: Vec<String> = r.limits.iter().map(|x| name(&x.by)).collect();
    let holds: Vec<String> = r
        .holds
        .iter()
        .map(|h| serde_json::to_string(h).unwrap().replace('"', ""))
        .collect();
    format!(
        "{}: {}x{}={} -> {}x{}={}{}; causes: {}; limits: {}; holds: {}",
        r.id,
        r.likelihood.id(),
        r.impact.id(),
        r.level.id(),
        r.residual_likelihood.id(),
        r.residual_impact.id(),
        r.residual_level.id(),
        if r.prior_consultation {
            " (Art. 36 indicated)"
        } else {
            ""
        },
        causes.join("; "),
        if limits.is_empty() {
            "—".into()
        } else {
            limits.join("+")
        },
        if holds.is_empty() {
            "—".into()
        } else {
            holds.join("+")
        },
    )
}

mod erased {
    pub trait Ser {
        fn compact(&self) -> String;
    }
    impl<T: serde::Serialize> Ser for T {
        fn compact(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}

use dpia_golden::check;

#[test]
fn every_scenario_matches_its_expected_findings() {
    let mut files: Vec<_> = std::fs::read_dir(scenarios_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "at least 8 scenarios");
    for file in files {
        let name = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".dpia.json", "");
        let actual = serde_json::to_string_pretty(&summary(&file)).unwrap() + "\n";
        check(
            &scenarios_dir().join(format!("{name}.expected.json")),
            &actual,
        );
    }
}
