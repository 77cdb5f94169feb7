//! Turns laid-out pages into PDF bytes with printpdf's low-level API, then finishes the file
//! with lopdf: document info, language, outline, and a deterministic trailer /ID.

use std::collections::BTreeSet;

use chrono::Datelike;
use dpia_document_model::Document;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, Color, Destination, FontId, LineCapStyle, LineDashPattern, LinePoint,
    LinkAnnotation, Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

use crate::layout::{HeadingMark, Item, Page, PAGE_H};
use crate::text::{Face, Rgb, Typesetter};
use crate::PdfError;

/// Resource names of the two embedded fonts: fixed, because printpdf's own ids come from a
/// process-wide counter and would make two renders in one process differ.
const REGULAR_ID: &str = "DJVREG";
const BOLD_ID: &str = "DJVBLD";

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c[0]) / 255.0,
        g: f32::from(c[1]) / 255.0,
        b: f32::from(c[2]) / 255.0,
        icc_profile: None,
    })
}

fn pt_point(x: f32, y_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_H - y_top),
    }
}

fn font_handle(f: Face) -> PdfFontHandle {
    PdfFontHandle::External(FontId(
        match f {
            Face::Regular => REGULAR_ID,
            Face::Bold => BOLD_ID,
        }
        .to_string(),
    ))
}

/// Graphics/text state tracking so repeated settings are not written again.
#[derive(Default)]
struct Emitter {
    ops: Vec<Op>,
    in_text: bool,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f32)>,
    font: Option<(Face, u32)>,
}

impl Emitter {
    fn begin_text(&mut self) {
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
            self.font = None;
        }
    }
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }
    fn set_fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.fill = Some(c);
        }
    }
    fn set_stroke(&mut self, c: Rgb, w: f32) {
        if self.stroke != Some((c, w)) {
            self.ops.push(Op::SetOutlineColor { col: color(c) });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(w) });
            self.stroke = Some((c, w));
        }
    }
    fn text(&mut self, face: Face, size: f32, c: Rgb, matrix: [f32; 6], text: &str) {
        self.begin_text();
        let key = (face, size.to_bits());
        if self.font != Some(key) {
            self.ops.push(Op::SetFont {
                font: font_handle(face),
                size: Pt(size),
            });
            self.font = Some(key);
        }
        self.set_fill(c);
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw(matrix),
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
    }

    fn item(&mut self, it: &Item) {
        match it {
            Item::Text { x, y, style, text } => self.text(
                style.face,
                style.size,
                style.color,
                [1.0, 0.0, 0.0, 1.0, *x, PAGE_H - *y],
                text,
            ),
            Item::UpText { x, y, style, text } => self.text(
                style.face,
                style.size,
                style.color,
                [0.0, 1.0, -1.0, 0.0, *x, PAGE_H - *y],
                text,
            ),
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                self.end_text();
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    (None, Some(_)) => PaintMode::Stroke,
                    (None, None) => return,
                };
                if let Some(f) = fill {
                    self.set_fill(*f);
                }
                if let Some((c, w)) = stroke {
                    self.set_stroke(*c, *w);
                }
                let mut r = Rect::from_xywh(Pt(*x), Pt(PAGE_H - *y - *h), Pt(*w), Pt(*h));
                r.mode = Some(mode);
                self.ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                color: c,
                width,
                dotted,
            } => {
                self.end_text();
                self.set_stroke(*c, *width);
                if *dotted {
                    self.ops.push(Op::SetLineCapStyle {
                        cap: LineCapStyle::Round,
                    });
                    self.ops.push(Op::SetLineDashPattern {
                        dash: LineDashPattern::new(0.0, &[0.0, 2.6]),
                    });
                }
                self.ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points: vec![
                            LinePoint {
                                p: pt_point(*x1, *y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: pt_point(*x2, *y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
                if *dotted {
                    self.ops.push(Op::SetLineDashPattern {
                        dash: LineDashPattern::solid(),
                    });
                    self.ops.push(Op::SetLineCapStyle {
                        cap: LineCapStyle::Butt,
                    });
                }
            }
            Item::Link {
                x,
                y,
                w,
                h,
                page,
                top,
            } => {
                self.ops.push(Op::LinkAnnotation {
                    link: LinkAnnotation::new(
                        Rect::from_xywh(Pt(*x), Pt(PAGE_H - *y - *h), Pt(*w), Pt(*h)),
                        Actions::go_to(Destination::Xyz {
                            page: page + 1,
                            left: None,
                            top: Some(PAGE_H - *top + 8.0),
                            zoom: None,
                        }),
                        Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                        None,
                        None,
                    ),
                });
            }
        }
    }
}

pub(crate) fn write(
    doc: &Document,
    pages: &[Page],
    headings: &[HeadingMark],
    ts: &Typesetter,
) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
    let mut used: [BTreeSet<char>; 2] = Default::default();
    for p in pages {
        for it in &p.items {
            if let Item::Text { style, text, .. } | Item::UpText { style, text, .. } = it {
                used[style.face as usize].extend(text.chars());
            }
        }
    }
    for (face, id, name) in [
        (Face::Regular, REGULAR_ID, "DejaVuSans"),
        (Face::Bold, BOLD_ID, "DejaVuSans-Bold"),
    ] {
        let chars = &used[face as usize];
        if !chars.is_empty() {
            let font = ts.face(face).subset(chars, name)?;
            pdf.resources
                .fonts
                .map
                .insert(FontId(id.to_string()), PdfFont::new(font));
        }
    }
    let pdf_pages = pages
        .iter()
        .map(|p| {
            let mut e = Emitter::default();
            for it in &p.items {
                e.item(it);
            }
            e.end_text();
            PdfPage::new(Mm(210.0), Mm(297.0), e.ops)
        })
        .collect();
    pdf.with_pages(pdf_pages);

    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    finish(&mut lo, doc, headings)?;
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(out)
}

