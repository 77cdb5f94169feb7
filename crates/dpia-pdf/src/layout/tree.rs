//! The logical structure of the document, built by the layout while it places content; the
//! writer turns it into krilla's tag tree.
//!
//! Every drawn item is either content of a structure element (a marked-content sequence of
//! it, numbered per page) or an artifact (running header and footer, table rules and fills,
//! repeated table headers, leaders). The layout appends kids to elements in reading order as it
//! draws, so the element tree is in logical order even where the drawing order interleaves (a
//! reference inside a paragraph, a row split over pages).

/// Standard structure types (ISO 32000-1, 14.8.4) used here, plus `Title` (role-mapped by
/// krilla).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::upper_case_acronyms)] // the PDF's own names (`Debug` prints them)
pub(crate) enum Role {
    Document,
    Title,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    BlockQuote,
    Figure,
    Caption,
    Link,
    TOC,
    TOCI,
    Span,
}

impl Role {
    /// The PDF name (for tests: the writer maps roles to krilla's tags).
    #[cfg(test)]
    pub fn name(self) -> String {
        format!("{self:?}")
    }

    pub fn heading(level: u8) -> Role {
        match level {
            0 | 1 => Role::H1,
            2 => Role::H2,
            _ => Role::H3,
        }
    }
}

/// A kid of a structure element, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kid {
    Node(usize),
    /// Marked-content sequence `mcid` of page `page` (0-based).
    Mcid {
        page: usize,
        mcid: u32,
    },
    /// Link annotation `index` of page `page`.
    Annot {
        page: usize,
        index: usize,
    },
}

/// Table header cell scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Column,
    Row,
}

#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub role: Role,
    pub kids: Vec<Kid>,
    /// Alternative text, for figures.
    pub alt: Option<String>,
    /// Replacement text, for text drawn in visual (right-to-left) order.
    pub actual: Option<String>,
    /// The heading's text (its title), for headings.
    pub title: Option<String>,
    pub scope: Option<Scope>,
    /// Bounding box (page, [left top right bottom] in points from the page's top left), for
    /// figures.
    pub bbox: Option<(usize, [f32; 4])>,
}

/// How a drawn item is marked in the content stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Decoration: rules, fills, leaders, repeated table headers.
    Artifact,
    /// The running header (pagination artifact).
    Header,
    /// The running footer (pagination artifact).
    Footer,
    /// Content of structure element `node`, in marked-content sequence `mcid` of the page.
    Content { node: usize, mcid: u32 },
}

/// The element tree; node 0 is the `Document` root.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
}

impl Tree {
    pub fn new() -> Tree {
        Tree {
            nodes: vec![Node {
                role: Role::Document,
                kids: Vec::new(),
                alt: None,
                actual: None,
                title: None,
                scope: None,
                bbox: None,
            }],
        }
    }

    /// A new element under `parent`, appended to its kids.
    pub fn open(&mut self, role: Role, parent: usize) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            role,
            kids: Vec::new(),
            alt: None,
            actual: None,
            title: None,
            scope: None,
            bbox: None,
        });
        self.nodes[parent].kids.push(Kid::Node(id));
        id
    }
}
