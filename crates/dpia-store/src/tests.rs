//! Store behaviour: autosave with history, refusal of invalid changes, migrations from every
//! earlier schema version, and clear errors that leave the user's file untouched.

use super::*;
use chrono::TimeZone;

pub(crate) fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dpia-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub(crate) fn t(s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, s).unwrap()
}

pub(crate) fn template() -> Assessment {
    Assessment::template(&dpia_statement::Statement::embedded(), None)
}

/// A list line as a test makes it: the client, and facts naming the organisation.
pub(crate) fn line(a: &Assessment) -> Line {
    Line {
        client: a.organisation.name.clone(),
        date: a.assessment_date.map(|d| d.to_string()),
        verdict_rank: 0,
        facts: Some(format!("{{\"org\": {:?}}}", a.organisation.name)),
        made_by: "test".into(),
    }
}

/// The caller's check of a change: accepts it and makes its line.
pub(crate) fn ok(a: &Assessment) -> Result<Line, FileError> {
    Ok(line(a))
}

#[test]
fn answers_are_saved_with_history_and_invalid_ones_refused() {
    let d = dir("answers");
    let path = d.join("db.sqlite");
    let id = {
        let mut s = Store::open(&path).unwrap();
        let id = s
            .create("Ziekenhuis", &template(), t(0), &line(&template()))
            .unwrap();
        s.set(
            id,
            "/organisation/name",
            "Ziekenhuis Rijnoever".into(),
            t(1),
            &ok,
        )
        .unwrap();
        s.set(id, "/services/reports/used", true.into(), t(2), &ok)
            .unwrap();
        let a = s
            .set(
                id,
                "/services/reports/categories",
                serde_json::json!(["names", "health"]),
                t(3),
                &ok,
            )
            .unwrap();
        assert!(a.uses("reports"));
        // Invalid: unknown category. Nothing changes, no history.
        let err = s
            .set(
                id,
                "/services/reports/categories",
                serde_json::json!(["shoe_size"]),
                t(4),
                &ok,
            )
            .unwrap_err();
        assert_eq!(err.code(), "file_field", "{err}");
        assert!(err.to_string().contains("shoe_size"));
        assert_eq!(s.history(id).unwrap().len(), 3);
        // Same value again: no new history line.
        s.set(
            id,
            "/organisation/name",
            "Ziekenhuis Rijnoever".into(),
            t(5),
            &ok,
        )
        .unwrap();
        assert_eq!(s.history(id).unwrap().len(), 3);
        // Removing an optional answer.
        s.set(
            id,
            "/services/reports/data_subjects_estimate",
            500.into(),
            t(6),
            &ok,
        )
        .unwrap();
        let a = s
            .set(
                id,
                "/services/reports/data_subjects_estimate",
                serde_json::Value::Null,
                t(7),
                &ok,
            )
            .unwrap();
        assert_eq!(a.services["reports"].data_subjects_estimate, None);
        id
    };
    // Reopen: everything is there (autosave, no save button).
    let s = Store::open(&path).unwrap();
    let a = s.get(id).unwrap();
    assert_eq!(a.organisation.name, "Ziekenhuis Rijnoever");
    let h = s.history(id).unwrap();
    assert_eq!(h[0].field, "/services/reports/data_subjects_estimate");
    assert_eq!(h[0].new_value, None);
    assert_eq!(h[2].field, "/services/reports/categories");
    assert_eq!(h[2].new_value.as_deref(), Some("[\"names\",\"health\"]"));
    assert_eq!(h[4].old_value.as_deref(), Some("\"\""));
    assert_eq!(s.get(999).unwrap_err().code(), "store_not_found");
}

#[test]
fn format_and_version_cannot_be_changed() {
    let d = dir("format");
    let mut s = Store::open(&d.join("db.sqlite")).unwrap();
    let id = s
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    assert_eq!(
        s.set(id, "/version", 2.into(), t(1), &ok)
            .unwrap_err()
            .code(),
        "store_bad_field"
    );
    assert!(s.set(id, "nonsense", 2.into(), t(1), &ok).is_err());
}

