//! Part B of the starter: lawfulness (Model DPIA points 11–15).

use super::common::*;
use crate::compose::Compose;
use crate::Input;
use dpia_assessment::{Classification, DataCategory, LawfulBasis};
use dpia_document_model::*;
use dpia_i18n as words;
use dpia_rules::FlagKind;
use dpia_statement::ClauseTopic;
use dpia_statement::StatementRef::Item;
use dpia_statement::Topic;

/// The basis for a special category, BSN or criminal data as chosen and noted, or None.
/// The exception in force for one group of people's data of a special category (the group's
/// own, or the category's), as the client named it; `None` when there is none.
pub(crate) fn group_basis_given(
    m: &words::Messages,
    a: &dpia_assessment::Assessment,
    c: DataCategory,
    g: dpia_assessment::SubjectGroup,
) -> Option<Vec<Inline>> {
    let b = a
        .follow_ups
        .special_category_exceptions
        .get(&c)?
        .for_group(g);
    if !b.given() {
        return None;
    }
    let mut labels = Vec::new();
    if let Some(x) = b.ground {
        labels.push(words::art9_ground(m, x));
    }
    if let Some(u) = b.uavg {
        labels.push(words::uavg_exception(m, u));
    }
    let mut out = Vec::new();
    if !labels.is_empty() {
        out.push(Inline::Text(labels.join("; ")));
    }
    let note = b.note.trim();
    if !note.is_empty() {
        if !out.is_empty() {
            out.push(Inline::Text(" — ".into()));
        }
        out.push(Inline::Field {
            text: note.to_string(),
            pointer: format!(
                "/follow_ups/special_category_exceptions/{}/by_group/{}/note",
                c.id(),
                g.id()
            ),
        });
    }
    Some(out)
}

pub(crate) fn basis_given(
    m: &words::Messages,
    a: &dpia_assessment::Assessment,
    c: DataCategory,
) -> Option<Vec<Inline>> {
    let f = &a.follow_ups;
    let mut labels = Vec::new();
    let (note, pointer) = match c.classification() {
        Classification::NationalId => {
            if !f.bsn_basis.given() {
                return None;
            }
            if let Some(s) = f.bsn_basis.statute {
                if s == dpia_assessment::BsnStatute::Other && !f.bsn_basis.other.trim().is_empty() {
                    labels.push(f.bsn_basis.other.trim().to_string());
                } else {
                    labels.push(words::bsn_statute(m, s));
                }
            }
            (
                f.bsn_basis.note.trim(),
                "/follow_ups/bsn_basis/note".to_string(),
            )
        }
        Classification::Criminal => {
            if !f.criminal_basis.given() {
                return None;
            }
            labels.push(m.get("doc-b12-art10"));
            if let Some(u) = f.criminal_basis.uavg {
                labels.push(words::uavg_criminal(m, u));
            }
            (
                f.criminal_basis.note.trim(),
                "/follow_ups/criminal_basis/note".to_string(),
            )
        }
        _ => {
            let b = f
                .special_category_exceptions
                .get(&c)
                .filter(|b| b.given())?;
            if let Some(g) = b.ground {
                labels.push(words::art9_ground(m, g));
            }
            if let Some(u) = b.uavg {
                labels.push(words::uavg_exception(m, u));
            }
            (
                b.note.trim(),
                format!("/follow_ups/special_category_exceptions/{}/note", c.id()),
            )
        }
    };
    let mut out = Vec::new();
    if !labels.is_empty() {
        out.push(Inline::Text(labels.join("; ")));
    }
    if !note.is_empty() {
        if !out.is_empty() {
            out.push(Inline::Text(" — ".into()));
        }
        out.push(Inline::Field {
            text: note.to_string(),
            pointer,
        });
    }
    Some(out)
}

