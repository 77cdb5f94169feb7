//! Page geometry, fonts, styles (paragraph, character, table), numbering and settings: the
//! package parts besides the body, written as XML in schema order.

use crate::xml;

/// A4 portrait in twentieths of a point.
pub const PAGE_W: u32 = 11_906;
pub const PAGE_H: u32 = 16_838;
/// 2.5 cm margins on every side.
pub const MARGIN: u32 = 1_418;
/// Width of the text area: the width tables share out between their columns.
pub const TEXT_W: usize = (PAGE_W - 2 * MARGIN) as usize;

/// Body font: the PDF's. Word substitutes Verdana where DejaVu Sans is not installed (see the
/// font table): DejaVu Sans descends from Bitstream Vera Sans, which was drawn to Verdana's
/// proportions, so line breaks and table layout stay close.
pub const FONT: &str = "DejaVu Sans";
pub const FONT_ALT: &str = "Verdana";
/// DejaVu Sans' PANOSE classification and Unicode/code-page ranges (its OS/2 table).
const PANOSE: &str = "020B0603030804020204";
const SIG: [&str; 6] = [
    "E7006EFF", "D200FDFF", "0A246029", "0400200C", "600001FF", "DFFF0000",
];

/// Font sizes in half-points.
pub const BODY_SIZE: usize = 20;
pub const TABLE_SIZE: usize = 18;
pub const SOURCE_SIZE: usize = 16;

/// Heading colour (dark blue) and the grey of running headers and footers.
const HEADING_RGB: &str = "1F3864";
const FURNITURE_RGB: &str = "595959";
/// Border colour of tables and callouts.
pub const BORDER_RGB: &str = "A6A6A6";
/// Left rule of quotations (as in the PDF).
const QUOTE_RGB: &str = "9DB0C8";

/// Cell margins of the table style (twips): top, left, bottom, right.
pub const CELL_MARGINS: [usize; 4] = [40, 80, 40, 80];

/// Numbering instance used by every bullet list (ids from 2, as Word would number them after
/// its default list).
pub const BULLET_NUM_ID: usize = 2;
const BULLET_ABSTRACT_ID: usize = 2;

pub const STYLE_TITLE: &str = "Title";
pub const STYLE_SUBTITLE: &str = "Subtitle";
pub const STYLE_TOC_HEADING: &str = "TOCHeading";
pub const STYLE_TABLE_TEXT: &str = "TableText";
pub const STYLE_CAPTION: &str = "Caption";
pub const STYLE_LIST: &str = "ListBullet";
pub const STYLE_HEADER: &str = "Header";
pub const STYLE_FOOTER: &str = "Footer";
pub const STYLE_SPACER: &str = "Spacer";
pub const STYLE_QUOTE: &str = "Quote";
pub const STYLE_HYPERLINK: &str = "Hyperlink";
pub const STYLE_TABLE: &str = "DPIATable";

/// Style id of a heading level (1–3): Word's built-in `Heading1`…`Heading3`.
pub fn heading_style(level: u8) -> String {
    format!("Heading{level}")
}

/// Style id of a table-of-contents entry level (1–2): Word's built-in `TOC1`, `TOC2`.
pub fn toc_style(level: u8) -> String {
    format!("TOC{level}")
}

pub const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

fn fonts(size: usize) -> String {
    format!(
        "<w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/>\
         <w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"
    )
}

/// A paragraph style: id, name, then pPr and rPr contents (already in schema order).
struct P<'a> {
    id: &'a str,
    name: &'a str,
    ui_priority: Option<u32>,
    ppr: String,
    rpr: String,
}

fn p_style(out: &mut String, s: P) {
    out.push_str(&format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"{}\"/>\
         <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>",
        s.id, s.name
    ));
    if let Some(u) = s.ui_priority {
        out.push_str(&format!("<w:uiPriority w:val=\"{u}\"/>"));
    }
    out.push_str("<w:qFormat/>");
    if !s.ppr.is_empty() {
        out.push_str(&format!("<w:pPr>{}</w:pPr>", s.ppr));
    }
    if !s.rpr.is_empty() {
        out.push_str(&format!("<w:rPr>{}</w:rPr>", s.rpr));
    }
    out.push_str("</w:style>");
}