#[test]
fn list_rename_duplicate_delete_and_settings() {
    let d = dir("list");
    let mut s = Store::open(&d.join("db.sqlite")).unwrap();
    let mut a = dpia_assessment::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/scenarios/hospital.dpia.json"
    )))
    .unwrap();
    let id = s.create("Rijnoever", &a, t(0), &line(&a)).unwrap();
    a.organisation.name = "Groothandel".into();
    let other = s
        .create("Groothandel", &template(), t(1), &line(&template()))
        .unwrap();
    let list = s.all().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, other, "most recent first");
    assert_eq!(list[1].assessment.organisation.name, "Ziekenhuis Rijnoever");
    s.rename(id, "Rijnoever 2027", t(2)).unwrap();
    assert_eq!(s.name(id).unwrap(), "Rijnoever 2027");
    let copy = s.duplicate(id, "Template", t(3), &line).unwrap();
    let c = s.get(copy).unwrap();
    assert_eq!(c.organisation.name, "");
    assert!(c.uses("ml_ai"));
    s.delete(other).unwrap();
    assert_eq!(s.delete(other).unwrap_err().code(), "store_not_found");
    assert_eq!(s.all().unwrap().len(), 2);
    assert_eq!(s.setting("lang").unwrap(), None);
    s.set_setting("lang", "en").unwrap();
    s.set_setting("lang", "nl").unwrap();
    assert_eq!(s.setting("lang").unwrap().as_deref(), Some("nl"));
}

/// Builds a database at an earlier schema version, as an older release would have left it.
fn database_at_version(path: &Path, version: usize) {
    let conn = Connection::open(path).unwrap();
    // A real SQLite file even at version 0 (a header page, no tables): a 0-byte file is not a
    // database and is refused (see `an_empty_file_is_not_ours_and_stays_empty`).
    conn.pragma_update(None, "user_version", 0).unwrap();
    assert!(std::fs::metadata(path).unwrap().len() > 0);
    for (i, sql) in MIGRATIONS.iter().enumerate().take(version) {
        conn.execute_batch(sql).unwrap();
        conn.pragma_update(None, "user_version", i as u32 + 1)
            .unwrap();
    }
    if version >= 1 {
        conn.execute(
            "INSERT INTO assessments (name, data, created_at, updated_at) VALUES ('old', ?1, 'x', 'x')",
            [dpia_assessment::to_json(&template())],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO history (assessment_id, at, field, old_value, new_value) VALUES (1, 'x', '/description', NULL, '\"a\"')",
            [],
        )
        .unwrap();
    }
}

#[test]
fn migrates_from_every_earlier_schema_version() {
    for version in 0..SCHEMA_VERSION as usize {
        let d = dir(&format!("migrate{version}"));
        let path = d.join("db.sqlite");
        database_at_version(&path, version);
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        if version >= 1 {
            assert_eq!(s.name(1).unwrap(), "old");
            assert_eq!(s.history(1).unwrap().len(), 1);
        }
        s.set_setting("lang", "en").unwrap();
    }
}

