//! The processor's Data Pro Statement as versioned data: its model and a strict loader.
//!
//! A statement is a TOML file (see `statements/` at the repository root). Every fact keeps the
//! statement's *printed* item number (`item`), so documents can cite "statement item 15"; the
//! Dutch text is quoted from the statement, the English text is a translation beside it. Loading
//! is strict: unknown keys, missing fields and bad dates are errors that name file, line and field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The statement compiled into the binary: KPI Solutions B.V., version 06-2025.
pub const DEFAULT_STATEMENT_TOML: &str =
    include_str!("../../../statements/kpi-solutions-06-2025.toml");
/// The file name shown in errors for the embedded statement.
pub const DEFAULT_STATEMENT_NAME: &str = "statements/kpi-solutions-06-2025.toml";

/// The value of the `format` key every statement file starts with.
pub const FORMAT: &str = "data-pro-statement";
/// The newest statement schema version this code reads.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum StatementError {
    #[error("{file}: cannot read the file: {reason}")]
    Read { file: String, reason: String },
    #[error("{file}: line {line}, column {column}: {reason}")]
    Parse {
        file: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{file}: {reason}")]
    Invalid { file: String, reason: String },
}

impl StatementError {
    /// A stable code for the UI and `--json` output.
    pub fn code(&self) -> &'static str {
        match self {
            StatementError::Read { .. } => "statement_read",
            StatementError::Parse { .. } => "statement_parse",
            StatementError::Invalid { .. } => "statement_invalid",
        }
    }
}

/// A text in both languages. `nl` is quoted from the statement, `en` is its translation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
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

/// The two languages of the app. Passed in everywhere; never read from the environment in the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
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
    pub changes: Changes,
    pub services: Services,
    pub data_flow: Fact,
    pub role: Fact,
    pub intended_use: IntendedUse,
    pub privacy_by_design: PrivacyByDesign,
    pub standard_clauses_used: Fact,
    pub locations: Locations,
    pub map_visuals: MapVisuals,
    pub sub_processors: SubProcessors,
    pub deletion: Deletion,
    pub security: Security,
    pub isms: Fact,
    pub certifications: Certifications,
    pub breach: Breach,
    pub clauses: Clauses,
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

/// Item 2: version and valid-from date, with any discrepancy in the printed text kept visible.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub item: u32,
    /// The version this text actually is (as recorded by us).
    pub version: String,
    /// The version number item 2 prints, if it differs from `version`.
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

/// Item 3: what changed since the previous version.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Changes {
    pub item: u32,
    pub previous_version: String,
    pub text: Text,
}

/// Item 4 lists the services; each has its own description item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Services {
    pub item: u32,
    pub list: Vec<Service>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable id shared with assessments: reports, connectors, datawarehouse, apps_automations, ml_ai, consultancy.
    pub id: String,
    /// The letter in item 4 (a–f).
    pub letter: String,
    /// The item that describes this service.
    pub item: u32,
    pub name: Text,
    pub description: Text,
}

/// Item 11: intended use and the kinds of personal data the services are designed for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IntendedUse {
    pub item: u32,
    pub text: Text,
    pub health_data: Text,
    pub classification_by_controller: Text,
    /// Whether the statement says the services may process special categories, criminal data and
    /// government ID numbers (standard clause 3.2: not, unless the statement says so).
    pub special_data_possible: bool,
    pub data_kinds: Vec<Text>,
}

/// Item 12: privacy by design, including deletion mirroring and the add-ons that break it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PrivacyByDesign {
    pub item: u32,
    pub measures: Vec<Measure>,
    /// The add-ons after which deleted source data is kept (time travel, snapshot).
    pub retention_addons: Vec<Addon>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub text: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Addon {
    /// `time_travel` or `snapshot`, matching the assessment's options.
    pub id: String,
    /// The statement's own word for it ("tijdreizen", "foto maken").
    pub name: Text,
}

