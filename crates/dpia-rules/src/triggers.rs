//! Triggers: the answers that made a criterion, flag, sub-processor or risk apply.
//!
//! Every finding carries its triggers so that a DPO can trace it back to the questionnaire.

use dpia_assessment::{
    AiActArea, Assessment, Characteristic, Classification, DataCategory, MapVisualId, Sector,
    ServiceId, SubjectGroup, Tenant,
};
use serde::Serialize;
use std::collections::BTreeSet;

/// One answer that contributed to a finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Trigger {
    /// A used service.
    Service { service: ServiceId },
    /// A data category sent through a used service.
    Category {
        service: ServiceId,
        category: DataCategory,
    },
    /// A group of data subjects of a used service.
    Subjects {
        service: ServiceId,
        group: SubjectGroup,
    },
    /// The estimate of data subjects of a service, above the large-scale threshold.
    Estimate { service: ServiceId, count: u64 },
    /// The client's sector.
    Sector { sector: Sector },
    /// A processing characteristic.
    Characteristic { characteristic: Characteristic },
    /// The EU AI Act Annex III area the ML service is used in.
    AiActArea { area: AiActArea },
    /// Add-on "time travel" chosen.
    TimeTravel,
    /// Add-on "snapshot" chosen.
    Snapshot,
    /// A map visual chosen.
    MapVisual { visual: MapVisualId },
    /// The DATEV connector chosen.
    DatevConnector,
    /// Where reports are published.
    ReportPublication { tenant: Tenant },
    /// A follow-up answer that is missing (e.g. no statutory basis for the BSN).
    MissingFollowUp { field: String },
    /// The assessment names another statement version than the one loaded.
    StatementVersion {
        assessment: String,
        statement: String,
    },
    /// The review date, compared with a certificate's validity.
    ReviewDate { date: chrono::NaiveDate },
}

/// The triggers for categories matching `pred` in used services.
pub fn categories(a: &Assessment, pred: impl Fn(DataCategory) -> bool) -> Vec<Trigger> {
    a.used_services()
        .flat_map(|(service, u)| {
            u.categories
                .iter()
                .filter(|c| pred(**c))
                .map(move |c| Trigger::Category {
                    service,
                    category: *c,
                })
        })
        .collect()
}

/// The triggers for subject groups matching `pred` in used services.
pub fn subjects(a: &Assessment, pred: impl Fn(SubjectGroup) -> bool) -> Vec<Trigger> {
    a.used_services()
        .flat_map(|(service, u)| {
            u.subjects
                .iter()
                .filter(|g| pred(**g))
                .map(move |g| Trigger::Subjects { service, group: *g })
        })
        .collect()
}

/// The triggers for characteristics in `wanted` that the client ticked.
pub fn characteristics(a: &Assessment, wanted: &[Characteristic]) -> Vec<Trigger> {
    wanted
        .iter()
        .filter(|c| a.has_characteristic(**c))
        .map(|c| Trigger::Characteristic { characteristic: *c })
        .collect()
}

/// Used services that carry personal data (at least one category).
pub fn personal_data_services(a: &Assessment) -> Vec<Trigger> {
    services_with_data(a, |_| true)
}

/// Used services matching `pred` that carry personal data (at least one category).
fn services_with_data(a: &Assessment, pred: impl Fn(ServiceId) -> bool) -> Vec<Trigger> {
    a.used_services()
        .filter(|(s, u)| pred(*s) && !u.categories.is_empty())
        .map(|(service, _)| Trigger::Service { service })
        .collect()
}

/// Services whose development the processor's development sub-processor may support: every
/// service with personal data but training and advice.
pub fn developed_services(a: &Assessment) -> Vec<Trigger> {
    services_with_data(a, |s| s != ServiceId::Consultancy)
}

/// The ML & AI service, when it carries personal data.
pub fn ml_with_personal_data(a: &Assessment) -> Vec<Trigger> {
    services_with_data(a, |s| s == ServiceId::MlAi)
}

/// Special categories, criminal data and the BSN in used services.
pub fn sensitive_categories(a: &Assessment) -> Vec<Trigger> {
    categories(a, |c| {
        matches!(
            c.classification(),
            Classification::Special | Classification::Criminal | Classification::NationalId
        )
    })
}

/// Sorts and removes duplicates, so output is deterministic.
pub fn tidy(mut t: Vec<Trigger>) -> Vec<Trigger> {
    let set: BTreeSet<Trigger> = t.drain(..).collect();
    set.into_iter().collect()
}
