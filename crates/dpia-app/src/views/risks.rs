//! The risk register, the matrices and the action plan as the UI shows them, worded. Numbers
//! (R1, M1), the plan's grouping and the matrix come from the core (`dpia_rules`), as in the
//! documents.

use super::*;

#[derive(Debug, Clone, Serialize, TS)]
pub struct RiskView {
    /// "R1", "R2", … as in the documents.
    pub number: String,
    pub id: String,
    pub title: String,
    pub description: String,
    pub triggers: String,
    /// The computed values; the `_text` fields are worded.
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
    pub likelihood_text: String,
    pub impact_text: String,
    pub level_text: String,
    pub residual_level_text: String,
    /// What the risk does to the people concerned.
    pub harm: String,
    /// The causes present for this client, each with what addresses it.
    pub causes: Vec<CauseView>,
    /// The measures that limit the consequences and count, with why.
    pub limits: Vec<CountedView>,
    /// The statement's measures for this risk whose condition does not hold for this client.
    pub not_applying: Vec<String>,
    /// The measures proposed to the controller, with what each does and whether it is adopted.
    pub controller: Vec<ControllerMeasureView>,
    /// What keeps the residual up, worded.
    pub holds: Vec<String>,
    /// Indicative: the residual level the DPIA uses is high (prior consultation is for the
    /// controller to decide).
    pub prior_consultation: bool,
    /// An own risk of the controller (edited under `/own_risks/<index>`).
    pub own: bool,
    /// For an own risk: its index in `own_risks`.
    #[ts(type = "number | null")]
    pub own_index: Option<usize>,
    /// The controller's decision, if any.
    pub status: Option<RiskStatus>,
    pub status_text: String,
    pub reason: String,
    /// The values the DPIA uses (the controller's where adjusted), ids and worded.
    pub applied: LevelsView,
    /// The computed values, always shown beside the controller's.
    pub computed: LevelsView,
    pub applicable: bool,
    /// The answers changed after the controller decided: the computed values differ from those
    /// recorded with the decision (the controller's values still apply).
    pub changed_since_decision: bool,
    /// The computed values when the controller decided (worded), if they differ now.
    pub decided_on: String,
    /// Why the residual values are what they are (per dimension, which measures lower it).
    pub residual_reasoning: String,
}

/// Likelihood, impact and level before and after measures, and worded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LevelsView {
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
    /// "medium × high = high"
    pub before_text: String,
    pub after_text: String,
}

/// A cause of a risk, present for this client, and what addresses it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CauseView {
    pub id: String,
    pub text: String,
    pub addressed: bool,
    /// The measures that address it and count, each with why.
    pub by: Vec<CountedView>,
    /// The proposed controller measures that would address it (not adopted), worded.
    pub would: Vec<String>,
}

/// A measure that counts for a risk, with its one-line reason and where it stands.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CountedView {
    pub name: String,
    pub why: String,
    /// The source marker ("Data Pro Statement, item 17"); empty for an adopted controller measure.
    pub source: String,
    /// How it limits the consequences (for a limit), worded; empty for a cause it addresses.
    pub kind: String,
}

/// A measure proposed to the controller for a risk.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ControllerMeasureView {
    pub id: String,
    pub text: String,
    /// What it does for this risk ("addresses: …", "limits the consequences (…)", good practice).
    pub does: String,
    pub why: String,
    pub adopted: bool,
}

fn counted(m: &Messages, st: &Statement, c: &dpia_rules::Counted) -> CountedView {
    CountedView {
        name: words::capitalised(&words::measure_name(m, st, &c.by)),
        why: words::why(m, c),
        source: match &c.by {
            dpia_rules::MeasureRef::Statement { source, .. } => words::source(m, *source),
            dpia_rules::MeasureRef::Controller { .. } => String::new(),
        },
        kind: c
            .kind
            .map_or_else(String::new, |k| words::consequence(m, k)),
    }
}

/// One measure of the action plan: a proposed controller measure (once, with the risks it is
/// proposed for) or an own risk's measures, with what the controller recorded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ActionView {
    /// The key in `action_plan` (a controller measure id, or an own risk's id).
    pub id: String,
    /// "M1", "M2", … as in the document.
    pub number: String,
    pub text: String,
    /// The risk numbers ("R1, R4").
    pub risks: String,
    /// Adopted: it has a status, and counts for the residual risk.
    pub adopted: bool,
    pub status: Option<ActionStatus>,
    pub owner: String,
    /// YYYY-MM-DD or empty.
    pub due: String,
    pub due_text: String,
    pub note: String,
    /// Past its due date and not done.
    pub overdue: bool,
}

