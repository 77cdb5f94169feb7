//! The words of an answer, for the history and the review step: the label of a field by its JSON
//! pointer (a UI message id with its arguments, as the screen labels the field), and its value as
//! the screens word it.

use super::history::Context;
use super::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;

/// A value as the screens show it, worded; the UI only formats dates, numbers and lists for its
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ShownValue {
    /// Not answered, or empty.
    Empty,
    /// Text typed by the user, or a choice in the words the screen shows it.
    Text { text: String },
    /// A date (YYYY-MM-DD), shown as the app shows dates.
    Date { date: String },
    /// A whole number (e.g. the number of data subjects).
    Number {
        #[ts(type = "number")]
        number: u64,
    },
    /// Several choices, each worded.
    List { items: Vec<String> },
}

/// The part, the label's message id and its arguments for the field at `pointer`. `old` and
/// `new` name an element added to or removed from a list (its title or description).
pub(super) fn answer_label(
    c: &Context,
    pointer: &str,
    old: &Value,
    new: &Value,
) -> (Part, String, BTreeMap<String, String>) {
    let (m, st) = (c.m, c.st);
    let parts: Vec<String> = pointer
        .trim_start_matches('/')
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let mut args = BTreeMap::new();
    let mut arg = |k: &str, v: String| {
        args.insert(k.to_string(), v);
    };
    let number = |n: &str| {
        n.parse::<usize>()
            .map_or(n.to_string(), |i| (i + 1).to_string())
    };
    let category = |id: &str| {
        id.parse::<DataCategory>()
            .map_or_else(|_| id.to_string(), |c| words::category(m, c))
    };
    use Part::*;
    let (step, label): (Part, String) = match parts.as_slice() {
        ["name"] => (Organisation, "ui-history-name".into()),
        ["organisation", "name"] => (Organisation, "ui-org-name".into()),
        ["organisation", "sector"] => (Organisation, "ui-org-sector".into()),
        ["organisation", "role"] => (Organisation, "ui-org-role".into()),
        ["organisation", "contact_person"] => (Organisation, "ui-org-contact".into()),
        ["organisation", "dpo"] => (Organisation, "ui-org-dpo".into()),
        ["assessment_date"] => (Organisation, "ui-assessment-date".into()),
        ["description"] => (Organisation, "ui-description".into()),
        ["purposes", n, field, ..] => {
            arg("purpose", number(n));
            let id = match *field {
                "legal_basis" => "ui-purpose-basis",
                "reasoning" => "ui-purpose-reasoning",
                _ => "ui-purpose-description",
            };
            (Organisation, id.into())
        }
        ["purposes", n] => {
            arg("purpose", number(n));
            (Organisation, "ui-purpose-description".into())
        }
        ["purposes"] => (Organisation, "ui-purposes".into()),
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
            arg("option", words::capitalised(&words::option(m, st, id)));
            (Services, "ui-history-option".into())
        }
        ["characteristics", ..] => (Characteristics, "ui-characteristics-legend".into()),
        ["ai_act_area"] => (Characteristics, "ui-ai-area".into()),
        ["ai_product"] => (Characteristics, "ui-ai-product".into()),
        ["sick_leave"] => (Data, "ui-sick-leave".into()),
        ["comments", _, "replies", ..] => (Other, "ui-history-comment-reply".into()),
        ["comments", _, "status"] => (Other, "ui-history-comment-status".into()),
        ["comments", ..] => (Other, "ui-history-comment".into()),
        ["map_shows_people"] => (Characteristics, "ui-map-shows-people".into()),
        ["follow_ups", "special_category_exceptions", cat, "by_group", g, rest @ ..] => {
            arg("category", category(cat));
            arg(
                "group",
                g.parse::<SubjectGroup>()
                    .map_or_else(|_| g.to_string(), |x| words::subject(m, x)),
            );
            match rest {
                [field, ..] => {
                    arg("field", field.to_string());
                    (Followups, "ui-history-exception-group-field".into())
                }
                [] => (Followups, "ui-history-exception-group".into()),
            }
        }
        ["follow_ups", "special_category_exceptions", cat, "by_group"] => {
            arg("category", category(cat));
            (Followups, "ui-history-exception".into())
        }
        ["follow_ups", "special_category_exceptions", cat, field, ..] => {
            arg("category", category(cat));
            arg("field", field.to_string());
            (Followups, "ui-history-exception-field".into())
        }
        ["follow_ups", "special_category_exceptions", cat] => {
            arg("category", category(cat));
            (Followups, "ui-history-exception".into())
        }
        ["follow_ups", "bsn_basis", field, ..] => {
            arg("field", field.to_string());
            (Followups, "ui-history-bsn-field".into())
        }
        ["follow_ups", "bsn_basis"] => (Followups, "ui-bsn-basis".into()),
        ["follow_ups", "criminal_basis", field, ..] => {
            arg("field", field.to_string());
            (Followups, "ui-history-criminal-field".into())
        }
        ["follow_ups", "criminal_basis"] => (Followups, "ui-criminal-basis".into()),
        ["controller", "retention_per_category", cat, ..] => {
            arg("category", category(cat));
            (Controller, "ui-history-retention-category".into())
        }
        ["controller", "views", x, ..] => (Controller, format!("ui-controller-views-{x}")),
        ["controller", x, ..] => (Controller, format!("ui-controller-{x}")),
        ["risk_decisions", id, rest @ ..] => {
            let title = c.risks.iter().find(|r| r.id == *id).map_or_else(
                || words::risk_title_of(m, st, id),
                |r| format!("{} {}", r.number, words::risk_title(m, st, r)),
            );
            arg("risk", title);
            arg("field", rest.first().unwrap_or(&"status").to_string());
            (Risks, "ui-history-risk-field".into())
        }
        ["own_risks", n, rest @ ..] => {
            arg("risk", own_risk(c, n, old, new));
            match rest.first() {
                Some(field) => {
                    arg("field", field.to_string());
                    (Risks, "ui-history-own-risk-field".into())
                }
                None => (Risks, "ui-history-own-risk".into()),
            }
        }
        ["own_risks"] => (Risks, "ui-own-risks".into()),
        ["action_plan", key, rest @ ..] => {
            arg("measure", measure(c, key));
            arg("field", rest.first().unwrap_or(&"status").to_string());
            (Risks, "ui-history-action-field".into())
        }
        ["dpo_advice", x, ..] => (Signoff, format!("ui-dpo-{x}")),
        ["sign_off", "accepted_open", id, ..] => {
            arg("point", open_point(c, id));
            (Signoff, "ui-history-accepted-open".into())
        }
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

/// An own risk by its place in the list: its number in the register and its title.
fn own_risk(c: &Context, n: &str, old: &Value, new: &Value) -> String {
    let i = n.parse::<usize>().ok();
    let stored = i.and_then(|i| c.a.own_risks.get(i));
    // The title as recorded in the change itself (an added or removed risk), else as it is now.
    let title = [new, old]
        .iter()
        .find_map(|v| v.get("title").and_then(Value::as_str))
        .map(str::to_string)
        .or_else(|| stored.map(|o| o.title.clone()))
        .unwrap_or_default();
    let number = stored
        .and_then(|o| {
            c.risks
                .iter()
                .find(|r| r.own.as_ref().is_some_and(|x| x.id == o.id))
        })
        .map(|r| r.number.clone())
        .unwrap_or_else(|| i.map_or(n.to_string(), |i| (i + 1).to_string()));
    if title.trim().is_empty() {
        number
    } else {
        format!("{number} ‘{}’", title.trim())
    }
}

/// A measure of the action plan: its number in the plan and what it is.
fn measure(c: &Context, key: &str) -> String {
    let text = if dpia_rules::risks::controller_measure_ids().any(|x| x == key) {
        words::controller_measure(c.m, key)
    } else {
        c.a.own_risks
            .iter()
            .find(|o| o.id == key)
            .map_or_else(|| key.to_string(), |o| o.measures.trim().to_string())
    };
    match dpia_rules::plan(c.a, c.risks).iter().find(|x| x.key == key) {
        Some(x) => format!("{} ‘{text}’", x.number),
        None => format!("‘{text}’"),
    }
}

/// An open point accepted at adoption, by its key in `sign_off.accepted_open`.
fn open_point(c: &Context, id: &str) -> String {
    dpia_rules::adoption::open_points(c.st, c.a, c.risks)
        .into_iter()
        .chain(dpia_rules::adoption::open_points(
            c.st,
            &dpia_assessment::Assessment::template(c.st, None),
            c.risks,
        ))
        .find(|p| p.id() == id)
        .map_or_else(
            || match id.split_once('.') {
                Some((_, risk)) => words::risk_title_of(c.m, c.st, risk),
                None => id.to_string(),
            },
            |p| words::open_point(c.m, c.st, c.risks, &p),
        )
}

/// A value as the screens word it, by the field it belongs to.
pub(super) fn answer_value(c: &Context, pointer: &str, v: &Value) -> ShownValue {
    let m = c.m;
    let text = |t: String| ShownValue::Text { text: t };
    if v.is_null() || v.as_str() == Some("") {
        return ShownValue::Empty;
    }
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let last = parts.last().copied().unwrap_or_default();
    // A closed choice in words; an unknown id as it is.
    fn worded<T: FromStr>(v: &Value, f: impl Fn(T) -> String) -> Option<String> {
        let id = v.as_str()?;
        Some(id.parse::<T>().map_or_else(|_| id.to_string(), f))
    }
    let list = |v: &Value, f: &dyn Fn(&str) -> String| -> Vec<String> {
        v.as_array()
            .map(|xs| xs.iter().filter_map(Value::as_str).map(f).collect())
            .unwrap_or_default()
    };
    let yes_no = |b: bool| text(m.get(if b { "doc-yes" } else { "doc-no" }));
    let choice: Option<String> = match parts.as_slice() {
        ["organisation", "sector"] => worded(v, |x| words::sector(m, x)),
        ["organisation", "role"] => worded(v, |x| words::client_role(m, x)),
        ["purposes", _, "legal_basis"] => worded(v, |x| words::lawful_basis_choice(m, x)),
        ["ai_act_area"] => worded(v, |x| words::ai_area(m, x)),
        ["follow_ups", "special_category_exceptions", _, "ground"]
        | ["follow_ups", "special_category_exceptions", _, "by_group", _, "ground"] => {
            worded(v, |x| words::art9_ground(m, x))
        }
        ["follow_ups", "special_category_exceptions", _, "uavg"]
        | ["follow_ups", "special_category_exceptions", _, "by_group", _, "uavg"] => {
            worded(v, |x| words::uavg_exception(m, x))
        }
        ["follow_ups", "bsn_basis", "statute"] => worded(v, |x| words::bsn_statute(m, x)),
        ["follow_ups", "criminal_basis", "uavg"] => worded(v, |x| words::uavg_criminal(m, x)),
        ["risk_decisions", _, "status"] => worded(v, |x| words::risk_status(m, x)),
        ["action_plan", _, "status"] => worded(v, |x| words::action_status(m, x)),
        ["sign_off", "status"] => worded(v, |x| words::doc_status(m, x)),
        ["comments", _, "status"] => v.as_str().map(|s| {
            m.get(if s == "resolved" {
                "ui-comment-status-resolved"
            } else {
                "ui-comment-status-open"
            })
        }),
        // A comment or reply added: who wrote what.
        ["comments", ..] if v.is_object() => {
            let who = v.get("author").and_then(Value::as_str).unwrap_or_default();
            let said = v.get("text").and_then(Value::as_str).unwrap_or_default();
            Some(format!("{who}: {said}"))
        }
        ["risk_decisions", ..] | ["own_risks", _, _] if v.is_string() && last != "reason" => {
            match last {
                "likelihood" | "impact" | "residual_likelihood" | "residual_impact" => {
                    worded(v, |x| words::level(m, x))
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(t) = choice {
        return text(t);
    }
    match parts.as_slice() {
        ["services", _, "used"] => {
            if let Some(b) = v.as_bool() {
                return text(m.get(if b { "value-used" } else { "value-not-used" }));
            }
        }
        ["services", _, "categories"] => {
            let items = list(v, &|id| {
                id.parse::<DataCategory>()
                    .map_or_else(|_| id.to_string(), |x| words::category(m, x))
            });
            if items.is_empty() && v.is_array() {
                return text(m.get("doc-no-personal-data"));
            }
            return ShownValue::List { items };
        }
        ["services", _, "subjects"] => {
            return ShownValue::List {
                items: list(v, &|id| {
                    id.parse::<SubjectGroup>()
                        .map_or_else(|_| id.to_string(), |x| words::subject(m, x))
                }),
            }
        }
        ["characteristics"] => {
            let items = list(v, &|id| {
                id.parse::<Characteristic>()
                    .map_or_else(|_| id.to_string(), |x| words::characteristic(m, x))
            });
            if items.is_empty() && v.is_array() {
                return text(m.get("value-none-of-these"));
            }
            return ShownValue::List { items };
        }
        ["options", id] => {
            if let Ok(o) = serde_json::from_value::<dpia_assessment::OptionValue>(v.clone()) {
                return text(words::option_answer(m, c.st, id, Some(&o)));
            }
        }
        ["statement"] => {
            let field = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
            return text(
                format!("{} {}", field("processor"), field("version"))
                    .trim()
                    .to_string(),
            );
        }
        ["purposes", _] => {
            return match v.get("description").and_then(Value::as_str) {
                Some(d) if !d.trim().is_empty() => text(d.to_string()),
                _ => ShownValue::Empty,
            }
        }
        ["own_risks", _] => {
            return match v.get("title").and_then(Value::as_str) {
                Some(t) if !t.trim().is_empty() => text(t.to_string()),
                _ => ShownValue::Empty,
            }
        }
        _ => {}
    }
    match v {
        Value::Bool(b) => yes_no(*b),
        Value::Number(n) => n.as_u64().map_or_else(
            || text(n.to_string()),
            |number| ShownValue::Number { number },
        ),
        Value::String(s) if is_date(last, s) => ShownValue::Date { date: s.clone() },
        Value::String(s) => text(s.clone()),
        Value::Array(xs) if xs.is_empty() => text(m.get("cli-none")),
        Value::Array(_) => ShownValue::List {
            items: list(v, &|x| x.to_string()),
        },
        other => text(other.to_string()),
    }
}

/// A date field's value (YYYY-MM-DD).
fn is_date(field: &str, s: &str) -> bool {
    matches!(field, "assessment_date" | "review_date" | "date" | "due")
        && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// The part, label id and arguments of the field at `pointer`, as the history labels it: what a
/// review comment on that field is about.
pub fn history_label(
    m: &Messages,
    st: &Statement,
    a: &Assessment,
    pointer: &str,
) -> (Part, String, BTreeMap<String, String>) {
    let risks = dpia_rules::risks(st, a);
    let c = Context {
        m,
        st,
        a,
        risks: &risks,
    };
    answer_label(&c, pointer, &Value::Null, &Value::Null)
}