/// A PDF text string: plain when ASCII, UTF-16BE with a byte-order mark otherwise.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut b = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(b, StringFormat::Hexadecimal)
    }
}

fn finish(
    lo: &mut lopdf::Document,
    doc: &Document,
    headings: &[HeadingMark],
) -> Result<(), PdfError> {
    let m = &doc.meta;
    lo.version = "1.7".to_string();
    let d = m.date;
    let date = format!("D:{:04}{:02}{:02}000000Z", d.year(), d.month(), d.day());

    // Document information: replaces printpdf's (which carries empty PDF/X fields).
    let info = Dictionary::from_iter(vec![
        ("Title", text_string(&m.title)),
        ("Author", text_string(&m.author)),
        ("Subject", text_string(&m.subject)),
        ("Creator", text_string("DPIA Helper")),
        ("Producer", text_string("dpia-pdf (printpdf)")),
        ("CreationDate", Object::string_literal(date.clone())),
        ("ModDate", Object::string_literal(date)),
    ]);
    let info_id = match lo.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            lo.objects.insert(id, Object::Dictionary(info));
            id
        }
        Err(_) => lo.add_object(info),
    };
    lo.trailer.set("Info", Object::Reference(info_id));

    // Deterministic file identifier from the document id (both halves equal: one version).
    let id: Vec<u8> = {
        let hexid: String = m.id.chars().filter(char::is_ascii_hexdigit).collect();
        let mut bytes: Vec<u8> = (0..hexid.len() / 2)
            .filter_map(|i| u8::from_str_radix(&hexid[2 * i..2 * i + 2], 16).ok())
            .collect();
        if bytes.is_empty() {
            bytes = m.id.as_bytes().to_vec();
        }
        bytes.truncate(32);
        bytes
    };
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );

    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let outline = build_outline(lo, headings, &page_ids);

    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    if !m.lang.trim().is_empty() {
        catalog.set("Lang", text_string(m.lang.trim()));
    }
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
    match outline {
        Some(o) => {
            catalog.set("Outlines", Object::Reference(o));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => {
            catalog.remove(b"Outlines");
            catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
        }
    }
    Ok(())
}

/// Builds a two-level outline: level-1 headings at the top, level-2 headings under the level-1
/// heading before them (or at the top when there is none).
fn build_outline(
    lo: &mut lopdf::Document,
    headings: &[HeadingMark],
    page_ids: &[ObjectId],
) -> Option<ObjectId> {
    struct Node {
        id: ObjectId,
        mark: HeadingMark,
        children: Vec<Node>,
    }
    let mut roots: Vec<Node> = Vec::new();
    for h in headings.iter().filter(|h| h.level <= 2) {
        if page_ids.get(h.page).is_none() {
            continue;
        }
        let node = Node {
            id: lo.new_object_id(),
            mark: h.clone(),
            children: Vec::new(),
        };
        match roots.last_mut() {
            Some(parent) if h.level == 2 && parent.mark.level == 1 => parent.children.push(node),
            _ => roots.push(node),
        }
    }
    if roots.is_empty() {
        return None;
    }
    let root_id = lo.new_object_id();
    fn link(lo: &mut lopdf::Document, nodes: &[Node], parent: ObjectId, page_ids: &[ObjectId]) {
        for (i, n) in nodes.iter().enumerate() {
            let mut d = Dictionary::from_iter(vec![
                ("Title", text_string(&n.mark.text)),
                ("Parent", Object::Reference(parent)),
                (
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(page_ids[n.mark.page]),
                        Object::Name(b"XYZ".to_vec()),
                        Object::Null,
                        Object::Real(PAGE_H - n.mark.y + 8.0),
                        Object::Null,
                    ]),
                ),
            ]);
            if i > 0 {
                d.set("Prev", Object::Reference(nodes[i - 1].id));
            }
            if let Some(next) = nodes.get(i + 1) {
                d.set("Next", Object::Reference(next.id));
            }
            if let (Some(f), Some(l)) = (n.children.first(), n.children.last()) {
                d.set("First", Object::Reference(f.id));
                d.set("Last", Object::Reference(l.id));
                d.set("Count", Object::Integer(n.children.len() as i64));
            }
            lo.objects.insert(n.id, Object::Dictionary(d));
            link(lo, &n.children, n.id, page_ids);
        }
    }
    link(lo, &roots, root_id, page_ids);
    let count: usize = roots.iter().map(|r| 1 + r.children.len()).sum();
    lo.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("First", Object::Reference(roots[0].id)),
            ("Last", Object::Reference(roots[roots.len() - 1].id)),
            ("Count", Object::Integer(count as i64)),
        ])),
    );
    Some(root_id)
}
