//! Flags beside the verdict, the sub-processors and map vendors that apply to this client, and the
//! open questions an incomplete assessment leaves.

use crate::dates::Dates;
use crate::triggers::{self, Trigger};
use dpia_assessment::{
    AiActArea, Art9Ground, Assessment, BsnStatute, Characteristic as C, DataCategory, Environment,
    Sector, SubjectGroup, UavgException,
};
use dpia_statement::{
    ClauseTopic, Condition, Norm, OptionEffect, ServiceTrait, Statement, StatementRef,
};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The processing may not go ahead until this is resolved.
    Blocking,
    /// Needs an assessment or a decision by the controller.
    Warning,
    /// Worth knowing.
    Info,
}

/// What a flag is about. Serialised with a `kind` tag; extra data beside it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FlagKind {
    /// BSN sent without a statutory basis (UAVG art. 46).
    BsnWithoutBasis,
    /// A special category without an Art. 9(2) / UAVG exception.
    SpecialCategoryWithoutException { category: DataCategory },
    /// Criminal data without an Art. 10 / UAVG basis.
    CriminalWithoutBasis,
    /// The statement does not say it may process special, criminal or national-ID data
    /// (standard clause 3.2).
    StatementNotDesignedForSpecialData,
    /// Development work outside the EU/EEA under SCCs: a transfer impact assessment is needed.
    TransferDevelopmentOutsideEea,
    /// Map visuals send address and location queries outside the tenant's region.
    TransferMapVisuals,
    /// Map vendors receive address and location queries.
    MapVendorsRecipients,
    /// A yes/no option brings in more sub-processors (the statement's condition).
    OptionSubProcessors { option: String },
    /// Time travel or snapshot keep data that the source has deleted.
    RetentionBeyondSource,
    /// Health data at a care provider: NEN 7510 applies (the processor's certificate named).
    Nen7510,
    /// The legal ground named does not cover this use of the data (e.g. a sick-leave exception
    /// for a prediction model).
    BasisDoesNotCoverUse {
        category: DataCategory,
        basis: BasisScope,
    },
    /// The BSN flows into a machine-learning service: UAVG art. 46 allows it only to carry out
    /// the law that prescribes it.
    BsnInAnalysis,
    /// Decisions solely by automated processing: GDPR Art. 22 and UAVG art. 40 apply.
    AutomatedDecisions,
    /// The client processes for its own clients: they are the controllers.
    ClientIsProcessor,
    /// A government body uses algorithms or predictions about citizens: an IAMA is recommended.
    Iama,
    /// The statement names no third country for a party that processes outside the EU/EEA.
    ThirdCountryUnknown { sub_processor: String },
    /// A DPIA is required and it is not recorded whether the views of data subjects were sought.
    ViewsOfDataSubjects,
    /// A machine-learning service is used in an EU AI Act Annex III area.
    AiActAnnexIii { area: AiActArea },
    /// A certificate expires before the proposed review date (or has expired).
    CertificateExpiresBeforeReview {
        certificate: String,
        valid_until: chrono::NaiveDate,
    },
    /// The assessment is based on another version of the statement than the one used.
    StatementVersionMismatch,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    #[serde(flatten)]
    pub kind: FlagKind,
    pub severity: Severity,
    pub triggers: Vec<Trigger>,
    /// The statement items and clauses this flag rests on.
    pub sources: Vec<StatementRef>,
}

/// A legal ground with a limited scope that the rules can check against the use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisScope {
    /// UAVG art. 30 lid 1 onder b: sick leave and reintegration.
    SickLeave,
    /// UAVG art. 29: biometric data for authentication or security.
    BiometricSecurity,
    /// GDPR Art. 9(2)(a) consent, asked of employees.
    EmployeeConsent,
    /// The Wabvpz (care providers) relied on outside care.
    WabvpzOutsideCare,
}

