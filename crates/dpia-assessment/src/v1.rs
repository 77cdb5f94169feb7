//! Version 1 of the `.dpia.json` file, kept to read old files: its types as they were, and the
//! migration to the current version. Never change these types; add a v2 module when v2 is old.

use crate::model::{
    self, AiActArea, Assessment, BsnBasis, Characteristic, CriminalBasis, DataCategory, FollowUps,
    OptionValue, Purpose, Sector, ServiceUse, SpecialBasis, StatementRef, SubjectGroup,
};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentV1 {
    pub format: String,
    pub version: u32,
    pub organisation: OrganisationV1,
    #[serde(default, deserialize_with = "crate::model::date::optional")]
    pub assessment_date: Option<NaiveDate>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub purposes: Vec<String>,
    pub statement: StatementRef,
    #[serde(default)]
    pub services: BTreeMap<String, ServiceUseV1>,
    #[serde(default, deserialize_with = "crate::model::options::answered")]
    pub options: BTreeMap<String, OptionValue>,
    #[serde(default)]
    pub characteristics: Option<BTreeSet<Characteristic>>,
    #[serde(default)]
    pub ai_act_area: Option<AiActArea>,
    #[serde(default)]
    pub follow_ups: FollowUpsV1,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationV1 {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub sector: Option<Sector>,
    #[serde(default)]
    pub contact_person: String,
    #[serde(default)]
    pub dpo: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceUseV1 {
    #[serde(default)]
    pub used: Option<bool>,
    #[serde(default)]
    pub categories: BTreeSet<DataCategory>,
    #[serde(default)]
    pub subjects: BTreeSet<SubjectGroup>,
    #[serde(default)]
    pub data_subjects_estimate: Option<u64>,
    #[serde(default)]
    pub source_systems: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpsV1 {
    #[serde(default)]
    pub special_category_exceptions: BTreeMap<DataCategory, String>,
    #[serde(default)]
    pub bsn_basis: String,
    #[serde(default)]
    pub criminal_basis: String,
}

/// A version 1 assessment as the current version. Nothing is lost: free-text legal grounds become
/// the note beside the (unchosen) structured ground; purposes keep their text; a used service's
/// ticked categories stay, and a used service without categories was answered "no personal data"
/// in version 1 (which had no other way to say so).
pub fn migrate(v1: AssessmentV1) -> Assessment {
    let o = v1.organisation;
    Assessment {
        format: v1.format,
        version: model::CURRENT_VERSION,
        organisation: model::Organisation {
            name: o.name,
            sector: o.sector,
            role: None,
            contact_person: o.contact_person,
            dpo: o.dpo,
        },
        assessment_date: v1.assessment_date,
        description: v1.description,
        purposes: v1
            .purposes
            .into_iter()
            .map(|description| Purpose {
                description,
                ..Purpose::default()
            })
            .collect(),
        statement: v1.statement,
        services: v1
            .services
            .into_iter()
            .map(|(id, u)| {
                let categories =
                    (u.used == Some(true) || !u.categories.is_empty()).then_some(u.categories);
                (
                    id,
                    ServiceUse {
                        used: u.used,
                        categories,
                        subjects: u.subjects,
                        data_subjects_estimate: u.data_subjects_estimate,
                        source_systems: u.source_systems,
                    },
                )
            })
            .collect(),
        options: v1.options,
        characteristics: v1.characteristics,
        ai_act_area: v1.ai_act_area,
        follow_ups: FollowUps {
            special_category_exceptions: v1
                .follow_ups
                .special_category_exceptions
                .into_iter()
                .map(|(c, note)| {
                    (
                        c,
                        SpecialBasis {
                            note,
                            ..SpecialBasis::default()
                        },
                    )
                })
                .collect(),
            bsn_basis: BsnBasis {
                note: v1.follow_ups.bsn_basis,
                ..BsnBasis::default()
            },
            criminal_basis: CriminalBasis {
                note: v1.follow_ups.criminal_basis,
                ..CriminalBasis::default()
            },
        },
        ..Assessment::empty()
    }
}
