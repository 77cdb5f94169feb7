//! Makes `docx-rs` output conform to the WordprocessingML schema (ECMA-376 part 1), which Word
//! holds files to and LibreOffice does not.
//!
//! - Children of property elements go into schema order: `docx-rs` writes e.g. `w:rPr` as
//!   `sz, color, b, …, rFonts` and `w:pPr` with `w:rPr` first, but these are `xsd:sequence`s
//!   and Word drops or rejects properties out of order. Only elements listed here are
//!   touched; their children are sorted stably, unknown (e.g. `w14:`) children go last.
//! - Empty `w:rPr` elements are dropped: they mean nothing, and style, numbering-level and
//!   default paragraph properties may not contain one at all.
//! - `w:gridCol` loses the `w:type` attribute `docx-rs` adds (not in the schema).

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

/// `w:pPr` (CT_PPr).
const P_PR: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// `w:rPr` (CT_ParaRPr / CT_RPr: revision marks, then EG_RPrBase, then rPrChange).
const R_PR: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

/// `w:sectPr` (header and footer references may interleave: same rank).
const SECT_PR: &[&str] = &[
    "headerReference|footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

const TBL_PR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

const TC_PR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
];

const BORDERS: &[&str] = &[
    "top",
    "start|left",
    "bottom",
    "end|right",
    "insideH",
    "insideV",
    "tl2br",
    "tr2bl",
];

const MARGINS: &[&str] = &["top", "start|left", "bottom", "end|right"];

const NUM_PR: &[&str] = &["ilvl", "numId", "numberingChange", "ins"];

const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];

const ABSTRACT_NUM: &[&str] = &[
    "nsid",
    "multiLevelType",
    "tmpl",
    "name",
    "styleLink",
    "numStyleLink",
    "lvl",
];

const NUMBERING: &[&str] = &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"];

const DOC_DEFAULTS: &[&str] = &["rPrDefault", "pPrDefault"];

/// `w:settings` (CT_Settings), as far as `docx-rs` and Word's usual output go.
const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

/// The required child order of a `w:` element, if it is one this module sorts.
fn order_of(local: &str) -> Option<&'static [&'static str]> {
    Some(match local {
        "pPr" => P_PR,
        "rPr" => R_PR,
        "sectPr" => SECT_PR,
        "style" => STYLE,
        "tblPr" => TBL_PR,
        "tcPr" => TC_PR,
        "tblBorders" | "tcBorders" => BORDERS,
        "tblCellMar" | "tcMar" => MARGINS,
        "numPr" => NUM_PR,
        "lvl" => LVL,
        "abstractNum" => ABSTRACT_NUM,
        "numbering" => NUMBERING,
        "docDefaults" => DOC_DEFAULTS,
        "settings" => SETTINGS,
        _ => return None,
    })
}

/// Rank of a child in its parent's order; children outside the `w:` namespace or not in the
/// list go last.
fn rank(order: &[&str], name: &[u8]) -> usize {
    let Some(local) = name.strip_prefix(b"w:") else {
        return usize::MAX;
    };
    order
        .iter()
        .position(|entry| entry.split('|').any(|n| n.as_bytes() == local))
        .unwrap_or(usize::MAX)
}

