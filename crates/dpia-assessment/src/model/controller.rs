//! What the controller decides and records to finish the DPIA: its parts of the Model DPIA, the
//! decision per risk, own risks, the action plan, the DPO's advice and the sign-off.

use super::*;

/// The controller's parts of the Model DPIA Rijksdienst that the processor cannot know. Each is
/// optional; once filled, the starter prints it instead of a placeholder.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ControllerParts {
    /// Name and role of the author of the DPIA.
    #[serde(default)]
    pub author: String,
    /// Point 7: the interests of the controller, the data subjects and others.
    #[serde(default)]
    pub interests: String,
    /// Point 8: the transfer mechanism checked and the outcome of the transfer impact assessment.
    #[serde(default)]
    pub transfers: String,
    /// Point 9: sector rules and internal policies that apply.
    #[serde(default)]
    pub sector_rules: String,
    /// Point 10: retention of the data in reports and exports.
    #[serde(default)]
    pub retention: String,
    /// Point 10: retention of data kept beyond the source (history, snapshots).
    #[serde(default)]
    pub history_retention: String,
    /// Point 10: retention per data category.
    #[serde(default)]
    pub retention_per_category: BTreeMap<DataCategory, String>,
    /// Point 13: whether further use is compatible with the original purposes (Art. 6(4)).
    #[serde(default)]
    pub purpose_limitation: String,
    /// Point 14: necessity.
    #[serde(default)]
    pub necessity: String,
    /// Point 14: proportionality.
    #[serde(default)]
    pub proportionality: String,
    /// Point 14: subsidiarity.
    #[serde(default)]
    pub subsidiarity: String,
    /// Point 15: how requests of data subjects are handled, including in the data warehouse.
    #[serde(default)]
    pub rights: String,
    /// GDPR Art. 35(9): the views of data subjects or their representatives.
    #[serde(default)]
    pub views: Views,
}

/// Whether the views of data subjects or their representatives (works council, client council)
/// were sought (GDPR Art. 35(9)), how, and what they said.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Views {
    #[serde(default)]
    pub sought: Option<bool>,
    /// How (or, when not sought, why not).
    #[serde(default)]
    pub how: String,
    #[serde(default)]
    pub outcome: String,
}

id_enum! {
    /// Likelihood, impact and risk levels (Model DPIA Rijksdienst: three levels).
    Level {
        Low = "low",
        Medium = "medium",
        High = "high",
    }
}

impl Level {
    /// 1, 2, 3.
    pub fn score(self) -> u8 {
        match self {
            Level::Low => 1,
            Level::Medium => 2,
            Level::High => 3,
        }
    }

    /// One step up (high stays high).
    pub fn raised(self) -> Level {
        match self {
            Level::Low => Level::Medium,
            _ => Level::High,
        }
    }

    /// One step down (low stays low).
    pub fn lowered(self) -> Level {
        match self {
            Level::High => Level::Medium,
            _ => Level::Low,
        }
    }
}

id_enum! {
    /// What the controller decided about a computed risk.
    RiskStatus {
        /// The computed values are right.
        Confirmed = "confirmed",
        /// Other values, for the reason given.
        Adjusted = "adjusted",
        /// The risk does not apply here, for the reason given.
        NotApplicable = "not_applicable",
    }
}

/// The computed values of a risk at the moment the controller decided, so that a later change of
/// the answers that changes them is shown instead of silently overwriting the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub likelihood: Level,
    pub impact: Level,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
}

/// The controller's decision on one risk of the register.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct RiskDecision {
    #[serde(default)]
    pub status: Option<RiskStatus>,
    /// For `adjusted`: the values the controller sets (absent = keep the computed one).
    #[serde(default)]
    pub likelihood: Option<Level>,
    #[serde(default)]
    pub impact: Option<Level>,
    #[serde(default)]
    pub residual_likelihood: Option<Level>,
    #[serde(default)]
    pub residual_impact: Option<Level>,
    /// Required for `adjusted` and `not_applicable`.
    #[serde(default)]
    pub reason: String,
    /// The computed values when the decision was made.
    #[serde(default)]
    pub computed: Option<Levels>,
}

/// A risk the controller adds to the register.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct OwnRisk {
    /// A stable id (lower-case letters, digits and `_`), unique among the own risks.
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Where it comes from (which answers or circumstances).
    #[serde(default)]
    pub origin: String,
    #[serde(default)]
    pub likelihood: Option<Level>,
    #[serde(default)]
    pub impact: Option<Level>,
    /// The measures the controller takes against it.
    #[serde(default)]
    pub measures: String,
    #[serde(default)]
    pub residual_likelihood: Option<Level>,
    #[serde(default)]
    pub residual_impact: Option<Level>,
}

id_enum! {
    /// Where a measure of the action plan stands.
    ActionStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
    }
}

/// One measure of the action plan. A controller measure with a status is adopted: it counts for
/// the residual risk.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    #[serde(default)]
    pub status: Option<ActionStatus>,
    #[serde(default)]
    pub owner: String,
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

/// The advice of the data protection officer (GDPR Art. 35(2), 38(3)) and what the controller
/// does with it. The DPO's name is `organisation.dpo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct DpoAdvice {
    #[serde(default)]
    pub advice: String,
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub followed: Option<bool>,
    /// Required when the advice is not followed.
    #[serde(default)]
    pub not_followed_reason: String,
}

id_enum! {
    /// The document's status: a draft, or adopted (read-only until reopened).
    DocStatus {
        Concept = "concept",
        Definitive = "definitive",
    }
}

/// Adoption of the DPIA and the decision on prior consultation (GDPR Art. 36).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// Absent = concept.
    #[serde(default)]
    pub status: Option<DocStatus>,
    #[serde(default)]
    pub approved_by: String,
    #[serde(default)]
    pub role: String,
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// The controller's decision whether the Dutch DPA is consulted beforehand (GDPR Art. 36);
    /// the residual levels the app computes only indicate it.
    #[serde(default)]
    pub prior_consultation: Option<bool>,
    #[serde(default)]
    pub prior_consultation_reason: String,
    /// Points still open when the DPIA was adopted, each accepted by the controller with a reason
    /// (open point id → reason; `dpia_rules::adoption`). Kept when the DPIA is reopened.
    #[serde(default)]
    pub accepted_open: BTreeMap<String, String>,
}

impl SignOff {
    pub fn is_definitive(&self) -> bool {
        self.status == Some(DocStatus::Definitive)
    }
}
