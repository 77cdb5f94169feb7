//! The risk register: the catalogue's risks that apply to an assessment (`catalogue`), each with
//! the causes present for this client and what addresses each (the statement's measures that
//! apply to this client, the controller's adopted measures), the measures that limit the
//! consequences for the people, what holds the residual up, and an *indicative* residual level
//! (`residual`); then the controller's decisions on top and the controller's own risks.
//!
//! The rules, in one place (stated in README "How the screening decides" and in every document):
//! - Impact rises one step when special categories, criminal data, the BSN or vulnerable data
//!   subjects are involved.
//! - Likelihood goes down one step only when every cause present for this client is addressed
//!   by a measure that applies (a statement measure whose condition holds, or a controller
//!   measure the controller adopted).
//! - Impact goes down one step only when a measure that applies limits the consequences for the
//!   people (minimisation, pseudonymisation, aggregation, deletion, human intervention); never by
//!   a certificate or a notification duty.
//! - A cause nothing addresses, an open transfer assessment (for transfers) or an open legal
//!   ground (for unlawful processing and the spread of sensitive data) keep the residual at the
//!   level before measures.
//! - Decisions without human involvement keep the likelihood of profiling and of wrong decisions
//!   at medium or above.
//!
//! The residual values are indicative: a proposal with its reasons. The controller decides each
//! risk (confirmed, adjusted with a reason, not applicable) and whether prior consultation of the
//! DPA is needed (GDPR Art. 36); nothing here decides that.

mod catalogue;
mod residual;

pub use catalogue::Does;
pub use residual::{Counted, Hold, MeasureRef, TRANSFER_ASSESSMENT};

use crate::triggers::{self, Trigger};
use catalogue::CATALOGUE;
use dpia_assessment::{Assessment, Levels, RiskStatus};
use dpia_statement::{ConsequenceKind, Statement, StatementRef};
use serde::Serialize;
use std::collections::BTreeSet;

pub use dpia_assessment::Level;

/// The risk level of a likelihood × impact cell (Model DPIA Rijksdienst, three levels):
/// low+low and low+medium are low; medium+medium, low+high and high+low are medium; the rest high.
pub fn level(likelihood: Level, impact: Level) -> Level {
    match likelihood.score() + impact.score() {
        0..=3 => Level::Low,
        4 => Level::Medium,
        _ => Level::High,
    }
}

/// A cause of the risk that is present for this client, and what addresses it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CauseState {
    /// The catalogue's id of the cause (worded as `cause-<risk>-<id>`).
    pub id: &'static str,
    /// The measures that address it and count (each with why).
    pub addressed_by: Vec<Counted>,
    /// The proposed controller measures that would address it, not adopted yet.
    pub would: Vec<&'static str>,
}

impl CauseState {
    pub fn addressed(&self) -> bool {
        !self.addressed_by.is_empty()
    }
}

/// A measure the app proposes to the controller for a risk (worded as `measure-<id>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ControllerMeasure {
    pub id: &'static str,
    #[serde(skip)]
    pub does: Does,
    /// Whether the controller adopted it (gave it a status in the action plan): only then does it
    /// count.
    pub adopted: bool,
}

/// The values the DPIA uses for a risk: the controller's where adjusted, else the computed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// False when the controller marked the risk as not applicable.
    pub applicable: bool,
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
}

/// One risk of the register as it applies to an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// "R1", "R2", … in register order: how the app and the documents name the risk.
    pub number: String,
    /// Stable id; texts are `risk-<id>-title`, `-description` and `-harm`. An own risk of the
    /// controller has its own id and its texts in `own`.
    pub id: String,
    /// A risk the controller added (not from the catalogue).
    pub own: Option<dpia_assessment::OwnRisk>,
    pub triggers: Vec<Trigger>,
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    /// The causes present for this client, each with what addresses it.
    pub causes: Vec<CauseState>,
    /// The measures that limit the consequences for the people and count.
    pub limits: Vec<Counted>,
    /// The statement's measures for this risk whose condition does not hold for this client (they
    /// count for nothing here; the documents list them).
    pub not_applying: Vec<MeasureRef>,
    /// The measures proposed to the controller, with what each does and whether it is adopted.
    pub controller_measures: Vec<ControllerMeasure>,
    /// What keeps the residual up, if anything.
    pub holds: Vec<Hold>,
    /// Indicative residual values (a proposal; the controller decides).
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
    /// The controller's decision, as recorded.
    pub decision: Option<dpia_assessment::RiskDecision>,
    /// The computed values differ from those recorded with the decision: the answers changed
    /// after the controller decided (shown, never silently applied).
    pub changed_since_decision: bool,
    /// What the DPIA uses.
    pub applied: Applied,
    /// Indicative: the residual level the DPIA uses is high, which points to prior consultation of
    /// the DPA (GDPR Art. 36(1)). The decision is the controller's (`sign_off`).
    pub prior_consultation: bool,
}

