//! What the questionnaire offers for one statement: services, options, categories, subjects and
//! every other closed list, worded.

use super::*;

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
    pub kind: OptionKind,
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
                kind: o.kind,
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
            .map(|x| choice(x.id(), words::lawful_basis_choice(m, *x), String::new()))
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
