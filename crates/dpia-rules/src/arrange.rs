//! What must be arranged before the processing can start, and who arranges it: the client (as
//! controller, or for its own clients) or the processor. Blocking points first. The onboarding
//! summary and the app show this list; it is empty only when nothing is open.

use crate::findings::{Flag, FlagKind, OpenQuestion, Severity};
use crate::risks::Risk;
use crate::Screening;
use dpia_assessment::{ActionStatus, Assessment};
use dpia_statement::Statement;
use serde::Serialize;

/// Who arranges a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    Processor,
}

/// One point to arrange.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Point {
    /// A blocking legal finding (a missing or insufficient ground) to resolve.
    Blocking { flag: Flag },
    /// A question the client has not answered yet.
    Question { question: OpenQuestion },
    /// The DPIA itself, when it is required or recommended.
    Dpia,
    /// A transfer impact assessment for the processor's work outside the EU/EEA.
    TransferAssessment,
    /// The transfer mechanism of the map visuals' vendors.
    MapTransfers,
    /// A flag the processor resolves (e.g. name the third country of a sub-processor).
    ProcessorFlag { flag: Flag },
    /// A flag the client arranges (the works council's consent, a fundamental-rights impact
    /// assessment, its own clients' authorisation and instructions).
    ClientFlag { flag: Flag },
}

/// A point with who arranges it and whether it blocks the start.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Arrangement {
    pub party: Party,
    pub blocking: bool,
    #[serde(flatten)]
    pub point: Point,
}

/// Everything to arrange, blocking first, then the client's points, then the processor's.
pub fn arrangements(
    _st: &Statement,
    a: &Assessment,
    s: &Screening,
    _risks: &[Risk],
) -> Vec<Arrangement> {
    let mut out = Vec::new();
    for f in s.flags.iter().filter(|f| f.severity == Severity::Blocking) {
        out.push(Arrangement {
            party: Party::Client,
            blocking: true,
            point: Point::Blocking { flag: f.clone() },
        });
    }
    for q in &s.open_questions {
        out.push(Arrangement {
            party: Party::Client,
            blocking: false,
            point: Point::Question {
                question: q.clone(),
            },
        });
    }
    if s.verdict_known && s.verdict >= crate::Verdict::Recommended {
        out.push(Arrangement {
            party: Party::Client,
            blocking: false,
            point: Point::Dpia,
        });
    }
    let transfer_done = a
        .action_plan
        .get(crate::risks::TRANSFER_ASSESSMENT)
        .is_some_and(|x| x.status == Some(ActionStatus::Done));
    for f in &s.flags {
        let point = match f.kind {
            FlagKind::TransferDevelopmentOutsideEea if !transfer_done => {
                Some((Party::Client, Point::TransferAssessment))
            }
            FlagKind::TransferMapVisuals => Some((Party::Client, Point::MapTransfers)),
            FlagKind::ThirdCountryUnknown { .. } | FlagKind::HighRiskAiNotInStatement { .. } => {
                Some((Party::Processor, Point::ProcessorFlag { flag: f.clone() }))
            }
            FlagKind::WorksCouncil { .. } | FlagKind::Fria { .. } | FlagKind::ClientIsProcessor => {
                Some((Party::Client, Point::ClientFlag { flag: f.clone() }))
            }
            _ => None,
        };
        if let Some((party, point)) = point {
            out.push(Arrangement {
                party,
                blocking: false,
                point,
            });
        }
    }
    out.sort_by_key(|x| (!x.blocking, x.party));
    out
}
