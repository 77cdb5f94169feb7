//! Saves are never lost without a word: a WAL file removed or replaced while the database is open
//! (noticed at the next save, every save written into the database file), a database missing its
//! newest saves at the next start, a full disk (a worded error, and the same save succeeds once
//! there is room), who holds a locked database, and the backup copy.

#[cfg(target_os = "linux")]
use super::tests::euid;
use super::tests::{dir, line, ok, t, template};
use super::*;

/// The database file alone, copied elsewhere and opened there: what survives when the WAL file
/// is gone (a crash after it was removed, or a backup of the file only).
fn names_in_main_file_only(db: &Path) -> Vec<String> {
    let d = dir("main-only");
    let copy = d.join("copy.sqlite");
    std::fs::copy(db, &copy).unwrap();
    let conn = Connection::open(&copy).unwrap();
    let Ok(mut stmt) = conn.prepare("SELECT name FROM assessments ORDER BY id") else {
        return Vec::new(); // not even the tables are in the database file yet
    };
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    names
}

/// Unix only: on Windows no other program can remove the open WAL (the Windows counterpart is
/// `windows_keeps_the_open_wal_from_other_programs`).
#[cfg(unix)]
#[test]
fn a_vanished_wal_is_noticed_at_the_next_save_and_nothing_is_lost() {
    let d = dir("wal-vanished");
    let path = d.join("db.sqlite");
    let mut s = Store::open(&path).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    s.set(id, "/description", "voor het verwijderen".into(), t(1), &ok)
        .unwrap();
    let wal = safety::wal_path(&path);
    assert!(wal.exists());
    assert!(
        names_in_main_file_only(&path).is_empty(),
        "the saves are still only in the WAL file"
    );
    // A backup or sync program removes it: SQLite would go on writing into the removed file,
    // and a crash would lose every save since the last checkpoint.
    std::fs::remove_file(&wal).unwrap();
    let err = s
        .set(id, "/description", "na het verwijderen".into(), t(2), &ok)
        .unwrap_err();
    assert_eq!(err.code(), "store_wal_lost", "{err}");
    assert!(err.to_string().contains("db.sqlite-wal"), "{err}");
    // What the removed file held is in the database file itself now; the change that noticed
    // it is saved too (in the new WAL file).
    assert_eq!(names_in_main_file_only(&path), ["Een"]);
    let copy = dir("wal-vanished-copy").join("copy.sqlite");
    std::fs::copy(&path, &copy).unwrap();
    assert_eq!(
        Store::open_older(&copy)
            .unwrap()
            .get(id)
            .unwrap()
            .description,
        "voor het verwijderen"
    );
    assert_eq!(s.get(id).unwrap().description, "na het verwijderen");
    assert!(wal.exists(), "a WAL file of its own again");
    // The store carries on without further alarms.
    s.set(id, "/description", "daarna".into(), t(3), &ok)
        .unwrap();
    drop(s);
    assert_eq!(
        Store::open(&path).unwrap().get(id).unwrap().description,
        "daarna"
    );
}

/// Unix only, as the test above.
#[cfg(unix)]
#[test]
fn a_replaced_wal_is_moved_aside_never_replayed() {
    let d = dir("wal-replaced");
    let path = d.join("db.sqlite");
    let mut s = Store::open(&path).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    s.set(id, "/description", "eerste".into(), t(1), &ok)
        .unwrap();
    let wal = safety::wal_path(&path);
    // A sync program puts back an older copy of the WAL file (another file in its place).
    let old = std::fs::read(&wal).unwrap();
    s.set(id, "/description", "tweede".into(), t(2), &ok)
        .unwrap();
    std::fs::remove_file(&wal).unwrap();
    std::fs::write(&wal, &old).unwrap();
    let err = s
        .set(id, "/description", "derde".into(), t(3), &ok)
        .unwrap_err();
    assert_eq!(err.code(), "store_wal_lost", "{err}");
    let StoreError::WalLost {
        aside: Some(aside), ..
    } = &err
    else {
        panic!("the stranger's file is kept aside: {err:?}")
    };
    assert_eq!(std::fs::read(aside).unwrap(), old, "kept as it was");
    drop(s);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.get(id).unwrap().description, "derde", "not rolled back");
}

