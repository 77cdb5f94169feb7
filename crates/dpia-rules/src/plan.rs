//! The action plan: every measure proposed to the controller for an applicable risk, once, with
//! the risks it is proposed for, then the measures of the controller's own risks; numbered M1,
//! M2, … as the app and the documents show them, with what the controller recorded for each.

use crate::risks::Risk;
use chrono::NaiveDate;
use dpia_assessment::{ActionItem, ActionStatus, Assessment};
use serde::Serialize;

/// Where a measure of the plan comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Origin {
    /// A measure the app proposes (worded as `measure-<id>`).
    Proposed { id: &'static str },
    /// The measures the controller wrote for an own risk.
    Own { text: String },
}

/// One line of the action plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedMeasure {
    /// The key in `action_plan`: the proposed measure's id, or the own risk's id.
    pub key: String,
    /// "M1", "M2", … in plan order.
    pub number: String,
    pub origin: Origin,
    /// The numbers of the risks it is planned for ("R1", "R4").
    pub risks: Vec<String>,
    /// What the controller recorded (status, owner, due date, note); empty when nothing is.
    pub item: ActionItem,
}

impl PlannedMeasure {
    /// Adopted: the controller gave it a status; only then does it count for the residual risk.
    pub fn adopted(&self) -> bool {
        self.item.status.is_some()
    }

    /// Adopted, past its due date and not done.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.item.due.is_some_and(|d| {
            d < today && self.item.status.is_some() && self.item.status != Some(ActionStatus::Done)
        })
    }
}

/// The action plan of an assessment for its (numbered) risk register.
pub fn plan(a: &Assessment, risks: &[Risk]) -> Vec<PlannedMeasure> {
    let mut out: Vec<PlannedMeasure> = Vec::new();
    let mut add =
        |key: String, origin: Origin, risk: &str| match out.iter_mut().find(|x| x.key == key) {
            Some(x) => x.risks.push(risk.to_string()),
            None => out.push(PlannedMeasure {
                number: format!("M{}", out.len() + 1),
                item: a.action_plan.get(&key).cloned().unwrap_or_default(),
                key,
                origin,
                risks: vec![risk.to_string()],
            }),
        };
    for r in risks.iter().filter(|r| r.applied.applicable) {
        match &r.own {
            Some(o) if !o.measures.trim().is_empty() => add(
                o.id.clone(),
                Origin::Own {
                    text: o.measures.trim().to_string(),
                },
                &r.number,
            ),
            Some(_) => {}
            None => {
                for x in &r.controller_measures {
                    add(x.id.to_string(), Origin::Proposed { id: x.id }, &r.number);
                }
            }
        }
    }
    out
}

/// What the controller recorded that no longer matches the register: a decision on a risk that no
/// longer applies, an action-plan entry for a measure that is no longer proposed. Kept in the file
/// (nothing is deleted silently), shown with a way to remove it, and listed in the documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Orphans {
    /// Risk ids with a decision and no risk of that id in the register.
    pub decisions: Vec<String>,
    /// Action-plan keys that are not in the plan.
    pub actions: Vec<String>,
}

impl Orphans {
    pub fn is_empty(&self) -> bool {
        self.decisions.is_empty() && self.actions.is_empty()
    }
}

pub fn orphans(a: &Assessment, risks: &[Risk]) -> Orphans {
    let plan = plan(a, risks);
    Orphans {
        decisions: a
            .risk_decisions
            .keys()
            .filter(|id| !risks.iter().any(|r| r.own.is_none() && &r.id == *id))
            .cloned()
            .collect(),
        actions: a
            .action_plan
            .keys()
            .filter(|k| !plan.iter().any(|p| &p.key == *k))
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_statement::Statement;

    fn hospital() -> Assessment {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/scenarios/hospital.dpia.json"
        );
        dpia_assessment::load(std::path::Path::new(path)).unwrap()
    }

    #[test]
    fn each_proposed_measure_once_with_its_risks_numbered_in_order() {
        let st = Statement::embedded();
        let a = hospital();
        let risks = crate::risks(&st, &a);
        let p = plan(&a, &risks);
        assert!(!p.is_empty());
        for (i, x) in p.iter().enumerate() {
            assert_eq!(x.number, format!("M{}", i + 1));
            assert!(!x.risks.is_empty());
        }
        let keys: std::collections::BTreeSet<_> = p.iter().map(|x| &x.key).collect();
        assert_eq!(keys.len(), p.len(), "a measure appears once");
        // A measure proposed for two risks lists both, in register order.
        for x in &p {
            let Origin::Proposed { id } = x.origin else {
                continue;
            };
            let expected: Vec<&str> = risks
                .iter()
                .filter(|r| {
                    r.applied.applicable && r.controller_measures.iter().any(|c| c.id == id)
                })
                .map(|r| r.number.as_str())
                .collect();
            assert_eq!(x.risks, expected, "{id}");
        }
    }

    #[test]
    fn adopted_only_with_a_status_and_overdue_only_when_adopted_and_not_done() {
        let st = Statement::embedded();
        let mut a = hospital();
        let risks = crate::risks(&st, &a);
        let key = plan(&a, &risks)[0].key.clone();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        a.action_plan.insert(
            key.clone(),
            ActionItem {
                owner: "CISO".into(),
                due: Some(day(1)),
                ..ActionItem::default()
            },
        );
        let x = plan(&a, &risks).remove(0);
        assert!(!x.adopted(), "owner and due date alone do not adopt");
        assert!(!x.overdue(day(7)));
        a.action_plan.get_mut(&key).unwrap().status = Some(ActionStatus::Planned);
        let x = plan(&a, &risks).remove(0);
        assert!(x.adopted());
        assert!(x.overdue(day(7)));
        assert!(!x.overdue(day(1)));
        a.action_plan.get_mut(&key).unwrap().status = Some(ActionStatus::Done);
        assert!(!plan(&a, &risks)[0].overdue(day(7)));
    }
}