fn spacing(before: u32, after: u32) -> String {
    format!("<w:spacing w:before=\"{before}\" w:after=\"{after}\"/>")
}

fn rpr(bold: bool, italic: bool, color: Option<&str>, size: Option<usize>) -> String {
    let mut r = String::new();
    if bold {
        r.push_str("<w:b/><w:bCs/>");
    }
    if italic {
        r.push_str("<w:i/><w:iCs/>");
    }
    if let Some(c) = color {
        r.push_str(&format!("<w:color w:val=\"{c}\"/>"));
    }
    if let Some(s) = size {
        r.push_str(&format!("<w:sz w:val=\"{s}\"/><w:szCs w:val=\"{s}\"/>"));
    }
    r
}

fn border(side: &str, color: &str, size: u32, space: u32) -> String {
    format!("<w:{side} w:val=\"single\" w:sz=\"{size}\" w:space=\"{space}\" w:color=\"{color}\"/>")
}

/// `word/styles.xml`: document defaults (DejaVu Sans 10 pt, the document language), Normal as
/// the default paragraph style, headings, contents, table text, quotation, caption, list,
/// header/footer, hyperlink, and the "DPIA Table" table style (borders, cell margins).
pub fn styles_xml(lang: Option<&str>) -> String {
    let mut x = String::with_capacity(12 * 1024);
    x.push_str(XML_DECL);
    x.push_str(&format!("<w:styles xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_R}\">"));
    x.push_str("<w:docDefaults><w:rPrDefault><w:rPr>");
    x.push_str(&fonts(BODY_SIZE));
    if let Some(tag) = lang {
        x.push_str(&format!(
            "<w:lang w:val=\"{}\" w:eastAsia=\"{}\" w:bidi=\"ar-SA\"/>",
            xml::attr_string(tag),
            xml::attr_string(tag)
        ));
    }
    x.push_str("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>");
    x.push_str("<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>");
    x.push_str("</w:pPr></w:pPrDefault></w:docDefaults>");

    // Defaults of each style type.
    x.push_str(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">\
         <w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>\
         <w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">\
         <w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>",
    );

    for (level, size, before, after) in [(1u8, 32, 360, 120), (2, 26, 280, 100), (3, 22, 220, 80)] {
        p_style(
            &mut x,
            P {
                id: &heading_style(level),
                name: &format!("heading {level}"),
                ui_priority: Some(9),
                ppr: format!(
                    "<w:keepNext/><w:keepLines/>{}<w:outlineLvl w:val=\"{}\"/>",
                    spacing(before, after),
                    level - 1
                ),
                rpr: rpr(true, false, Some(HEADING_RGB), Some(size)),
            },
        );
    }
    p_style(
        &mut x,
        P {
            id: STYLE_TITLE,
            name: "Title",
            ui_priority: Some(10),
            ppr: format!("<w:keepNext/>{}", spacing(2_800, 360)),
            rpr: rpr(true, false, Some(HEADING_RGB), Some(52)),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_SUBTITLE,
            name: "Subtitle",
            ui_priority: Some(11),
            ppr: spacing(0, 160),
            rpr: rpr(false, false, Some(FURNITURE_RGB), Some(28)),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_TOC_HEADING,
            name: "TOC Heading",
            ui_priority: Some(39),
            ppr: format!("<w:keepNext/>{}", spacing(0, 200)),
            rpr: rpr(true, false, Some(HEADING_RGB), Some(32)),
        },
    );
    for level in 1..=2u8 {
        p_style(
            &mut x,
            P {
                id: &toc_style(level),
                name: &format!("toc {level}"),
                ui_priority: Some(39),
                ppr: format!(
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{TEXT_W}\"/></w:tabs>{}{}",
                    spacing(if level == 1 { 120 } else { 0 }, 60),
                    if level == 1 {
                        String::new()
                    } else {
                        "<w:ind w:left=\"284\"/>".into()
                    }
                ),
                rpr: rpr(level == 1, false, None, None),
            },
        );
    }
    p_style(
        &mut x,
        P {
            id: STYLE_TABLE_TEXT,
            name: "Table Text",
            ui_priority: None,
            ppr: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                .into(),
            rpr: rpr(false, false, None, Some(TABLE_SIZE)),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_QUOTE,
            name: "Quote",
            ui_priority: Some(29),
            ppr: format!(
                "<w:pBdr>{}</w:pBdr>{}<w:ind w:left=\"340\" w:right=\"0\"/>",
                border("left", QUOTE_RGB, 18, 8),
                spacing(60, 160)
            ),
            rpr: rpr(false, true, Some("333333"), None),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_CAPTION,
            name: "caption",
            ui_priority: Some(35),
            ppr: spacing(80, 200),
            rpr: rpr(false, true, Some(FURNITURE_RGB), Some(TABLE_SIZE)),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_LIST,
            name: "List Bullet",
            ui_priority: None,
            ppr: format!(
                "<w:numPr><w:numId w:val=\"{BULLET_NUM_ID}\"/></w:numPr>{}",
                spacing(0, 60)
            ),
            rpr: String::new(),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_HEADER,
            name: "header",
            ui_priority: None,
            ppr: spacing(0, 0),
            rpr: rpr(false, false, Some(FURNITURE_RGB), Some(SOURCE_SIZE)),
        },
    );
    p_style(
        &mut x,
        P {
            id: STYLE_FOOTER,
            name: "footer",
            ui_priority: None,
            ppr: format!("{}<w:jc w:val=\"right\"/>", spacing(0, 0)),
            rpr: rpr(false, false, Some(FURNITURE_RGB), Some(SOURCE_SIZE)),
        },
    );
    // An empty paragraph after a table: keeps tables apart (Word merges adjacent tables) and
    // gives the text after a table some air.
    p_style(
        &mut x,
        P {
            id: STYLE_SPACER,
            name: "Table Spacer",
            ui_priority: None,
            ppr: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"180\" w:lineRule=\"exact\"/>"
                .into(),
            rpr: rpr(false, false, None, Some(12)),
        },
    );
    x.push_str(&format!(
        "<w:style w:type=\"character\" w:styleId=\"{STYLE_HYPERLINK}\"><w:name w:val=\"Hyperlink\"/>\
         <w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/>\
         <w:unhideWhenUsed/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr>\
         </w:style>"
    ));
    // The table style: borders and cell margins for every table (cells add their shading).
    let [t, l, b, r] = CELL_MARGINS;
    x.push_str(&format!(
        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"{STYLE_TABLE}\">\
         <w:name w:val=\"DPIA Table\"/><w:basedOn w:val=\"TableNormal\"/>\
         <w:uiPriority w:val=\"59\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" \
         w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"{TABLE_SIZE}\"/>\
         <w:szCs w:val=\"{TABLE_SIZE}\"/></w:rPr><w:tblPr><w:tblBorders>{}{}{}{}{}{}</w:tblBorders>\
         <w:tblCellMar><w:top w:w=\"{t}\" w:type=\"dxa\"/><w:left w:w=\"{l}\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"{b}\" w:type=\"dxa\"/><w:right w:w=\"{r}\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>",
        border("top", BORDER_RGB, 4, 0),
        border("left", BORDER_RGB, 4, 0),
        border("bottom", BORDER_RGB, 4, 0),
        border("right", BORDER_RGB, 4, 0),
        border("insideH", BORDER_RGB, 4, 0),
        border("insideV", BORDER_RGB, 4, 0),
    ));
    x.push_str("</w:styles>");
    x
}

