//! The statement's data model: every fact a DPIA needs from a processor, with its printed item.
//!
//! Processor knowledge lives only here (and in the TOML files under `statements/`): services,
//! options, sub-processors and the conditions under which they apply, map vendors, certificates,
//! periods, and which statement measures mitigate which risk. The rules know generic law and the
//! generic *traits* and *effects* below, never a processor's names or item numbers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A text in both languages. `nl` is quoted from the statement, `en` is its translation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A fact in our own words (not statement text), in both languages, with the passages of the
/// statement it rests on: documents cite exactly those items, and a test checks that each quote
/// stands in the item it names.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    pub nl: String,
    pub en: String,
    pub sources: Vec<Quote>,
}

impl Derived {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The items it rests on, in order, once each.
    pub fn refs(&self) -> Vec<StatementRef> {
        let mut out: Vec<StatementRef> = Vec::new();
        for q in &self.sources {
            let r = StatementRef::Item(q.item);
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }
}

/// A passage of the statement (Dutch, as printed) and the item it stands in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub item: u32,
    pub quote: String,
}

/// The two languages of the app. Passed in everywhere; never read from the environment in the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected nl or en)")),
        }
    }
}

/// A whole Data Pro Statement (part 1) plus the standard clauses (part 2) a DPIA relies on.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub format: String,
    pub schema_version: u32,
    pub processor: Processor,
    pub version: Version,
    #[serde(default)]
    pub changes: Option<Changes>,
    pub services: Services,
    /// Choices a client makes beside the services (add-ons, connectors, where reports live).
    #[serde(default)]
    pub options: Vec<ProcessorOption>,
    pub data_flow: DataFlow,
    pub role: Fact,
    pub intended_use: IntendedUse,
    pub privacy_by_design: PrivacyByDesign,
    pub standard_clauses_used: Fact,
    pub locations: Locations,
    #[serde(default)]
    pub map_visuals: Option<MapVisuals>,
    pub sub_processors: SubProcessors,
    pub deletion: Deletion,
    pub security: Security,
    #[serde(default)]
    pub isms: Option<Fact>,
    pub certifications: Certifications,
    pub breach: Breach,
    pub clauses: Clauses,
    /// The statement's measures in a few words each, with the risks they mitigate and how.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// The statement's own cross-references whose target is not what their words suggest
    /// (e.g. "artikel 3" meaning item 4): quoted text gets a note saying what they refer to.
    #[serde(default)]
    pub cross_refs: Vec<CrossRef>,
    /// The words its text uses for its services and sub-processors ("dienst B", "subverwerker b").
    #[serde(default)]
    pub reference_words: ReferenceWords,
}

/// A cross-reference in the statement's own text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CrossRef {
    /// The item whose text contains the reference.
    pub at: u32,
    /// The words of the reference, as the statement writes them (e.g. "artikel 3").
    pub text: Text,
    /// The item it refers to.
    pub item: u32,
}

/// One fact: the printed item number and its text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub item: u32,
    pub text: Text,
}

/// Item 1: who the processor is and whom to ask about privacy.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub item: u32,
    pub name: String,
    pub address: String,
    #[serde(default)]
    pub other_addresses: Vec<String>,
    pub chamber_of_commerce: String,
    pub privacy_contact: Contact,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub role: Text,
    pub email: String,
    pub phone: String,
}

/// Version and valid-from date, with any discrepancy in the printed text kept visible.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub item: u32,
    /// The version this text actually is (as recorded by us).
    pub version: String,
    /// The version number the text prints, if it differs from `version`.
    #[serde(default)]
    pub printed_version: Option<String>,
    #[serde(with = "toml_date")]
    pub valid_from: NaiveDate,
    pub url: String,
    pub text: Text,
    /// Our note on an inconsistency in the printed text (not statement text).
    #[serde(default)]
    pub discrepancy: Option<Text>,
}

/// What changed since the previous version.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Changes {
    pub item: u32,
    pub previous_version: String,
    pub text: Text,
}

