//! The history of an assessment: each change labelled as the screen labels the field.

use super::*;

/// One change in the history, with the label of the field as the UI shows it and the step it
/// belongs to (for the filter).
#[derive(Debug, Clone, Serialize, TS)]
pub struct HistoryView {
    pub at: String,
    /// The JSON pointer of the field.
    pub field: String,
    /// The part of the assessment the field belongs to (for the filter).
    pub step: Part,
    /// The UI message id of the field's label, and its arguments (names already worded).
    pub label_id: String,
    pub label_args: std::collections::BTreeMap<String, String>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// The step and label of a field by its JSON pointer, in the words the UI shows for it.
pub fn history_label(
    m: &Messages,
    st: &Statement,
    a: &Assessment,
    pointer: &str,
) -> (Part, String, std::collections::BTreeMap<String, String>) {
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let mut args = std::collections::BTreeMap::new();
    let mut arg = |k: &str, v: String| {
        args.insert(k.to_string(), v);
    };
    let category = |id: &str| {
        id.parse::<DataCategory>()
            .map_or_else(|_| id.to_string(), |c| words::category(m, c))
    };
    use Part::*;
    let (step, label): (Part, String) = match parts.as_slice() {
        ["organisation", "name"] => (Organisation, "ui-org-name".into()),
        ["organisation", "sector"] => (Organisation, "ui-org-sector".into()),
        ["organisation", "role"] => (Organisation, "ui-org-role".into()),
        ["organisation", "contact_person"] => (Organisation, "ui-org-contact".into()),
        ["organisation", "dpo"] => (Organisation, "ui-org-dpo".into()),
        ["assessment_date"] => (Organisation, "ui-assessment-date".into()),
        ["description"] => (Organisation, "ui-description".into()),
        ["purposes", n, "legal_basis", ..] | ["purposes", n, "reasoning", ..] => {
            arg(
                "purpose",
                n.parse::<usize>()
                    .map_or(n.to_string(), |i| (i + 1).to_string()),
            );
            let field = if pointer.contains("legal_basis") {
                "ui-purpose-basis"
            } else {
                "ui-purpose-reasoning"
            };
            (Controller, field.into())
        }
        ["purposes", ..] => (Organisation, "ui-purposes".into()),
        ["services", id, rest @ ..] => {
            arg("service", st.service_name(id, m.lang()));
            match rest {
                ["used"] => (Services, "ui-history-service-used".into()),
                ["categories", ..] => (Data, "ui-history-service-categories".into()),
                ["subjects", ..] => (Data, "ui-history-service-subjects".into()),
                ["data_subjects_estimate"] => (Data, "ui-history-service-estimate".into()),
                ["source_systems"] => (Data, "ui-history-service-sources".into()),
                _ => (Data, "ui-history-service".into()),
            }
        }
        ["options", id, ..] => {
            arg("option", words::option(m, st, id));
            (Services, "ui-history-option".into())
        }
        ["characteristics", ..] => (Characteristics, "ui-characteristics-legend".into()),
        ["ai_act_area"] => (Characteristics, "ui-ai-area".into()),
        ["ai_product"] => (Characteristics, "ui-ai-product".into()),
        ["sick_leave"] => (Data, "ui-sick-leave".into()),
        ["map_shows_people"] => (Characteristics, "ui-map-shows-people".into()),
        ["follow_ups", "special_category_exceptions", c, "by_group", g, ..] => {
            arg("category", category(c));
            arg(
                "group",
                g.parse::<dpia_assessment::SubjectGroup>()
                    .map_or_else(|_| g.to_string(), |x| words::subject(m, x)),
            );
            (Followups, "ui-history-exception-group".into())
        }
        ["follow_ups", "special_category_exceptions", c, ..] => {
            arg("category", category(c));
            (Followups, "ui-history-exception".into())
        }
        ["follow_ups", "bsn_basis", ..] => (Followups, "ui-bsn-basis".into()),
        ["follow_ups", "criminal_basis", ..] => (Followups, "ui-criminal-basis".into()),
        ["controller", "retention_per_category", c, ..] => {
            arg("category", category(c));
            (Controller, "ui-history-retention-category".into())
        }
        ["controller", "views", x, ..] => (Controller, format!("ui-controller-views-{x}")),
        ["controller", x, ..] => (Controller, format!("ui-controller-{x}")),
        ["risk_decisions", id, ..] => {
            let title = dpia_rules::risks(st, a)
                .iter()
                .find(|r| r.id == *id)
                .map_or_else(
                    || id.to_string(),
                    |r| format!("{} {}", r.number, words::risk_title(m, st, r)),
                );
            arg("risk", title);
            (Risks, "ui-history-risk-decision".into())
        }
        ["own_risks", ..] => (Risks, "ui-history-own-risk".into()),
        ["action_plan", id, ..] => {
            let measure = if dpia_rules::risks::controller_measure_ids().any(|x| x == *id) {
                words::controller_measure(m, id)
            } else {
                a.own_risks
                    .iter()
                    .find(|o| o.id == *id)
                    .map_or_else(|| id.to_string(), |o| o.measures.clone())
            };
            arg("measure", measure);
            (Risks, "ui-history-action".into())
        }
        ["dpo_advice", x, ..] => (Signoff, format!("ui-dpo-{x}")),
        ["sign_off", x, ..] => (Signoff, format!("ui-signoff-{x}")),
        ["review_date"] => (Signoff, "ui-review-date".into()),
        ["statement", ..] => (Statement, "ui-history-statement".into()),
        _ => {
            arg("field", pointer.to_string());
            (Other, "ui-history-field".into())
        }
    };
    (step, label, args)
}
