//! The `.dpia.json` exchange file: versioned parsing with precise errors and the JSON Schema
//! (writing it: `write.rs`).

use crate::model::{fits, Assessment, CURRENT_VERSION, FORMAT};
use crate::problem::IoProblem;
use dpia_reason::{Expected, Reason, Syntax};
use dpia_statement::{OptionKind, Statement};
use std::path::Path;

/// Files larger than this are refused before parsing (an assessment is a few kilobytes).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Oldest file version this code still reads.
pub const OLDEST_VERSION: u32 = 1;

/// What can be wrong with an assessment file. Each variant names the file and, where it can,
/// the position (line, column) and the field path (e.g. `services.reports.categories[2]`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FileError {
    #[error("{file}: cannot read the file: {problem}")]
    Read { file: String, problem: IoProblem },
    #[error("{file}: the file is {size} bytes; an assessment file is at most {max} bytes")]
    TooLarge { file: String, size: u64, max: u64 },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: line {line}: the file is not UTF-8 text")]
    NotText { file: String, line: usize },
    #[error("{file}: line {line}, column {column}: not valid JSON: {problem}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        problem: Syntax,
    },
    #[error("{file}: this is not a DPIA Helper assessment (the file is not a JSON object)")]
    NotAnObject { file: String },
    #[error("{file}: this is not a DPIA Helper assessment (field `format` is {}, expected \"{FORMAT}\")", found.as_deref().unwrap_or("missing"))]
    NotAssessment { file: String, found: Option<String> },
    #[error("{file}: written by a newer DPIA Helper (file version {found}; this program reads versions {OLDEST_VERSION} to {CURRENT_VERSION})")]
    Newer { file: String, found: u64 },
    #[error("{file}: field `version`: {} is not a version this program reads ({OLDEST_VERSION} to {CURRENT_VERSION})", found.as_deref().unwrap_or("missing"))]
    Version { file: String, found: Option<String> },
    #[error("{file}: line {line}, column {column}: field `{path}`: {reason}")]
    Field {
        file: String,
        line: usize,
        column: usize,
        path: String,
        reason: Reason,
    },
    #[error("{file}: field `{path}`: {reason}")]
    Invalid {
        file: String,
        path: String,
        reason: Reason,
    },
    #[error("{file}: the file exists; choose another name or allow overwriting")]
    Exists { file: String },
    #[error("{file}: cannot write the file: {problem}")]
    Write { file: String, problem: IoProblem },
}

impl FileError {
    /// A stable code for the UI and `--json` output; never match on messages.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Read { .. } => "file_read",
            FileError::TooLarge { .. } => "file_too_large",
            FileError::Empty { .. } => "file_empty",
            FileError::NotText { .. } => "file_not_text",
            FileError::Syntax { .. } => "file_syntax",
            FileError::NotAnObject { .. } | FileError::NotAssessment { .. } => {
                "file_not_assessment"
            }
            FileError::Newer { .. } => "file_newer",
            FileError::Version { .. } => "file_version",
            FileError::Field { .. } => "file_field",
            FileError::Invalid { .. } => "file_invalid",
            FileError::Exists { .. } => "file_exists",
            FileError::Write { .. } => "file_write",
        }
    }
}

