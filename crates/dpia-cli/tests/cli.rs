//! The `dpia` binary as a user runs it: output, exit codes, files written or not.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dpia(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dpia"))
        .args(args)
        .output()
        .expect("dpia runs")
}

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
        .display()
        .to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dpia-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn screen_hospital_in_both_languages() {
    let file = repo("tests/scenarios/hospital.dpia.json");
    let nl = dpia(&["screen", &file, "--date", "2026-11-28"]);
    assert!(nl.status.success(), "{}", stderr(&nl));
    let text = stdout(&nl);
    assert!(text.contains("Oordeel: DPIA verplicht"), "{text}");
    assert!(text.contains("Art. 35 lid 3 onder b AVG"));
    assert!(text.contains("AP-lijst punt 7: gezondheidsgegevens"));
    assert!(text.contains("vanwege: gezondheidsgegevens"), "{text}");
    assert!(text.contains("N-iX LTD"));
    let en = dpia(&["screen", &file, "--lang", "en", "--date", "2026-11-28"]);
    let text_en = stdout(&en);
    assert!(text_en.contains("Verdict: DPIA required"), "{text_en}");
    assert!(text_en.contains("DPA list item 7: health data"));
    for t in [&text, &text_en] {
        assert!(!t.contains('⟦'), "raw message id in output");
        assert!(!t.contains('\u{2068}'));
    }
}

/// The statement file a scenario names (processor and version), from `statements/` or
/// `tests/statements/`.
fn statement_file(scenario: &Path) -> String {
    let a = dpia_assessment::load(scenario).unwrap();
    for (path, st) in dpia_golden::statements() {
        if st.processor.name == a.statement.processor && st.version.version == a.statement.version {
            return path.display().to_string();
        }
    }
    panic!("no statement for {}", scenario.display());
}

#[test]
fn every_scenario_screens_and_lists_risks_without_raw_ids() {
    let dir = repo("tests/scenarios");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if !p.to_string_lossy().ends_with(".dpia.json") {
            continue;
        }
        let f = p.display().to_string();
        let st = statement_file(&p);
        for lang in ["nl", "en"] {
            for cmd in ["screen", "risks"] {
                let o = dpia(&[cmd, &f, "--statement", &st, "--lang", lang]);
                assert!(o.status.success(), "{cmd} {f}: {}", stderr(&o));
                assert!(!stdout(&o).contains('⟦'), "{cmd} {f} {lang}: raw id");
            }
        }
    }
}