/// The item that lists the services; each service has its own description item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Services {
    pub item: u32,
    pub list: Vec<Service>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable id shared with assessments (`services.<id>` in a `.dpia.json` file).
    pub id: String,
    /// The letter or number the statement lists it with (e.g. "a").
    pub letter: String,
    /// The item that describes this service.
    pub item: u32,
    pub name: Text,
    pub description: Text,
    /// What kind of processing the service is, in the generic terms the rules know.
    #[serde(default)]
    pub traits: Vec<ServiceTrait>,
    /// Whether the processor's temporary development and maintenance work (and the
    /// sub-processors that do it) may touch this service's data.
    #[serde(default)]
    pub development_work: bool,
    /// What happens to the client's data in this service, in a sentence (Model DPIA point 1); our
    /// summary, citing the passages it rests on. Without it the starter quotes `description`.
    #[serde(default)]
    pub summary: Option<Derived>,
    /// How the service works technically, in a few words (Model DPIA point 4); our summary.
    #[serde(default)]
    pub technique: Option<Derived>,
    /// The statement says the service offers no high-risk AI systems (AI Act): where it says so.
    /// A client's high-risk use of the service falls outside that promise.
    #[serde(default)]
    pub high_risk_ai_excluded: Option<Quote>,
}

/// Generic kinds of processing a service can be; the rules depend on these, never on ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceTrait {
    /// Publishes reports or dashboards that people read (sharing, small groups, map visuals).
    Reporting,
    /// Applies machine learning or AI to the data (new technology; AI Act).
    MachineLearning,
}

/// A choice the client makes that the statement describes: an add-on, a connector, where reports
/// are published, which map visuals are used.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProcessorOption {
    /// Stable id shared with assessments (`options.<id>`).
    pub id: String,
    /// The item that describes the option.
    pub item: u32,
    pub kind: OptionKind,
    /// The services for which the option is asked; asked when one of them is used.
    pub asked_for: Vec<String>,
    /// What choosing it means in the generic terms the rules know, if anything.
    #[serde(default)]
    pub effect: Option<OptionEffect>,
    /// Short name, e.g. "add-on “tijdreizen”".
    pub name: Text,
    /// The question the wizard asks.
    pub question: Text,
    /// What the statement says about it, for the wizard's help text.
    pub help: Text,
    /// For `kind = "environment"`: how the two environments are called.
    #[serde(default)]
    pub environments: Option<Environments>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    /// Yes or no (`true` / `false` in the assessment).
    YesNo,
    /// Which of the statement's map visuals are used (a list of visual ids; empty = none).
    MapVisuals,
    /// In whose environment something runs: `processor` or `client`.
    Environment,
}

/// What an option means in generic terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionEffect {
    /// Data the source has deleted is kept (history, snapshots): retention beyond the source.
    RetentionBeyondSource,
    /// Map visuals send address and location queries to third parties outside the region.
    ExternalGeocoding,
    /// Where reports are published; decides whose recipients the map vendors are.
    ReportEnvironment,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Environments {
    pub processor: Text,
    pub client: Text,
}

/// Where the data flows, with our summary of the steps.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DataFlow {
    pub item: u32,
    pub text: Text,
    /// The flow in steps, derived from the statement (our summary, not statement text), each
    /// with the items it rests on.
    #[serde(default)]
    pub steps: Vec<Derived>,
}

/// Intended use and the kinds of personal data the services are designed for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IntendedUse {
    pub item: u32,
    pub text: Text,
    #[serde(default)]
    pub health_data: Option<Text>,
    pub classification_by_controller: Text,
    /// Whether the statement says the services may process special categories, criminal data and
    /// government ID numbers (standard clause 3.2: not, unless the statement says so).
    pub special_data_possible: bool,
    pub data_kinds: Vec<Text>,
}

/// Privacy by design: the statement's own description of its measures.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PrivacyByDesign {
    pub item: u32,
    pub texts: Vec<Passage>,
}

