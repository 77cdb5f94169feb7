//! What several parts of the starter use: numbered risks, the used services, flag call-outs, the
//! risk matrix and the worded likelihood × impact product.

use crate::compose::Compose;
use crate::frame::{level_tone, severity_tone};
use crate::Input;
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::{FlagKind, Level, Risk};
use dpia_statement::StatementRef::Item;

/// The ids of the used services, for "all services used".
pub(crate) fn used_ids<'a>(input: &'a Input) -> Vec<&'a str> {
    input
        .assessment
        .used_services_in(input.statement)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

/// The verdict with its reasons; "not known yet" with what is still missing while the services
/// or their data are not answered (never a guessed "not required").
pub(crate) fn verdict_paragraph(d: &Compose, input: &Input) -> Vec<Inline> {
    let s = input.screening;
    vec![
        Inline::Strong(format!("{} ", words::verdict_shown(d.m, s))),
        Inline::Text(words::verdict_reasons(d.m, input.statement, s).join(" ")),
    ]
}

pub(crate) fn flag_callouts(d: &mut Compose, input: &Input, which: impl Fn(&FlagKind) -> bool) {
    let m = d.m;
    let st = input.statement;
    for f in input.screening.flags.iter().filter(|f| which(&f.kind)) {
        let mut content = vec![
            Inline::Strong(format!("{}: ", words::flag_title(m, st, f))),
            Inline::Text(words::flag_detail(m, st, f)),
        ];
        if !f.sources.is_empty() {
            content.push(d.sources(&f.sources));
        }
        d.callout(severity_tone(f.severity).max_medium(), content);
    }
}

pub(crate) trait MaxMedium {
    fn max_medium(self) -> Tone;
}

impl MaxMedium for Tone {
    /// Info flags in the body are shown as notes of medium weight.
    fn max_medium(self) -> Tone {
        match self {
            Tone::Plain => Tone::Medium,
            t => t,
        }
    }
}

/// The risk matrix of the applicable risks, before or after measures (the values the DPIA uses).
pub(crate) fn matrix(m: &words::Messages, risks: &[Risk], after: bool, caption_id: &str) -> Block {
    let cells = dpia_rules::risks::matrix(risks, after);
    let mut tones = [[Tone::Low; 3]; 3];
    for (li, l) in Level::ALL.iter().enumerate() {
        for (ii, imp) in Level::ALL.iter().enumerate() {
            tones[li][ii] = level_tone(dpia_rules::risks::level(*l, *imp));
        }
    }
    let level_labels = [Level::Low, Level::Medium, Level::High].map(|l| words::level(m, l));
    // The alternative text says where each risk is, for readers who cannot see the grid.
    let mut placed = Vec::new();
    for (li, l) in Level::ALL.iter().enumerate() {
        for (ii, imp) in Level::ALL.iter().enumerate() {
            if !cells[li][ii].is_empty() {
                placed.push(m.fmt(
                    "doc-matrix-cell",
                    &[
                        ("risks", words::and_list(m, &cells[li][ii]).into()),
                        ("likelihood", words::level(m, *l).into()),
                        ("impact", words::level(m, *imp).into()),
                    ],
                ));
            }
        }
    }
    let caption = m.get(caption_id);
    let alt = if placed.is_empty() {
        format!("{caption}: {}", m.get("doc-matrix-empty"))
    } else {
        format!("{caption}: {}.", placed.join("; "))
    };
    Block::Matrix {
        matrix: Matrix {
            caption,
            likelihood_label: m.get("doc-likelihood"),
            impact_label: m.get("doc-impact"),
            level_labels,
            cells,
            tones,
            alt,
        },
    }
}

/// "medium × high = high".
pub(crate) fn product(m: &words::Messages, l: Level, i: Level) -> String {
    format!(
        "{} × {} = {}",
        words::level(m, l),
        words::level(m, i),
        words::level(m, dpia_rules::risks::level(l, i))
    )
}

/// The map-visual item as a one-element list (empty when the statement has no such section).
pub(crate) fn maps_item(st: &dpia_statement::Statement) -> Vec<dpia_statement::StatementRef> {
    st.map_visuals.iter().map(|x| Item(x.item)).collect()
}
