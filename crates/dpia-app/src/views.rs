//! What the UI shows, already worded in one language: screening, risks, catalog, statement.

use dpia_assessment::{
    AiActArea, Assessment, Characteristic, DataCategory, MapVisualId, Sector, ServiceId,
    SubjectGroup, Tenant,
};
use dpia_i18n::{self as words, Messages};
use dpia_rules::{Risk, Screening, Severity};
use dpia_statement::{Statement, StatementRef};
use serde::Serialize;
use ts_rs::TS;

/// An error for the UI: a stable code to branch on and a worded message to show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HitView {
    /// e.g. `dpa-7`
    pub key: String,
    /// `art35`, `wp248` or `dpa`
    pub framework: String,
    pub title: String,
    pub triggers: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct FlagView {
    /// `blocking`, `warning` or `info`
    pub severity: String,
    pub severity_text: String,
    pub title: String,
    pub detail: String,
    pub triggers: String,
    pub sources: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PartyView {
    pub name: String,
    pub detail: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ScreeningView {
    /// `required`, `recommended` or `not_required`
    pub verdict: String,
    pub verdict_text: String,
    pub provisional: bool,
    pub reasons: Vec<String>,
    pub hits: Vec<HitView>,
    pub not_hit: String,
    pub large_scale_rule: String,
    pub flags: Vec<FlagView>,
    pub sub_processors: Vec<PartyView>,
    pub map_recipients: Vec<PartyView>,
    pub open_questions: Vec<String>,
    pub review_date: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RiskView {
    /// "R1", "R2", … as in the documents.
    pub number: String,
    pub id: String,
    pub title: String,
    pub description: String,
    pub triggers: String,
    /// Levels are `low`, `medium`, `high`; the `_text` fields are worded.
    pub likelihood: String,
    pub impact: String,
    pub level: String,
    pub residual_likelihood: String,
    pub residual_impact: String,
    pub residual_level: String,
    pub likelihood_text: String,
    pub impact_text: String,
    pub level_text: String,
    pub residual_level_text: String,
    pub measures: String,
    pub controller: String,
    pub prior_consultation: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AssessmentView {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub assessment: Assessment,
    pub screening: ScreeningView,
    pub risks: Vec<RiskView>,
}

/// One option in a list the wizard offers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// Help text (what it means, examples from the statement); may be empty.
    pub help: String,
    /// A grouping tag, e.g. a category's classification (`special`) or a service's letter.
    pub tag: String,
    pub tag_text: String,
}

/// Everything the wizard needs to offer, in one language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Catalog {
    pub services: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub subjects: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub characteristics: Vec<Choice>,
    pub ai_areas: Vec<Choice>,
    pub map_visuals: Vec<Choice>,
    pub tenants: Vec<Choice>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementSection {
    /// "statement item 5"
    pub source: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementView {
    pub title: String,
    pub sections: Vec<StatementSection>,
}

fn choice(id: &str, label: String, help: String) -> Choice {
    Choice {
        id: id.into(),
        label,
        help,
        tag: String::new(),
        tag_text: String::new(),
    }
}

pub fn catalog(m: &Messages, st: &Statement) -> Catalog {
    let lang = m.lang();
    Catalog {
        services: ServiceId::ALL
            .iter()
            .map(|s| {
                let sv = st.service(s.id());
                Choice {
                    id: s.id().into(),
                    label: words::service(m, *s),
                    help: sv
                        .map(|x| x.description.get(lang).to_string())
                        .unwrap_or_default(),
                    tag: sv.map(|x| x.letter.clone()).unwrap_or_default(),
                    tag_text: sv
                        .map(|x| words::source(m, StatementRef::Item(x.item)))
                        .unwrap_or_default(),
                }
            })
            .collect(),
        categories: DataCategory::ALL
            .iter()
            .map(|c| {
                let class = c.classification();
                Choice {
                    id: c.id().into(),
                    label: words::category(m, *c),
                    help: words::category_help(m, *c),
                    tag: serde_json::to_value(class)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    tag_text: words::classification(m, class),
                }
            })
            .collect(),
        subjects: SubjectGroup::ALL
            .iter()
            .map(|g| Choice {
                tag: if g.is_vulnerable() {
                    "vulnerable".into()
                } else {
                    String::new()
                },
                ..choice(g.id(), words::subject(m, *g), String::new())
            })
            .collect(),
        sectors: Sector::ALL
            .iter()
            .map(|s| choice(s.id(), words::sector(m, *s), String::new()))
            .collect(),
        characteristics: Characteristic::ALL
            .iter()
            .map(|c| {
                choice(
                    c.id(),
                    words::characteristic(m, *c),
                    words::characteristic_help(m, *c),
                )
            })
            .collect(),
        ai_areas: AiActArea::ALL
            .iter()
            .map(|a| choice(a.id(), words::ai_area(m, *a), String::new()))
            .collect(),
        map_visuals: MapVisualId::ALL
            .iter()
            .map(|v| {
                let vendors = st
                    .map_visual(v.id())
                    .map(|x| x.vendors.join(", "))
                    .unwrap_or_default();
                choice(v.id(), words::map_visual(st, *v), vendors)
            })
            .collect(),
        tenants: [Tenant::Processor, Tenant::Client]
            .iter()
            .map(|t| {
                let id = serde_json::to_value(t)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                choice(&id, words::tenant(m, *t), String::new())
            })
            .collect(),
    }
}

pub fn screening(m: &Messages, st: &Statement, s: &Screening) -> ScreeningView {
    let not_hit = words::not_hit(m, s);
    ScreeningView {
        verdict: s.verdict.id().into(),
        verdict_text: words::verdict(m, s.verdict),
        provisional: s.provisional,
        reasons: words::reasons(m, s),
        hits: s
            .hits
            .iter()
            .map(|h| HitView {
                key: h.criterion.key(),
                framework: h.criterion.framework.id().into(),
                title: words::criterion(m, h.criterion),
                triggers: words::triggers(m, st, &h.triggers),
            })
            .collect(),
        not_hit,
        large_scale_rule: words::large_scale_rule(m),
        flags: s
            .flags
            .iter()
            .map(|f| FlagView {
                severity: match f.severity {
                    Severity::Blocking => "blocking",
                    Severity::Warning => "warning",
                    Severity::Info => "info",
                }
                .into(),
                severity_text: words::severity(m, f.severity),
                title: words::flag_title(m, st, f),
                detail: words::flag_detail(m, st, f),
                triggers: words::triggers(m, st, &f.triggers),
                sources: words::sources(m, &f.sources),
            })
            .collect(),
        sub_processors: s
            .sub_processors
            .iter()
            .filter_map(|p| st.sub_processor(&p.id).map(|sub| (p, sub)))
            .map(|(p, sub)| PartyView {
                name: sub.name.clone(),
                detail: words::location(m, sub.location),
                reason: words::sub_processor_reason(m, p.reason),
            })
            .collect(),
        map_recipients: s
            .map_recipients
            .iter()
            .map(|r| PartyView {
                name: r.vendors.join(", "),
                detail: words::map_visual(st, r.visual),
                reason: words::vendor_role(m, r.role),
            })
            .collect(),
        open_questions: s
            .open_questions
            .iter()
            .map(|q| words::open_question(m, q))
            .collect(),
        review_date: m.date(s.dates.review),
    }
}

pub fn risks(m: &Messages, st: &Statement, risks: &[Risk]) -> Vec<RiskView> {
    risks
        .iter()
        .enumerate()
        .map(|(i, r)| RiskView {
            number: format!("R{}", i + 1),
            id: r.id.into(),
            title: words::risk_title(m, r.id),
            description: words::risk_description(m, r.id),
            triggers: words::triggers(m, st, &r.triggers),
            likelihood: r.likelihood.id().into(),
            impact: r.impact.id().into(),
            level: r.level.id().into(),
            residual_likelihood: r.residual_likelihood.id().into(),
            residual_impact: r.residual_impact.id().into(),
            residual_level: r.residual_level.id().into(),
            likelihood_text: words::level(m, r.likelihood),
            impact_text: words::level(m, r.impact),
            level_text: words::level(m, r.level),
            residual_level_text: words::level(m, r.residual_level),
            measures: words::sources(m, &r.measures),
            controller: words::risk_controller(m, r.id),
            prior_consultation: r.prior_consultation,
        })
        .collect()
}

pub fn statement(m: &Messages, st: &Statement) -> StatementView {
    let lang = m.lang();
    let item = |n: u32| words::source(m, StatementRef::Item(n));
    let mut sections = Vec::new();
    let mut push = |source: String, title: String, paragraphs: Vec<String>| {
        sections.push(StatementSection {
            source,
            title,
            paragraphs,
        })
    };
    let p = &st.processor;
    let c = &p.privacy_contact;
    push(
        item(p.item),
        m.get("cli-statement-processor"),
        vec![
            format!("{}, {} — KvK {}", p.name, p.address, p.chamber_of_commerce),
            format!(
                "{}: {} ({}), {}, {}",
                m.get("cli-statement-contact"),
                c.name,
                c.role.get(lang),
                c.email,
                c.phone
            ),
        ],
    );
    let mut version = vec![st.version.text.get(lang).to_string()];
    if let Some(d) = &st.version.discrepancy {
        version.push(format!(
            "{}: {}",
            m.get("cli-statement-discrepancy"),
            d.get(lang)
        ));
    }
    push(
        item(st.version.item),
        format!("{} {}", m.get("cli-statement-version"), st.version.version),
        version,
    );
    push(
        item(st.changes.item),
        String::new(),
        vec![st.changes.text.get(lang).to_string()],
    );
    for s in &st.services.list {
        push(
            item(s.item),
            format!("{} {}", s.letter, s.name.get(lang)),
            vec![s.description.get(lang).to_string()],
        );
    }
    let mut eleven = vec![
        st.intended_use.text.get(lang).to_string(),
        st.role.text.get(lang).to_string(),
        st.intended_use.health_data.get(lang).to_string(),
        st.intended_use
            .classification_by_controller
            .get(lang)
            .to_string(),
    ];
    eleven.extend(
        st.intended_use
            .data_kinds
            .iter()
            .map(|k| format!("• {}", k.get(lang))),
    );
    push(item(st.intended_use.item), String::new(), eleven);
    push(
        item(st.privacy_by_design.item),
        String::new(),
        st.privacy_by_design
            .measures
            .iter()
            .map(|x| x.text.get(lang).to_string())
            .collect(),
    );
    push(
        item(st.standard_clauses_used.item),
        String::new(),
        vec![st.standard_clauses_used.text.get(lang).to_string()],
    );
    let mut fourteen = vec![
        st.locations.structural.get(lang).to_string(),
        st.locations.temporary.get(lang).to_string(),
    ];
    fourteen.extend(
        st.locations
            .measures
            .iter()
            .map(|x| x.text.get(lang).to_string()),
    );
    fourteen.push(st.map_visuals.text.get(lang).to_string());
    fourteen.extend(
        st.map_visuals
            .visuals
            .iter()
            .map(|v| format!("• {}: {}", v.name, v.vendors.join(", "))),
    );
    fourteen.push(st.map_visuals.client_tenant_rule.get(lang).to_string());
    push(item(st.locations.item), String::new(), fourteen);
    push(
        item(st.sub_processors.item),
        String::new(),
        st.sub_processors
            .list
            .iter()
            .map(|s| {
                format!(
                    "{} {} — {}: {}",
                    s.letter,
                    s.name,
                    words::location(m, s.location),
                    s.condition_text.get(lang)
                )
            })
            .collect(),
    );
    push(
        item(st.deletion.item),
        String::new(),
        vec![st.deletion.text.get(lang).to_string()],
    );
    push(
        item(st.security.item),
        String::new(),
        st.security
            .measures
            .iter()
            .map(|x| x.text.get(lang).to_string())
            .collect(),
    );
    push(
        item(st.isms.item),
        String::new(),
        vec![st.isms.text.get(lang).to_string()],
    );
    let mut certs = vec![st.certifications.scope.get(lang).to_string()];
    certs.extend(
        st.certifications
            .list
            .iter()
            .map(|c| dpia_i18n::certificate(m, c)),
    );
    push(item(st.certifications.item), String::new(), certs);
    push(
        item(st.breach.item),
        String::new(),
        vec![st.breach.text.get(lang).to_string()],
    );
    for c in &st.clauses.list {
        push(
            m.fmt("source-clause", &[("number", c.number.as_str().into())]),
            c.title.get(lang).to_string(),
            vec![c.text.get(lang).to_string()],
        );
    }
    StatementView {
        title: st.label(),
        sections,
    }
}
