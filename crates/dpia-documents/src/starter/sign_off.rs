//! The DPO's advice (GDPR Art. 35(2)), adoption and the review date (Art. 35(11)).

use super::common::*;
use crate::compose::Compose;
use crate::frame::{accepted_open, status};
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_statement::ClauseTopic;

pub(crate) fn dpo_and_sign_off(d: &mut Compose, input: &Input) {
    let m = d.m;
    let a = input.assessment;
    let header = |id: &str| Cell::text(m.get(id)).toned(Tone::Header);
    d.h1("doc-dpo-advice");
    let has_dpo = a.organisation.has_dpo();
    d.text(m.get(if has_dpo {
        "doc-dpo-advice-intro"
    } else {
        "doc-dpo-none"
    }));
    let adv = &a.dpo_advice;
    let dpo = if !has_dpo {
        vec![Inline::Text(m.get("doc-dpo-not-designated"))]
    } else if a.organisation.dpo.trim().is_empty() {
        // Asked once, in point 6.
        vec![
            Inline::Text(format!("{} ", m.get("doc-dpo-see"))),
            Inline::Ref {
                text: m.get("doc-a6"),
                target: "a6".into(),
            },
        ]
    } else {
        d.answer_text(&a.organisation.dpo, "/organisation/dpo")
    };
    let advice = if adv.advice.trim().is_empty() && !has_dpo {
        let what = m.get("doc-what-advice-no-dpo");
        vec![d.placeholder(what)]
    } else if adv.advice.trim().is_empty() {
        let what = m.get("doc-what-dpo-advice");
        vec![d.placeholder_dpo(what)]
    } else {
        d.answer_text(&adv.advice, "/dpo_advice/advice")
    };
    let date = match adv.date {
        Some(x) => vec![Inline::Text(m.date(x)), d.answer()],
        None if !has_dpo => Vec::new(),
        None => {
            let what = m.get("doc-what-dpo-date");
            vec![d.placeholder_dpo(what)]
        }
    };
    let followed = match adv.followed {
        Some(true) => vec![Inline::Text(m.get("doc-advice-followed")), d.answer()],
        Some(false) => {
            let mut v = vec![Inline::Text(format!(
                "{} ",
                m.get("doc-advice-not-followed")
            ))];
            v.extend(d.filled(
                &adv.not_followed_reason,
                "doc-what-not-followed-reason",
                "/dpo_advice/not_followed_reason",
            ));
            v
        }
        None => {
            let what = m.get("doc-what-advice-followed");
            vec![d.placeholder(what)]
        }
    };
    let rows = vec![
        vec![header("doc-field-dpo"), Cell::inlines(dpo)],
        vec![header("doc-field-dpo-advice"), Cell::inlines(advice)],
        vec![header("doc-field-dpo-date"), Cell::inlines(date)],
        vec![header("doc-field-advice-followed"), Cell::inlines(followed)],
    ];
    d.table_kept(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);

    d.h1("doc-sign-off");
    let so = &a.sign_off;
    let accepted = accepted_open(input);
    d.text(m.get(match (so.is_definitive(), accepted.is_empty()) {
        (true, true) => "doc-sign-off-definitive",
        (true, false) => "doc-sign-off-definitive-open",
        (false, _) => "doc-sign-off-intro",
    }));
    // What is still open for adoption (GDPR Art. 35(7) a–d, the advice, Art. 36), each with
    // the controller's reason where it was accepted open.
    let open = dpia_rules::adoption::open_points(input.statement, a, input.risks);
    if !open.is_empty() {
        if !so.is_definitive() {
            d.text(m.get("doc-sign-off-open-intro"));
        }
        // Risks not decided, and risks with a cause no measure addresses, each in one row.
        let mut rows: Vec<(dpia_rules::Requirement, Vec<Cell>)> = Vec::new();
        let mut grouped: Vec<(dpia_rules::Requirement, &str, Vec<String>)> = Vec::new();
        let accepted_any = open
            .iter()
            .any(|p| dpia_rules::adoption::accepted(a, p).is_some());
        for p in &open {
            let accepted = dpia_rules::adoption::accepted(a, p);
            let group = match p {
                dpia_rules::OpenPoint::RiskUndecided { risk } => {
                    Some(("doc-open-risks-undecided", risk))
                }
                dpia_rules::OpenPoint::Unaddressed { risk } => {
                    Some(("doc-open-risks-unaddressed", risk))
                }
                _ => None,
            };
            match (group, accepted) {
                (Some((id, risk)), None) => {
                    let n = input
                        .risks
                        .iter()
                        .find(|r| &r.id == risk)
                        .map_or_else(|| risk.clone(), |r| r.number.clone());
                    match grouped.iter_mut().find(|(_, g, _)| *g == id) {
                        Some((_, _, list)) => list.push(n),
                        None => grouped.push((p.requirement(), id, vec![n])),
                    }
                }
                _ => {
                    let reason = match accepted {
                        Some(r) => {
                            let pointer =
                                format!("/sign_off/accepted_open/{}", pointer_key(&p.id()));
                            Cell::inlines(d.answer_text(r, &pointer))
                        }
                        None => Cell::text(m.get("doc-open-not-accepted")),
                    };
                    rows.push((
                        p.requirement(),
                        vec![
                            Cell::text(words::requirement(m, p.requirement())),
                            Cell::text(words::open_point(m, input.statement, input.risks, p)),
                            reason,
                        ],
                    ));
                }
            }
        }
        for (req, id, list) in grouped {
            rows.push((
                req,
                vec![
                    Cell::text(words::requirement(m, req)),
                    Cell::text(m.fmt(id, &[("risks", words::and_list(m, &list).into())])),
                    Cell::text(m.get("doc-open-not-accepted")),
                ],
            ));
        }
        // In the order of the requirements (stable within one).
        rows.sort_by_key(|(req, _)| *req);
        let rows: Vec<Vec<Cell>> = rows.into_iter().map(|(_, r)| r).collect();
        // The last column is narrow while no point is accepted (it only says "still open").
        let widths = if accepted_any {
            (28, 40, 32)
        } else {
            (30, 52, 18)
        };
        d.table(
            &[
                ("doc-col-requirement", widths.0),
                ("doc-col-open-point", widths.1),
                ("doc-col-accepted-because", widths.2),
            ],
            rows,
        );
    }
    let approved = d.filled(
        &so.approved_by,
        "doc-what-signer-name",
        "/sign_off/approved_by",
    );
    let role = d.filled(&so.role, "doc-what-signer-role", "/sign_off/role");
    let date = match so.date {
        Some(x) => vec![Inline::Text(m.date(x)), d.answer()],
        None => {
            let what = m.get("doc-what-signer-date");
            vec![d.placeholder(what)]
        }
    };
    let rows = vec![
        vec![header("doc-field-status"), Cell::text(status(input))],
        vec![header("doc-field-approved-by"), Cell::inlines(approved)],
        vec![header("doc-field-role"), Cell::inlines(role)],
        vec![header("doc-field-date"), Cell::inlines(date)],
        vec![header("doc-field-signature"), Cell::text("")],
    ];
    d.table_kept(&[("doc-col-field", 30), ("doc-col-value", 70)], rows);

    d.h2("doc-review");
    let review = a.review_date.unwrap_or(input.screening.dates.review);
    d.p(vec![Inline::Text(m.fmt(
        if a.review_date.is_some() {
            "doc-review-set"
        } else {
            "doc-review-text"
        },
        &[("date", m.date(review).into())],
    ))]);
    flag_callouts(d, input, "doc-review");
    if let Some(deadline) = input.screening.dates.termination_deadline {
        d.p(vec![
            Inline::Text(m.fmt("doc-termination", &[("date", m.date(deadline).into())])),
            d.sources(&input.statement.clauses_about(ClauseTopic::StatementChanges)),
        ]);
    }
}
