//! LibreOffice opens the rendered file, recognises its headings, table header rows and
//! contents, and lays it out with the page footers (Debian packages `libreoffice-writer-nogui`
//! and `poppler-utils`). `#[ignore]`d in a plain `cargo test`; `scripts/test.sh` installs the
//! tools and runs them with `--include-ignored`, and without them they fail.

mod common;

use common::*;
use dpia_document_model::sample;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("dpia-docx-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs a command with a deadline; panics with its output if it fails or hangs. Output is
/// read while the command runs (a full pipe would otherwise stall it).
fn run(cmd: &mut Command, limit: Duration) -> String {
    let what = format!("{cmd:?}");
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {what}: {e}. Install the Debian packages libreoffice-writer-nogui \
                 and poppler-utils (scripts/test.sh does)"
            )
        });
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(limit) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            // Stop only the process this test started.
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("{what} did not finish within {limit:?}");
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what} failed: {}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// Converts `docx` with headless LibreOffice, using a private profile in `dir`.
fn convert(docx: &Path, format: &str, dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    run(
        Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
            ])
            .arg(dir)
            .arg(docx),
        Duration::from_secs(240),
    );
    let out = docx.with_extension(format);
    let out = dir.join(out.file_name().unwrap());
    assert!(out.exists(), "LibreOffice wrote no {format}");
    out
}

