//! The tagged structure, metadata, fonts, references and links, conformance (PDF/A-3a,
//! PDF/UA-1) and attachments of rendered PDFs, checked from the outside with poppler and lopdf.

mod common;

use common::*;
use std::process::Command;
use std::time::{Duration, Instant};

use dpia_document_model::{Block, Cell, Column, Inline, Table};

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn tagged_structure_headings_tables_figure_and_links() {
    let doc = stress("nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("struct", &bytes);
    let info = pdfinfo(&path);
    assert_eq!(info_field(&info, "Tagged"), "yes");
    let st = struct_text(&path);
    assert_eq!(st[0], (0, "Document".to_string()), "root element");
    // Headings, in document order, each followed by its text.
    let mut found = Vec::new();
    for (i, (_, l)) in st.iter().enumerate() {
        if let Some(level) = ["H1", "H2", "H3"].iter().position(|h| l.starts_with(h)) {
            let text = st[i + 1].1.trim_matches('"').to_string();
            found.push((level as u8 + 1, text));
        }
    }
    let expected: Vec<(u8, String)> = doc.headings().map(|(l, t)| (l, t.to_string())).collect();
    assert_eq!(found, expected);
    // The register: a table whose first row is header cells with column scope.
    let table = st.iter().position(|(_, l)| l.starts_with("Table")).unwrap();
    assert_eq!(st[table + 1].1, "TR");
    assert!(
        st[table + 2].1.starts_with("TH"),
        "{:?}",
        &st[table..table + 6]
    );
    assert!(st[table + 3].1.contains("/Scope /Column"));
    let cells = st.iter().filter(|(_, l)| l.starts_with("TD")).count();
    assert!(cells >= 40 * 4, "{cells} data cells");
    // Sign-off labels (header tone) are row headers.
    assert!(st.iter().any(|(_, l)| l.contains("/Scope /Row")));
    for tag in [
        "L (block)",
        "LI (block)",
        "Lbl",
        "LBody",
        "BlockQuote",
        "TOC",
        "TOCI",
    ] {
        assert!(st.iter().any(|(_, l)| l.starts_with(tag)), "no {tag}");
    }
    let quote = st
        .iter()
        .position(|(_, l)| l.starts_with("BlockQuote"))
        .unwrap();
    assert!(st[quote + 1].1.contains("De Verwerker verwerkt"));
    // Links for the references and the contents, each with its annotation.
    let links = st.iter().filter(|(_, l)| l.starts_with("Link")).count();
    assert!(links >= 8 + 3, "{links} links");
    assert!(st.iter().any(|(_, l)| l.starts_with("\"2 Risicoregister")));
    // Figure: bounding box in the structure, alternative text (read with lopdf).
    let fig = st
        .iter()
        .position(|(_, l)| l.starts_with("Figure"))
        .unwrap();
    assert!(st[fig + 1..fig + 3]
        .iter()
        .any(|(_, l)| l.starts_with("/BBox")));
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let alts: Vec<String> = lo
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure"))
        .map(|d| pdf_text(d.get(b"Alt").unwrap()))
        .collect();
    let Some(Block::Matrix { matrix }) = doc
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Matrix { .. }))
    else {
        unreachable!()
    };
    assert_eq!(alts, std::slice::from_ref(&matrix.alt));
    // Right-to-left text is drawn in visual order and tagged with its logical order.
    let actual: Vec<String> = lo
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"ActualText").ok().map(pdf_text))
        .collect();
    assert!(actual.iter().any(|t| t.contains("שלום עולם")), "{actual:?}");
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn catalog_language_mark_info_and_xmp_metadata() {
    for lang in ["nl", "en"] {
        let doc = stress(lang);
        let bytes = dpia_pdf::render(&doc).unwrap();
        let lo = lopdf::Document::load_mem(&bytes).unwrap();
        let cat = lo.catalog().unwrap();
        assert_eq!(pdf_text(cat.get(b"Lang").unwrap()), lang);
        let mark = cat.get(b"MarkInfo").unwrap().as_dict().unwrap();
        assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
        let vp = cat.get(b"ViewerPreferences").unwrap().as_dict().unwrap();
        assert!(vp.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
        assert!(cat.get(b"StructTreeRoot").is_ok());
        // PDF/A: an output intent (krilla's sRGB profile for the RGB colours).
        assert!(cat.get(b"OutputIntents").is_ok());
        let meta = lo
            .get_object(cat.get(b"Metadata").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        assert_eq!(
            meta.dict.get(b"Subtype").unwrap().as_name().unwrap(),
            b"XML"
        );
        assert!(meta.dict.get(b"Filter").is_err(), "metadata stays readable");
        let xmp = String::from_utf8(meta.content.clone()).unwrap();
        let title = doc.meta.title.replace('&', "&amp;").replace('<', "&lt;");
        for needle in [
            format!("<rdf:li xml:lang=\"x-default\">{title}</rdf:li>"),
            format!("<dc:creator><rdf:Seq><rdf:li>{}</rdf:li>", doc.meta.author),
            format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>"),
            "<xmp:CreateDate>2026-11-28T00:00:00Z</xmp:CreateDate>".into(),
            "<xmp:ModifyDate>2026-11-28T00:00:00Z</xmp:ModifyDate>".into(),
            "<pdf:Producer>DPIA Helper (dpia-pdf, krilla)</pdf:Producer>".into(),
            // The conformance the file claims: PDF/A-3a and PDF/UA-1.
            "<pdfaid:part>3</pdfaid:part>".into(),
            "<pdfaid:conformance>A</pdfaid:conformance>".into(),
            "<pdfuaid:part>1</pdfuaid:part>".into(),
        ] {
            assert!(xmp.contains(&needle), "XMP lacks {needle}:\n{xmp}");
        }
        // pdfinfo reads the same packet.
        let path = tmp(&format!("xmp-{lang}"), &bytes);
        let meta = tool("pdfinfo", &["-meta", path.to_str().unwrap()]);
        assert!(meta.contains("<dc:title>"), "{meta}");
        assert_eq!(info_field(&pdfinfo(&path), "Metadata Stream"), "yes");
        cleanup(path);
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn fonts_are_embedded_subsets_with_unicode_maps() {
    let bytes = dpia_pdf::render(&stress("nl")).unwrap();
    let path = tmp("fonts", &bytes);
    let out = tool("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{out}");
    for r in rows {
        let cols: Vec<&str> = r.split_whitespace().collect();
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset tag: {r}"
        );
        assert!(cols[0].contains("DejaVuSans"));
        // emb sub uni
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{r}");
    }
    cleanup(path);
}

/// More distinct characters than a one-byte encoding can address: every one extracts exactly.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn many_distinct_characters_extract_exactly() {
    let mut doc = stress("en");
    let text: String = (0x400u32..0x530)
        .filter_map(char::from_u32)
        .filter(|c| c.is_alphabetic())
        .collect();
    assert!(text.chars().count() > 256);
    doc.blocks = vec![Block::Paragraph {
        content: vec![Inline::Text(text.clone())],
    }];
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("many", &bytes);
    let got = squeeze(&pages_text(&path).concat());
    assert!(got.contains(&squeeze(&text)), "{got}");
    cleanup(path);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn references_link_to_their_headings_and_show_the_page() {
    let doc = stress("nl");
    let bytes = dpia_pdf::render(&doc).unwrap();
    let path = tmp("refs", &bytes);
    let pages = pages_text(&path);
    let page_of = |heading: &str| {
        pages
            .iter()
            .enumerate()
            .skip(2)
            .find(|(_, p)| p.lines().any(|l| l.trim() == heading))
            .map(|(i, _)| i + 1)
            .unwrap()
    };
    let register = page_of("2 Risicoregister");
    let matrix = page_of("2.1 Risicomatrix");
    // (pdftotext gives the no-break space before the page as a space.)
    let all = pages.concat().replace(['\n', '\u{a0}'], " ");
    assert!(
        all.contains(&format!("Zie 2 Risicoregister (blz. {register})")),
        "{}",
        &all[all.find("Zie 2").unwrap()..][..80]
    );
    assert!(all.contains(&format!("2.1 Risicomatrix (blz. {matrix})")));
    // A reference to no heading is plain text.
    assert!(all.contains("doel: nergens."));
    // Link annotations on the references' page go to the headings' pages.
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    let refs_page = page_of("3 Citaten en verwijzingen");
    let page = lo.get_dictionary(ids[refs_page - 1]).unwrap();
    let targets: Vec<usize> = page
        .get(b"Annots")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let a = lo.get_dictionary(a.as_reference().unwrap()).unwrap();
            assert!(a.get(b"StructParent").is_ok());
            assert!(a.get(b"Contents").is_ok());
            let dest = dest_page(&lo, a.get(b"Dest").unwrap());
            ids.iter().position(|p| *p == dest).unwrap() + 1
        })
        .collect();
    assert!(
        targets.contains(&register) && targets.contains(&matrix),
        "{targets:?}"
    );
    cleanup(path);
}

/// Whatever a client types, the PDF still conforms (krilla's validation would refuse it):
/// characters DejaVu lacks (CJK, Devanagari) are drawn as U+FFFD and keep their text;
/// private-use characters and U+FEFF, which PDF/UA does not allow as a glyph's text, become
/// U+FFFD; combining marks, joiners, emoji, right-to-left scripts and long strings render.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn any_text_renders_conformant() {
    let mut doc = stress("nl");
    let odd = "中文 हिन्दी \u{E000}\u{F8FF}\u{FEFF} e\u{301} a\u{200D}b \u{FE0F}😀 \
               مستشفى الأمل שלום ∑∫ \u{2028}x\u{2029} \u{FFFC} 𝔘𝔫𝔦";
    let long = "Lange naam ".repeat(4000);
    doc.meta.title = format!("{odd} {long}");
    doc.meta.author = odd.to_string();
    doc.blocks = vec![
        Block::Heading {
            level: 1,
            text: format!("1 {odd}"),
            anchor: Some("a".into()),
        },
        Block::Paragraph {
            content: vec![
                Inline::Answer(odd.to_string()),
                Inline::Ref {
                    text: odd.to_string(),
                    target: "a".into(),
                },
                Inline::Placeholder(odd.to_string()),
            ],
        },
        Block::Table {
            table: Table {
                columns: vec![Column {
                    title: odd.to_string(),
                    width: 1,
                }],
                rows: vec![vec![Cell::text(odd)], vec![Cell::text("")]],
                keep_together: false,
            },
        },
    ];
    let bytes = dpia_pdf::render(&doc).unwrap_or_else(|e| panic!("{e}"));
    let path = tmp("odd", &bytes);
    let text = pages_text(&path).concat();
    assert!(text.contains('中') && text.contains("𝔘"), "{text}");
    assert!(!text.contains('\u{E000}') && !text.contains('\u{FEFF}'));
    cleanup(path);
}

