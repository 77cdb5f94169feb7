//! Issue 7: a new statement version imported, compared and an assessment moved to it.

use super::*;

/// Issue 7: a new statement version is imported, compared with the one in use, and an
/// assessment is moved to it; the list and the history show the move.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn statement_import_diff_and_move() {
    require_e2e();
    let _serial = serial().await;
    let tmp = std::env::temp_dir().join(format!("dpia-e2e-statements-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let db = tmp.join("e2e.sqlite");
    let newer = repo("tests/statements/kpi-solutions-renumbered.toml");
    let env: Vec<(&str, &Path)> = vec![
        ("DPIA_HELPER_DATABASE", &db),
        ("DPIA_HELPER_OPEN_FILE", &newer),
    ];
    let app = Running::start(&env).await;
    app.click("lang-en").await;
    app.click("nav-assessments").await;
    app.click("new-assessment").await;
    app.type_into("new-name", "Rijnoever").await;
    app.click("new-create").await;
    app.wait("step-1").await;

    // Import the newer version: two versions, the new one the newest.
    app.click("nav-statement").await;
    app.click("import-statement").await;
    let notice = app.text("statement-notice").await;
    assert!(notice.contains("06-2025-renumbered"), "{notice}");
    for _ in 0..40 {
        if app.count("statement-row").await == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("statement-row").await, 2);

    // The differences: one service added, later items moved.
    app.select("diff-from", "KPI Solutions B.V. 06-2025").await;
    app.select("diff-to", "KPI Solutions B.V. 06-2025-renumbered")
        .await;
    app.wait("diff-change").await;
    let mut kinds = Vec::new();
    for c in app
        .client
        .find_all(Running::id("diff-change"))
        .await
        .unwrap()
    {
        kinds.push(c.attr("data-kind").await.unwrap().unwrap_or_default());
    }
    assert!(kinds.iter().any(|k| k == "added"), "{kinds:?}");
    assert!(
        kinds.iter().filter(|k| *k == "moved").count() > 5,
        "{kinds:?}"
    );

    // The assessment on the older version is listed; record the notice date, then move it.
    app.wait("affected-row").await;
    let rows = app
        .client
        .find_all(Running::id("statement-row"))
        .await
        .unwrap();
    let mut date_set = false;
    for r in rows {
        if r.attr("data-key").await.unwrap().as_deref()
            == Some("KPI Solutions B.V. 06-2025-renumbered")
        {
            let input = r.find(Running::id("statement-notified")).await.unwrap();
            let script = "const [el, v] = arguments; el.value = v; \
                el.dispatchEvent(new Event('change', {bubbles: true})); return true;";
            app.client
                .execute(
                    script,
                    vec![serde_json::to_value(&input).unwrap(), "01-12-2026".into()],
                )
                .await
                .unwrap();
            date_set = true;
        }
    }
    assert!(date_set);
    let mut deadline = String::new();
    for _ in 0..40 {
        deadline = app.text("affected-row").await;
        if deadline.contains("31 December 2026") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(deadline.contains("31 December 2026"), "{deadline}");
    app.shot("statements").await;
    app.click("move-assessment").await;
    let notice = app.text("statement-notice").await;
    assert!(notice.contains("Rijnoever"), "{notice}");
    for _ in 0..40 {
        if app.count("affected-row").await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("affected-row").await, 0);

    // The list says which version it is based on; the history records the move.
    app.click("nav-assessments").await;
    let based_on = app.text("assessment-statement").await;
    assert!(based_on.contains("06-2025-renumbered"), "{based_on}");
    app.click("open-assessment").await;
    app.click("nav-history").await;
    app.wait("history-entry").await;
    let history = app.text("history-entry").await;
    assert!(history.contains("06-2025-renumbered"), "{history}");
    app.stop().await;
    let _ = std::fs::remove_dir_all(&tmp);
}
