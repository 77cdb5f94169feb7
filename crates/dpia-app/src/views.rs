//! What the UI shows, already worded in one language: screening, risks, wizard progress,
//! catalog (from the statement the assessment is based on) and the statement itself.

use dpia_assessment::{
    AiActArea, Assessment, Characteristic, Classification, DataCategory, Environment, Sector,
    SubjectGroup,
};
use dpia_i18n::{self as words, Messages};
use dpia_rules::{FlagKind, OpenQuestion, Risk, Screening, Severity};
use dpia_statement::{OptionKind, Statement, StatementRef};
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
    /// `required`, `recommended`, `not_required`, or `unknown` while the services and their data
    /// are not answered yet (then no verdict is shown, only that it is not known yet).
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
    pub measures: Vec<MeasureView>,
    pub controller: Vec<MeasureView>,
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
    /// The statement the assessment is based on (its key for `catalog` and `statements_view`).
    pub statement_key: String,
    /// Per wizard step: whether all its questions are answered (the core decides, not the UI).
    pub steps: Vec<StepView>,
    /// Which legal grounds step 4 asks for.
    pub follow_ups: FollowUpsView,
    /// A machine-learning service is used, so the AI Act area is asked.
    pub ask_ai_area: bool,
}

/// One wizard step and whether it is complete.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StepView {
    /// `organisation`, `services`, `data`, `followups`, `characteristics` or `review`.
    pub id: String,
    pub complete: bool,
    /// How many of its questions are still open.
    pub open: u32,
}

/// The follow-up questions that apply: special categories (ids, in catalog order), BSN, criminal.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FollowUpsView {
    pub special: Vec<String>,
    pub bsn: bool,
    pub criminal: bool,
}

/// A statement measure or a proposed controller measure, worded, with what it lowers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct MeasureView {
    pub id: String,
    pub text: String,
    /// `likelihood` or `impact`
    pub lowers: String,
    pub lowers_text: String,
    /// The source marker ("Data Pro Statement, item 12"), empty for controller measures.
    pub source: String,
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

/// One of the statement's options, as the wizard asks it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OptionChoice {
    pub id: String,
    /// `yes_no`, `map_visuals` or `environment`
    pub kind: String,
    pub label: String,
    pub question: String,
    pub help: String,
    /// "Data Pro Statement, item 12"
    pub source: String,
    /// The services it is asked for; asked when one of them is used.
    pub asked_for: Vec<String>,
    /// For `map_visuals`: the visuals (help = their vendors); for `environment`: `processor` and
    /// `client` with the statement's names; empty for yes/no.
    pub choices: Vec<Choice>,
}

/// Everything the wizard needs to offer, in one language, for one statement.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Catalog {
    /// The statement's key (as in `AssessmentView.statement_key`).
    pub statement: String,
    pub services: Vec<Choice>,
    pub options: Vec<OptionChoice>,
    pub categories: Vec<Choice>,
    pub subjects: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub characteristics: Vec<Choice>,
    pub ai_areas: Vec<Choice>,
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

fn plain<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

pub fn catalog(m: &Messages, st: &Statement) -> Catalog {
    let lang = m.lang();
    Catalog {
        statement: st.label(),
        services: st
            .services
            .list
            .iter()
            .map(|sv| Choice {
                id: sv.id.clone(),
                label: sv.name.get(lang).to_string(),
                help: sv.description.get(lang).to_string(),
                tag: sv.letter.clone(),
                tag_text: words::source(m, StatementRef::Item(sv.item)),
            })
            .collect(),
        options: st
            .options
            .iter()
            .map(|o| OptionChoice {
                id: o.id.clone(),
                kind: plain(&o.kind),
                label: words::capitalised(o.name.get(lang)),
                question: o.question.get(lang).to_string(),
                help: o.help.get(lang).to_string(),
                source: words::source(m, StatementRef::Item(o.item)),
                asked_for: o.asked_for.clone(),
                choices: match o.kind {
                    OptionKind::YesNo => Vec::new(),
                    OptionKind::MapVisuals => st
                        .map_visuals
                        .iter()
                        .flat_map(|x| x.visuals.iter())
                        .map(|v| choice(&v.id, v.name.clone(), v.vendors.join(", ")))
                        .collect(),
                    OptionKind::Environment => Environment::ALL
                        .iter()
                        .map(|e| {
                            choice(
                                e.id(),
                                words::capitalised(&words::environment(m, st, &o.id, *e)),
                                String::new(),
                            )
                        })
                        .collect(),
                },
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
                    tag: plain(&class),
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
    }
}

/// The wizard's steps, in order, with what each still lacks (from the core's open questions and
/// the follow-ups that are missing).
pub fn steps(a: &Assessment, s: &Screening) -> Vec<StepView> {
    let step_of = |q: &OpenQuestion| match q {
        OpenQuestion::OrganisationName
        | OpenQuestion::Sector
        | OpenQuestion::AssessmentDate
        | OpenQuestion::Purposes => 0,
        OpenQuestion::ServiceUsed { .. } | OpenQuestion::Option { .. } => 1,
        OpenQuestion::Subjects { .. } | OpenQuestion::Estimate { .. } => 2,
        OpenQuestion::Characteristics | OpenQuestion::AiActArea => 4,
    };
    let mut open = [0u32; 6];
    for q in &s.open_questions {
        open[step_of(q)] += 1;
    }
    open[3] = s
        .flags
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FlagKind::BsnWithoutBasis
                    | FlagKind::SpecialCategoryWithoutException { .. }
                    | FlagKind::CriminalWithoutBasis
            )
        })
        .count() as u32;
    // Data can only be complete once it is known which services are used; legal grounds once
    // the data is known.
    let services_known = !s
        .open_questions
        .iter()
        .any(|q| matches!(q, OpenQuestion::ServiceUsed { .. }));
    let any_used = a.used_services().next().is_some();
    let mut complete = open.map(|n| n == 0);
    complete[2] &= services_known && any_used;
    complete[3] &= complete[2];
    complete[5] = complete[..5].iter().all(|c| *c);
    [
        "organisation",
        "services",
        "data",
        "followups",
        "characteristics",
        "review",
    ]
    .iter()
    .enumerate()
    .map(|(i, id)| StepView {
        id: (*id).into(),
        complete: complete[i],
        open: if i == 5 { open.iter().sum() } else { open[i] },
    })
    .collect()
}