/// A document krilla would find non-conformant (here: no title, no language, which PDF/UA
/// requires) is an error naming what is wrong, not a PDF and not a panic.
#[test]
fn a_document_that_would_not_conform_is_an_error() {
    let mut doc = stress("en");
    doc.meta.title = String::new();
    doc.meta.lang = String::new();
    let err = dpia_pdf::render(&doc).unwrap_err();
    assert_eq!(err.code(), "pdf_conformance");
    let msg = err.to_string();
    assert!(
        msg.contains("NoDocumentTitle") && msg.contains("NoDocumentLanguage"),
        "{msg}"
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn attachment_round_trip_and_poppler_sees_it() {
    let doc = stress("nl");
    let a = doc.meta.attachment.clone().unwrap();
    let bytes = dpia_pdf::render(&doc).unwrap();
    let files = dpia_pdf::read_attachments(&bytes).unwrap();
    assert_eq!(
        files,
        [dpia_pdf::EmbeddedFile {
            name: a.file_name.clone(),
            mime: Some("application/json".into()),
            data: a.data.clone(),
        }]
    );
    // The catalog lists it in /AF with the relationship, and the file stream has its params.
    let lo = lopdf::Document::load_mem(&bytes).unwrap();
    let cat = lo.catalog().unwrap();
    let af = cat.get(b"AF").unwrap().as_array().unwrap();
    let fs = lo.get_dictionary(af[0].as_reference().unwrap()).unwrap();
    assert_eq!(
        fs.get(b"AFRelationship").unwrap().as_name().unwrap(),
        b"Data"
    );
    assert_eq!(pdf_text(fs.get(b"Desc").unwrap()), a.description);
    let ef = fs.get(b"EF").unwrap().as_dict().unwrap();
    let stream = lo
        .get_object(ef.get(b"F").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let params = stream.dict.get(b"Params").unwrap().as_dict().unwrap();
    assert_eq!(
        params.get(b"Size").unwrap().as_i64().unwrap() as usize,
        a.data.len()
    );
    assert!(pdf_text(params.get(b"ModDate").unwrap()).starts_with("D:20261128"));
    // poppler's pdfdetach finds and extracts the same bytes.
    let path = tmp("attach", &bytes);
    let list = tool("pdfdetach", &["-list", path.to_str().unwrap()]);
    assert!(list.contains(&a.file_name), "{list}");
    let out = std::env::temp_dir().join(format!("dpia-pdf-detached-{}", std::process::id()));
    tool(
        "pdfdetach",
        &[
            "-save",
            "1",
            "-o",
            out.to_str().unwrap(),
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&out).unwrap(), a.data);
    std::fs::remove_file(out).ok();
    cleanup(path);
    // A name outside ASCII comes back as it was (from /UF).
    let mut named = doc.clone();
    named.meta.attachment.as_mut().unwrap().file_name = "Ziekenhuis ĳssel—Rijn.dpia.json".into();
    let files = dpia_pdf::read_attachments(&dpia_pdf::render(&named).unwrap()).unwrap();
    assert_eq!(files[0].name, "Ziekenhuis ĳssel—Rijn.dpia.json");
    // No attachment: none in the file.
    let mut plain = doc.clone();
    plain.meta.attachment = None;
    assert!(
        dpia_pdf::read_attachments(&dpia_pdf::render(&plain).unwrap())
            .unwrap()
            .is_empty()
    );
}

/// PDFs from other programs: cairo (via pdftocairo) without attachments, and the same file with
/// one added by poppler's pdfattach; LibreOffice's PDF export when it is installed.
#[test]
#[cfg_attr(
    windows,
    ignore = "needs poppler-utils, a Linux tool that the Windows (Wine) run lacks"
)]
fn attachments_of_pdfs_from_other_programs() {
    let mut doc = stress("en");
    doc.meta.attachment = None;
    let ours = tmp("foreign-src", &dpia_pdf::render(&doc).unwrap());
    let cairo = ours.with_extension("cairo.pdf");
    tool(
        "pdftocairo",
        &[
            "-pdf",
            "-l",
            "3",
            ours.to_str().unwrap(),
            cairo.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&cairo).unwrap();
    assert!(
        !bytes.windows(6).any(|w| w == b"DPIA H"),
        "really cairo's file"
    );
    assert_eq!(dpia_pdf::read_attachments(&bytes).unwrap(), []);
    let data = ours.with_extension("notes.txt");
    std::fs::write(&data, "aantekeningen ✓\n").unwrap();
    let attached = ours.with_extension("attached.pdf");
    tool(
        "pdfattach",
        &[
            cairo.to_str().unwrap(),
            data.to_str().unwrap(),
            attached.to_str().unwrap(),
        ],
    );
    let files = dpia_pdf::read_attachments(&std::fs::read(&attached).unwrap()).unwrap();
    assert_eq!(files.len(), 1);
    assert!(files[0].name.ends_with("notes.txt"), "{:?}", files[0].name);
    assert_eq!(files[0].data, "aantekeningen ✓\n".as_bytes());
    for p in [&cairo, &data, &attached] {
        std::fs::remove_file(p).ok();
    }
    cleanup(ours);
}

/// A PDF LibreOffice writes (no attachments) reads as having none.
#[test]
#[ignore = "needs LibreOffice (scripts/test.sh installs it)"]
fn a_libreoffice_pdf_reads_as_having_no_attachments() {
    assert!(
        has_tool("soffice"),
        "LibreOffice (soffice) is not installed"
    );
    let dir = std::env::temp_dir().join(format!("dpia-pdf-lo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let txt = dir.join("brief.txt");
    std::fs::write(&txt, "Een brief zonder bijlagen.\n").unwrap();
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&dir)
        .arg(&txt)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let pdf = std::fs::read(dir.join("brief.pdf")).unwrap();
    assert_eq!(dpia_pdf::read_attachments(&pdf).unwrap(), []);
    std::fs::remove_dir_all(&dir).ok();
}

/// Garbage, truncated files and a decompression bomb give an error (or an empty list), never a
/// panic, and quickly.
#[test]
fn reading_attachments_of_garbage_is_safe_and_bounded() {
    let doc = stress("nl");
    let good = dpia_pdf::render(&doc).unwrap();
    let t = Instant::now();
    assert!(dpia_pdf::read_attachments(b"").is_err());
    assert!(dpia_pdf::read_attachments(b"PK\x03\x04 not a pdf").is_err());
    assert!(dpia_pdf::read_attachments(b"%PDF-1.7\n%%EOF\n").is_err());
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for len in [10usize, 1_000, 100_000] {
        let mut junk = b"%PDF-1.7\n".to_vec();
        junk.extend((0..len).map(|_| rnd() as u8));
        let _ = dpia_pdf::read_attachments(&junk);
    }
    // Truncations and byte flips of a real file.
    for cut in (0..good.len()).step_by(good.len() / 40 + 1) {
        let _ = dpia_pdf::read_attachments(&good[..cut]);
    }
    for _ in 0..40 {
        let mut bad = good.clone();
        for _ in 0..20 {
            let i = (rnd() as usize) % bad.len();
            bad[i] = rnd() as u8;
        }
        let _ = dpia_pdf::read_attachments(&bad);
    }
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());

    // A 100 MB embedded file of zeros compressed to ~100 KB: refused, not inflated.
    let zeros = vec![0u8; 100 << 20];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut z, &zeros).unwrap();
    let bomb = z.finish().unwrap();
    drop(zeros);
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offs = Vec::new();
    let mut obj = |pdf: &mut Vec<u8>, body: &[u8]| {
        offs.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", offs.len()).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    };
    obj(&mut pdf, b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(bomb) 3 0 R] >> >> >>");
    obj(&mut pdf, b"<< /Type /Pages /Kids [] /Count 0 >>");
    obj(
        &mut pdf,
        b"<< /Type /Filespec /F (bomb) /EF << /F 4 0 R >> >>",
    );
    let mut s = format!(
        "<< /Type /EmbeddedFile /Filter /FlateDecode /Length {} >>\nstream\n",
        bomb.len()
    )
    .into_bytes();
    s.extend_from_slice(&bomb);
    s.extend_from_slice(b"\nendstream");
    obj(&mut pdf, &s);
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offs.len() + 1).as_bytes());
    for o in &offs {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offs.len() + 1
        )
        .as_bytes(),
    );
    let t = Instant::now();
    let err = dpia_pdf::read_attachments(&pdf).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(20));
    assert!(err.to_string().contains("embedded file"), "{err}");
}