/// `word/numbering.xml`: one bullet list definition (•, –, ◦ by level).
pub fn numbering_xml() -> String {
    let mut x = String::from(XML_DECL);
    x.push_str(&format!("<w:numbering xmlns:w=\"{NS_W}\">"));
    x.push_str(&format!(
        "<w:abstractNum w:abstractNumId=\"{BULLET_ABSTRACT_ID}\"><w:nsid w:val=\"5D1A2B3C\"/>\
         <w:multiLevelType w:val=\"hybridMultilevel\"/>"
    ));
    for level in 0..9usize {
        let text = ["•", "–", "◦"][level % 3];
        let left = 360 + 360 * level;
        x.push_str(&format!(
            "<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>\
             <w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr>\
             <w:ind w:left=\"{left}\" w:hanging=\"284\"/></w:pPr><w:rPr>\
             <w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:hint=\"default\"/></w:rPr></w:lvl>"
        ));
    }
    x.push_str(&format!(
        "</w:abstractNum><w:num w:numId=\"{BULLET_NUM_ID}\"><w:abstractNumId w:val=\"{BULLET_ABSTRACT_ID}\"/></w:num></w:numbering>"
    ));
    x
}

/// `word/settings.xml`: fields updated when Word opens the file (the contents and
/// cross-references get their page numbers), automatic hyphenation in the document language,
/// compatibility mode Word 2013+.
pub fn settings_xml(lang: Option<&str>) -> String {
    let dutch = lang.is_some_and(|l| l.to_ascii_lowercase().starts_with("nl"));
    let mut x = String::from(XML_DECL);
    x.push_str(&format!("<w:settings xmlns:w=\"{NS_W}\">"));
    x.push_str("<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>");
    x.push_str(
        "<w:autoHyphenation/><w:consecutiveHyphenLimit w:val=\"2\"/>\
         <w:hyphenationZone w:val=\"357\"/><w:doNotHyphenateCaps/>",
    );
    x.push_str("<w:characterSpacingControl w:val=\"doNotCompress\"/>");
    x.push_str("<w:updateFields w:val=\"true\"/>");
    x.push_str(
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    );
    if let Some(tag) = lang {
        x.push_str(&format!(
            "<w:themeFontLang w:val=\"{}\"/>",
            xml::attr_string(tag)
        ));
    }
    x.push_str(if dutch {
        "<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>"
    } else {
        "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
    });
    x.push_str("</w:settings>");
    x
}

