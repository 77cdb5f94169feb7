//! A document carries its answers: every scenario, rendered as starter and summary, as PDF and
//! DOCX, in both languages, reads back as the assessment it came from; documents from other
//! programs, edited documents and newer files give their own clear errors.

use chrono::NaiveDate;
use dpia_documents::embedded::{self, EmbeddedError};
use dpia_documents::{build, render, Format, Kind};
use dpia_i18n::{Lang, Messages};
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn scenarios() -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_scenario_reads_back_from_its_pdf_and_docx() {
    let paths = scenarios();
    assert!(paths.len() >= 10, "{paths:?}");
    // Two threads: the scenarios split in halves (rendering in a debug build takes a while).
    let (first, second) = paths.split_at(paths.len() / 2);
    std::thread::scope(|s| {
        for half in [first, second] {
            s.spawn(move || {
                for path in half {
                    let a = dpia_assessment::load(path).unwrap();
                    let st = dpia_golden::statement_for(&a);
                    let json = dpia_assessment::to_json(&a);
                    for kind in [Kind::Starter, Kind::Summary] {
                        for lang in [Lang::Nl, Lang::En] {
                            let doc = build(kind, &st, &a, lang, date());
                            for format in [Format::Pdf, Format::Docx] {
                                let bytes = render(&doc, format).unwrap();
                                let name = format!("x.{}", format.extension());
                                let what =
                                    format!("{} {kind:?} {lang:?} {format:?}", path.display());
                                let back = embedded::parse_for(&bytes, &name, &st)
                                    .unwrap_or_else(|e| panic!("{what}: {e}"));
                                assert!(back == a, "{what}: not the same assessment");
                                assert_eq!(dpia_assessment::to_json(&back), json, "{what}");
                                let raw = embedded::exchange_bytes(&bytes, &name).unwrap();
                                assert_eq!(raw, json.as_bytes(), "{what}: not byte-identical");
                            }
                        }
                    }
                }
            });
        }
    });
}

#[test]
fn the_exchange_file_is_named_after_the_client_and_described() {
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let st = dpia_golden::statement_for(&a);
    for lang in [Lang::Nl, Lang::En] {
        let doc = build(Kind::Starter, &st, &a, lang, date());
        let att = doc.meta.attachment.as_ref().unwrap();
        assert!(att.file_name.ends_with(".dpia.json"), "{}", att.file_name);
        assert_eq!(att.mime, "application/json");
        assert_eq!(
            att.description,
            Messages::new(lang).get("doc-attachment-description")
        );
        // Markdown cannot carry the file, so it says where the answers are.
        let md = dpia_documents::markdown::render(&doc);
        let note = Messages::new(lang).get("doc-attachment-elsewhere");
        assert!(md
            .trim_end()
            .ends_with(&format!("_{}_", dpia_documents::markdown::escape(&note))));
    }
}

/// A PDF made by another program (here lopdf, with an attachment of its own that is not ours).
fn foreign_pdf(attachment: Option<(&str, &[u8])>) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"BT ET".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page.into()],
            "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if let Some((name, data)) = attachment {
        let ef = doc.add_object(Stream::new(
            dictionary! { "Type" => "EmbeddedFile" },
            data.to_vec(),
        ));
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => Object::string_literal(name),
            "UF" => Object::string_literal(name),
            "EF" => dictionary! { "F" => ef },
        });
        catalog.set(
            "Names",
            dictionary! {
                "EmbeddedFiles" => dictionary! {
                    "Names" => vec![Object::string_literal(name), spec.into()],
                },
            },
        );
    }
    let catalog = doc.add_object(catalog);
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_pdf_from_another_program_has_no_dpia_helper_data() {
    for pdf in [
        foreign_pdf(None),
        foreign_pdf(Some((
            "invoice.json",
            b"{\"format\": \"dpia-helper/assessment\"}",
        ))),
    ] {
        let err = embedded::parse(&pdf, "scan.pdf").unwrap_err();
        assert_eq!(
            err,
            EmbeddedError::PdfWithoutData {
                file: "scan.pdf".into()
            }
        );
        assert_eq!(err.code(), "pdf_without_data");
        for lang in [Lang::Nl, Lang::En] {
            let message = embedded::describe(&Messages::new(lang), &err);
            assert!(message.starts_with("scan.pdf "), "{message}");
            assert!(message.contains("PDF"), "{message}");
        }
    }
    // The file is found by what it is, in any PDF: an attachment named *.dpia.json is parsed
    // strictly, like a .dpia.json file.
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let json = dpia_assessment::to_json(&a);
    let pdf = foreign_pdf(Some(("hospital.dpia.json", json.as_bytes())));
    assert_eq!(embedded::parse(&pdf, "other.pdf").unwrap(), a);
    let pdf = foreign_pdf(Some(("broken.dpia.json", b"{\"format\": 1")));
    assert_eq!(
        embedded::parse(&pdf, "b.pdf").unwrap_err().code(),
        "file_syntax"
    );
}

#[test]
fn a_docx_without_our_part_has_no_dpia_helper_data() {
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let st = dpia_golden::statement_for(&a);
    let mut doc = build(Kind::Summary, &st, &a, Lang::En, date());
    doc.meta.attachment = None;
    let docx = render(&doc, Format::Docx).unwrap();
    let err = embedded::parse(&docx, "letter.docx").unwrap_err();
    assert_eq!(
        err,
        EmbeddedError::DocxWithoutData {
            file: "letter.docx".into()
        }
    );
    let message = embedded::describe(&Messages::new(Lang::Nl), &err);
    assert!(
        message.starts_with("letter.docx is een Word-document zonder"),
        "{message}"
    );
}