/// Why a sub-processor applies (the statement's condition, met).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SubProcessorReason {
    /// It takes part in all processing (e.g. the platform everything runs on).
    Platform,
    /// Temporary development or maintenance work on the services used.
    DevelopmentWork,
    /// A yes/no option the client chose.
    Option { option: String },
    /// A service the client uses.
    Service { service: String },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppliedSubProcessor {
    /// The statement's id of the sub-processor.
    pub id: String,
    pub reason: SubProcessorReason,
    pub triggers: Vec<Trigger>,
}

/// Whose recipient a map vendor is (statement item 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VendorRole {
    /// Reports in the processor's tenant: the vendors are the processor's sub-processors.
    ProcessorSubProcessor,
    /// Reports in the client's tenant: the vendors are the client's own.
    ClientsOwn,
    /// Publication not answered yet.
    Undetermined,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapRecipient {
    /// The statement's id of the map visual.
    pub visual: String,
    pub vendors: Vec<String>,
    pub role: VendorRole,
}

/// A question the client has not answered yet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenQuestion {
    OrganisationName,
    Sector,
    AssessmentDate,
    ServiceUsed {
        service: String,
    },
    /// What personal data a used service carries.
    Data {
        service: String,
    },
    Subjects {
        service: String,
    },
    Estimate {
        service: String,
    },
    /// An option of the statement asked for a used service.
    Option {
        option: String,
    },
    Characteristics,
    AiActArea,
    Purposes,
    /// A purpose (numbered from 1, as the screens number it) without its GDPR Art. 6(1) basis.
    PurposeBasis {
        purpose: usize,
        description: String,
    },
    /// Is the client the controller, or a processor for its own clients?
    ClientRole,
    /// Do the map visuals show where individual people live or are?
    MapShowsPeople,
}

/// Whether to ask if the map shows individual people: addresses or location data meet a map
/// visual.
pub fn asks_map_shows_people(statement: &Statement, a: &Assessment) -> bool {
    let located = !triggers::categories(a, |c| {
        matches!(c, DataCategory::Addresses | DataCategory::Location)
    })
    .is_empty();
    located && !triggers::map_visuals(statement, a).is_empty()
}

fn flag(
    kind: FlagKind,
    severity: Severity,
    triggers: Vec<Trigger>,
    sources: &[StatementRef],
) -> Flag {
    Flag {
        kind,
        severity,
        triggers: triggers::tidy(triggers),
        sources: sources.to_vec(),
    }
}

