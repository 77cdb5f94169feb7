//! The headless `dpia` command: new, validate, screen, risks, statement, schema, report, summary,
//! import. Every command that reads an assessment takes a `.dpia.json`, or a PDF or DOCX exported
//! by DPIA Helper (its embedded exchange file).
//!
//! Exit codes: 0 success, 2 invalid input (one message naming file, position and field; nothing is
//! written), 1 when output cannot be written.

mod clean;
mod text;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use dpia_assessment::{Assessment, FileError};
use dpia_documents::embedded::{self, EmbeddedError};
use dpia_i18n::{Lang, Messages};
use dpia_statement::Statement;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dpia",
    version,
    about = "DPIA Helper: screen a client's answers against the processor's Data Pro Statement"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Global {
    /// Language of the output: nl or en.
    #[arg(long, global = true, default_value = "nl")]
    lang: Lang,
    /// Machine-readable JSON output (field names are stable; see README).
    #[arg(long, global = true)]
    json: bool,
    /// Use this statement file instead of the embedded one (statements/*.toml schema).
    #[arg(long, global = true, value_name = "FILE")]
    statement: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print (or write) a blank assessment to fill in.
    New {
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Assessment date (YYYY-MM-DD); default: none (to be answered).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Check that a .dpia.json file (or the one in an exported PDF or DOCX) is valid.
    Validate { file: PathBuf },
    /// The assessment a PDF or DOCX exported by DPIA Helper carries, as a .dpia.json file
    /// (checked strictly first); printed unless --out is given.
    Import {
        file: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(long, short = 'o', value_name = "PATH")]
        out: Option<PathBuf>,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Is a DPIA required, and why: verdict, criteria with their triggers, flags, sub-processors.
    Screen {
        file: PathBuf,
        /// Stands in for a missing assessment date (YYYY-MM-DD); default: today.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// The risk register: risks that apply, before and after measures.
    Risks { file: PathBuf },
    /// The statement's facts with their item numbers.
    Statement,
    /// The JSON Schema of the .dpia.json file.
    Schema,
    /// Write the DPIA starter (Model DPIA Rijksdienst structure, prefilled and sourced).
    Report(DocumentArgs),
    /// Write the onboarding summary for sales (one or two pages).
    Summary(DocumentArgs),
}

#[derive(Args)]
struct DocumentArgs {
    file: PathBuf,
    /// Output format.
    #[arg(long, default_value = "md", value_name = "pdf|docx|md")]
    format: dpia_documents::Format,
    /// Where to write the document.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Document date (YYYY-MM-DD); also stands in for a missing assessment date. Default: today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
}

/// What went wrong, already worded; the code is stable for `--json`.
struct Failure {
    code: &'static str,
    message: String,
    exit: u8,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let m = Messages::new(cli.global.lang);
    match run(&cli, &m) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if cli.global.json {
                let body = serde_json::json!({"error": {"code": f.code, "message": f.message}});
                let _ = print_json(&body);
            } else {
                eprintln!(
                    "{}",
                    clean::text(&format!("{}: {}", m.get("error-title"), f.message))
                );
            }
            ExitCode::from(f.exit)
        }
    }
}

fn input_error(m: &Messages, e: &FileError) -> Failure {
    Failure {
        code: e.code(),
        message: dpia_i18n::file_error(m, e),
        exit: 2,
    }
}

fn output_error(m: &Messages, e: &FileError) -> Failure {
    Failure {
        code: e.code(),
        message: dpia_i18n::file_error(m, e),
        exit: if matches!(e, FileError::Exists { .. }) {
            2
        } else {
            1
        },
    }
}

fn load_statement(g: &Global, m: &Messages) -> Result<Statement, Failure> {
    match &g.statement {
        None => Ok(Statement::embedded()),
        Some(path) => dpia_rules::load_statement(path).map_err(|e| Failure {
            code: e.code(),
            message: dpia_i18n::statement_error(m, &e),
            exit: 2,
        }),
    }
}

fn embedded_error(m: &Messages, e: &EmbeddedError) -> Failure {
    Failure {
        code: e.code(),
        message: embedded::describe(m, e),
        exit: 2,
    }
}

/// Reads an assessment (a `.dpia.json`, or the one a PDF or DOCX from DPIA Helper carries) and
/// checks its ids against the statement in use. A file based on another processor's statement
/// is refused by name first: its ids are that statement's, so checking them against this one
/// would only say that they are unknown.
fn load_assessment(path: &Path, st: &Statement, m: &Messages) -> Result<Assessment, Failure> {
    let file = path.display().to_string();
    let bytes = embedded::read(path).map_err(|e| embedded_error(m, &e))?;
    let a = dpia_assessment::parse_bytes(&bytes, &file).map_err(|e| input_error(m, &e))?;
    if a.statement.processor != st.processor.name {
        return Err(Failure {
            code: "statement_not_loaded",
            message: m.fmt(
                "error-statement_not_loaded",
                &[
                    ("file", file.as_str().into()),
                    (
                        "statement",
                        format!("{} {}", a.statement.processor, a.statement.version).into(),
                    ),
                    ("loaded", st.label().into()),
                ],
            ),
            exit: 2,
        });
    }
    dpia_assessment::parse_bytes_for(&bytes, &file, st).map_err(|e| input_error(m, &e))
}