#[test]
fn a_database_missing_its_newest_saves_is_refused_at_start() {
    let d = dir("behind");
    let path = d.join("db.sqlite");
    let id = Store::open(&path)
        .unwrap()
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    // Closed cleanly: the database file holds everything so far.
    let mut s = Store::open(&path).unwrap();
    for i in 1..5 {
        s.set(
            id,
            "/description",
            format!("wijziging {i}").into(),
            t(i),
            &ok,
        )
        .unwrap();
    }
    // The app stops without closing the database (a crash) and the WAL file is removed: what
    // is left is the database file and the count beside it.
    let gone = dir("behind-after-crash");
    let db = gone.join("db.sqlite");
    std::fs::copy(&path, &db).unwrap();
    std::fs::copy(saves_path(&path), saves_path(&db)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let err = Store::open(&db).err().unwrap();
    assert_eq!(err.code(), "store_behind", "{err}");
    let StoreError::Behind { saved, found, .. } = err else {
        unreachable!()
    };
    assert!(saved > found, "{saved} > {found}");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "refused before any write"
    );
    // Opened as it is on purpose (a backup restored): from then on its own count holds.
    let older = Store::open_older(&db).unwrap();
    assert_eq!(older.get(id).unwrap().description, "");
    drop(older);
    assert!(Store::open(&db).is_ok());
    // A clean close leaves nothing behind: the same database opens without a word.
    drop(s);
    assert_eq!(
        Store::open(&path).unwrap().get(id).unwrap().description,
        "wijziging 4"
    );
    // The count of another database (a different file put in this one's place) is not compared.
    let other = dir("behind-other").join("db.sqlite");
    Store::open(&other).unwrap();
    std::fs::copy(saves_path(&path), saves_path(&other)).unwrap();
    assert!(Store::open(&other).is_ok());
}

#[test]
fn a_full_database_says_so_and_the_same_save_succeeds_when_there_is_room() {
    let d = dir("full-pages");
    let mut s = Store::open(&d.join("db.sqlite")).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    // SQLite's own limit stands in for a full disk here (the same SQLITE_FULL).
    let pages: i64 = s
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    s.conn.pragma_update(None, "max_page_count", pages).unwrap();
    let big = "x".repeat(200_000);
    let err = s
        .set(id, "/description", big.clone().into(), t(1), &ok)
        .unwrap_err();
    assert_eq!(err.code(), "store_disk_full", "{err}");
    assert!(err.to_string().contains("db.sqlite"), "{err}");
    assert_eq!(s.get(id).unwrap().description, "", "nothing half-saved");
    s.conn
        .pragma_update(None, "max_page_count", 1_000_000)
        .unwrap();
    s.set(id, "/description", big.clone().into(), t(2), &ok)
        .unwrap();
    assert_eq!(s.get(id).unwrap().description, big);
}

/// A real full disk: a 1 MiB tmpfs (needs root to mount one; skipped elsewhere unless `CI` is
/// set, where it fails instead).
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_says_so_and_the_same_save_succeeds_when_room_returns() {
    let d = dir("full-disk");
    let mnt = d.join("mnt");
    std::fs::create_dir_all(&mnt).unwrap();
    let mounted = euid() == 0
        && std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(&mnt)
            .status()
            .is_ok_and(|s| s.success());
    if !mounted {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI: cannot mount a small tmpfs (needs root)"
        );
        eprintln!("skipped: cannot mount a small tmpfs (needs root)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mnt.clone());
    let mut s = Store::open(&mnt.join("db.sqlite")).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    // Another program fills the disk.
    let filler = mnt.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 2 << 20]);
    let err = s
        .set(id, "/description", "x".repeat(100_000).into(), t(1), &ok)
        .unwrap_err();
    assert_eq!(err.code(), "store_disk_full", "{err}");
    assert!(!err.to_string().contains("disk I/O"), "{err}");
    std::fs::remove_file(&filler).unwrap();
    s.set(id, "/description", "x".repeat(100_000).into(), t(2), &ok)
        .unwrap();
    drop(s);
    assert_eq!(
        Store::open(&mnt.join("db.sqlite"))
            .unwrap()
            .get(id)
            .unwrap()
            .description
            .len(),
        100_000
    );
}

