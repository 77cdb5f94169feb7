//! Why a field of an input file is wrong, as data: the parsers' English messages (serde, serde_json,
//! toml) turned into structured reasons that `dpia-i18n` words in the user's language.
//!
//! The `Display` impls are a developer-facing English rendering (logs, test fixtures); users
//! always see the Fluent wording.

use serde::Serialize;
use std::fmt;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// A value that is not one of the allowed ids.
    UnknownId {
        found: String,
        allowed: Vec<String>,
    },
    /// A field name the format does not have.
    UnknownField {
        found: String,
        allowed: Vec<String>,
    },
    MissingField {
        name: String,
    },
    DuplicateField {
        name: String,
    },
    /// A value of the wrong kind (text where a number belongs …).
    WrongType {
        found: Found,
        expected: Expected,
    },
    /// A value of the right kind that is out of range (a negative count …).
    WrongValue {
        found: Found,
        expected: Expected,
    },
    NotADate {
        text: String,
    },
    /// Not a date and time in RFC 3339 (e.g. `2026-12-02T10:15:00Z`).
    NotATime {
        text: String,
    },
    /// The field must not be empty.
    Empty,
    /// An Art. 9 exception given for a category that is not a special category.
    NotSpecialCategory,
    /// The field cannot be changed (format, version).
    Unchangeable,
    /// An id that is not lower-case letters, digits and `_`.
    BadId {
        id: String,
    },
    /// An id used twice where ids must be unique.
    DuplicateId {
        id: String,
    },
    /// A text longer than the format allows (in characters).
    TooLong {
        max: usize,
    },
    /// More entries than the format allows (e.g. review comments and their replies).
    TooMany {
        max: usize,
    },
    /// An answer that does not fit the kind of option it answers.
    WrongOptionAnswer {
        expected: Expected,
    },
    /// The parser's own words, for a case not recognised above (English).
    Other {
        text: String,
    },
}

/// What a wrong value was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Found {
    Text(String),
    Number(String),
    YesNo(bool),
    Null,
    List,
    Object,
    Other(String),
}

/// What was expected instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Expected {
    WholeNumber,
    Number,
    Text,
    YesNo,
    List,
    Object,
    Date,
    /// One of these ids.
    Id(Vec<String>),
    /// `processor` or `client`.
    Environment,
    Other(String),
}

/// A JSON syntax error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Syntax {
    /// The file ends inside a list, object, text or before a value.
    EndOfFile,
    ExpectedColon,
    ExpectedCommaOrEnd,
    ExpectedValue,
    ExpectedQuote,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacter,
    KeyMustBeText,
    TrailingComma,
    TrailingCharacters,
    TooDeep,
    Other(String),
}

/// Strips a surrounding pair of backticks or quotes.
fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('`')
        .and_then(|x| x.strip_suffix('`'))
        .or_else(|| s.strip_prefix('"').and_then(|x| x.strip_suffix('"')))
        .unwrap_or(s)
}

