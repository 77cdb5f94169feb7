//! Findings beside the verdict: flags (`flags`), the legal blockers and the checks of each legal
//! ground against its use (`legal`), the sub-processors and map vendors that apply to this client
//! (`parties`), and the open questions an incomplete assessment leaves (`questions`).

mod ai_act;
mod employment;
mod flags;
mod legal;
mod parties;
mod questions;

pub use ai_act::{annex_i_from, annex_iii_from, fria_duty, high_risk, HighRisk};
pub use flags::flags;
pub use legal::legal_blockers;
pub use parties::{
    map_recipients, sub_processors, AppliedSubProcessor, MapRecipient, SubProcessorReason,
    VendorRole,
};
pub use questions::{asks_map_shows_people, groups_asked, open_questions, OpenQuestion};

use crate::triggers::{self, Trigger};
use dpia_assessment::{AiActArea, DataCategory, SubjectGroup, UavgException};
use dpia_statement::StatementRef;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The processing may not go ahead until this is resolved.
    Blocking,
    /// Needs an assessment or a decision by the controller.
    Warning,
    /// Worth knowing.
    Info,
}

/// What a flag is about. Serialised with a `kind` tag; extra data beside it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FlagKind {
    /// BSN sent without a statutory basis (UAVG art. 46).
    BsnWithoutBasis,
    /// A special category without an Art. 9(2) / UAVG exception.
    SpecialCategoryWithoutException { category: DataCategory },
    /// Criminal data without an Art. 10 / UAVG basis.
    CriminalWithoutBasis,
    /// The statement does not say it may process special, criminal or national-ID data
    /// (standard clause 3.2).
    StatementNotDesignedForSpecialData,
    /// Development work outside the EU/EEA under SCCs: a transfer impact assessment is needed.
    TransferDevelopmentOutsideEea,
    /// Map visuals send address and location queries outside the tenant's region.
    TransferMapVisuals,
    /// Map vendors receive address and location queries.
    MapVendorsRecipients,
    /// A yes/no option brings in more sub-processors (the statement's condition).
    OptionSubProcessors { option: String },
    /// Time travel or snapshot keep data that the source has deleted.
    RetentionBeyondSource,
    /// Health data at a care provider: NEN 7510 applies (the processor's certificate named).
    Nen7510,
    /// The legal ground named does not cover this use of the data (e.g. a sick-leave exception
    /// for a prediction model).
    BasisDoesNotCoverUse {
        category: DataCategory,
        basis: BasisScope,
    },
    /// An exception named for a special category does not fit one of the groups of people whose
    /// data it concerns (e.g. the care providers' exception for staff sick leave): each group
    /// needs its own.
    BasisDoesNotCoverGroup {
        category: DataCategory,
        group: SubjectGroup,
        uavg: UavgException,
    },
    /// The BSN in a used service: UAVG art. 46 allows it only for the purpose of the statute that
    /// prescribes or allows it; management information or analysis needs its own basis.
    BsnPurpose,
    /// Decisions solely by automated processing: GDPR Art. 22; `public` where UAVG art. 40 can
    /// apply at all (a legal duty or a public task, never profiling).
    AutomatedDecisions { public: bool },
    /// Health data: the secrecy requirement of GDPR Art. 9(3) and UAVG art. 30(4), and the
    /// processor's confidentiality clause.
    HealthSecrecy,
    /// Employees' data in HR reporting or analysis, or monitoring of employees: the works
    /// council's consent (WOR art. 27(1)(k), and (l) for monitoring).
    WorksCouncil { monitoring: bool },
    /// The model is (part of) a product under AI Act Annex I, such as medical-device software:
    /// high-risk under AI Act art. 6(1).
    AiActAnnexI,
    /// A fundamental-rights impact assessment is a legal duty of this deployer (AI Act art. 27);
    /// `public`: the use is also registered in the EU database (art. 49(3)).
    Fria { public: bool },
    /// The statement says the service offers no high-risk AI, and this client's use is
    /// high-risk: outside what the statement promises (a contract and sales matter).
    HighRiskAiNotInStatement { service: String },
    /// The client processes for its own clients: they are the controllers.
    ClientIsProcessor,
    /// A government body uses algorithms or predictions about citizens: an IAMA is recommended.
    Iama,
    /// The statement names no third country for a party that processes outside the EU/EEA.
    ThirdCountryUnknown { sub_processor: String },
    /// A DPIA is required and it is not recorded whether the views of data subjects were sought.
    ViewsOfDataSubjects,
    /// A machine-learning service is used in an EU AI Act Annex III area.
    AiActAnnexIii { area: AiActArea },
    /// A certificate expires before the proposed review date (or has expired).
    CertificateExpiresBeforeReview {
        certificate: String,
        valid_until: chrono::NaiveDate,
    },
    /// The assessment is based on another version of the statement than the one used.
    StatementVersionMismatch,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    #[serde(flatten)]
    pub kind: FlagKind,
    pub severity: Severity,
    pub triggers: Vec<Trigger>,
    /// The statement items and clauses this flag rests on.
    pub sources: Vec<StatementRef>,
}

/// A legal ground with a limited scope that the rules can check against the use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BasisScope {
    /// UAVG art. 30 lid 1 onder b: sick leave and reintegration.
    SickLeave,
    /// UAVG art. 29: biometric data for authentication or security.
    BiometricSecurity,
    /// GDPR Art. 9(2)(a) consent, asked of employees.
    EmployeeConsent,
    /// The Wabvpz (care providers) relied on outside care.
    WabvpzOutsideCare,
}

pub(crate) fn flag(
    kind: FlagKind,
    severity: Severity,
    triggers: Vec<Trigger>,
    sources: &[StatementRef],
) -> Flag {
    Flag {
        kind,
        severity,
        triggers: triggers::tidy(triggers),
        sources: sources.to_vec(),
    }
}
