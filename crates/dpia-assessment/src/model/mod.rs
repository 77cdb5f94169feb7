//! The assessment: what a client answers, per service, and what the controller decides and records
//! to finish the DPIA (risk decisions, action plan, its parts of the Model DPIA, the DPO's advice,
//! sign-off and review), with stable ids for everything, and the review comments on all of it. This
//! is exchange format version 4 (versions 2 and 3 read as version 4 without what was added since;
//! version 1 files are migrated).
//!
//! Unanswered questions are `None` (or an absent key), never an error: the rules engine turns them
//! into open questions. Ids are `snake_case` and stable: more may be added, none renamed.
//!
//! One file per concern: `answers` (what flows through the services, and the closed lists the
//! questionnaire offers), `legal` (the legal grounds for special, criminal and BSN data),
//! `controller` (the controller's parts, risk decisions, action plan, advice and sign-off),
//! `comments` (the review comments and their replies).

use chrono::NaiveDate;
use dpia_statement::{OptionEffect, OptionKind, Statement};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

mod answers;
mod comments;
mod controller;
mod legal;

pub use answers::*;
pub use comments::*;
pub use controller::*;
pub use legal::*;

/// The value of the `format` field of every `.dpia.json` file.
pub const FORMAT: &str = "dpia-helper/assessment";
/// The newest file version this code writes.
pub const CURRENT_VERSION: u32 = 4;

/// A client's answers, the controller's DPIA and the review comments. This is the `.dpia.json`
/// file, version 4.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
#[schemars(title = "DPIA Helper assessment (.dpia.json)")]
pub struct Assessment {
    /// Always "dpia-helper/assessment".
    pub format: String,
    /// File format version; 4 is the current one (versions 1 to 3 are still read).
    pub version: u32,
    /// The assessment's own id (random, written when it is made), the same in every copy of the
    /// file, so that importing a copy of an assessment that is already there can take over its
    /// new comments instead of making a second one. Absent in files before version 4.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
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
    /// If the ML & AI service is used: whether the model is (part of) a product under AI Act
    /// Annex I that needs a third-party conformity assessment, such as medical-device software
    /// (MDR rule 11) — high-risk under AI Act art. 6(1). Version 3.
    #[serde(default)]
    pub ai_product: Option<bool>,
    /// If employees are among the people of a used service: whether absence or sick-leave data
    /// (sick notes, reintegration) is included. Sick leave is health data. Version 3.
    #[serde(default)]
    pub sick_leave: Option<bool>,
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
    /// The review comments, oldest first, each with its replies (version 4).
    #[serde(default)]
    pub comments: Vec<Comment>,
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

impl Organisation {
    /// Whether a data protection officer is named: `dpo` is filled and not a way of saying none
    /// ("none", "geen", "n.v.t.", "-").
    pub fn has_dpo(&self) -> bool {
        let d = self.dpo.trim().to_lowercase();
        !d.is_empty()
            && !matches!(
                d.as_str(),
                "none" | "no" | "geen" | "nee" | "n.v.t." | "nvt" | "n/a" | "-" | "—"
            )
    }
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
            id: String::new(),
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
            ai_product: None,
            sick_leave: None,
            map_shows_people: None,
            follow_ups: FollowUps::default(),
            controller: ControllerParts::default(),
            risk_decisions: BTreeMap::new(),
            own_risks: Vec::new(),
            action_plan: BTreeMap::new(),
            dpo_advice: DpoAdvice::default(),
            sign_off: SignOff::default(),
            review_date: None,
            comments: Vec::new(),
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

    /// Every data category that flows through a used service (with health where sick-leave data
    /// of employees is included).
    pub fn categories(&self) -> BTreeSet<DataCategory> {
        self.used_services()
            .flat_map(|(_, u)| self.carried(u))
            .collect()
    }

    /// The categories a service carries: those ticked, and health where the client said
    /// sick-leave data of employees is included and the service carries employees' data (sick
    /// leave is health data, GDPR Art. 4(15)).
    pub fn carried(&self, u: &ServiceUse) -> BTreeSet<DataCategory> {
        let mut c = u.cats().clone();
        if self.sick_leave_in(u) {
            c.insert(DataCategory::Health);
        }
        c
    }

    /// Sick-leave data is included in this service and health is not ticked for it.
    pub fn sick_leave_in(&self, u: &ServiceUse) -> bool {
        self.sick_leave == Some(true)
            && u.has_data()
            && u.subjects.contains(&SubjectGroup::Employees)
            && !u.cats().contains(&DataCategory::Health)
    }

    /// Whether to ask about sick-leave data: employees are among the people of a used service
    /// that carries personal data.
    pub fn asks_sick_leave(&self) -> bool {
        self.used_services()
            .any(|(_, u)| u.has_data() && u.subjects.contains(&SubjectGroup::Employees))
    }

    /// The subject groups of the used services that carry `category`.
    pub fn groups_with(&self, category: DataCategory) -> BTreeSet<SubjectGroup> {
        self.used_services()
            .filter(|(_, u)| self.carried(u).contains(&category))
            .flat_map(|(_, u)| u.subjects.iter().copied())
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
