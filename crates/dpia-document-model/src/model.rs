//! The format-neutral document: what a DPIA starter or onboarding summary says, in one language.
//!
//! Builders (`starter`, `summary`) decide all content and wording; renderers (Markdown, PDF,
//! DOCX) only lay it out. Every string here is final, user-visible text (already translated);
//! renderers must treat it as literal text (escape it for their format) and add no words of
//! their own except what `Meta` gives them (header, footer, page labels).

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// Document properties and the words renderers need for running headers and footers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// "nl" or "en" (document language property).
    pub lang: String,
    pub title: String,
    pub subject: String,
    pub author: String,
    /// The date the document is made (passed in; used for creation/modification dates).
    pub date: NaiveDate,
    /// A deterministic document id derived from the content (for PDF /ID and similar).
    pub id: String,
    /// Running header text, e.g. "DPIA Ziekenhuis Rijnoever — concept".
    pub header: String,
    /// "Pagina {page} van {pages}" / "Page {page} of {pages}": renderers substitute the two
    /// placeholders `{page}` and `{pages}`.
    pub page_of: String,
    /// Title of the table of contents ("Inhoud" / "Contents").
    pub contents_title: String,
    /// "blz. {page}" / "p. {page}": how a [`Inline::Ref`] shows its page number (renderers
    /// substitute `{page}`). Empty: refs show their text only.
    pub page_ref: String,
    /// A file carried inside the document (the assessment's exchange file), or None.
    pub attachment: Option<Attachment>,
    /// The open review comments, for formats that carry comments of their own (DOCX: Word
    /// comments anchored to the paragraph of their place). Formats without them get the
    /// builder's annex instead; empty: none.
    pub comments: Vec<DocComment>,
    /// What formats without comments of their own (PDF, Markdown) show instead of `comments`:
    /// the annex listing the open comments and a line under each heading they are about
    /// ([`Document::with_comment_annex`]). A DOCX leaves it out. Empty: no open comments.
    #[serde(default, skip_serializing_if = "CommentAnnex::is_empty")]
    pub comment_annex: CommentAnnex,
    /// Where the attachment is for a format that cannot carry it (Markdown says this sentence
    /// instead); empty: nothing to say.
    pub attachment_note: String,
    /// The page of each heading, in order, as laid out for print (the PDF's pages): a DOCX gives
    /// its table of contents these as cached page numbers, which LibreOffice shows as they are
    /// and Word replaces when it updates the fields. Empty: not known (no numbers cached).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub heading_pages: Vec<usize>,
}

/// A file embedded in an exported document, e.g. the assessment's `.dpia.json`, so the
/// document alone is enough to continue the assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attachment {
    /// File name without a path, e.g. "ziekenhuis-rijnoever.dpia.json".
    pub file_name: String,
    /// MIME type, e.g. "application/json".
    pub mime: String,
    /// What the file is, in the document's language.
    pub description: String,
    /// The file's bytes (not serialised with the document model).
    #[serde(skip)]
    pub data: Vec<u8>,
}

/// A review comment as a document carries it (DOCX: a Word comment). Every string is final text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocComment {
    /// Unique among the document's comments and replies (the comment's own id).
    pub id: String,
    /// Who wrote it, as the comment shows it (e.g. "Fenna de Graaf (FG)").
    pub author: String,
    /// The author's initials (Word shows them in the margin).
    pub initials: String,
    /// When, in RFC 3339 (UTC).
    pub date: String,
    /// The text; a newline starts a new paragraph.
    pub text: String,
    /// Where it belongs: the paragraph holding the [`Inline::Field`] with this pointer; else
    /// the heading with `anchor`; else the document's first paragraph.
    pub pointer: Option<String>,
    pub anchor: Option<String>,
    /// Replies, oldest first (DOCX: Word replies to this comment).
    pub replies: Vec<DocReply>,
}

/// A reply to a [`DocComment`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocReply {
    pub id: String,
    pub author: String,
    pub initials: String,
    pub date: String,
    pub text: String,
}

/// The open comments for formats that cannot carry comments: blocks appended at the end of the
/// document, and a paragraph placed right after the heading with each anchor (a reference to
/// the comments on that section). Every string is final text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CommentAnnex {
    pub blocks: Vec<Block>,
    /// (heading anchor, paragraph), in document order.
    pub links: Vec<(String, Vec<Inline>)>,
}

