//! Issue 23: the review round, comments that travel with the file and through Word.

use super::*;

/// The DOCX as the FG leaves it in Word: a reply (id 90) to our comment, linked in
/// `commentsExtended.xml`, and a comment of her own (id 91) on the same answer's paragraph.
fn fg_edits_in_word(docx: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut parts: Vec<(String, Vec<u8>)> = (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().to_string(), data)
        })
        .collect();
    let text = |parts: &[(String, Vec<u8>)], name: &str| {
        let (_, d) = parts.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(d.clone()).unwrap()
    };
    let body = text(&parts, "word/document.xml");
    let mark = dpia_docx::field_bookmark("/controller/necessity");
    let i = body.find(&mark).expect("the necessity answer");
    let p = body[..i].rfind("<w:p>").unwrap();
    let end = i + body[i..].find("</w:p>").unwrap();
    let first_run = p + body[p..].find("<w:r>").unwrap();
    let body = format!(
        "{}<w:commentRangeStart w:id=\"91\"/>{}<w:commentRangeEnd w:id=\"91\"/>\
         <w:r><w:commentReference w:id=\"91\"/></w:r>{}",
        &body[..first_run],
        &body[first_run..end],
        &body[end..]
    )
    .replacen(
        "<w:commentRangeEnd w:id=\"0\"/>",
        "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"90\"/></w:r>",
        1,
    );
    let comments = text(&parts, "word/comments.xml").replace(
        "</w:comments>",
        "<w:comment w:id=\"90\" w:author=\"Fenna de Graaf (FG)\" w:date=\"2026-12-04T09:00:00Z\">\
         <w:p w14:paraId=\"7A000090\"><w:r><w:t>Toegelicht in het overleg van maandag.</w:t></w:r></w:p></w:comment>\
         <w:comment w:id=\"91\" w:author=\"Fenna de Graaf (FG)\" w:date=\"2026-12-04T09:05:00Z\">\
         <w:p w14:paraId=\"7A000091\"><w:r><w:t>Noem ook de wachttijdnorm.</w:t></w:r></w:p></w:comment></w:comments>",
    );
    let ext = text(&parts, "word/commentsExtended.xml");
    let k = ext.find("w15:paraId=\"").unwrap() + 12;
    let ours = ext[k..k + 8].to_string();
    let ext = ext.replace(
        "</w15:commentsEx>",
        &format!(
            "<w15:commentEx w15:paraId=\"7A000090\" w15:paraIdParent=\"{ours}\" w15:done=\"0\"/>\
             <w15:commentEx w15:paraId=\"7A000091\" w15:done=\"0\"/></w15:commentsEx>"
        ),
    );
    for (name, data) in &mut parts {
        match name.as_str() {
            "word/document.xml" => *data = body.clone().into_bytes(),
            "word/comments.xml" => *data = comments.clone().into_bytes(),
            "word/commentsExtended.xml" => *data = ext.clone().into_bytes(),
            _ => {}
        }
    }
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in &parts {
        w.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// Issue 23, the review round: the FG comments on a question and on a risk in the app and
/// resolves the second; the open one is listed before adoption and travels in the DOCX as a Word
/// comment on the answer; she replies to it in Word and adds one of her own; importing that
/// DOCX recognises the assessment, offers to take over the comments, and then the question
/// shows her reply and her new comment, marked as from Word.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn review_comments_travel_through_word() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("review");
    let db = tmp.join("e2e.sqlite");
    let out = tmp.join("exports");
    std::fs::create_dir_all(&out).unwrap();
    // What the open dialog returns: the hospital first, later the DOCX the FG edited (the kind
    // of file is told by its content, not its name).
    let input = tmp.join("aangeleverd.dpia.json");
    let mut a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    a.controller.necessity = "Zonder dashboards geen zicht op de wachttijden.".into();
    std::fs::write(&input, dpia_assessment::to_json(&a)).unwrap();
    let env: Vec<(&str, &Path)> = vec![
        ("DPIA_HELPER_DATABASE", &db),
        ("DPIA_HELPER_SAVE_DIR", &out),
        ("DPIA_HELPER_OPEN_FILE", &input),
    ];
    let app = Running::start(&env).await;
    app.click("lang-nl").await;
    app.import_and_open("assessment-row").await;

    // A comment on the necessity question (page 4 of the controller's parts).
    app.click("nav-controller").await;
    app.click("controller-page-4").await;
    let q = "controller-necessity-comments";
    app.click(&format!("{q}-toggle")).await;
    app.type_into(&format!("{q}-name"), "Fenna de Graaf").await;
    app.type_into(&format!("{q}-role"), "FG").await;
    app.type_into(&format!("{q}-text"), "Waarom is dit nodig?")
        .await;
    app.click(&format!("{q}-add")).await;
    app.wait(&format!("{q}-comment")).await;
    assert!(app
        .text(&format!("{q}-toggle"))
        .await
        .contains("1 open opmerking"));

    // A comment on the first risk (name and role remembered), then resolved.
    app.click("nav-risks").await;
    let first = app
        .wait("risk-row")
        .await
        .attr("data-id")
        .await
        .unwrap()
        .unwrap();
    let r = format!("risk-{first}-comments");
    app.click(&format!("{r}-toggle")).await;
    app.type_into(&format!("{r}-text"), "Is MFA overal aan?")
        .await;
    app.click(&format!("{r}-add")).await;
    app.wait(&format!("{r}-comment")).await;
    let who = app.text(&format!("{r}-comment")).await;
    assert!(who.contains("Fenna de Graaf (FG)"), "{who}");
    app.click(&format!("{r}-resolve")).await;
    app.wait(&format!("{r}-reopen")).await;

    // A yes/no question has its marker too: a comment on sick leave (step 3); the step counts it.
    app.click("nav-wizard").await;
    app.click("step-3").await;
    let y = "sick-leave-yes-comments";
    app.click(&format!("{y}-toggle")).await;
    app.type_into(&format!("{y}-text"), "Klopt het verzuim?")
        .await;
    app.click(&format!("{y}-add")).await;
    app.wait(&format!("{y}-comment")).await;
    assert!(app
        .text(&format!("{y}-toggle"))
        .await
        .contains("1 open opmerking"));
    assert!(app.text("step-3-open-comments").await.contains('1'));
    assert_eq!(app.count("step-1-open-comments").await, 0);

    // The review list: a general comment by the CISO (now the remembered reviewer).
    app.click("nav-review").await;
    app.click("review-general-toggle").await;
    app.set_value("review-general-name", "Jan Visser").await;
    app.set_value("review-general-role", "CISO").await;
    app.type_into(
        "review-general-text",
        "Graag ook de bewaartermijnen nalopen.",
    )
    .await;
    app.click("review-general-add").await;
    app.wait("review-general-comment").await;
    let entry = |target: &str| format!("[data-testid=\"review-entry\"][data-target=\"{target}\"]");
    /// The targets of the entries the review list shows.
    async fn shown(app: &Running) -> Vec<String> {
        let css = "[data-testid=\"review-entry\"]";
        let mut out = Vec::new();
        for e in app.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(e.attr("data-target").await.unwrap().unwrap_or_default());
        }
        out
    }
    // Open ones only (the first view): the resolved risk comment is not listed.
    assert_eq!(
        shown(&app).await,
        ["/controller/necessity", "/sick_leave", ""],
        "open comments, oldest first"
    );
    let general = app.client.find(Locator::Css(&entry(""))).await.unwrap();
    let text = general.text().await.unwrap();
    assert!(
        text.contains("Algemeen")
            && text.contains("Jan Visser (CISO)")
            && text.contains("Graag ook de bewaartermijnen nalopen.")
            && text.contains("Open"),
        "{text}"
    );
    assert!(app.text("nav-review-open-comments").await.contains('3'));
    app.shot("review-list").await;
    // All of them, then only mine (the CISO's), then by part.
    app.click("review-filter-open").await;
    assert_eq!(shown(&app).await.len(), 4);
    let risk = app
        .client
        .find(Locator::Css(&entry(&format!("risk:{first}"))))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        risk.contains("Afgehandeld door Fenna de Graaf (FG)") && risk.contains("Risico"),
        "{risk}"
    );
    app.click("review-filter-mine").await;
    assert_eq!(shown(&app).await, [""]);
    app.click("review-filter-mine").await;
    app.select("review-filter-part", "controller").await;
    assert_eq!(shown(&app).await, ["/controller/necessity"]);
    app.select("review-filter-part", "data").await;
    assert_eq!(shown(&app).await, ["/sick_leave"]);
    // Enter on the entry goes to step 3 and focuses the question, in sight.
    let go = app
        .client
        .find(Locator::Css(&format!(
            "{} [data-testid=\"review-entry-go\"]",
            entry("/sick_leave")
        )))
        .await
        .unwrap();
    go.send_keys("\u{E007}").await.unwrap();
    app.wait(y).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let focused = app
        .client
        .execute(
            "const e = document.activeElement; const r = e.getBoundingClientRect(); \
             return [e.dataset.testid || '', r.top >= 0 && r.bottom <= innerHeight, \
             document.querySelector('[data-testid=step-3]').getAttribute('aria-current')]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        focused,
        serde_json::json!(["sick-leave-yes", true, "step"]),
        "the question is focused and in sight on its step"
    );
    app.shot("review-jumped-to-question").await;
    // A click on the controller's question goes to its page (4) and focuses the field.
    app.click("nav-review").await;
    app.select("review-filter-part", "controller").await;
    app.click("review-entry-go").await;
    app.wait("controller-necessity").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let focused = app
        .client
        .execute(
            "const e = document.activeElement; const r = e.getBoundingClientRect(); \
             return [e.dataset.testid || '', r.top >= 0 && r.bottom <= innerHeight]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focused, serde_json::json!(["controller-necessity", true]));
    assert!(app
        .text("controller-page-4-open-comments")
        .await
        .contains('1'));
    // At 900 px the list still fits.
    app.client.set_window_size(900, 860).await.unwrap();
    app.click("nav-review").await;
    app.click("review-filter-open").await;
    app.wait("review-entry").await;
    let fits = app
        .client
        .execute(
            "return document.documentElement.scrollWidth <= innerWidth + 1",
            vec![],
        )
        .await
        .unwrap();
    app.shot("review-list-900").await;
    assert_eq!(fits, serde_json::json!(true), "the review list fits 900 px");
    app.client.set_window_size(1366, 860).await.unwrap();
    // The sick-leave and the general comment are settled (the DOCX below carries one).
    app.click("review-general-toggle").await;
    app.click("review-general-resolve").await;
    app.wait("review-general-reopen").await;
    app.click("nav-wizard").await;
    app.click(&format!("{y}-toggle")).await;
    app.click(&format!("{y}-resolve")).await;
    app.wait(&format!("{y}-reopen")).await;
    // Every comment change is in the history, the general one too.
    app.click("nav-history").await;
    app.wait("history-entry").await;
    let fields = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-testid=history-entry]')].map(e => e.dataset.field)",
            vec![],
        )
        .await
        .unwrap();
    for f in [
        "/comments/0",
        "/comments/1",
        "/comments/2",
        "/comments/3",
        "/comments/3/status",
    ] {
        assert!(
            fields.as_array().unwrap().iter().any(|x| x == f),
            "{f} in the history: {fields}"
        );
    }

    // Before adoption: the one open comment is listed.
    app.click("nav-signoff").await;
    app.wait("comments-review-item").await;
    assert_eq!(app.count("comments-review-item").await, 1);
    let item = app.text("comments-review-item").await;
    assert!(item.contains("Waarom is dit nodig?"), "{item}");
    app.shot("review-before-adoption").await;

    // The DOCX carries it as a Word comment on the answer.
    app.click("nav-export").await;
    app.select("export-kind", "starter").await;
    app.select("export-lang", "nl").await;
    app.select("export-format", "docx").await;
    app.click("export-button").await;
    app.wait("export-done").await;
    let docx = Running::exported(&out, "docx").await;
    let bytes = std::fs::read(&docx).unwrap();
    let word = dpia_docx::read_comments(&bytes).unwrap();
    assert_eq!(word.len(), 1, "only the open comment: {word:?}");
    assert_eq!(word[0].text, "Waarom is dit nodig?");
    assert_eq!(
        word[0].place,
        Some(dpia_docx::Place::Tag("/controller/necessity".into()))
    );

    // The FG replies in Word and adds a comment; importing the DOCX offers the merge.
    std::fs::write(&input, fg_edits_in_word(&bytes)).unwrap();
    app.click("nav-assessments").await;
    app.click("import-assessment").await;
    app.wait("merge-dialog").await;
    app.shot("review-merge-offer").await;
    app.click("merge-take").await;
    let notice = app.text("assessments-notice").await;
    assert!(
        notice.contains("2 opmerkingen, reacties of afhandelingen overgenomen"),
        "{notice}"
    );
    assert_eq!(app.count("assessment-row").await, 1, "no copy was made");

    // The question shows her reply and her new comment, from Word.
    app.click("open-assessment").await;
    app.click("nav-controller").await;
    app.click("controller-page-4").await;
    app.click(&format!("{q}-toggle")).await;
    app.wait(&format!("{q}-reply")).await;
    assert_eq!(app.count(&format!("{q}-comment")).await, 2);
    let thread = app.text(q).await;
    assert!(
        thread.contains("Toegelicht in het overleg van maandag.")
            && thread.contains("Noem ook de wachttijdnorm.")
            && thread.contains("uit Word"),
        "{thread}"
    );
    app.shot("review-from-word").await;
    app.stop().await;
}
