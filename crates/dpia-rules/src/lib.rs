//! Rules: from a statement and an assessment to a screening (verdict, hits, flags, sub-processors,
//! open questions, dates) and a risk register. Pure functions; "today" is passed in.
//!
//! The engine never fails on incomplete answers: what is missing becomes an open question.

pub mod adoption;
pub mod arrange;
pub mod dates;
pub mod findings;
pub mod law;
pub mod plan;
pub mod risks;
pub mod screening;
pub mod triggers;

pub use adoption::{OpenPoint, Requirement};
pub use arrange::{arrangements, Arrangement, Party, Point};
pub use dates::Dates;
pub use findings::{
    asks_map_shows_people, legal_blockers, AppliedSubProcessor, BasisScope, Flag, FlagKind,
    MapRecipient, OpenQuestion, Severity, SubProcessorReason, VendorRole,
};
pub use plan::{orphans, plan, Origin, Orphans, PlannedMeasure};
pub use risks::{
    Applied, CauseState, ControllerMeasure, Counted, Does, Hold, Level, MeasureRef, Risk,
};
pub use screening::{Criterion, Framework, Hit, Reasoning, Verdict, VerdictState};
pub use triggers::Trigger;

use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_statement::Statement;
use serde::Serialize;

/// Everything the screening says about one assessment. Field names are part of `--json` output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Screening {
    pub verdict: Verdict,
    /// False until it is known which services are used and what data each used service carries:
    /// before that the verdict says nothing (a "not required" would be a guess). A required
    /// verdict is always known (answers never lower it).
    pub verdict_known: bool,
    /// The client processes for its own clients: the DPIA is the duty of each of them (the
    /// controllers, GDPR Art. 35(1)); the client supports it (Art. 28(3)(f)).
    pub for_controllers: bool,
    /// True while open questions remain: the verdict may still rise.
    pub provisional: bool,
    pub reasoning: Reasoning,
    pub hits: Vec<Hit>,
    /// Every criterion that was evaluated and not hit.
    pub not_hit: Vec<Criterion>,
    pub flags: Vec<Flag>,
    pub sub_processors: Vec<AppliedSubProcessor>,
    pub map_recipients: Vec<MapRecipient>,
    pub open_questions: Vec<OpenQuestion>,
    pub dates: Dates,
}

impl Screening {
    /// The verdict as the app shows it: not known until the services and their data are answered.
    pub fn verdict_state(&self) -> VerdictState {
        if !self.verdict_known {
            return VerdictState::Unknown;
        }
        match self.verdict {
            Verdict::Required => VerdictState::Required,
            Verdict::Recommended => VerdictState::Recommended,
            Verdict::NotRequired => VerdictState::NotRequired,
        }
    }

    pub fn blocking(&self) -> impl Iterator<Item = &Flag> {
        self.flags
            .iter()
            .filter(|f| f.severity == Severity::Blocking)
    }
}

/// Screens an assessment against a statement. `today` stands in for a missing assessment date.
pub fn screen(statement: &Statement, a: &Assessment, today: NaiveDate) -> Screening {
    let hits = screening::hits(statement, a);
    let (verdict, reasoning) = screening::verdict(a, &hits);
    let not_hit = Criterion::all()
        .filter(|c| !hits.iter().any(|h| h.criterion == *c))
        .collect();
    let (verdict, mut reasoning) = (verdict, reasoning);
    let known = data_known(statement, a);
    // "No personal data" only when every used service was answered with no categories.
    reasoning.no_personal_data &= known;
    let dates = dates::dates(statement, a, today);
    let open_questions = findings::open_questions(statement, a);
    Screening {
        verdict,
        verdict_known: verdict == Verdict::Required || known,
        for_controllers: a.client_is_processor(),
        provisional: !open_questions.is_empty(),
        reasoning,
        hits,
        not_hit,
        flags: findings::flags(statement, a, &dates, verdict),
        sub_processors: findings::sub_processors(statement, a),
        map_recipients: findings::map_recipients(statement, a),
        open_questions,
        dates,
    }
}

/// Every service of the statement is answered, and every used one says what data it carries.
pub fn data_known(statement: &Statement, a: &Assessment) -> bool {
    let all_answered = statement
        .services
        .list
        .iter()
        .all(|s| a.services.get(&s.id).is_some_and(|u| u.used.is_some()));
    let used: Vec<_> = a.used_services().collect();
    all_answered && !used.is_empty() && used.iter().all(|(_, u)| u.data_answered())
}

/// The risk register for an assessment.
pub fn risks(statement: &Statement, a: &Assessment) -> Vec<Risk> {
    risks::risks(statement, a)
}

/// Loads a statement file and checks it against the rules (its measures name catalogue risks).
pub fn load_statement(path: &std::path::Path) -> Result<Statement, dpia_statement::StatementError> {
    let st = dpia_statement::load(path)?;
    checked(st, &path.display().to_string())
}

/// Parses statement bytes and checks them against the rules.
pub fn parse_statement(
    bytes: &[u8],
    file: &str,
) -> Result<Statement, dpia_statement::StatementError> {
    checked(dpia_statement::parse_bytes(bytes, file)?, file)
}

fn checked(st: Statement, file: &str) -> Result<Statement, dpia_statement::StatementError> {
    risks::check_statement(&st).map_err(|(field, risk)| {
        dpia_statement::StatementError::Invalid {
            file: file.to_string(),
            reason: format!(
                "field `{field}`: unknown risk `{risk}` (the catalogue has: {})",
                risks::catalogue_ids().collect::<Vec<_>>().join(", ")
            ),
        }
    })?;
    Ok(st)
}