enum Node {
    El {
        start: BytesStart<'static>,
        empty: bool,
        children: Vec<Node>,
    },
    Other(Event<'static>),
}

impl Node {
    fn name(&self) -> Option<&[u8]> {
        match self {
            Node::El { start, .. } => Some(start.name().into_inner()),
            Node::Other(_) => None,
        }
    }
}

fn is_empty_rpr(node: &Node) -> bool {
    matches!(node, Node::El { start, children, .. }
        if start.name().into_inner() == b"w:rPr"
            && children.is_empty()
            && start.attributes().next().is_none())
}

fn without_attribute(start: &BytesStart<'_>, attr: &[u8]) -> BytesStart<'static> {
    let name = String::from_utf8_lossy(start.name().into_inner()).into_owned();
    let mut out = BytesStart::new(name);
    for a in start.attributes().flatten() {
        if a.key.into_inner() != attr {
            out.push_attribute(a);
        }
    }
    out.into_owned()
}

fn sort(nodes: &mut Vec<Node>) {
    nodes.retain(|n| !is_empty_rpr(n));
    for node in nodes.iter_mut() {
        if let Node::El {
            start, children, ..
        } = node
        {
            if start.name().into_inner() == b"w:gridCol" {
                *start = without_attribute(start, b"w:type");
            }
            sort(children);
            let name = start.name();
            let order = name
                .into_inner()
                .strip_prefix(b"w:")
                .and_then(|l| std::str::from_utf8(l).ok())
                .and_then(order_of);
            // Only pure element lists are reordered (no text between the children).
            if let Some(order) = order {
                if children.iter().all(|c| matches!(c, Node::El { .. })) {
                    children.sort_by_key(|c| rank(order, c.name().unwrap_or_default()));
                }
            }
        }
    }
}

fn write(w: &mut Writer<Vec<u8>>, nodes: Vec<Node>) -> Result<(), String> {
    for node in nodes {
        match node {
            Node::El {
                start, empty: true, ..
            } => w.write_event(Event::Empty(start)),
            Node::El {
                start, children, ..
            } => {
                let end = start.to_end().into_owned();
                w.write_event(Event::Start(start))
                    .map_err(|e| e.to_string())?;
                write(w, children)?;
                w.write_event(Event::End(end))
            }
            Node::Other(e) => w.write_event(e),
        }
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Returns `xml` with the children of the elements listed above in schema order. Everything
/// else (text, attributes, declaration) is written back as read.
pub fn canonicalize(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<(Option<BytesStart<'static>>, Vec<Node>)> = vec![(None, Vec::new())];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(s) => stack.push((Some(s.into_owned()), Vec::new())),
            Event::End(_) => {
                let (start, children) = stack.pop().ok_or("unbalanced end tag")?;
                let start = start.ok_or("unbalanced end tag")?;
                stack
                    .last_mut()
                    .ok_or("unbalanced end tag")?
                    .1
                    .push(Node::El {
                        start,
                        empty: false,
                        children,
                    });
            }
            Event::Empty(s) => stack.last_mut().unwrap().1.push(Node::El {
                start: s.into_owned(),
                empty: true,
                children: Vec::new(),
            }),
            Event::Eof => break,
            other => stack
                .last_mut()
                .unwrap()
                .1
                .push(Node::Other(other.into_owned())),
        }
    }
    if stack.len() != 1 {
        return Err("unclosed elements".into());
    }
    let mut nodes = stack.pop().unwrap().1;
    sort(&mut nodes);
    let mut w = Writer::new(Vec::with_capacity(xml.len()));
    write(&mut w, nodes)?;
    String::from_utf8(w.into_inner()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_property_children_and_leaves_content_alone() {
        let xml = r#"<?xml version="1.0"?><w:p><w:pPr><w:rPr /><w:jc w:val="left"/><w:pStyle w:val="A"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/><w:color w:val="6B6B6B"/><w:b/><w:rFonts w:ascii="X"/></w:rPr><w:t xml:space="preserve">a &amp; &lt;b&gt; "c"</w:t><w:tab/><w:t>d</w:t></w:r></w:p>"#;
        let out = canonicalize(xml).unwrap();
        assert_eq!(
            out,
            r#"<?xml version="1.0"?><w:p><w:pPr><w:pStyle w:val="A"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="X"/><w:b/><w:color w:val="6B6B6B"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">a &amp; &lt;b&gt; "c"</w:t><w:tab/><w:t>d</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn unknown_children_go_last_in_their_original_order() {
        let xml = r#"<w:settings><w14:docId/><w:compat/><w:zoom/><w:defaultTabStop/></w:settings>"#;
        assert_eq!(
            canonicalize(xml).unwrap(),
            r#"<w:settings><w:zoom/><w:defaultTabStop/><w:compat/><w14:docId/></w:settings>"#
        );
    }

    #[test]
    fn drops_empty_run_properties_and_grid_column_types() {
        let xml = r#"<w:tblGrid><w:gridCol w:w="10" w:type="dxa" /></w:tblGrid><w:r><w:rPr /><w:rPr></w:rPr><w:t>x</w:t></w:r>"#;
        assert_eq!(
            canonicalize(xml).unwrap(),
            r#"<w:tblGrid><w:gridCol w:w="10"/></w:tblGrid><w:r><w:t>x</w:t></w:r>"#
        );
    }

    #[test]
    fn rejects_malformed_xml() {
        assert!(canonicalize("<a><b></a>").is_err());
    }
}
