//! The answers that triggered a finding, in words, grouped by what they say and by service.

use super::*;
use crate::messages::{Arg, Messages};
use dpia_assessment::DataCategory;
use dpia_rules::Trigger;
use dpia_statement::Statement;

pub fn trigger(m: &Messages, st: &Statement, t: &Trigger) -> String {
    let s = |x: &str| Arg::from(service(m, st, x));
    match t {
        Trigger::Service { service: x } => m.fmt("trigger-service", &[("service", s(x))]),
        Trigger::Category {
            service: x,
            category: c,
        } => m.fmt(
            "trigger-category",
            &[("service", s(x)), ("category", category(m, *c).into())],
        ),
        Trigger::SickLeave { service: x } => m.fmt("trigger-sick-leave", &[("service", s(x))]),
        Trigger::Subjects { service: x, group } => m.fmt(
            "trigger-subjects",
            &[("service", s(x)), ("group", subject(m, *group).into())],
        ),
        Trigger::Estimate { service: x, count } => m.fmt(
            "trigger-estimate",
            &[("service", s(x)), ("count", m.number(*count).into())],
        ),
        Trigger::Sector { sector: x } => {
            m.fmt("trigger-sector", &[("sector", sector(m, *x).into())])
        }
        Trigger::Characteristic { characteristic: c } => m.fmt(
            "trigger-characteristic",
            &[("characteristic", characteristic(m, *c).into())],
        ),
        Trigger::AiActArea { area } => {
            m.fmt("trigger-ai-area", &[("area", ai_area(m, *area).into())])
        }
        Trigger::Option { option: o } => {
            m.fmt("trigger-option", &[("option", option(m, st, o).into())])
        }
        Trigger::OptionChoice { option: o, choice } => option_choice(m, st, o, choice),
        Trigger::MissingFollowUp { field } => m.fmt(
            "trigger-missing-follow-up",
            &[("field", follow_up_field(m, field).into())],
        ),
        Trigger::StatementVersion {
            assessment,
            statement,
        } => m.fmt(
            "trigger-statement-version",
            &[
                ("assessment", assessment.into()),
                ("statement", statement.into()),
            ],
        ),
        Trigger::ReviewDate { date } => {
            m.fmt("trigger-review-date", &[("date", m.date(*date).into())])
        }
        Trigger::ExceptionNamed {
            category: c,
            group,
            ground,
            uavg,
        } => {
            let named = match (uavg, ground) {
                (Some(u), _) => uavg_exception(m, *u),
                (None, Some(g)) => art9_ground(m, *g),
                (None, None) => m.get("trigger-exception-note"),
            };
            let whose = match group {
                Some(g) => m.fmt(
                    "trigger-exception-for-group",
                    &[
                        ("category", category_in_sentence(m, *c).into()),
                        ("group", subject(m, *g).into()),
                    ],
                ),
                None => category_in_sentence(m, *c),
            };
            m.fmt(
                "trigger-exception-named",
                &[("whose", whose.into()), ("exception", named.into())],
            )
        }
        Trigger::AiProduct => m.get("trigger-ai-product"),
        Trigger::ClientRole => m.get("trigger-client-role"),
        Trigger::MapShowsPeople => m.get("trigger-map-shows-people"),
    }
}

pub(crate) fn follow_up_field(m: &Messages, path: &str) -> String {
    match path {
        "follow_ups.bsn_basis" => m.get("field-bsn_basis"),
        "follow_ups.criminal_basis" => m.get("field-criminal_basis"),
        "controller.views.sought" => m.get("field-views-sought"),
        other => match other
            .strip_prefix("follow_ups.special_category_exceptions.")
            .and_then(|id| id.parse::<DataCategory>().ok())
        {
            Some(c) => m.fmt(
                "field-special-exception",
                &[("category", category(m, c).into())],
            ),
            None => other.to_string(),
        },
    }
}

