//! The screening's findings in words: flags, open questions, sub-processors, the verdict's reasons
//! and the criteria not hit.

use super::*;
use crate::messages::{Arg, Messages};
use dpia_rules::{
    BasisScope, Criterion, Flag, FlagKind, OpenQuestion, Screening, SubProcessorReason, Trigger,
};
use dpia_statement::{Condition, Statement, SubProcessor};

pub(crate) fn flag_id(kind: &FlagKind) -> &'static str {
    match kind {
        FlagKind::BsnWithoutBasis => "bsn_without_basis",
        FlagKind::SpecialCategoryWithoutException { .. } => "special_category_without_exception",
        FlagKind::CriminalWithoutBasis => "criminal_without_basis",
        FlagKind::StatementNotDesignedForSpecialData => "statement_not_designed_for_special_data",
        FlagKind::TransferDevelopmentOutsideEea => "transfer_development_outside_eea",
        FlagKind::TransferMapVisuals => "transfer_map_visuals",
        FlagKind::MapVendorsRecipients => "map_vendors_recipients",
        FlagKind::OptionSubProcessors { .. } => "option_sub_processors",
        FlagKind::RetentionBeyondSource => "retention_beyond_source",
        FlagKind::Nen7510 => "nen7510",
        FlagKind::AiActAnnexIii { .. } => "ai_act_annex_iii",
        FlagKind::CertificateExpiresBeforeReview { .. } => "certificate_expires_before_review",
        FlagKind::StatementVersionMismatch => "statement_version_mismatch",
        FlagKind::BasisDoesNotCoverUse { .. } => "basis_does_not_cover_use",
        FlagKind::BasisDoesNotCoverGroup { .. } => "basis_does_not_cover_group",
        FlagKind::BsnPurpose => "bsn_purpose",
        FlagKind::AutomatedDecisions { .. } => "automated_decisions",
        FlagKind::HealthSecrecy => "health_secrecy",
        FlagKind::WorksCouncil { .. } => "works_council",
        FlagKind::AiActAnnexI => "ai_act_annex_i",
        FlagKind::Fria { .. } => "fria",
        FlagKind::HighRiskAiNotInStatement { .. } => "high_risk_ai_not_in_statement",
        FlagKind::ClientIsProcessor => "client_is_processor",
        FlagKind::Iama => "iama",
        FlagKind::ThirdCountryUnknown { .. } => "third_country_unknown",
        FlagKind::ViewsOfDataSubjects => "views_of_data_subjects",
    }
}

pub(crate) fn names<'a>(subs: impl Iterator<Item = &'a SubProcessor>) -> Vec<String> {
    subs.map(|s| s.name.clone()).collect()
}

/// The sub-processors that take part only when this option is chosen.
pub(crate) fn option_parties<'a>(
    st: &'a Statement,
    o: &'a str,
) -> impl Iterator<Item = &'a SubProcessor> {
    st.sub_processors.list.iter().filter(move |s| {
        s.condition
            == Condition::Option {
                option: o.to_string(),
            }
    })
}

/// The sub-processors whose development work takes data outside the EU/EEA.
pub(crate) fn development_parties(st: &Statement) -> impl Iterator<Item = &SubProcessor> {
    st.outside_eea()
        .filter(|s| s.condition == Condition::DevelopmentWork)
}

pub(crate) fn basis_scope_id(b: BasisScope) -> &'static str {
    match b {
        BasisScope::SickLeave => "sick_leave",
        BasisScope::BiometricSecurity => "biometric_security",
        BasisScope::EmployeeConsent => "employee_consent",
        BasisScope::WabvpzOutsideCare => "wabvpz_outside_care",
    }
}

