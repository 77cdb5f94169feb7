//! The DPO's advice (GDPR Art. 35(2)), adoption and the review date (Art. 35(11)).

use super::common::*;
use crate::compose::Compose;
use crate::frame::status;
use crate::Input;
use dpia_document_model::*;
use dpia_rules::FlagKind;
use dpia_statement::ClauseTopic;

pub(crate) fn dpo_and_sign_off(d: &mut Compose, input: &Input) {
    let m = d.m;
    let a = input.assessment;
    let header = |id: &str| Cell::text(m.get(id)).toned(Tone::Header);
    d.h1("doc-dpo-advice");
    d.text(m.get("doc-dpo-advice-intro"));
    let adv = &a.dpo_advice;
    let dpo = if a.organisation.dpo.trim().is_empty() {
        // Asked once, in point 6.
        vec![
            Inline::Text(format!("{} ", m.get("doc-dpo-see"))),
            Inline::Ref {
                text: m.get("doc-a6"),
                target: "a6".into(),
            },
        ]
    } else {
        d.answer_text(&a.organisation.dpo)
    };
    let advice = if adv.advice.trim().is_empty() {
        let what = m.get("doc-what-dpo-advice");
        vec![d.placeholder_dpo(what)]
    } else {
        d.answer_text(&adv.advice)
    };
    let date = match adv.date {
        Some(x) => vec![Inline::Text(m.date(x)), d.answer()],
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
            v.extend(d.filled(&adv.not_followed_reason, "doc-what-not-followed-reason"));
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
    d.text(m.get(if so.is_definitive() {
        "doc-sign-off-definitive"
    } else {
        "doc-sign-off-intro"
    }));
    let approved = d.filled(&so.approved_by, "doc-what-signer-name");
    let role = d.filled(&so.role, "doc-what-signer-role");
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
    flag_callouts(d, input, |k| {
        matches!(k, FlagKind::CertificateExpiresBeforeReview { .. })
    });
    if let Some(deadline) = input.screening.dates.termination_deadline {
        d.p(vec![
            Inline::Text(m.fmt("doc-termination", &[("date", m.date(deadline).into())])),
            d.sources(&input.statement.clauses_about(ClauseTopic::StatementChanges)),
        ]);
    }
}
