//! End-to-end: the real app under Xvfb, driven through tauri-driver and WebKitWebDriver.
//! The tests are `#[ignore]`d, so a plain `cargo test` lists them as ignored (with the reason)
//! instead of passing them; `scripts/test.sh` runs them with `--include-ignored`, DPIA_E2E=1 and
//! a virtual display. Run alone without DPIA_E2E they fail, saying what is missing. Needs
//! `tauri-driver` on PATH and the app built with the UI. This file is the harness (`Running`: start
//! the app, find, click, type, shoot, stop); the tests live in `e2e/`, one file per concern.

use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Why the tests are ignored in a plain `cargo test`.
const NEEDS: &str = "end-to-end: needs a display (xvfb-run), tauri-driver and WebKitWebDriver";

/// Fails with what is missing unless the environment is set up (scripts/test.sh does it).
fn require_e2e() {
    assert!(
        std::env::var_os("DPIA_E2E").is_some(),
        "{NEEDS}: set DPIA_E2E=1 and run under xvfb-run (scripts/test.sh does)"
    );
}

/// One app at a time: every test drives tauri-driver on the same ports. (An async mutex: each
/// test has its own runtime, and a failed test must not poison the others.)
async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    static LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    LOCK.lock().await
}

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
}

/// tauri-driver's port (WebKitWebDriver gets the next one): `DPIA_E2E_PORT`, default 4444, so
/// two checkouts on one machine can run their end-to-end tests at the same time.
fn driver_port() -> u16 {
    std::env::var("DPIA_E2E_PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(4444)
}

/// The app binary cargo built next to this test.
fn app_binary() -> PathBuf {
    let test = std::env::current_exe().unwrap();
    let target = test.parent().unwrap().parent().unwrap();
    target.join("dpia-helper")
}

/// One running app: tauri-driver (which starts WebKitWebDriver and the app) and a session.
struct Running {
    driver: Child,
    client: Client,
}

impl Running {
    async fn start(env: &[(&str, &Path)]) -> Running {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "DPIA_E2E needs a DISPLAY (run under xvfb-run)"
        );
        let mut cmd = Command::new("tauri-driver");
        let port = driver_port();
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &(port + 1).to_string(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver)");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app_binary().display().to_string() }),
        );
        let mut last = None;
        // tauri-driver needs a moment to listen; session creation hangs without a display, so time out.
        for _ in 0..40 {
            tokio::time::sleep(Duration::from_millis(250)).await;
            let mut builder = ClientBuilder::rustls().expect("tls");
            builder.capabilities(caps.clone());
            match tokio::time::timeout(
                Duration::from_secs(30),
                builder.connect(&format!("http://127.0.0.1:{port}")),
            )
            .await
            {
                Ok(Ok(client)) => {
                    // The width the README's screenshots show (tests that need 900 px set it).
                    let _ = client.set_window_size(1366, 860).await;
                    let running = Running { driver, client };
                    running.wait("app-title").await;
                    return running;
                }
                Ok(Err(e)) => last = Some(e.to_string()),
                Err(_) => last = Some("timed out creating a session".into()),
            }
        }
        panic!("could not start the app: {last:?}");
    }

    fn id(testid: &str) -> Locator<'_> {
        Locator::Css(Box::leak(
            format!("[data-testid=\"{testid}\"]").into_boxed_str(),
        ))
    }

    async fn wait(&self, testid: &str) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Self::id(testid))
            .await
        {
            Ok(e) => e,
            Err(e) => self.fail(&format!("waiting for {testid}: {e}")).await,
        }
    }

    /// Scrolls an element to the middle of the window (clear of the sticky bar and the pointer's
    /// tooltip), as a user would before clicking.
    async fn centre(&self, e: &fantoccini::elements::Element) {
        let args = vec![serde_json::to_value(e).unwrap()];
        let _ = self
            .client
            .execute("arguments[0].scrollIntoView({block: 'center'})", args)
            .await;
    }

    async fn click(&self, testid: &str) {
        let e = self.wait(testid).await;
        if e.click().await.is_err() {
            self.centre(&e).await;
            if let Err(err) = e.click().await {
                self.fail(&format!("click {testid}: {err:?}")).await;
            }
        }
    }

    /// With `DPIA_E2E_SCREENSHOTS=<dir>`, saves the window's content as `<dir>/<name>.png`
    /// (the README's screenshots are made this way).
    async fn shot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("DPIA_E2E_SCREENSHOTS") {
            // Let the last change paint first.
            tokio::time::sleep(Duration::from_millis(400)).await;
            let png = self.client.screenshot().await.expect("screenshot");
            std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
        }
    }

    /// Saves a screenshot next to the test's temp files, then fails with `what`.
    async fn fail(&self, what: &str) -> ! {
        let shot = std::env::temp_dir().join("dpia-e2e-failure.png");
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(&shot, png);
        }
        panic!("{what} (screenshot: {})", shot.display());
    }

    async fn type_into(&self, testid: &str, text: &str) {
        let e = self.wait(testid).await;
        if e.click().await.is_err() {
            self.centre(&e).await;
            if let Err(err) = e.click().await {
                self.fail(&format!("focus {testid}: {err:?}")).await;
            }
        }
        if let Err(err) = e.send_keys(text).await {
            self.fail(&format!("type into {testid}: {err:?}")).await;
        }
        // Leave the field so the debounced save flushes.
        self.client
            .execute(
                "document.activeElement && document.activeElement.blur()",
                vec![],
            )
            .await
            .unwrap();
    }

    /// Picks an option. WebKitWebDriver cannot click `<option>`s, so the value is set and a
    /// `change` event dispatched, as a user's pick does.
    async fn select(&self, testid: &str, value: &str) {
        let e = self.wait(testid).await;
        let script = "const [el, v] = arguments; \
            if (![...el.options].some(o => o.value === v)) return false; \
            el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); \
            el.dispatchEvent(new Event('change', {bubbles: true})); return true;";
        let args = vec![serde_json::to_value(&e).unwrap(), serde_json::json!(value)];
        match self.client.execute(script, args).await {
            Ok(serde_json::Value::Bool(true)) => {}
            other => {
                self.fail(&format!("select {testid}={value}: {other:?}"))
                    .await
            }
        }
    }

    /// Sets an input's value as typing would (`input` event), then leaves it so the save flushes.
    /// Used for date fields, whose segments WebKitWebDriver cannot type into.
    async fn set_value(&self, testid: &str, value: &str) {
        let e = self.wait(testid).await;
        let script = "const [el, v] = arguments; el.focus(); el.value = v; \
            el.dispatchEvent(new Event('input', {bubbles: true})); el.blur(); return true;";
        let args = vec![serde_json::to_value(&e).unwrap(), serde_json::json!(value)];
        if self.client.execute(script, args).await.is_err() {
            self.fail(&format!("set {testid}={value}")).await;
        }
    }

    /// The `data-testid`s of the elements matching a CSS selector, in document order.
    async fn testids(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(e.attr("data-testid").await.unwrap().unwrap_or_default());
        }
        out
    }

    async fn text(&self, testid: &str) -> String {
        self.wait(testid).await.text().await.unwrap()
    }

    async fn count(&self, testid: &str) -> usize {
        self.client.find_all(Self::id(testid)).await.unwrap().len()
    }

    /// Waits until the live panel's verdict is `verdict`.
    async fn wait_verdict(&self, verdict: &str) {
        for _ in 0..80 {
            if let Ok(e) = self.client.find(Self::id("verdict")).await {
                if e.attr("data-verdict").await.unwrap().as_deref() == Some(verdict) {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!("verdict never became {verdict}");
    }

    /// The file with extension `ext` that an export wrote into `dir`, once it is there whole.
    async fn exported(dir: &Path, ext: &str) -> PathBuf {
        let path = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == ext))
            .unwrap_or_else(|| panic!("no .{ext} in {}", dir.display()));
        Running::wait_file(&path).await;
        path
    }

    async fn wait_file(path: &Path) {
        for _ in 0..120 {
            if path.exists() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!("{} was not written", path.display());
    }

    /// From the list, imports the file the open dialog gives (`DPIA_HELPER_OPEN_FILE`), waits for
    /// the row `row` (e.g. `assessment-row`, `row-definitive`) and opens it.
    async fn import_and_open(&self, row: &str) {
        self.click("nav-assessments").await;
        self.click("import-assessment").await;
        self.wait(row).await;
        self.click("open-assessment").await;
    }

    async fn stop(mut self) {
        let _ = self.client.close().await;
        // SIGTERM, not SIGKILL: SIGKILL orphans WebKitWebDriver, which keeps the port and pipes.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.driver.id().to_string())
            .status();
        let _ = self.driver.wait();
        // WebKitWebDriver may outlive tauri-driver (when the app closed itself, say); a stale one
        // on the native port would serve the next test with this test's environment.
        end_processes(&format!("WebKitWebDriver --port={}", driver_port() + 1), 0).await;
        // The app may outlive the driver for a moment; a new one started meanwhile would be
        // taken for a second instance (single-instance plugin) and quit. One that does not go
        // within five seconds is ended, so that it cannot block the next test's app.
        end_processes(&app_binary().display().to_string(), 50).await;
    }
}

/// Waits for the processes whose command line contains `pattern` to go; after `grace` tenths of
/// a second asks them to end (SIGTERM), and kills those left two seconds later.
async fn end_processes(pattern: &str, grace: u32) {
    let alive = || {
        Command::new("pgrep")
            .args(["-f", pattern])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    for round in 0..grace + 100 {
        if !alive() {
            return;
        }
        if round >= grace {
            let signal = if round < grace + 20 { "-TERM" } else { "-KILL" };
            let _ = Command::new("pkill").args([signal, "-f", pattern]).status();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn docx_text(path: &Path) -> String {
    let out = Command::new("unzip")
        .arg("-p")
        .arg(path)
        .arg("word/document.xml")
        .output()
        .expect("unzip");
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// A fresh temp folder for one test.
fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dpia-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The files in `d` with their contents.
fn snapshot(d: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let bytes = std::fs::read(&p).unwrap_or_default();
            (p, bytes)
        })
        .collect();
    v.sort();
    v
}

/// The process id of the app started for `db` (found by its binary and its database variable).
fn app_pid(db: &Path) -> Option<u32> {
    let want = format!("DPIA_HELPER_DATABASE={}", db.display());
    let bin = std::fs::canonicalize(app_binary()).ok()?;
    for e in std::fs::read_dir("/proc").ok()? {
        let e = e.ok()?;
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let exe = std::fs::read_link(e.path().join("exe")).ok();
        if exe.as_deref() != Some(bin.as_path()) {
            continue;
        }
        let environ = std::fs::read(e.path().join("environ")).unwrap_or_default();
        if environ.split(|b| *b == 0).any(|v| v == want.as_bytes()) {
            return Some(pid);
        }
    }
    None
}

impl Running {
    /// Waits until the save status says every answer given so far is stored.
    async fn wait_saved(&self) {
        for _ in 0..200 {
            if let Ok(e) = self.client.find(Self::id("save-status")).await {
                if e.attr("data-state").await.ok().flatten().as_deref() == Some("saved") {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        self.fail("the save status never said saved").await;
    }

    async fn checked(&self, testid: &str) -> bool {
        let e = self.wait(testid).await;
        e.prop("checked").await.unwrap().as_deref() == Some("true")
    }
}

/// Asks the window titled `title` to close, as a window manager's close button does
/// (`WM_DELETE_WINDOW`); Xvfb has no window manager. Returns whether the window was found.
fn close_window(title: &str) -> bool {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask};
    let Ok((conn, screen)) = x11rb::connect(None) else {
        return false;
    };
    let root = conn.setup().roots[screen].root;
    let atom = |name: &[u8]| {
        conn.intern_atom(false, name)
            .ok()
            .and_then(|c| c.reply().ok())
            .map(|r| r.atom)
    };
    let (Some(protocols), Some(delete)) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW")) else {
        return false;
    };
    let Some(tree) = conn.query_tree(root).ok().and_then(|c| c.reply().ok()) else {
        return false;
    };
    let mut found = false;
    for w in tree.children {
        let name = conn
            .get_property(false, w, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)
            .ok()
            .and_then(|c| c.reply().ok());
        if name.is_some_and(|n| n.value == title.as_bytes()) {
            let event = ClientMessageEvent::new(32, w, protocols, [delete, 0, 0, 0, 0]);
            found |= conn
                .send_event(false, w, EventMask::NO_EVENT, event)
                .is_ok();
        }
    }
    let _ = conn.flush();
    found
}

/// Waits until `script` (a JavaScript expression) is true in the page; fails after 20 s.
async fn wait_until(app: &Running, what: &str, script: &str) {
    for _ in 0..200 {
        if app
            .client
            .execute(&format!("return !!({script})"), vec![])
            .await
            .is_ok_and(|v| v == serde_json::json!(true))
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.fail(&format!("waiting until {what}")).await;
}

/// The clients of the rows rendered, in order.
async fn clients(app: &Running) -> Vec<String> {
    let v = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-testid=row-client]')].map(e => e.textContent)",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

/// Types `query` into the list's search box as a user does and returns how long the page took
/// from the keystroke to the painted result (`data-search-ms`, measured in the page).
async fn search(app: &Running, query: &str) -> u64 {
    let field = app.wait("assessment-search").await;
    field.clear().await.unwrap();
    // Clearing fires no input event: send the last character as a key, after the rest.
    let (head, last) = query.split_at(query.len() - 1);
    app.client
        .execute(
            "const [el, v] = arguments; el.value = v;",
            vec![
                serde_json::to_value(&field).unwrap(),
                serde_json::json!(head),
            ],
        )
        .await
        .unwrap();
    field.send_keys(last).await.unwrap();
    let q = serde_json::to_string(query).unwrap();
    wait_until(
        app,
        &format!("the list shows the search {query}"),
        &format!(
            "(() => {{ const s = document.querySelector('[data-testid=assessments]'); \
             return s && s.dataset.shownSearch === {q} && s.dataset.searchMs !== undefined \
             && !document.querySelector('[data-testid=list-loading]'); }})()"
        ),
    )
    .await;
    let ms = app
        .client
        .execute(
            "return Number(document.querySelector('[data-testid=assessments]').dataset.searchMs)",
            vec![],
        )
        .await
        .unwrap();
    ms.as_f64().unwrap_or(-1.0) as u64
}

/// Issue 22: the app tried as a new user would (questionnaire, review, refused input, the
/// controller's parts, the history as an audit trail, the sales path).
#[path = "e2e/new_user.rs"]
mod new_user;

#[path = "e2e/confinement.rs"]
mod confinement;
#[path = "e2e/controller.rs"]
mod controller;
#[path = "e2e/durability.rs"]
mod durability;
#[path = "e2e/hospital.rs"]
mod hospital;
#[path = "e2e/review.rs"]
mod review;
#[path = "e2e/scale.rs"]
mod scale;
#[path = "e2e/statements.rs"]
mod statements;