/// Reads and parses an assessment file.
pub fn load(path: &Path) -> Result<Assessment, FileError> {
    let file = path.display().to_string();
    let read_err = |e: std::io::Error| FileError::Read {
        file: file.clone(),
        problem: IoProblem::from_io(&e),
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        return Err(FileError::Read {
            file,
            problem: IoProblem::IsFolder,
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            file,
            size: meta.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    parse_bytes(&bytes, &file)
}

/// Parses an assessment from bytes; `file` only names the source in errors.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Assessment, FileError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            file: file.into(),
            size: bytes.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotText {
        file: file.into(),
        line: bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1,
    })?;
    parse(text, file)
}

/// [`parse_bytes`], then the ids checked against the statement (errors with their position).
pub fn parse_bytes_for(
    bytes: &[u8],
    file: &str,
    statement: &Statement,
) -> Result<Assessment, FileError> {
    let a = parse_bytes(bytes, file)?;
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    check_ids(&a, statement).map_err(|(path, reason)| located(text, file, path, reason))?;
    Ok(a)
}

/// [`parse`], then the ids checked against the statement (errors with their position).
pub fn parse_for(text: &str, file: &str, statement: &Statement) -> Result<Assessment, FileError> {
    let a = parse(text, file)?;
    check_ids(&a, statement).map_err(|(path, reason)| located(text, file, path, reason))?;
    Ok(a)
}

/// An error about `path`, with the line and column where the path stands in `text` if found.
fn located(text: &str, file: &str, path: String, reason: Reason) -> FileError {
    match crate::locate::locate(text, &path) {
        Some((line, column)) => FileError::Field {
            file: file.into(),
            line,
            column,
            path,
            reason,
        },
        None => FileError::Invalid {
            file: file.into(),
            path,
            reason,
        },
    }
}

/// Checks that the services, options and their answers exist in the statement.
pub fn check_ids(a: &Assessment, statement: &Statement) -> Result<(), (String, Reason)> {
    let services: Vec<String> = statement
        .services
        .list
        .iter()
        .map(|s| s.id.clone())
        .collect();
    for id in a.services.keys() {
        if statement.service(id).is_none() {
            return Err((
                format!("services.{id}"),
                Reason::UnknownId {
                    found: id.clone(),
                    allowed: services,
                },
            ));
        }
    }
    for (id, value) in &a.options {
        let Some(option) = statement.option(id) else {
            return Err((
                format!("options.{id}"),
                Reason::UnknownId {
                    found: id.clone(),
                    allowed: statement.options.iter().map(|o| o.id.clone()).collect(),
                },
            ));
        };
        if let Err(found) = fits(option.kind, value, statement) {
            let visuals: Vec<String> = statement
                .map_visuals
                .iter()
                .flat_map(|m| m.visuals.iter().map(|v| v.id.clone()))
                .collect();
            let reason = match (option.kind, found.is_empty()) {
                (OptionKind::MapVisuals, false) => {
                    let index = match value {
                        crate::OptionValue::Choices(set) => {
                            set.iter().position(|x| *x == found).unwrap_or(0)
                        }
                        _ => 0,
                    };
                    return Err((
                        format!("options.{id}[{index}]"),
                        Reason::UnknownId {
                            found,
                            allowed: visuals,
                        },
                    ));
                }
                (OptionKind::Environment, false) => Reason::UnknownId {
                    found,
                    allowed: vec!["processor".into(), "client".into()],
                },
                (OptionKind::YesNo, _) => Reason::WrongOptionAnswer {
                    expected: Expected::YesNo,
                },
                (OptionKind::Environment, true) => Reason::WrongOptionAnswer {
                    expected: Expected::Environment,
                },
                (OptionKind::MapVisuals, true) => Reason::WrongOptionAnswer {
                    expected: Expected::Id(visuals),
                },
            };
            return Err((format!("options.{id}"), reason));
        }
    }
    Ok(())
}

/// Parses an assessment from text, accepting every file version from [`OLDEST_VERSION`] on.
pub fn parse(text: &str, file: &str) -> Result<Assessment, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty { file: file.into() });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| FileError::Syntax {
        file: file.into(),
        line: e.line(),
        column: e.column(),
        problem: Syntax::from_json(&strip_position(&e.to_string())),
    })?;
    let Some(object) = value.as_object() else {
        return Err(FileError::NotAnObject { file: file.into() });
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        other => {
            return Err(FileError::NotAssessment {
                file: file.into(),
                found: other.map(|v| v.to_string()),
            })
        }
    }
    let version = object.get("version");
    let v1 = match version.and_then(|v| v.as_u64()) {
        // Version 1 files are parsed into the version-1 types and migrated; a version 2 or 3 file
        // is a version 4 file without what versions 3 and 4 added (all optional).
        Some(1) => true,
        Some(2..=4) => false,
        Some(n) if n > u64::from(CURRENT_VERSION) => {
            return Err(FileError::Newer {
                file: file.into(),
                found: n,
            })
        }
        _ => {
            return Err(FileError::Version {
                file: file.into(),
                found: version.map(|v| v.to_string()),
            })
        }
    };
    let assessment = if v1 {
        crate::v1::migrate(typed(text, file)?)
    } else {
        let mut a = typed::<Assessment>(text, file)?;
        a.version = CURRENT_VERSION;
        a
    };
    validate(&assessment).map_err(|(path, reason)| located(text, file, path, reason))?;
    Ok(assessment)
}

/// Deserialises `text` into `T`, with the field path, position and reason of the first error.
fn typed<T: serde::de::DeserializeOwned>(text: &str, file: &str) -> Result<T, FileError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let mut path = e.path().to_string();
        let inner = e.into_inner();
        // "missing field `x`" is reported at the parent; name the field itself.
        let message = inner.to_string();
        if let Some(name) = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            path = if path == "." {
                name.to_string()
            } else {
                format!("{path}.{name}")
            };
        }
        FileError::Field {
            file: file.into(),
            line: inner.line(),
            column: inner.column(),
            path,
            reason: Reason::from_serde(&strip_position(&inner.to_string())),
        }
    })
}

