//! Writes the laid-out pages with krilla: a tagged PDF 1.7 that declares PDF/A-3a and
//! PDF/UA-1 and is validated for both when it is finished.
//!
//! Each page's display list is drawn on a krilla surface: content of a structure element as a
//! marked-content sequence (its identifier goes into the tag tree), decoration as layout
//! artifacts, the running header and footer as pagination artifacts; link annotations are
//! tagged too. krilla subsets and embeds the fonts with their Unicode maps and writes the
//! structure tree, outline, metadata (with the PDF/A and PDF/UA identification), the output
//! intent and the exchange file as an associated file. A violation of either standard found
//! when the document is finished is an error ([`PdfError::Conformance`]), never a PDF. A
//! stream whose data happens to end with CR then gets a CR LF end-of-line (`eol`).

mod eol;
mod meta;
mod tags;

use dpia_document_model::Document;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, ValidationError};
use krilla::destination::{Destination, XyzDestination};
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag};
use krilla::SerializeSettings;

use crate::layout::tree::{Mark, Role, Tree};
use crate::layout::{HeadingMark, Item, LinkArea, Page, PAGE_H, PAGE_W};
use crate::text::{Glyph, Rgb, Style, Typesetter};
use crate::PdfError;

/// `s` as a text string for metadata and the structure: control characters shown as U+FFFD,
/// whitespace folded, at most 4,000 characters (PDF strings may not exceed 32,767 bytes).
pub(crate) fn bounded(s: &str) -> String {
    const MAX: usize = 4000;
    let s = dpia_document_model::clean::clean(s);
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match folded.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}\u{2026}", &folded[..cut]),
        None => folded,
    }
}

pub(crate) fn write(
    doc: &Document,
    pages: &[Page],
    headings: &[HeadingMark],
    tree: &Tree,
    ts: &Typesetter,
) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let size =
        PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| PdfError::Write("page size".into()))?;
    let mut document = krilla::Document::new_with(settings);
    let mut ids = tags::Ids::default();
    for (pi, p) in pages.iter().enumerate() {
        let mut page = document.start_page_with(size.clone());
        let mut surface = page.surface();
        paint(&mut surface, p, pi, tree, ts, &mut ids);
        surface.finish();
        for (li, l) in p.links.iter().enumerate() {
            if let Some(a) = link(l) {
                ids.annots.insert((pi, li), page.add_tagged_annotation(a));
            }
        }
        page.finish();
    }
    document.set_tag_tree(tags::tag_tree(tree, &ids));
    document.set_outline(meta::outline(headings, &doc.meta.title, pages.len()));
    document.set_metadata(meta::metadata(doc));
    if let Some(a) = &doc.meta.attachment {
        document
            .embed_file(meta::attachment(doc, a))
            .ok_or_else(|| PdfError::Write("the attachment was embedded twice".into()))?;
    }
    eol::settle(document.finish().map_err(error)?)
}

/// Draws a page's items, each run of items with one mark as one tagged sequence; boxes drawn
/// one after another alike (a table row's borders, its fills) as one path.
fn paint(
    s: &mut Surface,
    page: &Page,
    pi: usize,
    tree: &Tree,
    ts: &Typesetter,
    ids: &mut tags::Ids,
) {
    let alike = |(a, ma): &(Item, Mark), (b, mb): &(Item, Mark)| match (a, b) {
        (
            Item::Rect {
                fill: fa,
                stroke: sa,
                ..
            },
            Item::Rect {
                fill: fb,
                stroke: sb,
                ..
            },
        ) => ma == mb && fa == fb && sa == sb,
        _ => false,
    };
    let mut open: Option<Mark> = None;
    for batch in page.items.chunk_by(alike) {
        let (item, mark) = &batch[0];
        if open != Some(*mark) {
            if open.is_some() {
                s.end_tagged();
            }
            let artifact = |kind| ContentTag::Artifact(Artifact::with_kind(kind));
            let tag = match mark {
                Mark::Artifact => artifact(ArtifactType::Layout),
                Mark::Header => artifact(ArtifactType::Header),
                Mark::Footer => artifact(ArtifactType::Footer),
                Mark::Content { node, .. } if tree.nodes[*node].role == Role::Figure => {
                    ContentTag::Other
                }
                Mark::Content { .. } => ContentTag::Span(SpanTag::empty()),
            };
            let id = s.start_tagged(tag);
            if let Mark::Content { mcid, .. } = mark {
                ids.content.insert((pi, *mcid), id);
            }
            open = Some(*mark);
        }
        match item {
            Item::Rect { fill, stroke, .. } => {
                boxes(s, batch.iter().map(|(it, _)| it), *fill, *stroke)
            }
            _ => draw(s, item, ts),
        }
    }
    if open.is_some() {
        s.end_tagged();
    }
}

