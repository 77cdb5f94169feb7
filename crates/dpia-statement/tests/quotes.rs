//! Every item a document cites says what the document says it says: each fact we derive from a
//! statement (a data-flow step, a service's technique, the terms of the map visuals, the high-risk
//! AI promise) and each statement measure carries the words of the statement it rests on, and
//! those words stand in the item (or clause) it names — checked against the statement's own
//! quoted texts, for every statement the app knows.

use dpia_statement::{entries, Statement, StatementRef};
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn known() -> Vec<(PathBuf, Statement)> {
    let mut out = Vec::new();
    for dir in ["statements", "tests/statements"] {
        for e in std::fs::read_dir(repo(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml") {
                let s = dpia_statement::load(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                out.push((p, s));
            }
        }
    }
    assert!(out.len() >= 3);
    out
}

/// Whitespace and line breaks as one space: the statements' texts join the PDF's lines.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The claims of a statement: (what, where it says it stands, the words).
fn claims(s: &Statement) -> Vec<(String, StatementRef, String)> {
    let mut out = Vec::new();
    for (i, step) in s.data_flow.steps.iter().enumerate() {
        assert!(
            !step.sources.is_empty(),
            "data_flow.steps[{i}] has no source"
        );
        for q in &step.sources {
            out.push((
                format!("data_flow.steps[{i}]"),
                StatementRef::Item(q.item),
                q.quote.clone(),
            ));
        }
    }
    for sv in &s.services.list {
        if let Some(t) = &sv.technique {
            assert!(!t.sources.is_empty(), "{}: technique without source", sv.id);
            for q in &t.sources {
                out.push((
                    format!("services.{}.technique", sv.id),
                    StatementRef::Item(q.item),
                    q.quote.clone(),
                ));
            }
        }
        if let Some(t) = &sv.summary {
            assert!(!t.sources.is_empty(), "{}: summary without source", sv.id);
            for q in &t.sources {
                out.push((
                    format!("services.{}.summary", sv.id),
                    StatementRef::Item(q.item),
                    q.quote.clone(),
                ));
            }
        }
        if let Some(q) = &sv.high_risk_ai_excluded {
            out.push((
                format!("services.{}.high_risk_ai_excluded", sv.id),
                StatementRef::Item(q.item),
                q.quote.clone(),
            ));
        }
    }
    if let Some(maps) = &s.map_visuals {
        assert!(
            !maps.terms.sources.is_empty(),
            "map_visuals.terms without source"
        );
        for q in &maps.terms.sources {
            out.push((
                "map_visuals.terms".into(),
                StatementRef::Item(q.item),
                q.quote.clone(),
            ));
        }
    }
    for m in &s.measures {
        let source = s
            .measure_source(m)
            .unwrap_or_else(|| panic!("measure {} has no source", m.id));
        out.push((format!("measures.{}", m.id), source, m.quote.clone()));
    }
    out
}

#[test]
fn every_derived_fact_and_measure_quotes_the_item_it_cites() {
    let mut wrong = Vec::new();
    for (path, s) in known() {
        let texts = entries(&s);
        for (what, source, quote) in claims(&s) {
            assert!(
                !quote.trim().is_empty(),
                "{}: {what} quotes nothing",
                path.display()
            );
            let q = norm(&quote);
            let found = texts
                .iter()
                .filter(|e| e.source == source && !e.ours)
                .any(|e| norm(&e.text.nl).contains(&q));
            if !found {
                let here: Vec<String> = texts
                    .iter()
                    .filter(|e| e.source == source && !e.ours)
                    .map(|e| format!("    {}: {}", e.key, e.text.nl))
                    .collect();
                wrong.push(format!(
                    "{}: {what}: «{quote}» is not in {source:?}, which says:\n{}",
                    path.file_name().unwrap().to_string_lossy(),
                    here.join("\n")
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n\n"));
}
