//! Page geometry, fonts, paragraph and character styles, and the bullet numbering definition.

use docx_rs::*;

/// A4 portrait in twentieths of a point.
pub const PAGE_W: u32 = 11_906;
pub const PAGE_H: u32 = 16_838;
/// 2.5 cm margins on every side.
pub const MARGIN: i32 = 1_418;
/// Width of the text area: the width tables share out between their columns.
pub const TEXT_W: usize = (PAGE_W as i32 - 2 * MARGIN) as usize;

/// Body font. Arial is on every Word installation; LibreOffice substitutes a metric-compatible
/// or at least sans-serif face (Liberation Sans, DejaVu Sans) where it is missing.
pub const FONT: &str = "Arial";
/// Font sizes in half-points.
pub const BODY_SIZE: usize = 20;
pub const TABLE_SIZE: usize = 18;
pub const SOURCE_SIZE: usize = 16;

/// Heading colour (dark blue) and the grey of running headers and footers.
const HEADING_RGB: &str = "1F3864";
const FURNITURE_RGB: &str = "595959";
/// Border colour of tables and callouts.
pub const BORDER_RGB: &str = "A6A6A6";

/// Numbering instance used by every bullet list. `Docx::new()` already defines instance 1
/// (decimal); reusing it would turn bullets into one numbered list across the document.
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

/// Style id of a heading level (1–3): Word's built-in `Heading1`…`Heading3`.
pub fn heading_style(level: u8) -> String {
    format!("Heading{level}")
}

/// Style id of a table-of-contents entry level (1–2): Word's built-in `TOC1`, `TOC2`.
pub fn toc_style(level: u8) -> String {
    format!("TOC{level}")
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

fn paragraph_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
}

/// Applies document defaults, page set-up, styles and numbering to a fresh `Docx`.
pub fn set_up(docx: Docx) -> Docx {
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT);
    let mut docx = docx
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(709)
                .footer(709)
                .gutter(0),
        )
        .default_fonts(fonts)
        .default_size(BODY_SIZE)
        .default_line_spacing(
            LineSpacing::new()
                .after(120)
                .line(264)
                .line_rule(LineSpacingType::Auto),
        )
        .default_tab_stop(709);

    let headings = [
        (1u8, 32usize, 360u32, 120u32),
        (2, 26, 280, 100),
        (3, 22, 220, 80),
    ];
    for (level, size, before, after) in headings {
        let mut s = paragraph_style(&heading_style(level), &format!("heading {level}"))
            .outline_lvl(usize::from(level - 1))
            .bold()
            .size(size)
            .color(HEADING_RGB)
            .line_spacing(spacing(before, after))
            .ui_priority(9);
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        docx = docx.add_style(s);
    }

    let mut title = paragraph_style(STYLE_TITLE, "Title")
        .bold()
        .size(52)
        .color(HEADING_RGB)
        .line_spacing(spacing(2_800, 360));
    title.paragraph_property = title.paragraph_property.keep_next(true);
    docx = docx.add_style(title);
    docx = docx.add_style(
        paragraph_style(STYLE_SUBTITLE, "Subtitle")
            .size(28)
            .color(FURNITURE_RGB)
            .line_spacing(spacing(0, 160)),
    );

    let mut toc_heading = paragraph_style(STYLE_TOC_HEADING, "TOC Heading")
        .bold()
        .size(32)
        .color(HEADING_RGB)
        .line_spacing(spacing(0, 200));
    toc_heading.paragraph_property = toc_heading.paragraph_property.keep_next(true);
    docx = docx.add_style(toc_heading);
    for level in 1..=2u8 {
        let mut s = paragraph_style(&toc_style(level), &format!("toc {level}"))
            .line_spacing(spacing(if level == 1 { 120 } else { 0 }, 60))
            .indent(Some(if level == 1 { 0 } else { 284 }), None, None, None);
        if level == 1 {
            s = s.bold();
        }
        s.paragraph_property = s.paragraph_property.add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .leader(TabLeaderType::Dot)
                .pos(TEXT_W),
        );
        docx = docx.add_style(s);
    }

    docx = docx
        .add_style(
            paragraph_style(STYLE_TABLE_TEXT, "Table Text")
                .size(TABLE_SIZE)
                .line_spacing(
                    LineSpacing::new()
                        .before(0)
                        .after(0)
                        .line(240)
                        .line_rule(LineSpacingType::Auto),
                ),
        )
        .add_style(
            paragraph_style(STYLE_CAPTION, "caption")
                .italic()
                .size(TABLE_SIZE)
                .color(FURNITURE_RGB)
                .line_spacing(spacing(80, 200)),
        )
        .add_style(paragraph_style(STYLE_LIST, "List Bullet").line_spacing(spacing(0, 60)))
        .add_style(
            paragraph_style(STYLE_HEADER, "header")
                .size(SOURCE_SIZE)
                .color(FURNITURE_RGB)
                .line_spacing(spacing(0, 0)),
        )
        .add_style(
            paragraph_style(STYLE_FOOTER, "footer")
                .size(SOURCE_SIZE)
                .color(FURNITURE_RGB)
                .align(AlignmentType::Right)
                .line_spacing(spacing(0, 0)),
        )
        // An empty paragraph after a table: keeps tables apart (Word merges adjacent tables)
        // and gives the text after a table some air.
        .add_style(
            paragraph_style(STYLE_SPACER, "Table Spacer")
                .size(12)
                .line_spacing(
                    LineSpacing::new()
                        .before(0)
                        .after(0)
                        .line(180)
                        .line_rule(LineSpacingType::Exact),
                ),
        );

    let bullet = |level: usize, text: &str| {
        let left = 360 + 360 * level as i32;
        Level::new(
            level,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(left),
            Some(SpecialIndentType::Hanging(284)),
            None,
            None,
        )
    };
    let mut abs = AbstractNumbering::new(BULLET_ABSTRACT_ID);
    for level in 0..9 {
        abs = abs.add_level(bullet(level, ["•", "–", "◦"][level % 3]));
    }
    docx.add_abstract_numbering(abs)
        .add_numbering(Numbering::new(BULLET_NUM_ID, BULLET_ABSTRACT_ID))
}
