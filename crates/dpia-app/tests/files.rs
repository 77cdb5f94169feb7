//! The webview cannot name files: every command that reads, writes, opens or shows a file takes
//! a token that a native dialog of this session returned for that purpose. A raw path, a forged
//! or used-up token, or a token of another kind is refused with a worded `{code, message}` and
//! touches nothing. Also: exports render without the app, and a new database in a read-only
//! folder names the folder.

use dpia_app::{ApiError, App, Purpose};
use dpia_documents::{Format, Kind};
use dpia_i18n::Lang;
use std::path::Path;

mod support;
use support::{dir, export, import, list, now, offset, repo, today};

/// An app on a fresh database in `d`, with one assessment.
fn app_with_assessment(d: &Path) -> (App, i64) {
    let mut app = App::open(&d.join("db.sqlite"));
    assert!(app.app_state().error.is_none());
    let id = app
        .assessments_create("Ziekenhuis", today(), now())
        .unwrap();
    (app, id)
}

/// The files in `d` with their contents, to show nothing was touched.
fn snapshot(d: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let bytes = if p.is_file() {
                std::fs::read(&p).unwrap()
            } else {
                Vec::new()
            };
            (p.file_name().unwrap().to_string_lossy().to_string(), bytes)
        })
        .collect();
    v.sort();
    v
}

/// A refusal: the right code, a worded message in the asked language, no raw message id.
fn assert_refused(r: Result<impl std::fmt::Debug, ApiError>, code: &str, lang: Lang) {
    let e = r.expect_err("must be refused");
    assert_eq!(e.code, code, "{e:?}");
    assert!(!e.message.contains('⟦'), "raw message id: {}", e.message);
    let words = match (code, lang) {
        ("grant_unknown", Lang::Nl) => "niet gekozen in een bestandsdialoog",
        ("grant_unknown", Lang::En) => "not chosen in a file dialog",
        ("grant_wrong_purpose", Lang::Nl) => "gekozen om",
        ("grant_wrong_purpose", Lang::En) => "chosen to",
        _ => unreachable!(),
    };
    assert!(e.message.contains(words), "{lang:?}: {}", e.message);
}

/// Tokens the page could make up: a path, a forged token, an empty one.
fn forged(target: &Path) -> Vec<String> {
    vec![
        target.display().to_string(),
        "0123456789abcdef0123456789abcdef".into(),
        String::new(),
        "../../etc/passwd".into(),
    ]
}

#[test]
fn documents_export_takes_only_a_save_token() {
    let d = dir("documents");
    let (mut app, id) = app_with_assessment(&d);
    let out = dir("documents-out");
    // A file of the user's that the page must not be able to overwrite.
    let victim = out.join("belangrijk.pdf");
    std::fs::write(&victim, b"not yours").unwrap();
    let before = snapshot(&out);
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(&victim) {
            let r =
                app.documents_export(id, "starter", "pdf", lang.code(), &token, today(), offset());
            assert_refused(r, "grant_unknown", lang);
        }
        for purpose in [Purpose::Import, Purpose::Database, Purpose::Reveal] {
            let g = app.grant(purpose, victim.clone());
            let r = app.documents_export(
                id,
                "starter",
                "md",
                lang.code(),
                &g.token,
                today(),
                offset(),
            );
            assert_refused(r, "grant_wrong_purpose", lang);
        }
    }
    assert_eq!(snapshot(&out), before, "a refused export touched a file");

    // The save dialog's token works once; the export returns a token to show the file.
    let target = out.join("aanzet.md");
    let g = app.grant(Purpose::Save, target.clone());
    assert_eq!(g.path, target.display().to_string());
    let job = app
        .documents_export(id, "starter", "md", "nl", &g.token, today(), offset())
        .unwrap();
    assert_eq!(job.path(), target);
    let written = job.write().unwrap();
    assert_eq!(written, target);
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("DPIA-aanzet"));
    let again = app.documents_export(id, "starter", "md", "en", &g.token, today(), offset());
    assert_refused(again, "grant_unknown", Lang::En);
    let reveal = app.grant(Purpose::Reveal, written);
    assert_eq!(app.reveal(&reveal.token).unwrap(), target);
}

