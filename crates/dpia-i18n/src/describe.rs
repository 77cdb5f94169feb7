//! The wording of domain values and findings in one language, for the CLI, documents and the UI.
//!
//! Generic words (law, categories, criteria) come from Fluent; processor knowledge (service and
//! option names, sub-processors, vendors, questions about options) comes from the statement and
//! is passed into Fluent messages as arguments.

use crate::messages::{Arg, Messages};
use dpia_assessment::{
    ActionStatus, AiActArea, Art9Ground, BsnStatute, Characteristic, Classification, ClientRole,
    DataCategory, DocStatus, Environment, Expected, FileError, Found, LawfulBasis, Reason,
    RiskStatus, Sector, SubjectGroup, Syntax, UavgCriminal, UavgException,
};
use dpia_rules::{
    BasisScope, Criterion, Flag, FlagKind, Level, OpenQuestion, Risk, Screening, Severity,
    SubProcessorReason, Trigger, VendorRole,
};
use dpia_statement::{
    Condition, Location, OptionKind, Statement, StatementError, StatementRef, SubProcessor,
};

/// A service's name as the statement gives it (its id if the statement has no such service).
pub fn service(m: &Messages, st: &Statement, id: &str) -> String {
    st.service_name(id, m.lang())
}
pub fn category(m: &Messages, c: DataCategory) -> String {
    m.get(&format!("category-{}", c.id()))
}
pub fn category_help(m: &Messages, c: DataCategory) -> String {
    m.get(&format!("category-{}-help", c.id()))
}
pub fn classification(m: &Messages, c: Classification) -> String {
    let id = match c {
        Classification::Ordinary => "ordinary",
        Classification::Sensitive => "sensitive",
        Classification::Special => "special",
        Classification::Criminal => "criminal",
        Classification::NationalId => "national_id",
    };
    m.get(&format!("classification-{id}"))
}
pub fn subject(m: &Messages, g: SubjectGroup) -> String {
    m.get(&format!("subject-{}", g.id()))
}
pub fn sector(m: &Messages, s: Sector) -> String {
    m.get(&format!("sector-{}", s.id()))
}
pub fn client_role(m: &Messages, r: ClientRole) -> String {
    m.get(&format!("client-role-{}", r.id()))
}
pub fn lawful_basis(m: &Messages, b: LawfulBasis) -> String {
    m.get(&format!("lawful-basis-{}", b.id()))
}
pub fn art9_ground(m: &Messages, g: Art9Ground) -> String {
    m.get(&format!("art9-ground-{}", g.id()))
}
pub fn uavg_exception(m: &Messages, e: UavgException) -> String {
    m.get(&format!("uavg-exception-{}", e.id()))
}
pub fn bsn_statute(m: &Messages, s: BsnStatute) -> String {
    m.get(&format!("bsn-statute-{}", s.id()))
}
pub fn uavg_criminal(m: &Messages, c: UavgCriminal) -> String {
    m.get(&format!("uavg-criminal-{}", c.id()))
}
pub fn risk_status(m: &Messages, s: RiskStatus) -> String {
    m.get(&format!("risk-status-{}", s.id()))
}
pub fn action_status(m: &Messages, s: ActionStatus) -> String {
    m.get(&format!("action-status-{}", s.id()))
}
pub fn doc_status(m: &Messages, s: DocStatus) -> String {
    m.get(&format!("doc-status-{}", s.id()))
}
pub fn characteristic(m: &Messages, c: Characteristic) -> String {
    m.get(&format!("characteristic-{}", c.id()))
}
pub fn characteristic_help(m: &Messages, c: Characteristic) -> String {
    m.get(&format!("characteristic-{}-help", c.id()))
}
pub fn ai_area(m: &Messages, a: AiActArea) -> String {
    m.get(&format!("ai-area-{}", a.id()))
}
pub fn level(m: &Messages, l: Level) -> String {
    m.get(&format!("level-{}", l.id()))
}
pub fn severity(m: &Messages, s: Severity) -> String {
    m.get(match s {
        Severity::Blocking => "severity-blocking",
        Severity::Warning => "severity-warning",
        Severity::Info => "severity-info",
    })
}
pub fn location(m: &Messages, l: Location) -> String {
    m.get(match l {
        Location::EuEea => "location-eu_eea",
        Location::OutsideEuEeaTemporary => "location-outside_eu_eea_temporary",
        Location::OutsideEuEea => "location-outside_eu_eea",
    })
}