pub fn flags(
    statement: &Statement,
    a: &Assessment,
    dates: &Dates,
    verdict: crate::Verdict,
) -> Vec<Flag> {
    use StatementRef::Item;
    let mut out = Vec::new();
    let item11 = Item(statement.intended_use.item);

    out.extend(legal_blockers(statement, a));
    let special_data = triggers::sensitive_categories(a);
    if !special_data.is_empty() && !statement.intended_use.special_data_possible {
        out.push(flag(
            FlagKind::StatementNotDesignedForSpecialData,
            Severity::Blocking,
            special_data,
            &[
                vec![item11],
                statement.clauses_about(ClauseTopic::SpecialDataDefault),
            ]
            .concat(),
        ));
    }

    let developed = triggers::developed_services(statement, a);
    let works_outside_eea = statement
        .outside_eea()
        .any(|s| s.condition == Condition::DevelopmentWork);
    if works_outside_eea && !developed.is_empty() {
        out.push(flag(
            FlagKind::TransferDevelopmentOutsideEea,
            Severity::Warning,
            developed,
            &[
                Item(statement.locations.item),
                Item(statement.sub_processors.item),
            ],
        ));
    }
    let visuals = triggers::map_visuals(statement, a);
    if let (false, Some(maps)) = (visuals.is_empty(), &statement.map_visuals) {
        let mut t = visuals.clone();
        if let Some((option, Some(dpia_assessment::OptionValue::Choice(c)))) =
            a.option_with(statement, OptionEffect::ReportEnvironment)
        {
            t.push(Trigger::OptionChoice {
                option: option.to_string(),
                choice: c.clone(),
            });
        }
        out.push(flag(
            FlagKind::TransferMapVisuals,
            Severity::Warning,
            visuals,
            &[Item(maps.item)],
        ));
        out.push(flag(
            FlagKind::MapVendorsRecipients,
            Severity::Warning,
            t,
            &[Item(maps.item)],
        ));
    }
    let personal = !triggers::personal_data_services(a).is_empty();
    for option in &statement.options {
        let brings_parties = statement.sub_processors.list.iter().any(|s| {
            s.condition
                == Condition::Option {
                    option: option.id.clone(),
                }
        });
        if brings_parties && a.chose(&option.id) && personal {
            out.push(flag(
                FlagKind::OptionSubProcessors {
                    option: option.id.clone(),
                },
                Severity::Info,
                vec![Trigger::Option {
                    option: option.id.clone(),
                }],
                &[Item(statement.sub_processors.item)],
            ));
        }
    }
    let retention: Vec<Trigger> = statement
        .options_with(OptionEffect::RetentionBeyondSource)
        .filter(|o| a.chose(&o.id))
        .map(|o| Trigger::Option {
            option: o.id.clone(),
        })
        .collect();
    if !retention.is_empty() && personal {
        let mut sources: Vec<StatementRef> = statement
            .options_with(OptionEffect::RetentionBeyondSource)
            .filter(|o| a.chose(&o.id))
            .map(|o| Item(o.item))
            .collect();
        sources.push(Item(statement.deletion.item));
        sources.sort();
        sources.dedup();
        out.push(flag(
            FlagKind::RetentionBeyondSource,
            Severity::Warning,
            retention,
            &sources,
        ));
    }
    let health = triggers::categories(a, |c| {
        matches!(c, DataCategory::Health | DataCategory::PatientNumbers)
    });
    let care = matches!(
        a.organisation.sector,
        Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
    );
    let care_with_health = !health.is_empty() && care;
    if care_with_health {
        let mut health = health;
        if let Some(sector) = a.organisation.sector {
            health.push(Trigger::Sector { sector });
        }
        out.push(flag(
            FlagKind::Nen7510,
            Severity::Info,
            health,
            &[Item(statement.certifications.item)],
        ));
    }
    if let Some(area) = a.ai_act_area.filter(|area| *area != AiActArea::None) {
        let ml = triggers::used_with_trait(statement, a, ServiceTrait::MachineLearning);
        if !ml.is_empty() {
            let sources: Vec<StatementRef> = ml
                .iter()
                .filter_map(|t| match t {
                    Trigger::Service { service } => statement.service(service),
                    _ => None,
                })
                .map(|s| Item(s.item))
                .collect();
            let mut t = ml;
            t.push(Trigger::AiActArea { area });
            out.push(flag(
                FlagKind::AiActAnnexIii { area },
                Severity::Warning,
                t,
                &sources,
            ));
        }
    }
    for cert in &statement.certifications.list {
        // NEN 7510 is an obligation of care providers: its expiry matters only to them.
        let relevant = cert.norm != Some(Norm::Nen7510) || care_with_health;
        if relevant && cert.valid_until < dates.review {
            out.push(flag(
                FlagKind::CertificateExpiresBeforeReview {
                    certificate: cert.id.clone(),
                    valid_until: cert.valid_until,
                },
                Severity::Warning,
                vec![Trigger::ReviewDate { date: dates.review }],
                &[Item(statement.certifications.item)],
            ));
        }
    }
    out.extend(
        basis_checks(statement, a)
            .into_iter()
            .filter(|f| f.severity != Severity::Blocking),
    );
    if a.has_characteristic(C::AutomatedDecisions) {
        out.push(flag(
            FlagKind::AutomatedDecisions,
            Severity::Warning,
            triggers::characteristics(a, &[C::AutomatedDecisions]),
            &[],
        ));
    }
    if a.client_is_processor() {
        out.push(flag(
            FlagKind::ClientIsProcessor,
            Severity::Info,
            vec![Trigger::ClientRole],
            &statement.clauses_about(ClauseTopic::ClientMayBeProcessor),
        ));
    }
    let government = matches!(
        a.organisation.sector,
        Some(Sector::Municipality | Sector::Government)
    );
    if government {
        let mut t = triggers::ml_with_personal_data(statement, a);
        t.extend(triggers::characteristics(
            a,
            &[
                C::PredictionsAboutPeople,
                C::AutomatedDecisions,
                C::SignificantDecisions,
            ],
        ));
        if !t.is_empty() {
            if let Some(sector) = a.organisation.sector {
                t.push(Trigger::Sector { sector });
            }
            out.push(flag(FlagKind::Iama, Severity::Warning, t, &[]));
        }
    }
    let developed = triggers::developed_services(statement, a);
    if !developed.is_empty() {
        for sub in statement
            .outside_eea()
            .filter(|s| s.condition == Condition::DevelopmentWork && s.country.is_none())
        {
            out.push(flag(
                FlagKind::ThirdCountryUnknown {
                    sub_processor: sub.id.clone(),
                },
                Severity::Warning,
                developed.clone(),
                &[Item(statement.sub_processors.item)],
            ));
        }
    }
    if verdict == crate::Verdict::Required && a.controller.views.sought.is_none() {
        out.push(flag(
            FlagKind::ViewsOfDataSubjects,
            Severity::Info,
            vec![Trigger::MissingFollowUp {
                field: "controller.views.sought".into(),
            }],
            &[],
        ));
    }
    if a.statement.version != statement.version.version {
        out.push(flag(
            FlagKind::StatementVersionMismatch,
            Severity::Warning,
            vec![Trigger::StatementVersion {
                assessment: a.statement.version.clone(),
                statement: statement.version.version.clone(),
            }],
            &[Item(statement.version.item)],
        ));
    }
    out.sort_by(|x, y| (x.severity, &x.kind).cmp(&(y.severity, &y.kind)));
    out
}

