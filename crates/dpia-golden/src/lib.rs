//! The one comparison helper of the data-driven tests: actual output against a committed expected
//! file. With `BLESS=1` the file is rewritten instead; review the diff before committing it.

use std::path::Path;

/// Asserts that `expected_path` holds exactly `actual` (or rewrites it under `BLESS=1`).
pub fn check(expected_path: &Path, actual: &str) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(expected_path, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_else(|_| {
        panic!(
            "missing {}; run with BLESS=1 and review it",
            expected_path.display()
        )
    });
    // Not assert_eq!: a large mismatch would flood the output. Show the first differing line.
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with BLESS=1 after a deliberate change, then review the diff)",
            expected_path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

use dpia_assessment::{
    AiActArea, Assessment, Characteristic, DataCategory, OptionValue, Sector, SubjectGroup,
};
use dpia_statement::{OptionKind, Statement};
use std::path::PathBuf;

/// A path relative to the repository root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// Every statement the tests know: the real ones in `statements/` and the test copies in
/// `tests/statements/`, sorted by file name.
pub fn statements() -> Vec<(PathBuf, Statement)> {
    let mut out = Vec::new();
    for dir in ["statements", "tests/statements"] {
        let Ok(entries) = std::fs::read_dir(repo(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for f in files {
            let st = dpia_statement::load(&f).unwrap_or_else(|e| panic!("{e}"));
            out.push((f, st));
        }
    }
    out
}

/// The statement an assessment names (processor and version), from [`statements`].
pub fn statement_for(a: &Assessment) -> Statement {
    statements()
        .into_iter()
        .map(|(_, st)| st)
        .find(|st| {
            st.processor.name == a.statement.processor && st.version.version == a.statement.version
        })
        .unwrap_or_else(|| {
            panic!(
                "no statement {} {} under statements/ or tests/statements/",
                a.statement.processor, a.statement.version
            )
        })
}

/// The largest assessment a statement allows: every service used with every category and group,
/// every characteristic, every option chosen (reports in the processor's environment).
pub fn maximal(st: &Statement) -> Assessment {
    let mut a = Assessment::template(st, chrono::NaiveDate::from_ymd_opt(2026, 11, 28));
    a.organisation.name = "Maximaal B.V.".into();
    a.organisation.sector = Some(Sector::Hospital);
    a.organisation.contact_person = "M. Maximaal".into();
    a.description = "Alle diensten met alle soorten gegevens.".into();
    a.purposes = vec!["Sturing".into(), "Verantwoording".into()];
    for u in a.services.values_mut() {
        u.used = Some(true);
        u.categories = Some(DataCategory::ALL.iter().copied().collect());
        u.subjects = SubjectGroup::ALL.iter().copied().collect();
        u.data_subjects_estimate = Some(1_000_000);
        u.source_systems = "EPD, HR, CRM, ERP".into();
    }
    a.characteristics = Some(Characteristic::ALL.iter().copied().collect());
    a.ai_act_area = Some(AiActArea::Employment);
    for o in &st.options {
        let value = match o.kind {
            OptionKind::YesNo => OptionValue::YesNo(true),
            OptionKind::Environment => OptionValue::Choice("processor".into()),
            OptionKind::MapVisuals => OptionValue::Choices(
                st.map_visuals
                    .iter()
                    .flat_map(|m| m.visuals.iter().map(|v| v.id.clone()))
                    .collect(),
            ),
        };
        a.options.insert(o.id.clone(), value);
    }
    a
}
