//! Domain values in words: categories, subjects, sectors, legal grounds, levels, statuses, the
//! statement's services, options, map visuals and sources, verdicts and criteria.

use crate::messages::Messages;
use dpia_assessment::{
    ActionStatus, AiActArea, Art9Ground, BsnStatute, Characteristic, Classification, ClientRole,
    DataCategory, DocStatus, Environment, LawfulBasis, RiskStatus, Sector, SubjectGroup,
    UavgCriminal, UavgException,
};
use dpia_rules::{Criterion, Level, Severity, VendorRole};
use dpia_statement::{Location, OptionKind, Statement, StatementRef};

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

/// A choice within an option: a map visual's name, or an environment's.
pub(crate) fn option_choice(m: &Messages, st: &Statement, o: &str, choice: &str) -> String {
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

/// A criterion's name without its description: "WP248 criterion 4" (each criterion message is
/// "name: description"; a test keeps them so).
pub fn criterion_name(m: &Messages, c: Criterion) -> String {
    let full = criterion(m, c);
    match full.split_once(": ") {
        Some((name, _)) => name.to_string(),
        None => full,
    }
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

/// The sources joined, items and clauses each named once: "Data Pro Statement, items 12 and 17;
/// Standard Clauses, clause 7.1".
pub fn sources(m: &Messages, refs: &[StatementRef]) -> String {
    let mut items: Vec<u32> = Vec::new();
    let mut clauses: Vec<(u32, u32)> = Vec::new();
    for r in refs {
        match *r {
            StatementRef::Item(i) if !items.contains(&i) => items.push(i),
            StatementRef::Clause(a, b) if !clauses.contains(&(a, b)) => clauses.push((a, b)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match items.as_slice() {
        [] => {}
        [one] => out.push(source(m, StatementRef::Item(*one))),
        many => {
            let list: Vec<String> = many.iter().map(|i| i.to_string()).collect();
            out.push(m.fmt(
                "source-items",
                &[("items", super::text::and_list(m, &list).into())],
            ));
        }
    }
    match clauses.as_slice() {
        [] => {}
        [(a, b)] => out.push(source(m, StatementRef::Clause(*a, *b))),
        many => {
            let list: Vec<String> = many.iter().map(|(a, b)| format!("{a}.{b}")).collect();
            out.push(m.fmt(
                "source-clauses",
                &[("numbers", super::text::and_list(m, &list).into())],
            ));
        }
    }
    out.join("; ")
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