#[test]
#[ignore = "needs LibreOffice and poppler-utils (scripts/test.sh installs them)"]
fn libreoffice_opens_it_with_headings_header_rows_and_footers() {
    let doc = sample::stress("nl");
    let tmp = TempDir::new("lo");
    let docx = tmp.0.join("stress.docx");
    std::fs::write(&docx, dpia_docx::render(&doc).unwrap()).unwrap();

    // ODT: the structure LibreOffice understood.
    let odt = convert(&docx, "odt", &tmp.0);
    let parts = unzip(&std::fs::read(&odt).unwrap());
    let content = parse(&part(&parts, "content.xml"));
    let headings: Vec<(String, String)> = content
        .find_all("text:h")
        .iter()
        .map(|h| {
            (
                h.attr("text:outline-level").unwrap_or("").to_string(),
                // A review comment anchored in a heading is an annotation inside it.
                h.text_without("office:annotation"),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = doc
        .headings()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect();
    // The contents lists headings as index entries, not headings: exactly the document's.
    assert_eq!(headings, expected, "LibreOffice headings");
    let register = content
        .find_all("table:table")
        .into_iter()
        .find(|t| t.text().contains("Onbevoegde toegang"))
        .expect("risk register table");
    let header = register
        .find("table:table-header-rows")
        .expect("header row repeats on each page");
    assert!(header.text().contains("Eigenaar"));
    let toc = content
        .find("text:table-of-content")
        .expect("contents is a LibreOffice index");
    let toc_text = toc.text();
    assert!(content.text().contains(&doc.meta.contents_title));
    for (level, text) in doc.headings() {
        assert_eq!(toc_text.contains(text), level <= 2, "{text} in contents");
    }
    let meta = parse(&part(&parts, "meta.xml"));
    assert_eq!(
        meta.find("dc:title").map(|t| t.text()),
        Some(doc.meta.title.clone())
    );

    // PDF: the laid-out text, footers on every page but the cover (issue 18).
    let pdf = convert(&docx, "pdf", &tmp.0);
    let info = run(Command::new("pdfinfo").arg(&pdf), Duration::from_secs(60));
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("page count")
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 5, "{pages} pages");
    let text = run(
        Command::new("pdftotext").arg(&pdf).arg("-"),
        Duration::from_secs(60),
    );
    assert!(
        !text.contains(&format!("Pagina 1 van {pages}")),
        "no footer on the cover"
    );
    for page in 2..=pages {
        let footer = format!("Pagina {page} van {pages}");
        assert!(text.contains(&footer), "{footer:?} missing");
    }
    assert_eq!(
        text.matches(&doc.meta.header).count(),
        pages - 1,
        "header except on the cover"
    );
    for needle in [
        "<script>alert(1)</script> R&D {$x} \"quoted\"",
        "[statement item 11]",
        "Blokkerend: BSN zonder wettelijke grondslag.",
        "In te vullen door de verwerkingsverantwoordelijke: grondslag",
        "Vóór maatregelen",
        "R1, R3, R9, R11",
    ] {
        assert!(text.contains(needle), "{needle:?} not in the PDF text");
    }
    for (_, heading) in doc.headings() {
        assert!(text.contains(heading), "{heading:?} not in the PDF text");
    }
}

/// The exchange file survives LibreOffice opening and saving the document as DOCX again
/// (LibreOffice keeps custom XML parts); LibreOffice also keeps the Quote style and computes
/// the page numbers of references.
#[test]
#[ignore = "needs LibreOffice and poppler-utils (scripts/test.sh installs them)"]
fn libreoffice_resave_keeps_the_exchange_file() {
    let doc = sample::stress("nl");
    let tmp = TempDir::new("resave");
    let src = tmp.0.join("in");
    std::fs::create_dir_all(&src).unwrap();
    let docx = src.join("stress.docx");
    std::fs::write(&docx, dpia_docx::render(&doc).unwrap()).unwrap();
    let out_dir = tmp.0.join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let profile = tmp.0.join("profile");
    run(
        Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
            ])
            .arg(&out_dir)
            .arg(&docx),
        Duration::from_secs(240),
    );
    let resaved = std::fs::read(out_dir.join("stress.docx")).expect("LibreOffice wrote a .docx");
    assert_ne!(resaved, std::fs::read(&docx).unwrap(), "really re-saved");
    let a = dpia_docx::read_attachment(&resaved)
        .unwrap()
        .expect("LibreOffice kept the exchange file");
    assert_eq!(Some(&a), doc.meta.attachment.as_ref());

    // The review comments survive, with their replies and the answer they are on (by the tag
    // or the answer's bookmark, whichever LibreOffice kept).
    let comments = dpia_docx::read_comments(&resaved).unwrap();
    let texts: Vec<&str> = comments.iter().map(|c| c.text.as_str()).collect();
    let first = comments
        .iter()
        .find(|c| c.text.starts_with("Waarom is dit nodig?"))
        .expect("the comment on the answer");
    let pointer = "/controller/necessity";
    assert!(
        matches!(&first.place, Some(dpia_docx::Place::Tag(t)) if t == pointer)
            || first.place
                == Some(dpia_docx::Place::Bookmark(dpia_docx::field_bookmark(
                    pointer
                ))),
        "{first:?}"
    );
    let reply = comments
        .iter()
        .find(|c| c.text == "Zie bijlage 2.")
        .expect("the reply");
    // LibreOffice 7.4 writes no commentsExtended.xml: a reply comes back as a comment on the
    // same answer (newer versions keep the thread).
    assert!(
        reply.parent.is_none() || reply.parent.as_ref() == Some(&first.id),
        "{texts:?}"
    );
    assert_eq!(reply.place, first.place);

    let parts = unzip(&resaved);
    let body = parse(&part(&parts, "word/document.xml"));
    let quote = body
        .find_all("w:p")
        .into_iter()
        .find(|p| p.w_text().starts_with("De Verwerker verwerkt"))
        .expect("quote paragraph");
    assert_eq!(p_style(quote), Some("Quote"));

    // References show their page numbers once LibreOffice lays the document out.
    let pdf = convert(&out_dir.join("stress.docx"), "pdf", &out_dir);
    let text = run(
        Command::new("pdftotext").arg(&pdf).arg("-"),
        Duration::from_secs(60),
    );
    let flat = text.replace(['\n', '\u{a0}'], " ");
    let at = flat
        .find("Zie 2 Risicoregister (blz. ")
        .expect("reference with page");
    let page: String = flat[at + "Zie 2 Risicoregister (blz. ".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(!page.is_empty(), "{}", &flat[at..at + 60]);
}
