//! One assessment as the UI shows it: its answers, screening, risks, action plan and the state of
//! the questionnaire's steps.

use super::*;

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
    /// A machine-learning service is used, so the AI Act area (and whether the model is a
    /// product under AI Act Annex I, such as a medical device) is asked.
    pub ask_ai_area: bool,
    /// Employees are among the people of a used service: whether sick-leave data is included is
    /// asked (step 3).
    pub ask_sick_leave: bool,
    /// The controller's measures with owner, due date and status.
    pub action_plan: Vec<ActionView>,
    /// The risk matrix before and after measures.
    pub matrix_before: MatrixView,
    pub matrix_after: MatrixView,
    /// Adopted (definitive): read-only until reopened.
    pub definitive: bool,
    /// Indicative: a residual risk the DPIA uses is high (the decision on prior consultation,
    /// GDPR Art. 36, is always the controller's and always asked).
    pub prior_consultation_indicated: bool,
    /// What is still open for adoption, each with the controller's reason where accepted open.
    pub adoption: Vec<OpenPointView>,
    /// How many open points stop adoption (open and not accepted with a reason).
    pub adoption_blocking: u32,
    /// Why the register is empty (no personal data, or not known yet), worded.
    pub no_risks: String,
    /// Recorded choices that no longer match a risk or a proposed measure (kept; removable).
    pub orphans: Vec<OrphanView>,
    /// What must still be arranged to start, and by whom (blocking first).
    pub arrangements: Vec<ArrangementView>,
    /// The review date (the one set, or the proposed one), YYYY-MM-DD and worded.
    pub review_date: String,
    pub review_date_text: String,
    /// The review date has come.
    pub review_due: bool,
    /// Certificates of the statement that expire before the review date (worded).
    pub expiring_certificates: Vec<String>,
    /// The data categories used, for retention per category.
    pub categories: Vec<DataCategory>,
    /// Asked when addresses or location data meet a map visual.
    pub ask_map_shows_people: bool,
    /// Every answer of steps 1–5, worded, for the review step.
    pub review: Vec<ReviewGroup>,
    /// Numbers of data subjects that are saved but look wrong (0, more than people on earth).
    pub estimate_warnings: Vec<EstimateWarning>,
    /// The add-ons chosen that keep history beyond the source (worded); the controller's
    /// retention of that history is asked only when there is one.
    pub history_addons: Vec<String>,
    /// The review comments, oldest first, and how many are open.
    pub comments: Vec<CommentView>,
    pub open_comments: u32,
}

/// A number of data subjects that looks wrong, for the service it was given for.
#[derive(Debug, Clone, Serialize, TS)]
pub struct EstimateWarning {
    pub service: String,
    pub text: String,
}

/// The parts of an assessment as the screens group them: the questionnaire's six steps, then the
/// controller's parts, risks, advice and adoption, the statement version, and anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Organisation,
    Services,
    Data,
    Followups,
    Characteristics,
    Review,
    Controller,
    Risks,
    Signoff,
    Statement,
    Other,
}

/// One wizard step and whether it is complete.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StepView {
    /// One of the six steps of the questionnaire.
    pub id: Part,
    pub complete: bool,
    /// How many of its questions are still open.
    pub open: u32,
}

/// The follow-up questions that apply: special categories (ids, in catalog order), BSN, criminal.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FollowUpsView {
    pub special: Vec<DataCategory>,
    /// The special categories whose data concerns more than one group of people: the
    /// exception is asked per group (`/follow_ups/special_category_exceptions/<c>/by_group/<g>`).
    pub groups: Vec<GroupsView>,
    pub bsn: bool,
    pub criminal: bool,
}

/// A special category and the groups of people whose data of it flows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GroupsView {
    pub category: DataCategory,
    pub groups: Vec<SubjectGroup>,
}