/// The findings that make the processing unlawful until they are resolved (all blocking): a
/// special category without an Art. 9(2) exception, an exception that does not cover the use, the
/// BSN without a statutory basis or outside the purpose of its statute, criminal data without a
/// basis. They become the risk "unlawful processing" and hold the residual of the risks they touch.
pub fn legal_blockers(statement: &Statement, a: &Assessment) -> Vec<Flag> {
    let mut out = Vec::new();
    let item11 = StatementRef::Item(statement.intended_use.item);
    let bsn = triggers::categories(a, |c| c == DataCategory::Bsn);
    if !bsn.is_empty() && !a.follow_ups.bsn_basis.given() {
        let mut t = bsn;
        t.push(Trigger::MissingFollowUp {
            field: "follow_ups.bsn_basis".into(),
        });
        out.push(flag(
            FlagKind::BsnWithoutBasis,
            Severity::Blocking,
            t,
            &[item11],
        ));
    }
    for category in a.categories().into_iter().filter(|c| c.is_special()) {
        let missing = a
            .follow_ups
            .special_category_exceptions
            .get(&category)
            .is_none_or(|s| !s.given());
        if missing {
            let mut t = triggers::categories(a, |c| c == category);
            t.push(Trigger::MissingFollowUp {
                field: format!("follow_ups.special_category_exceptions.{}", category.id()),
            });
            out.push(flag(
                FlagKind::SpecialCategoryWithoutException { category },
                Severity::Blocking,
                t,
                &[item11],
            ));
        }
    }
    let criminal = triggers::categories(a, |c| c == DataCategory::Criminal);
    if !criminal.is_empty() && !a.follow_ups.criminal_basis.given() {
        let mut t = criminal;
        t.push(Trigger::MissingFollowUp {
            field: "follow_ups.criminal_basis".into(),
        });
        out.push(flag(
            FlagKind::CriminalWithoutBasis,
            Severity::Blocking,
            t,
            &[item11],
        ));
    }
    out.extend(
        basis_checks(statement, a)
            .into_iter()
            .filter(|f| f.severity == Severity::Blocking),
    );
    out
}