/// The follow-up questions that apply to the data of the used services.
pub fn follow_ups(a: &Assessment) -> FollowUpsView {
    let cats = a.categories();
    FollowUpsView {
        special: DataCategory::ALL
            .iter()
            .filter(|c| c.is_special() && cats.contains(c))
            .map(|c| c.id().to_string())
            .collect(),
        bsn: cats
            .iter()
            .any(|c| c.classification() == Classification::NationalId),
        criminal: cats
            .iter()
            .any(|c| c.classification() == Classification::Criminal),
    }
}

pub fn screening(m: &Messages, st: &Statement, s: &Screening) -> ScreeningView {
    let not_hit = words::not_hit(m, s);
    ScreeningView {
        verdict: if s.verdict_known {
            s.verdict.id().into()
        } else {
            "unknown".into()
        },
        verdict_text: if s.verdict_known {
            words::verdict(m, s.verdict)
        } else {
            m.get("verdict-unknown")
        },
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
                reason: words::sub_processor_reason(m, st, &p.reason),
            })
            .collect(),
        map_recipients: s
            .map_recipients
            .iter()
            .map(|r| PartyView {
                name: r.vendors.join(", "),
                detail: words::map_visual(st, &r.visual),
                reason: words::vendor_role(m, r.role),
            })
            .collect(),
        open_questions: s
            .open_questions
            .iter()
            .map(|q| words::open_question(m, st, q))
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
            title: words::risk_title(m, st, r),
            description: words::risk_description(m, st, r),
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
            measures: r
                .measures
                .iter()
                .map(|x| MeasureView {
                    id: x.id.clone(),
                    text: words::statement_measure(m, st, &x.id),
                    lowers: plain(&x.lowers),
                    lowers_text: words::lowers(m, x.lowers),
                    source: words::source(m, x.source),
                })
                .collect(),
            controller: r
                .controller_measures
                .iter()
                .map(|x| MeasureView {
                    id: x.id.into(),
                    text: words::controller_measure(m, x.id),
                    lowers: plain(&x.lowers),
                    lowers_text: words::lowers(m, x.lowers),
                    source: String::new(),
                })
                .collect(),
            prior_consultation: r.prior_consultation,
        })
        .collect()
}

/// The statement's entries, grouped by the item (or clause) they stand in, in statement order.
pub fn statement(m: &Messages, st: &Statement) -> StatementView {
    let mut sections: Vec<StatementSection> = Vec::new();
    let mut last: Option<StatementRef> = None;
    for e in dpia_statement::entries(st) {
        let (source, title, paragraphs) = words::entry(m, &e);
        match sections.last_mut() {
            Some(section) if last == Some(e.source) && title.is_empty() => {
                section.paragraphs.extend(paragraphs)
            }
            _ => sections.push(StatementSection {
                source,
                title,
                paragraphs,
            }),
        }
        last = Some(e.source);
    }
    if let Some(d) = &st.version.discrepancy {
        if let Some(section) = sections
            .iter_mut()
            .find(|x| x.source == words::source(m, StatementRef::Item(st.version.item)))
        {
            section.paragraphs.push(format!(
                "{}: {}",
                m.get("cli-statement-discrepancy"),
                d.get(m.lang())
            ));
        }
    }
    StatementView {
        title: st.label(),
        sections,
    }
}
