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

/// The onboarding summary is read with the client (issue 22): the processor's own follow-ups
/// (naming a sub-processor's third country) are never among the red flags, only in the
/// processor's own block after the client's; the starter is advised only where a DPIA is
/// required or recommended.
#[test]
fn the_summary_keeps_the_processors_follow_ups_apart_and_advises_the_starter_only_when_due() {
    let mut processor_points = 0;
    for entry in std::fs::read_dir(repo("tests/scenarios")).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".dpia.json"))
        else {
            continue;
        };
        let (st, a) = load(name);
        let md = markdown(Kind::Summary, &st, &a, Lang::Nl);
        let flags = section(&md, "### Rode vlaggen");
        assert!(!flags.contains("derde land"), "{name}:\n{flags}");
        if let Some(own) = md.find("Het derde land noemen") {
            processor_points += 1;
            let block = md
                .find(&format!("**{} regelt:**", st.processor.name))
                .unwrap_or_else(|| panic!("{name}: no block of the processor"));
            assert!(block < own, "{name}:\n{md}");
        }
        let s = dpia_rules::screen(&st, &a, date());
        let due = s.verdict_known && s.verdict >= dpia_rules::Verdict::Recommended;
        assert_eq!(
            md.contains("Stuur de klant de DPIA-aanzet"),
            due,
            "{name}: whether the starter is advised must follow whether a DPIA is due ({due})"
        );
    }
    assert!(
        processor_points > 0,
        "no scenario has a point for the processor"
    );
}

/// The starter's version history (issue 22): every adoption n.0, every reopening n.1, the one
/// who adopted as recorded then; the document's version follows it. Without a history (the
/// command line) a definitive DPIA is 1.0; a DPIA never adopted has no version table.
#[test]
fn the_version_table_numbers_adoptions_and_reopenings() {
    use dpia_documents::{build_versioned, Version, VersionEvent};
    let (st, mut a) = load("hospital");
    let md = markdown(Kind::Starter, &st, &a, Lang::Nl);
    assert!(!md.contains("Versiegeschiedenis"));
    assert!(
        md.contains("| Documentversie | 0.1 |"),
        "{}",
        &md[..md.len().min(2000)]
    );
    a.sign_off.status = Some(dpia_assessment::DocStatus::Definitive);
    a.sign_off.approved_by = "Raad van bestuur".into();
    a.sign_off.date = NaiveDate::from_ymd_opt(2026, 12, 9);
    let md = markdown(Kind::Starter, &st, &a, Lang::Nl);
    let table = section(&md, "## Over dit document");
    assert!(table.contains("Versiegeschiedenis"), "{table}");
    assert!(
        table.contains("| 1.0 | 9 december 2026 | Vastgesteld (definitief) | Raad van bestuur"),
        "{table}"
    );
    let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let versions = [
        Version {
            date: day(2),
            event: VersionEvent::Adopted,
            by: "Directie".into(),
        },
        Version {
            date: day(5),
            event: VersionEvent::Reopened,
            by: String::new(),
        },
        Version {
            date: day(9),
            event: VersionEvent::Adopted,
            by: "Raad van bestuur".into(),
        },
    ];
    let doc = build_versioned(Kind::Starter, &st, &a, Lang::Nl, date(), &versions);
    let md = String::from_utf8(render(&doc, Format::Markdown).unwrap()).unwrap();
    let table = section(&md, "## Over dit document");
    for row in [
        "| 1.0 | 2 december 2026 | Vastgesteld (definitief) | Directie",
        "| 1.1 | 5 december 2026 | Heropend voor wijzigingen (weer concept) | — |",
        "| 2.0 | 9 december 2026 | Vastgesteld (definitief) | Raad van bestuur",
    ] {
        assert!(table.contains(row), "{row} missing:\n{table}");
    }
    assert!(table.contains("| Documentversie | 2.0 |"), "{table}");
    // In English too, and deterministic.
    let again = build_versioned(Kind::Starter, &st, &a, Lang::Nl, date(), &versions);
    assert_eq!(
        render(&doc, Format::Pdf).unwrap(),
        render(&again, Format::Pdf).unwrap()
    );
    let en = build_versioned(Kind::Starter, &st, &a, Lang::En, date(), &versions);
    let en = String::from_utf8(render(&en, Format::Markdown).unwrap()).unwrap();
    assert!(en.contains("Version history") && en.contains("Reopened for changes"));
}
