//! What the UI shows, already worded in one language: screening, risks, wizard progress,
//! catalog (from the statement the assessment is based on) and the statement itself.

use dpia_assessment::{
    ActionStatus, AiActArea, Art9Ground, Assessment, BsnStatute, Characteristic, Classification,
    ClientRole, DataCategory, Environment, LawfulBasis, Level, RiskStatus, Sector, SubjectGroup,
    UavgCriminal, UavgException,
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
    /// An own risk of the controller (edited under `/own_risks/<index>`).
    pub own: bool,
    /// For an own risk: its index in `own_risks`.
    #[ts(type = "number | null")]
    pub own_index: Option<usize>,
    /// The controller's decision: `confirmed`, `adjusted`, `not_applicable`, or empty.
    pub status: String,
    pub status_text: String,
    pub reason: String,
    /// The values the DPIA uses (the controller's where adjusted), ids and worded.
    pub applied: LevelsView,
    /// The computed values, always shown beside the controller's.
    pub computed: LevelsView,
    pub applicable: bool,
    /// The answers changed after the controller decided: the computed values differ from those
    /// recorded with the decision (the controller's values still apply).
    pub changed_since_decision: bool,
    /// The computed values when the controller decided (worded), if they differ now.
    pub decided_on: String,
    /// Why the residual values are what they are (per dimension, which measures lower it).
    pub residual_reasoning: String,
}

/// Likelihood, impact and level before and after measures: ids (`low` …) and words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LevelsView {
    pub likelihood: String,
    pub impact: String,
    pub level: String,
    pub residual_likelihood: String,
    pub residual_impact: String,
    pub residual_level: String,
    /// "medium × high = high"
    pub before_text: String,
    pub after_text: String,
}

/// One measure of the action plan: a proposed controller measure (once, with the risks it is
/// proposed for) or an own risk's measures, with what the controller recorded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ActionView {
    /// The key in `action_plan` (a controller measure id, or an own risk's id).
    pub id: String,
    /// "M1", "M2", … as in the document.
    pub number: String,
    pub text: String,
    /// The risk numbers ("R1, R4").
    pub risks: String,
    /// Adopted: it has a status, and counts for the residual risk.
    pub adopted: bool,
    /// `planned`, `in_progress`, `done` or empty.
    pub status: String,
    pub owner: String,
    /// YYYY-MM-DD or empty.
    pub due: String,
    pub due_text: String,
    pub note: String,
    /// Past its due date and not done.
    pub overdue: bool,
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
    /// The controller's measures with owner, due date and status.
    pub action_plan: Vec<ActionView>,
    /// Adopted (definitive): read-only until reopened.
    pub definitive: bool,
    /// A residual risk stays high: the prior-consultation decision (GDPR Art. 36) is asked.
    pub ask_prior_consultation: bool,
    /// The review date (the one set, or the proposed one), YYYY-MM-DD and worded.
    pub review_date: String,
    pub review_date_text: String,
    /// The review date has come.
    pub review_due: bool,
    /// Certificates of the statement that expire before the review date (worded).
    pub expiring_certificates: Vec<String>,
    /// The data categories used (ids), for retention per category.
    pub categories: Vec<String>,
    /// Asked when addresses or location data meet a map visual.
    pub ask_map_shows_people: bool,
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
    pub client_roles: Vec<Choice>,
    pub lawful_bases: Vec<Choice>,
    pub art9_grounds: Vec<Choice>,
    pub uavg_exceptions: Vec<Choice>,
    pub bsn_statutes: Vec<Choice>,
    pub uavg_criminal: Vec<Choice>,
    pub levels: Vec<Choice>,
    pub risk_statuses: Vec<Choice>,
    pub action_statuses: Vec<Choice>,
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
        client_roles: ClientRole::ALL
            .iter()
            .map(|x| choice(x.id(), words::client_role(m, *x), String::new()))
            .collect(),
        lawful_bases: LawfulBasis::ALL
            .iter()
            .map(|x| choice(x.id(), words::lawful_basis(m, *x), String::new()))
            .collect(),
        art9_grounds: Art9Ground::ALL
            .iter()
            .map(|x| choice(x.id(), words::art9_ground(m, *x), String::new()))
            .collect(),
        uavg_exceptions: UavgException::ALL
            .iter()
            .map(|x| choice(x.id(), words::uavg_exception(m, *x), String::new()))
            .collect(),
        bsn_statutes: BsnStatute::ALL
            .iter()
            .map(|x| choice(x.id(), words::bsn_statute(m, *x), String::new()))
            .collect(),
        uavg_criminal: UavgCriminal::ALL
            .iter()
            .map(|x| choice(x.id(), words::uavg_criminal(m, *x), String::new()))
            .collect(),
        levels: Level::ALL
            .iter()
            .map(|x| choice(x.id(), words::level(m, *x), String::new()))
            .collect(),
        risk_statuses: RiskStatus::ALL
            .iter()
            .map(|x| choice(x.id(), words::risk_status(m, *x), String::new()))
            .collect(),
        action_statuses: ActionStatus::ALL
            .iter()
            .map(|x| choice(x.id(), words::action_status(m, *x), String::new()))
            .collect(),
    }
}

