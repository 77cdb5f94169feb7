//! Files the user chose in a native dialog, handed to the webview only as opaque tokens.
//!
//! The page never names a file. The shell's dialog commands register what the user picked here
//! and give the page a token (plus a name and path to show); the file commands take the token
//! and resolve it for one purpose. A token is unguessable (128 random bits from the operating
//! system), lives only in this process's memory, and opens only the door it was made for: a
//! token from the open dialog cannot write, a token from the save dialog cannot read, and only a
//! written export can be shown in the file manager. Tokens for reading or writing work once.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What a chosen file may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Read it as an assessment to import (open dialog).
    Import,
    /// Read it as a Data Pro Statement to import (open dialog on the Statements screen).
    Statement,
    /// Open it as the database, or create it (open dialog on the database error screen).
    Database,
    /// Write an export to it (save dialog, which asked before replacing a file).
    Save,
    /// Show it in the file manager (a file the app has just written).
    Reveal,
}

impl Purpose {
    /// The stable id, as the UI sends it.
    pub fn id(self) -> &'static str {
        match self {
            Purpose::Import => "import",
            Purpose::Statement => "statement",
            Purpose::Database => "database",
            Purpose::Save => "save",
            Purpose::Reveal => "reveal",
        }
    }

    /// Tokens for these are used up when used; a reveal token may be used again.
    fn single_use(self) -> bool {
        !matches!(self, Purpose::Reveal)
    }
}

/// A chosen file as the page sees it: a token to pass back, and what to show the user.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Grant {
    /// Opaque, random, valid in this session only; the only thing file commands accept.
    pub token: String,
    pub purpose: Purpose,
    /// The file name, for showing.
    pub name: String,
    /// The full path, for showing only (no command accepts a path).
    pub path: String,
}

/// Why a token was refused. Nothing is read or written when a token is refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GrantError {
    #[error(
        "unknown token: the file was not chosen in a dialog of this session (or was used already)"
    )]
    Unknown,
    #[error("the file was chosen to {}, not to {}", granted.id(), wanted.id())]
    WrongPurpose { granted: Purpose, wanted: Purpose },
    #[error("`{0}` is not a kind of file dialog")]
    BadPurpose(String),
}

impl GrantError {
    /// A stable code for the UI; never match on messages.
    pub fn code(&self) -> &'static str {
        match self {
            GrantError::Unknown => "grant_unknown",
            GrantError::WrongPurpose { .. } => "grant_wrong_purpose",
            GrantError::BadPurpose(_) => "bad_purpose",
        }
    }
}

/// The purpose of an open dialog, as the page asks for it: `import`, `statement` or `database`.
pub fn open_purpose(id: &str) -> Result<Purpose, GrantError> {
    match id {
        "import" => Ok(Purpose::Import),
        "statement" => Ok(Purpose::Statement),
        "database" => Ok(Purpose::Database),
        other => Err(GrantError::BadPurpose(other.into())),
    }
}

/// The registry of chosen files, owned by [`crate::App`].
#[derive(Default)]
pub struct Grants {
    tokens: HashMap<String, (Purpose, PathBuf)>,
}

fn random_token() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Grants {
    /// Registers a file the user chose (or the app wrote) for `purpose`.
    pub fn grant(&mut self, purpose: Purpose, path: PathBuf) -> Grant {
        let token = loop {
            let t = random_token();
            if !self.tokens.contains_key(&t) {
                break t;
            }
        };
        let grant = Grant {
            token: token.clone(),
            purpose,
            name: path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string()),
            path: path.display().to_string(),
        };
        self.tokens.insert(token, (purpose, path));
        grant
    }

    /// Resolves a token for `wanted`. Single-use tokens are used up; a refused token stays.
    pub fn resolve(&mut self, token: &str, wanted: Purpose) -> Result<PathBuf, GrantError> {
        let (granted, path) = self.tokens.get(token).ok_or(GrantError::Unknown)?;
        if *granted != wanted {
            return Err(GrantError::WrongPurpose {
                granted: *granted,
                wanted,
            });
        }
        let path = path.clone();
        if wanted.single_use() {
            self.tokens.remove(token);
        }
        Ok(path)
    }

    /// The path behind a token, without using it up (for tests and for showing).
    pub fn peek(&self, token: &str) -> Option<(Purpose, &Path)> {
        self.tokens.get(token).map(|(p, path)| (*p, path.as_path()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_scoped_and_single_use() {
        let mut g = Grants::default();
        let a = g.grant(Purpose::Save, "/tmp/a.pdf".into());
        let b = g.grant(Purpose::Save, "/tmp/a.pdf".into());
        assert_ne!(a.token, b.token);
        assert_eq!(a.token.len(), 32);
        assert!(a.token.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!((a.name.as_str(), a.path.as_str()), ("a.pdf", "/tmp/a.pdf"));
        // Wrong purpose: refused, and the token is still there for its own purpose.
        assert_eq!(
            g.resolve(&a.token, Purpose::Import),
            Err(GrantError::WrongPurpose {
                granted: Purpose::Save,
                wanted: Purpose::Import
            })
        );
        assert_eq!(
            g.resolve(&a.token, Purpose::Save).unwrap(),
            Path::new("/tmp/a.pdf")
        );
        assert_eq!(g.resolve(&a.token, Purpose::Save), Err(GrantError::Unknown));
        // A path is not a token.
        assert_eq!(
            g.resolve("/tmp/a.pdf", Purpose::Save),
            Err(GrantError::Unknown)
        );
        // Reveal tokens may be used again.
        let r = g.grant(Purpose::Reveal, "/tmp/a.pdf".into());
        assert!(g.resolve(&r.token, Purpose::Reveal).is_ok());
        assert!(g.resolve(&r.token, Purpose::Reveal).is_ok());
        assert_eq!(open_purpose("import"), Ok(Purpose::Import));
        assert_eq!(open_purpose("database"), Ok(Purpose::Database));
        assert_eq!(open_purpose("save").unwrap_err().code(), "bad_purpose");
    }
}
