//! A small writer for documents: blocks in order, the current section, and every placeholder
//! recorded with the section it stands in (for the open-items annex).

use dpia_document_model::*;
use dpia_i18n::{Arg, Messages};
use dpia_statement::StatementRef;

pub struct Compose<'a> {
    pub m: &'a Messages,
    pub blocks: Vec<Block>,
    section: String,
    anchor: Option<String>,
    /// Everything still to be completed, in document order.
    pub open_items: Vec<OpenItem>,
    /// The section (heading anchor) each answer with a pointer stands in, answered or not:
    /// where a review comment on it goes when the answer itself is not in the document.
    pub fields: std::collections::BTreeMap<String, String>,
    /// Each statement passage quoted so far, with the heading and anchor where it stands: a
    /// passage is quoted once, elsewhere referred to.
    quoted: Vec<(StatementRef, String, String, Option<String>)>,
    /// Every statement item or clause a source marker has cited so far (the facts annex quotes
    /// only what the document rests on).
    cited: std::cell::RefCell<std::collections::BTreeSet<StatementRef>>,
}

/// A placeholder, recorded for the open-items annex.
#[derive(Debug, Clone)]
pub struct OpenItem {
    /// The heading of the section it stands in, and that heading's anchor.
    pub section: String,
    pub anchor: Option<String>,
    /// What is to be completed (for a group: what each member needs).
    pub what: String,
    /// Items of one kind for several members (e.g. the owner of each risk) share a row:
    /// the member's label (e.g. "R3").
    pub member: Option<String>,
    /// For the data protection officer (their advice); else for the controller.
    pub dpo: bool,
}