/// "`a`, `b` or `c`" / "one of `a`, `b`" / "`a`" → ["a", "b", "c"].
fn one_of(s: &str) -> Vec<String> {
    let s = s.strip_prefix("one of ").unwrap_or(s);
    s.split(", ")
        .flat_map(|p| p.split(" or "))
        .map(|p| unquote(p).to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

impl Found {
    /// Reads serde's description of an unexpected value ("string \"x\"", "integer `-5`" …).
    pub fn parse(s: &str) -> Found {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("string ") {
            Found::Text(unquote(rest).replace("\\\"", "\""))
        } else if let Some(rest) = s
            .strip_prefix("integer ")
            .or_else(|| s.strip_prefix("floating point "))
        {
            Found::Number(unquote(rest).to_string())
        } else if let Some(rest) = s.strip_prefix("boolean ") {
            Found::YesNo(unquote(rest) == "true")
        } else {
            match s {
                "null" | "unit value" | "Option value" => Found::Null,
                "sequence" => Found::List,
                "map" => Found::Object,
                other => Found::Other(other.to_string()),
            }
        }
    }
}

impl Expected {
    /// Reads serde's description of what was expected ("u64", "a boolean", "one of: a, b" …).
    pub fn parse(s: &str) -> Expected {
        let s = s.trim();
        match s {
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => {
                Expected::WholeNumber
            }
            "f32" | "f64" => Expected::Number,
            "a boolean" => Expected::YesNo,
            "a string" | "a borrowed string" => Expected::Text,
            "a sequence" => Expected::List,
            "a map" => Expected::Object,
            _ if s.starts_with("struct ") => Expected::Object,
            _ if s.starts_with("one of: ") => Expected::Id(
                s["one of: ".len()..]
                    .split(", ")
                    .map(str::to_string)
                    .collect(),
            ),
            other => Expected::Other(other.to_string()),
        }
    }
}

impl Reason {
    /// Reads one of serde's error messages (without position). Unknown shapes become `Other`.
    pub fn from_serde(message: &str) -> Reason {
        let m = message.trim();
        if let Some(rest) = m.strip_prefix("unknown variant ") {
            return match rest.split_once(", expected ") {
                Some((found, allowed)) => Reason::UnknownId {
                    found: unquote(found).to_string(),
                    allowed: one_of(allowed),
                },
                None => Reason::UnknownId {
                    found: unquote(rest.split(',').next().unwrap_or(rest)).to_string(),
                    allowed: Vec::new(),
                },
            };
        }
        if let Some(rest) = m.strip_prefix("unknown field ") {
            return match rest.split_once(", expected ") {
                Some((found, allowed)) => Reason::UnknownField {
                    found: unquote(found).to_string(),
                    allowed: one_of(allowed),
                },
                None => Reason::UnknownField {
                    found: unquote(rest.split(',').next().unwrap_or(rest)).to_string(),
                    allowed: Vec::new(),
                },
            };
        }
        if let Some(rest) = m.strip_prefix("missing field ") {
            return Reason::MissingField {
                name: unquote(rest).to_string(),
            };
        }
        if let Some(rest) = m.strip_prefix("duplicate field ") {
            return Reason::DuplicateField {
                name: unquote(rest).to_string(),
            };
        }
        for (prefix, wrong_type) in [("invalid type: ", true), ("invalid value: ", false)] {
            if let Some(rest) = m.strip_prefix(prefix) {
                if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                    let found = Found::parse(found);
                    let expected = Expected::parse(expected);
                    return if wrong_type {
                        Reason::WrongType { found, expected }
                    } else {
                        Reason::WrongValue { found, expected }
                    };
                }
            }
        }
        // Our own date-and-time parser: "\"x\" is not a date and time; use RFC 3339".
        if let Some(text) = m.strip_suffix(" is not a date and time; use YYYY-MM-DDTHH:MM:SSZ") {
            return Reason::NotATime {
                text: unquote(text).to_string(),
            };
        }
        // Our own date parser: "\"x\" is not a date; use YYYY-MM-DD".
        if let Some(text) = m.strip_suffix(" is not a date; use YYYY-MM-DD") {
            return Reason::NotADate {
                text: unquote(text).to_string(),
            };
        }
        Reason::Other {
            text: m.to_string(),
        }
    }
}

impl Syntax {
    /// Reads serde_json's syntax message (without " at line … column …").
    pub fn from_json(message: &str) -> Syntax {
        let m = message.trim();
        match m {
            _ if m.starts_with("EOF while parsing") => Syntax::EndOfFile,
            "expected `:`" => Syntax::ExpectedColon,
            "expected `,` or `]`" | "expected `,` or `}`" => Syntax::ExpectedCommaOrEnd,
            "expected value" | "expected ident" => Syntax::ExpectedValue,
            "expected `\"`" => Syntax::ExpectedQuote,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => Syntax::InvalidEscape,
            "invalid number" => Syntax::InvalidNumber,
            "number out of range" => Syntax::NumberOutOfRange,
            _ if m.starts_with("control character") => Syntax::ControlCharacter,
            "key must be a string" => Syntax::KeyMustBeText,
            "trailing comma" => Syntax::TrailingComma,
            "trailing characters" => Syntax::TrailingCharacters,
            "recursion limit exceeded" => Syntax::TooDeep,
            other => Syntax::Other(other.to_string()),
        }
    }
}

fn list(ids: &[String]) -> String {
    ids.iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Found::Text(s) => write!(f, "the text {s:?}"),
            Found::Number(n) => write!(f, "the number {n}"),
            Found::YesNo(b) => write!(f, "{b}"),
            Found::Null => f.write_str("null"),
            Found::List => f.write_str("a list"),
            Found::Object => f.write_str("an object"),
            Found::Other(s) => f.write_str(s),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expected::WholeNumber => f.write_str("a whole number of 0 or more"),
            Expected::Number => f.write_str("a number"),
            Expected::Text => f.write_str("text"),
            Expected::YesNo => f.write_str("true or false"),
            Expected::List => f.write_str("a list"),
            Expected::Object => f.write_str("an object"),
            Expected::Date => f.write_str("a date (YYYY-MM-DD)"),
            Expected::Id(ids) => write!(f, "one of {}", list(ids)),
            Expected::Environment => f.write_str("`processor` or `client`"),
            Expected::Other(s) => f.write_str(s),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Reason::UnknownId { found, allowed } if allowed.is_empty() => {
                write!(f, "unknown value `{found}`")
            }
            Reason::UnknownId { found, allowed } => {
                write!(f, "unknown value `{found}`; allowed: {}", list(allowed))
            }
            Reason::UnknownField { found, allowed } if allowed.is_empty() => {
                write!(f, "unknown field `{found}`")
            }
            Reason::UnknownField { found, allowed } => {
                write!(f, "unknown field `{found}`; allowed: {}", list(allowed))
            }
            Reason::MissingField { name } => write!(f, "the field `{name}` is missing"),
            Reason::DuplicateField { name } => write!(f, "the field `{name}` appears twice"),
            Reason::WrongType { found, expected } | Reason::WrongValue { found, expected } => {
                write!(f, "{found} is not {expected}")
            }
            Reason::NotADate { text } => write!(f, "{text:?} is not a date; use YYYY-MM-DD"),
            Reason::NotATime { text } => write!(
                f,
                "{text:?} is not a date and time; use YYYY-MM-DDTHH:MM:SSZ"
            ),
            Reason::TooLong { max } => write!(f, "longer than {max} characters"),
            Reason::TooMany { max } => write!(f, "more than {max} entries"),
            Reason::Empty => f.write_str("must not be empty"),
            Reason::NotSpecialCategory => f.write_str(
                "not a special category (GDPR Art. 9); use bsn_basis or criminal_basis for those",
            ),
            Reason::Unchangeable => f.write_str("cannot be changed"),
            Reason::BadId { id } => write!(
                f,
                "`{id}`: use lower-case letters, digits and `_`, starting with a letter"
            ),
            Reason::DuplicateId { id } => write!(f, "the id `{id}` is used twice"),
            Reason::WrongOptionAnswer { expected } => write!(f, "expected {expected}"),
            Reason::Other { text } => f.write_str(text),
        }
    }
}

impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Syntax::EndOfFile => "the file ends too early",
            Syntax::ExpectedColon => "a `:` is missing",
            Syntax::ExpectedCommaOrEnd => "a `,` or a closing bracket is missing",
            Syntax::ExpectedValue => "a value is missing or not valid",
            Syntax::ExpectedQuote => "a `\"` is missing",
            Syntax::InvalidEscape => "an escape sequence (\\…) is not valid",
            Syntax::InvalidNumber => "a number is not valid",
            Syntax::NumberOutOfRange => "a number is too large",
            Syntax::ControlCharacter => "a control character stands inside a text",
            Syntax::KeyMustBeText => "a field name must be text in quotes",
            Syntax::TrailingComma => "a `,` stands before a closing bracket",
            Syntax::TrailingCharacters => "there is more after the end of the data",
            Syntax::TooDeep => "the data is nested too deeply",
            Syntax::Other(s) => s,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_reasons() {
        assert_eq!(
            Reason::from_serde("unknown variant `bi`, expected one of `a`, `b`, `c`"),
            Reason::UnknownId {
                found: "bi".into(),
                allowed: vec!["a".into(), "b".into(), "c".into()]
            }
        );
        assert_eq!(
            Reason::from_serde("unknown variant `x`, expected `a` or `b`"),
            Reason::UnknownId {
                found: "x".into(),
                allowed: vec!["a".into(), "b".into()]
            }
        );
        assert_eq!(
            Reason::from_serde("invalid value: integer `-5`, expected u64"),
            Reason::WrongValue {
                found: Found::Number("-5".into()),
                expected: Expected::WholeNumber
            }
        );
        assert_eq!(
            Reason::from_serde("invalid type: string \"yes\", expected a boolean"),
            Reason::WrongType {
                found: Found::Text("yes".into()),
                expected: Expected::YesNo
            }
        );
        assert_eq!(
            Reason::from_serde("missing field `statement`"),
            Reason::MissingField {
                name: "statement".into()
            }
        );
        assert_eq!(
            Reason::from_serde("\"2026-13-01\" is not a date; use YYYY-MM-DD"),
            Reason::NotADate {
                text: "2026-13-01".into()
            }
        );
        assert!(matches!(
            Reason::from_serde("something new"),
            Reason::Other { .. }
        ));
    }

    #[test]
    fn json_syntax_messages_become_kinds() {
        assert_eq!(
            Syntax::from_json("EOF while parsing a string"),
            Syntax::EndOfFile
        );
        assert_eq!(
            Syntax::from_json("trailing characters"),
            Syntax::TrailingCharacters
        );
        assert!(matches!(Syntax::from_json("odd"), Syntax::Other(_)));
    }
}