/// The wizard's steps, in order, with what each still lacks (from the core's open questions and
/// the follow-ups that are missing).
pub fn steps(a: &Assessment, s: &Screening) -> Vec<StepView> {
    let step_of = |q: &OpenQuestion| match q {
        OpenQuestion::OrganisationName
        | OpenQuestion::Sector
        | OpenQuestion::ClientRole
        | OpenQuestion::AssessmentDate
        | OpenQuestion::Purposes => 0,
        OpenQuestion::ServiceUsed { .. } | OpenQuestion::Option { .. } => 1,
        OpenQuestion::Data { .. }
        | OpenQuestion::Subjects { .. }
        | OpenQuestion::Estimate { .. } => 2,
        OpenQuestion::Characteristics | OpenQuestion::AiActArea | OpenQuestion::MapShowsPeople => 4,
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

fn levels_view(m: &Messages, l: Level, i: Level, rl: Level, ri: Level) -> LevelsView {
    let product = |a: Level, b: Level| {
        format!(
            "{} × {} = {}",
            words::level(m, a),
            words::level(m, b),
            words::level(m, dpia_rules::risks::level(a, b))
        )
    };
    LevelsView {
        likelihood: l.id().into(),
        impact: i.id().into(),
        level: dpia_rules::risks::level(l, i).id().into(),
        residual_likelihood: rl.id().into(),
        residual_impact: ri.id().into(),
        residual_level: dpia_rules::risks::level(rl, ri).id().into(),
        before_text: product(l, i),
        after_text: product(rl, ri),
    }
}

pub fn risks(m: &Messages, st: &Statement, a: &Assessment, risks: &[Risk]) -> Vec<RiskView> {
    let used: Vec<&str> = a
        .used_services_in(st)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    risks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let x = &r.applied;
            let status = r.decision.as_ref().and_then(|d| d.status);
            RiskView {
                number: format!("R{}", i + 1),
                id: r.id.clone(),
                title: words::risk_title(m, st, r),
                description: words::risk_description(m, st, r),
                triggers: match &r.own {
                    Some(o) => o.origin.clone(),
                    None => words::capitalised(&words::triggers_in(m, st, &used, &r.triggers)),
                },
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
                own: r.own.is_some(),
                own_index: r
                    .own
                    .as_ref()
                    .and_then(|o| a.own_risks.iter().position(|x| x.id == o.id)),
                status: status.map_or_else(String::new, |s| s.id().to_string()),
                status_text: status.map_or_else(String::new, |s| words::risk_status(m, s)),
                reason: r
                    .decision
                    .as_ref()
                    .map_or_else(String::new, |d| d.reason.clone()),
                applied: levels_view(
                    m,
                    x.likelihood,
                    x.impact,
                    x.residual_likelihood,
                    x.residual_impact,
                ),
                computed: levels_view(
                    m,
                    r.likelihood,
                    r.impact,
                    r.residual_likelihood,
                    r.residual_impact,
                ),
                applicable: x.applicable,
                changed_since_decision: r.changed_since_decision,
                decided_on: match r.decision.as_ref().and_then(|d| d.computed) {
                    Some(c) if r.changed_since_decision => {
                        let v = levels_view(
                            m,
                            c.likelihood,
                            c.impact,
                            c.residual_likelihood,
                            c.residual_impact,
                        );
                        format!("{} → {}", v.before_text, v.after_text)
                    }
                    _ => String::new(),
                },
                residual_reasoning: words::residual_reasoning(m, st, r),
            }
        })
        .collect()
}

