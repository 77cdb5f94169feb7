//! A small writer for documents: blocks in order, the current section, and every placeholder
//! recorded with the section it stands in (for the open-items annex).

use dpia_document_model::*;
use dpia_i18n::{Arg, Messages};
use dpia_statement::StatementRef;

pub struct Compose<'a> {
    pub m: &'a Messages,
    pub blocks: Vec<Block>,
    section: String,
    /// (section, what is to be completed)
    pub open_items: Vec<(String, String)>,
}

impl<'a> Compose<'a> {
    pub fn new(m: &'a Messages) -> Self {
        Compose {
            m,
            blocks: Vec::new(),
            section: String::new(),
            open_items: Vec::new(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.m.get(id)
    }

    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.m.fmt(id, args)
    }

    pub fn heading(&mut self, level: u8, text: String) {
        self.section = text.clone();
        self.blocks.push(Block::Heading {
            level,
            text,
            anchor: None,
        });
    }

    pub fn h1(&mut self, id: &str) {
        let text = self.t(id);
        self.heading(1, text);
    }

    pub fn h2(&mut self, id: &str) {
        let text = self.t(id);
        self.heading(2, text);
    }

    pub fn p(&mut self, content: Vec<Inline>) {
        self.blocks.push(Block::Paragraph { content });
    }

    pub fn text(&mut self, text: String) {
        self.p(vec![Inline::Text(text)]);
    }

    pub fn bullets(&mut self, items: Vec<Vec<Inline>>) {
        if !items.is_empty() {
            self.blocks.push(Block::Bullets { items });
        }
    }

    pub fn table(&mut self, columns: &[(&str, u16)], rows: Vec<Vec<Cell>>) {
        let columns = columns
            .iter()
            .map(|(id, width)| Column {
                title: self.t(id),
                width: *width,
            })
            .collect();
        self.blocks.push(Block::Table {
            table: Table {
                columns,
                rows,
                keep_together: false,
            },
        });
    }

    pub fn callout(&mut self, tone: Tone, content: Vec<Inline>) {
        self.blocks.push(Block::Callout { tone, content });
    }

    /// A placeholder for the controller, recorded for the open-items annex.
    pub fn placeholder(&mut self, what: String) -> Inline {
        self.open_items.push((self.section.clone(), what.clone()));
        Inline::Placeholder(self.f("doc-placeholder", &[("what", what.into())]))
    }

    /// A paragraph that is only a placeholder.
    pub fn placeholder_p(&mut self, what_id: &str) {
        let what = self.t(what_id);
        let inline = self.placeholder(what);
        self.p(vec![inline]);
    }

    /// "[statement item 15]" style marker.
    pub fn source(&self, r: StatementRef) -> Inline {
        Inline::Source(dpia_i18n::source(self.m, r))
    }

    /// "[derived from statement item 11]": our summary of what the statement says.
    pub fn derived(&self, r: StatementRef) -> Inline {
        Inline::Source(self.f(
            "source-derived",
            &[("source", dpia_i18n::source(self.m, r).into())],
        ))
    }

    pub fn sources(&self, refs: &[StatementRef]) -> Inline {
        Inline::Source(dpia_i18n::sources(self.m, refs))
    }

    pub fn answer(&self) -> Inline {
        Inline::Source(self.t("source-answer"))
    }
}

/// A deterministic 128-bit id (FNV-1a, two lanes) of the document text, as 32 hex digits.
pub fn content_id(parts: &[&str]) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            a = (a ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            b = (b ^ u64::from(byte))
                .wrapping_mul(0x0000_0100_0000_01b3)
                .rotate_left(5);
        }
    }
    format!("{a:016x}{b:016x}")
}
