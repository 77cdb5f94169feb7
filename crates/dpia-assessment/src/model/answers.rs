//! What flows through each service, the statement's options as answered, and the closed lists the
//! questionnaire offers: data categories with their classification, subject groups, sectors,
//! processing characteristics and AI Act areas.

use super::*;

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
