//! A realistic database of many assessments, quickly: copies of the scenarios of
//! `tests/scenarios/` (each client numbered), stored through the store with the lines the app
//! makes, a thousand to a transaction. For the end-to-end test, the benchmarks and
//! `scripts/measure.sh` (`cargo run --release -p dpia-app --example fill -- PATH COUNT`).

use crate::{lines, App, Result, WordedResult};
use chrono::{DateTime, Duration, Utc};
use dpia_assessment::Assessment;

/// The scenarios based on the built-in statement, as their files are.
const SCENARIOS: &[&str] = &[
    include_str!("../../../tests/scenarios/accountancy_datev.dpia.json"),
    include_str!("../../../tests/scenarios/addresses_on_map.dpia.json"),
    include_str!("../../../tests/scenarios/aggregated_only.dpia.json"),
    include_str!("../../../tests/scenarios/automated_credit_decisions.dpia.json"),
    include_str!("../../../tests/scenarios/first_call_incomplete.dpia.json"),
    include_str!("../../../tests/scenarios/home_care_missing_basis.dpia.json"),
    include_str!("../../../tests/scenarios/hospital.dpia.json"),
    include_str!("../../../tests/scenarios/hr_analytics.dpia.json"),
    include_str!("../../../tests/scenarios/hr_model_sick_leave.dpia.json"),
    include_str!("../../../tests/scenarios/insurer_credit_scoring.dpia.json"),
    include_str!("../../../tests/scenarios/manufacturer_sick_leave.dpia.json"),
    include_str!("../../../tests/scenarios/municipality_bing_map.dpia.json"),
    include_str!("../../../tests/scenarios/municipality_prediction_model.dpia.json"),
    include_str!("../../../tests/scenarios/payroll_processor.dpia.json"),
    include_str!("../../../tests/scenarios/retail_time_travel.dpia.json"),
    include_str!("../../../tests/scenarios/wholesaler.dpia.json"),
];

/// How many assessments go into one transaction.
const BATCH: usize = 1000;

/// Adds `count` assessments to the app's database: number `k` (0 = the most recently changed,
/// `now`; each next one a minute earlier) is scenario `k % 16` with its client numbered
/// ("Ziekenhuis Rijnoever 0042") and that as its name. The line of each scenario is made once
/// (the client's name changes nothing else in it). Returns their ids, oldest first.
pub fn fill(app: &mut App, count: usize, now: DateTime<Utc>) -> Result<Vec<i64>> {
    let scenarios: Vec<(Assessment, dpia_store::Line)> = SCENARIOS
        .iter()
        .map(|text| {
            let a = dpia_assessment::parse(text, "scenario").expect("a valid scenario");
            let line = lines::line(&app.statements, &a);
            (a, line)
        })
        .collect();
    let (store, m) = app.store_mut()?;
    let mut ids = Vec::with_capacity(count);
    let oldest_first: Vec<usize> = (0..count).rev().collect();
    for chunk in oldest_first.chunks(BATCH) {
        let items: Vec<_> = chunk
            .iter()
            .map(|&k| {
                let (a, line) = &scenarios[k % scenarios.len()];
                let mut a = a.clone();
                a.organisation.name = format!("{} {k:04}", a.organisation.name);
                let mut line = line.clone();
                line.client = a.organisation.name.clone();
                let at = now - Duration::minutes(k as i64);
                (a.organisation.name.clone(), a, line, at)
            })
            .collect();
        ids.extend(store.create_many(&items).worded(m)?);
    }
    Ok(ids)
}
