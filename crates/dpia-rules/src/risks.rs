//! The risk register: a catalogue of risks typical for a BI / data-warehouse processor, each with
//! its trigger, likelihood and impact; the statement's measures that mitigate it (the statement
//! says which, and whether each lowers the likelihood or the impact); the controller measures the
//! app proposes; a residual level; and whether that level indicates prior consultation of the
//! DPA (GDPR Art. 36).
//!
//! The app's rules, stated in every document:
//! - Impact rises one step when special categories, criminal data, the BSN or vulnerable data
//!   subjects are involved.
//! - Residual: each of likelihood and impact goes down one step when at least one of the
//!   processor's measures lowers it, and one more step when at least one measure the controller
//!   has adopted lowers it; never below low.
//! - Floors: decisions without human involvement keep the likelihood of profiling and of wrong
//!   decisions at medium or above; a missing legal ground keeps the likelihood that sensitive data
//!   spreads unlawfully at medium or above (security measures cannot make processing lawful).
//!
//! The catalogue is generic: processor names and item numbers come from the statement.

use crate::triggers::{self, Trigger};
use dpia_assessment::{Assessment, Characteristic as C, DataCategory, Levels, RiskStatus};
use dpia_statement::{Dimension, ServiceTrait, Statement, StatementRef};
use serde::Serialize;
use std::collections::BTreeSet;

pub use dpia_assessment::Level;

/// The risk level of a likelihood × impact cell (Model DPIA Rijksdienst, three levels):
/// low+low and low+medium are low; medium+medium, low+high and high+low are medium; the rest high.
pub fn level(likelihood: Level, impact: Level) -> Level {
    match likelihood.score() + impact.score() {
        0..=3 => Level::Low,
        4 => Level::Medium,
        _ => Level::High,
    }
}

/// A statement measure that mitigates a risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementMeasure {
    /// The statement's measure id.
    pub id: String,
    pub source: StatementRef,
    pub lowers: Dimension,
}

/// A measure the app proposes to the controller for a risk (worded as `measure-<id>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ControllerMeasure {
    pub id: &'static str,
    pub lowers: Dimension,
    /// Whether the controller has adopted it (it then counts for the residual risk).
    pub adopted: bool,
}

/// Why a residual value stays higher than the measures alone would make it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Floor {
    /// Decisions are taken without human involvement.
    AutomatedDecisions,
    /// Special, criminal or BSN data without the legal ground the controller must name.
    NoLegalGround,
}

/// The values the DPIA uses for a risk: the controller's where adjusted, else the computed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// False when the controller marked the risk as not applicable.
    pub applicable: bool,
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
}

/// One risk of the register as it applies to an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// "R1", "R2", … in register order: how the app and the documents name the risk.
    pub number: String,
    /// Stable id; texts are `risk-<id>-title` and `-description`. An own risk of the controller
    /// has its own id and its texts in `own`.
    pub id: String,
    /// A risk the controller added (not from the catalogue).
    pub own: Option<dpia_assessment::OwnRisk>,
    pub triggers: Vec<Trigger>,
    pub likelihood: Level,
    pub impact: Level,
    pub level: Level,
    /// The statement's measures that mitigate the risk, with what each lowers.
    pub measures: Vec<StatementMeasure>,
    /// The measures proposed to the controller, with what each lowers.
    pub controller_measures: Vec<ControllerMeasure>,
    /// What keeps a residual value up, if anything.
    pub floors: Vec<Floor>,
    pub residual_likelihood: Level,
    pub residual_impact: Level,
    pub residual_level: Level,
    /// The controller's decision, as recorded.
    pub decision: Option<dpia_assessment::RiskDecision>,
    /// The computed values differ from those recorded with the decision: the answers changed
    /// after the controller decided (shown, never silently applied).
    pub changed_since_decision: bool,
    /// What the DPIA uses.
    pub applied: Applied,
    /// A high residual risk requires prior consultation of the DPA (GDPR Art. 36(1)).
    pub prior_consultation: bool,
}

impl Risk {
    /// The computed values, as a decision records them.
    pub fn computed(&self) -> Levels {
        Levels {
            likelihood: self.likelihood,
            impact: self.impact,
            residual_likelihood: self.residual_likelihood,
            residual_impact: self.residual_impact,
        }
    }

    /// The statement items and clauses the measures stand in, in order, once each.
    pub fn sources(&self) -> Vec<StatementRef> {
        let set: BTreeSet<StatementRef> = self.measures.iter().map(|m| m.source).collect();
        set.into_iter().collect()
    }
}

struct Entry {
    id: &'static str,
    likelihood: Level,
    impact: Level,
    controller: &'static [(&'static str, Dimension)],
    trigger: fn(&Statement, &Assessment) -> Vec<Trigger>,
}

