//! Risks and measures in words: titles, descriptions, why the residual values are what they are.

use super::*;
use crate::messages::{Arg, Messages};
use dpia_rules::{Risk, Trigger};
use dpia_statement::{Condition, Statement};

/// A risk's title: the catalogue's wording, or the controller's own title for an own risk.
/// Why the register is empty: no personal data flows through the used services, or, while the
/// services and their data are not all answered, that it is not known yet.
pub fn no_risks(m: &Messages, st: &Statement, a: &dpia_assessment::Assessment) -> String {
    if dpia_rules::data_known(st, a) {
        m.get("cli-no-risks")
    } else {
        m.get("no-risks-unknown")
    }
}

pub fn risk_title(m: &Messages, st: &Statement, r: &Risk) -> String {
    match &r.own {
        Some(o) if !o.title.trim().is_empty() => o.title.trim().to_string(),
        Some(o) => m.fmt("risk-own-untitled", &[("id", o.id.as_str().into())]),
        None => m.fmt(&format!("risk-{}-title", r.id), &risk_args(m, st, r)),
    }
}

/// A catalogue risk's title by its id, for a risk that is not in the register (an option the
/// title names is then "an option").
pub fn risk_title_of(m: &Messages, _st: &Statement, id: &str) -> String {
    m.fmt(
        &format!("risk-{id}-title"),
        &[("options", m.get("doc-an-option").into())],
    )
}

pub fn risk_description(m: &Messages, st: &Statement, r: &Risk) -> String {
    match &r.own {
        Some(o) => o.description.trim().to_string(),
        None => m.fmt(&format!("risk-{}-description", r.id), &risk_args(m, st, r)),
    }
}

/// What a risk does to the people concerned (`risk-<id>-harm`); empty for an own risk.
pub fn risk_harm(m: &Messages, st: &Statement, r: &Risk) -> String {
    match &r.own {
        Some(_) => String::new(),
        None => m.fmt(&format!("risk-{}-harm", r.id), &risk_args(m, st, r)),
    }
}

/// A cause of a catalogue risk in words: "the client's own users sharing reports … too widely".
pub fn cause(m: &Messages, risk: &str, cause: &str) -> String {
    m.get(&format!("cause-{risk}-{cause}"))
}

/// The name of a counted measure: the statement's summary, or the proposed measure's wording.
pub fn measure_name(m: &Messages, st: &Statement, by: &dpia_rules::MeasureRef) -> String {
    match by {
        dpia_rules::MeasureRef::Statement { id, .. } => statement_measure(m, st, id),
        dpia_rules::MeasureRef::Controller { id } => controller_measure(m, id),
    }
}

/// Why a counted measure addresses its cause or limits the consequences, in one line.
pub fn why(m: &Messages, c: &dpia_rules::Counted) -> String {
    match (&c.by, &c.why) {
        (_, Some(text)) => text.get(m.lang()).to_string(),
        (dpia_rules::MeasureRef::Controller { id }, None) => controller_measure_why(m, id),
        (dpia_rules::MeasureRef::Statement { id, .. }, None) => id.clone(),
    }
}

/// Why a proposed controller measure helps (`measure-<id>-why`).
pub fn controller_measure_why(m: &Messages, id: &str) -> String {
    m.get(&format!("measure-{id}-why"))
}

/// How a measure limits the consequences: "pseudonymisation".
pub fn consequence(m: &Messages, k: dpia_statement::ConsequenceKind) -> String {
    m.get(&format!(
        "consequence-{}",
        dpia_rules::risks::consequence_id(k)
    ))
}

/// What a proposed controller measure does for a risk: the causes it addresses, how it limits
/// the consequences, or that it is good practice only.
pub fn does(m: &Messages, risk: &str, d: dpia_rules::Does) -> String {
    match d {
        dpia_rules::Does::Addresses(ids) => m.fmt(
            "does-addresses",
            &[(
                "causes",
                and_list(
                    m,
                    &ids.iter().map(|c| cause(m, risk, c)).collect::<Vec<_>>(),
                )
                .into(),
            )],
        ),
        dpia_rules::Does::Limits(k) => m.fmt("does-limits", &[("kind", consequence(m, k).into())]),
        dpia_rules::Does::Practice => m.get("does-practice"),
    }
}

/// What keeps a residual value up, in a sentence.
pub fn hold(m: &Messages, h: dpia_rules::Hold) -> String {
    m.get(match h {
        dpia_rules::Hold::UnaddressedCause => "hold-unaddressed_cause",
        dpia_rules::Hold::OpenTransferAssessment => "hold-open_transfer_assessment",
        dpia_rules::Hold::OpenLegalGround => "hold-open_legal_ground",
        dpia_rules::Hold::AutomatedDecisions => "hold-automated_decisions",
    })
}

/// Why the residual values are what they are, without the closing "indicative" sentence (for a
/// table that states the rule once).
pub fn residual_why(m: &Messages, st: &Statement, r: &Risk) -> String {
    let full = residual_reasoning(m, st, r);
    let tail = format!(" {}", m.get("residual-indicative"));
    full.strip_suffix(&tail).unwrap_or(&full).to_string()
}

/// Why a risk's indicative residual values are what they are: per dimension what lowered it or
/// not, each cause nothing addresses with the proposed measures that would, what holds the
/// residual up, and that it is indicative.
pub fn residual_reasoning(m: &Messages, st: &Statement, r: &Risk) -> String {
    if r.own.is_some() {
        return m.get("residual-own");
    }
    let _ = st;
    let mut out: Vec<String> = Vec::new();
    out.push(if r.residual_likelihood < r.likelihood {
        m.fmt(
            "residual-likelihood-lowered",
            &[
                ("from", level(m, r.likelihood).into()),
                ("to", level(m, r.residual_likelihood).into()),
            ],
        )
    } else {
        m.fmt(
            "residual-likelihood-kept",
            &[("level", level(m, r.residual_likelihood).into())],
        )
    });
    out.push(if r.residual_impact < r.impact {
        let names: Vec<String> = r
            .limits
            .iter()
            .map(|c| measure_name(m, st, &c.by))
            .collect();
        m.fmt(
            "residual-impact-lowered",
            &[
                ("from", level(m, r.impact).into()),
                ("to", level(m, r.residual_impact).into()),
                ("measures", and_list(m, &names).into()),
                ("count", names.len().into()),
            ],
        )
    } else {
        m.fmt(
            "residual-impact-kept",
            &[("level", level(m, r.residual_impact).into())],
        )
    });
    for c in r.unaddressed() {
        out.push(m.fmt(
            "residual-not-addressed",
            &[("cause", cause(m, &r.id, c.id).into())],
        ));
        if !c.would.is_empty() {
            let would: Vec<String> = c.would.iter().map(|x| controller_measure(m, x)).collect();
            out.push(m.fmt(
                "residual-would",
                &[("measures", and_list(m, &would).into())],
            ));
        }
    }
    out.extend(r.holds.iter().map(|h| hold(m, *h)));
    out.push(m.get("residual-indicative"));
    out.join(" ")
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

/// A statement measure's summary (the statement's data) in this language.
pub fn statement_measure(m: &Messages, st: &Statement, id: &str) -> String {
    st.measure(id)
        .map_or_else(|| id.to_string(), |x| x.summary.get(m.lang()).to_string())
}