#[test]
fn the_export_remembers_the_last_kind_per_assessment() {
    let d = dir("last-kind");
    let (mut app, id) = app_with_assessment(&d);
    assert_eq!(app.documents_last_kind(id).unwrap(), None);
    let out = dir("last-kind-out");
    let g = app.grant(Purpose::Save, out.join("samenvatting.md"));
    app.documents_export(id, "summary", "md", "nl", &g.token, today(), offset())
        .unwrap()
        .write()
        .unwrap();
    assert_eq!(
        app.documents_last_kind(id).unwrap().as_deref(),
        Some("summary")
    );
    // Per assessment: another one still opens on the starter.
    assert_eq!(app.documents_last_kind(id + 1000).unwrap(), None);
    // A refused kind is not remembered.
    let g = app.grant(Purpose::Save, out.join("x.md"));
    assert!(app
        .documents_export(id, "poster", "md", "nl", &g.token, today(), offset())
        .is_err());
    assert_eq!(
        app.documents_last_kind(id).unwrap().as_deref(),
        Some("summary")
    );
}

#[test]
fn assessments_export_takes_only_a_save_token() {
    let d = dir("assessment-export");
    let (mut app, id) = app_with_assessment(&d);
    let out = dir("assessment-export-out");
    let victim = out.join("x.dpia.json");
    std::fs::write(&victim, b"{}").unwrap();
    let before = snapshot(&out);
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(&victim) {
            assert_refused(export(&mut app, id, &token), "grant_unknown", lang);
        }
        for purpose in [Purpose::Import, Purpose::Database, Purpose::Reveal] {
            let g = app.grant(purpose, victim.clone());
            let r = export(&mut app, id, &g.token);
            assert_refused(r, "grant_wrong_purpose", lang);
        }
    }
    assert_eq!(snapshot(&out), before);
    let g = app.grant(Purpose::Save, victim.clone());
    let shown = export(&mut app, id, &g.token).unwrap();
    assert_eq!(shown.purpose, Purpose::Reveal);
    assert_eq!(shown.path, victim.display().to_string());
    assert!(dpia_assessment::load(&victim).is_ok());
    assert_eq!(app.reveal(&shown.token).unwrap(), victim);
    app.set_lang(Lang::Nl).unwrap();
    assert_refused(export(&mut app, id, &g.token), "grant_unknown", Lang::Nl);
}

#[test]
fn open_database_takes_only_a_database_token() {
    let d = dir("open-db");
    let (mut app, id) = app_with_assessment(&d);
    let elsewhere = dir("open-db-elsewhere");
    let target = elsewhere.join("ergens.sqlite");
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(&target) {
            assert_refused(app.open_database(&token), "grant_unknown", lang);
        }
        for purpose in [Purpose::Import, Purpose::Save, Purpose::Reveal] {
            let g = app.grant(purpose, target.clone());
            assert_refused(app.open_database(&g.token), "grant_wrong_purpose", lang);
        }
    }
    // No database was made anywhere, and the current one is still open and in use.
    assert!(snapshot(&elsewhere).is_empty(), "a database was created");
    assert_eq!(
        app.app_state().database,
        d.join("db.sqlite").display().to_string()
    );
    assert!(app.assessments_view(id, today()).is_ok());
    let g = app.grant(Purpose::Database, target.clone());
    let state = app.open_database(&g.token).unwrap();
    assert_eq!(state.database, target.display().to_string());
    assert!(state.error.is_none(), "{:?}", state.error);
    assert!(target.exists());
}

#[test]
fn import_takes_only_an_import_token() {
    let d = dir("import");
    let (mut app, _) = app_with_assessment(&d);
    let hospital = repo("tests/scenarios/hospital.dpia.json");
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(Path::new("/etc/passwd"))
            .into_iter()
            .chain([hospital.display().to_string()])
        {
            assert_refused(import(&mut app, &token), "grant_unknown", lang);
        }
        for purpose in [Purpose::Database, Purpose::Save, Purpose::Reveal] {
            let g = app.grant(purpose, hospital.clone());
            assert_refused(import(&mut app, &g.token), "grant_wrong_purpose", lang);
        }
    }
    assert_eq!(list(&app).len(), 1, "something imported");
    let g = app.grant(Purpose::Import, hospital);
    import(&mut app, &g.token).unwrap();
    assert_eq!(list(&app).len(), 2);
    app.set_lang(Lang::Nl).unwrap();
    assert_refused(import(&mut app, &g.token), "grant_unknown", Lang::Nl);
}

