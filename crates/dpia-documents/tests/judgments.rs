//! What the documents conclude, as a privacy officer checks it: never that prior consultation is
//! not needed unless the controller decided so; a blocking finding first in the management
//! summary, in the open-items annex and in the onboarding summary; an empty assessment "not known
//! yet", never "not required" (issue 16).

use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use dpia_statement::Statement;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn markdown(kind: Kind, st: &Statement, a: &Assessment, lang: Lang) -> String {
    let doc = build(kind, st, a, lang, date());
    String::from_utf8(render(&doc, Format::Markdown).unwrap()).unwrap()
}

fn load(name: &str) -> (Statement, Assessment) {
    let a = dpia_assessment::load(&repo(&format!("tests/scenarios/{name}.dpia.json"))).unwrap();
    let st = if name.starts_with("noord_") {
        dpia_statement::load(&repo("statements/datalab-noord-2026-1.toml")).unwrap()
    } else if name == "hospital_renumbered" {
        dpia_statement::load(&repo("tests/statements/kpi-solutions-renumbered.toml")).unwrap()
    } else {
        Statement::embedded()
    };
    (st, a)
}

/// The text under the heading `heading` ("## Title"), up to the next heading of that level.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(&format!("\n{heading}"))
        .unwrap_or_else(|| panic!("no section {heading}"));
    let level = heading.split(' ').next().unwrap();
    let rest = &md[start + heading.len() + 1..];
    let end = rest.find(&format!("\n{level} ")).unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn no_document_says_prior_consultation_is_not_needed_unless_the_controller_decided_so() {
    for entry in std::fs::read_dir(repo("tests/scenarios")).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".dpia.json"))
        else {
            continue;
        };
        let (st, mut a) = load(name);
        a.sign_off.prior_consultation = None;
        for (lang, forbidden, open) in [
            (Lang::Nl, ["niet aangewezen", "niet nodig"], "[In te vullen"),
            (
                Lang::En,
                ["not indicated", "not needed"],
                "[To be completed",
            ),
        ] {
            let md = markdown(Kind::Starter, &st, &a, lang);
            let art36 = md
                .split("\n### ")
                .find(|s| s.contains("(art. 36") || s.contains("(GDPR Art. 36"))
                .unwrap_or_else(|| panic!("{name} {lang:?}: no Art. 36 part"));
            for f in forbidden {
                assert!(!art36.contains(f), "{name} {lang:?}: «{f}» in\n{art36}");
            }
            assert!(
                art36.contains(open),
                "{name} {lang:?}: the decision is not asked for\n{art36}"
            );
        }
        // Decided by the controller: then the document says so, as theirs.
        a.sign_off.prior_consultation = Some(false);
        a.sign_off.prior_consultation_reason = "Restrisico aanvaardbaar na maatregelen".into();
        let md = markdown(Kind::Starter, &st, &a, Lang::Nl);
        assert!(
            md.contains("Restrisico aanvaardbaar na maatregelen"),
            "{name}: the controller's reason"
        );
    }
}

#[test]
fn the_hr_blocker_is_first_in_the_management_summary_in_the_annex_and_in_the_onboarding_summary() {
    let (st, a) = load("hr_model_sick_leave");
    let md = markdown(Kind::Starter, &st, &a, Lang::Nl);
    let summary = section(&md, "## Managementsamenvatting");
    let blocking = summary
        .find("Blokkerend")
        .expect("the blocker in the management summary");
    let risks = summary.find("R1 ").unwrap_or(summary.len());
    assert!(
        blocking < risks,
        "the blocker comes before the risks:\n{summary}"
    );
    assert!(!summary.contains("0 hoog"), "{summary}");
    assert!(
        md.contains("Verwerking zonder geldige grondslag"),
        "the unlawful-processing risk"
    );
    let annex = &md[md.rfind("Open punten").expect("the open-items annex")..];
    assert!(
        annex.contains("dit gebruik van gezondheidsgegevens"),
        "the ground that does not cover the use is open in the annex:\n{annex}"
    );
    let onboarding = markdown(Kind::Summary, &st, &a, Lang::Nl);
    let next = section(&onboarding, "### Wat er nog nodig is");
    assert!(next.contains("Blokkerend:"), "{next}");
    assert!(!onboarding.contains("niets meer open"), "{onboarding}");
    assert!(!onboarding.contains("niets nodig"), "{onboarding}");
}

#[test]
fn an_empty_assessment_is_not_known_yet_in_every_document() {
    let st = Statement::embedded();
    let a = Assessment::template(&st, Some(date()));
    for (lang, unknown, forbidden) in [
        (
            Lang::Nl,
            "nog niet bekend",
            [
                "DPIA niet verplicht",
                "geen enkele gebruikte dienst",
                "geen persoonsgegevens",
            ],
        ),
        (
            Lang::En,
            "not known yet",
            ["DPIA not required", "no service used", "no personal data"],
        ),
    ] {
        for kind in [Kind::Starter, Kind::Summary] {
            let md = markdown(kind, &st, &a, lang);
            assert!(md.contains(unknown), "{kind:?} {lang:?}");
            for f in forbidden {
                assert!(!md.contains(f), "{kind:?} {lang:?}: «{f}»");
            }
        }
    }
}
