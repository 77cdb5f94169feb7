//! The catalogue's own invariants and the matrix; the judgments on the scenarios are in
//! `tests/judgments.rs`.

use super::*;

#[test]
fn matrix_levels() {
    use Level::*;
    assert_eq!(level(Low, Low), Low);
    assert_eq!(level(Low, Medium), Low);
    assert_eq!(level(Medium, Medium), Medium);
    assert_eq!(level(Low, High), Medium);
    assert_eq!(level(High, Low), Medium);
    assert_eq!(level(Medium, High), High);
    assert_eq!(level(High, High), High);
}

#[test]
fn catalogue_ids_causes_and_measures_are_consistent() {
    let ids: BTreeSet<_> = catalogue_ids().collect();
    assert!(ids.len() >= 10);
    assert_eq!(ids.len(), CATALOGUE.len());
    for e in CATALOGUE {
        assert!(!e.causes.is_empty(), "{} has no cause", e.id);
        let causes: BTreeSet<_> = e.causes.iter().map(|c| c.id).collect();
        assert_eq!(
            causes.len(),
            e.causes.len(),
            "{}: cause ids are unique",
            e.id
        );
        for (id, does) in e.controller {
            if let Does::Addresses(list) = does {
                for c in *list {
                    assert!(
                        causes.contains(c),
                        "{}: {id} addresses unknown cause {c}",
                        e.id
                    );
                }
            }
            // A measure proposed for several risks does the same thing everywhere.
            assert_eq!(controller_does(id), Some(*does), "{id}");
        }
    }
}

#[test]
fn every_known_statement_maps_only_catalogue_risks_and_causes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for dir in ["statements", "tests/statements"] {
        for f in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|x| x == "toml") {
                let st = dpia_statement::load(&path).unwrap();
                check_statement(&st).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            }
        }
    }
}

#[test]
fn the_matrix_places_each_applicable_risk_once_by_the_values_applied() {
    let st = Statement::embedded();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/scenarios/hospital.dpia.json"
    );
    let mut a = dpia_assessment::load(std::path::Path::new(path)).unwrap();
    let first = risks(&st, &a)[0].id.clone();
    a.risk_decisions.insert(
        first,
        dpia_assessment::RiskDecision {
            status: Some(RiskStatus::NotApplicable),
            reason: "n.v.t.".into(),
            ..Default::default()
        },
    );
    let r = risks(&st, &a);
    for after in [false, true] {
        let cells = matrix(&r, after);
        let placed: Vec<&String> = cells.iter().flatten().flatten().collect();
        assert_eq!(
            placed.len(),
            r.len() - 1,
            "the not-applicable risk is left out"
        );
        assert!(!placed.contains(&&"R1".to_string()));
        for x in r.iter().skip(1) {
            let (l, i) = if after {
                (x.applied.residual_likelihood, x.applied.residual_impact)
            } else {
                (x.applied.likelihood, x.applied.impact)
            };
            assert!(cells[l.score() as usize - 1][i.score() as usize - 1].contains(&x.number));
        }
    }
}