/// A passage quoted from the statement, with an id other data can point to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub id: String,
    pub text: Text,
    /// The points of a DPIA this passage informs (documents quote it there).
    #[serde(default)]
    pub about: Vec<Topic>,
}

/// Points of the Model DPIA a statement passage can inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Processing operations (point 3).
    Processing,
    /// Techniques and methods (point 4).
    Techniques,
    /// Retention periods (point 10).
    Retention,
    /// Necessity and proportionality: data minimisation (point 14).
    Minimisation,
}

/// Where data is processed and how transfers are safeguarded.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Locations {
    pub item: u32,
    pub structural: Text,
    #[serde(default)]
    pub temporary: Option<Text>,
    #[serde(default)]
    pub safeguard: Option<Safeguard>,
    #[serde(default)]
    pub texts: Vec<Passage>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Safeguard {
    /// E.g. "Uitvoeringsbesluit (EU) 2021/914".
    pub legal_instrument: String,
    pub text: Text,
}

/// The map-visual exception.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MapVisuals {
    pub item: u32,
    pub text: Text,
    /// When reports are published in the client's environment, the vendors are the client's own.
    pub client_tenant_rule: Text,
    /// On what terms the vendors receive the queries, as the statement says (our summary).
    pub terms: Derived,
    pub visuals: Vec<MapVisual>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MapVisual {
    /// Stable id shared with assessments (the values of a `map_visuals` option).
    pub id: String,
    pub name: String,
    pub vendors: Vec<String>,
}

/// Sub-processors, each with the condition under which it takes part.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SubProcessors {
    pub item: u32,
    pub list: Vec<SubProcessor>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SubProcessor {
    pub id: String,
    /// The letter the statement lists it with (e.g. "b").
    pub letter: String,
    pub name: String,
    pub role: Text,
    pub location: Location,
    pub location_text: Text,
    /// The third country, where the statement names one.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub safeguard: Option<Text>,
    pub condition: Condition,
    pub condition_text: Text,
}

/// Where a sub-processor processes data.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    EuEea,
    /// Temporarily outside the EU/EEA (development and maintenance work).
    OutsideEuEeaTemporary,
    OutsideEuEea,
}

/// When a sub-processor applies to a client, in data: `{ when = "always" }`,
/// `{ when = "development_work" }`, `{ when = "option", option = "…" }` or
/// `{ when = "service", service = "…" }`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "when", rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// Whenever personal data is processed in the processor's services.
    Always,
    /// During temporary development or maintenance work on a service that allows it.
    DevelopmentWork,
    /// Only when the client chooses this yes/no option.
    Option { option: String },
    /// Only when the client uses this service with personal data.
    Service { service: String },
}

/// Deletion after the contract ends.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    pub item: u32,
    pub within_days: u32,
    pub text: Text,
}

/// Security measures, as the statement describes them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Security {
    pub item: u32,
    pub texts: Vec<Passage>,
}

/// Certifications.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Certifications {
    pub item: u32,
    pub scope: Text,
    pub list: Vec<Certificate>,
    #[serde(default)]
    pub cloud_provider: Option<Text>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    pub id: String,
    pub standard: String,
    /// The norm, where the rules know it (e.g. NEN 7510 for health information).
    #[serde(default)]
    pub norm: Option<Norm>,
    pub number: String,
    pub issuer: String,
    #[serde(with = "toml_date")]
    pub valid_until: NaiveDate,
    pub about: Text,
}

/// Norms the rules refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Norm {
    /// ISO/IEC 27001, information security management.
    Iso27001,
    /// NEN 7510, information security in Dutch health care.
    Nen7510,
}

/// The data-breach protocol.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Breach {
    pub item: u32,
    pub notify_within_hours: u32,
    pub text: Text,
    /// Whom the processor informs, in order.
    pub escalation: Vec<Text>,
    /// What the notice contains at least.
    pub content: Vec<Text>,
}