pub(crate) fn flag_args(m: &Messages, st: &Statement, f: &Flag) -> Vec<(&'static str, Arg)> {
    match &f.kind {
        FlagKind::SpecialCategoryWithoutException { category: c } => {
            vec![("category", category_in_sentence(m, *c).into())]
        }
        FlagKind::BasisDoesNotCoverUse { category: c, basis } => vec![
            ("category", category_in_sentence(m, *c).into()),
            ("basis", basis_scope_id(*basis).into()),
        ],
        FlagKind::ClientIsProcessor => vec![("processor", st.processor.name.as_str().into())],
        FlagKind::ThirdCountryUnknown { sub_processor } => vec![(
            "party",
            st.sub_processor(sub_processor)
                .map_or_else(|| sub_processor.clone(), |s| s.name.clone())
                .into(),
        )],
        FlagKind::RetentionBeyondSource => {
            let chosen: Vec<String> = f
                .triggers
                .iter()
                .filter_map(|t| match t {
                    Trigger::Option { option: o } => Some(format!("\"{}\"", option(m, st, o))),
                    _ => None,
                })
                .collect();
            vec![
                ("options", and_list(m, &chosen).into()),
                ("count", chosen.len().into()),
            ]
        }
        FlagKind::AiActAnnexIii { area } => vec![
            ("area", ai_area(m, *area).into()),
            (
                "from",
                m.date(dpia_rules::findings::annex_iii_from()).into(),
            ),
        ],
        FlagKind::AiActAnnexI => {
            vec![("from", m.date(dpia_rules::findings::annex_i_from()).into())]
        }
        FlagKind::Fria { public } => vec![
            ("public", if *public { "yes" } else { "no" }.into()),
            (
                "from",
                m.date(dpia_rules::findings::annex_iii_from()).into(),
            ),
        ],
        FlagKind::HighRiskAiNotInStatement { service: x } => vec![
            ("service", service(m, st, x).into()),
            ("processor", st.processor.name.as_str().into()),
        ],
        FlagKind::BasisDoesNotCoverGroup {
            category: c,
            group,
            uavg,
        } => vec![
            ("category", category_in_sentence(m, *c).into()),
            ("group", subject(m, *group).into()),
            ("exception", uavg_exception(m, *uavg).into()),
        ],
        FlagKind::AutomatedDecisions { public } => {
            vec![("public", if *public { "yes" } else { "no" }.into())]
        }
        FlagKind::WorksCouncil { monitoring } => {
            vec![("monitoring", if *monitoring { "yes" } else { "no" }.into())]
        }
        FlagKind::HealthSecrecy => vec![("processor", st.processor.name.as_str().into())],
        FlagKind::CertificateExpiresBeforeReview {
            certificate,
            valid_until,
        } => {
            let name = st
                .certifications
                .list
                .iter()
                .find(|c| &c.id == certificate)
                .map_or_else(|| certificate.clone(), |c| c.standard.clone());
            vec![
                ("certificate", name.into()),
                ("date", m.date(*valid_until).into()),
            ]
        }
        FlagKind::OptionSubProcessors { option: o } => vec![
            ("option", option(m, st, o).into()),
            ("parties", and_list(m, &names(option_parties(st, o))).into()),
            ("count", option_parties(st, o).count().into()),
        ],
        FlagKind::TransferDevelopmentOutsideEea => vec![
            (
                "parties",
                and_list(m, &names(development_parties(st))).into(),
            ),
            ("count", development_parties(st).count().into()),
            (
                "instrument",
                st.locations
                    .safeguard
                    .as_ref()
                    .map_or_else(
                        || m.get("flag-no-safeguard"),
                        |s| s.legal_instrument.clone(),
                    )
                    .into(),
            ),
        ],
        FlagKind::TransferMapVisuals | FlagKind::MapVendorsRecipients => {
            vec![("vendors", and_list(m, &vendors_of(st, &f.triggers)).into())]
        }
        FlagKind::Nen7510 => match st.certificate_for(dpia_statement::Norm::Nen7510) {
            Some(c) => vec![("certificate", certificate(m, c).into())],
            None => vec![("certificate", m.get("flag-nen7510-no-certificate").into())],
        },
        _ => Vec::new(),
    }
}

pub fn flag_title(m: &Messages, st: &Statement, f: &Flag) -> String {
    m.fmt(&format!("flag-{}", flag_id(&f.kind)), &flag_args(m, st, f))
}

pub fn flag_detail(m: &Messages, st: &Statement, f: &Flag) -> String {
    m.fmt(
        &format!("flag-{}-detail", flag_id(&f.kind)),
        &flag_args(m, st, f),
    )
}

pub fn open_question(m: &Messages, st: &Statement, q: &OpenQuestion) -> String {
    let with = |id: &str, x: &str| m.fmt(id, &[("service", service(m, st, x).into())]);
    match q {
        OpenQuestion::OrganisationName => m.get("question-organisation_name"),
        OpenQuestion::Sector => m.get("question-sector"),
        OpenQuestion::AssessmentDate => m.get("question-assessment_date"),
        OpenQuestion::Purposes => m.get("question-purposes"),
        OpenQuestion::ServiceUsed { service: x } => with("question-service_used", x),
        OpenQuestion::Subjects { service: x } => with("question-subjects", x),
        OpenQuestion::Estimate { service: x } => with("question-estimate", x),
        OpenQuestion::Option { option: o } => st.option(o).map_or_else(
            || m.fmt("question-option", &[("option", o.as_str().into())]),
            |x| x.question.get(m.lang()).to_string(),
        ),
        OpenQuestion::Characteristics => m.get("question-characteristics"),
        OpenQuestion::AiActArea => m.get("question-ai_act_area"),
        OpenQuestion::Data { service: x } => with("question-data", x),
        OpenQuestion::ClientRole => m.get("question-client_role"),
        OpenQuestion::MapShowsPeople => m.get("question-map_shows_people"),
        OpenQuestion::AiProduct => m.get("question-ai_product"),
        OpenQuestion::SickLeave => m.get("question-sick_leave"),
        OpenQuestion::GroupException { category: c, group } => m.fmt(
            "question-group_exception",
            &[
                ("category", category_in_sentence(m, *c).into()),
                ("group", subject(m, *group).into()),
            ],
        ),
    }
}

