//! The review step: every answer of the questionnaire's steps 1–5, grouped as the steps are,
//! labelled and worded as the screens (and the history) word them, each with where to edit it.

use super::answer_words::{answer_label, answer_value, ShownValue};
use super::history::Context;
use super::*;

/// One answer, for the last check.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReviewItem {
    /// The JSON pointer of the answer.
    pub field: String,
    /// The UI message id of the question's label, and its arguments (names already worded).
    pub label_id: String,
    pub label_args: std::collections::BTreeMap<String, String>,
    pub value: ShownValue,
    /// Not asked by the core's open questions (a note, a contact person): empty is no gap.
    pub optional: bool,
    /// The id of the control that edits it, on its step.
    pub target: String,
}

/// The answers of one step.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReviewGroup {
    pub step: Part,
    /// The step's number in the questionnaire (1–5).
    pub number: u8,
    pub items: Vec<ReviewItem>,
}

/// Every answer of steps 1–5: the questions each step asks for this assessment (the options and
/// legal grounds that apply, the data of the services used), answered or not.
pub fn review(m: &Messages, st: &Statement, a: &Assessment, risks: &[Risk]) -> Vec<ReviewGroup> {
    let c = Context { m, st, a, risks };
    let json = serde_json::to_value(a).unwrap_or(serde_json::Value::Null);
    let item = |pointer: String, target: String, optional: bool| {
        let v = json.pointer(&pointer).cloned().unwrap_or_default();
        let (_, label_id, label_args) = answer_label(
            &c,
            &pointer,
            &serde_json::Value::Null,
            &serde_json::Value::Null,
        );
        ReviewItem {
            value: answer_value(&c, &pointer, &v),
            label_id,
            label_args,
            optional,
            target,
            field: pointer,
        }
    };
    let s = |x: &str| x.to_string();

    let mut organisation = vec![
        item(s("/organisation/name"), s("org-name"), false),
        item(s("/organisation/sector"), s("org-sector"), false),
        item(s("/organisation/role"), s("org-role"), false),
        item(s("/organisation/contact_person"), s("org-contact"), true),
        item(s("/organisation/dpo"), s("org-dpo"), true),
        item(s("/assessment_date"), s("assessment-date"), false),
        item(s("/description"), s("description"), true),
    ];
    if a.purposes.is_empty() {
        organisation.push(item(s("/purposes"), s("purpose-add"), false));
    }
    for i in 0..a.purposes.len() {
        organisation.push(item(
            format!("/purposes/{i}/description"),
            format!("purpose-{i}"),
            false,
        ));
        organisation.push(item(
            format!("/purposes/{i}/legal_basis"),
            format!("purpose-{i}-basis"),
            false,
        ));
        organisation.push(item(
            format!("/purposes/{i}/reasoning"),
            format!("purpose-{i}-reasoning"),
            true,
        ));
    }

    let mut services: Vec<ReviewItem> = st
        .services
        .list
        .iter()
        .map(|x| {
            item(
                format!("/services/{}/used", x.id),
                format!("service-{}-yes", x.id),
                false,
            )
        })
        .collect();
    for o in &st.options {
        if !o.asked_for.iter().any(|x| a.uses(x)) && !a.options.contains_key(&o.id) {
            continue;
        }
        let target = match o.kind {
            OptionKind::YesNo => format!("option-{}-yes", o.id),
            OptionKind::MapVisuals => st
                .map_visuals
                .iter()
                .flat_map(|x| x.visuals.iter())
                .next()
                .map_or_else(|| "map-none".to_string(), |v| format!("map-{}", v.id)),
            OptionKind::Environment => format!("option-{}", o.id),
        };
        services.push(item(format!("/options/{}", o.id), target, false));
    }

    let mut data = Vec::new();
    for (id, u) in a.used_services_in(st) {
        data.push(item(
            format!("/services/{id}/categories"),
            format!("cat-{id}-{}", DataCategory::ALL[0].id()),
            false,
        ));
        if u.has_data() {
            data.push(item(
                format!("/services/{id}/subjects"),
                format!("subj-{id}-{}", SubjectGroup::ALL[0].id()),
                false,
            ));
            data.push(item(
                format!("/services/{id}/data_subjects_estimate"),
                format!("estimate-{id}"),
                false,
            ));
        }
        data.push(item(
            format!("/services/{id}/source_systems"),
            format!("sources-{id}"),
            true,
        ));
    }

    if a.asks_sick_leave() {
        data.push(item(s("/sick_leave"), s("sick-leave-yes"), false));
    }

    let mut grounds = Vec::new();
    let follow = follow_ups(a);
    for cat in &follow.special {
        let cat = cat.id();
        let base = format!("/follow_ups/special_category_exceptions/{cat}");
        grounds.push(item(
            format!("{base}/ground"),
            format!("exception-{cat}-ground"),
            false,
        ));
        grounds.push(item(
            format!("{base}/uavg"),
            format!("exception-{cat}-uavg"),
            false,
        ));
        grounds.push(item(
            format!("{base}/note"),
            format!("exception-{cat}-note"),
            true,
        ));
        // Where the data concerns more than one group of people, the exception per group.
        for g in follow
            .groups
            .iter()
            .filter(|x| x.category.id() == cat)
            .flat_map(|x| x.groups.iter())
        {
            let g = g.id();
            for (field, optional) in [("ground", false), ("uavg", false), ("note", true)] {
                grounds.push(item(
                    format!("{base}/by_group/{g}/{field}"),
                    format!("exception-{cat}-{g}-{field}"),
                    optional,
                ));
            }
        }
    }
    if follow.bsn {
        grounds.push(item(
            s("/follow_ups/bsn_basis/statute"),
            s("bsn-statute"),
            false,
        ));
        if a.follow_ups.bsn_basis.statute == Some(BsnStatute::Other) {
            grounds.push(item(
                s("/follow_ups/bsn_basis/other"),
                s("bsn-other"),
                false,
            ));
        }
        grounds.push(item(s("/follow_ups/bsn_basis/note"), s("bsn-note"), true));
    }
    if follow.criminal {
        grounds.push(item(
            s("/follow_ups/criminal_basis/uavg"),
            s("criminal-uavg"),
            false,
        ));
        grounds.push(item(
            s("/follow_ups/criminal_basis/note"),
            s("criminal-note"),
            true,
        ));
    }

    let mut characteristics = vec![item(
        s("/characteristics"),
        format!("char-{}", Characteristic::ALL[0].id()),
        false,
    )];
    let ml =
        dpia_rules::triggers::used_with_trait(st, a, dpia_statement::ServiceTrait::MachineLearning);
    if !ml.is_empty() {
        characteristics.push(item(s("/ai_act_area"), s("ai-area"), false));
        characteristics.push(item(s("/ai_product"), s("ai-product-yes"), false));
    }
    if dpia_rules::asks_map_shows_people(st, a) {
        characteristics.push(item(
            s("/map_shows_people"),
            s("map-shows-people-yes"),
            false,
        ));
    }

    [
        (Part::Organisation, organisation),
        (Part::Services, services),
        (Part::Data, data),
        (Part::Followups, grounds),
        (Part::Characteristics, characteristics),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (step, items))| ReviewGroup {
        step,
        number: i as u8 + 1,
        items,
    })
    .collect()
}