impl CommentAnnex {
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty() && self.links.is_empty()
    }
}

/// A run of text inside a paragraph, list item, quote or table cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Strong(String),
    /// Where a prefilled fact came from, e.g. "statement item 15" or "client's answer".
    /// Renderers show it visibly and distinctly (e.g. small grey "[bron: statement item 15]").
    Source(String),
    /// Something only the controller can fill in. Renderers highlight it (e.g. yellow
    /// background) so it cannot be missed. The text already says who must complete it.
    Placeholder(String),
    /// Words the client typed (an answer), shown as typed. Renderers isolate it
    /// bidirectionally (Markdown: wrapped in U+2068 FSI … U+2069 PDI; DOCX/PDF: as the format
    /// allows) and never let control characters through.
    Answer(String),
    /// An answer with the JSON pointer of the field it answers (e.g. `/controller/necessity`):
    /// rendered as an [`Inline::Answer`]; DOCX puts it in a content control tagged with the
    /// pointer, so a Word comment on it can be traced back to the field.
    Field {
        text: String,
        pointer: String,
    },
    /// An editorial note inside quoted statement text, e.g. "[dienst B = KPI Connectoren,
    /// punt 6]". The text carries its own brackets; rendered small and grey like a source
    /// marker, without added brackets.
    Note(String),
    /// A reference to a heading by its anchor. Renderers show `text`; PDF adds the page number
    /// (`Meta::page_ref`) and an internal link; DOCX an internal hyperlink to a bookmark on the
    /// heading (and a PAGEREF field); Markdown a link to the heading.
    Ref {
        text: String,
        target: String,
    },
}

impl Inline {
    /// The words this inline shows (a source marker without its brackets, a reference's text).
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(s)
            | Inline::Strong(s)
            | Inline::Source(s)
            | Inline::Placeholder(s)
            | Inline::Answer(s)
            | Inline::Note(s) => s,
            Inline::Ref { text, .. } | Inline::Field { text, .. } => text,
        }
    }
}

/// The background a table cell or callout asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Plain,
    /// Risk level low (green).
    Low,
    /// Risk level medium (amber).
    Medium,
    /// Risk level high (red).
    High,
    /// Header row / label cell (light grey).
    Header,
}

impl Tone {
    /// Fill colour as RGB hex, shared by all renderers so documents look alike.
    pub fn rgb(self) -> Option<&'static str> {
        match self {
            Tone::Plain => None,
            Tone::Low => Some("C6EFCE"),
            Tone::Medium => Some("FFE699"),
            Tone::High => Some("F4B6B6"),
            Tone::Header => Some("E7E6E6"),
        }
    }
}

/// Highlight colour of placeholders (yellow), shared by all renderers.
pub const PLACEHOLDER_RGB: &str = "FFFF00";
/// Colour of source markers (grey), shared by all renderers.
pub const SOURCE_RGB: &str = "6B6B6B";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub content: Vec<Inline>,
    pub tone: Tone,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            content: vec![Inline::Text(s.into())],
            tone: Tone::Plain,
        }
    }
    pub fn inlines(content: Vec<Inline>) -> Cell {
        Cell {
            content,
            tone: Tone::Plain,
        }
    }
    pub fn toned(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub title: String,
    /// Relative width; renderers share the page width in proportion.
    pub width: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Header row, repeated on every page the table spans.
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Never split across pages (e.g. the signature table): header and rows move to the next
    /// page as a whole when they do not fit (a table taller than a page is split anyway).
    pub keep_together: bool,
}