#[test]
fn bad_databases_are_reported_and_left_untouched() {
    let d = dir("bad");
    // Not a database at all.
    let garbage = d.join("garbage.sqlite");
    std::fs::write(
        &garbage,
        b"this is not a database, it is a shopping list\n".repeat(200),
    )
    .unwrap();
    let before = std::fs::read(&garbage).unwrap();
    let err = Store::open(&garbage).err().unwrap();
    assert_eq!(err.code(), "store_corrupt", "{err}");
    assert!(err.to_string().contains("garbage.sqlite"));
    assert!(
        std::fs::read(&garbage).unwrap() == before,
        "garbage file changed"
    );
    // Another program's database.
    let foreign = d.join("foreign.sqlite");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (id INTEGER);")
        .unwrap();
    let before = std::fs::read(&foreign).unwrap();
    assert_eq!(Store::open(&foreign).err().unwrap().code(), "store_corrupt");
    assert!(
        std::fs::read(&foreign).unwrap() == before,
        "foreign database changed"
    );
    // A newer schema.
    let newer = d.join("newer.sqlite");
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = std::fs::read(&newer).unwrap();
    let err = Store::open(&newer).err().unwrap();
    assert_eq!(err.code(), "store_newer");
    assert!(
        std::fs::read(&newer).unwrap() == before,
        "newer database changed"
    );
    // A folder that does not exist.
    let err = Store::open(&d.join("no/such/folder/db.sqlite"))
        .err()
        .unwrap();
    assert_eq!(err.code(), "store_open", "{err}");
}

#[test]
fn a_second_instance_gets_locked() {
    let d = dir("locked");
    let path = d.join("db.sqlite");
    let _first = Store::open(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code(), "store_locked", "{err}");
}

#[test]
fn a_check_can_refuse_a_change_and_statements_are_kept() {
    let d = dir("statements");
    let mut s = Store::open(&d.join("db.sqlite")).unwrap();
    let id = s
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    let refuse = |_: &Assessment| -> Result<Line, FileError> {
        Err(FileError::Invalid {
            file: "x".into(),
            path: "services.printing".into(),
            reason: dpia_assessment::Reason::Empty,
        })
    };
    let err = s
        .set(id, "/description", "new".into(), t(1), &refuse)
        .unwrap_err();
    assert_eq!(err.code(), "file_invalid");
    assert_eq!(s.get(id).unwrap().description, "");
    assert!(s.history(id).unwrap().is_empty());

    let sid = s
        .add_statement(
            "KPI Solutions B.V.",
            "07-2026",
            "format = 1",
            "kpi.toml",
            t(2),
        )
        .unwrap();
    let again = s
        .add_statement("KPI Solutions B.V.", "07-2026", "other", "kpi2.toml", t(3))
        .unwrap_err();
    assert_eq!(again.code(), "store_statement_exists");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    s.set_statement_notified(sid, Some(day)).unwrap();
    let list = s.statements().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].notified_on, Some(day));
    assert_eq!(list[0].source, "format = 1");
}

#[test]
fn autosave_is_durable_wal_with_synchronous_full() {
    let d = dir("sync");
    let s = Store::open(&d.join("db.sqlite")).unwrap();
    let sync: i64 = s
        .conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 2, "synchronous must be FULL (2), not NORMAL (1)");
    let mode: String = s
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn an_empty_file_is_not_ours_and_stays_empty() {
    let d = dir("empty");
    let empty = d.join("leeg.sqlite");
    std::fs::write(&empty, b"").unwrap();
    let err = Store::open(&empty).err().unwrap();
    assert_eq!(err.code(), "store_empty", "{err}");
    assert!(err.to_string().contains("leeg.sqlite"), "{err}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "file changed");
    let names: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, ["leeg.sqlite"], "side files were made");
}

#[cfg(unix)]
/// The effective user id (the owner of this process's /proc entry).
pub(crate) fn euid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").unwrap().uid()
}