/// All triggers of a finding, joined with "; ". Service-bound triggers that say the same thing
/// are grouped, and groups over the same services share one list of them: "health data, BSN
/// (Reports, KPI Connectors)".
pub fn triggers(m: &Messages, st: &Statement, ts: &[Trigger]) -> String {
    triggers_in(m, st, &[], ts)
}

/// As [`triggers`], naming the services "all services used" where they are all of `used`.
pub fn triggers_in(m: &Messages, st: &Statement, used: &[&str], ts: &[Trigger]) -> String {
    triggers_with(m, st, used, ts, false)
}

/// As [`triggers_in`], naming services by their letters (after a [`service_legend`]).
pub fn triggers_lettered(m: &Messages, st: &Statement, used: &[&str], ts: &[Trigger]) -> String {
    triggers_with(m, st, used, ts, true)
}

pub(crate) fn triggers_with(
    m: &Messages,
    st: &Statement,
    used: &[&str],
    ts: &[Trigger],
    letters: bool,
) -> String {
    let used_here: Vec<&str> = ts
        .iter()
        .filter_map(|t| match t {
            Trigger::Service { service: x } => Some(x.as_str()),
            _ => None,
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    if !used_here.is_empty() {
        // One service alone is named, with its letter: "used service: Machine learning (e)",
        // not a bare "e".
        let services = match used_here.as_slice() {
            [one] if letters => match st.service(one).map(|sv| sv.letter.as_str()) {
                Some(letter) if !letter.is_empty() => format!(
                    "{} ({letter})",
                    service_list_with(m, st, used, &used_here, false)
                ),
                _ => service_list_with(m, st, used, &used_here, false),
            },
            _ => service_list_with(m, st, used, &used_here, letters),
        };
        out.push(m.fmt(
            "trigger-services",
            &[
                ("count", used_here.len().into()),
                ("services", services.into()),
            ],
        ));
    }
    // (what, services) in first-seen order.
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for t in ts.iter().filter(|t| !matches!(t, Trigger::Service { .. })) {
        let (what, in_service) = match t {
            Trigger::Category {
                service: x,
                category: c,
            } => (category_in_sentence(m, *c), Some(x.as_str())),
            Trigger::SickLeave { service: x } => {
                (m.get("trigger-what-sick-leave"), Some(x.as_str()))
            }
            Trigger::Subjects { service: x, group } => (
                m.fmt(
                    "trigger-what-subjects",
                    &[("group", subject(m, *group).into())],
                ),
                Some(x.as_str()),
            ),
            Trigger::Estimate { service: x, count } => (
                m.fmt(
                    "trigger-what-estimate",
                    &[("count", m.number(*count).into())],
                ),
                Some(x.as_str()),
            ),
            other => (trigger(m, st, other), None),
        };
        let services = match groups.iter_mut().find(|(w, _)| *w == what) {
            Some((_, services)) => services,
            None => {
                groups.push((what, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        if let Some(x) = in_service {
            services.push(x);
        }
    }
    // Groups over the same services, merged: each list of services is named once.
    let mut merged: Vec<(Vec<String>, Vec<&str>)> = Vec::new();
    for (what, services) in groups {
        let key = in_statement_order(st, &services);
        match merged
            .iter_mut()
            .find(|(_, s)| !key.is_empty() && *s == key)
        {
            Some((whats, _)) => whats.push(what),
            None => merged.push((vec![what], key)),
        }
    }
    for (whats, services) in merged {
        let what = whats.join(", ");
        out.push(if services.is_empty() {
            what
        } else {
            m.fmt(
                "trigger-grouped",
                &[
                    ("what", what.into()),
                    (
                        "services",
                        service_list_with(m, st, used, &services, letters).into(),
                    ),
                ],
            )
        });
    }
    out.join("; ")
}

/// The vendors of the map visuals among these triggers, once each.
pub(crate) fn vendors_of(st: &Statement, ts: &[Trigger]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in ts {
        if let Trigger::OptionChoice { choice, .. } = t {
            for v in st
                .map_visual(choice)
                .map(|v| v.vendors.clone())
                .unwrap_or_default()
            {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}
