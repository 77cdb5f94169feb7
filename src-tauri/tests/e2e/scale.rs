//! Issue 24: the list at 5,000 assessments.

use super::*;

/// 5,000 assessments: the list shows at once (a page, and only the rows in view rendered), one
/// row written by a newer DPIA Helper is one marked row in Dutch among the others, scrolls to the last, finds by search, opens one and comes back without a blank screen, at
/// 1366 and 900 px. Prints the page's own timing of search keystrokes (`scripts/measure.sh`
/// runs this in a release build for the README's figures).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn the_list_at_5000_assessments_shows_scrolls_and_finds() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("five-thousand");
    let db = tmp.join("many.sqlite");
    {
        let mut app = dpia_app::App::open(&db);
        let made = dpia_app::sample::fill(&mut app, 5000, chrono::Utc::now()).unwrap();
        assert_eq!(made.len(), 5000);
    }
    // One row written by a newer DPIA Helper (and its list line): the fourth most recent.
    let bad = {
        let c = rusqlite::Connection::open(&db).unwrap();
        let id: i64 = c
            .query_row(
                "SELECT assessment_id FROM listing ORDER BY updated_at DESC LIMIT 1 OFFSET 3",
                [],
                |r| r.get(0),
            )
            .unwrap();
        // One file version past the one this build writes.
        let cur = dpia_assessment::CURRENT_VERSION;
        let changed = c
            .execute(
                "UPDATE assessments SET data = replace(data, ?2, ?3) WHERE id = ?1 AND instr(data, ?2) > 0",
                rusqlite::params![
                    id,
                    format!("\"version\": {cur}"),
                    format!("\"version\": {}", cur + 1)
                ],
            )
            .unwrap();
        assert_eq!(changed, 1);
        c.execute(
            "UPDATE listing SET made_by = 'dpia-app 9.0.0 lines 1' WHERE assessment_id = ?1",
            [id],
        )
        .unwrap();
        id
    };
    let env: Vec<(&str, &Path)> = vec![("DPIA_HELPER_DATABASE", &db)];
    let app = Running::start(&env).await;
    app.click("lang-nl").await;
    app.click("nav-assessments").await;
    app.wait("assessment-row").await;
    wait_until(
        &app,
        "the count is shown",
        "document.querySelector('[data-testid=assessments]').dataset.total === '5000' \
         && document.querySelector('[data-testid=list-count]').textContent.includes('5.000')",
    )
    .await;
    let rendered = app.count("assessment-row").await;
    assert!(
        (5..120).contains(&rendered),
        "only the rows in view are rendered, not 5000: {rendered}"
    );
    let shown = clients(&app).await;
    assert!(shown[0].ends_with(" 0000"), "most recent first: {shown:?}");
    // The unreadable row is one marked row, in Dutch, between the others.
    app.wait("row-unreadable").await;
    let row = app
        .client
        .find(Locator::Css("[data-unreadable=true]"))
        .await
        .unwrap();
    assert_eq!(row.attr("data-id").await.unwrap(), Some(bad.to_string()));
    let why = app
        .client
        .execute(
            "return document.querySelector('[data-testid=row-unreadable]').textContent",
            vec![],
        )
        .await
        .unwrap();
    let why = why.as_str().unwrap_or_default();
    assert!(
        why.contains(&format!(
            "Geschreven door een nieuwere DPIA Helper (bestandsversie {})",
            dpia_assessment::CURRENT_VERSION + 1
        )),
        "{why}"
    );
    assert!(!shown.iter().any(|c| c.ends_with(" 0003")), "{shown:?}");
    app.shot("assessments-5000").await;

    // Scroll to the end: the last rows come as their page arrives.
    app.client
        .execute("window.scrollTo(0, document.body.scrollHeight)", vec![])
        .await
        .unwrap();
    wait_until(
        &app,
        "the last row shows",
        "[...document.querySelectorAll('[data-testid=row-client]')].some(e => e.textContent.endsWith(' 4999'))",
    )
    .await;
    assert!(app.count("assessment-row").await < 120);
    // And back up half way (row 2500 or so).
    app.client
        .execute("window.scrollTo(0, document.body.scrollHeight / 2)", vec![])
        .await
        .unwrap();
    wait_until(
        &app,
        "rows from the middle show",
        "[...document.querySelectorAll('[data-testid=row-client]')].some(e => / 2[45]\\d\\d$/.test(e.textContent))",
    )
    .await;

    // Search: every word, case and accents ignored, in SQLite.
    let mut times = Vec::new();
    times.push(search(&app, "Rijnoever 0006").await);
    assert_eq!(clients(&app).await, ["Ziekenhuis Rijnoever 0006"]);
    times.push(search(&app, "gemeente lingewaard 00").await);
    let found = clients(&app).await;
    assert!(
        found.contains(&"Gemeente Lingewaard 0011".to_string()),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|c| c.starts_with("Gemeente Lingewaard ") && c.contains("00")),
        "every word, anywhere in client or name: {found:?}"
    );
    for q in [
        "thuiszorg",
        "krediet 01",
        "metaalwerk twente",
        "groothandel 4",
    ] {
        times.push(search(&app, q).await);
    }
    times.push(search(&app, "zzz").await);
    app.wait("list-empty").await;
    assert!(app.text("list-count").await.contains("0 van 5.000"));
    times.sort();
    eprintln!(
        "list at 5000: search keystroke to painted rows, {} searches: median {} ms, max {} ms ({:?})",
        times.len(),
        times[times.len() / 2],
        times[times.len() - 1],
        times
    );
    times.push(search(&app, "rijnoever").await);

    // Open one and come back: the list is there at once (no blank screen, no loading first).
    app.click("open-assessment").await;
    app.wait("verdict").await;
    app.click("nav-assessments").await;
    app.wait("assessment-row").await;
    let back = clients(&app).await;
    assert!(back.iter().all(|c| c.contains("Rijnoever")), "{back:?}");

    // At 900 px the list still fits (two columns fewer).
    app.client.set_window_size(900, 860).await.unwrap();
    search(&app, "e").await;
    wait_until(
        &app,
        "rows at 900 px",
        "document.querySelectorAll('[data-testid=assessment-row]').length > 3",
    )
    .await;
    let overflow = app
        .client
        .execute(
            "const w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        overflow.as_f64().unwrap_or(99.0) <= 1.0,
        "the table fits at 900 px: {overflow}"
    );
    app.shot("assessments-5000-900").await;
    app.stop().await;
    let _ = std::fs::remove_dir_all(&tmp);
}
