//! Issue 22, the app tried as a new user would: a hospital privacy officer fills in the
//! questionnaire by keyboard and mouse (focus after adding and removing a purpose, a purpose
//! without its basis, refused dates and numbers that stay visible, the review of every answer,
//! the controller's parts that ask only what applies); the history read as an audit trail after
//! a measure's owner, due date and status change and an adoption and reopening, at 1366 and
//! 900 px; and the sales path from the last step to the onboarding summary.

use super::*;

impl Running {
    /// The id of the element that has the keyboard focus, once it is `want` (or what it was).
    async fn focus_becomes(&self, want: &str) -> String {
        let mut last = String::new();
        for _ in 0..40 {
            let v = self
                .client
                .execute(
                    "return document.activeElement ? document.activeElement.id : ''",
                    vec![],
                )
                .await
                .unwrap();
            last = v.as_str().unwrap_or_default().to_string();
            if last == want {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        last
    }

    /// The text of the element with this id (not a test id; also while it is hidden, as help
    /// is until asked for), once it contains `want`.
    async fn text_by_id_contains(&self, id: &str, want: &str) -> String {
        let mut last = String::new();
        for _ in 0..40 {
            let v = self
                .client
                .execute(
                    "const e = document.getElementById(arguments[0]); return e ? e.textContent : ''",
                    vec![serde_json::json!(id)],
                )
                .await
                .unwrap();
            last = v.as_str().unwrap_or_default().trim().to_string();
            if !last.is_empty() && last.contains(want) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        last
    }

    /// The save status once its state is `state` (its text).
    async fn save_state(&self, state: &str) -> String {
        for _ in 0..80 {
            let e = self.wait("save-status").await;
            if e.attr("data-state").await.unwrap().as_deref() == Some(state) {
                return e.text().await.unwrap();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.fail(&format!("the save status never became {state}"))
            .await
    }

    async fn value(&self, testid: &str) -> String {
        self.wait(testid)
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    async fn has_class(&self, testid: &str, class: &str) -> bool {
        let c = self.wait(testid).await.attr("class").await.unwrap();
        c.unwrap_or_default().split_whitespace().any(|x| x == class)
    }

    /// The review's line for the answer at `pointer`.
    async fn review_line(&self, pointer: &str) -> String {
        let css = format!("[data-testid=review-item][data-field=\"{pointer}\"]");
        match self.client.find(Locator::Css(&css)).await {
            Ok(e) => e.text().await.unwrap(),
            Err(_) => self.fail(&format!("no review line for {pointer}")).await,
        }
    }

    /// Nothing on the page is wider than the window (no sideways scrolling).
    async fn fits_the_window(&self) -> bool {
        let v = self
            .client
            .execute(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1",
                vec![],
            )
            .await
            .unwrap();
        v == serde_json::json!(true)
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn a_new_user_fills_in_the_questionnaire() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("new-user");
    let db = tmp.join("e2e.sqlite");
    let env: Vec<(&str, &Path)> = vec![("DPIA_HELPER_DATABASE", &db)];
    let app = Running::start(&env).await;
    app.click("lang-nl").await;
    app.click("nav-assessments").await;
    app.click("new-assessment").await;
    app.type_into("new-name", "Ziekenhuis Rijnoever").await;
    app.click("new-create").await;
    app.click("step-1").await;
    app.select("org-sector", "hospital").await;
    app.select("org-role", "controller").await;
    // The role's help explains both choices.
    let help = app.text_by_id_contains("org-role-hint", "Verwerker:").await;
    assert!(
        help.contains("Verwerkingsverantwoordelijke:") && help.contains("Verwerker:"),
        "{help}"
    );

    // A date that does not exist stays visible with what is wrong, the written-out date of the
    // stored value is not shown beside it, and the header says it is not saved — also after
    // leaving the step and coming back.
    app.set_value("assessment-date", "28-11-2026").await;
    app.wait_saved().await;
    app.set_value("assessment-date", "32-12-2026").await;
    let error = app
        .text_by_id_contains("assessment-date-error", "december 2026 heeft 31 dagen")
        .await;
    assert!(error.contains("Die dag bestaat niet"), "{error}");
    let status = app.save_state("failed").await;
    assert!(status.contains("niet opgeslagen"), "{status}");
    assert_eq!(app.count("assessment-date-worded").await, 0);
    app.shot("refused-date").await;
    app.click("step-2").await;
    app.click("step-1").await;
    assert_eq!(app.value("assessment-date").await, "32-12-2026");
    let error = app
        .text_by_id_contains("assessment-date-error", "31 dagen")
        .await;
    assert!(error.contains("Die dag bestaat niet"), "{error}");
    assert!(app.save_state("failed").await.contains("niet opgeslagen"));
    // The format was right, the day is not: the message says so.
    app.set_value("assessment-date", "31-02-2027").await;
    let error = app
        .text_by_id_contains("assessment-date-error", "februari 2027 heeft 28 dagen")
        .await;
    assert!(error.contains("februari 2027 heeft 28 dagen"), "{error}");
    app.set_value("assessment-date", "28-11-2026").await;
    app.wait_saved().await;
    assert_eq!(app.count("assessment-date-not-saved").await, 0);
    let worded = app.text("assessment-date-worded").await;
    assert_eq!(worded, "28 november 2026");

    // Adding a purpose puts the focus in its first field; a purpose without its basis keeps
    // step 1 open, and the review names it.
    app.click("purpose-add").await;
    assert_eq!(app.focus_becomes("purpose-0").await, "purpose-0");
    app.type_into("purpose-0-description", "Sturing op wachttijden")
        .await;
    app.wait_saved().await;
    assert!(!app.has_class("step-1", "done").await, "step 1 ticked");
    app.click("step-6").await;
    let mut open = Vec::new();
    for q in app
        .client
        .find_all(Running::id("review-open-question"))
        .await
        .unwrap()
    {
        open.push(q.text().await.unwrap());
    }
    assert!(
        open.iter()
            .any(|q| q.contains("grondslag") && q.contains("doel 1")),
        "{open:?}"
    );
    app.click("step-1").await;
    // The legal bases start with their distinguishing word, so a letter typed reaches them.
    let labels = app
        .client
        .execute(
            "return [...document.querySelector('[data-testid=purpose-0-basis]').options].slice(1).map(o => o.text)",
            vec![],
        )
        .await
        .unwrap();
    let labels: Vec<String> = serde_json::from_value(labels).unwrap();
    assert_eq!(labels.len(), 6);
    assert!(labels.iter().all(|l| !l.starts_with("Art")), "{labels:?}");
    assert!(labels[0].starts_with("Toestemming"), "{labels:?}");
    app.select("purpose-0-basis", "e").await;
    app.wait_saved().await;
    for _ in 0..40 {
        if app.has_class("step-1", "done").await {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(app.has_class("step-1", "done").await, "step 1 complete");
    // Removing a purpose puts the focus on the one before it.
    app.click("purpose-add").await;
    assert_eq!(app.focus_becomes("purpose-1").await, "purpose-1");
    app.click("purpose-1-remove").await;
    assert_eq!(app.focus_becomes("purpose-0").await, "purpose-0");
    assert_eq!(app.count("purpose-1").await, 0);

    // Services, options and data.
    app.click("step-2").await;
    for s in ["reports", "connectors", "ml_ai"] {
        app.click(&format!("service-{s}-used")).await;
    }
    for s in ["datawarehouse", "apps_automations", "consultancy"] {
        app.click(&format!("service-{s}-unused")).await;
    }
    app.click("map-none").await;
    app.select("option-report_publication", "client").await;
    for o in ["time_travel", "snapshot", "datev_connector"] {
        app.click(&format!("option-{o}-no")).await;
    }
    app.click("step-3").await;
    for c in ["patient_numbers", "health"] {
        app.click(&format!("cat-reports-{c}")).await;
    }
    app.click("subj-reports-patients").await;
    // A negative number gets its own message; zero is saved, with a warning.
    app.type_into("estimate-reports", "-5").await;
    let error = app
        .text_by_id_contains("estimate-reports-error", "negatief")
        .await;
    assert!(error.contains("niet negatief"), "{error}");
    assert!(app.save_state("failed").await.contains("niet opgeslagen"));
    app.set_value("estimate-reports", "0").await;
    app.wait_saved().await;
    let warning = app.text("estimate-reports-warning").await;
    assert!(warning.contains("Opgeslagen, maar klopt dit?"), "{warning}");
    app.set_value("estimate-reports", "250.000").await;
    app.wait_saved().await;
    for _ in 0..40 {
        if app.count("estimate-reports-warning").await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("estimate-reports-warning").await, 0);
    app.type_into("sources-reports", "HiX").await;
    for s in ["connectors", "ml_ai"] {
        app.select(&format!("copy-{s}"), "reports").await;
        app.click(&format!("copy-{s}-go")).await;
        app.wait_saved().await;
    }
    app.click("cat-connectors-bsn").await;
    app.click("step-4").await;
    app.select("exception-health-ground", "h").await;
    app.select("exception-health-uavg", "30_3_a").await;
    app.select("bsn-statute", "wabvpz").await;
    app.click("step-5").await;
    app.click("char-predictions_about_people").await;
    app.select("ai-area", "none").await;
    app.wait_verdict("required").await;

    // The review shows every answer of steps 1–5, the legal grounds too, worded as the screens
    // word them; each can be edited from there.
    app.click("step-6").await;
    app.wait("review-answers").await;
    for (pointer, expected) in [
        ("/organisation/role", "Verwerkingsverantwoordelijke"),
        ("/purposes/0/legal_basis", "Taak van algemeen belang"),
        (
            "/follow_ups/special_category_exceptions/health/ground",
            "Art. 9 lid 2 onder h",
        ),
        (
            "/follow_ups/special_category_exceptions/health/uavg",
            "Art. 30 lid 3 onder a UAVG",
        ),
        ("/follow_ups/bsn_basis/statute", "Wabvpz"),
        ("/services/reports/data_subjects_estimate", "250.000"),
        ("/services/reports/source_systems", "HiX"),
        ("/services/ml_ai/used", "gebruikt"),
        ("/options/report_publication", "eigen Microsoft-tenant"),
    ] {
        let line = app.review_line(pointer).await;
        assert!(line.contains(expected), "{pointer}: {line}");
    }
    app.client
        .execute("window.scrollTo(0, 0)", vec![])
        .await
        .unwrap();
    app.shot("review").await;
    // At 900 px the review stacks its labels above the answers; nothing scrolls sideways.
    app.client.set_window_size(900, 860).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        app.fits_the_window().await,
        "the review scrolls sideways at 900 px"
    );
    app.shot("review-900").await;
    app.client.set_window_size(1366, 860).await.unwrap();
    let edit = app
        .client
        .find(Locator::Css(
            "[data-field=\"/follow_ups/special_category_exceptions/health/uavg\"] [data-testid=review-edit]",
        ))
        .await
        .unwrap();
    app.centre(&edit).await;
    edit.click().await.unwrap();
    assert_eq!(
        app.focus_becomes("exception-health-uavg").await,
        "exception-health-uavg"
    );
    assert!(app.has_class("step-4", "active").await);

    // The end of the questionnaire offers both ways on.
    app.click("step-6").await;
    app.wait("to-summary-export").await;
    app.wait("next").await;

    // The controller's parts: pages with previous and next, help with an example per field, and
    // only the questions that apply.
    app.click("next").await;
    app.wait("controller-page-1").await;
    let hint = app
        .text_by_id_contains("controller-interests-hint", "Bijvoorbeeld")
        .await;
    assert!(!hint.is_empty(), "help for the interests");
    app.click("controller-next").await;
    app.wait("controller-transfers").await;
    app.click("controller-next").await;
    app.wait("controller-retention").await;
    // No add-on keeps history: its retention is not asked.
    assert_eq!(app.count("controller-history_retention").await, 0);
    app.click("controller-next").await;
    app.wait("controller-necessity").await;
    app.click("controller-next").await;
    app.wait("views-sought-yes").await;
    assert_eq!(app.count("views-outcome").await, 0);
    app.click("views-sought-no").await;
    let label = app
        .text_by_id_contains("views-how-hint", "Bijvoorbeeld")
        .await;
    assert!(!label.is_empty());
    assert_eq!(app.count("views-outcome").await, 0, "no outcome after No");
    app.click("views-sought-yes").await;
    app.wait("views-outcome").await;
    app.click("controller-back").await;
    app.wait("controller-necessity").await;
    // With an add-on that keeps history, its retention is asked, naming the add-on.
    app.click("nav-wizard").await;
    app.click("step-2").await;
    app.click("option-time_travel").await;
    app.wait_saved().await;
    app.click("nav-controller").await;
    app.click("controller-page-3").await;
    app.wait("controller-history_retention").await;
    let hint = app
        .text_by_id_contains("controller-history_retention-hint", "tijdreizen")
        .await;
    assert!(hint.contains("tijdreizen"), "{hint}");
    app.shot("controller").await;
    app.stop().await;
    let _ = std::fs::remove_dir_all(&tmp);
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn the_history_reads_as_an_audit_trail() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("audit-trail");
    let db = tmp.join("e2e.sqlite");
    let v1 = repo("tests/v1/hospital.dpia.json");
    let env: Vec<(&str, &Path)> = vec![
        ("DPIA_HELPER_DATABASE", &db),
        ("DPIA_HELPER_OPEN_FILE", &v1),
    ];
    let app = Running::start(&env).await;
    app.click("lang-nl").await;
    app.import_and_open("assessment-row").await;

    // A measure: owner, due date, adopted, then in progress.
    app.click("nav-risks").await;
    app.wait("risk-row").await;
    let actions = app.testids("article.action-card").await;
    let measure = actions
        .first()
        .expect("a proposed measure")
        .strip_prefix("action-")
        .unwrap()
        .to_string();
    let title = app.text(&format!("action-{measure}")).await;
    let number = title.split('.').next().unwrap().trim().to_string();
    app.type_into(&format!("action-{measure}-owner"), "Petra de Vries")
        .await;
    app.set_value(&format!("action-{measure}-due"), "01-03-2027")
        .await;
    app.click(&format!("action-{measure}-adopt")).await;
    app.wait(&format!("action-{measure}-status")).await;
    app.wait_saved().await;
    app.select(&format!("action-{measure}-status"), "in_progress")
        .await;
    app.wait_saved().await;

    // Adoption (every open point filled or accepted with a reason), then reopening.
    app.click("nav-signoff").await;
    app.type_into("dpo-advice", "Positief advies.").await;
    app.set_value("dpo-date", "01-12-2026").await;
    app.click("dpo-followed-yes").await;
    app.click("prior-consultation-no").await;
    app.type_into("prior-consultation-reason", "Restrisico aanvaardbaar.")
        .await;
    app.type_into("signoff-approved-by", "Raad van bestuur")
        .await;
    app.set_value("signoff-date", "02-12-2026").await;
    app.wait_saved().await;
    for point in app.testids("[data-testid=open-point] textarea").await {
        app.type_into(&point, "Volgt in het project; besluit raad van bestuur")
            .await;
    }
    app.wait_saved().await;
    app.click("adopt").await;
    app.click("confirm-yes").await;
    app.wait("definitive-notice").await;
    app.click("reopen").await;
    for _ in 0..40 {
        if app.count("definitive-notice").await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.wait_saved().await;

    app.click("nav-history").await;
    app.wait("history-entry").await;
    let mut rows = Vec::new();
    for e in app
        .client
        .find_all(Running::id("history-entry"))
        .await
        .unwrap()
    {
        let field = e.attr("data-field").await.unwrap().unwrap_or_default();
        let event = e.attr("data-event").await.unwrap().unwrap_or_default();
        rows.push((field, event, e.text().await.unwrap()));
    }
    let row = |field: &str| -> Vec<&String> {
        rows.iter()
            .filter(|(f, _, _)| f == field)
            .map(|(_, _, t)| t)
            .collect()
    };
    let owner = row(&format!("/action_plan/{measure}/owner"));
    assert_eq!(owner.len(), 1, "{rows:?}");
    assert!(
        owner[0].contains(&format!("Maatregel {number}"))
            && owner[0].contains("eigenaar")
            && owner[0].contains("Petra de Vries"),
        "{}",
        owner[0]
    );
    let due = row(&format!("/action_plan/{measure}/due"));
    assert!(
        due.len() == 1 && due[0].contains("uiterste datum") && due[0].contains("1 maart 2027"),
        "{due:?}"
    );
    let status = row(&format!("/action_plan/{measure}/status"));
    assert_eq!(status.len(), 2, "{status:?}");
    assert!(
        status[0].contains("status") && status[0].contains("in uitvoering"),
        "{}",
        status[0]
    );
    let events: Vec<&String> = rows
        .iter()
        .filter(|(_, e, _)| e == "adopted" || e == "reopened")
        .map(|(_, _, t)| t)
        .collect();
    assert_eq!(events.len(), 2, "{rows:?}");
    assert!(events[0].contains("heropend"), "{}", events[0]);
    assert!(events[1].contains("vastgesteld"), "{}", events[1]);
    // No stored ids, JSON or ISO dates in the Dutch history.
    let all = app
        .client
        .execute(
            "return document.querySelector('table.history').innerText",
            vec![],
        )
        .await
        .unwrap();
    let all = all.as_str().unwrap_or_default();
    for raw in [
        "definitive",
        "in_progress",
        "planned",
        "2027-03-01",
        "true",
        "false",
        "{",
    ] {
        assert!(!all.contains(raw), "{raw} in the history:\n{all}");
    }
    app.shot("history").await;
    // Filterable: the events only, and by a word.
    app.select("history-filter", "events").await;
    for _ in 0..40 {
        if app.count("history-entry").await == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("history-entry").await, 2);
    app.select("history-filter", "").await;
    app.type_into("history-search", "eigenaar").await;
    for _ in 0..40 {
        if app.count("history-entry").await == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("history-entry").await, 1);
    app.client
        .execute(
            "const s = document.querySelector('[data-testid=history-search]'); s.value = ''; s.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![],
        )
        .await
        .unwrap();

    // At 900 px the table fits: nothing cut off, no sideways scrolling.
    app.client.set_window_size(900, 860).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        app.fits_the_window().await,
        "the history scrolls sideways at 900 px"
    );
    let cut = app
        .client
        .execute(
            "return [...document.querySelectorAll('table.history td')].filter(td => td.scrollWidth > td.clientWidth + 1).length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(cut, serde_json::json!(0), "cells cut off at 900 px");
    app.shot("history-900").await;
    app.client.set_window_size(1366, 860).await.unwrap();
    app.stop().await;
    let _ = std::fs::remove_dir_all(&tmp);
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn the_sales_path_reaches_the_summary_from_the_last_step() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("sales");
    let db = tmp.join("e2e.sqlite");
    let out = tmp.join("exports");
    std::fs::create_dir_all(&out).unwrap();
    let env: Vec<(&str, &Path)> = vec![
        ("DPIA_HELPER_DATABASE", &db),
        ("DPIA_HELPER_SAVE_DIR", &out),
    ];
    let app = Running::start(&env).await;
    app.click("lang-nl").await;
    app.click("nav-assessments").await;
    app.click("new-assessment").await;
    app.type_into("new-name", "Groothandel Van Dam").await;
    app.click("new-create").await;
    app.click("step-1").await;
    app.select("org-sector", "wholesale_retail").await;
    app.select("org-role", "controller").await;
    app.set_value("assessment-date", "02-11-2026").await;
    app.click("step-2").await;
    for s in ["reports", "connectors"] {
        app.click(&format!("service-{s}-used")).await;
    }
    for s in ["datawarehouse", "apps_automations", "ml_ai", "consultancy"] {
        app.click(&format!("service-{s}-unused")).await;
    }
    // The option questions are in plain words, with help on what each changes for the data.
    let question = app.wait("option-time_travel").await;
    let legend = app
        .client
        .execute(
            "return arguments[0].closest('fieldset').querySelector('legend').textContent",
            vec![serde_json::to_value(&question).unwrap()],
        )
        .await
        .unwrap();
    let legend = legend.as_str().unwrap_or_default();
    assert!(
        legend.contains("vroeger") && legend.contains("bronsysteem"),
        "{legend}"
    );
    let help = app
        .text_by_id_contains("option-time_travel-help", "Wat het verandert")
        .await;
    assert!(help.contains("Wat het is"), "{help}");
    app.click("map-none").await;
    app.select("option-report_publication", "processor").await;
    for o in ["time_travel", "snapshot", "datev_connector"] {
        app.click(&format!("option-{o}-no")).await;
    }
    app.click("step-3").await;
    for c in ["names", "identifiers", "contact_details"] {
        app.click(&format!("cat-reports-{c}")).await;
    }
    for g in ["customers", "suppliers"] {
        app.click(&format!("subj-reports-{g}")).await;
    }
    app.type_into("estimate-reports", "3000").await;
    app.wait_saved().await;
    app.select("copy-connectors", "reports").await;
    app.click("copy-connectors-go").await;
    app.wait_saved().await;
    app.click("step-5").await;
    app.click("characteristics-none").await;
    app.wait_verdict("not_required").await;

    // The last step offers the summary export and the controller's parts.
    app.click("step-6").await;
    app.wait("next").await;
    app.client
        .execute(
            "document.querySelector('[data-testid=to-summary-export]').scrollIntoView({block: 'center'})",
            vec![],
        )
        .await
        .unwrap();
    app.shot("wizard-end").await;
    app.click("to-summary-export").await;
    // The Export screen opens on the onboarding summary.
    assert_eq!(app.value("export-kind").await, "summary");
    app.select("export-lang", "nl").await;
    app.select("export-format", "pdf").await;
    app.click("export-button").await;
    app.wait("export-done").await;
    let pdf = Running::exported(&out, "pdf").await;
    // Export remembers the kind last exported for this assessment: back on Export from another
    // screen, the summary is chosen again (the starter is the default only before any export).
    app.click("nav-history").await;
    app.click("nav-export").await;
    for _ in 0..50 {
        if app.value("export-kind").await == "summary" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.value("export-kind").await, "summary");
    app.stop().await;
    let text = pdftotext(&pdf).replace("\u{ad}\n", "");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Samenvatting onboarding") && text.contains("Groothandel Van Dam"),
        "{}",
        &text[..text.len().min(400)]
    );
    // No DPIA required: no advice to send the starter.
    assert!(text.contains("DPIA niet verplicht"), "{text}");
    assert!(!text.contains("DPIA-aanzet (Word)"), "{text}");
    // The processor's own follow-ups only in its own block, after the client's.
    if let Some(own) = text.find("Het derde land noemen") {
        let block = text
            .find("KPI Solutions B.V. regelt")
            .expect("the processor's block");
        assert!(block < own, "{text}");
        let flags = text.find("Rode vlaggen").unwrap();
        let subs = text.find("Subverwerkers die van toepassing zijn").unwrap();
        assert!(!text[flags..subs].contains("derde land"), "{text}");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
