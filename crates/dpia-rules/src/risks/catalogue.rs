//! The catalogue of risks typical for a BI / data-warehouse processor. Each risk has its trigger
//! (when it applies to a client), its likelihood and impact before measures, its causes (the
//! threat scenarios; each present for a client under its own condition) and the measures the app
//! proposes to the controller, each saying what it does: address a cause, limit the consequences
//! for the people (and how), or neither (good practice that changes no residual).
//!
//! Generic: processor names, items and measures come from the statement. Texts are in Fluent:
//! `risk-<id>-title`, `-description`, `-harm`, `cause-<risk>-<cause>`, `measure-<id>` and
//! `measure-<id>-why`.

use crate::triggers::{self, Trigger};
use dpia_assessment::{Assessment, Characteristic as C, DataCategory, Level};
use dpia_statement::{ConsequenceKind, OptionEffect, ServiceTrait, Statement};

/// What a proposed controller measure does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Does {
    /// Addresses these causes of the risk (lowers their likelihood).
    Addresses(&'static [&'static str]),
    /// Limits the consequences for the people, in this way.
    Limits(ConsequenceKind),
    /// Good practice that changes no residual value (e.g. rehearsing a breach notice).
    Practice,
}

/// A cause of a risk (a threat scenario) and when it is present for a client.
pub struct CauseDef {
    pub id: &'static str,
    pub present: fn(&Statement, &Assessment) -> bool,
}

pub struct Entry {
    pub id: &'static str,
    pub likelihood: Level,
    pub impact: Level,
    pub causes: &'static [CauseDef],
    pub controller: &'static [(&'static str, Does)],
    pub trigger: fn(&Statement, &Assessment) -> Vec<Trigger>,
}

use ConsequenceKind::{Aggregation, HumanIntervention, Minimisation, Pseudonymisation};
use Does::{Addresses, Limits, Practice};

fn always(_: &Statement, _: &Assessment) -> bool {
    true
}

fn reports(st: &Statement, a: &Assessment) -> bool {
    !triggers::used_with_trait(st, a, ServiceTrait::Reporting).is_empty()
}

fn machine_learning(st: &Statement, a: &Assessment) -> bool {
    !triggers::ml_with_personal_data(st, a).is_empty()
}

fn reports_with(st: &Statement, a: &Assessment, extra: Vec<Trigger>) -> Vec<Trigger> {
    if reports(st, a) && !extra.is_empty() {
        extra
    } else {
        Vec::new()
    }
}

