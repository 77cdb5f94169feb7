//! The processor's Data Pro Statement as versioned data: its model and a strict loader.
//!
//! A statement is a TOML file (see `statements/` at the repository root). Every fact keeps the
//! statement's *printed* item number (`item`), so documents can cite "statement item 15"; the
//! Dutch text is quoted from the statement, the English text is a translation beside it. Loading
//! is strict: unknown keys, missing fields, bad dates and references to ids that do not exist are
//! errors that name file, line and field. ARCHITECTURE.md says how to add a statement.

mod diff;
mod model;

pub use diff::*;
pub use model::*;

use std::collections::BTreeSet;
use std::path::Path;

/// The statement compiled into the binary: KPI Solutions B.V., version 06-2025.
pub const DEFAULT_STATEMENT_TOML: &str =
    include_str!("../../../statements/kpi-solutions-06-2025.toml");
/// The file name shown in errors for the embedded statement.
pub const DEFAULT_STATEMENT_NAME: &str = "statements/kpi-solutions-06-2025.toml";

/// The value of the `format` key every statement file starts with.
pub const FORMAT: &str = "data-pro-statement";
/// The statement schema version this code reads.
pub const SCHEMA_VERSION: u32 = 3;
/// Statement files larger than this are refused before parsing (a statement is ~60 KB).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum StatementError {
    #[error("{file}: cannot read the file: {reason}")]
    Read { file: String, reason: String },
    #[error("{file}: line {line}, column {column}: {reason}")]
    Parse {
        file: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{file}: {reason}")]
    Invalid { file: String, reason: String },
}

impl StatementError {
    /// A stable code for the UI and `--json` output.
    pub fn code(&self) -> &'static str {
        match self {
            StatementError::Read { .. } => "statement_read",
            StatementError::Parse { .. } => "statement_parse",
            StatementError::Invalid { .. } => "statement_invalid",
        }
    }
}

impl Statement {
    /// The statement embedded in the binary.
    pub fn embedded() -> Statement {
        parse(DEFAULT_STATEMENT_TOML, DEFAULT_STATEMENT_NAME)
            .expect("the embedded statement is checked by the tests")
    }
}

