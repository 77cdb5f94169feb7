//! The assessment: what a client answers, per service, and what the controller decides and records
//! to finish the DPIA (risk decisions, action plan, its parts of the Model DPIA, the DPO's advice,
//! sign-off and review), with stable ids for everything. This is exchange format version 2.
//!
//! Unanswered questions are `None` (or an absent key), never an error: the rules engine turns them
//! into open questions. Ids are `snake_case` and stable: more may be added, none renamed.

use chrono::NaiveDate;
use dpia_statement::{OptionEffect, OptionKind, Statement};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// The value of the `format` field of every `.dpia.json` file.
pub const FORMAT: &str = "dpia-helper/assessment";
/// The newest file version this code writes.
pub const CURRENT_VERSION: u32 = 2;

/// A client's answers and the controller's DPIA. This is the `.dpia.json` file, version 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
#[schemars(title = "DPIA Helper assessment (.dpia.json)")]
pub struct Assessment {
    /// Always "dpia-helper/assessment".
    pub format: String,
    /// File format version; 2 is the current one (version 1 files are still read).
    pub version: u32,
    pub organisation: Organisation,
    /// The date the assessment is made (YYYY-MM-DD).
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub assessment_date: Option<NaiveDate>,
    /// What the client wants to do with the processor's services, in the client's words.
    #[serde(default)]
    pub description: String,
    /// The purposes of the processing, each with the legal basis the controller relies on.
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// Which statement (processor and version) the answers are based on.
    pub statement: StatementRef,
    /// Per service of the statement (by its id): whether it is used and what flows through it.
    /// Absent = not answered.
    #[serde(default)]
    pub services: BTreeMap<String, ServiceUse>,
    /// The statement's options (by id): `true`/`false` for a yes/no option, `"processor"` or
    /// `"client"` for an environment, a list of visual ids for map visuals. Absent or `null` = not
    /// answered.
    #[serde(default, deserialize_with = "options::answered")]
    #[schemars(with = "BTreeMap<String, OptionValue>")]
    #[ts(type = "Record<string, OptionValue>")]
    pub options: BTreeMap<String, OptionValue>,
    /// The processing characteristics that apply. Absent = not answered; empty = none apply.
    #[serde(default)]
    pub characteristics: Option<BTreeSet<Characteristic>>,
    /// If the ML & AI service is used: the EU AI Act Annex III area it is used in, or `none`.
    #[serde(default)]
    pub ai_act_area: Option<AiActArea>,
    /// Whether map visuals show the addresses or positions of individual people (asked when
    /// addresses or location data meet a map visual).
    #[serde(default)]
    pub map_shows_people: Option<bool>,
    #[serde(default)]
    pub follow_ups: FollowUps,
    /// The controller's own parts of the Model DPIA (interests, necessity, rights, retention …).
    #[serde(default)]
    pub controller: ControllerParts,
    /// Per risk of the catalogue (by id): the controller's decision on the computed values.
    #[serde(default)]
    pub risk_decisions: BTreeMap<String, RiskDecision>,
    /// Risks the controller adds.
    #[serde(default)]
    pub own_risks: Vec<OwnRisk>,
    /// Per controller measure (by id; an own risk's measures by the risk's id): who, when, status.
    #[serde(default)]
    pub action_plan: BTreeMap<String, ActionItem>,
    #[serde(default)]
    pub dpo_advice: DpoAdvice,
    #[serde(default)]
    pub sign_off: SignOff,
    /// When the DPIA is reviewed (GDPR Art. 35(11)); absent = the proposed date (12 months on).
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub review_date: Option<NaiveDate>,
}

/// One purpose of the processing and its legal basis (GDPR Art. 6(1)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
#[ts(rename = "ProcessingPurpose")]
pub struct Purpose {
    pub description: String,
    #[serde(default)]
    pub legal_basis: Option<LawfulBasis>,
    /// Why the basis applies; for (f) the balancing of interests.
    #[serde(default)]
    pub reasoning: String,
}

impl From<&str> for Purpose {
    fn from(description: &str) -> Purpose {
        Purpose {
            description: description.to_string(),
            ..Purpose::default()
        }
    }
}