#[test]
fn show_in_folder_takes_only_a_reveal_token() {
    let d = dir("reveal");
    let (mut app, _) = app_with_assessment(&d);
    let secret = d.join("db.sqlite");
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(&secret) {
            assert_refused(app.reveal(&token), "grant_unknown", lang);
        }
        for purpose in [Purpose::Import, Purpose::Database, Purpose::Save] {
            let g = app.grant(purpose, secret.clone());
            assert_refused(app.reveal(&g.token), "grant_wrong_purpose", lang);
        }
    }
    // A reveal token may be used again (the user may click twice).
    let g = app.grant(Purpose::Reveal, secret.clone());
    assert_eq!(app.reveal(&g.token).unwrap(), secret);
    assert_eq!(app.reveal(&g.token).unwrap(), secret);
}

#[test]
fn the_open_dialog_grants_only_import_or_database() {
    let d = dir("open-dialog");
    let (mut app, _) = app_with_assessment(&d);
    assert_eq!(app.open_dialog_purpose("import").unwrap(), Purpose::Import);
    assert_eq!(
        app.open_dialog_purpose("database").unwrap(),
        Purpose::Database
    );
    for bad in ["save", "reveal", "", "IMPORT"] {
        for lang in [Lang::Nl, Lang::En] {
            app.set_lang(lang).unwrap();
            let e = app.open_dialog_purpose(bad).unwrap_err();
            assert_eq!(e.code, "bad_purpose");
            assert!(!e.message.contains('⟦'), "{}", e.message);
        }
    }
}

/// The export renders and writes without the app: the job owns what it needs, so the shell can
/// release the lock before rendering, and autosave goes on meanwhile.
#[test]
fn an_export_renders_without_holding_the_app() {
    fn owned_and_sendable<T: Send + 'static>(_: &T) {}
    let d = dir("outside-lock");
    let (app, id) = app_with_assessment(&d);
    let shared = std::sync::Mutex::new(app);
    let target = d.join("aanzet.pdf");
    let job = {
        let mut app = shared.lock().unwrap();
        let g = app.grant(Purpose::Save, target.clone());
        app.documents_export(id, "starter", "pdf", "nl", &g.token, today(), offset())
            .unwrap()
    };
    owned_and_sendable(&job);
    let render = std::thread::spawn(move || job.write());
    // The lock is free while the document renders: autosave does not wait for it.
    for n in 0..5u64 {
        let mut app = shared
            .try_lock()
            .expect("the lock is free during the render");
        app.assessments_set(
            id,
            "/services/reports/data_subjects_estimate",
            (1000 + n).into(),
            today(),
            now(),
        )
        .unwrap();
    }
    assert_eq!(render.join().unwrap().unwrap(), target);
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"));
}

#[cfg(unix)]
fn euid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").unwrap().uid()
}

