//! One risk assessed for one client: which of its causes are present, which measures address each
//! (a statement measure counts when its condition holds for this client, a controller measure when
//! the controller adopted it), which measures limit the consequences, what holds the residual up,
//! and the indicative residual values (the rules are in the module above).

use super::catalogue::{Does, Entry};
use super::{level, Applied, CauseState, ControllerMeasure, Risk};
use crate::triggers::Trigger;
use dpia_assessment::{ActionStatus, Assessment, Characteristic, Level, OptionValue};
use dpia_statement::{Applies, ConsequenceKind, Effect, Statement, StatementRef, Text};
use serde::Serialize;

/// A measure of the statement or of the controller.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MeasureRef {
    /// The statement's measure (its id) and where it stands.
    Statement { id: String, source: StatementRef },
    /// A proposed measure the controller adopted.
    Controller { id: &'static str },
}

/// A measure that counts for a risk, and why: for a statement measure the statement data's
/// one-line reason; a controller measure's reason is worded as `measure-<id>-why`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counted {
    pub by: MeasureRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<Text>,
    /// For a measure that limits the consequences: how.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConsequenceKind>,
}

/// What keeps a residual value up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hold {
    /// A cause present for this client is addressed by no measure that applies: the residual
    /// stays at the level before measures.
    UnaddressedCause,
    /// The transfer assessment (DTIA) is not done: the residual of the transfer stays at the level
    /// before measures.
    OpenTransferAssessment,
    /// A legal ground is missing or does not cover the use: the residual stays at the level
    /// before measures until it is resolved.
    OpenLegalGround,
    /// Decisions are taken without human involvement: the likelihood stays at medium or above.
    AutomatedDecisions,
}

/// What the holds depend on, computed once per assessment.
pub struct Context {
    legal_ground_open: bool,
    transfer_assessment_done: bool,
    automated: bool,
}

impl Context {
    pub fn new(st: &Statement, a: &Assessment) -> Context {
        Context {
            legal_ground_open: !crate::findings::legal_blockers(st, a).is_empty(),
            transfer_assessment_done: a
                .action_plan
                .get(TRANSFER_ASSESSMENT)
                .is_some_and(|x| x.status == Some(ActionStatus::Done)),
            automated: a.has_characteristic(Characteristic::AutomatedDecisions),
        }
    }
}

/// The proposed measure whose completion ("done") means the transfer assessment is made.
pub const TRANSFER_ASSESSMENT: &str = "transfer_assessment";

/// Whether a statement measure's condition holds for this client; an unanswered question makes it
/// not hold.
fn applies(st: &Statement, a: &Assessment, when: &Applies) -> bool {
    match when {
        Applies::Always => true,
        Applies::Service { service } => a.uses(service),
        Applies::Option { option } => a.chose(option),
        Applies::Choice { option, choice } => match a.options.get(option) {
            Some(OptionValue::Choice(c)) => c == choice,
            Some(OptionValue::Choices(set)) => set.contains(choice),
            _ => false,
        },
        Applies::WithoutEffect { effect } => st.options_with(*effect).all(|o| {
            let asked = o.asked_for.iter().any(|s| a.uses(s));
            !asked || a.options.get(&o.id) == Some(&OptionValue::YesNo(false))
        }),
    }
}

pub fn assess(
    st: &Statement,
    a: &Assessment,
    e: &Entry,
    triggers: Vec<Trigger>,
    impact: Level,
    adopted: &dyn Fn(&str) -> bool,
    ctx: &Context,
) -> Risk {
    let controller_measures: Vec<ControllerMeasure> = e
        .controller
        .iter()
        .map(|(id, does)| ControllerMeasure {
            id,
            does: *does,
            adopted: adopted(id),
        })
        .collect();
    let mut causes: Vec<CauseState> = e
        .causes
        .iter()
        .filter(|c| (c.present)(st, a))
        .map(|c| CauseState {
            id: c.id,
            addressed_by: Vec::new(),
            would: Vec::new(),
        })
        .collect();
    let mut limits = Vec::new();
    let mut not_applying = Vec::new();
    for (m, x) in st.measures_for(e.id) {
        let Some(source) = st.measure_source(m) else {
            continue;
        };
        let by = MeasureRef::Statement {
            id: m.id.clone(),
            source,
        };
        if !applies(st, a, &m.applies) {
            if !not_applying.contains(&by) {
                not_applying.push(by);
            }
            continue;
        }
        let counted = Counted {
            by,
            why: Some(x.why.clone()),
            kind: x.kind,
        };
        match (x.effect, &x.cause) {
            (Effect::Likelihood, Some(cause)) => {
                if let Some(c) = causes.iter_mut().find(|c| c.id == cause) {
                    c.addressed_by.push(counted);
                }
            }
            (Effect::Consequences, _) => limits.push(counted),
            _ => {}
        }
    }
    for cm in &controller_measures {
        match cm.does {
            Does::Addresses(ids) => {
                for c in causes.iter_mut().filter(|c| ids.contains(&c.id)) {
                    if cm.adopted {
                        c.addressed_by.push(Counted {
                            by: MeasureRef::Controller { id: cm.id },
                            why: None,
                            kind: None,
                        });
                    } else {
                        c.would.push(cm.id);
                    }
                }
            }
            Does::Limits(kind) if cm.adopted => limits.push(Counted {
                by: MeasureRef::Controller { id: cm.id },
                why: None,
                kind: Some(kind),
            }),
            _ => {}
        }
    }

    let mut holds = Vec::new();
    if causes.iter().any(|c| !c.addressed()) {
        holds.push(Hold::UnaddressedCause);
    }
    if e.id == "transfer_outside_eea" && !ctx.transfer_assessment_done {
        holds.push(Hold::OpenTransferAssessment);
    }
    if matches!(e.id, "unlawful_processing" | "sensitive_data_spread") && ctx.legal_ground_open {
        holds.push(Hold::OpenLegalGround);
    }
    if matches!(e.id, "profiling" | "inaccurate_decisions") && ctx.automated {
        holds.push(Hold::AutomatedDecisions);
    }
    let held = holds.iter().any(|h| *h != Hold::AutomatedDecisions);
    let (mut rl, ri) = if held {
        (e.likelihood, impact)
    } else {
        let all_addressed = causes.iter().all(|c| c.addressed());
        (
            if all_addressed {
                e.likelihood.lowered()
            } else {
                e.likelihood
            },
            if limits.is_empty() {
                impact
            } else {
                impact.lowered()
            },
        )
    };
    if holds.contains(&Hold::AutomatedDecisions) {
        rl = rl.max(Level::Medium);
    }
    let before = level(e.likelihood, impact);
    let residual_level = level(rl, ri);
    Risk {
        number: String::new(),
        id: e.id.to_string(),
        own: None,
        triggers,
        likelihood: e.likelihood,
        impact,
        level: before,
        causes,
        limits,
        not_applying,
        controller_measures,
        holds,
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level,
        decision: None,
        changed_since_decision: false,
        applied: Applied {
            applicable: true,
            likelihood: e.likelihood,
            impact,
            level: before,
            residual_likelihood: rl,
            residual_impact: ri,
            residual_level,
        },
        prior_consultation: residual_level == Level::High,
    }
}