id_enum! {
    /// GDPR Art. 6(1), points (a) to (f).
    LawfulBasis {
        /// Consent.
        A = "a",
        /// Performance of a contract with the data subject.
        B = "b",
        /// A legal obligation of the controller.
        C = "c",
        /// Vital interests.
        D = "d",
        /// A task in the public interest or official authority.
        E = "e",
        /// Legitimate interests (needs a balancing of interests).
        F = "f",
    }
}

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
    /// Whether the Dutch DPA is consulted beforehand (asked when a residual risk stays high).
    #[serde(default)]
    pub prior_consultation: Option<bool>,
    #[serde(default)]
    pub prior_consultation_reason: String,
}

impl SignOff {
    pub fn is_definitive(&self) -> bool {
        self.status == Some(DocStatus::Definitive)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub sector: Option<Sector>,
    /// Whether the client is the controller or processes for its own clients.
    #[serde(default)]
    pub role: Option<ClientRole>,
    #[serde(default)]
    pub contact_person: String,
    /// The data protection officer (functionaris gegevensbescherming), if any.
    #[serde(default)]
    pub dpo: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct StatementRef {
    pub processor: String,
    pub version: String,
    /// When the processor notified the client of this version (standard clause 2.2: the client may
    /// terminate within 30 days of that notice).
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub notified_on: Option<NaiveDate>,
}

id_enum! {
    /// Whether the client decides on the processing itself or processes for its own clients
    /// (standard clauses 1.6 and 2.4 foresee both).
    ClientRole {
        /// The client is the controller.
        Controller = "controller",
        /// The client processes for its own clients (e.g. payroll for other employers): they are
        /// the controllers and the processor is the client's sub-processor.
        Processor = "processor",
    }
}

impl ServiceUse {
    /// Whether the data this service carries is answered (categories ticked, or "none").
    pub fn data_answered(&self) -> bool {
        self.categories.is_some()
    }

    /// The categories ticked (empty when none or not answered).
    pub fn cats(&self) -> &BTreeSet<DataCategory> {
        static NONE: BTreeSet<DataCategory> = BTreeSet::new();
        self.categories.as_ref().unwrap_or(&NONE)
    }

    /// Whether personal data flows through it (at least one category).
    pub fn has_data(&self) -> bool {
        !self.cats().is_empty()
    }
}

/// What flows through one service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ServiceUse {
    /// Whether the client uses this service. Absent = not answered.
    #[serde(default)]
    pub used: Option<bool>,
    /// The kinds of personal data it carries. Absent = not answered; empty = no personal data.
    #[serde(default)]
    pub categories: Option<BTreeSet<DataCategory>>,
    #[serde(default)]
    pub subjects: BTreeSet<SubjectGroup>,
    /// Estimated number of data subjects whose data flows through this service.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub data_subjects_estimate: Option<u64>,
    /// The source systems, in the client's words.
    #[serde(default)]
    pub source_systems: String,
}

id_enum! {
    /// Kinds of personal data (statement item 11 lists examples).
    DataCategory {
        Names = "names",
        Titles = "titles",
        Identifiers = "identifiers",
        PatientNumbers = "patient_numbers",
        Bsn = "bsn",
        Addresses = "addresses",
        IpAddresses = "ip_addresses",
        InternetBehaviour = "internet_behaviour",
        ContactDetails = "contact_details",
        JobDetails = "job_details",
        Financial = "financial",
        Location = "location",
        Health = "health",
        RacialEthnicOrigin = "racial_ethnic_origin",
        PoliticalOpinions = "political_opinions",
        ReligiousBeliefs = "religious_beliefs",
        TradeUnion = "trade_union",
        Genetic = "genetic",
        Biometric = "biometric",
        SexLifeOrientation = "sex_life_orientation",
        Criminal = "criminal",
    }
}

/// How the Dutch government's DPIA model classifies a data item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    Ordinary,
    Sensitive,
    Special,
    Criminal,
    NationalId,
}

impl DataCategory {
    /// The classification of the Model DPIA Rijksdienst: GDPR Art. 9 special categories, Art. 10
    /// criminal data, the BSN (UAVG art. 46), "sensitive" (raises risk, not a GDPR class), ordinary.
    pub fn classification(self) -> Classification {
        use DataCategory::*;
        match self {
            Health | RacialEthnicOrigin | PoliticalOpinions | ReligiousBeliefs | TradeUnion
            | Genetic | Biometric | SexLifeOrientation => Classification::Special,
            Criminal => Classification::Criminal,
            Bsn => Classification::NationalId,
            // A patient number reveals a care relationship; financial, location and internet
            // behaviour are "highly personal" in the WP248 sense.
            PatientNumbers | Financial | Location | InternetBehaviour => Classification::Sensitive,
            Names | Titles | Identifiers | Addresses | IpAddresses | ContactDetails
            | JobDetails => Classification::Ordinary,
        }
    }