/// Reads and strictly parses a statement file from disk.
pub fn load(path: &Path) -> Result<Statement, StatementError> {
    let file = path.display().to_string();
    let read_err = |e: std::io::Error| StatementError::Read {
        file: file.clone(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        return Err(StatementError::Read {
            file,
            reason: "it is a folder, not a file".into(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(StatementError::Invalid {
            file,
            reason: format!(
                "the file is {} bytes; a statement file is at most {MAX_FILE_BYTES} bytes",
                meta.len()
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    parse_bytes(&bytes, &file)
}

/// Parses statement bytes (UTF-8 TOML). `file` is only used in error messages.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Statement, StatementError> {
    let text = std::str::from_utf8(bytes).map_err(|e| StatementError::Parse {
        file: file.to_string(),
        line: bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1,
        column: 1,
        reason: "the file is not UTF-8 text".into(),
    })?;
    parse(text, file)
}

/// Parses statement TOML. `file` is only used in error messages.
pub fn parse(text: &str, file: &str) -> Result<Statement, StatementError> {
    // The schema version first, so an older or newer file says so instead of naming a field.
    if let Ok(table) = text.parse::<toml::Table>() {
        if let Some(v) = table.get("schema_version").and_then(|v| v.as_integer()) {
            if v != i64::from(SCHEMA_VERSION) {
                return Err(StatementError::Invalid {
                    file: file.to_string(),
                    reason: unsupported_version(v),
                });
            }
        }
    }
    let statement: Statement = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| position(text, span.start))
            .unwrap_or((1, 1));
        StatementError::Parse {
            file: file.to_string(),
            line,
            column,
            reason: e.message().to_string(),
        }
    })?;
    check(&statement).map_err(|reason| StatementError::Invalid {
        file: file.to_string(),
        reason,
    })?;
    Ok(statement)
}

fn unsupported_version(v: i64) -> String {
    if v == 2 {
        // Version 2 mapped measures to risks, not to the causes they address.
        return format!("field `schema_version`: version 2 maps the measures to risks, not to the causes of each risk they address; this program reads version {SCHEMA_VERSION} (ask for an updated statement file)");
    }
    format!("field `schema_version`: version {v} is not supported (this program reads version {SCHEMA_VERSION})")
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Checks what the types cannot: the format marker, unique ids, and that every reference (an
/// option's services, a sub-processor's condition, a measure's place) points to something.
fn check(s: &Statement) -> Result<(), String> {
    if s.format != FORMAT {
        return Err(format!(
            "field `format`: expected \"{FORMAT}\", found \"{}\"",
            s.format
        ));
    }
    if s.schema_version != SCHEMA_VERSION {
        return Err(unsupported_version(s.schema_version.into()));
    }
    let services = unique("services.list", s.services.list.iter().map(|x| &x.id))?;
    let options = unique("options", s.options.iter().map(|x| &x.id))?;
    let visuals = unique(
        "map_visuals.visuals",
        s.map_visuals
            .iter()
            .flat_map(|m| m.visuals.iter().map(|x| &x.id)),
    )?;
    for id in services.iter().chain(&options).chain(&visuals) {
        plain_id(id)?;
    }
    if services.is_empty() {
        return Err("field `services.list`: name at least one service".into());
    }
    unique(
        "sub_processors.list",
        s.sub_processors.list.iter().map(|x| &x.id),
    )?;
    unique(
        "certifications.list",
        s.certifications.list.iter().map(|x| &x.id),
    )?;
    let clauses = unique("clauses.list", s.clauses.list.iter().map(|x| &x.number))?;
    unique("measures", s.measures.iter().map(|x| &x.id))?;
    unique(
        "privacy_by_design.texts",
        s.privacy_by_design.texts.iter().map(|x| &x.id),
    )?;
    unique("locations.texts", s.locations.texts.iter().map(|x| &x.id))?;
    unique("security.texts", s.security.texts.iter().map(|x| &x.id))?;

    let mut effects = BTreeSet::new();
    for (i, o) in s.options.iter().enumerate() {
        let field = format!("options[{i}]");
        if o.asked_for.is_empty() {
            return Err(format!(
                "field `{field}.asked_for`: name at least one service"
            ));
        }
        for service in &o.asked_for {
            if !services.contains(service) {
                return Err(unknown_ref(
                    &format!("{field}.asked_for"),
                    "service",
                    service,
                    &services,
                ));
            }
        }
        if let Some(effect) = o.effect {
            // Several options may keep data beyond the source; the others are one of a kind.
            let one_of_a_kind = effect != OptionEffect::RetentionBeyondSource;
            if one_of_a_kind && !effects.insert(effect) {
                return Err(format!(
                    "field `{field}.effect`: another option already has effect `{}`",
                    plain(&effect)
                ));
            }
            let fits = match effect {
                OptionEffect::RetentionBeyondSource => o.kind == OptionKind::YesNo,
                OptionEffect::ExternalGeocoding => o.kind == OptionKind::MapVisuals,
                OptionEffect::ReportEnvironment => o.kind == OptionKind::Environment,
            };
            if !fits {
                return Err(format!(
                    "field `{field}.effect`: effect `{}` does not fit an option of kind `{}`",
                    plain(&effect),
                    plain(&o.kind)
                ));
            }
        }
        if o.kind == OptionKind::MapVisuals && s.map_visuals.is_none() {
            return Err(format!(
                "field `{field}.kind`: an option of kind `map_visuals` needs a [map_visuals] section"
            ));
        }
        if (o.kind == OptionKind::Environment) != o.environments.is_some() {
            return Err(format!(
                "field `{field}.environments`: give the names of the two environments for, and only for, an option of kind `environment`"
            ));
        }
    }
    for (i, sub) in s.sub_processors.list.iter().enumerate() {
        let field = format!("sub_processors.list[{i}].condition");
        match &sub.condition {
            Condition::Option { option } => match s.option(option) {
                None => return Err(unknown_ref(&field, "option", option, &options)),
                Some(o) if o.kind != OptionKind::YesNo => {
                    return Err(format!(
                        "field `{field}`: option `{option}` is not a yes/no option"
                    ))
                }
                Some(_) => {}
            },
            Condition::Service { service } if !services.contains(service) => {
                return Err(unknown_ref(&field, "service", service, &services));
            }
            _ => {}
        }
    }
    for (i, m) in s.measures.iter().enumerate() {
        let field = format!("measures[{i}]");
        match (&m.section, &m.service, &m.clause) {
            (Some(section), None, None) => {
                if s.section_item(*section).is_none() {
                    return Err(format!(
                        "field `{field}.section`: the statement has no section `{}`",
                        plain(section)
                    ));
                }
            }
            (None, Some(service), None) => {
                if !services.contains(service) {
                    return Err(unknown_ref(
                        &format!("{field}.service"),
                        "service",
                        service,
                        &services,
                    ));
                }
            }
            (None, None, Some(clause)) => {
                if !clauses.contains(clause) || StatementRef::clause(clause).is_none() {
                    return Err(unknown_ref(
                        &format!("{field}.clause"),
                        "clause",
                        clause,
                        &clauses,
                    ));
                }
            }
            _ => {
                return Err(format!(
                    "field `{field}`: give exactly one of `section`, `service` and `clause`"
                ))
            }
        }
        match &m.applies {
            Applies::Service { service } if !services.contains(service) => {
                return Err(unknown_ref(
                    &format!("{field}.applies.service"),
                    "service",
                    service,
                    &services,
                ));
            }
            Applies::Option { option } => match s.option(option) {
                None => {
                    return Err(unknown_ref(
                        &format!("{field}.applies.option"),
                        "option",
                        option,
                        &options,
                    ))
                }
                Some(o) if o.kind != OptionKind::YesNo => {
                    return Err(format!(
                        "field `{field}.applies`: option `{option}` is not a yes/no option (use `when = \"choice\"`)"
                    ))
                }
                Some(_) => {}
            },
            Applies::Choice { option, choice } => {
                let Some(o) = s.option(option) else {
                    return Err(unknown_ref(
                        &format!("{field}.applies.option"),
                        "option",
                        option,
                        &options,
                    ));
                };
                let choices: BTreeSet<String> = match o.kind {
                    OptionKind::YesNo => BTreeSet::new(),
                    OptionKind::Environment => {
                        ["processor".to_string(), "client".to_string()].into()
                    }
                    OptionKind::MapVisuals => visuals.clone(),
                };
                if !choices.contains(choice) {
                    return Err(unknown_ref(
                        &format!("{field}.applies.choice"),
                        "choice",
                        choice,
                        &choices,
                    ));
                }
            }
            _ => {}
        }
        for (j, x) in m.addresses.iter().enumerate() {
            let f = format!("{field}.addresses[{j}]");
            match (x.effect, &x.cause, x.kind) {
                (Effect::Likelihood, Some(_), None) | (Effect::Consequences, None, Some(_)) => {}
                (Effect::Likelihood, _, _) => {
                    return Err(format!(
                        "field `{f}`: `effect = \"likelihood\"` names the `cause` it addresses, and no `kind`"
                    ))
                }
                (Effect::Consequences, _, _) => {
                    return Err(format!(
                        "field `{f}`: `effect = \"consequences\"` names the `kind` of limit, and no `cause`"
                    ))
                }
            }
        }
    }
    Ok(())
}

/// A unit enum value as its snake_case id (for messages).
fn plain<T: serde::Serialize>(v: &T) -> String {
    #[derive(serde::Serialize)]
    struct W<'a, T> {
        v: &'a T,
    }
    toml::Value::try_from(W { v })
        .ok()
        .and_then(|t| t.get("v").and_then(|v| v.as_str()).map(String::from))
        .unwrap_or_default()
}

fn unknown_ref(field: &str, what: &str, id: &str, known: &BTreeSet<String>) -> String {
    format!(
        "field `{field}`: unknown {what} `{id}` (the statement has: {})",
        known.iter().cloned().collect::<Vec<_>>().join(", ")
    )
}

/// Ids become JSON keys and message arguments: lower-case letters, digits and `_`.
fn plain_id(id: &str) -> Result<(), String> {
    let ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "id `{id}`: use lower-case letters, digits and `_`, starting with a letter"
        ))
    }
}

fn unique<'a>(
    field: &str,
    ids: impl Iterator<Item = &'a String>,
) -> Result<BTreeSet<String>, String> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            return Err(format!("field `{field}`: id `{id}` appears twice"));
        }
    }
    Ok(seen)
}

#[cfg(test)]
mod tests;
