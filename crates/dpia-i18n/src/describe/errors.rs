//! Errors of the core crates in the user's language: why a field is wrong, JSON syntax, assessment
//! and statement files.

use crate::messages::{Arg, Messages};
use dpia_assessment::{Expected, FileError, Found, Reason, Syntax};
use dpia_statement::StatementError;

pub(crate) fn found(m: &Messages, f: &Found) -> String {
    match f {
        Found::Text(s) => m.fmt("found-text", &[("value", s.as_str().into())]),
        Found::Number(n) => m.fmt("found-number", &[("value", n.as_str().into())]),
        Found::YesNo(b) => m.get(if *b { "found-true" } else { "found-false" }),
        Found::Null => m.get("found-null"),
        Found::List => m.get("found-list"),
        Found::Object => m.get("found-object"),
        Found::Other(s) => s.clone(),
    }
}

pub(crate) fn ids(list: &[String]) -> String {
    list.iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn expected(m: &Messages, e: &Expected) -> String {
    match e {
        Expected::WholeNumber => m.get("expected-whole-number"),
        Expected::Number => m.get("expected-number"),
        Expected::Text => m.get("expected-text"),
        Expected::YesNo => m.get("expected-yes-no"),
        Expected::List => m.get("expected-list"),
        Expected::Object => m.get("expected-object"),
        Expected::Date => m.get("expected-date"),
        Expected::Environment => m.get("expected-environment"),
        Expected::Id(list) => m.fmt("expected-id", &[("ids", ids(list).into())]),
        Expected::Other(s) => s.clone(),
    }
}

/// Why a field is wrong, in the user's language.
pub fn reason(m: &Messages, r: &Reason) -> String {
    match r {
        Reason::UnknownId { found, allowed } if allowed.is_empty() => m.fmt(
            "reason-unknown-id-bare",
            &[("found", found.as_str().into())],
        ),
        Reason::UnknownId { found, allowed } => m.fmt(
            "reason-unknown-id",
            &[
                ("found", found.as_str().into()),
                ("allowed", ids(allowed).into()),
            ],
        ),
        Reason::UnknownField { found, allowed } => m.fmt(
            "reason-unknown-field",
            &[
                ("found", found.as_str().into()),
                ("allowed", ids(allowed).into()),
            ],
        ),
        Reason::MissingField { .. } => m.get("reason-missing-field"),
        Reason::DuplicateField { name } => {
            m.fmt("reason-duplicate-field", &[("name", name.as_str().into())])
        }
        Reason::WrongType {
            found: f,
            expected: e,
        }
        | Reason::WrongValue {
            found: f,
            expected: e,
        } => m.fmt(
            "reason-wrong-value",
            &[
                ("found", found(m, f).into()),
                ("expected", expected(m, e).into()),
            ],
        ),
        Reason::NotADate { text } => m.fmt("reason-not-a-date", &[("value", text.as_str().into())]),
        Reason::NotATime { text } => m.fmt("reason-not-a-time", &[("value", text.as_str().into())]),
        Reason::TooLong { max } => {
            m.fmt("reason-too-long", &[("max", m.number(*max as u64).into())])
        }
        Reason::TooMany { max } => {
            m.fmt("reason-too-many", &[("max", m.number(*max as u64).into())])
        }
        Reason::Empty => m.get("reason-empty"),
        Reason::NotSpecialCategory => m.get("reason-not-special-category"),
        Reason::Unchangeable => m.get("reason-unchangeable"),
        Reason::BadId { id } => m.fmt("reason-bad-id", &[("id", id.as_str().into())]),
        Reason::DuplicateId { id } => m.fmt("reason-duplicate-id", &[("id", id.as_str().into())]),
        Reason::WrongOptionAnswer { expected: e } => m.fmt(
            "reason-wrong-option-answer",
            &[("expected", expected(m, e).into())],
        ),
        Reason::Other { text } => m.fmt("reason-other", &[("text", text.as_str().into())]),
    }
}

/// A JSON syntax problem in the user's language.
pub fn syntax(m: &Messages, s: &Syntax) -> String {
    let id = match s {
        Syntax::EndOfFile => "syntax-end-of-file",
        Syntax::ExpectedColon => "syntax-expected-colon",
        Syntax::ExpectedCommaOrEnd => "syntax-expected-comma",
        Syntax::ExpectedValue => "syntax-expected-value",
        Syntax::ExpectedQuote => "syntax-expected-quote",
        Syntax::InvalidEscape => "syntax-invalid-escape",
        Syntax::InvalidNumber => "syntax-invalid-number",
        Syntax::NumberOutOfRange => "syntax-number-out-of-range",
        Syntax::ControlCharacter => "syntax-control-character",
        Syntax::KeyMustBeText => "syntax-key-must-be-text",
        Syntax::TrailingComma => "syntax-trailing-comma",
        Syntax::TrailingCharacters => "syntax-trailing-characters",
        Syntax::TooDeep => "syntax-too-deep",
        Syntax::Other(text) => {
            return m.fmt("reason-other", &[("text", text.as_str().into())]);
        }
    };
    m.get(id)
}

/// An assessment-file error in the user's language.
pub fn file_error(m: &Messages, e: &FileError) -> String {
    let id = match e {
        FileError::NotAnObject { .. } => "error-file_not_object".to_string(),
        _ => format!("error-{}", e.code()),
    };
    let args: Vec<(&str, Arg)> = match e {
        FileError::Read { file, problem } | FileError::Write { file, problem } => {
            vec![
                ("file", file.into()),
                ("reason", crate::io_problem(m, problem).into()),
            ]
        }
        FileError::TooLarge { file, size, max } => vec![
            ("file", file.into()),
            ("size", m.number(*size).into()),
            ("max", m.number(*max).into()),
        ],
        FileError::Empty { file } | FileError::Exists { file } => vec![("file", file.into())],
        FileError::NotText { file, line } => {
            vec![("file", file.into()), ("line", line.to_string().into())]
        }
        FileError::Syntax {
            file,
            line,
            column,
            problem,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("reason", syntax(m, problem).into()),
        ],
        FileError::NotAnObject { file } => vec![("file", file.into())],
        FileError::NotAssessment { file, found } | FileError::Version { file, found } => vec![
            ("file", file.into()),
            (
                "found",
                found
                    .clone()
                    .unwrap_or_else(|| m.get("found-missing"))
                    .into(),
            ),
        ],
        FileError::Newer { file, found } => vec![
            ("file", file.into()),
            ("found", found.to_string().into()),
            ("max", dpia_assessment::CURRENT_VERSION.into()),
        ],
        FileError::Field {
            file,
            line,
            column,
            path,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            ("path", path.into()),
            ("reason", reason(m, r).into()),
        ],
        FileError::Invalid {
            file,
            path,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("path", path.into()),
            ("reason", reason(m, r).into()),
        ],
    };
    m.fmt(&id, &args)
}

/// A statement-file error in the user's language.
pub fn statement_error(m: &Messages, e: &StatementError) -> String {
    let id = format!("error-{}", e.code());
    let args: Vec<(&str, Arg)> = match e {
        StatementError::Read { file, reason } => {
            vec![("file", file.into()), ("reason", reason.into())]
        }
        StatementError::Invalid { file, reason } => vec![
            ("file", file.into()),
            (
                "reason",
                m.fmt("reason-other", &[("text", reason.into())]).into(),
            ),
        ],
        StatementError::Parse {
            file,
            line,
            column,
            reason: r,
        } => vec![
            ("file", file.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
            // The position is the table's, so the missing key is named in the reason.
            (
                "reason",
                match Reason::from_serde(r) {
                    Reason::MissingField { name } if !name.is_empty() => m
                        .fmt("reason-missing-field-named", &[("name", name.into())])
                        .into(),
                    other => reason(m, &other).into(),
                },
            ),
        ],
    };
    m.fmt(&id, &args)
}