/// Part 2: the standard clauses (Standaardclausules voor verwerkingen) the DPIA relies on.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Clauses {
    pub version: Text,
    /// Clause 2.2: days after notice of a change within which the client may terminate.
    pub termination_days_after_change: u32,
    pub list: Vec<Clause>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    /// The printed number, e.g. "2.2".
    pub number: String,
    pub title: Text,
    pub text: Text,
    /// What the clause settles, where the rules or documents cite it: code refers to the topic,
    /// never to a clause number.
    #[serde(default)]
    pub topic: Option<ClauseTopic>,
}

/// What a standard clause settles, in the terms the rules and documents cite clauses by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseTopic {
    /// The client may be a controller or itself a processor (then its customer is the controller).
    ClientMayBeProcessor,
    /// Changes of the statement are notified; the client may terminate within a period.
    StatementChanges,
    /// Special categories, criminal data and government ID numbers only where the statement says so.
    SpecialDataDefault,
    /// The processor cooperates with a DPIA and prior consultation.
    DpiaCooperation,
    /// The processor processes on the client's written instructions.
    Instructions,
    /// The people who process the data under the processor's responsibility are bound to secrecy.
    Confidentiality,
    /// The client authorises the processor to engage other sub-processors.
    SubProcessorAuthorisation,
}

/// The words the statement's own text uses to refer to its services and sub-processors (as in
/// "dienst B", "subverwerker b"), for its Dutch text and its English translation.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReferenceWords {
    #[serde(default)]
    pub services: Words,
    #[serde(default)]
    pub sub_processors: Words,
}

/// A list of words in both languages.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub nl: Vec<String>,
    pub en: Vec<String>,
}

impl Words {
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

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

/// TOML dates (`valid_from = 2025-05-07`) as chrono dates; a time or offset is refused.
mod toml_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let value = toml::value::Datetime::deserialize(d)?;
        match (value.date, value.time, value.offset) {
            (Some(date), None, None) => {
                NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                    .ok_or_else(|| D::Error::custom(format!("{value} is not a calendar date")))
            }
            _ => Err(D::Error::custom(format!(
                "expected a date like 2025-05-07, found {value}"
            ))),
        }
    }

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }
}

/// A reference to a place in the statement, for source markers in documents.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case", tag = "kind", content = "number")]
pub enum StatementRef {
    /// A numbered item of part 1.
    Item(u32),
    /// A standard clause of part 2, as (article, sub) e.g. (7, 2).
    Clause(u32, u32),
}

impl StatementRef {
    /// "7.2" → `Clause(7, 2)`.
    pub fn clause(number: &str) -> Option<StatementRef> {
        let (a, b) = number.split_once('.')?;
        Some(StatementRef::Clause(a.parse().ok()?, b.parse().ok()?))
    }
}

