//! Flags beside the verdict, the sub-processors and map vendors that apply to this client, and the
//! open questions an incomplete assessment leaves.

use crate::dates::Dates;
use crate::triggers::{self, Trigger};
use dpia_assessment::{AiActArea, Assessment, DataCategory, MapVisualId, ServiceId, Tenant};
use dpia_statement::{Condition, Statement, StatementRef};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
    /// The DATEV connector brings in two more sub-processors.
    DatevSubProcessors,
    /// Time travel or snapshot keep data that the source has deleted.
    RetentionBeyondSource,
    /// Health data: NEN 7510 applies; the processor is certified.
    Nen7510,
    /// The ML service is used in an EU AI Act Annex III area.
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

/// Why a sub-processor applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubProcessorReason {
    /// All services run on its platform.
    Platform,
    /// Temporary development or maintenance work on the services used.
    DevelopmentWork,
    /// The DATEV connector.
    DatevConnector,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppliedSubProcessor {
    /// The statement's id (`microsoft`, `n_ix`, `riecken`, `ovh`).
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
    pub visual: MapVisualId,
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
    ServiceUsed { service: ServiceId },
    Subjects { service: ServiceId },
    Estimate { service: ServiceId },
    TimeTravel,
    Snapshot,
    MapVisuals,
    ReportPublication,
    DatevConnector,
    Characteristics,
    AiActArea,
    Purposes,
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

pub fn flags(statement: &Statement, a: &Assessment, dates: &Dates) -> Vec<Flag> {
    use StatementRef::{Clause, Item};
    let mut out = Vec::new();
    let item11 = Item(statement.intended_use.item);

    let bsn = triggers::categories(a, |c| c == DataCategory::Bsn);
    if !bsn.is_empty() && a.follow_ups.bsn_basis.trim().is_empty() {
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
            .is_none_or(|s| s.trim().is_empty());
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
    if !criminal.is_empty() && a.follow_ups.criminal_basis.trim().is_empty() {
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
    let special_data = triggers::sensitive_categories(a);
    if !special_data.is_empty() && !statement.intended_use.special_data_possible {
        out.push(flag(
            FlagKind::StatementNotDesignedForSpecialData,
            Severity::Blocking,
            special_data,
            &[item11, Clause(3, 2)],
        ));
    }

    let developed = triggers::developed_services(a);
    let works_outside_eea = statement.sub_processors.list.iter().any(|s| {
        s.condition == Condition::DevelopmentWork && s.location != dpia_statement::Location::EuEea
    });
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
    let visuals: Vec<Trigger> = a
        .map_visuals()
        .into_iter()
        .map(|visual| Trigger::MapVisual { visual })
        .collect();
    let has_reports = a.uses(ServiceId::Reports);
    if !visuals.is_empty() && has_reports {
        let mut t = visuals.clone();
        if let Some(tenant) = a.options.report_publication {
            t.push(Trigger::ReportPublication { tenant });
        }
        out.push(flag(
            FlagKind::TransferMapVisuals,
            Severity::Warning,
            visuals.clone(),
            &[Item(statement.map_visuals.item)],
        ));
        out.push(flag(
            FlagKind::MapVendorsRecipients,
            Severity::Warning,
            t,
            &[Item(statement.map_visuals.item)],
        ));
    }
    if a.options.datev_connector == Some(true) {
        out.push(flag(
            FlagKind::DatevSubProcessors,
            Severity::Info,
            vec![Trigger::DatevConnector],
            &[Item(statement.sub_processors.item)],
        ));
    }
    let mut retention = Vec::new();
    if a.options.time_travel == Some(true) {
        retention.push(Trigger::TimeTravel);
    }
    if a.options.snapshot == Some(true) {
        retention.push(Trigger::Snapshot);
    }
    if !retention.is_empty() {
        out.push(flag(
            FlagKind::RetentionBeyondSource,
            Severity::Warning,
            retention,
            &[
                Item(statement.privacy_by_design.item),
                Item(statement.deletion.item),
            ],
        ));
    }
    let health = triggers::categories(a, |c| {
        matches!(c, DataCategory::Health | DataCategory::PatientNumbers)
    });
    if !health.is_empty() {
        out.push(flag(
            FlagKind::Nen7510,
            Severity::Info,
            health,
            &[Item(statement.certifications.item)],
        ));
    }
    if let Some(area) = a.ai_act_area.filter(|area| *area != AiActArea::None) {
        if a.uses(ServiceId::MlAi) {
            out.push(flag(
                FlagKind::AiActAnnexIii { area },
                Severity::Warning,
                vec![
                    Trigger::AiActArea { area },
                    Trigger::Service {
                        service: ServiceId::MlAi,
                    },
                ],
                &[Item(
                    statement
                        .services
                        .list
                        .iter()
                        .find(|s| s.id == "ml_ai")
                        .map_or(9, |s| s.item),
                )],
            ));
        }
    }
    for cert in &statement.certifications.list {
        if cert.valid_until < dates.review {
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

/// The sub-processors of the statement that apply to this client, each with its reason.
pub fn sub_processors(statement: &Statement, a: &Assessment) -> Vec<AppliedSubProcessor> {
    let personal = triggers::personal_data_services(a);
    let developed = triggers::developed_services(a);
    statement
        .sub_processors
        .list
        .iter()
        .filter_map(|sub| {
            let (reason, triggers) = match sub.condition {
                Condition::Always => (SubProcessorReason::Platform, personal.clone()),
                Condition::DevelopmentWork => {
                    (SubProcessorReason::DevelopmentWork, developed.clone())
                }
                Condition::DatevConnector => (
                    SubProcessorReason::DatevConnector,
                    if a.options.datev_connector == Some(true) {
                        vec![Trigger::DatevConnector]
                    } else {
                        Vec::new()
                    },
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
    if !a.uses(ServiceId::Reports) {
        return Vec::new();
    }
    let role = match a.options.report_publication {
        Some(Tenant::Processor) => VendorRole::ProcessorSubProcessor,
        Some(Tenant::Client) => VendorRole::ClientsOwn,
        None => VendorRole::Undetermined,
    };
    a.map_visuals()
        .into_iter()
        .map(|visual| MapRecipient {
            visual,
            vendors: statement
                .map_visual(visual.id())
                .map(|v| v.vendors.clone())
                .unwrap_or_default(),
            role,
        })
        .collect()
}

/// What the client still has to answer.
pub fn open_questions(a: &Assessment) -> Vec<OpenQuestion> {
    let mut q = Vec::new();
    if a.organisation.name.trim().is_empty() {
        q.push(OpenQuestion::OrganisationName);
    }
    if a.organisation.sector.is_none() {
        q.push(OpenQuestion::Sector);
    }
    if a.assessment_date.is_none() {
        q.push(OpenQuestion::AssessmentDate);
    }
    if a.purposes.iter().all(|p| p.trim().is_empty()) {
        q.push(OpenQuestion::Purposes);
    }
    for service in ServiceId::ALL {
        match a.services.get(service) {
            Some(u) if u.used == Some(true) => {
                if !u.categories.is_empty() {
                    if u.subjects.is_empty() {
                        q.push(OpenQuestion::Subjects { service: *service });
                    }
                    if u.data_subjects_estimate.is_none() {
                        q.push(OpenQuestion::Estimate { service: *service });
                    }
                }
            }
            Some(u) if u.used == Some(false) => {}
            _ => q.push(OpenQuestion::ServiceUsed { service: *service }),
        }
    }
    let warehouse = a.uses(ServiceId::Connectors) || a.uses(ServiceId::Datawarehouse);
    if warehouse && a.options.time_travel.is_none() {
        q.push(OpenQuestion::TimeTravel);
    }
    if warehouse && a.options.snapshot.is_none() {
        q.push(OpenQuestion::Snapshot);
    }
    if a.uses(ServiceId::Connectors) && a.options.datev_connector.is_none() {
        q.push(OpenQuestion::DatevConnector);
    }
    if a.uses(ServiceId::Reports) {
        if a.options.map_visuals.is_none() {
            q.push(OpenQuestion::MapVisuals);
        }
        if a.options.report_publication.is_none() {
            q.push(OpenQuestion::ReportPublication);
        }
    }
    if a.characteristics.is_none() {
        q.push(OpenQuestion::Characteristics);
    }
    if a.uses(ServiceId::MlAi) && a.ai_act_area.is_none() {
        q.push(OpenQuestion::AiActArea);
    }
    q
}
