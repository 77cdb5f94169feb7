//! Adoption: what is still open when the controller makes the DPIA definitive. A DPIA is adopted
//! only when each open point is filled, or accepted by the controller with a reason (recorded in
//! `sign_off.accepted_open`); the document then says it was adopted with open points, and why.
//!
//! The points follow what GDPR Art. 35(7) requires of a DPIA — (a) a description of the
//! processing and its purposes, (b) an assessment of necessity and proportionality, (c) the risks,
//! (d) the measures — plus the DPO's advice where a DPO is designated (Art. 35(2)) and the decision
//! on prior consultation (Art. 36). Which fields stand for each point is the app's rule.

use crate::risks::Risk;
use dpia_assessment::Assessment;
use dpia_statement::Statement;
use serde::Serialize;

/// The part of GDPR Art. 35 (or 36) a point belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Art. 35(7)(a): the description of the processing and its purposes.
    Description,
    /// Art. 35(7)(b): necessity and proportionality (and lawfulness).
    Necessity,
    /// Art. 35(7)(c): the risks to the rights and freedoms of data subjects.
    Risks,
    /// Art. 35(7)(d): the measures envisaged to address the risks.
    Measures,
    /// Art. 35(2): the advice of the data protection officer.
    DpoAdvice,
    /// Art. 36: prior consultation of the supervisory authority.
    PriorConsultation,
}

/// One open point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenPoint {
    /// The processing is not described.
    Description,
    /// No purpose, or a purpose without its basis (Art. 6(1)).
    Purposes,
    /// Retention periods are not recorded.
    Retention,
    Necessity,
    Proportionality,
    Subsidiarity,
    /// A legal ground is missing or does not cover the use (a blocking finding).
    LegalGround,
    /// The controller has not decided this risk.
    RiskUndecided {
        risk: String,
    },
    /// A cause of this risk is addressed by no measure that applies.
    Unaddressed {
        risk: String,
    },
    /// The DPO's advice, or whether it is followed, is not recorded (a DPO is designated).
    DpoAdvice,
    /// The decision on prior consultation is not recorded.
    PriorConsultation,
}

impl OpenPoint {
    /// The key under which the controller's acceptance is recorded (`sign_off.accepted_open`).
    pub fn id(&self) -> String {
        match self {
            OpenPoint::Description => "description".into(),
            OpenPoint::Purposes => "purposes".into(),
            OpenPoint::Retention => "retention".into(),
            OpenPoint::Necessity => "necessity".into(),
            OpenPoint::Proportionality => "proportionality".into(),
            OpenPoint::Subsidiarity => "subsidiarity".into(),
            OpenPoint::LegalGround => "legal_ground".into(),
            OpenPoint::RiskUndecided { risk } => format!("risk.{risk}"),
            OpenPoint::Unaddressed { risk } => format!("measures.{risk}"),
            OpenPoint::DpoAdvice => "dpo_advice".into(),
            OpenPoint::PriorConsultation => "prior_consultation".into(),
        }
    }

    pub fn requirement(&self) -> Requirement {
        match self {
            OpenPoint::Description | OpenPoint::Purposes | OpenPoint::Retention => {
                Requirement::Description
            }
            OpenPoint::Necessity
            | OpenPoint::Proportionality
            | OpenPoint::Subsidiarity
            | OpenPoint::LegalGround => Requirement::Necessity,
            OpenPoint::RiskUndecided { .. } => Requirement::Risks,
            OpenPoint::Unaddressed { .. } => Requirement::Measures,
            OpenPoint::DpoAdvice => Requirement::DpoAdvice,
            OpenPoint::PriorConsultation => Requirement::PriorConsultation,
        }
    }
}

fn empty(s: &str) -> bool {
    s.trim().is_empty()
}

/// Every point still open for adoption, in the order of Art. 35(7), then the advice and Art. 36.
pub fn open_points(st: &Statement, a: &Assessment, risks: &[Risk]) -> Vec<OpenPoint> {
    let mut out = Vec::new();
    let c = &a.controller;
    if empty(&a.description) {
        out.push(OpenPoint::Description);
    }
    if a.purposes.iter().all(|p| empty(&p.description))
        || a.purposes
            .iter()
            .any(|p| !empty(&p.description) && p.legal_basis.is_none())
    {
        out.push(OpenPoint::Purposes);
    }
    if empty(&c.retention) {
        out.push(OpenPoint::Retention);
    }
    if empty(&c.necessity) {
        out.push(OpenPoint::Necessity);
    }
    if empty(&c.proportionality) {
        out.push(OpenPoint::Proportionality);
    }
    if empty(&c.subsidiarity) {
        out.push(OpenPoint::Subsidiarity);
    }
    if !crate::findings::legal_blockers(st, a).is_empty() {
        out.push(OpenPoint::LegalGround);
    }
    for r in risks.iter().filter(|r| r.own.is_none()) {
        let decided = r.decision.as_ref().is_some_and(|d| d.status.is_some());
        if !decided {
            out.push(OpenPoint::RiskUndecided { risk: r.id.clone() });
        }
    }
    for r in risks
        .iter()
        .filter(|r| r.own.is_none() && r.applied.applicable)
    {
        if r.unaddressed().next().is_some() {
            out.push(OpenPoint::Unaddressed { risk: r.id.clone() });
        }
    }
    if a.organisation.has_dpo() && (empty(&a.dpo_advice.advice) || a.dpo_advice.followed.is_none())
    {
        out.push(OpenPoint::DpoAdvice);
    }
    if a.sign_off.prior_consultation.is_none() {
        out.push(OpenPoint::PriorConsultation);
    }
    out
}

/// The controller's reason for accepting a point open, if recorded.
pub fn accepted<'a>(a: &'a Assessment, p: &OpenPoint) -> Option<&'a str> {
    a.sign_off
        .accepted_open
        .get(&p.id())
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
}

/// The open points that stop adoption: open and not accepted with a reason.
pub fn blocking(st: &Statement, a: &Assessment, risks: &[Risk]) -> Vec<OpenPoint> {
    open_points(st, a, risks)
        .into_iter()
        .filter(|p| accepted(a, p).is_none())
        .collect()
}