/// A 3×3 likelihood × impact grid. `cells[l][i]` lists the risk labels (e.g. "R3") at likelihood
/// `l` and impact `i` (0 = low, 1 = medium, 2 = high); `tones[l][i]` is the cell's level colour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Matrix {
    pub caption: String,
    /// Axis titles: "Kans" / "Likelihood" (rows) and "Impact" (columns).
    pub likelihood_label: String,
    pub impact_label: String,
    /// Level names, low to high, for the axis ticks.
    pub level_labels: [String; 3],
    pub cells: [[Vec<String>; 3]; 3],
    pub tones: [[Tone; 3]; 3],
    /// Alternative text describing the grid (tagged PDF /Alt, DOCX table description).
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
// A matrix is rare and small next to the cost of rendering; boxing it would only complicate
// the builders' code.
#[allow(clippy::large_enum_variant)]
pub enum Block {
    /// The cover: big title, subtitle lines.
    Cover {
        title: String,
        lines: Vec<String>,
    },
    /// Table of contents: renderers list every `Heading` of level 1 and 2 that follows.
    Contents,
    /// A numbered section heading. `level` is 1, 2 or 3. Renderers keep a heading with the block
    /// after it (no heading alone at the bottom of a page) and add level 1–2 to the PDF outline.
    /// `anchor`: a stable id other blocks can [`Inline::Ref`] (e.g. "a8", "annex-open").
    Heading {
        level: u8,
        text: String,
        anchor: Option<String>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    Bullets {
        items: Vec<Vec<Inline>>,
    },
    Table {
        table: Table,
    },
    Matrix {
        matrix: Matrix,
    },
    /// A boxed, toned note (e.g. a blocking issue).
    Callout {
        tone: Tone,
        content: Vec<Inline>,
    },
    /// Text quoted verbatim from a source (the processor's statement), set off as a quotation
    /// (indented with a left rule; DOCX paragraph style "Quote"; tagged PDF BlockQuote).
    Quote {
        content: Vec<Inline>,
    },
    /// Starts a new page, but never produces an empty page (a break at the top of a page, or
    /// several in a row, is one break or none).
    PageBreak,
}

impl Document {
    /// The document as a format without comments of its own shows it (PDF, Markdown): each
    /// section with open comments gets its reference to them after its heading, and the
    /// comment annex comes last. The document itself when it has no open comments.
    pub fn with_comment_annex(&self) -> std::borrow::Cow<'_, Document> {
        let annex = &self.meta.comment_annex;
        if annex.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut blocks = Vec::with_capacity(self.blocks.len() + annex.blocks.len());
        for b in &self.blocks {
            blocks.push(b.clone());
            if let Block::Heading {
                anchor: Some(a), ..
            } = b
            {
                for (_, content) in annex.links.iter().filter(|(x, _)| x == a) {
                    blocks.push(Block::Paragraph {
                        content: content.clone(),
                    });
                }
            }
        }
        blocks.extend(annex.blocks.iter().cloned());
        let mut meta = self.meta.clone();
        meta.comment_annex = CommentAnnex::default();
        std::borrow::Cow::Owned(Document { meta, blocks })
    }

    /// Every heading, in order, with its level.
    pub fn headings(&self) -> impl Iterator<Item = (u8, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading { level, text, .. } => Some((*level, text.as_str())),
            _ => None,
        })
    }

    /// The heading a [`Inline::Ref`] points at: (level, text) of the heading with `anchor`.
    pub fn heading_by_anchor(&self, anchor: &str) -> Option<(u8, &str)> {
        self.blocks.iter().find_map(|b| match b {
            Block::Heading {
                level,
                text,
                anchor: Some(a),
            } if a == anchor => Some((*level, text.as_str())),
            _ => None,
        })
    }

    /// All visible text in reading order (for tests: no raw ids, no untranslated words).
    /// Includes answers, notes, reference texts and quotes; not the attachment's bytes.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        let inl = |out: &mut String, c: &[Inline]| {
            for i in c {
                out.push_str(i.text());
                out.push(' ');
            }
            out.push('\n');
        };
        for b in &self.blocks {
            match b {
                Block::Cover { title, lines } => {
                    out.push_str(title);
                    out.push('\n');
                    for l in lines {
                        out.push_str(l);
                        out.push('\n');
                    }
                }
                Block::Contents | Block::PageBreak => {}
                Block::Heading { text, .. } => {
                    out.push_str(text);
                    out.push('\n');
                }
                Block::Paragraph { content }
                | Block::Callout { content, .. }
                | Block::Quote { content } => inl(&mut out, content),
                Block::Bullets { items } => items.iter().for_each(|i| inl(&mut out, i)),
                Block::Table { table } => {
                    for c in &table.columns {
                        out.push_str(&c.title);
                        out.push(' ');
                    }
                    out.push('\n');
                    for row in &table.rows {
                        for cell in row {
                            inl(&mut out, &cell.content);
                        }
                    }
                }
                Block::Matrix { matrix } => {
                    out.push_str(&matrix.caption);
                    out.push('\n');
                }
            }
        }
        out
    }
}
