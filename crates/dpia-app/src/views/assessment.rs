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
    /// A machine-learning service is used, so the AI Act area is asked.
    pub ask_ai_area: bool,
    /// The controller's measures with owner, due date and status.
    pub action_plan: Vec<ActionView>,
    /// The risk matrix before and after measures.
    pub matrix_before: MatrixView,
    pub matrix_after: MatrixView,
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
    /// The data categories used, for retention per category.
    pub categories: Vec<DataCategory>,
    /// Asked when addresses or location data meet a map visual.
    pub ask_map_shows_people: bool,
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
    pub bsn: bool,
    pub criminal: bool,
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
    FollowUpsView {
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

/// What an import made: the new assessment, and whether one with the same answers was
/// already there (the same file imported twice).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportView {
    #[ts(type = "number")]
    pub id: i64,
    /// The name of an assessment that already had exactly these answers, if any.
    pub same_as: Option<String>,
}

/// The whole view of one assessment, screened with the statement version it names.
pub fn assessment(
    m: &Messages,
    known: &Known,
    id: i64,
    name: String,
    a: Assessment,
    today: NaiveDate,
) -> AssessmentView {
    let st = &known.statement;
    let s = dpia_rules::screen(st, &a, today);
    let r = dpia_rules::risks(st, &a);
    let review = a.review_date.unwrap_or(s.dates.review);
    AssessmentView {
        id,
        name,
        screening: screening(m, st, &s),
        risks: risks(m, st, &a, &r),
        action_plan: action_plan(m, &a, &r, today),
        matrix_before: matrix(&r, false),
        matrix_after: matrix(&r, true),
        definitive: a.sign_off.is_definitive(),
        ask_prior_consultation: r.iter().any(|x| x.prior_consultation),
        review_date: review.to_string(),
        review_date_text: m.date(review),
        review_due: review <= today,
        expiring_certificates: expiring(m, st, review),
        categories: a.categories().into_iter().collect(),
        ask_map_shows_people: dpia_rules::asks_map_shows_people(st, &a),
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
