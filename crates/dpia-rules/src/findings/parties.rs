//! The sub-processors and the map vendors that apply to this client, each with why.

use crate::triggers::{self, Trigger};
use dpia_assessment::{Assessment, Environment};
use dpia_statement::{Condition, Statement};
use serde::Serialize;

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