/// The 3×3 risk matrix, before or after measures: rows from high to low likelihood, cells from
/// low to high impact, each with its level and the numbers of the risks in it (the values the
/// DPIA applies; risks marked not applicable are left out).
#[derive(Debug, Clone, Serialize, TS)]
pub struct MatrixView {
    pub rows: Vec<MatrixRow>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct MatrixRow {
    pub likelihood: Level,
    pub cells: Vec<MatrixCell>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct MatrixCell {
    pub impact: Level,
    /// The level of the cell (the Model DPIA's rule, `dpia_rules::risks::level`).
    pub level: Level,
    pub risks: Vec<String>,
}

pub fn matrix(risks: &[Risk], after: bool) -> MatrixView {
    let cells = dpia_rules::risks::matrix(risks, after);
    MatrixView {
        rows: Level::ALL
            .iter()
            .rev()
            .map(|&l| MatrixRow {
                likelihood: l,
                cells: Level::ALL
                    .iter()
                    .map(|&i| MatrixCell {
                        impact: i,
                        level: dpia_rules::risks::level(l, i),
                        risks: cells[l.score() as usize - 1][i.score() as usize - 1].clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn levels_view(m: &Messages, l: Level, i: Level, rl: Level, ri: Level) -> LevelsView {
    let product = |a: Level, b: Level| {
        format!(
            "{} × {} = {}",
            words::level(m, a),
            words::level(m, b),
            words::level(m, dpia_rules::risks::level(a, b))
        )
    };
    LevelsView {
        likelihood: l,
        impact: i,
        level: dpia_rules::risks::level(l, i),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level: dpia_rules::risks::level(rl, ri),
        before_text: product(l, i),
        after_text: product(rl, ri),
    }
}

pub fn risks(m: &Messages, st: &Statement, a: &Assessment, risks: &[Risk]) -> Vec<RiskView> {
    let used: Vec<&str> = a
        .used_services_in(st)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    risks
        .iter()
        .map(|r| {
            let x = &r.applied;
            let status = r.decision.as_ref().and_then(|d| d.status);
            RiskView {
                number: r.number.clone(),
                id: r.id.clone(),
                title: words::risk_title(m, st, r),
                description: words::risk_description(m, st, r),
                triggers: match &r.own {
                    Some(o) => o.origin.clone(),
                    None => words::capitalised(&words::triggers_in(m, st, &used, &r.triggers)),
                },
                likelihood: r.likelihood,
                impact: r.impact,
                level: r.level,
                residual_likelihood: r.residual_likelihood,
                residual_impact: r.residual_impact,
                residual_level: r.residual_level,
                likelihood_text: words::level(m, r.likelihood),
                impact_text: words::level(m, r.impact),
                level_text: words::level(m, r.level),
                residual_level_text: words::level(m, r.residual_level),
                harm: words::risk_harm(m, st, r),
                causes: r
                    .causes
                    .iter()
                    .map(|c| CauseView {
                        id: c.id.into(),
                        text: words::capitalised(&words::cause(m, &r.id, c.id)),
                        addressed: c.addressed(),
                        by: c.addressed_by.iter().map(|x| counted(m, st, x)).collect(),
                        would: c
                            .would
                            .iter()
                            .map(|x| words::controller_measure(m, x))
                            .collect(),
                    })
                    .collect(),
                limits: r.limits.iter().map(|x| counted(m, st, x)).collect(),
                not_applying: r
                    .not_applying
                    .iter()
                    .map(|x| words::measure_name(m, st, x))
                    .collect(),
                controller: r
                    .controller_measures
                    .iter()
                    .map(|x| ControllerMeasureView {
                        id: x.id.into(),
                        text: words::controller_measure(m, x.id),
                        does: words::does(m, &r.id, x.does),
                        why: words::controller_measure_why(m, x.id),
                        adopted: x.adopted,
                    })
                    .collect(),
                holds: r.holds.iter().map(|h| words::hold(m, *h)).collect(),
                prior_consultation: r.prior_consultation,
                own: r.own.is_some(),
                own_index: r
                    .own
                    .as_ref()
                    .and_then(|o| a.own_risks.iter().position(|x| x.id == o.id)),
                status,
                status_text: status.map_or_else(String::new, |s| words::risk_status(m, s)),
                reason: r
                    .decision
                    .as_ref()
                    .map_or_else(String::new, |d| d.reason.clone()),
                applied: levels_view(
                    m,
                    x.likelihood,
                    x.impact,
                    x.residual_likelihood,
                    x.residual_impact,
                ),
                computed: levels_view(
                    m,
                    r.likelihood,
                    r.impact,
                    r.residual_likelihood,
                    r.residual_impact,
                ),
                applicable: x.applicable,
                changed_since_decision: r.changed_since_decision,
                decided_on: match r.decision.as_ref().and_then(|d| d.computed) {
                    Some(c) if r.changed_since_decision => {
                        let v = levels_view(
                            m,
                            c.likelihood,
                            c.impact,
                            c.residual_likelihood,
                            c.residual_impact,
                        );
                        format!("{} → {}", v.before_text, v.after_text)
                    }
                    _ => String::new(),
                },
                residual_reasoning: words::residual_reasoning(m, st, r),
            }
        })
        .collect()
}

/// The action plan (`dpia_rules::plan`), worded, with overdue measures marked.
pub fn action_plan(
    m: &Messages,
    a: &Assessment,
    risks: &[Risk],
    today: NaiveDate,
) -> Vec<ActionView> {
    dpia_rules::plan(a, risks)
        .into_iter()
        .map(|p| ActionView {
            text: match &p.origin {
                dpia_rules::Origin::Proposed { id } => words::controller_measure(m, id),
                dpia_rules::Origin::Own { text } => text.clone(),
            },
            number: p.number.clone(),
            risks: p.risks.join(", "),
            adopted: p.adopted(),
            overdue: p.overdue(today),
            status: p.item.status,
            owner: p.item.owner.clone(),
            due: p.item.due.map_or_else(String::new, |d| d.to_string()),
            due_text: p.item.due.map_or_else(String::new, |d| m.date(d)),
            note: p.item.note.clone(),
            id: p.key,
        })
        .collect()
}