#[cfg(unix)]
/// Root may write read-only files and folders, so a test about them reruns itself as the
/// unprivileged user `nobody` (65534). Returns false when the caller should run the body here.
pub(crate) fn rerun_unprivileged(test: &str) -> bool {
    use std::os::unix::process::CommandExt;
    if euid() != 0 {
        return false;
    }
    // The test binary may live where `nobody` cannot reach it (a target folder under /root):
    // run a copy from a folder everyone may read.
    use std::os::unix::fs::PermissionsExt;
    let copy_dir = std::env::temp_dir().join(format!("dpia-store-rerun-{}", std::process::id()));
    std::fs::create_dir_all(&copy_dir).unwrap();
    std::fs::set_permissions(&copy_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let exe = copy_dir.join(format!("store-test-{test}"));
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = std::process::Command::new(&exe);
    cmd.args(["--exact", test, "--nocapture", "--test-threads=1"]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setgroups(0, std::ptr::null()) != 0
                || libc::setgid(65534) != 0
                || libc::setuid(65534) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("rerun as nobody");
    let _ = std::fs::remove_file(&exe);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("1 passed"),
        "as nobody: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Unix modes (chmod); the Windows counterpart is
/// `read_only_files_are_named_and_read_only_folder_attributes_do_not_stop_a_database`.
#[cfg(unix)]
#[test]
fn read_only_files_and_folders_are_named_and_left_untouched() {
    if rerun_unprivileged("tests::read_only_files_and_folders_are_named_and_left_untouched") {
        return;
    }
    let d = dir("readonly");
    // A read-only file in a folder that can be written.
    let file = d.join("alleen-lezen.sqlite");
    Store::open(&file)
        .unwrap()
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    set_mode(&file, 0o444);
    let before = std::fs::read(&file).unwrap();
    let err = Store::open(&file).err().unwrap();
    assert_eq!(err.code(), "store_read_only", "{err}");
    assert!(err.to_string().contains("alleen-lezen.sqlite"), "{err}");
    assert!(!err.to_string().contains("disk I/O"), "{err}");
    assert!(std::fs::read(&file).unwrap() == before, "file changed");
    set_mode(&file, 0o644);

    // A file that can be written, in a read-only folder (WAL cannot make its side files).
    let folder = d.join("map");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("db.sqlite");
    Store::open(&db)
        .unwrap()
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    let before = std::fs::read(&db).unwrap();
    set_mode(&folder, 0o555);
    let err = Store::open(&db).err().unwrap();
    assert_eq!(err.code(), "store_read_only", "{err}");
    assert!(err.to_string().contains("db.sqlite"), "{err}");
    assert!(std::fs::read(&db).unwrap() == before, "file changed");

    // A new database in a read-only folder: the error names the folder, not a file that does
    // not exist, and nothing is made.
    let new = folder.join("nieuw.sqlite");
    let err = Store::open(&new).err().unwrap();
    assert_eq!(err.code(), "store_folder_read_only", "{err}");
    assert!(
        err.to_string().contains(&folder.display().to_string()),
        "{err}"
    );
    assert!(!err.to_string().contains("nieuw.sqlite"), "{err}");
    assert!(!new.exists());
    set_mode(&folder, 0o755);
}

/// The lock holds against another process too (the single-instance rule's backstop: the
/// second app, a second user on a terminal server, a sync tool opening the file): a child
/// process holds the database while this one tries to open it. Runs on Linux and on Windows.
#[test]
fn a_second_process_gets_locked() {
    let d = dir("locked-process");
    let path = d.join("db.sqlite");
    drop(Store::open(&path).unwrap());
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "tests::hold_the_database",
            "--ignored",
            "--nocapture",
        ])
        .env("DPIA_STORE_HOLD", &path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the child to say it holds the database.
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("holding") {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0,
            "the child ended without holding the database"
        );
    }
    let err = Store::open(&path).err();
    // Closing its standard input lets the child go.
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    let err = err.expect("opened a database another process holds");
    // Linux tells who holds it (issue 24, from /proc/locks): this test binary, not the app;
    // elsewhere the store only knows it is locked.
    if cfg!(target_os = "linux") {
        assert_eq!(err.code(), "store_locked_by_program", "{err}");
        assert!(
            err.to_string().contains(&format!("process {}", child.id())),
            "{err}"
        );
    } else {
        assert_eq!(err.code(), "store_locked", "{err}");
    }
    assert!(err.to_string().contains("db.sqlite"), "{err}");
    // Released with the process: it opens again.
    Store::open(&path).unwrap();
}

/// Helper process of `a_second_process_gets_locked`: holds the database named by
/// `DPIA_STORE_HOLD` until its standard input closes.
#[test]
#[ignore = "helper: started by a_second_process_gets_locked"]
fn hold_the_database() {
    // Not a test of its own: run by `--include-ignored` without a parent, it has nothing to hold
    // (the parent test is what checks the lock).
    let Some(path) = std::env::var_os("DPIA_STORE_HOLD").map(PathBuf::from) else {
        return;
    };
    let _held = Store::open(&path).unwrap();
    println!("holding {}", path.display());
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut Vec::new()).unwrap();
}

