//! The statements the app knows: the embedded one and every version the user imported (kept in
//! the store), and which one each assessment is based on.

use chrono::NaiveDate;
use dpia_assessment::Assessment;
use dpia_i18n::{self as words, Messages};
use dpia_statement::Statement;
use dpia_store::StoredStatement;

/// One statement the app can use.
#[derive(Debug, Clone)]
pub struct Known {
    pub statement: Statement,
    /// Where it came from: `None` for the embedded statement.
    pub stored: Option<StoredStatement>,
}

impl Known {
    pub fn key(&self) -> String {
        self.statement.label()
    }
}

/// The embedded statement first, then the imported ones in the order they were imported.
#[derive(Debug, Clone)]
pub struct Statements {
    pub known: Vec<Known>,
    /// Imported statements this version can no longer read, with the reason (never silently lost).
    pub unreadable: Vec<(StoredStatement, String)>,
}

impl Statements {
    pub fn new(embedded: Statement, stored: Vec<StoredStatement>, m: &Messages) -> Statements {
        let mut known = vec![Known {
            statement: embedded,
            stored: None,
        }];
        let mut unreadable = Vec::new();
        for s in stored {
            match dpia_rules::parse_statement(s.source.as_bytes(), &s.file_name) {
                Ok(statement) => known.push(Known {
                    statement,
                    stored: Some(s),
                }),
                Err(e) => unreadable.push((s, words::statement_error(m, &e))),
            }
        }
        Statements { known, unreadable }
    }

    pub fn embedded(&self) -> &Statement {
        &self.known[0].statement
    }

    pub fn by_key(&self, key: &str) -> Option<&Known> {
        self.known.iter().find(|k| k.key() == key)
    }

    /// The newest version of a processor's statement (by valid-from date, then import order).
    pub fn newest(&self, processor: &str) -> Option<&Known> {
        self.known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.statement.processor.name == processor)
            .max_by_key(|(i, k)| (k.statement.version.valid_from, *i))
            .map(|(_, k)| k)
    }

    /// The statement an assessment is based on; if that version is not known, the newest of the
    /// same processor (the screening then flags the version mismatch), else the embedded one.
    pub fn for_assessment(&self, a: &Assessment) -> &Known {
        self.for_ref(&a.statement.processor, &a.statement.version)
    }

    /// [`Statements::for_assessment`] for a statement named by processor and version.
    pub fn for_ref(&self, processor: &str, version: &str) -> &Known {
        self.exact(processor, version)
            .or_else(|| self.newest(processor))
            .unwrap_or(&self.known[0])
    }

    /// The statement of exactly this processor and version, if it is known.
    pub fn exact(&self, processor: &str, version: &str) -> Option<&Known> {
        self.known.iter().find(|k| {
            k.statement.processor.name == processor && k.statement.version.version == version
        })
    }

    /// The notification date of a version: the assessment's own, else the one recorded with
    /// the imported statement.
    pub fn notified_on(&self, k: &Known, a: Option<&Assessment>) -> Option<NaiveDate> {
        a.and_then(|a| {
            (a.statement.version == k.statement.version.version)
                .then_some(a.statement.notified_on)
                .flatten()
        })
        .or_else(|| k.stored.as_ref().and_then(|s| s.notified_on))
    }
}