/// The wizard's steps, in order, with what each still lacks (from the core's open questions and
/// the follow-ups that are missing).
pub fn steps(a: &Assessment, s: &Screening) -> Vec<StepView> {
    let step_of = |q: &OpenQuestion| match q {
        OpenQuestion::OrganisationName
        | OpenQuestion::Sector
        | OpenQuestion::ClientRole
        | OpenQuestion::AssessmentDate
        | OpenQuestion::Purposes
        | OpenQuestion::PurposeBasis { .. } => 0,
        OpenQuestion::ServiceUsed { .. } | OpenQuestion::Option { .. } => 1,
        OpenQuestion::Data { .. }
        | OpenQuestion::Subjects { .. }
        | OpenQuestion::Estimate { .. }
        | OpenQuestion::SickLeave => 2,
        OpenQuestion::GroupException { .. } => 3,
        OpenQuestion::Characteristics
        | OpenQuestion::AiActArea
        | OpenQuestion::AiProduct
        | OpenQuestion::MapShowsPeople => 4,
    };
    let mut open = [0u32; 6];
    for q in &s.open_questions {
        open[step_of(q)] += 1;
    }
    open[3] += s
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
        Part::Organisation,
        Part::Services,
        Part::Data,
        Part::Followups,
        Part::Characteristics,
        Part::Review,
    ]
    .iter()
    .enumerate()
    .map(|(i, id)| StepView {
        id: *id,
        complete: complete[i],
        open: if i == 5 { open.iter().sum() } else { open[i] },
    })
    .collect()
}

/// The follow-up questions that apply to the data of the used services.
pub fn follow_ups(a: &Assessment) -> FollowUpsView {
    let cats = a.categories();
    let mut groups: Vec<GroupsView> = Vec::new();
    for (category, group) in dpia_rules::findings::groups_asked(a) {
        match groups.iter_mut().find(|g| g.category == category) {
            Some(g) => g.groups.push(group),
            None => groups.push(GroupsView {
                category,
                groups: vec![group],
            }),
        }
    }
    FollowUpsView {
        groups,
        special: DataCategory::ALL
            .iter()
            .filter(|c| c.is_special() && cats.contains(c))
            .copied()
            .collect(),
        bsn: cats
            .iter()
            .any(|c| c.classification() == Classification::NationalId),
        criminal: cats
            .iter()
            .any(|c| c.classification() == Classification::Criminal),
    }
}

/// One point still open for adoption.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OpenPointView {
    /// The key of the controller's acceptance (`/sign_off/accepted_open/<id>`).
    pub id: String,
    /// The part of GDPR Art. 35(7) (or 35(2), 36) it belongs to, worded.
    pub requirement: String,
    pub text: String,
    /// The controller's reason for accepting it open, or empty.
    pub accepted: String,
}

/// A recorded choice that no longer matches the register, and where it is kept.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OrphanView {
    /// The JSON pointer of the choice (setting it to null removes it).
    pub pointer: String,
    pub text: String,
}

/// Who arranges a point before the processing starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    Processor,
}

/// One point to arrange, worded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ArrangementView {
    pub party: Party,
    pub blocking: bool,
    pub text: String,
}

/// What an import made: the new assessment, and whether one with the same answers was
/// already there (the same file imported twice).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportView {
    #[ts(type = "number")]
    pub id: i64,
    /// The name of an assessment that already had exactly these answers, if any.
    pub same_as: Option<String>,
    /// The file is a copy of an assessment already here (same assessment id): nothing was
    /// imported yet; the user takes over its new comments or imports it as a copy
    /// (`assessments_import_merge`).
    pub merge: Option<MergeView>,
    /// How many comments, replies and resolutions were taken over (after a merge), or came from Word.
    pub comments_taken: u32,
}

/// What a merge of an imported copy into the assessment already here would do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MergeView {
    /// The assessment already here.
    pub name: String,
    /// Comments and replies in the file (or made in Word) that it does not have.
    pub new_comments: u32,
    /// The answers that differ (not merged): each field's label as the history words it.
    pub differing: Vec<FieldLabel>,
}

/// A field's label: a UI message id and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FieldLabel {
    pub label_id: String,
    pub label_args: std::collections::BTreeMap<String, String>,
}

