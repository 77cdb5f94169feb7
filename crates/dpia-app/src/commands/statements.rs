//! The statements: what the questionnaire offers for one, a statement's items, the versions the app
//! knows, importing a new one, its notification date, the differences between two, the
//! assessments a newer one affects, and moving an assessment to another version.

use super::parse_date;
use crate::views::{
    self, AffectedView, AssessmentView, Catalog, DiffView, StatementSummary, StatementView,
    StatementsView,
};
use crate::{known_statements, ApiError, App, Purpose, Result, WordedResult};
use chrono::{DateTime, NaiveDate, Utc};
use dpia_assessment::{Assessment, FileError};
use dpia_statement::Statement;
use dpia_store::StoreError;

impl App {
    /// The statement named by `key`, or the embedded one when `key` is empty.
    fn statement_or_embedded(&self, key: &str) -> Result<&Statement> {
        if key.is_empty() {
            Ok(self.statement())
        } else {
            Ok(&self.known(key)?.statement)
        }
    }

    /// What the questionnaire offers for a statement (the embedded one when `key` is empty).
    pub fn catalog(&self, key: &str) -> Result<Catalog> {
        Ok(views::catalog(
            &self.messages,
            self.statement_or_embedded(key)?,
        ))
    }

    /// A statement's items (the embedded one when `key` is empty).
    pub fn statement_view(&self, key: &str) -> Result<StatementView> {
        Ok(views::statement(
            &self.messages,
            self.statement_or_embedded(key)?,
        ))
    }

    fn all_assessments(&self) -> Result<Vec<dpia_store::Listed>> {
        self.store()?.all().worded(&self.messages)
    }

    /// Every statement version the app knows, with its assessments and clause 2.2 deadline.
    pub fn statements_list(&self) -> Result<StatementsView> {
        let all: Vec<Assessment> = self
            .all_assessments()?
            .into_iter()
            .map(|l| l.assessment)
            .collect();
        Ok(views::statements_list(
            &self.messages,
            &self.statements,
            &all,
        ))
    }

    /// Imports a statement file with the strict loader; the text is kept in the store.
    pub fn statements_import(
        &mut self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<StatementSummary> {
        let path = self.granted(token, Purpose::Statement)?;
        let m = &self.messages;
        let file = path.display().to_string();
        let st = dpia_rules::load_statement(&path).worded(m)?;
        let source = std::fs::read_to_string(&path)
            .map_err(|e| dpia_statement::StatementError::Read {
                file: file.clone(),
                reason: e.to_string(),
            })
            .worded(m)?;
        if self.statements.by_key(&st.label()).is_some() {
            return Err(crate::Worded::worded(
                &StoreError::StatementExists {
                    processor: st.processor.name.clone(),
                    version: st.version.version.clone(),
                },
                m,
            ));
        }
        let name = path
            .file_name()
            .map_or_else(|| file.clone(), |n| n.to_string_lossy().to_string());
        let (store, m) = self.store_mut()?;
        store
            .add_statement(&st.processor.name, &st.version.version, &source, &name, now)
            .worded(m)?;
        self.statements = known_statements(&self.store, &self.messages);
        // Assessments of this version were screened with another until now: their list lines.
        let statements = self.statements.clone();
        let (store, m) = self.store_mut()?;
        crate::lines::refresh_screened_with(store, &statements).worded(m)?;
        self.statement_summary(&st.label())
    }

    fn statement_summary(&self, key: &str) -> Result<StatementSummary> {
        let all: Vec<Assessment> = self
            .all_assessments()?
            .into_iter()
            .map(|l| l.assessment)
            .collect();
        Ok(views::summary_of_statement(
            &self.messages,
            &self.statements,
            self.known(key)?,
            &all,
        ))
    }

    /// Records when the processor notified the client of an imported version (YYYY-MM-DD, or
    /// empty to clear it).
    pub fn statements_set_notified(&mut self, key: &str, date: &str) -> Result<StatementSummary> {
        let date = parse_date(date, &self.messages)?;
        let id = match &self.known(key)?.stored {
            Some(s) => s.id,
            None => return Err(ApiError::of(&self.messages, "statement_embedded", &[])),
        };
        let (store, m) = self.store_mut()?;
        store.set_statement_notified(id, date).worded(m)?;
        self.statements = known_statements(&self.store, &self.messages);
        self.statement_summary(key)
    }

    /// What differs between two versions, entry by entry.
    pub fn statements_diff(&self, from: &str, to: &str) -> Result<DiffView> {
        Ok(views::diff(
            &self.messages,
            self.known(from)?,
            self.known(to)?,
        ))
    }

    /// The assessments based on an older version of this processor's statement.
    pub fn statements_affected(&self, key: &str, today: NaiveDate) -> Result<Vec<AffectedView>> {
        let rows: Vec<(i64, String, Assessment)> = self
            .all_assessments()?
            .into_iter()
            .map(|l| (l.id, l.name, l.assessment))
            .collect();
        Ok(views::affected(
            &self.messages,
            &self.statements,
            self.known(key)?,
            &rows,
            today,
        ))
    }

    /// Moves an assessment to another version of its processor's statement. Refused, naming
    /// the answer, when an answer does not fit the new version; the history records the move.
    pub fn assessments_move(
        &mut self,
        id: i64,
        key: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AssessmentView> {
        let target = self.known(key)?.clone();
        let st = &target.statement;
        let a = self.store()?.get(id).worded(&self.messages)?;
        if a.statement.processor != st.processor.name {
            return Err(ApiError::of(
                &self.messages,
                "statement_other_processor",
                &[
                    ("statement", key.into()),
                    ("processor", a.statement.processor.clone().into()),
                ],
            ));
        }
        let value = serde_json::json!({
            "processor": st.processor.name,
            "version": st.version.version,
            "notified_on": self.statements.notified_on(&target, None).map(|d| d.to_string()),
        });
        let file = dpia_store::label(id);
        let statements = self.statements.clone();
        let check = |a: &Assessment| {
            dpia_assessment::check_ids(a, st).map_err(|(path, reason)| FileError::Invalid {
                file: file.clone(),
                path,
                reason,
            })?;
            Ok(crate::lines::line(&statements, a))
        };
        let (store, m) = self.store_mut()?;
        let a = store.set(id, "/statement", value, now, &check).worded(m)?;
        let name = store.name(id).worded(m)?;
        Ok(self.view_of(id, name, a, today))
    }
}