use Dimension::{Impact as I, Likelihood as L};

fn reports_with(st: &Statement, a: &Assessment, extra: Vec<Trigger>) -> Vec<Trigger> {
    if !triggers::used_with_trait(st, a, ServiceTrait::Reporting).is_empty() && !extra.is_empty() {
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
        controller: &[
            ("role_based_access", L),
            ("no_publish_to_web", L),
            ("sharing_review", L),
        ],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "sub_processor_breach",
        likelihood: Level::Low,
        impact: Level::Medium,
        controller: &[("breach_contact", I), ("breach_rehearsal", I)],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "transfer_outside_eea",
        likelihood: Level::Medium,
        impact: Level::Medium,
        controller: &[("transfer_assessment", L), ("test_data_for_development", I)],
        trigger: |st, a| {
            let abroad = st
                .outside_eea()
                .any(|s| s.condition == dpia_statement::Condition::DevelopmentWork);
            if abroad {
                triggers::developed_services(st, a)
            } else {
                Vec::new()
            }
        },
    },
    Entry {
        id: "foreign_authority_access",
        likelihood: Level::Low,
        impact: Level::Medium,
        controller: &[("pseudonymise_identifiers", I)],
        trigger: |_, a| triggers::sensitive_categories(a),
    },
    Entry {
        id: "map_visual_disclosure",
        likelihood: Level::High,
        impact: Level::Medium,
        controller: &[("no_addresses_on_maps", L), ("aggregate_locations", I)],
        trigger: |st, a| {
            let located = triggers::categories(a, |c| {
                matches!(c, DataCategory::Addresses | DataCategory::Location)
            });
            let visuals = triggers::map_visuals(st, a);
            if located.is_empty() || visuals.is_empty() {
                Vec::new()
            } else {
                reports_with(st, a, [visuals, located].concat())
            }
        },
    },
    Entry {
        id: "function_creep",
        likelihood: Level::Medium,
        impact: Level::Medium,
        controller: &[("purposes_per_dataset", L), ("approve_new_reports", L)],
        trigger: |_, a| {
            triggers::characteristics(a, &[C::CombinesSources, C::DataSharingPartnership])
        },
    },
    Entry {
        id: "excessive_retention",
        likelihood: Level::High,
        impact: Level::Medium,
        controller: &[("retention_period", L)],
        trigger: |st, a| {
            if triggers::personal_data_services(a).is_empty() {
                return Vec::new();
            }
            st.options_with(dpia_statement::OptionEffect::RetentionBeyondSource)
                .filter(|o| a.chose(&o.id))
                .map(|o| Trigger::Option {
                    option: o.id.clone(),
                })
                .collect()
        },
    },
    Entry {
        id: "reidentification",
        likelihood: Level::Medium,
        impact: Level::Medium,
        controller: &[("minimum_group_size", L), ("limit_drill_down", L)],
        trigger: |st, a| {
            let mut t = triggers::subjects(a, |g| g.is_vulnerable());
            if !t.is_empty() {
                t.extend(triggers::sensitive_categories(a));
            }
            reports_with(st, a, t)
        },
    },
    Entry {
        id: "inaccurate_decisions",
        likelihood: Level::Medium,
        impact: Level::Medium,
        controller: &[("human_review", I), ("data_quality_checks", L)],
        trigger: |_, a| {
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
        controller: &[
            ("bias_testing", L),
            ("explain_scores", I),
            ("human_in_decisions", I),
        ],
        trigger: |st, a| {
            let ml = triggers::ml_with_personal_data(st, a);
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
        controller: &[("needed_columns_only", L), ("pseudonymise_numbers", I)],
        trigger: |_, a| {
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
        controller: &[("rights_procedure_covers_copies", L)],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "option_sub_processors",
        likelihood: Level::Low,
        impact: Level::Medium,
        controller: &[("check_sub_processor_terms", L), ("share_only_needed", I)],
        trigger: |st, a| {
            if triggers::personal_data_services(a).is_empty() {
                return Vec::new();
            }
            st.options
                .iter()
                .filter(|o| {
                    a.chose(&o.id)
                        && st.sub_processors.list.iter().any(|s| {
                            s.condition
                                == dpia_statement::Condition::Option {
                                    option: o.id.clone(),
                                }
                        })
                })
                .map(|o| Trigger::Option {
                    option: o.id.clone(),
                })
                .collect()
        },
    },
];

/// Every risk id in the catalogue, in register order.
pub fn catalogue_ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|e| e.id)
}

/// Every controller measure id the catalogue proposes (worded as `measure-<id>`).
pub fn controller_measure_ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE
        .iter()
        .flat_map(|e| e.controller.iter().map(|(id, _)| *id))
}