impl<'a> Compose<'a> {
    pub fn new(m: &'a Messages) -> Self {
        Compose {
            m,
            blocks: Vec::new(),
            section: String::new(),
            anchor: None,
            open_items: Vec::new(),
            fields: Default::default(),
            quoted: Vec::new(),
            cited: Default::default(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.m.get(id)
    }

    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.m.fmt(id, args)
    }

    pub fn heading(&mut self, level: u8, text: String, anchor: Option<String>) {
        self.section = text.clone();
        self.anchor = anchor.clone();
        self.blocks.push(Block::Heading {
            level,
            text,
            anchor,
        });
    }

    /// A heading from a message id; its anchor is the id without "doc-" (e.g. "a8").
    pub fn h1(&mut self, id: &str) {
        let text = self.t(id);
        self.heading(1, text, Some(anchor_of(id)));
    }

    pub fn h2(&mut self, id: &str) {
        let text = self.t(id);
        self.heading(2, text, Some(anchor_of(id)));
    }

    /// Text quoted from the statement, set off as a quote, with notes on its cross-references
    /// and its source marker.
    pub fn quote(&mut self, st: &dpia_statement::Statement, source: StatementRef, text: &str) {
        let at = match source {
            StatementRef::Item(n) => Some(n),
            StatementRef::Clause(..) => None,
        };
        if let Some((_, _, section, anchor)) = self
            .quoted
            .iter()
            .find(|(r, t, _, _)| *r == source && t == text)
            .cloned()
        {
            // Quoted before: refer to it ("Data Pro Statement, item 12: quoted under 3. …").
            let mut content = vec![Inline::Text(self.f(
                "doc-quoted-at",
                &[("source", dpia_i18n::source(self.m, source).into())],
            ))];
            content.push(match anchor {
                Some(target) => Inline::Ref {
                    text: section,
                    target,
                },
                None => Inline::Text(section),
            });
            content.push(Inline::Text(".".into()));
            self.blocks.push(Block::Paragraph { content });
            return;
        }
        self.quoted.push((
            source,
            text.to_string(),
            self.section.clone(),
            self.anchor.clone(),
        ));
        let mut content = crate::quote::quoted(self.m, st, at, text);
        content.push(self.source(source));
        self.blocks.push(Block::Quote { content });
    }

    /// Whether the body already quotes this passage (the facts annex then leaves it out).
    pub fn was_quoted(&self, source: StatementRef, text: &str) -> bool {
        self.quoted
            .iter()
            .any(|(r, t, _, _)| *r == source && t == text)
    }

    /// The client's words at `pointer` (the JSON pointer the app saves that answer by) with the
    /// answer marker.
    pub fn answer_text(&mut self, text: &str, pointer: &str) -> Vec<Inline> {
        vec![self.field(text, pointer), self.answer()]
    }

    /// The client's words at `pointer`, tagged with it (a DOCX puts them in a content control
    /// with that tag, so a Word comment on them is traced back to the question); the section
    /// they stand in is recorded for comments on that answer.
    pub fn field(&mut self, text: &str, pointer: &str) -> Inline {
        self.note_field(pointer);
        Inline::Field {
            text: text.trim().to_string(),
            pointer: pointer.to_string(),
        }
    }

    /// Records the section the answer at `pointer` stands in (answered or not; the first one
    /// when it stands in several).
    fn note_field(&mut self, pointer: &str) {
        if let Some(anchor) = &self.anchor {
            self.fields
                .entry(pointer.to_string())
                .or_insert_with(|| anchor.clone());
        }
    }

    /// The client's words at `pointer` if given (see [`Compose::answer_text`]), else a
    /// placeholder for `what_id`.
    pub fn filled(&mut self, text: &str, what_id: &str, pointer: &str) -> Vec<Inline> {
        self.note_field(pointer);
        if text.trim().is_empty() {
            let what = self.t(what_id);
            vec![self.placeholder(what)]
        } else {
            self.answer_text(text, pointer)
        }
    }

    /// A paragraph with the client's words at `pointer`, or a placeholder paragraph.
    pub fn filled_p(&mut self, text: &str, what_id: &str, pointer: &str) {
        let content = self.filled(text, what_id, pointer);
        self.p(content);
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
        self.table_with(columns, rows, false);
    }

    /// A table that is never split over pages (e.g. the signature table).
    pub fn table_kept(&mut self, columns: &[(&str, u16)], rows: Vec<Vec<Cell>>) {
        self.table_with(columns, rows, true);
    }

    fn table_with(&mut self, columns: &[(&str, u16)], rows: Vec<Vec<Cell>>, keep_together: bool) {
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
                keep_together,
            },
        });
    }

    pub fn callout(&mut self, tone: Tone, content: Vec<Inline>) {
        self.blocks.push(Block::Callout { tone, content });
    }

    /// A placeholder for the controller, recorded for the open-items annex.
    pub fn placeholder(&mut self, what: String) -> Inline {
        self.placeholder_by("doc-placeholder", what, None)
    }

    /// A placeholder for the data protection officer (their advice is theirs to write).
    pub fn placeholder_dpo(&mut self, what: String) -> Inline {
        self.placeholder_by("doc-placeholder-dpo", what, None)
    }

    /// One of a group of placeholders that the open-items annex lists in one row. Short, for a
    /// table cell whose column says what ("to be completed"); the annex row names what and the
    /// members (issue 18: "To be completed: owner" broke every action-plan cell in two).
    pub fn placeholder_member(&mut self, what: String, member: String) -> Inline {
        self.placeholder_by("doc-placeholder-short", what, Some(member))
    }

    fn placeholder_by(&mut self, id: &str, what: String, member: Option<String>) -> Inline {
        let text = self.f(id, &[("what", what.clone().into())]);
        self.open_items.push(OpenItem {
            section: self.section.clone(),
            anchor: self.anchor.clone(),
            what,
            member,
            dpo: id == "doc-placeholder-dpo",
        });
        Inline::Placeholder(text)
    }

    /// A paragraph that is only a placeholder.
    pub fn placeholder_p(&mut self, what_id: &str) {
        let what = self.t(what_id);
        let inline = self.placeholder(what);
        self.p(vec![inline]);
    }

    /// "[statement item 15]" style marker.
    pub fn source(&self, r: StatementRef) -> Inline {
        self.cited.borrow_mut().insert(r);
        Inline::Source(dpia_i18n::source(self.m, r))
    }

    /// Whether a source marker so far cites this item or clause.
    pub fn was_cited(&self, r: StatementRef) -> bool {
        self.cited.borrow().contains(&r)
    }

    /// "[derived from statement items 6 and 12]": our words, citing every item they rest on.
    pub fn derived_from(&self, refs: &[StatementRef]) -> Inline {
        self.cited.borrow_mut().extend(refs.iter().copied());
        Inline::Source(self.f(
            "source-derived",
            &[("source", dpia_i18n::sources(self.m, refs).into())],
        ))
    }

    pub fn sources(&self, refs: &[StatementRef]) -> Inline {
        self.cited.borrow_mut().extend(refs.iter().copied());
        Inline::Source(dpia_i18n::sources(self.m, refs))
    }

    pub fn answer(&self) -> Inline {
        Inline::Source(self.t("source-answer"))
    }
}

/// The anchor of a heading with this message id.
pub fn anchor_of(id: &str) -> String {
    id.strip_prefix("doc-").unwrap_or(id).to_string()
}

/// A deterministic 128-bit id of the document text (`dpia_document_model::hash`), as 32 hex
/// digits; each part is followed by a 0xFF byte, which UTF-8 text never contains.
pub fn content_id(parts: &[&str]) -> String {
    let mut bytes: Vec<&[u8]> = Vec::new();
    for part in parts {
        bytes.push(part.as_bytes());
        bytes.push(&[0xff]);
    }
    dpia_document_model::hash::hash128(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