/// What the types cannot say. Incomplete answers are fine; contradictory ones are not.
pub fn validate(a: &Assessment) -> Result<(), (String, Reason)> {
    if a.format != FORMAT || a.version != CURRENT_VERSION {
        let path = if a.format != FORMAT {
            "format"
        } else {
            "version"
        };
        return Err((path.into(), Reason::Unchangeable));
    }
    for category in a.follow_ups.special_category_exceptions.keys() {
        if !category.is_special() {
            return Err((
                format!("follow_ups.special_category_exceptions.{}", category.id()),
                Reason::NotSpecialCategory,
            ));
        }
    }
    if a.statement.processor.trim().is_empty() {
        return Err(("statement.processor".into(), Reason::Empty));
    }
    if a.statement.version.trim().is_empty() {
        return Err(("statement.version".into(), Reason::Empty));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in a.own_risks.iter().enumerate() {
        let plain = r.id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && r.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !plain {
            return Err((
                format!("own_risks[{i}].id"),
                Reason::BadId { id: r.id.clone() },
            ));
        }
        if !seen.insert(r.id.as_str()) {
            return Err((
                format!("own_risks[{i}].id"),
                Reason::DuplicateId { id: r.id.clone() },
            ));
        }
    }
    crate::model::check_comments(&a.comments)
}

/// serde_json appends " at line X column Y"; we report the position in our own fields.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The assessment as pretty JSON with a final newline. Deterministic: maps and sets are ordered.
pub fn to_json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).expect("an assessment always serialises");
    s.push('\n');
    s
}

/// The JSON Schema of the current file version, as committed in `schema/assessment.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Assessment);
    let mut s = serde_json::to_string_pretty(&schema).expect("schema serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sample() -> Assessment {
        let mut a = Assessment::template(&Statement::embedded(), None);
        a.organisation.name = "Test".into();
        a
    }

    #[test]
    fn round_trip_is_identical() {
        let a = sample();
        let json = to_json(&a);
        let b = parse(&json, "t.dpia.json").unwrap();
        assert_eq!(a, b);
        assert_eq!(json, to_json(&b));
    }

    #[test]
    fn unknown_category_names_path_and_position() {
        let json = to_json(&sample()).replacen(
            "\"reports\": {",
            "\"reports\": {\n      \"categories\": [\"names\", \"shoe_size\"],",
            1,
        );
        let err = parse(&json, "t.dpia.json").unwrap_err();
        match &err {
            FileError::Field { path, line, .. } => {
                assert_eq!(path, "services.reports.categories[1]");
                assert!(*line > 1);
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().contains("shoe_size"), "{err}");
    }

    #[test]
    fn ids_are_checked_against_the_statement_with_their_position() {
        let st = Statement::embedded();
        let json = to_json(&sample()).replacen("\"reports\": {", "\"printing\": {", 1);
        let err = parse_for(&json, "t.dpia.json", &st).unwrap_err();
        match &err {
            FileError::Field {
                path, line, reason, ..
            } => {
                assert_eq!(path, "services.printing");
                assert!(*line > 1);
                assert!(
                    matches!(reason, Reason::UnknownId { allowed, .. } if allowed.len() == 6),
                    "{reason:?}"
                );
            }
            other => panic!("{other:?}"),
        }
        let json = to_json(&sample()).replacen(
            "\"options\": {}",
            "\"options\": {\"map_visuals\": [\"bing_maps\", \"google_maps\"]}",
            1,
        );
        let err = parse_for(&json, "t.dpia.json", &st).unwrap_err();
        assert!(
            matches!(&err, FileError::Field { path, .. } if path == "options.map_visuals[1]"),
            "{err:?}"
        );
        let json = to_json(&sample()).replacen(
            "\"options\": {}",
            "\"options\": {\"time_travel\": \"yes\"}",
            1,
        );
        let err = parse_for(&json, "t.dpia.json", &st).unwrap_err();
        assert!(err.to_string().contains("options.time_travel"), "{err}");
    }

    #[test]
    fn unanswered_options_may_be_null() {
        let json = to_json(&sample()).replacen(
            "\"options\": {}",
            "\"options\": {\"time_travel\": null, \"snapshot\": true}",
            1,
        );
        let a = parse_for(&json, "t.dpia.json", &Statement::embedded()).unwrap();
        assert_eq!(a.options.len(), 1);
        assert!(a.chose("snapshot"));
    }

    #[test]
    fn newer_version_is_refused_with_a_clear_message() {
        let json = to_json(&sample()).replacen("\"version\": 4", "\"version\": 7", 1);
        assert!(json.contains("\"version\": 7"));
        let err = parse(&json, "t.dpia.json").unwrap_err();
        assert_eq!(err.code(), "file_newer");
        assert!(err.to_string().contains("newer"), "{err}");
        assert!(err.to_string().contains('7'));
    }
}