pub(crate) fn part_b(d: &mut Compose, input: &Input) {
    let m = d.m;
    let lang = m.lang();
    let st = input.statement;
    let a = input.assessment;
    d.h1("doc-part-b");

    // 11. Legal basis per purpose
    d.h2("doc-b11");
    d.text(m.get("doc-b11-intro"));
    let purposes: Vec<_> = a
        .purposes
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.description.trim().is_empty())
        .collect();
    if purposes.is_empty() {
        d.placeholder_p("doc-what-legal-basis");
    } else {
        let mut rows = Vec::new();
        // `k`: the purpose's place in the file (its pointer), `i`: its number here.
        for (i, (k, p)) in purposes.iter().enumerate() {
            let member = m.fmt("doc-purpose-number", &[("number", (i + 1).into())]);
            let basis = match p.legal_basis {
                Some(b) => vec![Inline::Text(words::lawful_basis(m, b)), d.answer()],
                None => {
                    let what = m.get("doc-what-lawful-basis");
                    vec![d.placeholder_member(what, member.clone())]
                }
            };
            let reasoning = if !p.reasoning.trim().is_empty() {
                d.answer_text(&p.reasoning, &format!("/purposes/{k}/reasoning"))
            } else if p.legal_basis == Some(LawfulBasis::F) {
                let what = m.get("doc-what-balancing");
                vec![d.placeholder_member(what, member.clone())]
            } else {
                Vec::new()
            };
            rows.push(vec![
                Cell::inlines(d.answer_text(&p.description, &format!("/purposes/{k}/description"))),
                Cell::inlines(basis),
                Cell::inlines(reasoning),
            ]);
        }
        d.table(
            &[
                ("doc-col-purpose", 34),
                ("doc-col-lawful-basis", 30),
                ("doc-col-reasoning", 36),
            ],
            rows,
        );
    }

    // 12. Special categories, criminal data, BSN
    d.h2("doc-b12");
    let cats = a.categories();
    let special: Vec<DataCategory> = cats
        .iter()
        .copied()
        .filter(|c| {
            matches!(
                c.classification(),
                Classification::Special | Classification::Criminal | Classification::NationalId
            )
        })
        .collect();
    if special.is_empty() {
        d.p(vec![Inline::Text(m.get("doc-b12-none")), d.answer()]);
    } else {
        let mut rows = Vec::new();
        let per_group = dpia_rules::findings::groups_asked(a);
        for c in special {
            let law = m.get(match c.classification() {
                Classification::NationalId => "doc-b12-law-bsn",
                Classification::Criminal => "doc-b12-law-criminal",
                _ => "doc-b12-law-special",
            });
            // One exception per group of people where the data concerns more than one.
            let groups: Vec<_> = per_group
                .iter()
                .filter(|(x, _)| *x == c)
                .map(|(_, g)| *g)
                .collect();
            if !groups.is_empty() {
                for g in groups {
                    let basis = match group_basis_given(m, a, c, g) {
                        Some(mut given) => {
                            given.push(d.answer());
                            Cell::inlines(given)
                        }
                        None => {
                            let what = m.fmt(
                                "doc-what-exception-group",
                                &[
                                    ("category", words::category_in_sentence(m, c).into()),
                                    ("group", words::subject(m, g).into()),
                                ],
                            );
                            Cell::inlines(vec![d.placeholder(what)]).toned(Tone::High)
                        }
                    };
                    rows.push(vec![
                        Cell::text(m.fmt(
                            "doc-category-of-group",
                            &[
                                ("category", words::category(m, c).into()),
                                ("group", words::subject(m, g).into()),
                            ],
                        )),
                        Cell::text(words::classification(m, c.classification())),
                        Cell::text(law.clone()),
                        basis,
                    ]);
                }
                continue;
            }
            let basis = match basis_given(m, a, c) {
                Some(mut given) => {
                    given.push(d.answer());
                    Cell::inlines(given)
                }
                None => {
                    let what = m.fmt(
                        "doc-what-exception",
                        &[("category", words::category_in_sentence(m, c).into())],
                    );
                    Cell::inlines(vec![d.placeholder(what)]).toned(Tone::High)
                }
            };
            rows.push(vec![
                Cell::text(words::category(m, c)),
                Cell::text(words::classification(m, c.classification())),
                Cell::text(law),
                basis,
            ]);
        }
        d.table(
            &[
                ("doc-col-category", 22),
                ("doc-col-classification", 18),
                ("doc-col-law", 20),
                ("doc-col-basis", 40),
            ],
            rows,
        );
        flag_callouts(d, input, "doc-b12");
        // An exception that does not cover the use blocks the processing: open until resolved.
        for f in input.screening.blocking() {
            let what = match f.kind {
                FlagKind::BasisDoesNotCoverUse { category, .. } => m.fmt(
                    "doc-what-ground-covering",
                    &[("category", words::category_in_sentence(m, category).into())],
                ),
                FlagKind::BasisDoesNotCoverGroup {
                    category, group, ..
                } => m.fmt(
                    "doc-what-exception-group",
                    &[
                        ("category", words::category_in_sentence(m, category).into()),
                        ("group", words::subject(m, group).into()),
                    ],
                ),
                _ => continue,
            };
            let ph = d.placeholder(what);
            d.p(vec![ph]);
        }
        d.p(vec![
            Inline::Text(m.get("doc-b12-statement")),
            d.sources(
                &[
                    vec![Item(st.intended_use.item)],
                    st.clauses_about(ClauseTopic::SpecialDataDefault),
                ]
                .concat(),
            ),
        ]);
    }

    // 13. Purpose limitation
    d.h2("doc-b13");
    d.filled_p(
        &a.controller.purpose_limitation,
        "doc-what-purpose-limitation",
        "/controller/purpose_limitation",
    );

    // 14. Necessity and proportionality
    d.h2("doc-b14");
    for (source, x) in st.passages_about(Topic::Minimisation) {
        d.quote(st, source, x.text.get(lang));
    }
    for (label, text, what, pointer) in [
        (
            "doc-necessity",
            &a.controller.necessity,
            "doc-what-necessity",
            "/controller/necessity",
        ),
        (
            "doc-proportionality",
            &a.controller.proportionality,
            "doc-what-proportionality",
            "/controller/proportionality",
        ),
        (
            "doc-subsidiarity",
            &a.controller.subsidiarity,
            "doc-what-subsidiarity",
            "/controller/subsidiarity",
        ),
    ] {
        let mut p = vec![Inline::Strong(format!("{}: ", m.get(label)))];
        p.extend(d.filled(text, what, pointer));
        d.p(p);
    }

    // 15. Rights of data subjects
    d.h2("doc-b15");
    for number in ["7.1", "7.3"] {
        if let (Some(c), Some(r)) = (
            st.clause(number),
            dpia_statement::StatementRef::clause(number),
        ) {
            d.quote(st, r, c.text.get(lang));
        }
    }
    d.filled_p(
        &a.controller.rights,
        "doc-what-rights-procedure",
        "/controller/rights",
    );

    // Views of data subjects (Art. 35(9))
    d.h2("doc-b-views");
    let v = &a.controller.views;
    match v.sought {
        Some(sought) => {
            d.p(vec![
                Inline::Text(m.get(if sought {
                    "doc-views-sought"
                } else {
                    "doc-views-not-sought"
                })),
                d.answer(),
            ]);
            let (label, what) = if sought {
                ("doc-views-how", "doc-what-views-how")
            } else {
                ("doc-views-why-not", "doc-what-views-why-not")
            };
            let mut p = vec![Inline::Strong(format!("{}: ", m.get(label)))];
            p.extend(d.filled(&v.how, what, "/controller/views/how"));
            d.p(p);
            if sought {
                let mut p = vec![Inline::Strong(format!("{}: ", m.get("doc-views-outcome")))];
                p.extend(d.filled(
                    &v.outcome,
                    "doc-what-views-outcome",
                    "/controller/views/outcome",
                ));
                d.p(p);
            }
        }
        None => d.placeholder_p("doc-what-views"),
    }
    // Employees' representatives: the works council's consent (WOR art. 27).
    if input
        .screening
        .flags
        .iter()
        .any(|f| matches!(f.kind, FlagKind::WorksCouncil { .. }))
    {
        flag_callouts(d, input, "doc-b-views");
        d.placeholder_p("doc-what-works-council");
    }
}
