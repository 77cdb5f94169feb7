//! The TypeScript types of everything that crosses the IPC boundary, generated from the Rust
//! types into `ui/src/lib/bindings.ts`. Fails when the committed file is stale; `BLESS=1` rewrites it.

use dpia_app::*;
use dpia_assessment::*;
use std::path::Path;
use ts_rs::{Config, TS};

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| format!("{d}\n")).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

pub fn bindings() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from the Rust types by `BLESS=1 cargo test -p dpia-app --test bindings`. Do not edit.\n\n",
    );
    for d in [
        decl::<Assessment>(&cfg),
        decl::<Organisation>(&cfg),
        decl::<StatementRef>(&cfg),
        decl::<ServiceUse>(&cfg),
        decl::<OptionValue>(&cfg),
        decl::<DataCategory>(&cfg),
        decl::<SubjectGroup>(&cfg),
        decl::<Sector>(&cfg),
        decl::<Characteristic>(&cfg),
        decl::<AiActArea>(&cfg),
        decl::<FollowUps>(&cfg),
        decl::<ClientRole>(&cfg),
        decl::<dpia_assessment::Purpose>(&cfg),
        decl::<LawfulBasis>(&cfg),
        decl::<SpecialBasis>(&cfg),
        decl::<GroupBasis>(&cfg),
        decl::<Art9Ground>(&cfg),
        decl::<UavgException>(&cfg),
        decl::<BsnBasis>(&cfg),
        decl::<BsnStatute>(&cfg),
        decl::<CriminalBasis>(&cfg),
        decl::<UavgCriminal>(&cfg),
        decl::<ControllerParts>(&cfg),
        decl::<Views>(&cfg),
        decl::<Level>(&cfg),
        decl::<Levels>(&cfg),
        decl::<RiskStatus>(&cfg),
        decl::<RiskDecision>(&cfg),
        decl::<OwnRisk>(&cfg),
        decl::<ActionStatus>(&cfg),
        decl::<ActionItem>(&cfg),
        decl::<DpoAdvice>(&cfg),
        decl::<DocStatus>(&cfg),
        decl::<SignOff>(&cfg),
        decl::<AssessmentSummary>(&cfg),
        decl::<Comment>(&cfg),
        decl::<Reply>(&cfg),
        decl::<CommentStatus>(&cfg),
        decl::<CommentOrigin>(&cfg),
        decl::<CommentView>(&cfg),
        decl::<ReplyView>(&cfg),
        decl::<ReviewerView>(&cfg),
        decl::<ListPage>(&cfg),
        decl::<dpia_app::store::ListSort>(&cfg),
        decl::<JobStage>(&cfg),
        decl::<ImportView>(&cfg),
        decl::<MergeView>(&cfg),
        decl::<FieldLabel>(&cfg),
        decl::<HistoryView>(&cfg),
        decl::<ApiError>(&cfg),
        decl::<AppState>(&cfg),
        decl::<dpia_app::Purpose>(&cfg),
        decl::<Grant>(&cfg),
        decl::<HitView>(&cfg),
        decl::<FlagView>(&cfg),
        decl::<PartyView>(&cfg),
        decl::<ScreeningView>(&cfg),
        decl::<RiskView>(&cfg),
        decl::<LevelsView>(&cfg),
        decl::<ActionView>(&cfg),
        decl::<StepView>(&cfg),
        decl::<FollowUpsView>(&cfg),
        decl::<GroupsView>(&cfg),
        decl::<AssessmentView>(&cfg),
        decl::<Choice>(&cfg),
        decl::<OptionChoice>(&cfg),
        decl::<Catalog>(&cfg),
        decl::<StatementSection>(&cfg),
        decl::<StatementView>(&cfg),
        decl::<StatementSummary>(&cfg),
        decl::<UnreadableStatement>(&cfg),
        decl::<StatementsView>(&cfg),
        decl::<ChangeView>(&cfg),
        decl::<DiffView>(&cfg),
        decl::<AffectedView>(&cfg),
        decl::<dpia_statement::Lang>(&cfg),
        decl::<dpia_statement::Effect>(&cfg),
        decl::<dpia_statement::OptionKind>(&cfg),
        decl::<dpia_rules::Verdict>(&cfg),
        decl::<dpia_rules::VerdictState>(&cfg),
        decl::<dpia_rules::Severity>(&cfg),
        decl::<dpia_rules::Framework>(&cfg),
        decl::<dpia_documents::Kind>(&cfg),
        decl::<dpia_documents::Format>(&cfg),
        decl::<Part>(&cfg),
        decl::<ChangeKind>(&cfg),
        decl::<MatrixView>(&cfg),
        decl::<MatrixRow>(&cfg),
        decl::<MatrixCell>(&cfg),
        decl::<CauseView>(&cfg),
        decl::<CountedView>(&cfg),
        decl::<ControllerMeasureView>(&cfg),
        decl::<OpenPointView>(&cfg),
        decl::<OrphanView>(&cfg),
        decl::<dpia_app::Party>(&cfg),
        decl::<ArrangementView>(&cfg),
        decl::<HistoryEvent>(&cfg),
        decl::<ShownValue>(&cfg),
        decl::<ReviewGroup>(&cfg),
        decl::<ReviewItem>(&cfg),
        decl::<EstimateWarning>(&cfg),
    ] {
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[test]
fn committed_typescript_bindings_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
    let actual = bindings();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == actual,
        "ui/src/lib/bindings.ts is stale: run BLESS=1 cargo test -p dpia-app --test bindings"
    );
}
