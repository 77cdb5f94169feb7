//! The law and guidance a DPIA's legal framework (Model DPIA point 9) names for this client
//! beyond the GDPR and the processor's clauses: by sector, by the data and by its use. Generic
//! law only; the wording, with each law's citation, is in the locales (`law-<id>`).

use crate::triggers;
use dpia_assessment::{Assessment, Characteristic as C, DataCategory, Sector, SubjectGroup};
use dpia_statement::{ServiceTrait, Statement};
use serde::Serialize;

/// One law or guidance the legal framework names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Law {
    /// Care providers with health data: the WGBO (Civil Code book 7).
    Wgbo,
    /// Care providers: the decree on electronic data processing (NEN 7510, 7512, 7513).
    CareDataDecree,
    /// Care providers: the Wabvpz (the BSN in care, electronic exchange).
    Wabvpz,
    /// Employees' health data: the Gatekeeper Improvement Act (reintegration).
    Poortwachter,
    /// Employees' health data: the Dutch DPA's guidance on sick employees.
    SickEmployeesGuidance,
    /// Employees' data: the works council (WOR art. 27).
    WorksCouncilAct,
    /// Government bodies: the Open Government Act.
    Woo,
    /// Government bodies: the Archives Act.
    Archives,
    /// The BSN: UAVG art. 46 and the statute that allows it.
    Bsn,
    /// Solely automated decisions: GDPR Art. 22, and UAVG art. 40 where a public body decides.
    AutomatedDecisions { public: bool },
    /// Machine learning: the AI Act.
    AiAct,
}

impl Law {
    /// The message id stem: `law-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Law::Wgbo => "wgbo",
            Law::CareDataDecree => "care_data_decree",
            Law::Wabvpz => "wabvpz",
            Law::Poortwachter => "poortwachter",
            Law::SickEmployeesGuidance => "sick_employees_guidance",
            Law::WorksCouncilAct => "works_council",
            Law::Woo => "woo",
            Law::Archives => "archives",
            Law::Bsn => "bsn",
            Law::AutomatedDecisions { public: true } => "automated_decisions_public",
            Law::AutomatedDecisions { public: false } => "automated_decisions",
            Law::AiAct => "ai_act",
        }
    }
}

/// The laws that apply to this client, in the order the framework lists them.
pub fn framework(st: &Statement, a: &Assessment) -> Vec<Law> {
    let cats = a.categories();
    let health =
        cats.contains(&DataCategory::Health) || cats.contains(&DataCategory::PatientNumbers);
    let care = matches!(
        a.organisation.sector,
        Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
    );
    let government = matches!(
        a.organisation.sector,
        Some(Sector::Municipality | Sector::Government)
    );
    let employees = a
        .used_services()
        .any(|(_, u)| u.has_data() && u.subjects.contains(&SubjectGroup::Employees));
    let employees_health = a
        .groups_with(DataCategory::Health)
        .contains(&SubjectGroup::Employees);
    let mut out = Vec::new();
    if care && health {
        out.extend([Law::Wgbo, Law::CareDataDecree, Law::Wabvpz]);
    }
    if employees_health {
        out.extend([Law::Poortwachter, Law::SickEmployeesGuidance]);
    }
    if employees {
        out.push(Law::WorksCouncilAct);
    }
    if government {
        out.extend([Law::Woo, Law::Archives]);
    }
    if cats.contains(&DataCategory::Bsn) {
        out.push(Law::Bsn);
    }
    if a.has_characteristic(C::AutomatedDecisions) {
        out.push(Law::AutomatedDecisions { public: government });
    }
    if !triggers::used_with_trait(st, a, ServiceTrait::MachineLearning).is_empty() {
        out.push(Law::AiAct);
    }
    out
}