/// The action plan: every controller measure proposed for an applicable risk (once, with its
/// risks), then the own risks' measures; what the controller recorded; overdue ones marked.
pub fn action_plan(
    m: &Messages,
    a: &Assessment,
    risks: &[Risk],
    today: chrono::NaiveDate,
) -> Vec<ActionView> {
    let mut rows: Vec<(String, String, Vec<String>)> = Vec::new();
    for (i, r) in risks.iter().enumerate() {
        let n = format!("R{}", i + 1);
        if !r.applied.applicable {
            continue;
        }
        if let Some(o) = &r.own {
            if !o.measures.trim().is_empty() {
                rows.push((o.id.clone(), o.measures.trim().to_string(), vec![n]));
            }
            continue;
        }
        for x in &r.controller_measures {
            match rows.iter_mut().find(|(id, _, _)| id == x.id) {
                Some((_, _, rs)) => rs.push(n.clone()),
                None => rows.push((
                    x.id.to_string(),
                    words::controller_measure(m, x.id),
                    vec![n.clone()],
                )),
            }
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, (id, text, rs))| {
            let item = a.action_plan.get(&id).cloned().unwrap_or_default();
            let overdue = item.due.is_some_and(|d| {
                d < today && item.status.is_some() && item.status != Some(ActionStatus::Done)
            });
            ActionView {
                number: format!("M{}", i + 1),
                text,
                risks: rs.join(", "),
                adopted: item.status.is_some(),
                status: item.status.map_or_else(String::new, |s| s.id().to_string()),
                owner: item.owner.clone(),
                due: item.due.map_or_else(String::new, |d| d.to_string()),
                due_text: item.due.map_or_else(String::new, |d| m.date(d)),
                note: item.note.clone(),
                overdue,
                id,
            }
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

/// One change in the history, with the label of the field as the UI shows it and the step it
/// belongs to (for the filter).
#[derive(Debug, Clone, Serialize, TS)]
pub struct HistoryView {
    pub at: String,
    /// The JSON pointer of the field.
    pub field: String,
    /// `organisation`, `services`, `data`, `followups`, `characteristics`, `controller`,
    /// `risks`, `signoff`, `statement` or `other`.
    pub step: String,
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
) -> (
    &'static str,
    String,
    std::collections::BTreeMap<String, String>,
) {
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let mut args = std::collections::BTreeMap::new();
    let mut arg = |k: &str, v: String| {
        args.insert(k.to_string(), v);
    };
    let category = |id: &str| {
        id.parse::<DataCategory>()
            .map_or_else(|_| id.to_string(), |c| words::category(m, c))
    };
    let (step, label): (&'static str, String) = match parts.as_slice() {
        ["organisation", "name"] => ("organisation", "ui-org-name".into()),
        ["organisation", "sector"] => ("organisation", "ui-org-sector".into()),
        ["organisation", "role"] => ("organisation", "ui-org-role".into()),
        ["organisation", "contact_person"] => ("organisation", "ui-org-contact".into()),
        ["organisation", "dpo"] => ("organisation", "ui-org-dpo".into()),
        ["assessment_date"] => ("organisation", "ui-assessment-date".into()),
        ["description"] => ("organisation", "ui-description".into()),
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
            ("controller", field.into())
        }
        ["purposes", ..] => ("organisation", "ui-purposes".into()),
        ["services", id, rest @ ..] => {
            arg("service", st.service_name(id, m.lang()));
            match rest {
                ["used"] => ("services", "ui-history-service-used".into()),
                ["categories", ..] => ("data", "ui-history-service-categories".into()),
                ["subjects", ..] => ("data", "ui-history-service-subjects".into()),
                ["data_subjects_estimate"] => ("data", "ui-history-service-estimate".into()),
                ["source_systems"] => ("data", "ui-history-service-sources".into()),
                _ => ("data", "ui-history-service".into()),
            }
        }
        ["options", id, ..] => {
            arg("option", words::option(m, st, id));
            ("services", "ui-history-option".into())
        }
        ["characteristics", ..] => ("characteristics", "ui-characteristics-legend".into()),
        ["ai_act_area"] => ("characteristics", "ui-ai-area".into()),
        ["map_shows_people"] => ("characteristics", "ui-map-shows-people".into()),
        ["follow_ups", "special_category_exceptions", c, ..] => {
            arg("category", category(c));
            ("followups", "ui-history-exception".into())
        }
        ["follow_ups", "bsn_basis", ..] => ("followups", "ui-bsn-basis".into()),
        ["follow_ups", "criminal_basis", ..] => ("followups", "ui-criminal-basis".into()),
        ["controller", "retention_per_category", c, ..] => {
            arg("category", category(c));
            ("controller", "ui-history-retention-category".into())
        }
        ["controller", "views", x, ..] => ("controller", format!("ui-controller-views-{x}")),
        ["controller", x, ..] => ("controller", format!("ui-controller-{x}")),
        ["risk_decisions", id, ..] => {
            let title = dpia_rules::risks(st, a)
                .iter()
                .enumerate()
                .find(|(_, r)| r.id == *id)
                .map_or_else(
                    || id.to_string(),
                    |(i, r)| format!("R{} {}", i + 1, words::risk_title(m, st, r)),
                );
            arg("risk", title);
            ("risks", "ui-history-risk-decision".into())
        }
        ["own_risks", ..] => ("risks", "ui-history-own-risk".into()),
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
            ("risks", "ui-history-action".into())
        }
        ["dpo_advice", x, ..] => ("signoff", format!("ui-dpo-{x}")),
        ["sign_off", x, ..] => ("signoff", format!("ui-signoff-{x}")),
        ["review_date"] => ("signoff", "ui-review-date".into()),
        ["statement", ..] => ("statement", "ui-history-statement".into()),
        _ => {
            arg("field", pointer.to_string());
            ("other", "ui-history-field".into())
        }
    };
    (step, label, args)
}
