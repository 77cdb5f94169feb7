//! Part D of the starter: per risk the causes present for this client and what addresses each
//! (with why), what limits the consequences, the indicative residual risk with what holds it up,
//! the action plan, and prior consultation (Model DPIA point 17, GDPR Art. 36) — which stays the
//! controller's decision: the document shows the indication and its reasons, never a conclusion.

use super::common::*;
use crate::compose::Compose;
use crate::frame::level_tone;
use crate::Input;
use dpia_assessment::ActionStatus;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{Counted, MeasureRef, Risk};

pub(crate) fn part_d(d: &mut Compose, input: &Input) {
    let m = d.m;
    d.h1("doc-part-d");
    d.h2("doc-d17");
    d.text(m.get("doc-d17-intro"));
    let catalogue: Vec<&Risk> = input
        .risks
        .iter()
        .filter(|r| r.own.is_none() && r.applied.applicable)
        .collect();
    if input.risks.is_empty() {
        d.text(words::no_risks(m, input.statement, input.assessment));
    } else {
        if !catalogue.is_empty() {
            causes_table(d, input, &catalogue);
        }
        residual_table(d, input);
        d.text(m.get("residual-rule"));
        let after = matrix(m, input.risks, true, "doc-matrix-after");
        d.blocks.push(after);
    }
    action_plan(d, input);
    prior_consultation(d, input);
}

/// A counted measure: its name in bold, why, and where it stands.
fn counted(d: &Compose, input: &Input, c: &Counted) -> Vec<Inline> {
    let m = d.m;
    let mut v = vec![
        Inline::Strong(words::capitalised(&words::measure_name(
            m,
            input.statement,
            &c.by,
        ))),
        Inline::Text(format!(" — {}", words::why(m, c))),
    ];
    match &c.by {
        MeasureRef::Statement { source, .. } => v.push(d.source(*source)),
        MeasureRef::Controller { .. } => v.push(d.answer()),
    }
    v
}

/// One row per cause present for this client, with what addresses it and why; then a row for
/// what limits the consequences.
fn causes_table(d: &mut Compose, input: &Input, risks: &[&Risk]) {
    let m = d.m;
    let mut rows = Vec::new();
    for r in risks {
        for c in &r.causes {
            let mut cell: Vec<Inline> = Vec::new();
            if c.addressed() {
                for (i, x) in c.addressed_by.iter().enumerate() {
                    if i > 0 {
                        cell.push(Inline::Text("; ".into()));
                    }
                    cell.extend(counted(d, input, x));
                }
            } else {
                cell.push(Inline::Strong(m.get("doc-not-addressed")));
                if c.would.is_empty() {
                    cell.push(Inline::Text(format!(" {}", m.get("doc-only-legal-ground"))));
                } else {
                    let would: Vec<String> = c
                        .would
                        .iter()
                        .map(|x| words::controller_measure(m, x))
                        .collect();
                    cell.push(Inline::Text(format!(
                        " {}",
                        m.fmt(
                            "doc-would",
                            &[("measures", words::and_list(m, &would).into())]
                        )
                    )));
                }
            }
            let tone = if c.addressed() {
                Tone::Plain
            } else {
                Tone::Medium
            };
            rows.push(vec![
                Cell::text(r.number.clone()),
                Cell::text(words::capitalised(&words::cause(m, &r.id, c.id))),
                Cell::inlines(cell).toned(tone),
            ]);
        }
        // A risk whose consequences nothing limits gets no row: the intro says so once, and the
        // residual table's reasons say what holds the impact.
        if r.limits.is_empty() {
            continue;
        }
        let mut limits: Vec<Inline> = Vec::new();
        for (i, x) in r.limits.iter().enumerate() {
            if i > 0 {
                limits.push(Inline::Text("; ".into()));
            }
            limits.extend(counted(d, input, x));
        }
        rows.push(vec![
            Cell::text(r.number.clone()),
            Cell::text(m.get("doc-consequences-row")),
            Cell::inlines(limits),
        ]);
    }
    d.table(
        &[
            ("doc-col-number", 6),
            ("doc-col-cause", 30),
            ("doc-col-addressed-by", 64),
        ],
        rows,
    );
}

/// Before and after measures per risk: the indicative residual, what holds it up, and the
/// controller's values where the controller decided otherwise.
fn residual_table(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let mut rows = Vec::new();
    for r in input.risks {
        if !r.applied.applicable {
            rows.push(vec![
                Cell::text(r.number.clone()),
                Cell::text(words::risk_title(m, st, r)),
                Cell::text(m.get("doc-decision-not-applicable")),
                Cell::text(""),
            ]);
            continue;
        }
        let before = product(m, r.applied.likelihood, r.applied.impact);
        let mut after = vec![Inline::Strong(product(
            m,
            r.applied.residual_likelihood,
            r.applied.residual_impact,
        ))];
        let adjusted = r.applied.residual_likelihood != r.residual_likelihood
            || r.applied.residual_impact != r.residual_impact;
        if r.own.is_some() {
            after.push(d.answer());
        } else if adjusted {
            after.push(Inline::Text(format!(
                " ({})",
                m.fmt(
                    "doc-residual-controller",
                    &[(
                        "indicative",
                        product(m, r.residual_likelihood, r.residual_impact).into()
                    )]
                )
            )));
            after.push(d.answer());
        } else {
            after.push(Inline::Text(format!(" ({})", m.get("doc-indicative"))));
        }
        let why = if r.own.is_some() {
            Vec::new()
        } else if r
            .holds
            .iter()
            .any(|h| *h != dpia_rules::Hold::AutomatedDecisions)
        {
            let v: Vec<String> = r.holds.iter().map(|h| words::hold(m, *h)).collect();
            vec![Inline::Text(v.join(" "))]
        } else {
            vec![Inline::Text(words::residual_why(m, st, r))]
        };
        rows.push(vec![
            Cell::text(r.number.clone()),
            Cell::text(before).toned(level_tone(r.applied.level)),
            Cell::inlines(after).toned(level_tone(r.applied.residual_level)),
            Cell::inlines(why),
        ]);
    }
    d.table(
        &[
            ("doc-col-number", 6),
            ("doc-col-before", 22),
            ("doc-col-residual-indicative", 24),
            ("doc-col-holds", 48),
        ],
        rows,
    );
}

