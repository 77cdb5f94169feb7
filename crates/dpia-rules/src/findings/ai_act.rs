//! The EU AI Act (Regulation (EU) 2024/1689) for a client that deploys the processor's
//! machine-learning service: whether the use is high-risk (art. 6(1): a product under Annex I
//! such as medical-device software; art. 6(2): an Annex III area), when a fundamental-rights
//! impact assessment is the deployer's legal duty (art. 27) and the use is registered (art.
//! 49(3)), and whether the statement's own promise ("no high-risk AI") covers the use.
//!
//! Dates (the app's assumption, stated in every document that names them): the Digital Omnibus
//! on AI, adopted by the European Parliament and the Council in June 2026, amends art. 113 so
//! that the obligations for Annex III systems apply from 2 December 2027 and those for Annex I
//! products (art. 6(1)) from 2 August 2028; the text as published in 2024 had 2 August 2026 and
//! 2 August 2027.

use super::*;
use chrono::NaiveDate;
use dpia_assessment::{Assessment, Characteristic as C, Sector};
use dpia_statement::{ServiceTrait, Statement};

/// From when the obligations for high-risk AI systems in Annex III areas apply (the app's
/// assumption, see the module comment).
pub fn annex_iii_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 12, 2).expect("a valid date")
}

/// From when the obligations for high-risk AI systems under art. 6(1) (Annex I products) apply.
pub fn annex_i_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2028, 8, 2).expect("a valid date")
}

/// Why a use of the machine-learning service is high-risk under the AI Act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HighRisk {
    /// Art. 6(1): (part of) a product under Annex I that needs a third-party conformity
    /// assessment, such as medical-device software.
    AnnexI,
    /// Art. 6(2): used in an Annex III area.
    AnnexIii { area: AiActArea },
}

/// The reasons the client's use of a machine-learning service is high-risk (empty when it is
/// not, or no such service is used, or the questions are not answered).
pub fn high_risk(st: &Statement, a: &Assessment) -> Vec<HighRisk> {
    if triggers::used_with_trait(st, a, ServiceTrait::MachineLearning).is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if a.ai_product == Some(true) {
        out.push(HighRisk::AnnexI);
    }
    if let Some(area) = a.ai_act_area.filter(|x| *x != AiActArea::None) {
        out.push(HighRisk::AnnexIii { area });
    }
    out
}

/// Whether a fundamental-rights impact assessment is this deployer's duty (AI Act art. 27(1)):
/// `Some(true)` for a public body (which also registers the use, art. 49(3)), `Some(false)` for
/// a private provider of public services or a deployer of Annex III point 5(b)/(c) systems
/// (creditworthiness, pricing of life and health insurance); `None` when there is no such duty.
/// Annex III point 2 (critical infrastructure) is excluded by art. 27(1). Which sectors provide
/// public services (care and education) is the app's reading of art. 27(1).
pub fn fria_duty(st: &Statement, a: &Assessment) -> Option<bool> {
    let area = high_risk(st, a).into_iter().find_map(|h| match h {
        HighRisk::AnnexIii { area } => Some(area),
        HighRisk::AnnexI => None,
    })?;
    if area == AiActArea::CriticalInfrastructure {
        return None;
    }
    let sector = a.organisation.sector;
    let public = matches!(sector, Some(Sector::Municipality | Sector::Government));
    let public_service = matches!(
        sector,
        Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider | Sector::Education)
    );
    let credit_or_insurance = area == AiActArea::EssentialServices
        && (a.has_characteristic(C::CreditScoring)
            || matches!(
                sector,
                Some(Sector::HealthInsurer | Sector::FinancialServices)
            ));
    if public {
        Some(true)
    } else if public_service || credit_or_insurance {
        Some(false)
    } else {
        None
    }
}

/// The AI Act's flags for this client.
pub(super) fn flags(st: &Statement, a: &Assessment) -> Vec<Flag> {
    use StatementRef::Item;
    let ml = triggers::used_with_trait(st, a, ServiceTrait::MachineLearning);
    if ml.is_empty() {
        return Vec::new();
    }
    let items: Vec<StatementRef> = ml
        .iter()
        .filter_map(|t| match t {
            Trigger::Service { service } => st.service(service),
            _ => None,
        })
        .map(|s| Item(s.item))
        .collect();
    let risks = high_risk(st, a);
    let mut out = Vec::new();
    for h in &risks {
        let mut t = ml.clone();
        match h {
            HighRisk::AnnexI => {
                t.push(Trigger::AiProduct);
                out.push(flag(FlagKind::AiActAnnexI, Severity::Warning, t, &items));
            }
            HighRisk::AnnexIii { area } => {
                t.push(Trigger::AiActArea { area: *area });
                out.push(flag(
                    FlagKind::AiActAnnexIii { area: *area },
                    Severity::Warning,
                    t,
                    &items,
                ));
            }
        }
    }
    if let Some(public) = fria_duty(st, a) {
        let mut t = ml.clone();
        if let Some(area) = a.ai_act_area {
            t.push(Trigger::AiActArea { area });
        }
        if let Some(sector) = a.organisation.sector {
            t.push(Trigger::Sector { sector });
        }
        t.extend(triggers::characteristics(a, &[C::CreditScoring]));
        out.push(flag(FlagKind::Fria { public }, Severity::Warning, t, &[]));
    }
    if !risks.is_empty() {
        for (id, _) in a.used_services() {
            let Some(sv) = st.service(id) else { continue };
            let Some(promise) = &sv.high_risk_ai_excluded else {
                continue;
            };
            if !sv.traits.contains(&ServiceTrait::MachineLearning) {
                continue;
            }
            let mut t = vec![Trigger::Service {
                service: id.to_string(),
            }];
            for h in &risks {
                t.push(match h {
                    HighRisk::AnnexI => Trigger::AiProduct,
                    HighRisk::AnnexIii { area } => Trigger::AiActArea { area: *area },
                });
            }
            out.push(flag(
                FlagKind::HighRiskAiNotInStatement {
                    service: id.to_string(),
                },
                Severity::Warning,
                t,
                &[Item(promise.item)],
            ));
        }
    }
    out
}
