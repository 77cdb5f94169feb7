//! The statement's measures: when each applies to a client and which cause or consequence of
//! which risk it addresses.

use super::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One measure of the statement in a few words, where it stands, when it applies to a client, and
/// what it does against the risks of the catalogue: which causes it addresses (lowering the
/// likelihood of that cause) or which consequences for the people it limits. A measure that does
/// neither (a notification duty, a certificate) addresses nothing: it is listed, and changes no
/// residual risk.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    /// Where it stands: a section of part 1 (`section = "security"`), the description of a
    /// service (`service = "ml_ai"`) or a standard clause (`clause = "7.1"`); exactly one.
    #[serde(default)]
    pub section: Option<Section>,
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub clause: Option<String>,
    /// Our summary of what the statement commits to (not statement text).
    pub summary: Text,
    /// The words of the statement (Dutch, as printed) the summary rests on; they stand in the
    /// item, service description or clause above (checked by a test).
    pub quote: String,
    /// When it applies to a client; always when absent.
    #[serde(default)]
    pub applies: Applies,
    /// What it does against which risk, each with why (our words).
    #[serde(default)]
    pub addresses: Vec<Addressing>,
}

/// When a statement measure applies to a client, in data: `{ when = "always" }`,
/// `{ when = "service", service = "…" }` (a service is used), `{ when = "option", option = "…" }`
/// (a yes/no option is chosen), `{ when = "choice", option = "…", choice = "…" }` (an environment
/// or a map visual is chosen) or `{ when = "without_effect", effect = "…" }` (no chosen option has
/// this effect, e.g. mirroring deletions holds only without an option that keeps history).
/// An unanswered question makes a conditional measure not apply (it is not counted).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "when", rename_all = "snake_case", deny_unknown_fields)]
pub enum Applies {
    #[default]
    Always,
    Service {
        service: String,
    },
    Option {
        option: String,
    },
    Choice {
        option: String,
        choice: String,
    },
    WithoutEffect {
        effect: OptionEffect,
    },
}

/// What a measure does against one risk of the catalogue (`dpia_rules::risks`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Addressing {
    /// A risk id of the catalogue.
    pub risk: String,
    /// With `effect = "likelihood"`: the cause of that risk it addresses.
    #[serde(default)]
    pub cause: Option<String>,
    pub effect: Effect,
    /// With `effect = "consequences"`: how it limits them.
    #[serde(default)]
    pub kind: Option<ConsequenceKind>,
    /// Why it addresses this cause or limits these consequences, in one line (our words).
    pub why: Text,
}

/// What a measure does: make a cause less likely, or limit what happens to the people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Likelihood,
    Consequences,
}

/// How a measure limits the consequences for the people: the only kinds that lower a risk's
/// impact (a certificate or a notification duty does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsequenceKind {
    /// Less data, or fewer people's data, is processed or kept.
    Minimisation,
    /// Direct identifiers replaced, so the data points to no one without a key.
    Pseudonymisation,
    /// Only groups are shown, not individuals.
    Aggregation,
    /// The data is deleted when it is no longer needed.
    Deletion,
    /// A person checks a result before it affects someone.
    HumanIntervention,
}

/// The named sections of part 1, so data can point to one whatever its printed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Processor,
    Version,
    Changes,
    Services,
    DataFlow,
    Role,
    IntendedUse,
    PrivacyByDesign,
    StandardClausesUsed,
    Locations,
    MapVisuals,
    SubProcessors,
    Deletion,
    Security,
    Isms,
    Certifications,
    Breach,
}