pub const CATALOGUE: &[Entry] = &[
    Entry {
        id: "unauthorised_access",
        likelihood: Level::Medium,
        impact: Level::Medium,
        causes: &[
            CauseDef {
                id: "outsiders",
                present: always,
            },
            CauseDef {
                id: "processor_staff",
                present: always,
            },
            CauseDef {
                id: "other_clients",
                present: always,
            },
            CauseDef {
                id: "client_users",
                present: reports,
            },
            CauseDef {
                id: "model_developers",
                present: machine_learning,
            },
        ],
        controller: &[
            ("role_based_access", Addresses(&["client_users"])),
            ("no_publish_to_web", Addresses(&["client_users"])),
            ("sharing_review", Addresses(&["client_users"])),
        ],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "sub_processor_breach",
        likelihood: Level::Low,
        impact: Level::Medium,
        causes: &[CauseDef {
            id: "sub_processor_security",
            present: always,
        }],
        controller: &[
            ("replicate_only_needed", Limits(Minimisation)),
            ("breach_contact", Practice),
            ("breach_rehearsal", Practice),
        ],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "transfer_outside_eea",
        likelihood: Level::Medium,
        impact: Level::Medium,
        causes: &[CauseDef {
            id: "third_country_access",
            present: always,
        }],
        controller: &[
            ("transfer_assessment", Addresses(&["third_country_access"])),
            ("test_data_for_development", Limits(Pseudonymisation)),
        ],
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
        causes: &[CauseDef {
            id: "foreign_law_order",
            present: always,
        }],
        controller: &[
            ("customer_managed_keys", Addresses(&["foreign_law_order"])),
            ("pseudonymise_identifiers", Limits(Pseudonymisation)),
        ],
        trigger: |_, a| triggers::sensitive_categories(a),
    },
    Entry {
        id: "map_visual_disclosure",
        likelihood: Level::High,
        impact: Level::Medium,
        causes: &[CauseDef {
            id: "addresses_to_vendors",
            present: always,
        }],
        controller: &[
            ("no_addresses_on_maps", Addresses(&["addresses_to_vendors"])),
            ("aggregate_locations", Limits(Aggregation)),
        ],
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
        causes: &[CauseDef {
            id: "other_purposes",
            present: always,
        }],
        controller: &[
            ("purposes_per_dataset", Addresses(&["other_purposes"])),
            ("approve_new_reports", Addresses(&["other_purposes"])),
        ],
        trigger: |_, a| {
            triggers::characteristics(a, &[C::CombinesSources, C::DataSharingPartnership])
        },
    },
    Entry {
        id: "excessive_retention",
        likelihood: Level::High,
        impact: Level::Medium,
        causes: &[CauseDef {
            id: "kept_after_source",
            present: always,
        }],
        controller: &[("retention_period", Addresses(&["kept_after_source"]))],
        trigger: |st, a| {
            if triggers::personal_data_services(a).is_empty() {
                return Vec::new();
            }
            st.options_with(OptionEffect::RetentionBeyondSource)
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
        causes: &[CauseDef {
            id: "small_groups",
            present: always,
        }],
        controller: &[
            ("minimum_group_size", Addresses(&["small_groups"])),
            ("limit_drill_down", Addresses(&["small_groups"])),
        ],
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
        causes: &[
            CauseDef {
                id: "source_errors",
                present: always,
            },
            CauseDef {
                id: "model_errors",
                present: machine_learning,
            },
        ],
        controller: &[
            ("data_quality_checks", Addresses(&["source_errors"])),
            ("model_validation", Addresses(&["model_errors"])),
            ("human_review", Limits(HumanIntervention)),
        ],
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
        causes: &[
            CauseDef {
                id: "biased_model",
                present: always,
            },
            CauseDef {
                id: "opaque_scores",
                present: always,
            },
        ],
        controller: &[
            ("bias_testing", Addresses(&["biased_model"])),
            ("explain_scores", Addresses(&["opaque_scores"])),
            ("human_in_decisions", Limits(HumanIntervention)),
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
        causes: &[
            CauseDef {
                id: "more_than_asked",
                present: always,
            },
            CauseDef {
                id: "more_than_needed",
                present: always,
            },
        ],
        controller: &[
            ("needed_columns_only", Addresses(&["more_than_needed"])),
            ("pseudonymise_numbers", Limits(Pseudonymisation)),
        ],
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
        causes: &[CauseDef {
            id: "copies_not_reached",
            present: always,
        }],
        controller: &[(
            "rights_procedure_covers_copies",
            Addresses(&["copies_not_reached"]),
        )],
        trigger: |_, a| triggers::personal_data_services(a),
    },
    Entry {
        id: "option_sub_processors",
        likelihood: Level::Low,
        impact: Level::Medium,
        causes: &[CauseDef {
            id: "extra_party_security",
            present: always,
        }],
        controller: &[
            (
                "check_sub_processor_terms",
                Addresses(&["extra_party_security"]),
            ),
            ("share_only_needed", Limits(Minimisation)),
        ],
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
    Entry {
        id: "unlawful_processing",
        likelihood: Level::High,
        impact: Level::High,
        causes: &[CauseDef {
            id: "no_valid_ground",
            present: always,
        }],
        controller: &[("stop_until_lawful", Practice)],
        trigger: |st, a| {
            crate::findings::legal_blockers(st, a)
                .into_iter()
                .flat_map(|f| f.triggers)
                .collect()
        },
    },
];