/// Writes `json` to `out` (atomically, never replacing a file without `force`) or prints it.
fn write_or_print(
    g: &Global,
    m: &Messages,
    json: &str,
    out: Option<&Path>,
    force: bool,
) -> Result<(), Failure> {
    match out {
        None => print_json_text(json),
        Some(path) => {
            dpia_assessment::write_atomic(path, json.as_bytes(), force)
                .map_err(|e| output_error(m, &e))?;
            if g.json {
                print_json(&serde_json::json!({"written": path.display().to_string()}))
            } else {
                eprintln!(
                    "{}",
                    clean::text(&m.fmt(
                        "cli-written",
                        &[("file", path.display().to_string().into())]
                    ))
                );
                Ok(())
            }
        }
    }
}

fn parse_date(value: Option<&str>, m: &Messages) -> Result<Option<NaiveDate>, Failure> {
    value
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| Failure {
                code: "bad_date",
                message: m.fmt("error-bad_date", &[("value", v.into())]),
                exit: 2,
            })
        })
        .transpose()
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn write_stdout(s: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`dpia screen f | head`) is not an error worth reporting.
    let _ = out.write_all(s.as_bytes());
    Ok(())
}

/// Prints text with terminal controls and bidi overrides from the input made visible.
fn print(s: &str) -> Result<(), Failure> {
    write_stdout(&clean::text(s))
}

/// Prints serialised JSON, with the same characters escaped the JSON way.
fn print_json_text(s: &str) -> Result<(), Failure> {
    write_stdout(&clean::json(s))
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Failure> {
    print_json_text(&(serde_json::to_string_pretty(value).expect("serialisable") + "\n"))
}

fn run(cli: &Cli, m: &Messages) -> Result<(), Failure> {
    let g = &cli.global;
    match &cli.command {
        Command::New { out, date, force } => {
            let statement = load_statement(g, m)?;
            let date = parse_date(date.as_deref(), m)?;
            let a = Assessment::template(&statement, date);
            let json = dpia_assessment::to_json(&a);
            match out {
                None => print_json_text(&json),
                Some(path) => {
                    dpia_assessment::write_atomic(path, json.as_bytes(), *force)
                        .map_err(|e| output_error(m, &e))?;
                    if !g.json {
                        eprintln!(
                            "{}",
                            clean::text(&m.fmt(
                                "cli-written",
                                &[("file", path.display().to_string().into())]
                            ))
                        );
                    }
                    Ok(())
                }
            }
        }
        Command::Validate { file } => {
            let statement = load_statement(g, m)?;
            let a = load_assessment(file, &statement, m)?;
            if g.json {
                print_json(&serde_json::json!({"valid": true, "file": file.display().to_string()}))
            } else {
                print(
                    &(m.fmt(
                        "cli-valid",
                        &[
                            ("file", file.display().to_string().into()),
                            ("client", a.organisation.name.into()),
                        ],
                    ) + "\n"),
                )
            }
        }
        Command::Import { file, out, force } => {
            let statement = load_statement(g, m)?;
            let a = load_assessment(file, &statement, m)?;
            write_or_print(g, m, &dpia_assessment::to_json(&a), out.as_deref(), *force)
        }
        Command::Screen { file, date } => {
            let statement = load_statement(g, m)?;
            let a = load_assessment(file, &statement, m)?;
            let today = parse_date(date.as_deref(), m)?.unwrap_or_else(today);
            let screening = dpia_rules::screen(&statement, &a, today);
            if g.json {
                print_json(&screening)
            } else {
                print(&text::screening(m, &statement, &a, &screening))
            }
        }
        Command::Risks { file } => {
            let statement = load_statement(g, m)?;
            let a = load_assessment(file, &statement, m)?;
            let risks = dpia_rules::risks(&statement, &a);
            if g.json {
                print_json(&risks)
            } else {
                print(&text::risks(m, &statement, &a, &risks))
            }
        }
        Command::Statement => {
            let statement = load_statement(g, m)?;
            if g.json {
                print_json(&statement)
            } else {
                print(&text::statement(m, &statement))
            }
        }
        Command::Schema => print_json_text(&dpia_assessment::schema_json()),
        Command::Report(args) => document(g, m, args, dpia_documents::Kind::Starter),
        Command::Summary(args) => document(g, m, args, dpia_documents::Kind::Summary),
    }
}

fn document(
    g: &Global,
    m: &Messages,
    args: &DocumentArgs,
    kind: dpia_documents::Kind,
) -> Result<(), Failure> {
    let statement = load_statement(g, m)?;
    let a = load_assessment(&args.file, &statement, m)?;
    let date = parse_date(args.date.as_deref(), m)?.unwrap_or_else(today);
    let doc = dpia_documents::build(kind, &statement, &a, g.lang, date);
    let bytes = dpia_documents::render(&doc, args.format).map_err(|e| Failure {
        code: e.code(),
        message: e.describe(m),
        exit: 1,
    })?;
    dpia_assessment::write_atomic(&args.out, &bytes, args.force)
        .map_err(|e| output_error(m, &e))?;
    let written = m.fmt(
        "cli-written",
        &[("file", args.out.display().to_string().into())],
    );
    if g.json {
        print_json(&serde_json::json!({"written": args.out.display().to_string()}))
    } else {
        print(&(written + "\n"))
    }
}
