//! `write_atomic` on the system the tests run on (Linux, and Windows through Wine in
//! `scripts/test-windows.sh`); promises that hold on one system only say why.

use super::*;

/// A fresh, empty folder for one test.
fn fresh(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpia-w-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn problem(e: FileError) -> IoProblem {
    match e {
        FileError::Write { problem, .. } => problem,
        other => panic!("not a write error: {other:?}"),
    }
}

#[test]
fn write_atomic_refuses_to_overwrite() {
    let dir = std::env::temp_dir().join(format!("dpia-w-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("a.txt");
    let _ = std::fs::remove_file(&p);
    write_atomic(&p, b"one", false).unwrap();
    assert_eq!(
        write_atomic(&p, b"two", false).unwrap_err().code(),
        "file_exists"
    );
    assert_eq!(std::fs::read(&p).unwrap(), b"one");
    write_atomic(&p, b"two", true).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"two");
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(leftovers, 1);
    let missing = dir.join("no/such/folder/x.txt");
    let err = write_atomic(&missing, b"x", false).unwrap_err();
    assert_eq!(err.code(), "file_write");
    assert!(
        matches!(problem(err), IoProblem::NoFolder { folder } if folder.ends_with("folder")),
        "names the missing folder"
    );
    assert_eq!(
        problem(write_atomic(&dir, b"x", true).unwrap_err()),
        IoProblem::IsFolder
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Someone else's files that look like our temporary files (the old fixed name
/// `.NAME.PID.tmp` among them) are neither removed nor changed, and the write succeeds.
#[test]
fn write_atomic_leaves_strangers_temporary_files_alone() {
    let dir = std::env::temp_dir().join(format!("dpia-w-stray-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("a.txt");
    let strays = [
        format!(".a.txt.{}.tmp", std::process::id()),
        ".a.txt.tmp".to_string(),
        ".a.txt.000000.tmp".to_string(),
        ".a.txt.abcdef.tmp".to_string(),
        "a.txt.tmp".to_string(),
    ];
    for (i, s) in strays.iter().enumerate() {
        std::fs::write(dir.join(s), format!("stranger {i}")).unwrap();
    }
    for (overwrite, text) in [(false, "one"), (true, "two")] {
        write_atomic(&p, text.as_bytes(), overwrite).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), text);
        for (i, s) in strays.iter().enumerate() {
            assert_eq!(
                std::fs::read_to_string(dir.join(s)).unwrap(),
                format!("stranger {i}"),
                "{s} was changed or removed"
            );
        }
        // Nothing of ours is left behind: the strays and the written file, nothing else.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), strays.len() + 1);
    }
    // Refusing to overwrite still says so, about a file that really exists.
    let err = write_atomic(&p, b"three", false).unwrap_err();
    assert_eq!(err.code(), "file_exists");
    assert!(p.exists());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), strays.len() + 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The no-clobber check is made by the rename itself: a file that appears after the
/// existence check (here: made by a racing writer) is not replaced.
#[test]
fn write_atomic_no_clobber_is_race_free() {
    let dir = std::env::temp_dir().join(format!("dpia-w-race-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("race.txt");
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let p = p.clone();
            std::thread::spawn(move || write_atomic(&p, format!("writer {i}").as_bytes(), false))
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
    for r in results.iter().filter_map(|r| r.as_ref().err()) {
        assert_eq!(r.code(), "file_exists");
    }
    assert!(std::fs::read_to_string(&p).unwrap().starts_with("writer "));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A read-only file is not replaced, even when overwriting is allowed (Unix's rename would
/// replace it; Windows refuses), and nothing of ours is left behind.
#[test]
fn write_atomic_never_replaces_a_read_only_file() {
    let dir = fresh("ro");
    let p = dir.join("alleen lezen.pdf");
    std::fs::write(&p, b"kept").unwrap();
    let mut perms = std::fs::metadata(&p).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&p, perms.clone()).unwrap();
    let err = write_atomic(&p, b"new", true).unwrap_err();
    assert_eq!(err.code(), "file_write");
    assert_eq!(problem(err), IoProblem::ReadOnly);
    assert_eq!(std::fs::read(&p).unwrap(), b"kept");
    assert_eq!(names(&dir), ["alleen lezen.pdf"]);
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&p, perms).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Paths beyond Windows' classic 260 characters, and a name of 240 bytes (the temporary
/// file's name must still fit in 255).
#[test]
fn write_atomic_writes_long_paths_and_long_names() {
    let root = fresh("long");
    let mut dir = root.clone();
    for i in 0..6 {
        dir = dir.join(format!(
            "{i}-{}",
            "map met een lange naam é ".repeat(2).trim()
        ));
    }
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{}.pdf", "n".repeat(236)));
    assert!(p.as_os_str().len() > 400, "{}", p.as_os_str().len());
    write_atomic(&p, b"one", false).unwrap();
    assert_eq!(
        write_atomic(&p, b"two", false).unwrap_err().code(),
        "file_exists"
    );
    write_atomic(&p, b"two", true).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"two");
    assert_eq!(names(&dir).len(), 1);
    std::fs::remove_dir_all(&root).unwrap();
}

/// A name with spaces and letters outside ASCII is written as it is.
#[test]
fn write_atomic_keeps_spaces_and_non_ascii_letters() {
    let dir = fresh("names").join("Één map – ĳssel");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("Zorggroep Één (concept) — ĳ.dpia.json");
    write_atomic(&p, "é\n".as_bytes(), false).unwrap();
    assert_eq!(names(&dir), ["Zorggroep Één (concept) — ĳ.dpia.json"]);
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "é\n");
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
}

/// A new file gets the mode any program's new file gets under the process's umask (the
/// temporary file's 0600 would keep colleagues out of a shared folder), also when it
/// replaces a file. Unix only: Windows has no modes (its folders' ACLs apply).
#[cfg(unix)]
#[test]
fn write_atomic_gives_files_the_mode_the_umask_allows() {
    use std::os::unix::fs::PermissionsExt;
    let dir = fresh("mode");
    let reference = dir.join("reference");
    std::fs::File::create(&reference).unwrap();
    let expected = std::fs::metadata(&reference).unwrap().permissions().mode() & 0o777;
    let p = dir.join("x.pdf");
    write_atomic(&p, b"one", false).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&p), expected, "new file: {:o}", mode(&p));
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    write_atomic(&p, b"two", true).unwrap();
    assert_eq!(mode(&p), expected, "replaced file: {:o}", mode(&p));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Names Windows forbids are refused there before anything is made; elsewhere they are
/// ordinary names, written as asked (the save dialogs propose only portable ones).
#[test]
fn names_windows_forbids_are_refused_on_windows() {
    let dir = fresh("forbidden");
    for name in ["CON.pdf", "nul.dpia.json", "com1", "vraag?.md", "punt."] {
        let p = dir.join(name);
        let result = write_atomic(&p, b"x", false);
        if cfg!(windows) {
            let err = result.unwrap_err();
            assert_eq!(
                problem(err),
                IoProblem::NameNotAllowed { name: name.into() },
                "{name}"
            );
        } else {
            result.unwrap();
        }
    }
    if cfg!(windows) {
        assert!(names(&dir).is_empty(), "{:?}", names(&dir));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Windows: a file another program holds open without sharing it for deletion (as Word
/// does) cannot be replaced; the user hears that, the file is unchanged and our temporary
/// file is gone. (Unix replaces the name and the other program keeps the old data, see below.)
#[cfg(windows)]
#[test]
fn a_file_open_in_another_program_is_reported_in_use() {
    use std::os::windows::fs::OpenOptionsExt;
    let dir = fresh("in-use");
    let p = dir.join("open in Word.docx");
    std::fs::write(&p, b"old").unwrap();
    const FILE_SHARE_READ: u32 = 1;
    let held = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(&p)
        .unwrap();
    let err = write_atomic(&p, b"new", true).unwrap_err();
    assert!(
        matches!(problem(err.clone()), IoProblem::InUse { .. }),
        "{err:?}"
    );
    drop(held);
    assert_eq!(std::fs::read(&p).unwrap(), b"old");
    assert_eq!(names(&dir), ["open in Word.docx"]);
    write_atomic(&p, b"new", true).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"new");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Unix counterpart: a reader that holds the file open keeps reading the old data; the name
/// points to the new file.
#[cfg(unix)]
#[test]
fn a_file_open_elsewhere_is_replaced_and_its_reader_keeps_the_old_data() {
    use std::io::Read;
    let dir = fresh("open-unix");
    let p = dir.join("open.docx");
    std::fs::write(&p, b"old").unwrap();
    let mut held = std::fs::File::open(&p).unwrap();
    write_atomic(&p, b"new", true).unwrap();
    let mut seen = String::new();
    held.read_to_string(&mut seen).unwrap();
    assert_eq!(seen, "old");
    assert_eq!(std::fs::read(&p).unwrap(), b"new");
    std::fs::remove_dir_all(&dir).unwrap();
}
