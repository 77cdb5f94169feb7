//! Part D of the starter: measures per risk, the residual risk, the action plan and prior
//! consultation (Model DPIA point 17, GDPR Art. 36).

use super::common::*;
use crate::compose::Compose;
use crate::frame::level_tone;
use crate::Input;
use dpia_assessment::ActionStatus;
use dpia_document_model::*;
use dpia_i18n as words;

pub(crate) fn part_d(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let a = input.assessment;
    d.h1("doc-part-d");
    d.h2("doc-d17");
    d.text(m.get("doc-d17-intro"));
    if input.risks.is_empty() {
        d.text(m.get("cli-no-risks"));
    } else {
        let mut rows = Vec::new();
        for r in input.risks {
            let n = r.number.clone();
            if !r.applied.applicable {
                rows.push(vec![
                    Cell::text(n.clone()),
                    Cell::text(m.get("doc-decision-not-applicable")),
                    Cell::text(""),
                    Cell::text(""),
                ]);
                continue;
            }
            let statement_measures: Vec<String> = r
                .measures
                .iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        words::statement_measure(m, st, &x.id),
                        words::lowers(m, x.lowers)
                    )
                })
                .collect();
            let mut processor = vec![Inline::Text(statement_measures.join("; "))];
            if !r.measures.is_empty() {
                processor.push(d.sources(&r.sources()));
            }
            let controller = match &r.own {
                Some(o) if !o.measures.trim().is_empty() => d.answer_text(&o.measures),
                Some(_) => Vec::new(),
                None => {
                    let list: Vec<String> = r
                        .controller_measures
                        .iter()
                        .map(|x| {
                            let state = if x.adopted {
                                a.action_plan
                                    .get(x.id)
                                    .and_then(|i| i.status)
                                    .map_or_else(String::new, |s| words::action_status(m, s))
                            } else {
                                m.get("doc-measure-proposed")
                            };
                            format!(
                                "{} ({}; {})",
                                words::controller_measure(m, x.id),
                                words::lowers(m, x.lowers),
                                state
                            )
                        })
                        .collect();
                    vec![Inline::Text(list.join("; "))]
                }
            };
            let computed = product(m, r.residual_likelihood, r.residual_impact);
            let mut residual = vec![Inline::Strong(product(
                m,
                r.applied.residual_likelihood,
                r.applied.residual_impact,
            ))];
            if r.own.is_none() {
                if r.applied.residual_level != r.residual_level
                    || r.applied.residual_likelihood != r.residual_likelihood
                    || r.applied.residual_impact != r.residual_impact
                {
                    residual.push(Inline::Text(format!(
                        " ({})",
                        m.fmt("doc-computed-was", &[("computed", computed.into())])
                    )));
                }
                residual.push(Inline::Text(format!(
                    " {}",
                    words::residual_reasoning(m, st, r)
                )));
            }
            rows.push(vec![
                Cell::text(n.clone()),
                Cell::inlines(processor),
                Cell::inlines(controller),
                Cell::inlines(residual).toned(level_tone(r.applied.residual_level)),
            ]);
        }
        d.table(
            &[
                ("doc-col-number", 5),
                ("doc-col-statement-measures", 32),
                ("doc-col-controller-measures", 31),
                ("doc-col-residual", 32),
            ],
            rows,
        );
        let after = matrix(m, input.risks, true, "doc-matrix-after");
        d.blocks.push(after);
    }

    // The action plan
    d.h2("doc-action-plan");
    let plan = dpia_rules::plan(a, input.risks);
    if plan.is_empty() {
        d.text(m.get("cli-none"));
    } else {
        d.text(m.get("doc-action-plan-intro"));
        let mut rows = Vec::new();
        for p in &plan {
            let label = p.number.clone();
            let risks = &p.risks;
            let item = Some(&p.item);
            let measure_cell = match &p.origin {
                dpia_rules::Origin::Own { text } => Cell::inlines(vec![
                    Inline::Strong(format!("{label} ")),
                    Inline::Answer(text.clone()),
                ]),
                dpia_rules::Origin::Proposed { id } => Cell::inlines(vec![
                    Inline::Strong(format!("{label} ")),
                    Inline::Text(words::controller_measure(m, id)),
                ]),
            };
            let (owner, due, status) = match item.filter(|_| p.adopted()) {
                Some(x) => {
                    let owner = if x.owner.trim().is_empty() {
                        let what = m.get("doc-what-measure-owner");
                        Cell::inlines(vec![d.placeholder_member(what, label.clone())])
                    } else {
                        Cell::inlines(d.answer_text(&x.owner))
                    };
                    let overdue = x.due.is_some_and(|due| {
                        due < input.date && x.status != Some(ActionStatus::Done)
                    });
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
                    let mut status = vec![Inline::Text(
                        x.status
                            .map_or_else(String::new, |s| words::action_status(m, s)),
                    )];
                    if !x.note.trim().is_empty() {
                        status.push(Inline::Text(" — ".into()));
                        status.push(Inline::Answer(x.note.trim().to_string()));
                    }
                    status.push(d.answer());
                    (owner, due, Cell::inlines(status))
                }
                None => {
                    let what = m.get("doc-what-measure-decision");
                    let ph = d.placeholder_member(what, label.clone());
                    (
                        Cell::text(""),
                        Cell::text(""),
                        Cell::inlines(vec![
                            Inline::Text(format!("{} ", m.get("doc-measure-proposed"))),
                            ph,
                        ]),
                    )
                }
            };
            rows.push(vec![
                measure_cell,
                Cell::text(risks.join(", ")),
                owner,
                due,
                status,
            ]);
        }
        d.table(
            &[
                ("doc-col-measure", 32),
                ("doc-col-risks", 12),
                ("doc-col-owner", 18),
                ("doc-col-due", 14),
                ("doc-col-status", 24),
            ],
            rows,
        );
    }

    // Prior consultation
    d.h2("doc-art36");
    let high: Vec<String> = input
        .risks
        .iter()
        .filter(|r| r.prior_consultation)
        .map(|r| format!("{} {}", r.number, words::risk_title(m, st, r)))
        .collect();
    if high.is_empty() {
        d.text(m.get("doc-art36-no"));
    } else {
        d.callout(
            Tone::High,
            vec![Inline::Text(
                m.fmt("doc-art36-yes", &[("risks", high.join("; ").into())]),
            )],
        );
    }
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
                p.push(Inline::Answer(
                    so.prior_consultation_reason.trim().to_string(),
                ));
            }
            p.push(d.answer());
            d.p(p);
            if !consult && !high.is_empty() && so.prior_consultation_reason.trim().is_empty() {
                d.placeholder_p("doc-what-art36-reason");
            }
        }
        None if !high.is_empty() => d.placeholder_p("doc-what-art36-decision"),
        None => {}
    }
}