/// Item 14: where data is processed and how transfers are safeguarded.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Locations {
    pub item: u32,
    pub structural: Text,
    pub temporary: Text,
    pub safeguard: Safeguard,
    pub measures: Vec<Measure>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Safeguard {
    /// E.g. "Uitvoeringsbesluit (EU) 2021/914".
    pub legal_instrument: String,
    pub text: Text,
}

/// Item 14: the map-visual exception.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MapVisuals {
    pub item: u32,
    pub text: Text,
    /// When reports are published in the client's tenant, the vendors are the client's own.
    pub client_tenant_rule: Text,
    pub visuals: Vec<MapVisual>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MapVisual {
    /// `bing_maps`, `azure_maps` or `arcgis`, matching the assessment's options.
    pub id: String,
    pub name: String,
    pub vendors: Vec<String>,
}

/// Item 15: sub-processors, each with the condition under which it takes part.
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
    /// The letter in item 15 (a–d).
    pub letter: String,
    pub name: String,
    pub role: Text,
    pub location: Location,
    pub location_text: Text,
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

/// When a sub-processor applies to a client.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Whenever personal data is processed in the processor's services.
    Always,
    /// During temporary development or maintenance work on any service.
    DevelopmentWork,
    /// Only when the DATEV connector is used.
    DatevConnector,
}

/// Item 16: deletion after the contract ends.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    pub item: u32,
    pub within_days: u32,
    pub text: Text,
}

/// Item 17: security measures.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Security {
    pub item: u32,
    pub measures: Vec<Measure>,
}

/// Item 19: certifications.
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
    pub number: String,
    pub issuer: String,
    #[serde(with = "toml_date")]
    pub valid_until: NaiveDate,
    pub about: Text,
}

/// Item 20: the data-breach protocol.
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

impl Statement {
    /// The statement embedded in the binary.
    pub fn embedded() -> Statement {
        parse(DEFAULT_STATEMENT_TOML, DEFAULT_STATEMENT_NAME)
            .expect("the embedded statement is checked by the tests")
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.list.iter().find(|s| s.id == id)
    }

    pub fn sub_processor(&self, id: &str) -> Option<&SubProcessor> {
        self.sub_processors.list.iter().find(|s| s.id == id)
    }

    pub fn map_visual(&self, id: &str) -> Option<&MapVisual> {
        self.map_visuals.visuals.iter().find(|s| s.id == id)
    }

    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clauses.list.iter().find(|c| c.number == number)
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
}

/// Reads and strictly parses a statement file from disk.
pub fn load(path: &Path) -> Result<Statement, StatementError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| StatementError::Read {
        file: file.clone(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| StatementError::Parse {
        file: file.clone(),
        line: line_of_offset(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
        column: 1,
        reason: "the file is not UTF-8 text".into(),
    })?;
    parse(&text, &file)
}

fn line_of_offset(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count() + 1
}

/// Parses statement TOML. `file` is only used in error messages.
pub fn parse(text: &str, file: &str) -> Result<Statement, StatementError> {
    let statement: Statement = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| position(text, span.start))
            .unwrap_or((1, 1));
        StatementError::Parse {
            file: file.to_string(),
            line,
            column,
            reason: e.message().to_string(),
        }
    })?;
    check(&statement).map_err(|reason| StatementError::Invalid {
        file: file.to_string(),
        reason,
    })?;
    Ok(statement)
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Checks what the types cannot: the format marker, the schema version and unique ids.
fn check(s: &Statement) -> Result<(), String> {
    if s.format != FORMAT {
        return Err(format!(
            "field `format`: expected \"{FORMAT}\", found \"{}\"",
            s.format
        ));
    }
    if s.schema_version == 0 || s.schema_version > SCHEMA_VERSION {
        return Err(format!(
            "field `schema_version`: version {} is not supported (this program reads 1 to {SCHEMA_VERSION})",
            s.schema_version
        ));
    }
    unique("services.list", s.services.list.iter().map(|x| &x.id))?;
    unique(
        "sub_processors.list",
        s.sub_processors.list.iter().map(|x| &x.id),
    )?;
    unique(
        "map_visuals.visuals",
        s.map_visuals.visuals.iter().map(|x| &x.id),
    )?;
    unique(
        "certifications.list",
        s.certifications.list.iter().map(|x| &x.id),
    )?;
    unique("clauses.list", s.clauses.list.iter().map(|x| &x.number))?;
    Ok(())
}

