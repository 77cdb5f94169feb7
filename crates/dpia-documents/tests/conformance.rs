//! Every scenario's starter and summary, in Dutch and in English, as PDF, checked by more than
//! the library that wrote it: `render` already fails unless krilla's own PDF/A-3a and PDF/UA-1
//! validation passes; here the same bytes go through an independent validator
//! (`page_validation`, whose PDF/A-1…3 and PDF/UA-1 rules pass the veraPDF and Isartor test
//! corpora), `qpdf --check` (Debian package `qpdf`) and poppler's structure dump
//! (`pdfinfo -struct-text`, package `poppler-utils`), which must show every heading as a
//! heading element in reading order.

use chrono::NaiveDate;
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::Lang;
use page_validation::{validate_pdf_bytes, ValidationOptions, ValidationProfile};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn scenarios() -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    v.sort();
    v
}

fn tool(cmd: &str, args: &[&str], package: &str) -> std::process::Output {
    Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd} ({e}): install the Debian package {package}"))
}

/// The failures of `pdf` against `profile` (none: conformant as far as the validator checks).
fn independent(pdf: &[u8], profile: ValidationProfile) -> (usize, Vec<String>) {
    let options = ValidationOptions::default().profile(profile);
    let report = validate_pdf_bytes(pdf, &options)
        .unwrap_or_else(|e| panic!("page_validation could not read the PDF: {e}"));
    let failures: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
    assert_eq!(report.is_compliant, failures.is_empty());
    (report.rules.total, failures)
}

/// Heading levels and texts as poppler's structure dump shows them, in order.
fn headings_in_structure(path: &Path) -> Vec<(u8, String)> {
    let out = tool(
        "pdfinfo",
        &["-struct-text", "-enc", "UTF-8", path.to_str().unwrap()],
        "poppler-utils",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // (pdfinfo prints a heading's /T title as raw UTF-16 bytes: not UTF-8.)
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert_eq!(lines.first().copied(), Some("Document"), "root element");
    let mut found = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some(level) = ["H1", "H2", "H3"].iter().position(|h| l.starts_with(h)) {
            let t = lines.get(i + 1).copied().unwrap_or_default();
            found.push((level as u8 + 1, normal(t.trim_matches('"'))));
        }
    }
    found
}