/// `word/fontTable.xml`: DejaVu Sans with Verdana as its alternate name, its PANOSE number,
/// family and character ranges, so Word picks a close face where DejaVu is missing.
pub fn font_table_xml() -> String {
    format!(
        "{XML_DECL}<w:fonts xmlns:w=\"{NS_W}\"><w:font w:name=\"{FONT}\">\
         <w:altName w:val=\"{FONT_ALT}\"/><w:panose1 w:val=\"{PANOSE}\"/><w:charset w:val=\"00\"/>\
         <w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/><w:sig w:usb0=\"{}\" \
         w:usb1=\"{}\" w:usb2=\"{}\" w:usb3=\"{}\" w:csb0=\"{}\" w:csb1=\"{}\"/></w:font>\
         <w:font w:name=\"{FONT_ALT}\"><w:panose1 w:val=\"020B0604030504040204\"/>\
         <w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>\
         </w:font></w:fonts>",
        SIG[0], SIG[1], SIG[2], SIG[3], SIG[4], SIG[5]
    )
}

/// A minimal theme: Word expects the main document to have one. Its fonts are the body font;
/// nothing in the document refers to theme colours.
pub fn theme_xml() -> String {
    format!(
        "{XML_DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"DPIA Helper\">\
<a:themeElements><a:clrScheme name=\"DPIA Helper\">\
<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>\
<a:dk2><a:srgbClr val=\"1F3864\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>\
<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>\
<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>\
<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>\
<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>\
</a:clrScheme><a:fontScheme name=\"DPIA Helper\">\
<a:majorFont><a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>\
<a:minorFont><a:latin typeface=\"{FONT}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>\
</a:fontScheme><a:fmtScheme name=\"DPIA Helper\"><a:fillStyleLst>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
</a:fillStyleLst><a:lnStyleLst>\
<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>\
<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>\
<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>\
</a:lnStyleLst><a:effectStyleLst>\
<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>\
</a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}
