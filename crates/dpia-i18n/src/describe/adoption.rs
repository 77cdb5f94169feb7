//! Adoption in words: each point still open when the DPIA is made definitive, and the part of
//! GDPR Art. 35(7) (or Art. 35(2), Art. 36) it belongs to.

use super::risks::risk_title;
use crate::messages::Messages;
use dpia_rules::{OpenPoint, Requirement, Risk};
use dpia_statement::Statement;

/// The requirement a point belongs to: "Art. 35(7)(b) GDPR: necessity and proportionality".
pub fn requirement(m: &Messages, r: Requirement) -> String {
    m.get(match r {
        Requirement::Description => "requirement-description",
        Requirement::Necessity => "requirement-necessity",
        Requirement::Risks => "requirement-risks",
        Requirement::Measures => "requirement-measures",
        Requirement::DpoAdvice => "requirement-dpo_advice",
        Requirement::PriorConsultation => "requirement-prior_consultation",
    })
}

/// One open point in words, naming the risk by its number and title where it is about a risk.
pub fn open_point(m: &Messages, st: &Statement, risks: &[Risk], p: &OpenPoint) -> String {
    let risk = |id: &str| {
        risks.iter().find(|r| r.id == id).map_or_else(
            || id.to_string(),
            |r| format!("{} {}", r.number, risk_title(m, st, r)),
        )
    };
    match p {
        OpenPoint::RiskUndecided { risk: id } => {
            m.fmt("open-risk_undecided", &[("risk", risk(id).into())])
        }
        OpenPoint::Unaddressed { risk: id } => {
            m.fmt("open-unaddressed", &[("risk", risk(id).into())])
        }
        other => m.get(&format!("open-{}", other.id())),
    }
}
