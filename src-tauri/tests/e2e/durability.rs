//! Saved is saved: answers acknowledged as saved survive SIGKILL, and closing the window while typing keeps the text.

use super::*;

/// SIGKILL during rapid edits: every answer the UI's status acknowledged as saved is in the
/// database after the crash, the database opens again, and the app starts on it.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn acknowledged_answers_survive_kill_9() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("crash");
    let db = tmp.join("e2e.sqlite");
    let env: Vec<(&str, &Path)> = vec![("DPIA_HELPER_DATABASE", &db)];
    let app = Running::start(&env).await;
    app.click("nav-assessments").await;
    app.click("new-assessment").await;
    app.type_into("new-name", "Kliniek Na De Stroomstoring")
        .await;
    app.click("new-create").await;
    app.click("step-2").await;
    app.click("service-reports-used").await;
    app.click("step-3").await;
    app.wait_saved().await;
    let categories = [
        "names",
        "titles",
        "identifiers",
        "addresses",
        "ip_addresses",
        "internet_behaviour",
        "contact_details",
        "job_details",
        "financial",
        "location",
    ];
    let mut acknowledged: Vec<&str> = Vec::new();
    // Rounds of quick ticks; after each, the status says saved, and those answers are acknowledged.
    for round in categories[..8].chunks(2) {
        for c in round {
            app.click(&format!("cat-reports-{c}")).await;
        }
        app.wait_saved().await;
        for c in round {
            assert!(app.checked(&format!("cat-reports-{c}")).await, "{c}");
        }
        acknowledged.extend(round);
    }
    // The last ticks quickly, then type without leaving the field: the typed answer waits for
    // the typing pause, and the status must not say saved before it is stored. Kill -9 the
    // moment the status says saved.
    for c in &categories[8..] {
        app.click(&format!("cat-reports-{c}")).await;
    }
    let field = app.wait("estimate-reports").await;
    app.centre(&field).await;
    field.click().await.unwrap();
    field.send_keys("4321").await.unwrap();
    app.wait_saved().await;
    acknowledged.extend(&categories[8..]);
    let pid = app_pid(&db).expect("the app's process");
    let killed = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    for _ in 0..100 {
        if !Path::new(&format!("/proc/{pid}")).exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The session is gone with the app; stop the driver without waiting on the dead window.
    let _ = tokio::time::timeout(Duration::from_secs(5), app.client.clone().close()).await;
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(app.driver.id().to_string())
        .status();
    let mut driver = app.driver;
    let _ = driver.wait();

    // Every acknowledged answer is in the database.
    {
        let store = dpia_app::store::Store::open(&db).expect("the database opens after kill -9");
        let a = store.get(1).unwrap();
        assert_eq!(a.organisation.name, "Kliniek Na De Stroomstoring");
        let reports = &a.services["reports"];
        assert_eq!(reports.used, Some(true));
        assert_eq!(reports.data_subjects_estimate, Some(4321));
        let stored: Vec<&str> = reports
            .categories
            .iter()
            .flatten()
            .map(|c| c.id())
            .collect();
        for c in &acknowledged {
            assert!(stored.contains(c), "acknowledged {c} lost: {stored:?}");
        }
    }
    // And the app starts on it again.
    let app = Running::start(&env).await;
    app.click("nav-assessments").await;
    assert_eq!(app.count("assessment-row").await, 1);
    app.stop().await;
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Closing the window while typing keeps the text: the close waits until the pending edit is
/// saved (issue 10, point 2).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn closing_the_window_while_typing_keeps_the_text() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("close");
    let db = tmp.join("e2e.sqlite");
    let env: Vec<(&str, &Path)> = vec![("DPIA_HELPER_DATABASE", &db)];
    let app = Running::start(&env).await;
    app.click("nav-assessments").await;
    app.click("new-assessment").await;
    app.type_into("new-name", "Gemeente Aan De Rivier").await;
    app.click("new-create").await;
    app.click("step-1").await;
    let field = app.wait("description").await;
    app.centre(&field).await;
    field.click().await.unwrap();
    let typed = "Sturing op de Wmo-aanvragen per wijk";
    field.send_keys(typed).await.unwrap();
    // At once, within the typing pause: the window's close button.
    let pid = app_pid(&db).expect("the app's process");
    assert!(close_window("DPIA Helper"), "the app window was not found");
    let mut gone = false;
    for _ in 0..100 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Gone, or a zombie waiting for its parent to collect it.
        if stat.is_empty() || stat.split(") ").nth(1).is_some_and(|r| r.starts_with('Z')) {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(gone, "the app did not close");
    app.stop().await;
    let store = dpia_app::store::Store::open(&db).expect("the database opens");
    let a = store.get(1).unwrap();
    assert_eq!(
        a.description, typed,
        "the text typed before closing was lost"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