/// Checks what the statement's loader cannot: every risk its measures mitigate is in the
/// catalogue. Returns the field and the unknown id.
pub fn check_statement(st: &Statement) -> Result<(), (String, String)> {
    for (i, m) in st.measures.iter().enumerate() {
        for (j, x) in m.mitigates.iter().enumerate() {
            if !catalogue_ids().any(|id| id == x.risk) {
                return Err((format!("measures[{i}].mitigates[{j}].risk"), x.risk.clone()));
            }
        }
    }
    Ok(())
}

fn step(level: Level, lowered: bool) -> Level {
    if lowered {
        level.lowered()
    } else {
        level
    }
}

/// The risks whose triggers apply to this assessment, then the controller's own risks. Adopted
/// controller measures (with a status in the action plan) count for the residual risk; the
/// controller's decisions are applied on top of the computed values and kept beside them.
pub fn risks(st: &Statement, a: &Assessment) -> Vec<Risk> {
    let mut out = computed(st, a, &|id| a.adopted(id));
    for r in &mut out {
        apply_decision(r, a.risk_decisions.get(&r.id));
    }
    out.extend(a.own_risks.iter().map(own_risk));
    number(&mut out);
    out
}

/// Numbers the register in order: R1, R2, …
fn number(risks: &mut [Risk]) {
    for (i, r) in risks.iter_mut().enumerate() {
        r.number = format!("R{}", i + 1);
    }
}

/// The risk numbers of the applicable risks per cell of the 3×3 matrix, before or after measures,
/// with the values the DPIA applies (the controller's where adjusted), indexed
/// `[likelihood][impact]` from low to high.
pub fn matrix(risks: &[Risk], after: bool) -> [[Vec<String>; 3]; 3] {
    let mut cells: [[Vec<String>; 3]; 3] = Default::default();
    for r in risks.iter().filter(|r| r.applied.applicable) {
        let (l, i) = if after {
            (r.applied.residual_likelihood, r.applied.residual_impact)
        } else {
            (r.applied.likelihood, r.applied.impact)
        };
        cells[l.score() as usize - 1][i.score() as usize - 1].push(r.number.clone());
    }
    cells
}

fn apply_decision(r: &mut Risk, d: Option<&dpia_assessment::RiskDecision>) {
    let Some(d) = d else { return };
    r.decision = Some(d.clone());
    r.changed_since_decision = d.status.is_some() && d.computed.is_some_and(|c| c != r.computed());
    match d.status {
        Some(RiskStatus::Adjusted) => {
            let l = d.likelihood.unwrap_or(r.likelihood);
            let i = d.impact.unwrap_or(r.impact);
            let rl = d.residual_likelihood.unwrap_or(r.residual_likelihood);
            let ri = d.residual_impact.unwrap_or(r.residual_impact);
            r.applied = Applied {
                applicable: true,
                likelihood: l,
                impact: i,
                level: level(l, i),
                residual_likelihood: rl,
                residual_impact: ri,
                residual_level: level(rl, ri),
            };
        }
        Some(RiskStatus::NotApplicable) => r.applied.applicable = false,
        _ => {}
    }
    r.prior_consultation = r.applied.applicable && r.applied.residual_level == Level::High;
}

/// An own risk of the controller as a register entry (unanswered values count as medium).
fn own_risk(o: &dpia_assessment::OwnRisk) -> Risk {
    let l = o.likelihood.unwrap_or(Level::Medium);
    let i = o.impact.unwrap_or(Level::Medium);
    let rl = o.residual_likelihood.unwrap_or(l);
    let ri = o.residual_impact.unwrap_or(i);
    let applied = Applied {
        applicable: true,
        likelihood: l,
        impact: i,
        level: level(l, i),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level: level(rl, ri),
    };
    Risk {
        number: String::new(),
        id: o.id.clone(),
        own: Some(o.clone()),
        triggers: Vec::new(),
        likelihood: l,
        impact: i,
        level: applied.level,
        measures: Vec::new(),
        controller_measures: Vec::new(),
        floors: Vec::new(),
        residual_likelihood: rl,
        residual_impact: ri,
        residual_level: applied.residual_level,
        decision: None,
        changed_since_decision: false,
        applied,
        prior_consultation: applied.residual_level == Level::High,
    }
}

/// The catalogue's risks as computed from the answers; `adopted` says which controller measures
/// (by id) the controller has adopted.
pub fn computed(st: &Statement, a: &Assessment, adopted: &dyn Fn(&str) -> bool) -> Vec<Risk> {
    let mut out = catalogue_risks(st, a, adopted);
    number(&mut out);
    out
}