/// `tests/documents/hospital.summary.libreoffice.docx`: `dpia summary` of the hospital as DOCX
/// (nl, 2026-11-28), opened and saved again by LibreOffice (`soffice --headless --convert-to
/// docx`). LibreOffice keeps our custom XML part, so the edited document still imports.
#[test]
fn a_docx_saved_again_by_libreoffice_still_imports() {
    let path = repo("tests/documents/hospital.summary.libreoffice.docx");
    let bytes = std::fs::read(&path).unwrap();
    let original = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let st = dpia_golden::statement_for(&original);
    let fresh = render(
        &build(Kind::Summary, &st, &original, Lang::Nl, date()),
        Format::Docx,
    )
    .unwrap();
    assert_ne!(bytes, fresh, "the fixture was really saved by LibreOffice");
    let back = embedded::parse_for(&bytes, "hospital.docx", &st).unwrap();
    assert_eq!(back, original);
}

#[test]
fn a_newer_file_in_a_document_gives_the_newer_error() {
    let a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let st = dpia_golden::statement_for(&a);
    let newer = dpia_assessment::to_json(&a).replacen("\"version\": 4", "\"version\": 9", 1);
    assert_ne!(newer, dpia_assessment::to_json(&a));
    let mut doc = build(Kind::Starter, &st, &a, Lang::En, date());
    doc.meta.attachment.as_mut().unwrap().data = newer.into_bytes();
    for format in [Format::Pdf, Format::Docx] {
        let bytes = render(&doc, format).unwrap();
        let name = format!("new.{}", format.extension());
        let err = embedded::parse_for(&bytes, &name, &st).unwrap_err();
        assert_eq!(err.code(), "file_newer", "{err}");
        let message = embedded::describe(&Messages::new(Lang::En), &err);
        assert!(
            message.starts_with(&format!("{name}: written by a newer DPIA Helper")),
            "{message}"
        );
    }
}

/// A valid `.dpia.json` with "%PDF-" in a name within its first 1024 bytes is JSON (it starts
/// with `{`): written by DPIA Helper, read back by path and by bytes as the same assessment.
#[test]
fn a_pdf_marker_in_a_name_does_not_make_json_a_pdf() {
    let mut a = dpia_assessment::load(&repo("tests/scenarios/hospital.dpia.json")).unwrap();
    a.organisation.name = "%PDF-1.7 Ziekenhuis".into();
    let json = dpia_assessment::to_json(&a);
    let at = json.find("%PDF-").unwrap();
    assert!(at < 1024, "{at}");
    let dir = std::env::temp_dir().join(format!("dpia-pdf-marker-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("marker.dpia.json");
    dpia_assessment::write_atomic(&path, json.as_bytes(), true).unwrap();
    let bytes = embedded::read(&path).unwrap();
    assert_eq!(bytes, json.as_bytes());
    assert_eq!(embedded::parse(&bytes, "marker.dpia.json").unwrap(), a);
    std::fs::remove_dir_all(&dir).ok();
}

/// A `.dpia.json` over the limit is refused by its length, before it is read: a sparse file
/// of 250 MB (no disk used) gives the file's own size error at once.
#[test]
fn a_large_json_file_is_refused_by_its_length() {
    let dir = std::env::temp_dir().join(format!("dpia-large-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.dpia.json");
    let f = std::fs::File::create(&path).unwrap();
    std::io::Write::write_all(&mut &f, b"{\"format\": ").unwrap();
    f.set_len(250_000_000).unwrap();
    let err = embedded::read(&path).unwrap_err();
    assert_eq!(err.code(), "file_too_large", "{err}");
    let message = embedded::describe(&Messages::new(Lang::En), &err);
    assert!(
        message.contains("big.dpia.json") && message.contains("250,000,000"),
        "{message}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Every reading limit has its own code and a message in both languages that names the file
/// and the limit (never the file-size limit for a limit that is not about size).
#[test]
fn every_reading_limit_has_its_own_message() {
    let file = || "x.pdf".to_string();
    let cases = [
        (
            EmbeddedError::TooLarge {
                file: file(),
                size: 300_000_000,
                max: 268_435_456,
            },
            "document_too_large",
            ["300.000.000", "300,000,000"],
        ),
        (
            EmbeddedError::Unpacked {
                file: file(),
                max: 67_108_864,
                reason: String::new(),
            },
            "document_unpacks_too_large",
            ["67.108.864", "67,108,864"],
        ),
        (
            EmbeddedError::PdfTooManyObjects {
                file: file(),
                max: 2_000_000,
                reason: String::new(),
            },
            "pdf_too_many_objects",
            ["2.000.000", "2,000,000"],
        ),
        (
            EmbeddedError::PdfTooManyAttachments {
                file: file(),
                max: 10_000,
            },
            "pdf_too_many_attachments",
            ["10.000", "10,000"],
        ),
        (
            EmbeddedError::DocxTooManyEntries {
                file: file(),
                max: 10_000,
            },
            "docx_too_many_entries",
            ["10.000", "10,000"],
        ),
        (
            EmbeddedError::TooDeep {
                file: file(),
                max: 64,
                reason: String::new(),
            },
            "document_too_deep",
            ["64", "64"],
        ),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (err, code, numbers) in cases {
        assert_eq!(err.code(), code);
        for (lang, number) in [(Lang::Nl, numbers[0]), (Lang::En, numbers[1])] {
            let message = embedded::describe(&Messages::new(lang), &err);
            assert!(message.starts_with("x.pdf"), "{message}");
            assert!(message.contains(number), "{message}");
            assert!(!message.contains('⟦'), "{message}");
            if code != "document_too_large" {
                assert!(!message.contains("268"), "{message}");
            }
            assert!(
                seen.insert(message.clone()),
                "each limit its own message: {message}"
            );
        }
    }
}