#[test]
fn another_members_statement_names_its_own_sub_processors_and_never_kpis() {
    for name in ["noord_school_dashboards", "noord_webshop_sms"] {
        let f = repo(&format!("tests/scenarios/{name}.dpia.json"));
        let st = repo("statements/datalab-noord-2026-1.toml");
        for lang in ["nl", "en"] {
            let o = dpia(&["screen", &f, "--statement", &st, "--lang", lang]);
            assert!(o.status.success(), "{}", stderr(&o));
            let text = stdout(&o);
            assert!(text.contains("Nimbus Cloud GmbH"), "{text}");
            assert!(text.contains("Helpdesk24 Inc."), "{text}");
            for kpi in [
                "KPI",
                "N-iX",
                "Riecken",
                "OVH",
                "Microsoft",
                "TomTom",
                "Esri",
                "DATEV",
            ] {
                assert!(!text.contains(kpi), "{name} {lang}: {kpi} in\n{text}");
            }
        }
    }
    // Without --statement the embedded one is used: the file is refused naming the statement
    // it is based on and how to load it (not by its first service id unknown to KPI's).
    let f = repo("tests/scenarios/noord_webshop_sms.dpia.json");
    let o = dpia(&["screen", &f, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("noord_webshop_sms.dpia.json is based on the statement Datalab Noord B.V. 2026-1, which is not loaded")
            && err.contains("the statement in use is KPI Solutions B.V. 06-2025")
            && err.contains("--statement FILE"),
        "{err}"
    );
    let o = dpia(&["validate", &f, "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["error"]["code"], "statement_not_loaded");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("gebaseerd op het statement Datalab Noord B.V. 2026-1"));
}

#[test]
fn json_output_has_stable_fields() {
    let file = repo("tests/scenarios/municipality_bing_map.dpia.json");
    let o = dpia(&["screen", &file, "--json", "--date", "2026-11-28"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Addresses on a map are no location monitoring by themselves (AP list item 12), so no DPA
    // item applies; large scale and citizens facing their municipality (WP248 criterion 7, the
    // power imbalance; issue 17) are two WP248 criteria, so required. Whether the map shows
    // people is asked.
    assert_eq!(v["verdict"], "required");
    assert_eq!(v["hits"][0]["criterion"]["framework"], "wp248");
    assert!(v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["criterion"]["framework"] == "wp248"));
    // Every framework id is one the README documents.
    for h in v["hits"].as_array().unwrap() {
        let f = h["criterion"]["framework"].as_str().unwrap();
        assert!(["art35", "wp248", "dpa"].contains(&f), "{f}");
    }
    for c in v["not_hit"].as_array().unwrap() {
        let f = c["framework"].as_str().unwrap();
        assert!(["art35", "wp248", "dpa"].contains(&f), "{f}");
    }
    assert_eq!(v["map_recipients"][0]["visual"], "bing_maps");
    assert_eq!(v["map_recipients"][0]["role"], "clients_own");
    assert!(v["flags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "map_vendors_recipients"));
    let r = dpia(&["risks", &file, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&r)).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "map_visual_disclosure"));
}

#[test]
fn invalid_input_exits_2_with_one_clear_message() {
    let file = repo("tests/malformed/unknown_category.dpia.json");
    let o = dpia(&["screen", &file, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("unknown_category.dpia.json: line 26, column 19: field \"services.reports.categories[3]\""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(stdout(&o).is_empty());
    let j = dpia(&["validate", &file, "--json"]);
    assert_eq!(j.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&j)).unwrap();
    assert_eq!(v["error"]["code"], "file_field");
    let missing = dpia(&["validate", "/no/such/file.dpia.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/no/such/file.dpia.json"));
}

#[test]
fn new_writes_once_and_refuses_to_overwrite() {
    let dir = temp_dir("new");
    let out = dir.join("client.dpia.json");
    let out_s = out.display().to_string();
    let o = dpia(&["new", "--out", &out_s, "--date", "2026-11-28"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.contains("\"assessment_date\": \"2026-11-28\""));
    assert!(dpia(&["validate", &out_s]).status.success());
    std::fs::write(&out, "mine").unwrap();
    let again = dpia(&["new", "--out", &out_s]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "mine",
        "not overwritten"
    );
    assert!(dpia(&["new", "--out", &out_s, "--force"]).status.success());
    let bad = dpia(&["new", "--out", "/no/such/folder/x.dpia.json"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("/no/such/folder"));
    let bad_date = dpia(&["new", "--date", "28-11-2026"]);
    assert_eq!(bad_date.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let o = dpia(&["schema"]);
    assert!(o.status.success());
    let committed = std::fs::read_to_string(repo("schema/assessment.schema.json")).unwrap();
    assert_eq!(stdout(&o), committed);
}

#[test]
fn statement_prints_items_and_accepts_another_file() {
    let o = dpia(&["statement", "--lang", "en"]);
    let text = stdout(&o);
    assert!(text.contains("Data Pro Statement, item 16"), "{text}");
    assert!(text.contains("DGT37172157"));
    assert!(text.contains("19 May 2028"));
    // Another statement in the same schema loads without code changes.
    let dir = temp_dir("statement");
    let other = dir.join("other.toml");
    let toml = std::fs::read_to_string(repo("statements/kpi-solutions-06-2025.toml"))
        .unwrap()
        .replace("version = \"06-2025\"", "version = \"07-2026\"");
    std::fs::write(&other, toml).unwrap();
    let o = dpia(&[
        "screen",
        &repo("tests/scenarios/wholesaler.dpia.json"),
        "--statement",
        &other.display().to_string(),
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Other statement version"),
        "{}",
        stdout(&o)
    );
    // A broken one names file, line and field.
    std::fs::write(
        &other,
        "format = \"data-pro-statement\"\nschema_version = 3\n[processor]\nitem = \"one\"\n",
    )
    .unwrap();
    let o = dpia(&[
        "statement",
        "--statement",
        &other.display().to_string(),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("other.toml: line 4"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_subcommand_has_help() {
    for cmd in [
        "new",
        "validate",
        "screen",
        "risks",
        "statement",
        "schema",
        "report",
        "summary",
        "import",
    ] {
        let o = dpia(&[cmd, "--help"]);
        assert!(o.status.success(), "{cmd}");
        assert!(stdout(&o).contains("Usage: dpia"), "{cmd}");
    }
}

#[test]
fn report_and_summary_write_documents_atomically() {
    let dir = temp_dir("report");
    let file = repo("tests/scenarios/hospital.dpia.json");
    let out = dir.join("hospital.nl.md");
    let out_s = out.display().to_string();
    let o = dpia(&[
        "report",
        &file,
        "--lang",
        "nl",
        "--format",
        "md",
        "--out",
        &out_s,
        "--date",
        "2026-11-28",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let golden = std::fs::read_to_string(repo("tests/golden/hospital.starter.nl.md")).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), golden);
    let again = dpia(&["report", &file, "--out", &out_s]);
    assert_eq!(again.status.code(), Some(2), "refuses to overwrite");
    assert!(stderr(&again).contains("--force"));
    let s = dir.join("summary.en.md");
    let o = dpia(&[
        "summary",
        &file,
        "--lang",
        "en",
        "--out",
        &s.display().to_string(),
        "--date",
        "2026-11-28",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&s)
        .unwrap()
        .contains("Onboarding summary — Ziekenhuis Rijnoever"));
    let bad = dpia(&["report", &file, "--out", "/no/such/dir/x.md"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("/no/such/dir"), "{}", stderr(&bad));
    let invalid = dpia(&[
        "report",
        &repo("tests/malformed/truncated.dpia.json"),
        "--out",
        &dir.join("t.md").display().to_string(),
    ]);
    assert_eq!(invalid.status.code(), Some(2));
    assert!(
        !dir.join("t.md").exists(),
        "nothing written on invalid input"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Characters that drive a terminal or reverse the rest of a line.
fn has_terminal_controls(s: &str) -> Option<char> {
    s.chars().find(|c| {
        matches!(c,
            '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
            | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn terminal_controls_and_bidi_overrides_in_input_are_not_printed_raw() {
    let d = temp_dir("escapes");
    let name = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp\u{0}\u{202e}gnp.exe\u{9b}31m\r";
    let blank = dpia(&["new"]);
    assert!(blank.status.success());
    let mut a: serde_json::Value = serde_json::from_slice(&blank.stdout).unwrap();
    a["organisation"]["name"] = name.into();
    a["description"] = format!("desc {name}").into();
    let file = d.join("client.dpia.json");
    std::fs::write(&file, serde_json::to_string_pretty(&a).unwrap()).unwrap();
    let f = file.display().to_string();
    for args in [
        vec!["validate", &f],
        vec!["screen", &f, "--date", "2026-11-28"],
        vec!["screen", &f, "--date", "2026-11-28", "--lang", "en"],
        vec!["risks", &f],
    ] {
        let o = dpia(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        assert_eq!(has_terminal_controls(&out), None, "{args:?}: {out:?}");
        assert_eq!(has_terminal_controls(&stderr(&o)), None, "{args:?}");
        if args[0] != "risks" {
            // The name is still there, with the controls made visible.
            assert!(
                out.contains(
                    "Evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}Corp\\u{0}\\u{202e}gnp.exe\\u{9b}31m\\u{d}"
                ),
                "{args:?}: {out}"
            );
        }
    }
    // --json: escaped the JSON way, and the value is unchanged.
    let o = dpia(&["validate", &f, "--json"]);
    assert_eq!(has_terminal_controls(&stdout(&o)), None);
    // A file name with controls, in an error on standard error and in --json.
    let bad = d.join("x\u{1b}[31m\u{202e}.dpia.json");
    let bad = bad.display().to_string();
    let o = dpia(&["validate", &bad]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(has_terminal_controls(&err), None, "{err:?}");
    assert!(err.contains("x\\u{1b}[31m\\u{202e}.dpia.json"), "{err}");
    let o = dpia(&["validate", &bad, "--json"]);
    let out = stdout(&o);
    assert_eq!(has_terminal_controls(&out), None, "{out:?}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("x\u{1b}[31m\u{202e}.dpia.json"));
    // A statement given with --statement is input too: `new` prints valid, escaped JSON.
    let statement = std::fs::read_to_string(repo("statements/kpi-solutions-06-2025.toml"))
        .unwrap()
        .replacen(
            "name = \"KPI Solutions B.V.\"",
            // TOML escapes: the loaded name holds a raw RLO and ESC.
            "name = \"KPI\\u202ESolutions\\u001B[0m B.V.\"",
            1,
        );
    assert!(statement.contains("\\u202E"), "statement fixture changed");
    let st = d.join("st.toml");
    std::fs::write(&st, statement).unwrap();
    let o = dpia(&["new", "--statement", &st.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(has_terminal_controls(&out), None, "{out:?}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["statement"]["processor"],
        "KPI\u{202e}Solutions\u{1b}[0m B.V."
    );
}

/// English words that never belong in Dutch output (ids and values in quotes excepted).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "without",
    "for",
    "expected",
    "unknown",
    "invalid",
    "while",
    "parsing",
    "found",
    "line",
    "column",
    "string",
    "integer",
    "missing",
    "field",
    "required",
    "recommended",
    "not",
    "variant",
    "value",
    "must",
    "should",
];

/// The English words in `text`, outside double quotes and the statement's product names
/// (e.g. Microsoft's "Power BI map and filled map visuals").
fn english_words(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for (_, st) in dpia_golden::statements() {
        for v in st.map_visuals.iter().flat_map(|m| m.visuals.iter()) {
            text = text.replace(&v.name, "");
        }
    }
    let mut outside = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            outside.push(c);
        }
    }
    outside
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(String::from)
        .collect()
}

#[test]
fn dutch_screen_and_validate_output_has_no_english() {
    for e in std::fs::read_dir(repo("tests/scenarios")).unwrap() {
        let p = e.unwrap().path();
        if !p.to_string_lossy().ends_with(".dpia.json") {
            continue;
        }
        let f = p.display().to_string();
        let st = statement_file(&p);
        for args in [
            vec![
                "screen",
                f.as_str(),
                "--statement",
                st.as_str(),
                "--date",
                "2026-11-28",
            ],
            vec!["risks", f.as_str(), "--statement", st.as_str()],
            vec!["validate", f.as_str(), "--statement", st.as_str()],
        ] {
            let o = dpia(&args);
            let text = format!("{}{}", stdout(&o), stderr(&o)).replace(&f, "FILE");
            let found = english_words(&text);
            assert!(found.is_empty(), "{args:?}: English {found:?} in\n{text}");
        }
    }
    for e in std::fs::read_dir(repo("tests/malformed")).unwrap() {
        let p = e.unwrap().path();
        if !p.to_string_lossy().ends_with(".dpia.json") {
            continue;
        }
        let f = p.display().to_string();
        let o = dpia(&["validate", &f]);
        assert_eq!(o.status.code(), Some(2), "{f}");
        let text = stderr(&o).replace(&f, "FILE");
        let found = english_words(&text);
        assert!(
            found.is_empty(),
            "{}: English {found:?} in\n{text}",
            p.display()
        );
    }
}

/// A PDF or DOCX written by `report`/`summary` is read by every command that reads an
/// assessment; `import` writes its answers out as the `.dpia.json` they came from.
#[test]
fn documents_are_validated_screened_and_imported() {
    let dir = temp_dir("import");
    let file = repo("tests/scenarios/hospital.dpia.json");
    let a = dpia_assessment::load(Path::new(&file)).unwrap();
    let json = dpia_assessment::to_json(&a);
    for (command, format) in [("report", "pdf"), ("summary", "docx")] {
        let doc = dir.join(format!("hospital.{format}"));
        let doc_s = doc.display().to_string();
        let o = dpia(&[
            command,
            &file,
            "--format",
            format,
            "--out",
            &doc_s,
            "--date",
            "2026-11-28",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));

        let v = dpia(&["validate", &doc_s, "--lang", "en"]);
        assert!(v.status.success(), "{}", stderr(&v));
        assert!(stdout(&v).contains("valid assessment"), "{}", stdout(&v));
        let s = dpia(&["screen", &doc_s, "--json", "--date", "2026-11-28"]);
        assert!(s.status.success(), "{}", stderr(&s));
        assert!(
            stdout(&s).contains("\"verdict\": \"required\""),
            "{}",
            stdout(&s)
        );
        assert!(dpia(&["risks", &doc_s]).status.success());

        // Printed: byte-identical to the assessment's own file.
        let p = dpia(&["import", &doc_s]);
        assert!(p.status.success(), "{}", stderr(&p));
        assert_eq!(stdout(&p), json);
        // Written: once; not over an existing file without --force.
        let out = dir.join(format!("back-{format}.dpia.json"));
        let out_s = out.display().to_string();
        let w = dpia(&["import", &doc_s, "-o", &out_s]);
        assert!(w.status.success(), "{}", stderr(&w));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), json);
        std::fs::write(&out, "mine").unwrap();
        let again = dpia(&["import", &doc_s, "--out", &out_s, "--json"]);
        assert_eq!(again.status.code(), Some(2));
        assert!(
            stdout(&again).contains("\"file_exists\""),
            "{}",
            stdout(&again)
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
        let forced = dpia(&["import", &doc_s, "--out", &out_s, "--force"]);
        assert!(forced.status.success(), "{}", stderr(&forced));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), json);
    }

    // A Markdown export and a document without our data: a clear error, nothing written.
    let md = dir.join("hospital.md");
    let md_s = md.display().to_string();
    assert!(dpia(&["report", &file, "--out", &md_s]).status.success());
    let e = dpia(&[
        "import",
        &md_s,
        "--out",
        &dir.join("x.dpia.json").display().to_string(),
    ]);
    assert_eq!(e.status.code(), Some(2));
    assert!(!dir.join("x.dpia.json").exists());

    let foreign = dir.join("foreign.pdf");
    std::fs::write(&foreign, minimal_pdf()).unwrap();
    let foreign_s = foreign.display().to_string();
    for (lang, words) in [
        ("en", "is a PDF without DPIA Helper data"),
        ("nl", "is een PDF zonder gegevens van DPIA Helper"),
    ] {
        let e = dpia(&["validate", &foreign_s, "--lang", lang]);
        assert_eq!(e.status.code(), Some(2));
        let err = stderr(&e);
        assert!(err.contains(&format!("{foreign_s} {words}")), "{err}");
    }
    let e = dpia(&["import", &foreign_s, "--json"]);
    assert_eq!(e.status.code(), Some(2));
    assert!(
        stdout(&e).contains("\"pdf_without_data\""),
        "{}",
        stdout(&e)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The smallest PDF another program could write: one empty page, no attachments.
fn minimal_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}