/// Checks each legal ground named against how the data is used: an exception is valid only for
/// the purpose it names (e.g. UAVG art. 30 lid 1 onder b covers sick leave and reintegration, not
/// a prediction model). An exception or statute that does not cover the use is blocking (the
/// processing is unlawful until another ground is named); consent asked of employees, and the BSN
/// in an analysis, are warnings for the controller to judge.
fn basis_checks(statement: &Statement, a: &Assessment) -> Vec<Flag> {
    let mut out = Vec::new();
    let profiling = triggers::characteristics(
        a,
        &[
            C::PredictionsAboutPeople,
            C::AutomatedDecisions,
            C::SignificantDecisions,
            C::EmployeeMonitoring,
        ],
    );
    // Where the category reaches a machine-learning service.
    let in_model = |c: DataCategory| -> Vec<Trigger> {
        triggers::categories(a, |x| x == c)
            .into_iter()
            .filter(|t| match t {
                Trigger::Category { service, .. } => {
                    statement.service_has(service, dpia_statement::ServiceTrait::MachineLearning)
                }
                _ => false,
            })
            .collect()
    };
    let used = a.categories();
    for (category, basis) in &a.follow_ups.special_category_exceptions {
        if !used.contains(category) {
            continue;
        }
        let field = Trigger::MissingFollowUp {
            field: format!("follow_ups.special_category_exceptions.{}", category.id()),
        };
        let scope = match basis.uavg {
            Some(UavgException::Art30Lid1B) => Some(BasisScope::SickLeave),
            Some(UavgException::Art29) => Some(BasisScope::BiometricSecurity),
            _ => None,
        };
        if let Some(scope) = scope {
            let mut t = in_model(*category);
            t.extend(profiling.iter().cloned());
            if !t.is_empty() {
                t.push(field.clone());
                out.push(flag(
                    FlagKind::BasisDoesNotCoverUse {
                        category: *category,
                        basis: scope,
                    },
                    Severity::Blocking,
                    t,
                    &[],
                ));
            }
        }
        let employees = triggers::subjects(a, |g| g == SubjectGroup::Employees);
        if basis.ground == Some(Art9Ground::A) && !employees.is_empty() {
            let mut t = employees;
            t.push(field);
            out.push(flag(
                FlagKind::BasisDoesNotCoverUse {
                    category: *category,
                    basis: BasisScope::EmployeeConsent,
                },
                Severity::Warning,
                t,
                &[],
            ));
        }
    }
    if used.contains(&DataCategory::Bsn) {
        let care = matches!(
            a.organisation.sector,
            Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
        );
        if a.follow_ups.bsn_basis.statute == Some(BsnStatute::Wabvpz) && !care {
            let mut t = triggers::categories(a, |c| c == DataCategory::Bsn);
            if let Some(sector) = a.organisation.sector {
                t.push(Trigger::Sector { sector });
            }
            out.push(flag(
                FlagKind::BasisDoesNotCoverUse {
                    category: DataCategory::Bsn,
                    basis: BasisScope::WabvpzOutsideCare,
                },
                Severity::Blocking,
                t,
                &[],
            ));
        }
        let t = in_model(DataCategory::Bsn);
        if !t.is_empty() {
            out.push(flag(FlagKind::BsnInAnalysis, Severity::Warning, t, &[]));
        }
    }
    out
}

