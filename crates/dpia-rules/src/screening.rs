//! Screening: is a DPIA required, and why — GDPR Art. 35(3), the nine WP248 criteria and the
//! seventeen items of the Dutch DPA's mandatory list, each with the answers that triggered it.
//!
//! Verdict (the Dutch government's pre-scan): **required** if any Art. 35(3) case applies, at least
//! one DPA-list item is hit, or at least two WP248 criteria are; **recommended** at exactly one
//! WP248 criterion; otherwise **not required**. Every rule is monotone: adding a data category, a
//! subject group or a characteristic never lowers the verdict (a property test checks this).

use crate::triggers::{self, Trigger};
use dpia_assessment::{
    Assessment, Characteristic as C, Classification, DataCategory as D, Sector, SubjectGroup,
};
use dpia_statement::Statement;
use serde::Serialize;
use ts_rs::TS;

/// The large-scale threshold, in data subjects of one service. The Dutch DPA's guidance treats care
/// providers above roughly 10,000 patients as processing health data on a large scale; the app
/// applies that figure to every kind of data as a documented, conservative rule.
pub const LARGE_SCALE_THRESHOLD: u64 = 10_000;

/// The three frameworks a screening evaluates.
/// Serialised as `art35`, `wp248` and `dpa` (the ids of `Framework::id`, README `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
pub enum Framework {
    /// GDPR Art. 35(3), cases a–c (numbered 1–3 here).
    #[serde(rename = "art35")]
    GdprArt35_3,
    /// WP29 guidelines WP248 rev.01 (endorsed by the EDPB), criteria 1–9.
    #[serde(rename = "wp248")]
    Wp248,
    /// Besluit lijst verwerkingen waarvoor een DPIA verplicht is (Stcrt. 2019, 64418), items 1–17.
    #[serde(rename = "dpa")]
    DpaList,
}

impl Framework {
    pub const ALL: [Framework; 3] = [Framework::GdprArt35_3, Framework::Wp248, Framework::DpaList];

    pub fn count(self) -> u8 {
        match self {
            Framework::GdprArt35_3 => 3,
            Framework::Wp248 => 9,
            Framework::DpaList => 17,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Framework::GdprArt35_3 => "art35",
            Framework::Wp248 => "wp248",
            Framework::DpaList => "dpa",
        }
    }
}

/// One criterion: a framework and its number (Art. 35(3) a=1, b=2, c=3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Criterion {
    pub framework: Framework,
    pub number: u8,
}

impl Criterion {
    /// The message id stem, e.g. `wp248-4`, `dpa-7`, `art35-2`.
    pub fn key(self) -> String {
        format!("{}-{}", self.framework.id(), self.number)
    }

    /// Every criterion, in the order documents list them.
    pub fn all() -> impl Iterator<Item = Criterion> {
        Framework::ALL.into_iter().flat_map(|framework| {
            (1..=framework.count()).map(move |number| Criterion { framework, number })
        })
    }
}

/// A criterion that applies, with the answers that made it apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub criterion: Criterion,
    pub triggers: Vec<Trigger>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    NotRequired,
    Recommended,
    Required,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::NotRequired => "not_required",
            Verdict::Recommended => "recommended",
            Verdict::Required => "required",
        }
    }
}

/// The verdict as shown: one of the three, or not known yet (services or their data unanswered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VerdictState {
    Required,
    Recommended,
    NotRequired,
    Unknown,
}

/// Why the verdict is what it is, as counts the text is written from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reasoning {
    pub art35_hits: usize,
    pub dpa_hits: usize,
    pub wp248_hits: usize,
    /// No used service carries personal data.
    pub no_personal_data: bool,
}

/// Whether some data is processed on a large scale, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Scale {
    Large(Vec<Trigger>),
    NotLarge,
    /// A service carrying the data has no estimate.
    Unknown(Vec<String>),
}

impl Scale {
    fn triggers(&self) -> Option<Vec<Trigger>> {
        match self {
            Scale::Large(t) => Some(t.clone()),
            _ => None,
        }
    }
}