fn catalogue_risks(st: &Statement, a: &Assessment, adopted: &dyn Fn(&str) -> bool) -> Vec<Risk> {
    let elevated = !triggers::sensitive_categories(a).is_empty()
        || !triggers::subjects(a, |g| g.is_vulnerable()).is_empty();
    let no_legal_ground = has_unlawful_gaps(a);
    CATALOGUE
        .iter()
        .filter_map(|e| {
            let triggers = triggers::tidy((e.trigger)(st, a));
            if triggers.is_empty() {
                return None;
            }
            let impact = if elevated {
                e.impact.raised()
            } else {
                e.impact
            };
            let measures: Vec<StatementMeasure> = st
                .measures_for(e.id)
                .filter_map(|(m, lowers)| {
                    Some(StatementMeasure {
                        id: m.id.clone(),
                        source: st.measure_source(m)?,
                        lowers,
                    })
                })
                .collect();
            let controller_measures: Vec<ControllerMeasure> = e
                .controller
                .iter()
                .map(|(id, lowers)| ControllerMeasure {
                    id,
                    lowers: *lowers,
                    adopted: adopted(id),
                })
                .collect();
            let by_processor = |d: Dimension| measures.iter().any(|m| m.lowers == d);
            let by_controller = |d: Dimension| {
                controller_measures
                    .iter()
                    .any(|m| m.adopted && m.lowers == d)
            };
            let mut residual_likelihood =
                step(step(e.likelihood, by_processor(L)), by_controller(L));
            let residual_impact = step(step(impact, by_processor(I)), by_controller(I));
            let mut floors = Vec::new();
            if matches!(e.id, "profiling" | "inaccurate_decisions")
                && a.has_characteristic(C::AutomatedDecisions)
            {
                floors.push(Floor::AutomatedDecisions);
            }
            if e.id == "sensitive_data_spread" && no_legal_ground {
                floors.push(Floor::NoLegalGround);
            }
            if !floors.is_empty() {
                residual_likelihood = residual_likelihood.max(Level::Medium);
            }
            let residual_level = level(residual_likelihood, residual_impact);
            let before = level(e.likelihood, impact);
            Some(Risk {
                number: String::new(),
                id: e.id.to_string(),
                own: None,
                triggers,
                likelihood: e.likelihood,
                impact,
                level: level(e.likelihood, impact),
                measures,
                controller_measures,
                floors,
                residual_likelihood,
                residual_impact,
                residual_level,
                decision: None,
                changed_since_decision: false,
                applied: Applied {
                    applicable: true,
                    likelihood: e.likelihood,
                    impact,
                    level: before,
                    residual_likelihood,
                    residual_impact,
                    residual_level,
                },
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
                .is_none_or(|s| !s.given()))
            || (*c == DataCategory::Bsn && !f.bsn_basis.given())
            || (*c == DataCategory::Criminal && !f.criminal_basis.given())
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
    fn the_matrix_places_each_applicable_risk_once_by_the_values_applied() {
        let st = Statement::embedded();
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/scenarios/hospital.dpia.json"
        );
        let mut a = dpia_assessment::load(std::path::Path::new(path)).unwrap();
        let first = risks(&st, &a)[0].id.clone();
        a.risk_decisions.insert(
            first,
            dpia_assessment::RiskDecision {
                status: Some(RiskStatus::NotApplicable),
                reason: "n.v.t.".into(),
                ..Default::default()
            },
        );
        let r = risks(&st, &a);
        for after in [false, true] {
            let cells = matrix(&r, after);
            let placed: Vec<&String> = cells.iter().flatten().flatten().collect();
            assert_eq!(
                placed.len(),
                r.len() - 1,
                "the not-applicable risk is left out"
            );
            assert!(!placed.contains(&&"R1".to_string()));
            for x in r.iter().skip(1) {
                let (l, i) = if after {
                    (x.applied.residual_likelihood, x.applied.residual_impact)
                } else {
                    (x.applied.likelihood, x.applied.impact)
                };
                assert!(cells[l.score() as usize - 1][i.score() as usize - 1].contains(&x.number));
            }
        }
    }

    #[test]
    fn catalogue_has_at_least_ten_unique_risks() {
        let ids: BTreeSet<_> = catalogue_ids().collect();
        assert!(ids.len() >= 10);
        assert_eq!(ids.len(), CATALOGUE.len());
        let measures: BTreeSet<_> = controller_measure_ids().collect();
        assert_eq!(
            measures.len(),
            controller_measure_ids().count(),
            "controller measure ids are unique"
        );
    }

    #[test]
    fn the_embedded_statement_names_only_catalogue_risks_and_covers_each() {
        let st = Statement::embedded();
        check_statement(&st).unwrap();
        for id in catalogue_ids() {
            assert!(
                st.measures_for(id).next().is_some(),
                "no statement measure mitigates {id}"
            );
        }
    }
}
