//! Records real views of the app for the UI's dev mock (`ui/src/mock/recorded.json`), so the mock
//! replays what `dpia-app` says instead of re-deriving the rules. Fails when the committed file is
//! stale; `BLESS=1` rewrites it.

use chrono::{NaiveDate, TimeZone, Utc};
use dpia_app::App;
use dpia_i18n::Lang;
use serde_json::{json, Value};
use std::path::Path;

mod support;
use support::import_at;

fn repo(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

#[test]
fn recorded_views_for_the_ui_mock_are_current() {
    let dir = std::env::temp_dir().join(format!("dpia-recorded-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut app = App::open(&dir.join("db.sqlite"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let mut ids = Vec::new();
    for name in ["wholesaler", "home_care_missing_basis", "hospital"] {
        now += chrono::Duration::minutes(5);
        let file = repo(&format!("tests/scenarios/{name}.dpia.json"));
        let token = app.grant(dpia_app::Purpose::Import, file).token;
        ids.push(import_at(&mut app, &token, now).unwrap().id);
    }
    let mut out = serde_json::Map::new();
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        let key = app.statement().label();
        let views: Vec<Value> = ids
            .iter()
            .map(|id| serde_json::to_value(app.assessments_view(*id, today).unwrap()).unwrap())
            .collect();
        out.insert(
            lang.code().into(),
            json!({
                "list": app.assessments_list("", dpia_app::store::ListSort::Updated, 0, 100, today).unwrap(),
                "catalog": app.catalog(&key).unwrap(),
                "views": views,
                "statement": app.statement_view(&key).unwrap(),
                "statements": app.statements_list().unwrap(),
            }),
        );
    }
    let actual = serde_json::to_string_pretty(&Value::Object(out)).unwrap() + "\n";
    let path = repo("ui/src/mock/recorded.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    // Windows removes no file that is still open: close the database first.
    drop(app);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        committed == actual,
        "ui/src/mock/recorded.json is stale: run BLESS=1 cargo test -p dpia-app --test recorded"
    );
}
