//! The questions an incomplete assessment leaves open.

use crate::triggers;
use dpia_assessment::{Assessment, DataCategory};
use dpia_statement::{ServiceTrait, Statement};
use serde::Serialize;

/// A question the client has not answered yet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenQuestion {
    OrganisationName,
    Sector,
    AssessmentDate,
    ServiceUsed {
        service: String,
    },
    /// What personal data a used service carries.
    Data {
        service: String,
    },
    Subjects {
        service: String,
    },
    Estimate {
        service: String,
    },
    /// An option of the statement asked for a used service.
    Option {
        option: String,
    },
    Characteristics,
    AiActArea,
    Purposes,
    /// Is the client the controller, or a processor for its own clients?
    ClientRole,
    /// Do the map visuals show where individual people live or are?
    MapShowsPeople,
    /// Is the model (part of) a product under AI Act Annex I, such as a medical device?
    AiProduct,
    /// Is sick-leave data of employees included?
    SickLeave,
    /// The exception for one group of people's data of a special category that concerns more
    /// than one group.
    GroupException {
        category: DataCategory,
        group: dpia_assessment::SubjectGroup,
    },
}

/// Whether to ask if the map shows individual people: addresses or location data meet a map
/// visual.
pub fn asks_map_shows_people(statement: &Statement, a: &Assessment) -> bool {
    let located = !triggers::categories(a, |c| {
        matches!(c, DataCategory::Addresses | DataCategory::Location)
    })
    .is_empty();
    located && !triggers::map_visuals(statement, a).is_empty()
}

/// What the client still has to answer.
pub fn open_questions(statement: &Statement, a: &Assessment) -> Vec<OpenQuestion> {
    let mut q = Vec::new();
    if a.organisation.name.trim().is_empty() {
        q.push(OpenQuestion::OrganisationName);
    }
    if a.organisation.sector.is_none() {
        q.push(OpenQuestion::Sector);
    }
    if a.organisation.role.is_none() {
        q.push(OpenQuestion::ClientRole);
    }
    if a.assessment_date.is_none() {
        q.push(OpenQuestion::AssessmentDate);
    }
    if a.purposes.iter().all(|p| p.description.trim().is_empty()) {
        q.push(OpenQuestion::Purposes);
    }
    for service in &statement.services.list {
        let id = &service.id;
        match a.services.get(id) {
            Some(u) if u.used == Some(true) => {
                if !u.data_answered() {
                    q.push(OpenQuestion::Data {
                        service: id.clone(),
                    });
                } else if u.has_data() {
                    if u.subjects.is_empty() {
                        q.push(OpenQuestion::Subjects {
                            service: id.clone(),
                        });
                    }
                    if u.data_subjects_estimate.is_none() {
                        q.push(OpenQuestion::Estimate {
                            service: id.clone(),
                        });
                    }
                }
            }
            Some(u) if u.used == Some(false) => {}
            _ => q.push(OpenQuestion::ServiceUsed {
                service: id.clone(),
            }),
        }
    }
    for option in &statement.options {
        let asked = option.asked_for.iter().any(|s| a.uses(s));
        if asked && !a.options.contains_key(&option.id) {
            q.push(OpenQuestion::Option {
                option: option.id.clone(),
            });
        }
    }
    if asks_map_shows_people(statement, a) && a.map_shows_people.is_none() {
        q.push(OpenQuestion::MapShowsPeople);
    }
    if a.characteristics.is_none() {
        q.push(OpenQuestion::Characteristics);
    }
    let ml = triggers::used_with_trait(statement, a, ServiceTrait::MachineLearning);
    if !ml.is_empty() && a.ai_act_area.is_none() {
        q.push(OpenQuestion::AiActArea);
    }
    if !ml.is_empty() && a.ai_product.is_none() {
        q.push(OpenQuestion::AiProduct);
    }
    if a.asks_sick_leave() && a.sick_leave.is_none() {
        q.push(OpenQuestion::SickLeave);
    }
    for (category, group) in groups_asked(a) {
        let own = a
            .follow_ups
            .special_category_exceptions
            .get(&category)
            .and_then(|b| b.by_group.get(&group))
            .is_some_and(|g| g.given());
        if !own {
            q.push(OpenQuestion::GroupException { category, group });
        }
    }
    q
}

/// The special categories whose data concerns more than one group of people, with each group:
/// one exception rarely covers them all, so the exception is asked per group.
pub fn groups_asked(a: &Assessment) -> Vec<(DataCategory, dpia_assessment::SubjectGroup)> {
    a.categories()
        .into_iter()
        .filter(|c| c.is_special())
        .flat_map(|c| {
            let groups = a.groups_with(c);
            let many = groups.len() > 1;
            groups
                .into_iter()
                .filter(move |_| many)
                .map(move |g| (c, g))
        })
        .collect()
}