/// The large-scale rule for the data matching `pred`: a used service that carries such data has
/// more than [`LARGE_SCALE_THRESHOLD`] data subjects; with `health` set, health data (and patient
/// numbers) of a hospital, GP post or care group is always large-scale (Dutch DPA guidance).
pub fn scale(a: &Assessment, pred: impl Fn(D) -> bool, health: bool) -> Scale {
    let mut large = Vec::new();
    let mut unknown = Vec::new();
    let mut any = false;
    let mut health_data = false;
    for (service, u) in a.used_services() {
        let carried = a.carried(u);
        if !carried.iter().any(|c| pred(*c)) {
            continue;
        }
        any = true;
        health_data |= carried.iter().any(|c| pred(*c) && is_health(*c));
        match u.data_subjects_estimate {
            Some(n) if n > LARGE_SCALE_THRESHOLD => large.push(Trigger::Estimate {
                service: service.to_string(),
                count: n,
            }),
            Some(_) => {}
            None => unknown.push(service.to_string()),
        }
    }
    if !any {
        return Scale::NotLarge;
    }
    if health && health_data {
        if let Some(sector @ (Sector::Hospital | Sector::GpPostCareGroup)) = a.organisation.sector {
            large.push(Trigger::Sector { sector });
        }
    }
    if !large.is_empty() {
        Scale::Large(large)
    } else if !unknown.is_empty() {
        Scale::Unknown(unknown)
    } else {
        Scale::NotLarge
    }
}

fn is_health(c: D) -> bool {
    matches!(c, D::Health | D::PatientNumbers)
}

fn with_scale(data: Vec<Trigger>, scale: &Scale) -> Vec<Trigger> {
    match scale.triggers() {
        Some(mut s) if !data.is_empty() => {
            let mut t = data;
            t.append(&mut s);
            t
        }
        _ => Vec::new(),
    }
}

fn both(left: Vec<Trigger>, right: Vec<Trigger>) -> Vec<Trigger> {
    if left.is_empty() || right.is_empty() {
        Vec::new()
    } else {
        [left, right].concat()
    }
}