    pub fn is_special(self) -> bool {
        self.classification() == Classification::Special
    }
}

id_enum! {
    /// Groups of data subjects.
    SubjectGroup {
        Customers = "customers",
        Employees = "employees",
        Suppliers = "suppliers",
        Patients = "patients",
        Children = "children",
        Citizens = "citizens",
    }
}

impl SubjectGroup {
    /// Vulnerable in the sense of WP248 rev.01 criterion 7 (employees, patients, children).
    pub fn is_vulnerable(self) -> bool {
        matches!(
            self,
            SubjectGroup::Employees | SubjectGroup::Patients | SubjectGroup::Children
        )
    }
}

id_enum! {
    /// The client's sector; some sectors change the large-scale rule (hospitals, GP posts, care groups).
    Sector {
        Hospital = "hospital",
        GpPostCareGroup = "gp_post_care_group",
        CareProvider = "care_provider",
        HealthInsurer = "health_insurer",
        Municipality = "municipality",
        Government = "government",
        Education = "education",
        Accountancy = "accountancy",
        FinancialServices = "financial_services",
        WholesaleRetail = "wholesale_retail",
        Manufacturing = "manufacturing",
        Other = "other",
    }
}

/// The answer to one of the statement's options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, TS)]
#[serde(untagged)]
pub enum OptionValue {
    /// A yes/no option.
    YesNo(bool),
    /// An environment option: `processor` or `client`.
    Choice(String),
    /// A map-visuals option: the visual ids chosen (empty = none).
    Choices(BTreeSet<String>),
}

/// Where reports (or apps) run: the processor's environment or the client's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Environment {
    Processor,
    Client,
}

impl Environment {
    pub const ALL: [Environment; 2] = [Environment::Processor, Environment::Client];

    pub fn id(self) -> &'static str {
        match self {
            Environment::Processor => "processor",
            Environment::Client => "client",
        }
    }

    pub fn parse(id: &str) -> Option<Environment> {
        Environment::ALL.into_iter().find(|e| e.id() == id)
    }
}

id_enum! {
    /// Processing characteristics that screening criteria depend on.
    Characteristic {
        /// Data sets from different sources or purposes are combined beyond what people would expect.
        CombinesSources = "combines_sources",
        /// Predictions, scores or profiles about individual people.
        PredictionsAboutPeople = "predictions_about_people",
        /// Decisions with legal or similarly significant effect taken without human involvement
        /// (GDPR Art. 22, UAVG art. 40).
        AutomatedDecisions = "automated_decisions",
        /// Decisions with legal or similarly significant effects on people are based on the
        /// results, also when a person takes them (GDPR Art. 35(3)(a)).
        SignificantDecisions = "significant_decisions",
        /// People's whereabouts are followed over time (GPS, check-ins, movements).
        LocationTracking = "location_tracking",
        /// Monitoring employees' activities or performance.
        EmployeeMonitoring = "employee_monitoring",
        /// Observing or influencing people's behaviour.
        BehaviourMonitoring = "behaviour_monitoring",
        /// Systematic monitoring of a publicly accessible area.
        PublicAreaMonitoring = "public_area_monitoring",
        /// Results decide whether people may use a service or enter a contract.
        ServiceAccessDecisions = "service_access_decisions",
        /// Investigation without the people concerned knowing.
        CovertInvestigation = "covert_investigation",
        /// Black lists or warning lists of people.
        Blacklist = "blacklist",
        /// Fraud prevention or detection.
        FraudPrevention = "fraud_prevention",
        /// Credit scores or solvency assessment.
        CreditScoring = "credit_scoring",
        /// Sharing personal data in a partnership of organisations.
        DataSharingPartnership = "data_sharing_partnership",
        /// Camera surveillance.
        CameraSurveillance = "camera_surveillance",
        /// Flexible (mobile) camera surveillance.
        FlexibleCameraSurveillance = "flexible_camera_surveillance",
        /// Content or metadata of e-mail, phone or chat.
        CommunicationData = "communication_data",
        /// Data from connected devices (Internet of Things).
        IotDevices = "iot_devices",
    }
}