/// An option's short name as the statement gives it (its id if the statement lacks it).
pub fn option(m: &Messages, st: &Statement, id: &str) -> String {
    st.option(id)
        .map_or_else(|| id.to_string(), |o| o.name.get(m.lang()).to_string())
}

/// How the statement calls an environment of an environment option.
pub fn environment(m: &Messages, st: &Statement, option: &str, e: Environment) -> String {
    st.option(option)
        .and_then(|o| o.environments.as_ref())
        .map_or_else(
            || e.id().to_string(),
            |envs| {
                match e {
                    Environment::Processor => &envs.processor,
                    Environment::Client => &envs.client,
                }
                .get(m.lang())
                .to_string()
            },
        )
}

/// An option's answer in words: yes / no, the environment's name, the map visuals' names, or
/// "not answered".
pub fn option_answer(
    m: &Messages,
    st: &Statement,
    id: &str,
    value: Option<&dpia_assessment::OptionValue>,
) -> String {
    use dpia_assessment::OptionValue;
    match value {
        None => m.get("doc-unanswered"),
        Some(OptionValue::YesNo(true)) => m.get("doc-yes"),
        Some(OptionValue::YesNo(false)) => m.get("doc-no"),
        Some(OptionValue::Choice(c)) => {
            Environment::parse(c).map_or_else(|| c.clone(), |e| environment(m, st, id, e))
        }
        Some(OptionValue::Choices(set)) if set.is_empty() => m.get("doc-no"),
        Some(OptionValue::Choices(set)) => set
            .iter()
            .map(|v| map_visual(st, v))
            .collect::<Vec<_>>()
            .join(", "),
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

pub fn vendor_role(m: &Messages, r: VendorRole) -> String {
    m.get(match r {
        VendorRole::ProcessorSubProcessor => "vendor-role-processor_sub_processor",
        VendorRole::ClientsOwn => "vendor-role-clients_own",
        VendorRole::Undetermined => "vendor-role-undetermined",
    })
}

/// The name the statement gives a map visual ("Power BI map and filled map visuals").
pub fn map_visual(st: &Statement, id: &str) -> String {
    st.map_visual(id)
        .map_or_else(|| id.to_string(), |x| x.name.clone())
}

pub fn criterion(m: &Messages, c: Criterion) -> String {
    m.get(&format!("criterion-{}", c.key()))
}

pub fn verdict(m: &Messages, v: dpia_rules::Verdict) -> String {
    m.get(&format!("verdict-{}", v.id()))
}

/// "statement item 15" / "standard clause 7.2".
pub fn source(m: &Messages, r: StatementRef) -> String {
    match r {
        StatementRef::Item(item) => m.fmt("source-item", &[("item", item.into())]),
        StatementRef::Clause(article, sub) => m.fmt(
            "source-clause",
            &[("number", format!("{article}.{sub}").into())],
        ),
    }
}

/// The sources joined: "statement item 12, statement item 17".
pub fn sources(m: &Messages, refs: &[StatementRef]) -> String {
    refs.iter()
        .map(|r| source(m, *r))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A choice within an option: a map visual's name, or an environment's.
fn option_choice(m: &Messages, st: &Statement, o: &str, choice: &str) -> String {
    match st.option(o).map(|x| x.kind) {
        Some(OptionKind::MapVisuals) => m.fmt(
            "trigger-map-visual",
            &[("visual", map_visual(st, choice).into())],
        ),
        Some(OptionKind::Environment) => m.fmt(
            "trigger-environment",
            &[
                ("option", option(m, st, o).into()),
                (
                    "environment",
                    Environment::parse(choice)
                        .map_or_else(|| choice.to_string(), |e| environment(m, st, o, e))
                        .into(),
                ),
            ],
        ),
        _ => m.fmt(
            "trigger-option-choice",
            &[
                ("option", option(m, st, o).into()),
                ("choice", choice.into()),
            ],
        ),
    }
}

pub fn trigger(m: &Messages, st: &Statement, t: &Trigger) -> String {
    let s = |x: &str| Arg::from(service(m, st, x));
    match t {
        Trigger::Service { service: x } => m.fmt("trigger-service", &[("service", s(x))]),
        Trigger::Category {
            service: x,
            category: c,
        } => m.fmt(
            "trigger-category",
            &[("service", s(x)), ("category", category(m, *c).into())],
        ),
        Trigger::Subjects { service: x, group } => m.fmt(
            "trigger-subjects",
            &[("service", s(x)), ("group", subject(m, *group).into())],
        ),
        Trigger::Estimate { service: x, count } => m.fmt(
            "trigger-estimate",
            &[("service", s(x)), ("count", m.number(*count).into())],
        ),
        Trigger::Sector { sector: x } => {
            m.fmt("trigger-sector", &[("sector", sector(m, *x).into())])
        }
        Trigger::Characteristic { characteristic: c } => m.fmt(
            "trigger-characteristic",
            &[("characteristic", characteristic(m, *c).into())],
        ),
        Trigger::AiActArea { area } => {
            m.fmt("trigger-ai-area", &[("area", ai_area(m, *area).into())])
        }
        Trigger::Option { option: o } => {
            m.fmt("trigger-option", &[("option", option(m, st, o).into())])
        }
        Trigger::OptionChoice { option: o, choice } => option_choice(m, st, o, choice),
        Trigger::MissingFollowUp { field } => m.fmt(
            "trigger-missing-follow-up",
            &[("field", follow_up_field(m, field).into())],
        ),
        Trigger::StatementVersion {
            assessment,
            statement,
        } => m.fmt(
            "trigger-statement-version",
            &[
                ("assessment", assessment.into()),
                ("statement", statement.into()),
            ],
        ),
        Trigger::ReviewDate { date } => {
            m.fmt("trigger-review-date", &[("date", m.date(*date).into())])
        }
        Trigger::ClientRole => m.get("trigger-client-role"),
        Trigger::MapShowsPeople => m.get("trigger-map-shows-people"),
    }
}

fn follow_up_field(m: &Messages, path: &str) -> String {
    match path {
        "follow_ups.bsn_basis" => m.get("field-bsn_basis"),
        "follow_ups.criminal_basis" => m.get("field-criminal_basis"),
        "controller.views.sought" => m.get("field-views-sought"),
        other => match other
            .strip_prefix("follow_ups.special_category_exceptions.")
            .and_then(|id| id.parse::<DataCategory>().ok())
        {
            Some(c) => m.fmt(
                "field-special-exception",
                &[("category", category(m, c).into())],
            ),
            None => other.to_string(),
        },
    }
}

/// The names of services in statement order, joined; "all services" when they are all of them.
pub fn service_list(m: &Messages, st: &Statement, ids: &[&str]) -> String {
    service_list_in(m, st, &[], ids)
}

/// As [`service_list`], and "all services used" when `ids` are all of the `used` ones (more
/// than one).
pub fn service_list_in(m: &Messages, st: &Statement, used: &[&str], ids: &[&str]) -> String {
    service_list_with(m, st, used, ids, false)
}

/// How a document names a service once the legend has introduced the letters: "a, b, e".
fn service_list_with(
    m: &Messages,
    st: &Statement,
    used: &[&str],
    ids: &[&str],
    letters: bool,
) -> String {
    let ordered = in_statement_order(st, ids);
    if ordered.len() > 1
        && ordered.len() == st.services.list.len()
        && ordered.iter().all(|id| st.service(id).is_some())
    {
        return m.get("trigger-all-services");
    }
    if ordered.len() > 1 && ordered == in_statement_order(st, used) {
        return m.get("trigger-all-used-services");
    }
    ordered
        .iter()
        .map(|id| match st.service(id) {
            Some(sv) if letters && !sv.letter.is_empty() => sv.letter.clone(),
            _ => service(m, st, id),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Services by their letters ("a, b, e"), or "all services used".
pub fn service_letters(m: &Messages, st: &Statement, used: &[&str], ids: &[&str]) -> String {
    service_list_with(m, st, used, ids, true)
}

/// The legend of the service letters a document uses: "a Template- en maatwerkrapportages;
/// b KPI Connectoren".
pub fn service_legend(m: &Messages, st: &Statement, ids: &[&str]) -> String {
    in_statement_order(st, ids)
        .iter()
        .filter_map(|id| st.service(id))
        .map(|sv| format!("{} {}", sv.letter, sv.name.get(m.lang())))
        .collect::<Vec<_>>()
        .join("; ")
}

fn in_statement_order<'a>(st: &Statement, ids: &[&'a str]) -> Vec<&'a str> {
    let mut ordered: Vec<&str> = ids.to_vec();
    let rank = |id: &str| st.services.list.iter().position(|s| s.id == id);
    ordered.sort_by_key(|id| (rank(id), id.to_string()));
    ordered.dedup();
    ordered
}

/// All triggers of a finding, joined with "; ". Service-bound triggers that say the same thing
/// are grouped, and groups over the same services share one list of them: "health data, BSN
/// (Reports, KPI Connectors)".
pub fn triggers(m: &Messages, st: &Statement, ts: &[Trigger]) -> String {
    triggers_in(m, st, &[], ts)
}

/// As [`triggers`], naming the services "all services used" where they are all of `used`.
pub fn triggers_in(m: &Messages, st: &Statement, used: &[&str], ts: &[Trigger]) -> String {
    triggers_with(m, st, used, ts, false)
}

/// As [`triggers_in`], naming services by their letters (after a [`service_legend`]).
pub fn triggers_lettered(m: &Messages, st: &Statement, used: &[&str], ts: &[Trigger]) -> String {
    triggers_with(m, st, used, ts, true)
}

fn triggers_with(
    m: &Messages,
    st: &Statement,
    used: &[&str],
    ts: &[Trigger],
    letters: bool,
) -> String {
    let used_here: Vec<&str> = ts
        .iter()
        .filter_map(|t| match t {
            Trigger::Service { service: x } => Some(x.as_str()),
            _ => None,
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    if !used_here.is_empty() {
        out.push(m.fmt(
            "trigger-services",
            &[
                ("count", used_here.len().into()),
                (
                    "services",
                    service_list_with(m, st, used, &used_here, letters).into(),
                ),
            ],
        ));
    }
    // (what, services) in first-seen order.
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for t in ts.iter().filter(|t| !matches!(t, Trigger::Service { .. })) {
        let (what, in_service) = match t {
            Trigger::Category {
                service: x,
                category: c,
            } => (category_in_sentence(m, *c), Some(x.as_str())),
            Trigger::Subjects { service: x, group } => (
                m.fmt(
                    "trigger-what-subjects",
                    &[("group", subject(m, *group).into())],
                ),
                Some(x.as_str()),
            ),
            Trigger::Estimate { service: x, count } => (
                m.fmt(
                    "trigger-what-estimate",
                    &[("count", m.number(*count).into())],
                ),
                Some(x.as_str()),
            ),
            other => (trigger(m, st, other), None),
        };
        let services = match groups.iter_mut().find(|(w, _)| *w == what) {
            Some((_, services)) => services,
            None => {
                groups.push((what, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        if let Some(x) = in_service {
            services.push(x);
        }
    }
    // Groups over the same services, merged: each list of services is named once.
    let mut merged: Vec<(Vec<String>, Vec<&str>)> = Vec::new();
    for (what, services) in groups {
        let key = in_statement_order(st, &services);
        match merged
            .iter_mut()
            .find(|(_, s)| !key.is_empty() && *s == key)
        {
            Some((whats, _)) => whats.push(what),
            None => merged.push((vec![what], key)),
        }
    }
    for (whats, services) in merged {
        let what = whats.join(", ");
        out.push(if services.is_empty() {
            what
        } else {
            m.fmt(
                "trigger-grouped",
                &[
                    ("what", what.into()),
                    (
                        "services",
                        service_list_with(m, st, used, &services, letters).into(),
                    ),
                ],
            )
        });
    }
    out.join("; ")
}

fn flag_id(kind: &FlagKind) -> &'static str {
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
        FlagKind::BsnInAnalysis => "bsn_in_analysis",
        FlagKind::AutomatedDecisions => "automated_decisions",
        FlagKind::ClientIsProcessor => "client_is_processor",
        FlagKind::Iama => "iama",
        FlagKind::ThirdCountryUnknown { .. } => "third_country_unknown",
        FlagKind::ViewsOfDataSubjects => "views_of_data_subjects",
    }
}

/// Names joined as a list: "A, B and C" / "A, B en C".
pub fn and_list(m: &Messages, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => m.fmt(
            "list-and",
            &[("first", rest.join(", ").into()), ("last", last.into())],
        ),
    }
}

/// The text with its first letter in upper case, for a name that starts a line or sentence.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn names<'a>(subs: impl Iterator<Item = &'a SubProcessor>) -> Vec<String> {
    subs.map(|s| s.name.clone()).collect()
}

/// The sub-processors that take part only when this option is chosen.
fn option_parties<'a>(st: &'a Statement, o: &'a str) -> impl Iterator<Item = &'a SubProcessor> {
    st.sub_processors.list.iter().filter(move |s| {
        s.condition
            == Condition::Option {
                option: o.to_string(),
            }
    })
}

/// The sub-processors whose development work takes data outside the EU/EEA.
fn development_parties(st: &Statement) -> impl Iterator<Item = &SubProcessor> {
    st.outside_eea()
        .filter(|s| s.condition == Condition::DevelopmentWork)
}

/// The vendors of the map visuals among these triggers, once each.
fn vendors_of(st: &Statement, ts: &[Trigger]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in ts {
        if let Trigger::OptionChoice { choice, .. } = t {
            for v in st
                .map_visual(choice)
                .map(|v| v.vendors.clone())
                .unwrap_or_default()
            {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

fn basis_scope_id(b: BasisScope) -> &'static str {
    match b {
        BasisScope::SickLeave => "sick_leave",
        BasisScope::BiometricSecurity => "biometric_security",
        BasisScope::EmployeeConsent => "employee_consent",
        BasisScope::WabvpzOutsideCare => "wabvpz_outside_care",
    }
}

/// A category's name inside a sentence: "gezondheidsgegevens", but "BSN" and "IP-adressen" keep
/// their capitals (names whose first two letters are capitals are abbreviations).
pub fn category_in_sentence(m: &Messages, c: DataCategory) -> String {
    lower_first(&category(m, c))
}

/// The text with its first letter in lower case, unless it starts with an abbreviation.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => a
            .to_lowercase()
            .chain(std::iter::once(b))
            .chain(chars)
            .collect(),
        _ => s.to_string(),
    }
}

fn flag_args(m: &Messages, st: &Statement, f: &Flag) -> Vec<(&'static str, Arg)> {
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
        FlagKind::AiActAnnexIii { area } => vec![("area", ai_area(m, *area).into())],
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
    }
}

/// A statement entry in one language: its source marker, title and paragraphs (a certificate's
/// validity worded as a date in this language).
pub fn entry(m: &Messages, e: &dpia_statement::Entry) -> (String, String, Vec<String>) {
    let lang = m.lang();
    let mut paragraphs: Vec<String> = e.text.get(lang).lines().map(String::from).collect();
    if let Some(d) = e.valid_until {
        paragraphs.push(m.fmt("cli-valid-until", &[("date", m.date(d).into())]));
    }
    (
        source(m, e.source),
        e.title
            .as_ref()
            .map(|t| t.get(lang).to_string())
            .unwrap_or_default(),
        paragraphs,
    )
}

/// "Certificate NEN 7510-1:2017+A1:2020 (DGTM7172128), valid until 19 May 2028".
pub fn certificate(m: &Messages, c: &dpia_statement::Certificate) -> String {
    m.fmt(
        "cli-certificate",
        &[
            ("standard", c.standard.as_str().into()),
            ("number", c.number.as_str().into()),
            ("date", m.date(c.valid_until).into()),
        ],
    )
}

/// A criterion's short label: "(a)" for GDPR Art. 35(3), the number for the lists.
pub fn criterion_number(c: Criterion) -> String {
    match c.framework {
        dpia_rules::Framework::GdprArt35_3 => {
            let letter = (b'a' + c.number.saturating_sub(1)) as char;
            format!("({letter})")
        }
        _ => c.number.to_string(),
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
fn risk_args(m: &Messages, st: &Statement, r: &Risk) -> Vec<(&'static str, Arg)> {
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

fn found(m: &Messages, f: &Found) -> String {
    match f {
        Found::Text(s) => m.fmt("found-text", &[("value", s.as_str().into())]),
        Found::Number(n) => m.fmt("found-number", &[("value", n.as_str().into())]),
        Found::YesNo(b) => m.get(if *b { "found-true" } else { "found-false" }),
        Found::Null => m.get("found-null"),
        Found::List => m.get("found-list"),
        Found::Object => m.get("found-object"),
        Found::Other(s) => s.clone(),
    }
}

fn ids(list: &[String]) -> String {
    list.iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn expected(m: &Messages, e: &Expected) -> String {
    match e {
        Expected::WholeNumber => m.get("expected-whole-number"),
        Expected::Number => m.get("expected-number"),
        Expected::Text => m.get("expected-text"),
        Expected::YesNo => m.get("expected-yes-no"),
        Expected::List => m.get("expected-list"),
        Expected::Object => m.get("expected-object"),
        Expected::Date => m.get("expected-date"),
        Expected::Environment => m.get("expected-environment"),
        Expected::Id(list) => m.fmt("expected-id", &[("ids", ids(list).into())]),
        Expected::Other(s) => s.clone(),
    }
}

/// Why a field is wrong, in the user's language.
pub fn reason(m: &Messages, r: &Reason) -> String {
    match r {
        Reason::UnknownId { found, allowed } if allowed.is_empty() => m.fmt(
            "reason-unknown-id-bare",
            &[("found", found.as_str().into())],
        ),
        Reason::UnknownId { found, allowed } => m.fmt(
            "reason-unknown-id",
            &[
                ("found", found.as_str().into()),
                ("allowed", ids(allowed).into()),
            ],
        ),
        Reason::UnknownField { found, allowed } => m.fmt(
            "reason-unknown-field",
            &[
                ("found", found.as_str().into()),
                ("allowed", ids(allowed).into()),
            ],
        ),
        Reason::MissingField { .. } => m.get("reason-missing-field"),
        Reason::DuplicateField { name } => {
            m.fmt("reason-duplicate-field", &[("name", name.as_str().into())])
        }
        Reason::WrongType {
            found: f,
            expected: e,
        }
        | Reason::WrongValue {
            found: f,
            expected: e,
        } => m.fmt(
            "reason-wrong-value",
            &[
                ("found", found(m, f).into()),
                ("expected", expected(m, e).into()),
            ],
        ),
        Reason::NotADate { text } => m.fmt("reason-not-a-date", &[("value", text.as_str().into())]),
        Reason::Empty => m.get("reason-empty"),
        Reason::NotSpecialCategory => m.get("reason-not-special-category"),
        Reason::Unchangeable => m.get("reason-unchangeable"),
        Reason::BadId { id } => m.fmt("reason-bad-id", &[("id", id.as_str().into())]),
        Reason::DuplicateId { id } => m.fmt("reason-duplicate-id", &[("id", id.as_str().into())]),
        Reason::WrongOptionAnswer { expected: e } => m.fmt(
            "reason-wrong-option-answer",
            &[("expected", expected(m, e).into())],
        ),
        Reason::Other { text } => m.fmt("reason-other", &[("text", text.as_str().into())]),
    }
}

/// A JSON syntax problem in the user's language.
pub fn syntax(m: &Messages, s: &Syntax) -> String {
    let id = match s {
        Syntax::EndOfFile => "syntax-end-of-file",
        Syntax::ExpectedColon => "syntax-expected-colon",
        Syntax::ExpectedCommaOrEnd => "syntax-expected-comma",
        Syntax::ExpectedValue => "syntax-expected-value",
        Syntax::ExpectedQuote => "syntax-expected-quote",
        Syntax::InvalidEscape => "syntax-invalid-escape",
        Syntax::InvalidNumber => "syntax-invalid-number",
        Syntax::NumberOutOfRange => "syntax-number-out-of-range",
        Syntax::ControlCharacter => "syntax-control-character",
        Syntax::KeyMustBeText => "syntax-key-must-be-text",
        Syntax::TrailingComma => "syntax-trailing-comma",
        Syntax::TrailingCharacters => "syntax-trailing-characters",
        Syntax::TooDeep => "syntax-too-deep",
        Syntax::Other(text) => {
            return m.fmt("reason-other", &[("text", text.as_str().into())]);
        }
    };
    m.get(id)
}

/// An assessment-file error in the user's language.
pub fn file_error(m: &Messages, e: &FileError) -> String {
    let id = match e {
        FileError::NotAnObject { .. } => "error-file_not_object".to_string(),
        _ => format!("error-{}", e.code()),
    };
    let args: Vec<(&str, Arg)> = match e {
        FileError::Read { file, problem } | FileError::Write { file, problem } => {
            vec![
                ("file", file.into()),
                ("reason", crate::io_problem(m, problem).into()),
            ]
        }
        FileError::TooLarge { file, size, max } => vec![
            ("file", file.into()),
            ("size", m.number(*size).into()),
            ("max", m.number(*max).into()),
        ],
        FileError::Empty { file } | FileError::Exists { file } => vec![("file", file.into())],
        FileError::NotText { file, line } => {
            vec![("file", file.into()), ("line", line.to_string().into())]
        }
        FileError::Syntax {
            file,
            line,
            column,
            problem,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("reason", syntax(m, problem).into()),
        ],
        FileError::NotAnObject { file } => vec![("file", file.into())],
        FileError::NotAssessment { file, found } | FileError::Version { file, found } => vec![
            ("file", file.into()),
            (
                "found",
                found
                    .clone()
                    .unwrap_or_else(|| m.get("found-missing"))
                    .into(),
            ),
        ],
        FileError::Newer { file, found } => vec![
            ("file", file.into()),
            ("found", found.to_string().into()),
            ("max", dpia_assessment::CURRENT_VERSION.into()),
        ],
        FileError::Field {
            file,
            line,
            column,
            path,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("path", path.into()),
            ("reason", reason(m, r).into()),
        ],
        FileError::Invalid {
            file,
            path,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("path", path.into()),
            ("reason", reason(m, r).into()),
        ],
    };
    m.fmt(&id, &args)
}

/// A statement-file error in the user's language.
pub fn statement_error(m: &Messages, e: &StatementError) -> String {
    let id = format!("error-{}", e.code());
    let args: Vec<(&str, Arg)> = match e {
        StatementError::Read { file, reason } => {
            vec![("file", file.into()), ("reason", reason.into())]
        }
        StatementError::Invalid { file, reason } => vec![
            ("file", file.into()),
            (
                "reason",
                m.fmt("reason-other", &[("text", reason.into())]).into(),
            ),
        ],
        StatementError::Parse {
            file,
            line,
            column,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("reason", reason(m, &Reason::from_serde(r)).into()),
        ],
    };
    m.fmt(&id, &args)
}
