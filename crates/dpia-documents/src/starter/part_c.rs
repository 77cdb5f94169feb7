//! Part C of the starter: the risks to data subjects (Model DPIA point 16), with the controller's
//! decision per risk and the matrix before measures.

use super::common::*;
use crate::compose::Compose;
use crate::frame::level_tone;
use crate::Input;
use dpia_assessment::RiskStatus;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::Risk;

/// The controller's assessment of a risk, as recorded, or a placeholder.
pub(crate) fn decision_cell(d: &mut Compose, n: &str, r: &Risk) -> Cell {
    let m = d.m;
    if r.own.is_some() {
        return Cell::inlines(vec![Inline::Text(m.get("doc-risk-own")), d.answer()]);
    }
    let reason = |d: &mut Compose, dec: &dpia_assessment::RiskDecision| -> Vec<Inline> {
        if dec.reason.trim().is_empty() {
            Vec::new()
        } else {
            let pointer = format!("/risk_decisions/{}/reason", pointer_key(&r.id));
            vec![
                Inline::Text(format!(" {} ", m.get("doc-decision-reason"))),
                d.field(&dec.reason, &pointer),
                d.answer(),
            ]
        }
    };
    let mut out = match r.decision.as_ref().and_then(|x| x.status.map(|s| (s, x))) {
        None => {
            let what = m.get("doc-what-risk-decision");
            return Cell::inlines(vec![d.placeholder_member(what, n.to_string())]);
        }
        Some((RiskStatus::Confirmed, dec)) => {
            let mut v = vec![Inline::Text(m.get("doc-decision-confirmed"))];
            v.extend(reason(d, dec));
            if dec.reason.trim().is_empty() {
                v.push(d.answer());
            }
            v
        }
        Some((RiskStatus::Adjusted, dec)) => {
            let mut v = vec![Inline::Text(m.fmt(
                "doc-decision-adjusted",
                &[
                    (
                        "before",
                        product(m, r.applied.likelihood, r.applied.impact).into(),
                    ),
                    (
                        "after",
                        product(m, r.applied.residual_likelihood, r.applied.residual_impact).into(),
                    ),
                ],
            ))];
            v.extend(reason(d, dec));
            v
        }
        Some((RiskStatus::NotApplicable, dec)) => {
            let mut v = vec![Inline::Text(m.get("doc-decision-not-applicable"))];
            v.extend(reason(d, dec));
            v
        }
    };
    if r.changed_since_decision {
        out.push(Inline::Strong(format!(
            " {}",
            m.get("doc-decision-changed")
        )));
    }
    Cell::inlines(out)
}

pub(crate) fn part_c(d: &mut Compose, input: &Input) {
    let m = d.m;
    let st = input.statement;
    let used = used_ids(input);
    d.h1("doc-part-c");
    d.h2("doc-c16");
    d.text(m.get("doc-c16-intro"));
    if input.risks.is_empty() {
        d.text(words::no_risks(m, input.statement, input.assessment));
        return;
    }
    let mut rows = Vec::new();
    for r in input.risks {
        let n = r.number.clone();
        let risk = match &r.own {
            Some(_) => {
                let mut v = vec![Inline::Strong(words::risk_title(m, st, r))];
                let description = words::risk_description(m, st, r);
                if !description.is_empty() {
                    v.push(Inline::Text(" — ".into()));
                    let pointer = own_risk_pointer(input.assessment, &r.id, "description");
                    v.push(d.field(&description, &pointer));
                }
                v
            }
            None => vec![
                Inline::Strong(words::risk_title(m, st, r)),
                Inline::Text(format!(" — {}", words::risk_description(m, st, r))),
            ],
        };
        let origin = match &r.own {
            Some(o) if !o.origin.trim().is_empty() => {
                let pointer = own_risk_pointer(input.assessment, &r.id, "origin");
                d.answer_text(&o.origin, &pointer)
            }
            Some(_) => vec![d.answer()],
            None => vec![
                Inline::Text(words::capitalised(&words::triggers_lettered(
                    m,
                    st,
                    &used,
                    &r.triggers,
                ))),
                d.answer(),
            ],
        };
        let computed = if r.own.is_some() {
            Cell::text(product(m, r.likelihood, r.impact))
        } else {
            Cell::text(product(m, r.likelihood, r.impact)).toned(level_tone(r.level))
        };
        let decision = decision_cell(d, &n, r);
        rows.push(vec![
            Cell::text(n.clone()),
            Cell::inlines(risk),
            Cell::inlines(origin),
            computed,
            decision,
        ]);
    }
    // The controller's column is narrow while it only says "to be completed" (issue 18: a wide
    // empty column made every risk's text run to seven lines).
    let decided = input
        .risks
        .iter()
        .any(|r| r.decision.as_ref().is_some_and(|x| x.status.is_some()));
    let (risk_w, origin_w, assessment_w) = if decided { (37, 20, 23) } else { (40, 25, 15) };
    d.table(
        &[
            ("doc-col-number", 5),
            ("doc-col-risk", risk_w),
            ("doc-col-origin", origin_w),
            ("doc-col-computed", 15),
            ("doc-col-assessment", assessment_w),
        ],
        rows,
    );
    d.text(m.get("doc-impact-rule"));
    let before = matrix(m, input.risks, false, "doc-matrix-before");
    d.blocks.push(before);
}