id_enum! {
    /// EU AI Act (Regulation (EU) 2024/1689) Annex III areas, or `none`.
    AiActArea {
        None = "none",
        Biometrics = "biometrics",
        CriticalInfrastructure = "critical_infrastructure",
        Education = "education",
        Employment = "employment",
        EssentialServices = "essential_services",
        LawEnforcement = "law_enforcement",
        Migration = "migration",
        JusticeDemocracy = "justice_democracy",
    }
}

/// The legal grounds the client relies on for special, criminal and national-ID data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct FollowUps {
    /// Per special category: the GDPR Art. 9(2) ground and the UAVG exception relied on.
    #[serde(default)]
    pub special_category_exceptions: BTreeMap<DataCategory, SpecialBasis>,
    /// The law that prescribes or allows use of the BSN (UAVG art. 46).
    #[serde(default)]
    pub bsn_basis: BsnBasis,
    /// The GDPR Art. 10 / UAVG arts. 31–33 basis for criminal data.
    #[serde(default)]
    pub criminal_basis: CriminalBasis,
}

/// The exception for one special category: the Art. 9(2) ground, where Dutch law applies the UAVG
/// article with its scope, and a note (the free text of version 1 files lands here).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct SpecialBasis {
    #[serde(default)]
    pub ground: Option<Art9Ground>,
    #[serde(default)]
    pub uavg: Option<UavgException>,
    #[serde(default)]
    pub note: String,
}

impl SpecialBasis {
    /// A ground is chosen or written down.
    pub fn given(&self) -> bool {
        self.ground.is_some() || !self.note.trim().is_empty()
    }
}

/// The statutory basis for the BSN: a law from the list, or "other, namely …".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct BsnBasis {
    #[serde(default)]
    pub statute: Option<BsnStatute>,
    /// For `other`: which law.
    #[serde(default)]
    pub other: String,
    #[serde(default)]
    pub note: String,
}

impl BsnBasis {
    /// A law is chosen (and named, for "other") or written down.
    pub fn given(&self) -> bool {
        match self.statute {
            Some(BsnStatute::Other) => {
                !self.other.trim().is_empty() || !self.note.trim().is_empty()
            }
            Some(_) => true,
            None => !self.note.trim().is_empty(),
        }
    }
}

/// The basis for criminal data: GDPR Art. 10 with a UAVG article (31–33), and a note.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CriminalBasis {
    #[serde(default)]
    pub uavg: Option<UavgCriminal>,
    #[serde(default)]
    pub note: String,
}

impl CriminalBasis {
    pub fn given(&self) -> bool {
        self.uavg.is_some() || !self.note.trim().is_empty()
    }
}

id_enum! {
    /// GDPR Art. 9(2), points (a) to (j).
    Art9Ground {
        /// Explicit consent.
        A = "a",
        /// Employment, social security and social protection law.
        B = "b",
        /// Vital interests of a person unable to consent.
        C = "c",
        /// A foundation, association or other not-for-profit body, for its members.
        D = "d",
        /// Data manifestly made public by the data subject.
        E = "e",
        /// Legal claims, or courts acting in their judicial capacity.
        F = "f",
        /// Substantial public interest, on the basis of Union or Member State law.
        G = "g",
        /// Preventive or occupational medicine, diagnosis, health or social care.
        H = "h",
        /// Public health.
        I = "i",
        /// Archiving in the public interest, scientific or historical research, statistics.
        J = "j",
    }
}

id_enum! {
    /// The UAVG articles with exceptions for special categories (arts. 22–30), each with its scope.
    UavgException {
        /// Art. 22 lid 2: general exceptions (explicit consent, vital interests, a foundation or
        /// association, manifestly made public, legal claims).
        Art22 = "22_2",
        /// Art. 23: general exceptions (international law, substantial public interest by law …).
        Art23 = "23",
        /// Art. 24: scientific or historical research, statistics.
        Art24 = "24",
        /// Art. 25: racial or ethnic origin.
        Art25 = "25",
        /// Art. 26: political opinions.
        Art26 = "26",
        /// Art. 27: religious or philosophical beliefs.
        Art27 = "27",
        /// Art. 28: genetic data.
        Art28 = "28",
        /// Art. 29: biometric data, where needed for authentication or security.
        Art29 = "29",
        /// Art. 30 lid 1 onder a (with GDPR Art. 9(2)(b)): administrative bodies, pension funds and
        /// employers — statutory rules, pension schemes or collective agreements with claims that
        /// depend on health.
        Art30Lid1A = "30_1_a",
        /// Art. 30 lid 1 onder b: the same — reintegration or support of employees or benefit
        /// recipients in connection with illness or incapacity for work (sick leave).
        Art30Lid1B = "30_1_b",
        /// Art. 30 lid 2 onder a (with GDPR Art. 9(2)(g)): schools — special support of pupils.
        Art30Lid2A = "30_2_a",
        /// Art. 30 lid 2, another point than a.
        Art30Lid2 = "30_2",
        /// Art. 30 lid 3 onder a (with GDPR Art. 9(2)(h)): care providers — treatment or care of
        /// the data subject, or management of the institution.
        Art30Lid3A = "30_3_a",
        /// Art. 30 lid 3 onder b: insurers.
        Art30Lid3B = "30_3_b",
        /// Another article, named in the note.
        Other = "other",
    }
}