impl Risk {
    /// The computed values, as a decision records them.
    pub fn computed(&self) -> Levels {
        Levels {
            likelihood: self.likelihood,
            impact: self.impact,
            residual_likelihood: self.residual_likelihood,
            residual_impact: self.residual_impact,
        }
    }

    /// The causes nothing addresses yet.
    pub fn unaddressed(&self) -> impl Iterator<Item = &CauseState> {
        self.causes.iter().filter(|c| !c.addressed())
    }

    /// Every counted measure of this risk (addressing a cause or limiting the consequences).
    pub fn counted(&self) -> impl Iterator<Item = &Counted> {
        self.causes
            .iter()
            .flat_map(|c| c.addressed_by.iter())
            .chain(self.limits.iter())
    }

    /// The statement items and clauses the counted statement measures stand in, in order, once
    /// each.
    pub fn sources(&self) -> Vec<StatementRef> {
        let set: BTreeSet<StatementRef> = self
            .counted()
            .filter_map(|c| match &c.by {
                MeasureRef::Statement { source, .. } => Some(*source),
                MeasureRef::Controller { .. } => None,
            })
            .collect();
        set.into_iter().collect()
    }
}

/// Every risk id in the catalogue, in register order.
pub fn catalogue_ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|e| e.id)
}

/// The causes of a catalogue risk, in order.
pub fn cause_ids(risk: &str) -> impl Iterator<Item = &'static str> + '_ {
    CATALOGUE
        .iter()
        .filter(move |e| e.id == risk)
        .flat_map(|e| e.causes.iter().map(|c| c.id))
}

/// Every controller measure id the catalogue proposes, once each (worded as `measure-<id>`).
pub fn controller_measure_ids() -> impl Iterator<Item = &'static str> {
    let mut seen = BTreeSet::new();
    CATALOGUE
        .iter()
        .flat_map(|e| e.controller.iter().map(|(id, _)| *id))
        .filter(move |id| seen.insert(*id))
}

