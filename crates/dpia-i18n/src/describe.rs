//! The wording of domain values and findings in one language, for the CLI, documents and the UI.

use crate::messages::{Arg, Messages};
use dpia_assessment::{
    AiActArea, Characteristic, Classification, DataCategory, FileError, MapVisualId, Sector,
    ServiceId, SubjectGroup, Tenant,
};
use dpia_rules::findings::{SubProcessorReason, VendorRole};
use dpia_rules::{Criterion, Flag, FlagKind, Level, OpenQuestion, Screening, Severity, Trigger};
use dpia_statement::{Location, Statement, StatementError, StatementRef};

pub fn service(m: &Messages, s: ServiceId) -> String {
    m.get(&format!("service-{}", s.id()))
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
pub fn characteristic(m: &Messages, c: Characteristic) -> String {
    m.get(&format!("characteristic-{}", c.id()))
}
pub fn characteristic_help(m: &Messages, c: Characteristic) -> String {
    m.get(&format!("characteristic-{}-help", c.id()))
}
pub fn ai_area(m: &Messages, a: AiActArea) -> String {
    m.get(&format!("ai-area-{}", a.id()))
}
pub fn tenant(m: &Messages, t: Tenant) -> String {
    m.get(match t {
        Tenant::Processor => "tenant-processor",
        Tenant::Client => "tenant-client",
    })
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
pub fn sub_processor_reason(m: &Messages, r: SubProcessorReason) -> String {
    m.get(match r {
        SubProcessorReason::Platform => "subprocessor-reason-platform",
        SubProcessorReason::DevelopmentWork => "subprocessor-reason-development_work",
        SubProcessorReason::DatevConnector => "subprocessor-reason-datev_connector",
    })
}
pub fn vendor_role(m: &Messages, r: VendorRole) -> String {
    m.get(match r {
        VendorRole::ProcessorSubProcessor => "vendor-role-processor_sub_processor",
        VendorRole::ClientsOwn => "vendor-role-clients_own",
        VendorRole::Undetermined => "vendor-role-undetermined",
    })
}

/// The name the statement gives a map visual ("Power BI map and filled map visuals").
pub fn map_visual(statement: &Statement, v: MapVisualId) -> String {
    statement
        .map_visual(v.id())
        .map_or_else(|| v.id().to_string(), |x| x.name.clone())
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

pub fn trigger(m: &Messages, statement: &Statement, t: &Trigger) -> String {
    let s = |x: ServiceId| Arg::from(service(m, x));
    match t {
        Trigger::Service { service: x } => m.fmt("trigger-service", &[("service", s(*x))]),
        Trigger::Category {
            service: x,
            category: c,
        } => m.fmt(
            "trigger-category",
            &[("service", s(*x)), ("category", category(m, *c).into())],
        ),
        Trigger::Subjects { service: x, group } => m.fmt(
            "trigger-subjects",
            &[("service", s(*x)), ("group", subject(m, *group).into())],
        ),
        Trigger::Estimate { service: x, count } => m.fmt(
            "trigger-estimate",
            &[("service", s(*x)), ("count", m.number(*count).into())],
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
        Trigger::TimeTravel => m.get("trigger-time-travel"),
        Trigger::Snapshot => m.get("trigger-snapshot"),
        Trigger::MapVisual { visual } => m.fmt(
            "trigger-map-visual",
            &[("visual", map_visual(statement, *visual).into())],
        ),
        Trigger::DatevConnector => m.get("trigger-datev"),
        Trigger::ReportPublication { tenant: x } => m.fmt(
            "trigger-report-publication",
            &[("tenant", tenant(m, *x).into())],
        ),
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
    }
}

fn follow_up_field(m: &Messages, path: &str) -> String {
    match path {
        "follow_ups.bsn_basis" => m.get("field-bsn_basis"),
        "follow_ups.criminal_basis" => m.get("field-criminal_basis"),
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

/// All triggers of a finding, joined with "; ". Service-bound triggers that say the same thing
/// are grouped: "Health data (Reports, KPI Connectors)".
pub fn triggers(m: &Messages, statement: &Statement, ts: &[Trigger]) -> String {
    let used: Vec<String> = ts
        .iter()
        .filter_map(|t| match t {
            Trigger::Service { service: x } => Some(service(m, *x)),
            _ => None,
        })
        .collect();
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    if !used.is_empty() {
        groups.push((
            m.fmt(
                "trigger-services",
                &[
                    ("count", used.len().into()),
                    ("services", used.join(", ").into()),
                ],
            ),
            Vec::new(),
        ));
    }
    for t in ts.iter().filter(|t| !matches!(t, Trigger::Service { .. })) {
        let (what, in_service) = match t {
            Trigger::Category {
                service: x,
                category: c,
            } => (category(m, *c), Some(*x)),
            Trigger::Subjects { service: x, group } => (
                m.fmt(
                    "trigger-what-subjects",
                    &[("group", subject(m, *group).into())],
                ),
                Some(*x),
            ),
            Trigger::Estimate { service: x, count } => (
                m.fmt(
                    "trigger-what-estimate",
                    &[("count", m.number(*count).into())],
                ),
                Some(*x),
            ),
            other => (trigger(m, statement, other), None),
        };
        let services = match groups.iter_mut().find(|(w, _)| *w == what) {
            Some((_, services)) => services,
            None => {
                groups.push((what, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        if let Some(x) = in_service {
            services.push(service(m, x));
        }
    }
    groups
        .into_iter()
        .map(|(what, services)| {
            if services.is_empty() {
                what
            } else {
                m.fmt(
                    "trigger-grouped",
                    &[
                        ("what", what.into()),
                        ("services", services.join(", ").into()),
                    ],
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
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
        FlagKind::DatevSubProcessors => "datev_sub_processors",
        FlagKind::RetentionBeyondSource => "retention_beyond_source",
        FlagKind::Nen7510 => "nen7510",
        FlagKind::AiActAnnexIii { .. } => "ai_act_annex_iii",
        FlagKind::CertificateExpiresBeforeReview { .. } => "certificate_expires_before_review",
        FlagKind::StatementVersionMismatch => "statement_version_mismatch",
    }
}

fn flag_args(m: &Messages, statement: &Statement, kind: &FlagKind) -> Vec<(&'static str, Arg)> {
    match kind {
        FlagKind::SpecialCategoryWithoutException { category: c } => {
            vec![("category", category(m, *c).into())]
        }
        FlagKind::AiActAnnexIii { area } => vec![("area", ai_area(m, *area).into())],
        FlagKind::CertificateExpiresBeforeReview {
            certificate,
            valid_until,
        } => {
            let name = statement
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
        _ => Vec::new(),
    }
}

pub fn flag_title(m: &Messages, statement: &Statement, f: &Flag) -> String {
    m.fmt(
        &format!("flag-{}", flag_id(&f.kind)),
        &flag_args(m, statement, &f.kind),
    )
}

pub fn flag_detail(m: &Messages, statement: &Statement, f: &Flag) -> String {
    m.fmt(
        &format!("flag-{}-detail", flag_id(&f.kind)),
        &flag_args(m, statement, &f.kind),
    )
}

pub fn open_question(m: &Messages, q: &OpenQuestion) -> String {
    let with = |id: &str, x: &ServiceId| m.fmt(id, &[("service", service(m, *x).into())]);
    match q {
        OpenQuestion::OrganisationName => m.get("question-organisation_name"),
        OpenQuestion::Sector => m.get("question-sector"),
        OpenQuestion::AssessmentDate => m.get("question-assessment_date"),
        OpenQuestion::Purposes => m.get("question-purposes"),
        OpenQuestion::ServiceUsed { service: x } => with("question-service_used", x),
        OpenQuestion::Subjects { service: x } => with("question-subjects", x),
        OpenQuestion::Estimate { service: x } => with("question-estimate", x),
        OpenQuestion::TimeTravel => m.get("question-time_travel"),
        OpenQuestion::Snapshot => m.get("question-snapshot"),
        OpenQuestion::MapVisuals => m.get("question-map_visuals"),
        OpenQuestion::ReportPublication => m.get("question-report_publication"),
        OpenQuestion::DatevConnector => m.get("question-datev_connector"),
        OpenQuestion::Characteristics => m.get("question-characteristics"),
        OpenQuestion::AiActArea => m.get("question-ai_act_area"),
    }
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

/// The criteria evaluated and not hit, per framework: "GDPR Art. 35(3): 1, 3; …".
pub fn not_hit(m: &Messages, s: &Screening) -> String {
    dpia_rules::Framework::ALL
        .iter()
        .map(|f| {
            let numbers: Vec<String> = s
                .not_hit
                .iter()
                .filter(|c| c.framework == *f)
                .map(|c| c.number.to_string())
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

pub fn risk_title(m: &Messages, id: &str) -> String {
    m.get(&format!("risk-{id}-title"))
}
pub fn risk_description(m: &Messages, id: &str) -> String {
    m.get(&format!("risk-{id}-description"))
}
pub fn risk_controller(m: &Messages, id: &str) -> String {
    m.get(&format!("risk-{id}-controller"))
}

/// An assessment-file error in the user's language.
pub fn file_error(m: &Messages, e: &FileError) -> String {
    let id = format!("error-{}", e.code());
    let args: Vec<(&str, Arg)> = match e {
        FileError::Read { file, reason } | FileError::Write { file, reason } => {
            vec![("file", file.into()), ("reason", reason.into())]
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
            reason,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("reason", reason.into()),
        ],
        FileError::NotAssessment { file, found } | FileError::Version { file, found } => {
            vec![("file", file.into()), ("found", found.into())]
        }
        FileError::Field {
            file,
            line,
            column,
            path,
            reason,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("path", path.into()),
            ("reason", reason.into()),
        ],
        FileError::Invalid { file, path, reason } => vec![
            ("file", file.into()),
            ("path", path.into()),
            ("reason", reason.into()),
        ],
    };
    m.fmt(&id, &args)
}

/// A statement-file error in the user's language.
pub fn statement_error(m: &Messages, e: &StatementError) -> String {
    let id = format!("error-{}", e.code());
    let args: Vec<(&str, Arg)> = match e {
        StatementError::Read { file, reason } | StatementError::Invalid { file, reason } => {
            vec![("file", file.into()), ("reason", reason.into())]
        }
        StatementError::Parse {
            file,
            line,
            column,
            reason,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("reason", reason.into()),
        ],
    };
    m.fmt(&id, &args)
}