id_enum! {
    /// Laws that prescribe or allow use of the BSN (UAVG art. 46).
    BsnStatute {
        /// Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg (care providers).
        Wabvpz = "wabvpz",
        /// Wet op de loonbelasting 1964 (payroll).
        WetLoonbelasting = "wet_loonbelasting",
        /// Zorgverzekeringswet (health insurers).
        Zorgverzekeringswet = "zorgverzekeringswet",
        /// Participatiewet (municipalities: social assistance).
        Participatiewet = "participatiewet",
        /// Wet algemene bepalingen burgerservicenummer (government bodies).
        Wabb = "wabb",
        /// Another law, named in `other`.
        Other = "other",
    }
}

id_enum! {
    /// The UAVG articles for criminal data (GDPR Art. 10).
    UavgCriminal {
        /// Art. 31: processing under the supervision of official authority.
        Art31 = "31",
        /// Art. 32: general exceptions.
        Art32 = "32",
        /// Art. 33: specific exceptions (e.g. for the controller's own staff or for third parties).
        Art33 = "33",
        /// Another basis, named in the note.
        Other = "other",
    }
}

impl Assessment {
    /// A blank assessment for a statement, dated `date`: every service listed, none answered.
    pub fn template(statement: &Statement, date: Option<NaiveDate>) -> Self {
        Assessment {
            assessment_date: date,
            statement: StatementRef {
                processor: statement.processor.name.clone(),
                version: statement.version.version.clone(),
                notified_on: None,
            },
            services: statement
                .services
                .list
                .iter()
                .map(|s| (s.id.clone(), ServiceUse::default()))
                .collect(),
            ..Assessment::empty()
        }
    }

    /// An assessment with nothing answered and no statement (the base of templates and migrations).
    pub(crate) fn empty() -> Self {
        Assessment {
            format: FORMAT.to_string(),
            version: CURRENT_VERSION,
            organisation: Organisation::default(),
            assessment_date: None,
            description: String::new(),
            purposes: Vec::new(),
            statement: StatementRef {
                processor: String::new(),
                version: String::new(),
                notified_on: None,
            },
            services: BTreeMap::new(),
            options: BTreeMap::new(),
            characteristics: None,
            ai_act_area: None,
            map_shows_people: None,
            follow_ups: FollowUps::default(),
            controller: ControllerParts::default(),
            risk_decisions: BTreeMap::new(),
            own_risks: Vec::new(),
            action_plan: BTreeMap::new(),
            dpo_advice: DpoAdvice::default(),
            sign_off: SignOff::default(),
            review_date: None,
        }
    }

    /// The client processes for its own clients (who are the controllers).
    pub fn client_is_processor(&self) -> bool {
        self.organisation.role == Some(ClientRole::Processor)
    }

    /// Whether a controller measure (or an own risk's measures) is adopted: it has a status.
    pub fn adopted(&self, measure: &str) -> bool {
        self.action_plan
            .get(measure)
            .is_some_and(|x| x.status.is_some())
    }

    /// The services answered as used, with their answers, in id order.
    pub fn used_services(&self) -> impl Iterator<Item = (&str, &ServiceUse)> {
        self.services
            .iter()
            .filter(|(_, u)| u.used == Some(true))
            .map(|(id, u)| (id.as_str(), u))
    }