/// Another process holds the database: Python's sqlite3 module (another program, named), and a
/// copy of this test binary named `dpia-helper` (another DPIA Helper).
#[cfg(target_os = "linux")]
#[test]
fn who_holds_a_locked_database_is_named() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let d = dir("holder");
    let path = d.join("db.sqlite");
    drop(Store::open(&path).unwrap());

    let hold = |cmd: &mut Command| {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // The test harness of the child prints its own words first (on the same line, too).
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut seen = String::new();
        loop {
            let mut next = String::new();
            assert!(out.read_line(&mut next).unwrap() > 0, "never held: {seen}");
            if next.trim_end().ends_with("holding") {
                break;
            }
            seen.push_str(&next);
        }
        // Keep its output drained so that it never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        child
    };
    let py = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n\
              c.execute('BEGIN EXCLUSIVE')\nprint('holding', flush=True)\nsys.stdin.read()\n";
    let python = Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok();
    assert!(
        python || std::env::var_os("CI").is_none(),
        "CI: python3 is missing"
    );
    if python {
        let mut child = hold(Command::new("python3").args(["-c", py]).arg(&path));
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), "store_locked_by_program", "{err}");
        let StoreError::LockedByProgram { program, pid, .. } = &err else {
            unreachable!()
        };
        assert_eq!((program.as_str(), *pid), ("python3", child.id()));
        drop(child.stdin.take());
        child.wait().unwrap();
    }

    let exe = d.join("dpia-helper");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    let mut child = hold(
        Command::new(&exe)
            .args([
                "--exact",
                "safety_tests::holds_a_database_for_another_test",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("DPIA_STORE_HOLD", &path),
    );
    let err = Store::open(&path).err().unwrap();
    assert_eq!(
        err.code(),
        "store_locked_by_app",
        "{err}; child {}; /proc/locks:\n{}",
        child.id(),
        std::fs::read_to_string("/proc/locks").unwrap_or_default()
    );
    assert!(matches!(err, StoreError::LockedByApp { pid, .. } if pid == child.id()));
    drop(child.stdin.take());
    child.wait().unwrap();
    assert!(Store::open(&path).is_ok(), "free again");
}

/// Run by `who_holds_a_locked_database_is_named` in a child process named `dpia-helper`.
#[test]
#[ignore = "a helper process for who_holds_a_locked_database_is_named"]
fn holds_a_database_for_another_test() {
    let Some(path) = std::env::var_os("DPIA_STORE_HOLD") else {
        return;
    };
    let _s = Store::open(Path::new(&path)).unwrap();
    println!("holding");
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut rest);
}

#[test]
fn a_backup_is_the_whole_database_in_one_file() {
    let d = dir("backup");
    let path = d.join("db.sqlite");
    let mut s = Store::open(&path).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    s.set(id, "/description", "in de WAL".into(), t(1), &ok)
        .unwrap();
    let out = dir("backup-out");
    let target = out.join("kopie.sqlite");
    std::fs::write(&target, b"an older backup").unwrap();
    let refused = out.join("niet.sqlite");
    assert!(s.backup(&refused, &|| false).is_err());
    assert!(!refused.exists());
    s.backup(&target, &|| true).unwrap();
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, ["kopie.sqlite"], "no temporary file left");
    let copy = Store::open(&target).unwrap();
    assert_eq!(copy.get(id).unwrap().description, "in de WAL");
    assert_eq!(copy.page("", ListSort::Name, 0, 5).unwrap().total, 1);
}

/// Windows: while the database is open, the WAL cannot be removed or replaced by anyone else (what
/// the Unix tests above detect cannot happen there), and saves go on without a false alarm.
#[cfg(windows)]
#[test]
fn windows_keeps_the_open_wal_from_other_programs() {
    let d = dir("wal-windows");
    let path = d.join("db.sqlite");
    let mut s = Store::open(&path).unwrap();
    let id = s
        .create("Een", &template(), t(0), &line(&template()))
        .unwrap();
    let wal = safety::wal_path(&path);
    assert!(wal.exists());
    assert!(
        std::fs::remove_file(&wal).is_err(),
        "the open WAL was removed"
    );
    assert!(std::fs::rename(&wal, d.join("elders")).is_err());
    for i in 0..20 {
        s.set(id, "/description", format!("versie {i}").into(), t(1), &ok)
            .unwrap();
    }
    assert_eq!(s.get(id).unwrap().description, "versie 19");
}
