//! The page is confined: Tauri commands called from injected script with paths instead of dialog tokens are refused, and nothing is written, opened or read.

use super::*;

/// Calls Tauri commands straight from the page's JavaScript, as injected script could, with
/// paths instead of dialog tokens: every call is refused and nothing is written, opened or read.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver (scripts/test.sh)"]
async fn the_page_cannot_name_files() {
    require_e2e();
    let _serial = serial().await;
    let tmp = temp("raw-paths");
    let db = tmp.join("e2e.sqlite");
    let target = temp("raw-paths-target");
    // A file of the user's; the open-dialog seam "chooses" it, so its token is an import token.
    let victim = target.join("victim.md");
    std::fs::write(&victim, "the user's own file\n").unwrap();
    let before = snapshot(&target);
    let env: Vec<(&str, &Path)> = vec![
        ("DPIA_HELPER_DATABASE", &db),
        ("DPIA_HELPER_OPEN_FILE", &victim),
    ];
    let app = Running::start(&env).await;
    let script = r#"
        const [dir, victim] = arguments;
        const done = arguments[arguments.length - 1];
        const inv = window.__TAURI_INTERNALS__.invoke;
        const out = {};
        const attempt = async (name, cmd, args) => {
          try { out[name] = { ok: (await inv(cmd, args)) ?? null }; } catch (e) { out[name] = { err: e }; }
        };
        (async () => {
          await inv('set_lang', { lang: 'en' }); // the refusals are checked in English
          const id = await inv('assessments_create', { name: 'Raw' });
          const doc = { id, kind: 'starter', format: 'md', lang: 'en' };
          for (const [key, value] of [['path', dir + '/x'], ['token', dir + '/x'], ['token', victim]]) {
            const tag = key + ':' + value.slice(dir.length);
            await attempt('documents_export ' + tag, 'documents_export', { ...doc, [key]: value });
            await attempt('assessments_export ' + tag, 'assessments_export', { id, [key]: value });
            await attempt('open_database ' + tag, 'open_database', { [key]: value + '.sqlite' });
            await attempt('show_in_folder ' + tag, 'show_in_folder', { [key]: value });
            await attempt('backup_database ' + tag, 'backup_database', { [key]: value + '.sqlite' });
          }
          await attempt('assessments_import path', 'assessments_import', { path: '/etc/passwd' });
          await attempt('assessments_import token', 'assessments_import', { token: '/etc/passwd' });
          // A real token of the wrong kind: the open dialog's file cannot be written.
          const g = await inv('pick_open_file', { purpose: 'import', filterName: 'x', extensions: ['md'] });
          await attempt('documents_export open-token', 'documents_export', { ...doc, token: g.token });
          await attempt('assessments_export open-token', 'assessments_export', { id, token: g.token });
          await attempt('open_database open-token', 'open_database', { token: g.token });
          await attempt('show_in_folder open-token', 'show_in_folder', { token: g.token });
          await attempt('backup_database open-token', 'backup_database', { token: g.token });
          out.grant = g;
          out.state = await inv('app_state');
          out.list = await inv('assessments_list', { search: '', sort: 'updated', offset: 0, limit: 100 });
        })().then(() => done(out), (e) => done({ fatal: String(e) }));
    "#;
    let args = vec![
        serde_json::json!(target.display().to_string()),
        serde_json::json!(victim.display().to_string()),
    ];
    let out = app.client.execute_async(script, args).await.unwrap();
    app.stop().await;
    assert!(out.get("fatal").is_none(), "{out}");
    let mut refused = 0;
    for (name, result) in out.as_object().unwrap() {
        if matches!(name.as_str(), "grant" | "state" | "list") {
            continue;
        }
        let err = result
            .get("err")
            .unwrap_or_else(|| panic!("{name} was not refused: {result}"));
        refused += 1;
        if name.contains("token") {
            // Our refusal: a stable code and a worded message.
            let code = err["code"].as_str().unwrap_or_default();
            let want = if name.contains("open-token") {
                "grant_wrong_purpose"
            } else {
                "grant_unknown"
            };
            // A refused token is not used up, so each call with it is refused the same way.
            assert_eq!(code, want, "{name}: {err}");
            assert!(
                err["message"].as_str().is_some_and(|m| m.contains("file")),
                "{name}: {err}"
            );
        }
    }
    assert_eq!(refused, 5 * 3 + 2 + 5, "{out}");
    assert_eq!(out["grant"]["purpose"], "import");
    assert_eq!(out["state"]["database"], db.display().to_string());
    assert_eq!(
        out["list"]["total"], 1,
        "something was imported: {}",
        out["list"]
    );
    assert_eq!(out["list"]["rows"].as_array().unwrap().len(), 1);
    // Nothing appeared, changed or disappeared where the page pointed.
    assert_eq!(snapshot(&target), before);
    let _ = std::fs::remove_dir_all(&tmp);
    let _ = std::fs::remove_dir_all(&target);
}