/// The whole view of one assessment, screened with the statement version it names; `reviewer`
/// is the name the app writes comments as (which comments are "mine").
pub fn assessment(
    m: &Messages,
    known: &Known,
    id: i64,
    name: String,
    a: Assessment,
    today: NaiveDate,
    reviewer: &str,
) -> AssessmentView {
    let st = &known.statement;
    let s = dpia_rules::screen(st, &a, today);
    let r = dpia_rules::risks(st, &a);
    let review = a.review_date.unwrap_or(s.dates.review);
    let risk_views = risks(m, st, &a, &r);
    let plan = action_plan(m, &a, &r, today);
    let comment_views = comments(m, st, &a, &risk_views, &plan, reviewer);
    AssessmentView {
        id,
        name,
        screening: screening(m, st, &s),
        open_comments: comment_views.iter().filter(|c| c.open).count() as u32,
        comments: comment_views,
        risks: risk_views,
        action_plan: plan,
        matrix_before: matrix(&r, false),
        matrix_after: matrix(&r, true),
        definitive: a.sign_off.is_definitive(),
        prior_consultation_indicated: r.iter().any(|x| x.prior_consultation),
        adoption: dpia_rules::adoption::open_points(st, &a, &r)
            .iter()
            .map(|p| OpenPointView {
                id: p.id(),
                requirement: words::requirement(m, p.requirement()),
                text: words::open_point(m, st, &r, p),
                accepted: dpia_rules::adoption::accepted(&a, p)
                    .unwrap_or_default()
                    .to_string(),
            })
            .collect(),
        adoption_blocking: dpia_rules::adoption::blocking(st, &a, &r).len() as u32,
        no_risks: words::no_risks(m, st, &a),
        orphans: orphans(m, st, &a, &r),
        arrangements: dpia_rules::arrangements(st, &a, &s, &r)
            .iter()
            .map(|x| ArrangementView {
                party: match x.party {
                    dpia_rules::Party::Client => Party::Client,
                    dpia_rules::Party::Processor => Party::Processor,
                },
                blocking: x.blocking,
                text: words::arrangement(m, st, x),
            })
            .collect(),
        review_date: review.to_string(),
        review_date_text: m.date(review),
        review_due: review <= today,
        expiring_certificates: expiring(m, st, review),
        categories: a.categories().into_iter().collect(),
        ask_map_shows_people: dpia_rules::asks_map_shows_people(st, &a),
        review: super::review::review(m, st, &a, &r),
        estimate_warnings: dpia_rules::plausible::estimates(st, &a)
            .into_iter()
            .map(|(service, why)| EstimateWarning {
                service: service.to_string(),
                text: m.get(match why {
                    dpia_rules::plausible::Implausible::Zero => "estimate-implausible-zero",
                    dpia_rules::plausible::Implausible::MoreThanPeople => {
                        "estimate-implausible-more-than-people"
                    }
                }),
            })
            .collect(),
        history_addons: st
            .options_with(dpia_statement::OptionEffect::RetentionBeyondSource)
            .filter(|o| a.chose(&o.id))
            .map(|o| words::option(m, st, &o.id))
            .collect(),
        ask_sick_leave: a.asks_sick_leave(),
        statement_key: known.key(),
        steps: steps(&a, &s),
        follow_ups: follow_ups(&a),
        ask_ai_area: !dpia_rules::triggers::used_with_trait(
            st,
            &a,
            dpia_statement::ServiceTrait::MachineLearning,
        )
        .is_empty(),
        assessment: a,
    }
}

/// The recorded choices that no longer match, worded, with where each is kept.
fn orphans(m: &Messages, st: &Statement, a: &Assessment, r: &[Risk]) -> Vec<OrphanView> {
    let o = dpia_rules::orphans(a, r);
    let decisions = o.decisions.iter().map(|id| OrphanView {
        pointer: format!("/risk_decisions/{id}"),
        text: m.fmt(
            "orphan-decision",
            &[("risk", words::risk_title_of(m, st, id).into())],
        ),
    });
    let actions = o.actions.iter().map(|key| OrphanView {
        pointer: format!("/action_plan/{key}"),
        text: m.fmt(
            "orphan-action",
            &[(
                "measure",
                if dpia_rules::risks::controller_measure_ids().any(|i| i == key) {
                    words::controller_measure(m, key)
                } else {
                    key.clone()
                }
                .into(),
            )],
        ),
    });
    decisions.chain(actions).collect()
}
