//! The assessments list, a page at a time: each assessment's line (made by the app when it saves,
//! kept in the `listing` table in the same transaction), searched and sorted in SQLite, so that
//! showing a list of thousands reads a few small rows and parses no assessment.

use crate::{Store, StoreError};
use rusqlite::{params, params_from_iter, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// An assessment's line in the list, made by the app when it saves (the store runs no rules).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The client (the organisation's name).
    pub client: String,
    /// The assessment date, YYYY-MM-DD.
    pub date: Option<String>,
    /// Where the verdict sorts: higher first.
    pub verdict_rank: i64,
    /// Everything else the list shows, as the app's JSON; `None` when the stored assessment cannot
    /// be read (the list then shows a marked row for it).
    pub facts: Option<String>,
    /// Which version of the app made the line: [`Store::stale_lines`] returns the others.
    pub made_by: String,
}

/// The orders the list can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ListSort {
    /// Most recently changed first.
    #[default]
    Updated,
    /// By name, A to Z (case and accents ignored).
    Name,
    /// By client, A to Z, then by name.
    Client,
    /// Newest assessment date first; undated last.
    Date,
    /// Required first, then recommended, not required, unknown; each most recently changed first.
    Verdict,
}

impl ListSort {
    fn order_by(self) -> &'static str {
        match self {
            ListSort::Updated => "updated_at DESC, assessment_id DESC",
            ListSort::Name => "name_key, assessment_id",
            ListSort::Client => "client_key, name_key, assessment_id",
            ListSort::Date => "assessment_date IS NULL, assessment_date DESC, assessment_id DESC",
            ListSort::Verdict => "verdict_rank DESC, updated_at DESC, assessment_id DESC",
        }
    }
}

/// One row of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRow {
    pub id: i64,
    pub name: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
    pub client: String,
    pub date: Option<String>,
    /// The app's facts; `None` for an assessment that cannot be read.
    pub facts: Option<String>,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// How many assessments match the search.
    pub total: u32,
    /// How many there are in all (to tell "none yet" from "none found").
    pub all: u32,
    pub rows: Vec<PageRow>,
}

/// Text as the search compares it: lower case, without accents (é → e), spaces collapsed.
pub fn fold(text: &str) -> String {
    let folded: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes (or replaces) the line of assessment `id` with its current name and change time.
pub(crate) fn write_line(
    tx: &Transaction,
    id: i64,
    name: &str,
    updated_at: &str,
    line: &Line,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO listing (assessment_id, name, updated_at, client, name_key, \
         client_key, search, assessment_date, verdict_rank, facts, made_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id,
            name,
            updated_at,
            line.client,
            fold(name),
            fold(&line.client),
            search_text(name, &line.client),
            line.date,
            line.verdict_rank,
            line.facts,
            line.made_by
        ],
    )?;
    Ok(())
}

/// The searchable text of a line: client and name, folded.
fn search_text(name: &str, client: &str) -> String {
    fold(&format!("{client} {name}"))
}

/// After a rename: the line's name, its keys and the change time.
pub(crate) fn rename_line(
    tx: &Transaction,
    id: i64,
    name: &str,
    updated_at: &str,
) -> rusqlite::Result<()> {
    let client: Option<String> = tx
        .query_row(
            "SELECT client FROM listing WHERE assessment_id = ?1",
            [id],
            |r| r.get(0),
        )
        .ok();
    if let Some(client) = client {
        tx.execute(
            "UPDATE listing SET name = ?1, name_key = ?2, search = ?3, updated_at = ?4 \
             WHERE assessment_id = ?5",
            params![name, fold(name), search_text(name, &client), updated_at, id],
        )?;
    }
    Ok(())
}

impl Store {
    /// A page of the list: the assessments whose client or name contains every word of `search`
    /// (case and accents ignored), in `sort` order, from `offset`, at most `limit` rows.
    pub fn page(
        &self,
        search: &str,
        sort: ListSort,
        offset: u32,
        limit: u32,
    ) -> Result<Page, StoreError> {
        let words: Vec<String> = fold(search)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let filter = if words.is_empty() {
            String::new()
        } else {
            let each = vec!["instr(search, ?) > 0"; words.len()].join(" AND ");
            format!("WHERE {each}")
        };
        let total: u32 = self.conn.query_row(
            &format!("SELECT count(*) FROM listing {filter}"),
            params_from_iter(&words),
            |r| r.get(0),
        )?;
        let all: u32 = if words.is_empty() {
            total
        } else {
            self.conn
                .query_row("SELECT count(*) FROM listing", [], |r| r.get(0))?
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT assessment_id, name, updated_at, client, assessment_date, facts FROM listing \
             {filter} ORDER BY {} LIMIT {limit} OFFSET {offset}",
            sort.order_by()
        ))?;
        let rows = stmt
            .query_map(params_from_iter(&words), |r| {
                Ok(PageRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    updated_at: r.get(2)?,
                    client: r.get(3)?,
                    date: r.get(4)?,
                    facts: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Page { total, all, rows })
    }

    /// The assessments whose line is missing or was made by another version of the app than
    /// `made_by`, each read from the store (or why it cannot be read), to make their lines.
    #[allow(clippy::type_complexity)]
    pub fn stale_lines(
        &self,
        made_by: &str,
    ) -> Result<Vec<(i64, Result<dpia_assessment::Assessment, StoreError>)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.data FROM assessments a LEFT JOIN listing l ON l.assessment_id = a.id \
             WHERE l.made_by IS NULL OR l.made_by != ?1 ORDER BY a.id",
        )?;
        let rows = stmt.query_map([made_by], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, data) = row?;
            out.push((id, crate::parse_stored(id, &data)));
        }
        Ok(out)
    }

    /// The facts of every line, by assessment (for the app to see which lines a newly imported
    /// statement changes).
    pub fn line_facts(&self) -> Result<Vec<(i64, Option<String>)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT assessment_id, facts FROM listing ORDER BY assessment_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces the lines of these assessments, in one transaction (names and change times are
    /// kept; an assessment deleted meanwhile is skipped).
    pub fn set_lines(&mut self, lines: &[(i64, Line)]) -> Result<(), StoreError> {
        if lines.is_empty() {
            return Ok(());
        }
        self.write(|tx| {
            for (id, line) in lines {
                let row: Option<(String, String)> = tx
                    .query_row(
                        "SELECT name, updated_at FROM assessments WHERE id = ?1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .ok();
                if let Some((name, updated_at)) = row {
                    write_line(tx, *id, &name, &updated_at, line)?;
                }
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_case_accents_and_spacing() {
        assert_eq!(fold("  Zorggroep  Ëindhoven "), "zorggroep eindhoven");
        assert_eq!(fold("CAFÉ Ça"), "cafe ca");
        assert_eq!(fold("İstanbul"), "istanbul");
    }
}