/// Rectangles with one fill and stroke as one path.
fn boxes<'a>(
    s: &mut Surface,
    rects: impl Iterator<Item = &'a Item>,
    f: Option<Rgb>,
    st: Option<(Rgb, f32)>,
) {
    if f.is_none() && st.is_none() {
        return;
    }
    let mut pb = PathBuilder::new();
    for r in rects {
        if let Item::Rect { x, y, w, h, .. } = r {
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(rect);
            }
        }
    }
    let Some(path) = pb.finish() else { return };
    s.set_fill(f.map(fill));
    s.set_stroke(st.map(|(c, w)| stroke(c, w)));
    s.draw_path(&path);
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c[0], c[1], c[2]).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn stroke(c: Rgb, width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c[0], c[1], c[2]).into(),
        width,
        ..Stroke::default()
    }
}

fn text(s: &mut Surface, at: Point, style: &Style, text: &str, glyphs: &[Glyph], ts: &Typesetter) {
    s.set_fill(Some(fill(style.color)));
    s.set_stroke(None);
    let font = ts.face(style.face).pdf.clone();
    s.draw_glyphs(at, glyphs, font, text, style.size, false);
}

fn draw(s: &mut Surface, item: &Item, ts: &Typesetter) {
    match item {
        Item::Text {
            x,
            y,
            style,
            text: t,
            glyphs,
        } => text(s, Point::from_xy(*x, *y), style, t, glyphs, ts),
        Item::UpText {
            x,
            y,
            style,
            text: t,
            glyphs,
        } => {
            // Rotated 90° counter-clockwise about the baseline's start.
            s.push_transform(&Transform::from_row(0.0, -1.0, 1.0, 0.0, *x, *y));
            text(s, Point::from_xy(0.0, 0.0), style, t, glyphs, ts);
            s.pop();
        }
        Item::Rect { fill, stroke, .. } => boxes(s, std::iter::once(item), *fill, *stroke),
        Item::Rule {
            x1,
            y1,
            x2,
            y2,
            color,
            width,
            dotted,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            let Some(path) = pb.finish() else { return };
            let mut st = stroke(*color, *width);
            if *dotted {
                st.line_cap = LineCap::Round;
                st.dash = Some(StrokeDash {
                    array: vec![0.0, 2.6],
                    offset: 0.0,
                });
            }
            s.set_fill(None);
            s.set_stroke(Some(st));
            s.draw_path(&path);
        }
    }
}

/// A link annotation to a heading, its alternative text what the link says.
fn link(l: &LinkArea) -> Option<Annotation> {
    let rect = Rect::from_xywh(l.x, l.y, l.w.max(0.1), l.h.max(0.1))?;
    let dest = XyzDestination::new(l.page, Point::from_xy(0.0, (l.top - 8.0).max(0.0)));
    let target = Target::Destination(Destination::Xyz(dest));
    Some(Annotation::new_link(
        LinkAnnotation::new(rect, target),
        Some(bounded(&l.contents)),
    ))
}

fn error(e: KrillaError) -> PdfError {
    match e {
        KrillaError::Validation(errors) => {
            let mut found: Vec<String> = errors.iter().map(|(e, _)| violation(e)).collect();
            found.dedup();
            PdfError::Conformance(found.join("; "))
        }
        KrillaError::Font(_, message) => PdfError::Font(message),
        other => PdfError::Write(other.to_string()),
    }
}

/// A violation in words (krilla's fonts print as `Font {..}`, so their cases say what).
fn violation(e: &ValidationError) -> String {
    match e {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            format!("a glyph the font lacks (.notdef) for {text:?}")
        }
        ValidationError::NoCodepointMapping(_, g, _) => {
            format!("glyph {} has no Unicode mapping", g.to_u32())
        }
        ValidationError::InvalidCodepointMapping(_, g, c, _) => {
            format!("glyph {} is mapped to U+{:04X}", g.to_u32(), *c as u32)
        }
        ValidationError::UnicodePrivateArea(_, _, c, _) => {
            format!("a private-use character U+{:04X}", *c as u32)
        }
        ValidationError::RestrictedLicense(_) => "a font whose licence forbids embedding".into(),
        other => format!("{other:?}"),
    }
}
