//! Risks and measures in words: titles, descriptions, why the residual values are what they are.

use super::*;
use crate::messages::{Arg, Messages};
use dpia_rules::{Level, Risk, Trigger};
use dpia_statement::{Condition, Statement};

/// A risk's title: the catalogue's wording, or the controller's own title for an own risk.
pub fn risk_title(m: &Messages, st: &Statement, r: &Risk) -> String {
    match &r.own {
        Some(o) if !o.title.trim().is_empty() => o.title.trim().to_string(),
        Some(o) => m.fmt("risk-own-untitled", &[("id", o.id.as_str().into())]),
        None => m.fmt(&format!("risk-{}-title", r.id), &risk_args(m, st, r)),
    }
}

pub fn risk_description(m: &Messages, st: &Statement, r: &Risk) -> String {
    match &r.own {
        Some(o) => o.description.trim().to_string(),
        None => m.fmt(&format!("risk-{}-description", r.id), &risk_args(m, st, r)),
    }
}

/// Why a risk's residual values are what they are: per dimension, what lowered it (the
/// statement's measures, the controller's adopted measures) and what keeps it up (a floor).
pub fn residual_reasoning(m: &Messages, st: &Statement, r: &Risk) -> String {
    use dpia_statement::Dimension;
    if r.own.is_some() {
        return m.get("residual-own");
    }
    let part = |d: Dimension, from: Level, to: Level| -> String {
        // The statement's measures are listed beside the reasoning; here they are counted.
        let processor = r.measures.iter().filter(|x| x.lowers == d).count();
        let mut by: Vec<String> = Vec::new();
        if processor > 0 {
            by.push(m.fmt(
                "residual-statement-measures",
                &[
                    ("count", processor.into()),
                    ("processor", st.processor.name.as_str().into()),
                ],
            ));
        }
        by.extend(
            r.controller_measures
                .iter()
                .filter(|x| x.adopted && x.lowers == d)
                .map(|x| controller_measure(m, x.id)),
        );
        let dim = m.get(match d {
            Dimension::Likelihood => "doc-likelihood",
            Dimension::Impact => "doc-impact",
        });
        let mut text = if !by.is_empty() && from == to {
            m.fmt(
                "residual-lowest",
                &[
                    ("dimension", dim.into()),
                    ("level", level(m, from).into()),
                    ("measures", and_list(m, &by).into()),
                ],
            )
        } else if by.is_empty() {
            m.fmt(
                "residual-unchanged",
                &[("dimension", dim.into()), ("level", level(m, from).into())],
            )
        } else {
            m.fmt(
                "residual-lowered",
                &[
                    ("dimension", dim.into()),
                    ("from", level(m, from).into()),
                    ("to", level(m, to).into()),
                    ("measures", and_list(m, &by).into()),
                ],
            )
        };
        if d == Dimension::Likelihood {
            for f in &r.floors {
                text.push(' ');
                text.push_str(&floor(m, *f));
            }
        }
        text
    };
    format!(
        "{} {}",
        part(Dimension::Likelihood, r.likelihood, r.residual_likelihood),
        part(Dimension::Impact, r.impact, r.residual_impact)
    )
}

/// What keeps a residual value up.
pub fn floor(m: &Messages, f: dpia_rules::Floor) -> String {
    m.get(match f {
        dpia_rules::Floor::AutomatedDecisions => "floor-automated-decisions",
        dpia_rules::Floor::NoLegalGround => "floor-no-legal-ground",
    })
}

/// The processor's names a risk text mentions, from the statement and the risk's triggers.
pub(crate) fn risk_args(m: &Messages, st: &Statement, r: &Risk) -> Vec<(&'static str, Arg)> {
    let options: Vec<String> = r
        .triggers
        .iter()
        .filter_map(|t| match t {
            Trigger::Option { option: o } => Some(o.clone()),
            _ => None,
        })
        .collect();
    let option_names: Vec<String> = options.iter().map(|o| option(m, st, o)).collect();
    let option_subs: Vec<String> = options
        .iter()
        .flat_map(|o| names(option_parties(st, o)))
        .collect();
    let platform: Vec<String> = names(
        st.sub_processors
            .list
            .iter()
            .filter(|s| s.condition == Condition::Always),
    );
    vec![
        ("vendors", and_list(m, &vendors_of(st, &r.triggers)).into()),
        (
            "parties",
            and_list(m, &names(development_parties(st))).into(),
        ),
        ("count", development_parties(st).count().into()),
        ("platform", and_list(m, &platform).into()),
        ("options", and_list(m, &option_names).into()),
        ("option_parties", and_list(m, &option_subs).into()),
    ]
}

/// A proposed controller measure in words.
pub fn controller_measure(m: &Messages, id: &str) -> String {
    m.get(&format!("measure-{id}"))
}

/// What a measure lowers: "lowers the likelihood" / "lowers the impact".
pub fn lowers(m: &Messages, d: dpia_statement::Dimension) -> String {
    m.get(match d {
        dpia_statement::Dimension::Likelihood => "lowers-likelihood",
        dpia_statement::Dimension::Impact => "lowers-impact",
    })
}

/// A statement measure's summary (the statement's data) in this language.
pub fn statement_measure(m: &Messages, st: &Statement, id: &str) -> String {
    st.measure(id)
        .map_or_else(|| id.to_string(), |x| x.summary.get(m.lang()).to_string())
}