/// Evaluates one criterion. An empty result means "not hit".
pub fn evaluate(st: &Statement, a: &Assessment, c: Criterion) -> Vec<Trigger> {
    use triggers::{categories as cats, characteristics as chars};
    let triggers = match (c.framework, c.number) {
        // (a) systematic and extensive evaluation of personal aspects, including profiling, on
        // which decisions are based that produce legal or similarly significant effects — also
        // when a person takes the decision (Art. 22 is the narrower rule for solely automated ones).
        (Framework::GdprArt35_3, 1) => both(
            chars(
                a,
                &[
                    C::PredictionsAboutPeople,
                    C::CreditScoring,
                    C::ServiceAccessDecisions,
                ],
            ),
            chars(a, &[C::AutomatedDecisions, C::SignificantDecisions]),
        ),
        // (b) large-scale processing of Art. 9 or Art. 10 data.
        (Framework::GdprArt35_3, 2) => {
            let special = |c: D| {
                matches!(
                    c.classification(),
                    Classification::Special | Classification::Criminal
                )
            };
            with_scale(cats(a, special), &scale(a, special, true))
        }
        // (c) large-scale systematic monitoring of a publicly accessible area.
        (Framework::GdprArt35_3, 3) => chars(a, &[C::PublicAreaMonitoring]),

        (Framework::Wp248, 1) => chars(
            a,
            &[
                C::PredictionsAboutPeople,
                C::CreditScoring,
                C::ServiceAccessDecisions,
            ],
        ),
        (Framework::Wp248, 2) => chars(a, &[C::AutomatedDecisions]),
        (Framework::Wp248, 3) => chars(
            a,
            &[
                C::EmployeeMonitoring,
                C::BehaviourMonitoring,
                C::PublicAreaMonitoring,
                C::CameraSurveillance,
                C::FlexibleCameraSurveillance,
                C::LocationTracking,
            ],
        ),
        (Framework::Wp248, 4) => {
            let mut t = cats(a, |c| c.classification() != Classification::Ordinary);
            // Addresses of individual people shown on a map are highly personal.
            if a.map_shows_people == Some(true) && !triggers::map_visuals(st, a).is_empty() {
                let addresses = cats(a, |c| c == D::Addresses);
                if !addresses.is_empty() {
                    t.extend(addresses);
                    t.push(Trigger::MapShowsPeople);
                }
            }
            t
        }
        (Framework::Wp248, 5) => scale(a, |_| true, true).triggers().unwrap_or_default(),
        (Framework::Wp248, 6) => chars(a, &[C::CombinesSources, C::DataSharingPartnership]),
        // Vulnerable people: employees, patients, children; and citizens facing a municipality
        // or another government body, whose power they cannot escape (WP248 rev.01, criterion 7:
        // "an increased power imbalance between the data subjects and the data controller").
        (Framework::Wp248, 7) => {
            let mut t = triggers::subjects(a, |g| g.is_vulnerable());
            if let Some(sector @ (Sector::Municipality | Sector::Government)) =
                a.organisation.sector
            {
                let citizens = triggers::subjects(a, |g| g == SubjectGroup::Citizens);
                if !citizens.is_empty() {
                    t.extend(citizens);
                    t.push(Trigger::Sector { sector });
                }
            }
            t
        }
        // New technology: machine learning / AI applied to personal data.
        (Framework::Wp248, 8) => triggers::ml_with_personal_data(st, a),
        (Framework::Wp248, 9) => chars(a, &[C::ServiceAccessDecisions, C::Blacklist]),

        (Framework::DpaList, 1) => chars(a, &[C::CovertInvestigation]),
        (Framework::DpaList, 2) => chars(a, &[C::Blacklist]),
        (Framework::DpaList, 3) => chars(a, &[C::FraudPrevention]),
        (Framework::DpaList, 4) => chars(a, &[C::CreditScoring]),
        (Framework::DpaList, 5) => {
            let f = |c: D| c == D::Financial;
            with_scale(cats(a, f), &scale(a, f, false))
        }
        (Framework::DpaList, 6) => {
            let f = |c: D| c == D::Genetic;
            with_scale(cats(a, f), &scale(a, f, false))
        }
        (Framework::DpaList, 7) => {
            let f = |c: D| c == D::Health;
            with_scale(cats(a, f), &scale(a, is_health, true))
        }
        (Framework::DpaList, 8) => chars(a, &[C::DataSharingPartnership]),
        (Framework::DpaList, 9) => chars(a, &[C::CameraSurveillance]),
        (Framework::DpaList, 10) => chars(a, &[C::FlexibleCameraSurveillance]),
        (Framework::DpaList, 11) => chars(a, &[C::EmployeeMonitoring]),
        // Monitoring of location data: location data processed on a large scale, or people's
        // whereabouts followed over time. Addresses on a map are not that by themselves (they
        // raise a question instead, see `OpenQuestion::MapShowsPeople`).
        (Framework::DpaList, 12) => {
            let location = cats(a, |c| c == D::Location);
            let tracking = chars(a, &[C::LocationTracking]);
            let mut t = with_scale(location.clone(), &scale(a, |c| c == D::Location, false));
            if !tracking.is_empty() && !location.is_empty() {
                t.extend(location);
                t.extend(tracking);
            }
            t
        }
        (Framework::DpaList, 13) => chars(a, &[C::CommunicationData]),
        (Framework::DpaList, 14) => chars(a, &[C::IotDevices]),
        (Framework::DpaList, 15) => chars(a, &[C::PredictionsAboutPeople]),
        // Observing or influencing behaviour: ticked, or internet behaviour on a large scale.
        (Framework::DpaList, 16) => {
            let mut t = chars(a, &[C::BehaviourMonitoring]);
            let f = |c: D| c == D::InternetBehaviour;
            t.extend(with_scale(cats(a, f), &scale(a, f, false)));
            t
        }
        (Framework::DpaList, 17) => {
            let f = |c: D| c == D::Biometric;
            with_scale(cats(a, f), &scale(a, f, false))
        }
        _ => Vec::new(),
    };
    triggers::tidy(triggers)
}

/// All hits, in criterion order.
pub fn hits(st: &Statement, a: &Assessment) -> Vec<Hit> {
    Criterion::all()
        .filter_map(|criterion| {
            let triggers = evaluate(st, a, criterion);
            (!triggers.is_empty()).then_some(Hit {
                criterion,
                triggers,
            })
        })
        .collect()
}

/// The verdict and its reasoning from the hits.
pub fn verdict(a: &Assessment, hits: &[Hit]) -> (Verdict, Reasoning) {
    let count = |f: Framework| hits.iter().filter(|h| h.criterion.framework == f).count();
    let reasoning = Reasoning {
        art35_hits: count(Framework::GdprArt35_3),
        dpa_hits: count(Framework::DpaList),
        wp248_hits: count(Framework::Wp248),
        no_personal_data: triggers::personal_data_services(a).is_empty(),
    };
    let verdict = if reasoning.art35_hits > 0 || reasoning.dpa_hits > 0 || reasoning.wp248_hits >= 2
    {
        Verdict::Required
    } else if reasoning.wp248_hits == 1 {
        Verdict::Recommended
    } else {
        Verdict::NotRequired
    };
    (verdict, reasoning)
}