pub fn sub_processor_reason(m: &Messages, st: &Statement, r: &SubProcessorReason) -> String {
    match r {
        SubProcessorReason::Platform => m.get("subprocessor-reason-platform"),
        SubProcessorReason::DevelopmentWork => m.get("subprocessor-reason-development_work"),
        SubProcessorReason::Option { option: o } => m.fmt(
            "subprocessor-reason-option",
            &[("option", option(m, st, o).into())],
        ),
        SubProcessorReason::Service { service: s } => m.fmt(
            "subprocessor-reason-service",
            &[("service", service(m, st, s).into())],
        ),
    }
}

/// The criteria evaluated and not hit, per framework: "GDPR Art. 35(3): (a), (c); …".
pub fn not_hit(m: &Messages, s: &Screening) -> String {
    dpia_rules::Framework::ALL
        .iter()
        .map(|f| {
            let numbers: Vec<String> = s
                .not_hit
                .iter()
                .filter(|c| c.framework == *f)
                .map(|c| criterion_number(*c))
                .collect();
            let list = if numbers.is_empty() {
                m.get("cli-none")
            } else {
                numbers.join(", ")
            };
            format!("{}: {list}", m.get(&format!("framework-{}", f.id())))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The verdict's reasoning, one sentence per line, most decisive first.
pub fn reasons(m: &Messages, s: &Screening) -> Vec<String> {
    let r = &s.reasoning;
    let mut out = Vec::new();
    if s.for_controllers && s.verdict >= dpia_rules::Verdict::Recommended {
        out.push(m.get("reason-for-controllers"));
    }
    if r.no_personal_data {
        out.push(m.get("reason-no-personal-data"));
    }
    if r.art35_hits > 0 {
        out.push(m.fmt("reason-art35", &[("count", r.art35_hits.into())]));
    }
    if r.dpa_hits > 0 {
        out.push(m.fmt("reason-dpa", &[("count", r.dpa_hits.into())]));
    }
    match r.wp248_hits {
        0 => {}
        1 => out.push(m.get("reason-wp248-one")),
        n => out.push(m.fmt("reason-wp248-many", &[("count", n.into())])),
    }
    if out.is_empty() {
        out.push(m.fmt(
            "reason-none",
            &[("evaluated", Criterion::all().count().into())],
        ));
    }
    if s.provisional {
        out.push(m.fmt(
            "verdict-provisional",
            &[("count", s.open_questions.len().into())],
        ));
    }
    out
}

/// The verdict as shown, ending in a period: "DPIA required." or "Not known yet: …".
pub fn verdict_shown(m: &Messages, s: &Screening) -> String {
    let text = match s.verdict_state() {
        dpia_rules::VerdictState::Unknown => m.get("verdict-unknown-short"),
        _ => verdict_text(m, s),
    };
    format!("{text}.")
}

/// The verdict in words, as the app's panel shows it: not known yet until the services and their
/// data are answered; for a client that processes for its own clients, whose duty it is.
pub fn verdict_text(m: &Messages, s: &Screening) -> String {
    if !s.verdict_known {
        return m.get("verdict-unknown");
    }
    let v = verdict(m, s.verdict);
    if s.for_controllers && s.verdict >= dpia_rules::Verdict::Recommended {
        m.fmt("verdict-for-controllers", &[("verdict", v.into())])
    } else {
        v
    }
}

/// The reasons beside the verdict; while it is not known, what is still to be answered.
pub fn verdict_reasons(m: &Messages, st: &Statement, s: &Screening) -> Vec<String> {
    if s.verdict_state() != dpia_rules::VerdictState::Unknown {
        return reasons(m, s);
    }
    let missing: Vec<String> = s
        .open_questions
        .iter()
        .filter(|q| {
            matches!(
                q,
                OpenQuestion::ServiceUsed { .. } | OpenQuestion::Data { .. }
            )
        })
        .map(|q| open_question(m, st, q))
        .collect();
    let mut out = vec![m.get("verdict-unknown-why")];
    if !missing.is_empty() {
        out.push(m.fmt(
            "verdict-unknown-missing",
            &[("missing", missing.join(" ").into())],
        ));
    }
    if !s.hits.is_empty() {
        out.push(m.get("verdict-unknown-hits"));
    }
    out
}

/// The large-scale rule in words.
pub fn large_scale_rule(m: &Messages) -> String {
    m.fmt(
        "reason-large-scale",
        &[(
            "threshold",
            m.number(dpia_rules::screening::LARGE_SCALE_THRESHOLD)
                .into(),
        )],
    )
}