fn unique<'a>(field: &str, ids: impl Iterator<Item = &'a String>) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(format!("field `{field}`: id `{id}` appears twice"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_statement_loads_with_the_facts_a_dpia_needs() {
        let s = Statement::embedded();
        assert_eq!(s.processor.name, "KPI Solutions B.V.");
        assert_eq!(s.version.version, "06-2025");
        assert_eq!(s.version.printed_version.as_deref(), Some("05-2025"));
        assert_eq!(
            s.version.valid_from,
            NaiveDate::from_ymd_opt(2025, 5, 7).unwrap()
        );
        assert!(s.version.discrepancy.is_some());
        let ids: Vec<_> = s.services.list.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "reports",
                "connectors",
                "datawarehouse",
                "apps_automations",
                "ml_ai",
                "consultancy"
            ]
        );
        assert_eq!(s.deletion.within_days, 7);
        assert_eq!(s.deletion.item, 16);
        assert_eq!(s.breach.notify_within_hours, 24);
        assert_eq!(s.clauses.termination_days_after_change, 30);
        assert!(s.intended_use.special_data_possible);
        let ids: Vec<_> = s
            .map_visuals
            .visuals
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(ids, ["bing_maps", "azure_maps", "arcgis"]);
        assert_eq!(
            s.map_visual("bing_maps").unwrap().vendors,
            ["Microsoft Bing", "TomTom", "SK Telecom"]
        );
        let n_ix = s.sub_processor("n_ix").unwrap();
        assert_eq!(n_ix.condition, Condition::DevelopmentWork);
        assert_eq!(n_ix.location, Location::OutsideEuEeaTemporary);
        assert_eq!(
            s.sub_processor("riecken").unwrap().condition,
            Condition::DatevConnector
        );
        assert_eq!(
            s.sub_processor("ovh").unwrap().condition,
            Condition::DatevConnector
        );
        assert_eq!(
            s.sub_processor("microsoft").unwrap().condition,
            Condition::Always
        );
        assert_eq!(
            s.earliest_certificate_expiry().unwrap().valid_until,
            NaiveDate::from_ymd_opt(2028, 5, 19).unwrap()
        );
        for number in ["2.2", "3.2", "7.2", "7.5"] {
            assert!(s.clause(number).is_some(), "clause {number}");
        }
        let addons: Vec<_> = s
            .privacy_by_design
            .retention_addons
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(addons, ["time_travel", "snapshot"]);
    }

    #[test]
    fn unknown_key_names_file_line_and_field() {
        let text = DEFAULT_STATEMENT_TOML.replacen("[processor]\n", "[processor]\ncolour = 1\n", 1);
        let err = parse(&text, "x.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.toml: line "), "{msg}");
        assert!(msg.contains("colour"), "{msg}");
    }

    #[test]
    fn bad_date_is_reported_with_position() {
        let text =
            DEFAULT_STATEMENT_TOML.replacen("valid_from = 2025-05-07", "valid_from = \"7 mei\"", 1);
        let err = parse(&text, "x.toml").unwrap_err();
        assert!(matches!(err, StatementError::Parse { .. }), "{err}");
    }

    #[test]
    fn missing_field_is_named() {
        let text = DEFAULT_STATEMENT_TOML.replacen("within_days = 7\n", "", 1);
        let msg = parse(&text, "x.toml").unwrap_err().to_string();
        assert!(msg.contains("within_days"), "{msg}");
    }

    #[test]
    fn newer_schema_version_is_refused() {
        let text = DEFAULT_STATEMENT_TOML.replacen("schema_version = 1", "schema_version = 9", 1);
        let msg = parse(&text, "x.toml").unwrap_err().to_string();
        assert!(msg.contains("schema_version"), "{msg}");
    }
}