/// A new database holds every client's answers: only its user may read it (0600, with its
/// write-ahead log), whatever the umask; an existing one keeps the mode its owner gave it.
/// Unix only: Windows has no modes (the profile folder's ACL keeps other users out).
#[cfg(unix)]
#[test]
fn a_new_database_is_private_to_its_user() {
    use std::os::unix::fs::PermissionsExt;
    let d = dir("private");
    let path = d.join("db.sqlite");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let store = Store::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600, "{:o}", mode(&path));
    let wal = d.join("db.sqlite-wal");
    assert_eq!(mode(&wal), 0o600, "{:o}", mode(&wal));
    drop(store);
    set_mode(&path, 0o640);
    let _again = Store::open(&path).unwrap();
    assert_eq!(
        mode(&path),
        0o640,
        "an existing database's mode was changed"
    );
}

/// Windows decides by the file's read-only attribute and the folder's ACL: a read-only
/// database file is named and left untouched, and a folder with the read-only attribute
/// (Explorer sets it on customised folders such as Documents) can still hold a database.
#[cfg(windows)]
#[test]
fn read_only_files_are_named_and_read_only_folder_attributes_do_not_stop_a_database() {
    let set_readonly = |p: &Path, on: bool| {
        let mut perms = std::fs::metadata(p).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(on);
        std::fs::set_permissions(p, perms).unwrap();
    };
    // Windows removes no read-only file: clear what an interrupted run left (Wine reuses
    // process ids, so the folder name comes back).
    let old = std::env::temp_dir().join(format!(
        "dpia-store-readonly-windows-{}/alleen-lezen.sqlite",
        std::process::id()
    ));
    if old.exists() {
        set_readonly(&old, false);
    }
    let d = dir("readonly-windows");
    let file = d.join("alleen-lezen.sqlite");
    Store::open(&file)
        .unwrap()
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    set_readonly(&file, true);
    let before = std::fs::read(&file).unwrap();
    let err = Store::open(&file).err().unwrap();
    assert_eq!(err.code(), "store_read_only", "{err}");
    assert!(err.to_string().contains("alleen-lezen.sqlite"), "{err}");
    assert!(std::fs::read(&file).unwrap() == before, "file changed");
    set_readonly(&file, false);

    let folder = d.join("Documenten");
    std::fs::create_dir(&folder).unwrap();
    set_readonly(&folder, true);
    let mut s = Store::open(&folder.join("db.sqlite")).unwrap();
    s.create("x", &template(), t(0), &line(&template()))
        .unwrap();
    drop(s);
    let mut names: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    // The count of saves is kept beside the database on purpose (issue 24, `safety`).
    assert_eq!(
        names,
        ["db.sqlite", "db.sqlite-saves"],
        "the write check left a file behind"
    );
    set_readonly(&folder, false);
}

/// A database deep in folders, its path longer than Windows' classic 260 characters.
#[test]
fn a_database_at_a_long_path_opens() {
    let root = dir("long");
    let mut folder = root.clone();
    for i in 0..6 {
        folder = folder.join(format!("{i} map met een lange naam, één en nog wat"));
    }
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("dpia-helper.sqlite");
    assert!(path.as_os_str().len() > 300, "{}", path.display());
    let mut s = Store::open(&path).unwrap();
    let id = s
        .create("x", &template(), t(0), &line(&template()))
        .unwrap();
    drop(s);
    assert_eq!(Store::open(&path).unwrap().get(id).unwrap(), template());
}