/// Text without soft hyphens and with whitespace folded.
fn normal(s: &str) -> String {
    s.replace('\u{AD}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn check(path: &Path, kind: Kind, lang: Lang, dir: &Path) -> Vec<String> {
    let a = dpia_assessment::load(path).unwrap();
    check_assessment(path, &a, kind, lang, dir)
}

fn check_assessment(
    path: &Path,
    a: &dpia_assessment::Assessment,
    kind: Kind,
    lang: Lang,
    dir: &Path,
) -> Vec<String> {
    let st = dpia_golden::statement_for(a);
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let doc = build(kind, &st, a, lang, date);
    let what = format!("{} {kind:?} {lang:?}", path.display());
    let mut problems = Vec::new();
    // krilla's validation runs inside render: a violation is an error here.
    let pdf = render(&doc, Format::Pdf).unwrap_or_else(|e| panic!("{what}: {e}"));
    for profile in [ValidationProfile::PdfA3a, ValidationProfile::PdfUa1] {
        let (rules, failures) = independent(&pdf, profile);
        assert!(rules > 50, "{what}: only {rules} {profile} rules checked");
        for f in failures {
            problems.push(format!("{what}: page_validation {profile}: {f}"));
        }
    }
    let file = dir.join(format!(
        "{}-{kind:?}-{lang:?}.pdf",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&file, &pdf).unwrap();
    let qpdf = tool("qpdf", &["--check", file.to_str().unwrap()], "qpdf");
    let out = String::from_utf8_lossy(&qpdf.stdout);
    if !qpdf.status.success() || !out.contains("No syntax or stream encoding errors") {
        problems.push(format!(
            "{what}: qpdf --check: {out}{}",
            String::from_utf8_lossy(&qpdf.stderr)
        ));
    }
    // The PDF shows the open comments' annex (and its headings) too.
    let shown = doc.with_comment_annex();
    let expected: Vec<(u8, String)> = shown.headings().map(|(l, t)| (l, normal(t))).collect();
    let found = headings_in_structure(&file);
    if found != expected {
        problems.push(format!(
            "{what}: headings in the structure {found:?}, in the document {expected:?}"
        ));
    }
    std::fs::remove_file(&file).ok();
    problems
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs qpdf and poppler-utils, Linux tools that the Windows (Wine) run lacks"
)]
fn every_scenario_pdf_passes_an_independent_pdf_a_and_pdf_ua_check() {
    let paths = scenarios();
    assert!(paths.len() >= 10, "{paths:?}");
    let dir = std::env::temp_dir().join(format!("dpia-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Two threads: the scenarios split in halves (rendering in a debug build takes a while).
    let (first, second) = paths.split_at(paths.len() / 2);
    let problems: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = [first, second]
            .into_iter()
            .map(|half| {
                let dir = &dir;
                s.spawn(move || {
                    let mut p = Vec::new();
                    for path in half {
                        for kind in [Kind::Starter, Kind::Summary] {
                            for lang in [Lang::Nl, Lang::En] {
                                p.extend(check(path, kind, lang, dir));
                            }
                        }
                    }
                    p
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    std::fs::remove_dir_all(&dir).ok();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The hospital with open review comments (on an answer, a risk, a part, the whole, with a
/// reply): the annex, its headings and the links from the sections conform like the rest.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs qpdf and poppler-utils, Linux tools that the Windows (Wine) run lacks"
)]
fn a_pdf_with_the_open_comments_annex_passes_the_same_checks() {
    let path = repo("tests/scenarios/hospital.dpia.json");
    let mut a = dpia_assessment::load(&path).unwrap();
    a.controller.necessity = "Zonder dashboards geen zicht op de wachttijden.".into();
    let comments = serde_json::json!([
        {"id": "c1", "target": "/controller/necessity", "author": "Fenna de Graaf",
         "role": "FG", "at": "2026-12-02T10:15:00Z", "text": "Waarom is dit nodig?\nGraag een voorbeeld.",
         "replies": [{"id": "r1", "author": "Mark de Vries", "at": "2026-12-03T08:05:00Z",
                      "text": "Zie het projectplan."}]},
        {"id": "c2", "target": "risk:unauthorised_access", "author": "Jan Jansen",
         "role": "CISO", "at": "2026-12-02T11:00:00Z", "text": "MFA ook voor beheerders?"},
        {"id": "c3", "target": "part:controller", "author": "Fenna de Graaf",
         "at": "2026-12-02T11:30:00Z", "text": "Deel B nog eens lezen."},
        {"id": "c4", "target": "", "author": "", "at": "2026-12-02T12:00:00Z",
         "text": "Tweede ronde plannen."}
    ]);
    a.comments = serde_json::from_value(comments).unwrap();
    let dir = std::env::temp_dir().join(format!("dpia-conformance-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut problems = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        problems.extend(check_assessment(&path, &a, Kind::Starter, lang, &dir));
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// About one zlib stream in 256 ends with a CR byte, which validators would read as part of
/// the end-of-line before `endstream`; the writer then ends that stream with CR LF (see
/// `dpia-pdf`'s `pdf/eol.rs`). Small documents differing in one number are rendered until one
/// has such a stream; it must pass the independent validator and qpdf like any other.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs qpdf and poppler-utils, Linux tools that the Windows (Wine) run lacks"
)]
fn a_stream_ending_with_a_carriage_return_still_conforms() {
    use dpia_document_model::{sample, Block, Inline};
    let found = (0..400).find_map(|i| {
        let mut doc = sample::stress("nl");
        doc.blocks.truncate(6);
        doc.blocks.push(Block::Paragraph {
            content: vec![Inline::Text(format!("Variant {i}"))],
        });
        let pdf = dpia_pdf::render(&doc).unwrap();
        pdf.windows(12)
            .any(|w| w == b"\r\r\nendstream")
            .then_some(pdf)
    });
    let pdf = found.expect("no variant had a stream ending with CR");
    for profile in [ValidationProfile::PdfA3a, ValidationProfile::PdfUa1] {
        let (_, failures) = independent(&pdf, profile);
        assert!(failures.is_empty(), "{profile}: {failures:?}");
    }
    let file = std::env::temp_dir().join(format!("dpia-cr-{}.pdf", std::process::id()));
    std::fs::write(&file, &pdf).unwrap();
    let qpdf = tool("qpdf", &["--check", file.to_str().unwrap()], "qpdf");
    std::fs::remove_file(&file).ok();
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
}
