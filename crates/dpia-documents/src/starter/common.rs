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

/// The section of the starter that explains a flag in full, as a call-out; the flags table of the
/// screening names the flag and refers there, so its text is printed once.
pub(crate) fn flag_home(kind: &FlagKind) -> Option<&'static str> {
    Some(match kind {
        FlagKind::AiActAnnexI
        | FlagKind::AiActAnnexIii { .. }
        | FlagKind::Fria { .. }
        | FlagKind::HighRiskAiNotInStatement { .. } => "doc-a4",
        FlagKind::TransferDevelopmentOutsideEea
        | FlagKind::TransferMapVisuals
        | FlagKind::MapVendorsRecipients
        | FlagKind::ThirdCountryUnknown { .. } => "doc-a8",
        FlagKind::Iama | FlagKind::ClientIsProcessor => "doc-a9",
        FlagKind::BasisDoesNotCoverUse { .. }
        | FlagKind::BasisDoesNotCoverGroup { .. }
        | FlagKind::BsnPurpose
        | FlagKind::HealthSecrecy => "doc-b12",
        FlagKind::WorksCouncil { .. } | FlagKind::ViewsOfDataSubjects => "doc-b-views",
        FlagKind::Nen7510 => "doc-a9",
        FlagKind::CertificateExpiresBeforeReview { .. } => "doc-review",
        _ => return None,
    })
}

/// The call-outs of the flags whose home is the section `home` (see [`flag_home`]).
pub(crate) fn flag_callouts(d: &mut Compose, input: &Input, home: &str) {
    let m = d.m;
    let st = input.statement;
    // A flag that its section's own text or question already says gets no call-out there:
    // NEN 7510 is a line of the legal framework (9.), the views of data subjects its own question.
    let said = |k: &FlagKind| matches!(k, FlagKind::Nen7510 | FlagKind::ViewsOfDataSubjects);
    let here = |f: &&dpia_rules::Flag| flag_home(&f.kind) == Some(home) && !said(&f.kind);
    for f in input.screening.flags.iter().filter(here) {
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

/// What was assessed and does not apply, each with why (issue 18: exclusions are recorded): the
/// statement's sub-processors whose condition the answers rule out, and the map visuals when the
/// client chose none. Only answered questions exclude; an open one stays open.
pub(crate) fn exclusions(d: &Compose, input: &Input) -> Vec<Vec<Inline>> {
    let m = d.m;
    let st = input.statement;
    let a = input.assessment;
    let lang = m.lang();
    let mut out = Vec::new();
    for sub in &st.sub_processors.list {
        if input
            .screening
            .sub_processors
            .iter()
            .any(|p| p.id == sub.id)
        {
            continue;
        }
        let answered = match &sub.condition {
            dpia_statement::Condition::Option { option } => a.options.contains_key(option),
            dpia_statement::Condition::Service { service } => {
                a.services.get(service).is_some_and(|u| u.used.is_some())
            }
            _ => a
                .used_services_in(st)
                .iter()
                .all(|(id, _)| a.services.get(*id).is_some_and(|u| u.categories.is_some())),
        };
        if !answered {
            continue;
        }
        let why = match &sub.condition {
            dpia_statement::Condition::Option { option } => m.fmt(
                "doc-excluded-sub-processor-option",
                &[(
                    "option",
                    st.options
                        .iter()
                        .find(|o| &o.id == option)
                        .map_or(option.as_str(), |o| o.name.get(lang))
                        .into(),
                )],
            ),
            _ => m.fmt(
                "doc-excluded-sub-processor",
                &[("condition", sub.condition_text.get(lang).into())],
            ),
        };
        out.push(vec![
            Inline::Strong(format!("{} ({})", sub.name, sub.letter)),
            Inline::Text(format!(": {why}")),
            d.answer(),
            d.source(Item(st.sub_processors.item)),
        ]);
    }
    if let Some(maps) = &st.map_visuals {
        let chosen = a.map_visuals(st);
        let answered = st
            .option_with(dpia_statement::OptionEffect::ExternalGeocoding)
            .is_some_and(|o| a.options.contains_key(&o.id));
        if answered && chosen.is_empty() {
            out.push(vec![
                Inline::Text(m.get("doc-excluded-map-visuals")),
                d.answer(),
                d.source(Item(maps.item)),
            ]);
        }
    }
    out
}

/// A key of the file (a service, risk or measure id) as one step of a JSON pointer (RFC 6901:
/// `~` as `~0`, `/` as `~1`).
pub(crate) fn pointer_key(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The pointer of a field of the own risk with this id (`/own_risks/<index>/<field>`).
pub(crate) fn own_risk_pointer(a: &dpia_assessment::Assessment, id: &str, field: &str) -> String {
    let k = a.own_risks.iter().position(|o| o.id == id);
    // An own risk of the register is one of the file's (the register is made from them).
    format!("/own_risks/{}/{field}", k.unwrap_or_default())
}