impl Statement {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.list.iter().find(|s| s.id == id)
    }

    /// The name of a service in `lang`, or the id when the statement has no such service.
    pub fn service_name(&self, id: &str, lang: Lang) -> String {
        self.service(id)
            .map_or_else(|| id.to_string(), |s| s.name.get(lang).to_string())
    }

    pub fn option(&self, id: &str) -> Option<&ProcessorOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The (first) option with this generic effect, if the statement has one.
    pub fn option_with(&self, effect: OptionEffect) -> Option<&ProcessorOption> {
        self.options_with(effect).next()
    }

    /// Every option with this generic effect.
    pub fn options_with(&self, effect: OptionEffect) -> impl Iterator<Item = &ProcessorOption> {
        self.options
            .iter()
            .filter(move |o| o.effect == Some(effect))
    }

    /// Whether a service has a trait (false for an id the statement does not have).
    pub fn service_has(&self, id: &str, t: ServiceTrait) -> bool {
        self.service(id).is_some_and(|s| s.traits.contains(&t))
    }

    pub fn sub_processor(&self, id: &str) -> Option<&SubProcessor> {
        self.sub_processors.list.iter().find(|s| s.id == id)
    }

    pub fn map_visual(&self, id: &str) -> Option<&MapVisual> {
        self.map_visuals
            .as_ref()?
            .visuals
            .iter()
            .find(|s| s.id == id)
    }

    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clauses.list.iter().find(|c| c.number == number)
    }

    /// The standard clauses about a topic, as references, in statement order.
    pub fn clauses_about(&self, topic: ClauseTopic) -> Vec<StatementRef> {
        self.clauses
            .list
            .iter()
            .filter(|c| c.topic == Some(topic))
            .filter_map(|c| StatementRef::clause(&c.number))
            .collect()
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The certificate for a norm, if the processor has one.
    pub fn certificate_for(&self, norm: Norm) -> Option<&Certificate> {
        self.certifications
            .list
            .iter()
            .find(|c| c.norm == Some(norm))
    }

    /// The certificate that expires first.
    pub fn earliest_certificate_expiry(&self) -> Option<&Certificate> {
        self.certifications
            .list
            .iter()
            .min_by_key(|c| c.valid_until)
    }

    /// Processor name and version, e.g. "KPI Solutions B.V. 06-2025".
    pub fn label(&self) -> String {
        format!("{} {}", self.processor.name, self.version.version)
    }

    /// The printed item number of a section (`None` for an optional section that is absent).
    pub fn section_item(&self, section: Section) -> Option<u32> {
        Some(match section {
            Section::Processor => self.processor.item,
            Section::Version => self.version.item,
            Section::Changes => self.changes.as_ref()?.item,
            Section::Services => self.services.item,
            Section::DataFlow => self.data_flow.item,
            Section::Role => self.role.item,
            Section::IntendedUse => self.intended_use.item,
            Section::PrivacyByDesign => self.privacy_by_design.item,
            Section::StandardClausesUsed => self.standard_clauses_used.item,
            Section::Locations => self.locations.item,
            Section::MapVisuals => self.map_visuals.as_ref()?.item,
            Section::SubProcessors => self.sub_processors.item,
            Section::Deletion => self.deletion.item,
            Section::Security => self.security.item,
            Section::Isms => self.isms.as_ref()?.item,
            Section::Certifications => self.certifications.item,
            Section::Breach => self.breach.item,
        })
    }

    /// Where a measure stands, as a reference for source markers.
    pub fn measure_source(&self, m: &Measure) -> Option<StatementRef> {
        match (&m.section, &m.service, &m.clause) {
            (Some(s), None, None) => self.section_item(*s).map(StatementRef::Item),
            (None, Some(id), None) => self.service(id).map(|s| StatementRef::Item(s.item)),
            (None, None, Some(c)) => StatementRef::clause(c),
            _ => None,
        }
    }

    /// The measures that address a risk (its causes or consequences), each with what it does, in
    /// statement order.
    pub fn measures_for<'a>(
        &'a self,
        risk: &'a str,
    ) -> impl Iterator<Item = (&'a Measure, &'a Addressing)> + 'a {
        self.measures.iter().flat_map(move |m| {
            m.addresses
                .iter()
                .filter(move |x| x.risk == risk)
                .map(move |x| (m, x))
        })
    }

    /// Every quoted passage of part 1 about a topic, with the item it stands in.
    pub fn passages_about(&self, topic: Topic) -> Vec<(StatementRef, &Passage)> {
        let sections = [
            (self.privacy_by_design.item, &self.privacy_by_design.texts),
            (self.locations.item, &self.locations.texts),
            (self.security.item, &self.security.texts),
        ];
        sections
            .into_iter()
            .flat_map(|(item, texts)| {
                texts
                    .iter()
                    .filter(move |p| p.about.contains(&topic))
                    .map(move |p| (StatementRef::Item(item), p))
            })
            .collect()
    }

    /// Sub-processors whose data may leave the EU/EEA.
    pub fn outside_eea(&self) -> impl Iterator<Item = &SubProcessor> {
        self.sub_processors
            .list
            .iter()
            .filter(|s| s.location != Location::EuEea)
    }
}
