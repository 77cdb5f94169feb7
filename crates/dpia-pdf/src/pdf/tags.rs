//! krilla's tag tree from the layout's structure tree: every element becomes a tag group with
//! its attributes (heading titles, list numbering, header-cell scope, figure alternative text
//! and bounding box, replacement text of right-to-left spans), every marked-content sequence
//! and link annotation the identifier krilla gave it when it was drawn.

use std::collections::HashMap;
use std::num::NonZeroU16;

use krilla::geom::Rect;
use krilla::tagging::{
    BBox, Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};

use super::bounded;
use crate::layout::tree::{Kid, Role, Scope, Tree};

/// The identifiers of what was drawn: marked-content sequences by (page, sequence number) and
/// link annotations by (page, index).
#[derive(Default)]
pub(super) struct Ids {
    pub content: HashMap<(usize, u32), Identifier>,
    pub annots: HashMap<(usize, usize), Identifier>,
}

/// The tag tree under the `Document` element krilla writes itself.
pub(super) fn tag_tree(tree: &Tree, ids: &Ids) -> TagTree {
    let mut t = TagTree::new();
    for k in &tree.nodes[0].kids {
        if let Some(n) = node(tree, k, ids) {
            t.push(n);
        }
    }
    t
}

fn node(tree: &Tree, kid: &Kid, ids: &Ids) -> Option<Node> {
    match kid {
        Kid::Node(i) => {
            let n = &tree.nodes[*i];
            let mut g = TagGroup::new(kind(n));
            for k in &n.kids {
                if let Some(c) = node(tree, k, ids) {
                    g.push(c);
                }
            }
            Some(g.into())
        }
        Kid::Mcid { page, mcid } => ids.content.get(&(*page, *mcid)).copied().map(Node::from),
        Kid::Annot { page, index } => ids.annots.get(&(*page, *index)).copied().map(Node::from),
    }
}

fn kind(n: &crate::layout::tree::Node) -> TagKind {
    let heading = |level: u16| {
        let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
        Tag::Hn(level, n.title.as_deref().map(bounded)).into()
    };
    match n.role {
        // The root is krilla's own `Document`; a nested one would be a grouping element.
        Role::Document => Tag::Div.into(),
        Role::Title => Tag::Title.into(),
        Role::H1 => heading(1),
        Role::H2 => heading(2),
        Role::H3 => heading(3),
        Role::P => Tag::P.into(),
        Role::L => Tag::L(ListNumbering::Disc).into(),
        Role::LI => Tag::LI.into(),
        Role::Lbl => Tag::Lbl.into(),
        Role::LBody => Tag::LBody.into(),
        Role::Table => Tag::Table.into(),
        Role::TR => Tag::TR.into(),
        Role::TH => Tag::TH(match n.scope {
            Some(Scope::Row) => TableHeaderScope::Row,
            _ => TableHeaderScope::Column,
        })
        .into(),
        Role::TD => Tag::TD.into(),
        Role::BlockQuote => Tag::BlockQuote.into(),
        Role::Figure => {
            let bbox = n.bbox.and_then(|(page, [l, t, r, b])| {
                Rect::from_ltrb(l, t, r, b).map(|rect| BBox::new(page, rect))
            });
            Tag::Figure(n.alt.as_deref().map(bounded))
                .with_bbox(bbox)
                .into()
        }
        Role::Caption => Tag::Caption.into(),
        Role::Link => Tag::Link.into(),
        Role::TOC => Tag::TOC.into(),
        Role::TOCI => Tag::TOCI.into(),
        Role::Span => Tag::Span
            .with_actual_text(n.actual.as_deref().map(bounded))
            .into(),
    }
}
