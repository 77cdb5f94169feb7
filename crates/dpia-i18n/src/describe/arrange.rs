//! What must be arranged before the processing starts, in words (`dpia_rules::arrange`).

use super::findings::{flag_title, open_question};
use crate::messages::Messages;
use dpia_rules::{Arrangement, FlagKind, Point};
use dpia_statement::Statement;

/// One point to arrange, as a line for the client or for the processor.
pub fn arrangement(m: &Messages, st: &Statement, x: &Arrangement) -> String {
    match &x.point {
        Point::Blocking { flag } => m.fmt(
            "arrange-blocking",
            &[("title", flag_title(m, st, flag).into())],
        ),
        Point::Question { question } => open_question(m, st, question),
        Point::Dpia => m.get("arrange-dpia"),
        Point::TransferAssessment => m.get("arrange-transfer-assessment"),
        Point::MapTransfers => m.get("arrange-map-transfers"),
        Point::ProcessorFlag { flag } => match &flag.kind {
            FlagKind::ThirdCountryUnknown { sub_processor } => m.fmt(
                "arrange-third-country",
                &[(
                    "party",
                    st.sub_processor(sub_processor)
                        .map_or_else(|| sub_processor.clone(), |s| s.name.clone())
                        .into(),
                )],
            ),
            FlagKind::HighRiskAiNotInStatement { .. } => m.get("arrange-high-risk-ai"),
            _ => flag_title(m, st, flag),
        },
        Point::ClientFlag { flag } => match &flag.kind {
            FlagKind::WorksCouncil { .. } => m.get("arrange-works-council"),
            FlagKind::Fria { public } => m.fmt(
                "arrange-fria",
                &[("public", if *public { "yes" } else { "no" }.into())],
            ),
            FlagKind::ClientIsProcessor => m.fmt(
                "arrange-controllers",
                &[("processor", st.processor.name.as_str().into())],
            ),
            _ => flag_title(m, st, flag),
        },
    }
}
