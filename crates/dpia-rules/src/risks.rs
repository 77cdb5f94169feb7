//! The risk register: a catalogue of risks typical for a BI / data-warehouse processor, each with
//! its trigger, likelihood and impact, the statement measures that mitigate it, a residual level
//! and whether that residual level indicates prior consultation of the DPA (GDPR Art. 36).
//!
//! Impact rises one step when sensitive data (special categories, criminal data, the BSN) or
//! vulnerable data subjects are involved. Measures lower the likelihood, not the impact. The
//! residual level assumes the statement's measures (cited by item) plus the controller measures
//! the register proposes per risk (`risk-<id>-controller`), which the controller must confirm.

use crate::triggers::{self, Trigger};
use dpia_assessment::{Assessment, Characteristic as C, DataCategory, ServiceId};
use dpia_statement::StatementRef::{self, Clause, Item};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];

    pub fn id(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }

    fn score(self) -> u8 {
        self as u8 + 1
    }

    fn raised(self) -> Level {
        match self {
            Level::Low => Level::Medium,
            _ => Level::High,
        }
    }
}

/// The risk level of a likelihood × impact cell (Model DPIA Rijksdienst, three levels):
/// low+low and low+medium are low; medium+medium, low+high and high+low are medium; the rest high.
pub fn level(likelihood: Level, impact: Level) -> Level {
    match likelihood.score() + impact.score() {
        0..=3 => Level::Low,
        4 => Level::Medium,
        _ => Level::High,
    }
}

/// One risk of the register as it applies to an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Stable id; texts are `risk-<id>-title`, `-description`, `-measures`, `-controller`.
    pub id: &'static str,
    pub triggers: Vec<Trigger>,
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    /// Statement items and clauses whose measures mitigate the risk.
    pub measures: Vec<StatementRef>,
    /// Residual values assume the statement measures plus the proposed controller measures.
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
    /// A high residual risk requires prior consultation of the DPA (GDPR Art. 36(1)).
    pub prior_consultation: bool,
}

struct Entry {
    id: &'static str,
    likelihood: Level,
    impact: Level,
    residual_likelihood: Level,
    measures: &'static [StatementRef],
    trigger: fn(&Assessment) -> Vec<Trigger>,
}

fn reports_with(a: &Assessment, extra: Vec<Trigger>) -> Vec<Trigger> {
    if a.uses(ServiceId::Reports) && !extra.is_empty() {
        extra
    } else {
        Vec::new()
    }
}

const CATALOGUE: &[Entry] = &[
    Entry {
        id: "unauthorised_access",
        likelihood: Level::Medium,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(12), Item(17), Item(18), Item(19)],
        trigger: triggers::personal_data_services,
    },
    Entry {
        id: "sub_processor_breach",
        likelihood: Level::Low,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(15), Item(19), Item(20), Clause(8, 3)],
        trigger: triggers::personal_data_services,
    },
    Entry {
        id: "transfer_outside_eea",
        likelihood: Level::Medium,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(14), Item(15)],
        trigger: triggers::developed_services,
    },
    Entry {
        id: "foreign_authority_access",
        likelihood: Level::Low,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(12), Item(14), Item(17)],
        trigger: triggers::sensitive_categories,
    },
    Entry {
        id: "map_visual_disclosure",
        likelihood: Level::High,
        impact: Level::Medium,
        residual_likelihood: Level::Medium,
        measures: &[Item(14)],
        trigger: |a| {
            let located = triggers::categories(a, |c| {
                matches!(c, DataCategory::Addresses | DataCategory::Location)
            });
            let visuals: Vec<Trigger> = a
                .map_visuals()
                .into_iter()
                .map(|visual| Trigger::MapVisual { visual })
                .collect();
            if located.is_empty() || visuals.is_empty() {
                Vec::new()
            } else {
                reports_with(a, [visuals, located].concat())
            }
        },
    },
    Entry {
        id: "function_creep",
        likelihood: Level::Medium,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(11), Item(12)],
        trigger: |a| triggers::characteristics(a, &[C::CombinesSources, C::DataSharingPartnership]),
    },
    Entry {
        id: "excessive_retention",
        likelihood: Level::High,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(12), Item(16)],
        trigger: |a| {
            let mut t = Vec::new();
            if triggers::personal_data_services(a).is_empty() {
                return t;
            }
            if a.options.time_travel == Some(true) {
                t.push(Trigger::TimeTravel);
            }
            if a.options.snapshot == Some(true) {
                t.push(Trigger::Snapshot);
            }
            t
        },
    },
    Entry {
        id: "reidentification",
        likelihood: Level::Medium,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(12)],
        trigger: |a| {
            let mut t = triggers::subjects(a, |g| g.is_vulnerable());
            if !t.is_empty() {
                t.extend(triggers::sensitive_categories(a));
            }
            reports_with(a, t)
        },
    },
    Entry {
        id: "inaccurate_decisions",
        likelihood: Level::Medium,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(12), Item(17)],
        trigger: |a| {
            triggers::characteristics(
                a,
                &[
                    C::PredictionsAboutPeople,
                    C::AutomatedDecisions,
                    C::EmployeeMonitoring,
                    C::CreditScoring,
                    C::ServiceAccessDecisions,
                ],
            )
        },
    },
    Entry {
        id: "profiling",
        likelihood: Level::Medium,
        impact: Level::High,
        residual_likelihood: Level::Low,
        measures: &[Item(9), Item(12)],
        trigger: |a| {
            let ml = triggers::ml_with_personal_data(a);
            let about_people =
                triggers::characteristics(a, &[C::PredictionsAboutPeople, C::AutomatedDecisions]);
            if ml.is_empty() || about_people.is_empty() {
                Vec::new()
            } else {
                [ml, about_people].concat()
            }
        },
    },
    Entry {
        id: "sensitive_data_spread",
        likelihood: Level::Medium,
        impact: Level::High,
        residual_likelihood: Level::Low,
        measures: &[Item(12), Item(17), Item(19)],
        trigger: |a| {
            triggers::categories(a, |c| {
                c.is_special()
                    || matches!(
                        c,
                        DataCategory::Bsn | DataCategory::Criminal | DataCategory::PatientNumbers
                    )
            })
        },
    },
    Entry {
        id: "rights_not_honoured",
        likelihood: Level::Low,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(11), Item(12), Clause(7, 1), Clause(7, 3)],
        trigger: triggers::personal_data_services,
    },
    Entry {
        id: "datev_third_party",
        likelihood: Level::Low,
        impact: Level::Medium,
        residual_likelihood: Level::Low,
        measures: &[Item(15)],
        trigger: |a| {
            if a.options.datev_connector == Some(true)
                && !triggers::personal_data_services(a).is_empty()
            {
                vec![Trigger::DatevConnector]
            } else {
                Vec::new()
            }
        },
    },
];

