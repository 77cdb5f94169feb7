//! Triggers: the answers that made a criterion, flag, sub-processor or risk apply.
//!
//! Every finding carries its triggers so that a DPO can trace it back to the questionnaire.
//! Services and options are named by the statement's ids; the rules only ask the statement
//! about their generic traits and effects.

use dpia_assessment::{
    AiActArea, Art9Ground, Assessment, Characteristic, Classification, DataCategory, Sector,
    SubjectGroup, UavgException,
};
use dpia_statement::{ServiceTrait, Statement};
use serde::Serialize;
use std::collections::BTreeSet;

/// One answer that contributed to a finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Trigger {
    /// A used service.
    Service { service: String },
    /// A data category sent through a used service.
    Category {
        service: String,
        category: DataCategory,
    },
    /// Sick-leave data of employees in a used service: health data, though the category was not
    /// ticked for it.
    SickLeave { service: String },
    /// A group of data subjects of a used service.
    Subjects {
        service: String,
        group: SubjectGroup,
    },
    /// The estimate of data subjects of a service, above the large-scale threshold.
    Estimate { service: String, count: u64 },
    /// The client's sector.
    Sector { sector: Sector },
    /// A processing characteristic.
    Characteristic { characteristic: Characteristic },
    /// The EU AI Act Annex III area a machine-learning service is used in.
    AiActArea { area: AiActArea },
    /// A yes/no option of the statement answered "yes".
    Option { option: String },
    /// A choice within an option: a map visual, or where reports are published.
    OptionChoice { option: String, choice: String },
    /// A follow-up answer that is missing (e.g. no statutory basis for the BSN).
    MissingFollowUp { field: String },
    /// The exception the client named for a special category (for one group of people, or for
    /// all): an answer given, whose scope the finding is about.
    ExceptionNamed {
        category: DataCategory,
        group: Option<SubjectGroup>,
        ground: Option<Art9Ground>,
        uavg: Option<UavgException>,
    },
    /// The model is (part of) a product under AI Act Annex I (the client's answer).
    AiProduct,
    /// The assessment names another statement version than the one loaded.
    StatementVersion {
        assessment: String,
        statement: String,
    },
    /// The review date, compared with a certificate's validity.
    ReviewDate { date: chrono::NaiveDate },
    /// The client processes for its own clients.
    ClientRole,
    /// The map visuals show addresses or positions of individual people.
    MapShowsPeople,
}

/// The triggers for categories matching `pred` in used services (sick-leave data of employees
/// counting as health data).
pub fn categories(a: &Assessment, pred: impl Fn(DataCategory) -> bool) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = a
        .used_services()
        .flat_map(|(service, u)| {
            u.cats()
                .iter()
                .filter(|c| pred(**c))
                .map(move |c| Trigger::Category {
                    service: service.to_string(),
                    category: *c,
                })
        })
        .collect();
    if pred(DataCategory::Health) {
        out.extend(
            a.used_services()
                .filter(|(_, u)| a.sick_leave_in(u))
                .map(|(service, _)| Trigger::SickLeave {
                    service: service.to_string(),
                }),
        );
    }
    out
}

/// The triggers for subject groups matching `pred` in used services.
pub fn subjects(a: &Assessment, pred: impl Fn(SubjectGroup) -> bool) -> Vec<Trigger> {
    a.used_services()
        .flat_map(|(service, u)| {
            u.subjects
                .iter()
                .filter(|g| pred(**g))
                .map(move |g| Trigger::Subjects {
                    service: service.to_string(),
                    group: *g,
                })
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
pub fn services_with_data(a: &Assessment, pred: impl Fn(&str) -> bool) -> Vec<Trigger> {
    a.used_services()
        .filter(|(s, u)| pred(s) && u.has_data())
        .map(|(service, _)| Trigger::Service {
            service: service.to_string(),
        })
        .collect()
}

/// Services with personal data that the processor's temporary development and maintenance work
/// (and the sub-processors doing it) may touch, as the statement says per service.
pub fn developed_services(st: &Statement, a: &Assessment) -> Vec<Trigger> {
    services_with_data(a, |s| st.service(s).is_some_and(|x| x.development_work))
}

/// Used services with a trait (whether or not they carry personal data).
pub fn used_with_trait(st: &Statement, a: &Assessment, t: ServiceTrait) -> Vec<Trigger> {
    a.used_services()
        .filter(|(s, _)| st.service_has(s, t))
        .map(|(service, _)| Trigger::Service {
            service: service.to_string(),
        })
        .collect()
}

/// Machine-learning services that carry personal data.
pub fn ml_with_personal_data(st: &Statement, a: &Assessment) -> Vec<Trigger> {
    services_with_data(a, |s| st.service_has(s, ServiceTrait::MachineLearning))
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

/// The map visuals chosen, as triggers (only where a reporting service is used).
pub fn map_visuals(st: &Statement, a: &Assessment) -> Vec<Trigger> {
    if used_with_trait(st, a, ServiceTrait::Reporting).is_empty() {
        return Vec::new();
    }
    let Some(option) = st.option_with(dpia_statement::OptionEffect::ExternalGeocoding) else {
        return Vec::new();
    };
    a.chosen(&option.id)
        .into_iter()
        .map(|choice| Trigger::OptionChoice {
            option: option.id.clone(),
            choice,
        })
        .collect()
}

/// Sorts and removes duplicates, so output is deterministic.
pub fn tidy(mut t: Vec<Trigger>) -> Vec<Trigger> {
    let set: BTreeSet<Trigger> = t.drain(..).collect();
    set.into_iter().collect()
}