/// Root may write read-only folders, so the test reruns itself as `nobody` (65534).
#[cfg(unix)]
fn rerun_unprivileged(test: &str) -> bool {
    use std::os::unix::process::CommandExt;
    if euid() != 0 {
        return false;
    }
    // The test binary may live where `nobody` cannot reach it (a target folder under /root):
    // run a copy from a folder everyone may read.
    use std::os::unix::fs::PermissionsExt;
    let copy_dir = std::env::temp_dir().join(format!("dpia-app-rerun-{}", std::process::id()));
    std::fs::create_dir_all(&copy_dir).unwrap();
    std::fs::set_permissions(&copy_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let exe = copy_dir.join(format!("files-test-{test}"));
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

/// Unix only: a read-only folder is made with chmod here; on Windows it is an access rule (ACL),
/// which the Wine run (as root, on Unix modes) cannot make.
#[cfg(unix)]
#[test]
fn a_new_database_beside_in_a_read_only_folder_names_the_folder() {
    use std::os::unix::fs::PermissionsExt;
    if rerun_unprivileged("a_new_database_beside_in_a_read_only_folder_names_the_folder") {
        return;
    }
    let d = dir("beside-ro");
    let folder = d.join("alleen-lezen");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("dpia-helper.sqlite");
    drop(App::open(&db));
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = snapshot(&folder);
    let mut app = App::open(&db);
    assert_eq!(app.app_state().error.unwrap().code, "store_read_only");
    // Twice: the second attempt must not pick up a file name from the first.
    for _ in 0..2 {
        let state = app.new_database_beside(now());
        let e = state.error.expect("an error");
        assert_eq!(e.code, "store_folder_read_only", "{e:?}");
        assert!(
            e.message.contains(&folder.display().to_string()),
            "{}",
            e.message
        );
        assert!(
            !e.message.contains("20261128"),
            "names a file that does not exist: {}",
            e.message
        );
        assert!(!e.message.contains('⟦'), "{}", e.message);
        // The screen still names the file the user knows.
        assert_eq!(state.database, db.display().to_string());
    }
    assert_eq!(
        snapshot(&folder),
        before,
        "something was made in the folder"
    );
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The language is the app's, not the database's: chosen on one database, it holds on a
/// damaged one (the error screen), and a choice made on the error screen is remembered.
#[test]
fn the_language_is_remembered_for_the_app() {
    let d = dir("lang");
    let settings = d.join("config").join("settings.json");
    let mut app = App::open_with_settings(&d.join("db.sqlite"), Some(settings.clone()));
    assert_eq!(app.app_state().lang, Lang::Nl);
    app.set_lang(Lang::En).unwrap();
    drop(app);

    let broken = d.join("broken.sqlite");
    std::fs::write(&broken, b"not a database, just text").unwrap();
    let mut app = App::open_with_settings(&broken, Some(settings.clone()));
    let state = app.app_state();
    assert!(state.error.is_some());
    assert_eq!(
        state.lang,
        Lang::En,
        "the error screen speaks the language chosen before"
    );
    assert!(
        !state.error.unwrap().message.contains("bestand"),
        "the error is worded in English"
    );
    // Chosen on the error screen: remembered although no database is open.
    app.set_lang(Lang::Nl).unwrap();
    drop(app);
    let app = App::open_with_settings(&d.join("db.sqlite"), Some(settings));
    assert_eq!(app.app_state().lang, Lang::Nl);
    assert_eq!(
        std::fs::read(&broken).unwrap(),
        b"not a database, just text",
        "the damaged file is untouched"
    );
}

/// A PDF or DOCX exported by DPIA Helper imports as the assessment it came from; a document
/// without our data is refused with a message naming it, and nothing is imported.
#[test]
fn import_reads_the_answers_a_pdf_or_docx_carries() {
    let d = dir("import-documents");
    let (mut app, _) = app_with_assessment(&d);
    let original = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let json = dpia_assessment::to_json(&original);
    let st = dpia_statement::Statement::embedded();
    let doc = dpia_documents::build(Kind::Starter, &st, &original, Lang::Nl, today());
    for format in [Format::Pdf, Format::Docx] {
        let file = d.join(format!("aanzet.{}", format.extension()));
        std::fs::write(&file, dpia_documents::render(&doc, format).unwrap()).unwrap();
        let g = app.grant(Purpose::Import, file);
        let id = import(&mut app, &g.token).unwrap().id;
        let out = d.join(format!("terug-{}.dpia.json", format.extension()));
        let save = app.grant(Purpose::Save, out.clone());
        export(&mut app, id, &save.token).unwrap();
        // The same file, with the assessment id an import gives a file that has none (so a
        // later copy of it is recognised).
        let mut back = dpia_assessment::load(&out).unwrap();
        assert_eq!(back.id.len(), 32, "{format:?}");
        back.id.clear();
        assert_eq!(dpia_assessment::to_json(&back), json, "{format:?}");
    }
    let before = list(&app).len();
    let mut bare = doc.clone();
    bare.meta.attachment = None;
    for (format, code, words) in [
        (
            Format::Pdf,
            "pdf_without_data",
            "is een PDF zonder gegevens van DPIA Helper",
        ),
        (
            Format::Docx,
            "docx_without_data",
            "is een Word-document zonder gegevens van DPIA Helper",
        ),
    ] {
        let file = d.join(format!("vreemd.{}", format.extension()));
        std::fs::write(&file, dpia_documents::render(&bare, format).unwrap()).unwrap();
        let g = app.grant(Purpose::Import, file.clone());
        let e = import(&mut app, &g.token).unwrap_err();
        assert_eq!(e.code, code);
        assert!(
            e.message
                .starts_with(&format!("{} {words}", file.display())),
            "{}",
            e.message
        );
    }
    assert_eq!(list(&app).len(), before);
}

/// Importing the same file twice keeps both and says which assessment already had these answers.
#[test]
fn importing_a_file_twice_is_noticed() {
    let d = dir("import-twice");
    let (mut app, _) = app_with_assessment(&d);
    let hospital = repo("tests/scenarios/hospital.dpia.json");
    let g = app.grant(Purpose::Import, hospital.clone());
    let first = import(&mut app, &g.token).unwrap();
    assert_eq!(first.same_as, None, "the first import is new");
    let g = app.grant(Purpose::Import, hospital);
    let second = import(&mut app, &g.token).unwrap();
    assert_ne!(second.id, first.id);
    assert_eq!(second.same_as.as_deref(), Some("Ziekenhuis Rijnoever"));
    assert_eq!(list(&app).len(), 3, "both are kept");
}

#[test]
fn backup_database_takes_only_a_save_token_and_copies_every_save() {
    let d = dir("backup");
    let (mut app, id) = app_with_assessment(&d);
    app.assessments_set(id, "/description", "in de WAL".into(), today(), now())
        .unwrap();
    let out = dir("backup-out");
    let victim = out.join("oud.sqlite");
    std::fs::write(&victim, b"an older backup").unwrap();
    let before = snapshot(&out);
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        for token in forged(&victim) {
            assert_refused(app.backup_database(&token), "grant_unknown", lang);
        }
        for purpose in [Purpose::Import, Purpose::Database, Purpose::Reveal] {
            let g = app.grant(purpose, victim.clone());
            assert_refused(app.backup_database(&g.token), "grant_wrong_purpose", lang);
        }
    }
    assert_eq!(snapshot(&out), before, "a refused backup touched a file");
    // The save dialog's token: the copy replaces the file there (the dialog asked), once.
    let g = app.grant(Purpose::Save, victim.clone());
    let shown = app.backup_database(&g.token).unwrap();
    assert_eq!(app.reveal(&shown.token).unwrap(), victim);
    assert_refused(app.backup_database(&g.token), "grant_unknown", Lang::En);
    let copy = App::open(&victim);
    assert!(copy.app_state().error.is_none());
    assert_eq!(
        copy.assessments_view(id, today())
            .unwrap()
            .assessment
            .description,
        "in de WAL"
    );
    assert_eq!(list(&copy).len(), 1);
}

/// Ids the page sends that are not known are refused with a worded message, in both languages.
#[test]
fn unknown_ids_from_the_page_are_refused_with_words() {
    let d = dir("unknown-ids");
    let (mut app, id) = app_with_assessment(&d);
    for lang in [Lang::Nl, Lang::En] {
        app.set_lang(lang).unwrap();
        let g = app.grant(Purpose::Save, d.join("x.pdf"));
        for (kind, format, doc_lang, code) in [
            ("brief", "pdf", "nl", "bad_kind"),
            ("starter", "odt", "nl", "bad_format"),
            ("starter", "pdf", "de", "bad_lang"),
        ] {
            let e = app
                .documents_export(id, kind, format, doc_lang, &g.token, today(), offset())
                .unwrap_err();
            assert_eq!(e.code, code);
            assert!(!e.message.contains('⟦'), "{}", e.message);
        }
        let e = app.parse_lang("fr").unwrap_err();
        assert_eq!(e.code, "bad_lang");
        assert!(!e.message.contains('⟦'), "{}", e.message);
    }
}