/// Every risk id in the catalogue, in register order.
pub fn catalogue_ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|e| e.id)
}

/// The risks whose triggers apply to this assessment.
pub fn risks(a: &Assessment) -> Vec<Risk> {
    let elevated = !triggers::sensitive_categories(a).is_empty()
        || !triggers::subjects(a, |g| g.is_vulnerable()).is_empty();
    let blocking_gaps = has_unlawful_gaps(a);
    CATALOGUE
        .iter()
        .filter_map(|e| {
            let triggers = triggers::tidy((e.trigger)(a));
            if triggers.is_empty() {
                return None;
            }
            let impact = if elevated {
                e.impact.raised()
            } else {
                e.impact
            };
            let mut residual_likelihood = e.residual_likelihood;
            // Security measures cannot mitigate processing that has no legal ground yet.
            if e.id == "sensitive_data_spread" && blocking_gaps {
                residual_likelihood = Level::Medium;
            }
            // Decisions without a human in the loop stay likely to hurt someone.
            if matches!(e.id, "profiling" | "inaccurate_decisions")
                && a.has_characteristic(C::AutomatedDecisions)
            {
                residual_likelihood = Level::Medium;
            }
            let residual_level = level(residual_likelihood, impact);
            Some(Risk {
                id: e.id,
                triggers,
                likelihood: e.likelihood,
                impact,
                level: level(e.likelihood, impact),
                measures: e.measures.to_vec(),
                residual_likelihood,
                residual_impact: impact,
                residual_level,
                prior_consultation: residual_level == Level::High,
            })
        })
        .collect()
}

/// A special category, the BSN or criminal data without the legal ground the client must name.
fn has_unlawful_gaps(a: &Assessment) -> bool {
    let cats = a.categories();
    let f = &a.follow_ups;
    cats.iter().any(|c| {
        (c.is_special()
            && f.special_category_exceptions
                .get(c)
                .is_none_or(|s| s.trim().is_empty()))
            || (*c == DataCategory::Bsn && f.bsn_basis.trim().is_empty())
            || (*c == DataCategory::Criminal && f.criminal_basis.trim().is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_levels() {
        use Level::*;
        assert_eq!(level(Low, Low), Low);
        assert_eq!(level(Low, Medium), Low);
        assert_eq!(level(Medium, Medium), Medium);
        assert_eq!(level(Low, High), Medium);
        assert_eq!(level(High, Low), Medium);
        assert_eq!(level(Medium, High), High);
        assert_eq!(level(High, High), High);
    }

    #[test]
    fn catalogue_has_at_least_ten_unique_risks() {
        let ids: std::collections::BTreeSet<_> = catalogue_ids().collect();
        assert!(ids.len() >= 10);
        assert_eq!(ids.len(), CATALOGUE.len());
    }
}
