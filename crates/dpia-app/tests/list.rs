//! The list at scale: a page at a time from the lines made when each assessment was saved (the
//! same rows the rules give), lines made on the first open for rows that lack them, one
//! unreadable row that stays one marked row worded in the app's language, and an import that
//! names a statement the app does not know.

use dpia_app::store::ListSort;
use dpia_app::{App, Purpose};
use dpia_i18n::Lang;
use rusqlite::Connection;

mod support;
use support::{dir, import, list, now, repo, today};

#[test]
fn the_list_is_a_page_at_a_time_and_says_what_the_rules_say() {
    let d = dir("pages");
    let mut app = App::open(&d.join("db.sqlite"));
    let ids = dpia_app::sample::fill(&mut app, 1000, now()).unwrap();
    assert_eq!(ids.len(), 1000);
    let first = app
        .assessments_list("", ListSort::Updated, 0, 50, today())
        .unwrap();
    assert_eq!((first.total, first.all, first.rows.len()), (1000, 1000, 50));
    assert!(
        first.rows[0].client.ends_with(" 0000"),
        "{}",
        first.rows[0].client
    );
    let later = app
        .assessments_list("", ListSort::Updated, 950, 100, today())
        .unwrap();
    assert_eq!((later.offset, later.rows.len()), (950, 50));
    assert!(later.rows[49].client.ends_with(" 0999"));
    // Search: every word, case and accents ignored.
    // (The hospital is scenario 6 of 16: numbers 6, 22, 38, 54, 70 and 86 below 100.)
    let found = app
        .assessments_list("ZIEKENHUIS rijnoever 00", ListSort::Name, 0, 50, today())
        .unwrap();
    assert_eq!(found.total, 6);
    assert!(found.rows.iter().all(|r| r.client.contains("Rijnoever 00")));
    assert_eq!(found.rows[0].client, "Ziekenhuis Rijnoever 0006");
    // Every row says what the rules say when the assessment is opened.
    for row in app
        .assessments_list("", ListSort::Verdict, 0, 40, today())
        .unwrap()
        .rows
    {
        let v = app.assessments_view(row.id, today()).unwrap();
        assert_eq!(row.verdict, v.screening.verdict, "{}", row.name);
        assert_eq!(row.review_due, v.review_due, "{}", row.name);
        assert_eq!(row.expiring_certificates, v.expiring_certificates);
        assert_eq!(row.definitive, v.definitive);
        assert!(row.unreadable.is_none());
    }
    // A limit beyond the page size is the page size.
    let all = app
        .assessments_list("", ListSort::Name, 0, 100_000, today())
        .unwrap();
    assert_eq!(all.rows.len(), 500);
}

/// A newer DPIA Helper wrote row 7 of 30 (and its line): this version shows the 29 it reads
/// and a marked row for it, worded in the app's language; opening it says why, also in Dutch.
#[test]
fn one_bad_row_is_one_bad_row() {
    let d = dir("bad-row");
    let db = d.join("db.sqlite");
    let mut app = App::open(&db);
    let ids = dpia_app::sample::fill(&mut app, 30, now()).unwrap();
    let bad = ids[6];
    drop(app);
    {
        let c = Connection::open(&db).unwrap();
        let data: String = c
            .query_row("SELECT data FROM assessments WHERE id = ?1", [bad], |r| {
                r.get(0)
            })
            .unwrap();
        // One file version past the one this build writes (format 3 since issue 16).
        let cur = dpia_assessment::CURRENT_VERSION;
        let newer = data.replacen(
            &format!("\"version\": {cur}"),
            &format!("\"version\": {}", cur + 1),
            1,
        );
        assert_ne!(data, newer);
        c.execute(
            "UPDATE assessments SET data = ?1 WHERE id = ?2",
            rusqlite::params![newer, bad],
        )
        .unwrap();
        c.execute(
            "UPDATE listing SET made_by = 'dpia-app 9.0.0 lines 4' WHERE assessment_id = ?1",
            [bad],
        )
        .unwrap();
    }
    let mut app = App::open(&db);
    assert!(app.app_state().error.is_none());
    let newer = dpia_assessment::CURRENT_VERSION + 1;
    for (lang, says, not) in [
        (
            Lang::Nl,
            format!("Geschreven door een nieuwere DPIA Helper (bestandsversie {newer}) — werk DPIA Helper bij"),
            "assessment",
        ),
        (
            Lang::En,
            format!("Written by a newer DPIA Helper (file version {newer}) — update DPIA Helper to open it"),
            "beoordeling",
        ),
    ] {
        app.set_lang(lang).unwrap();
        let rows = list(&app);
        assert_eq!(rows.len(), 30, "every row is there");
        let marked: Vec<_> = rows.iter().filter(|r| r.unreadable.is_some()).collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].id, bad);
        let why = marked[0].unreadable.as_deref().unwrap();
        assert!(why.contains(&says), "{lang:?}: {why}");
        assert!(!why.contains(not), "{lang:?}: {why}");
        assert!(!marked[0].name.is_empty(), "the name is still shown");
        let e = app.assessments_view(bad, today()).unwrap_err();
        assert_eq!(e.code, "store_unreadable");
        let label = if lang == Lang::Nl {
            format!("beoordeling {bad}:")
        } else {
            format!("assessment {bad}:")
        };
        assert!(e.message.starts_with(&label), "{lang:?}: {}", e.message);
        assert!(!e.message.contains(not), "{lang:?}: {}", e.message);
        // The screens that read every assessment still work.
        assert_eq!(app.statements_list().unwrap().statements[0].assessments, 29);
    }
    // Searching finds it by its name.
    let name = list(&app).into_iter().find(|r| r.id == bad).unwrap().name;
    let found = app
        .assessments_list(&name, ListSort::Name, 0, 10, today())
        .unwrap();
    assert!(found.rows.iter().any(|r| r.id == bad));
}