    /// The used services in the order the statement lists them (unknown ids last, by id).
    pub fn used_services_in<'a>(&'a self, statement: &Statement) -> Vec<(&'a str, &'a ServiceUse)> {
        let rank = |id: &str| {
            statement
                .services
                .list
                .iter()
                .position(|s| s.id == id)
                .unwrap_or(usize::MAX)
        };
        let mut v: Vec<_> = self.used_services().collect();
        v.sort_by_key(|(id, _)| (rank(id), *id));
        v
    }

    pub fn uses(&self, service: &str) -> bool {
        self.services.get(service).and_then(|u| u.used) == Some(true)
    }

    /// Every data category that flows through a used service.
    pub fn categories(&self) -> BTreeSet<DataCategory> {
        self.used_services()
            .flat_map(|(_, u)| u.cats().iter().copied())
            .collect()
    }

    /// Every subject group of a used service.
    pub fn subjects(&self) -> BTreeSet<SubjectGroup> {
        self.used_services()
            .flat_map(|(_, u)| u.subjects.iter().copied())
            .collect()
    }

    pub fn has_characteristic(&self, c: Characteristic) -> bool {
        self.characteristics
            .as_ref()
            .is_some_and(|set| set.contains(&c))
    }

    /// Whether a yes/no option is answered "yes".
    pub fn chose(&self, option: &str) -> bool {
        self.options.get(option) == Some(&OptionValue::YesNo(true))
    }

    /// The ids chosen in a list option (map visuals); empty when none or not answered.
    pub fn chosen(&self, option: &str) -> BTreeSet<String> {
        match self.options.get(option) {
            Some(OptionValue::Choices(set)) => set.clone(),
            _ => BTreeSet::new(),
        }
    }

    /// The answer to the statement's option with this effect, if the statement has one.
    pub fn option_with<'a>(
        &'a self,
        statement: &'a Statement,
        effect: OptionEffect,
    ) -> Option<(&'a str, Option<&'a OptionValue>)> {
        let o = statement.option_with(effect)?;
        Some((o.id.as_str(), self.options.get(&o.id)))
    }

    /// The map visuals chosen (the option with the external-geocoding effect).
    pub fn map_visuals(&self, statement: &Statement) -> BTreeSet<String> {
        statement
            .option_with(OptionEffect::ExternalGeocoding)
            .map(|o| self.chosen(&o.id))
            .unwrap_or_default()
    }

    /// Where reports are published (the option with the report-environment effect).
    pub fn report_environment(&self, statement: &Statement) -> Option<Environment> {
        match self
            .option_with(statement, OptionEffect::ReportEnvironment)?
            .1
        {
            Some(OptionValue::Choice(c)) => Environment::parse(c),
            _ => None,
        }
    }
}

/// Checks that an answer fits the kind of option it answers.
pub fn fits(kind: OptionKind, value: &OptionValue, statement: &Statement) -> Result<(), String> {
    match (kind, value) {
        (OptionKind::YesNo, OptionValue::YesNo(_)) => Ok(()),
        (OptionKind::Environment, OptionValue::Choice(c)) => {
            Environment::parse(c).map(|_| ()).ok_or_else(|| c.clone())
        }
        (OptionKind::MapVisuals, OptionValue::Choices(ids)) => ids
            .iter()
            .find(|id| statement.map_visual(id).is_none())
            .map_or(Ok(()), |id| Err(id.clone())),
        _ => Err(String::new()),
    }
}

pub(crate) mod options {
    use super::OptionValue;
    use serde::de::{self, Deserializer, SeqAccess, Visitor};
    use serde::Deserialize;
    use std::collections::{BTreeMap, BTreeSet};

    impl<'de> Deserialize<'de> for OptionValue {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = OptionValue;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("true or false, \"processor\" or \"client\", or a list of ids")
                }
                fn visit_bool<E: de::Error>(self, b: bool) -> Result<OptionValue, E> {
                    Ok(OptionValue::YesNo(b))
                }
                fn visit_str<E: de::Error>(self, s: &str) -> Result<OptionValue, E> {
                    Ok(OptionValue::Choice(s.to_string()))
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OptionValue, A::Error> {
                    let mut set = BTreeSet::new();
                    while let Some(id) = seq.next_element::<String>()? {
                        set.insert(id);
                    }
                    Ok(OptionValue::Choices(set))
                }
            }
            d.deserialize_any(V)
        }
    }

    /// The options map with unanswered (`null`) entries left out.
    pub fn answered<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, OptionValue>, D::Error> {
        let raw = BTreeMap::<String, Option<OptionValue>>::deserialize(d)?;
        Ok(raw.into_iter().filter_map(|(k, v)| Some((k, v?))).collect())
    }
}

pub(crate) mod date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer};

    /// A calendar date as "YYYY-MM-DD", with an error that says so.
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| D::Error::custom(format!("\"{text}\" is not a date; use YYYY-MM-DD")))
    }
}
