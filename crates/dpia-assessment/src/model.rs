//! The assessment: what a client answers, per service, with stable ids for everything.
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
pub const CURRENT_VERSION: u32 = 1;

/// A client's answers. This is the `.dpia.json` file, version 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
#[schemars(title = "DPIA Helper assessment (.dpia.json)")]
pub struct Assessment {
    /// Always "dpia-helper/assessment".
    pub format: String,
    /// File format version; 1 is the current one.
    pub version: u32,
    pub organisation: Organisation,
    /// The date the assessment is made (YYYY-MM-DD).
    #[serde(default, deserialize_with = "date::optional")]
    #[ts(type = "string | null")]
    pub assessment_date: Option<NaiveDate>,
    /// What the client wants to do with the processor's services, in the client's words.
    #[serde(default)]
    pub description: String,
    /// The purposes of the processing, one per entry.
    #[serde(default)]
    pub purposes: Vec<String>,
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
    #[serde(default)]
    pub follow_ups: FollowUps,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub sector: Option<Sector>,
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

impl ServiceUse {
    /// Whether the data this service carries is answered (a category ticked).
    pub fn data_answered(&self) -> bool {
        !self.categories.is_empty()
    }
}

/// What flows through one service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ServiceUse {
    /// Whether the client uses this service. Absent = not answered.
    #[serde(default)]
    pub used: Option<bool>,
    #[serde(default)]
    pub categories: BTreeSet<DataCategory>,
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
        /// Decisions with legal or similarly significant effect taken without human involvement.
        AutomatedDecisions = "automated_decisions",
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
    /// Per special category: the GDPR Art. 9(2) / UAVG exception relied on (free text).
    #[serde(default)]
    pub special_category_exceptions: BTreeMap<DataCategory, String>,
    /// The statutory basis for processing the BSN (UAVG art. 46), e.g. "Wabvpz art. 8".
    #[serde(default)]
    pub bsn_basis: String,
    /// The GDPR Art. 10 / UAVG arts. 31–33 basis for criminal data.
    #[serde(default)]
    pub criminal_basis: String,
}

impl Assessment {
    /// A blank assessment for a statement, dated `date`: every service listed, none answered.
    pub fn template(statement: &Statement, date: Option<NaiveDate>) -> Self {
        Assessment {
            format: FORMAT.to_string(),
            version: CURRENT_VERSION,
            organisation: Organisation::default(),
            assessment_date: date,
            description: String::new(),
            purposes: Vec::new(),
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
            options: BTreeMap::new(),
            characteristics: None,
            ai_act_area: None,
            follow_ups: FollowUps::default(),
        }
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
            .flat_map(|(_, u)| u.categories.iter().copied())
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

mod options {
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

mod date {
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