/// The action plan: one line per measure with status, owner and due date in their own columns;
/// what is still to be filled is marked (and listed once in the open-items annex).
fn action_plan(d: &mut Compose, input: &Input) {
    let m = d.m;
    let a = input.assessment;
    d.h2("doc-action-plan");
    let plan = dpia_rules::plan(a, input.risks);
    if plan.is_empty() {
        d.text(m.get("cli-none"));
        return;
    }
    d.text(m.get("doc-action-plan-intro"));
    let mut rows = Vec::new();
    for p in &plan {
        let label = p.number.clone();
        let measure = match &p.origin {
            dpia_rules::Origin::Own { text } => Cell::inlines(vec![
                Inline::Strong(format!("{label} ")),
                d.field(text, &own_risk_pointer(a, &p.key, "measures")),
            ]),
            dpia_rules::Origin::Proposed { id } => Cell::inlines(vec![
                Inline::Strong(format!("{label} ")),
                Inline::Text(words::controller_measure(m, id)),
            ]),
        };
        let x = &p.item;
        let status = if p.adopted() {
            let mut v = vec![Inline::Text(
                x.status
                    .map_or_else(String::new, |s| words::action_status(m, s)),
            )];
            if !x.note.trim().is_empty() {
                v.push(Inline::Text(" — ".into()));
                let pointer = format!("/action_plan/{}/note", pointer_key(&p.key));
                v.push(d.field(&x.note, &pointer));
            }
            v.push(d.answer());
            Cell::inlines(v)
        } else {
            let what = m.get("doc-what-measure-decision");
            Cell::inlines(vec![d.placeholder_member(what, label.clone())])
        };
        let owner = if x.owner.trim().is_empty() {
            let what = m.get("doc-what-measure-owner");
            Cell::inlines(vec![d.placeholder_member(what, label.clone())])
        } else {
            let pointer = format!("/action_plan/{}/owner", pointer_key(&p.key));
            Cell::inlines(d.answer_text(&x.owner, &pointer))
        };
        let overdue = p.adopted()
            && x.due
                .is_some_and(|due| due < input.date && x.status != Some(ActionStatus::Done));
        let due = match x.due {
            Some(date) if overdue => Cell::inlines(vec![
                Inline::Text(m.date(date)),
                Inline::Strong(format!(" {}", m.get("doc-overdue"))),
            ])
            .toned(Tone::High),
            Some(date) => Cell::text(m.date(date)),
            None => {
                let what = m.get("doc-what-measure-due");
                Cell::inlines(vec![d.placeholder_member(what, label.clone())])
            }
        };
        rows.push(vec![
            measure,
            Cell::text(p.risks.join(", ")),
            status,
            owner,
            due,
        ]);
    }
    d.table(
        &[
            ("doc-col-measure", 48),
            ("doc-col-risks", 10),
            ("doc-col-status", 14),
            ("doc-col-owner", 14),
            ("doc-col-due", 14),
        ],
        rows,
    );
}

/// Prior consultation: the indicative outcome with its reasons, and the controller's decision, or
/// a placeholder for it. Never concludes for the controller.
fn prior_consultation(d: &mut Compose, input: &Input) {
    let m = d.m;
    let a = input.assessment;
    d.h2("doc-art36");
    // By number: the management summary and part C name them (issue 18: the titles again).
    let high: Vec<String> = input
        .risks
        .iter()
        .filter(|r| r.prior_consultation)
        .map(|r| r.number.clone())
        .collect();
    if high.is_empty() {
        d.text(m.get("doc-art36-indicative-none"));
    } else {
        d.callout(
            Tone::High,
            vec![Inline::Text(m.fmt(
                "doc-art36-indicative",
                &[("risks", words::and_list(m, &high).into())],
            ))],
        );
    }
    d.text(m.get("doc-art36-rule"));
    let so = &a.sign_off;
    match so.prior_consultation {
        Some(consult) => {
            let mut p = vec![Inline::Text(m.get(if consult {
                "doc-art36-decided-yes"
            } else {
                "doc-art36-decided-no"
            }))];
            if !so.prior_consultation_reason.trim().is_empty() {
                p.push(Inline::Text(" ".into()));
                p.push(d.field(
                    &so.prior_consultation_reason,
                    "/sign_off/prior_consultation_reason",
                ));
            }
            p.push(d.answer());
            d.p(p);
            if !consult && !high.is_empty() && so.prior_consultation_reason.trim().is_empty() {
                d.placeholder_p("doc-what-art36-reason");
            }
        }
        None => d.placeholder_p("doc-what-art36-decision"),
    }
}