/// A database from before lines existed has none; the first open makes them, the same as a
/// save would.
#[test]
fn the_first_open_makes_the_lines_a_database_lacks() {
    let d = dir("first-open");
    let db = d.join("db.sqlite");
    let mut app = App::open(&db);
    dpia_app::sample::fill(&mut app, 40, now()).unwrap();
    let before = list(&app);
    drop(app);
    Connection::open(&db)
        .unwrap()
        .execute("DELETE FROM listing", [])
        .unwrap();
    let app = App::open(&db);
    assert_eq!(list(&app), before);
}

#[test]
fn an_import_names_a_statement_the_app_does_not_know() {
    let d = dir("not-loaded");
    let mut app = App::open(&d.join("db.sqlite"));
    let file = repo("tests/scenarios/noord_school_dashboards.dpia.json");
    for (lang, words) in [
        (Lang::Nl, "dat deze app nog niet kent"),
        (Lang::En, "which this app does not know yet"),
    ] {
        app.set_lang(lang).unwrap();
        let g = app.grant(Purpose::Import, file.clone());
        let e = import(&mut app, &g.token).unwrap_err();
        assert_eq!(e.code, "statement_not_loaded", "{e:?}");
        assert!(
            e.message.contains("Datalab Noord B.V. 2026-1"),
            "{}",
            e.message
        );
        assert!(e.message.contains(words), "{}", e.message);
        assert!(
            e.message.contains("KPI Solutions B.V. 06-2025"),
            "{}",
            e.message
        );
        assert!(
            !e.message.contains("bekende waarde") && !e.message.contains("known value"),
            "not a bare unknown id: {}",
            e.message
        );
    }
    assert!(list(&app).is_empty(), "nothing stored");
    // Once the statement is imported, so is the assessment.
    let st = app.grant(
        Purpose::Statement,
        repo("statements/datalab-noord-2026-1.toml"),
    );
    app.statements_import(&st.token, now()).unwrap();
    let g = app.grant(Purpose::Import, file);
    let id = import(&mut app, &g.token).unwrap().id;
    let row = list(&app).into_iter().find(|r| r.id == id).unwrap();
    assert_eq!(row.statement, "Datalab Noord B.V. 2026-1");
    assert_eq!(
        row.verdict,
        app.assessments_view(id, today()).unwrap().screening.verdict
    );
}

/// Cancelled before it stores, an import stores nothing and says so; a cancel for a job that
/// does not run is refused.
#[test]
fn a_cancelled_import_stores_nothing() {
    let d = dir("cancel");
    let mut app = App::open(&d.join("db.sqlite"));
    let jobs = app.jobs();
    let g = app.grant(Purpose::Import, repo("tests/scenarios/hospital.dpia.json"));
    let job = app.assessments_import(&g.token).unwrap();
    assert!(jobs.progress(&g.token).is_some());
    let read = job.read();
    assert!(read.is_ok());
    assert!(jobs.cancel(&g.token), "not stored yet: it can be cancelled");
    let e = app.assessments_import_save(read, now()).unwrap_err();
    assert_eq!(e.code, "cancelled");
    assert!(list(&app).is_empty());
    assert_eq!(jobs.progress(&g.token), None, "forgotten when done");
    assert!(!jobs.cancel(&g.token));
}