/// The sub-processors of the statement that apply to this client, each with its reason.
pub fn sub_processors(statement: &Statement, a: &Assessment) -> Vec<AppliedSubProcessor> {
    let personal = triggers::personal_data_services(a);
    let developed = triggers::developed_services(statement, a);
    statement
        .sub_processors
        .list
        .iter()
        .filter_map(|sub| {
            let (reason, triggers) = match &sub.condition {
                Condition::Always => (SubProcessorReason::Platform, personal.clone()),
                Condition::DevelopmentWork => {
                    (SubProcessorReason::DevelopmentWork, developed.clone())
                }
                Condition::Option { option } => (
                    SubProcessorReason::Option {
                        option: option.clone(),
                    },
                    if a.chose(option) && !personal.is_empty() {
                        vec![Trigger::Option {
                            option: option.clone(),
                        }]
                    } else {
                        Vec::new()
                    },
                ),
                Condition::Service { service } => (
                    SubProcessorReason::Service {
                        service: service.clone(),
                    },
                    triggers::services_with_data(a, |s| s == service),
                ),
            };
            (!triggers.is_empty()).then(|| AppliedSubProcessor {
                id: sub.id.clone(),
                reason,
                triggers,
            })
        })
        .collect()
}

/// The map vendors that receive queries, and whose recipients they are.
pub fn map_recipients(statement: &Statement, a: &Assessment) -> Vec<MapRecipient> {
    let role = match a.report_environment(statement) {
        Some(Environment::Processor) => VendorRole::ProcessorSubProcessor,
        Some(Environment::Client) => VendorRole::ClientsOwn,
        None => VendorRole::Undetermined,
    };
    triggers::map_visuals(statement, a)
        .into_iter()
        .filter_map(|t| match t {
            Trigger::OptionChoice { choice, .. } => Some(choice),
            _ => None,
        })
        .map(|visual| MapRecipient {
            vendors: statement
                .map_visual(&visual)
                .map(|v| v.vendors.clone())
                .unwrap_or_default(),
            visual,
            role,
        })
        .collect()
}

/// What the client still has to answer.
pub fn open_questions(statement: &Statement, a: &Assessment) -> Vec<OpenQuestion> {
    let mut q = Vec::new();
    if a.organisation.name.trim().is_empty() {
        q.push(OpenQuestion::OrganisationName);
    }
    if a.organisation.sector.is_none() {
        q.push(OpenQuestion::Sector);
    }
    if a.organisation.role.is_none() {
        q.push(OpenQuestion::ClientRole);
    }
    if a.assessment_date.is_none() {
        q.push(OpenQuestion::AssessmentDate);
    }
    if a.purposes.iter().all(|p| p.description.trim().is_empty()) {
        q.push(OpenQuestion::Purposes);
    }
    for (i, p) in a.purposes.iter().enumerate() {
        if !p.description.trim().is_empty() && p.legal_basis.is_none() {
            q.push(OpenQuestion::PurposeBasis {
                purpose: i + 1,
                description: p.description.trim().to_string(),
            });
        }
    }
    for service in &statement.services.list {
        let id = &service.id;
        match a.services.get(id) {
            Some(u) if u.used == Some(true) => {
                if !u.data_answered() {
                    q.push(OpenQuestion::Data {
                        service: id.clone(),
                    });
                } else if u.has_data() {
                    if u.subjects.is_empty() {
                        q.push(OpenQuestion::Subjects {
                            service: id.clone(),
                        });
                    }
                    if u.data_subjects_estimate.is_none() {
                        q.push(OpenQuestion::Estimate {
                            service: id.clone(),
                        });
                    }
                }
            }
            Some(u) if u.used == Some(false) => {}
            _ => q.push(OpenQuestion::ServiceUsed {
                service: id.clone(),
            }),
        }
    }
    for option in &statement.options {
        let asked = option.asked_for.iter().any(|s| a.uses(s));
        if asked && !a.options.contains_key(&option.id) {
            q.push(OpenQuestion::Option {
                option: option.id.clone(),
            });
        }
    }
    if asks_map_shows_people(statement, a) && a.map_shows_people.is_none() {
        q.push(OpenQuestion::MapShowsPeople);
    }
    if a.characteristics.is_none() {
        q.push(OpenQuestion::Characteristics);
    }
    let ml = triggers::used_with_trait(statement, a, ServiceTrait::MachineLearning);
    if !ml.is_empty() && a.ai_act_area.is_none() {
        q.push(OpenQuestion::AiActArea);
    }
    q
}