/// Checks what the statement's loader cannot: every risk and cause its measures name is in the
/// catalogue. Returns the field and what is wrong with it.
pub fn check_statement(st: &Statement) -> Result<(), (String, String)> {
    for (i, m) in st.measures.iter().enumerate() {
        for (j, x) in m.addresses.iter().enumerate() {
            let field = format!("measures[{i}].addresses[{j}]");
            if !catalogue_ids().any(|id| id == x.risk) {
                return Err((
                    format!("{field}.risk"),
                    format!(
                        "unknown risk `{}` (the catalogue has: {})",
                        x.risk,
                        catalogue_ids().collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            if let Some(cause) = &x.cause {
                if !cause_ids(&x.risk).any(|c| c == cause) {
                    return Err((
                        format!("{field}.cause"),
                        format!(
                            "unknown cause `{cause}` of risk `{}` (its causes are: {})",
                            x.risk,
                            cause_ids(&x.risk).collect::<Vec<_>>().join(", ")
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The risks whose triggers apply to this assessment, then the controller's own risks, numbered.
/// Adopted controller measures (with a status in the action plan) count for the residual risk; the
/// controller's decisions are applied on top of the computed values and kept beside them.
pub fn risks(st: &Statement, a: &Assessment) -> Vec<Risk> {
    let mut out = computed(st, a, &|id| a.adopted(id));
    for r in &mut out {
        apply_decision(r, a.risk_decisions.get(&r.id));
    }
    out.extend(a.own_risks.iter().map(own_risk));
    number(&mut out);
    out
}

/// Numbers the register in order: R1, R2, …
fn number(risks: &mut [Risk]) {
    for (i, r) in risks.iter_mut().enumerate() {
        r.number = format!("R{}", i + 1);
    }
}

/// The risk numbers of the applicable risks per cell of the 3×3 matrix, before or after measures,
/// with the values the DPIA applies (the controller's where adjusted), indexed
/// `[likelihood][impact]` from low to high.
pub fn matrix(risks: &[Risk], after: bool) -> [[Vec<String>; 3]; 3] {
    let mut cells: [[Vec<String>; 3]; 3] = Default::default();
    for r in risks.iter().filter(|r| r.applied.applicable) {
        let (l, i) = if after {
            (r.applied.residual_likelihood, r.applied.residual_impact)
        } else {
            (r.applied.likelihood, r.applied.impact)
        };
        cells[l.score() as usize - 1][i.score() as usize - 1].push(r.number.clone());
    }
    cells
}

fn apply_decision(r: &mut Risk, d: Option<&dpia_assessment::RiskDecision>) {
    let Some(d) = d else { return };
    r.decision = Some(d.clone());
    r.changed_since_decision = d.status.is_some() && d.computed.is_some_and(|c| c != r.computed());
    match d.status {
        Some(RiskStatus::Adjusted) => {
            let l = d.likelihood.unwrap_or(r.likelihood);
            let i = d.impact.unwrap_or(r.impact);
            let rl = d.residual_likelihood.unwrap_or(r.residual_likelihood);
            let ri = d.residual_impact.unwrap_or(r.residual_impact);
            r.applied = applied(l, i, rl, ri);
        }
        Some(RiskStatus::NotApplicable) => r.applied.applicable = false,
        _ => {}
    }
    r.prior_consultation = r.applied.applicable && r.applied.residual_level == Level::High;
}

fn applied(l: Level, i: Level, rl: Level, ri: Level) -> Applied {
    Applied {
        applicable: true,
        likelihood: l,
        impact: i,
        level: level(l, i),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level: level(rl, ri),
    }
}

/// An own risk of the controller as a register entry (unanswered values count as medium).
fn own_risk(o: &dpia_assessment::OwnRisk) -> Risk {
    let l = o.likelihood.unwrap_or(Level::Medium);
    let i = o.impact.unwrap_or(Level::Medium);
    let rl = o.residual_likelihood.unwrap_or(l);
    let ri = o.residual_impact.unwrap_or(i);
    let applied = applied(l, i, rl, ri);
    Risk {
        number: String::new(),
        id: o.id.clone(),
        own: Some(o.clone()),
        triggers: Vec::new(),
        likelihood: l,
        impact: i,
        level: applied.level,
        causes: Vec::new(),
        limits: Vec::new(),
        not_applying: Vec::new(),
        controller_measures: Vec::new(),
        holds: Vec::new(),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level: applied.residual_level,
        decision: None,
        changed_since_decision: false,
        applied,
        prior_consultation: applied.residual_level == Level::High,
    }
}

/// The catalogue's risks as computed from the answers, numbered; `adopted` says which controller
/// measures (by id) the controller has adopted.
pub fn computed(st: &Statement, a: &Assessment, adopted: &dyn Fn(&str) -> bool) -> Vec<Risk> {
    let elevated = !triggers::sensitive_categories(a).is_empty()
        || !triggers::subjects(a, |g| g.is_vulnerable()).is_empty();
    let holds = residual::Context::new(st, a);
    let mut out: Vec<Risk> = CATALOGUE
        .iter()
        .filter_map(|e| {
            let triggers = triggers::tidy((e.trigger)(st, a));
            if triggers.is_empty() {
                return None;
            }
            let impact = if elevated {
                e.impact.raised()
            } else {
                e.impact
            };
            Some(residual::assess(
                st, a, e, triggers, impact, adopted, &holds,
            ))
        })
        .collect();
    number(&mut out);
    out
}

/// How a measure limits consequences, for messages (`consequence-<id>`).
pub fn consequence_id(k: ConsequenceKind) -> &'static str {
    match k {
        ConsequenceKind::Minimisation => "minimisation",
        ConsequenceKind::Pseudonymisation => "pseudonymisation",
        ConsequenceKind::Aggregation => "aggregation",
        ConsequenceKind::Deletion => "deletion",
        ConsequenceKind::HumanIntervention => "human_intervention",
    }
}

/// What a proposed controller measure does, by id (the first entry that proposes it).
pub fn controller_does(id: &str) -> Option<Does> {
    CATALOGUE
        .iter()
        .flat_map(|e| e.controller.iter())
        .find(|(x, _)| *x == id)
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests;
