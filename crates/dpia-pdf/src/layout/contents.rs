//! The table of contents: a `TOC` of level 1–2 headings, each entry a link to its heading with
//! dotted leaders and the page number found by the previous layout pass.

use dpia_document_model::Block;

use super::flow::Flow;
use super::tree::{Kid, Role};
use super::{
    heading_metrics, HeadingMark, Item, LinkArea, BODY_LEAD, CONTENT_W, HEADING_COLOR, MARGIN_L,
    PARA_GAP,
};
use crate::text::{Face, Rich, Style, ASCENT};

impl Flow<'_> {
    pub fn contents(&mut self, rest: &[Block]) {
        let (size, lead, before, after) = heading_metrics(1);
        let tst = Style::new(Face::Bold, size).color(HEADING_COLOR);
        let tl = self.wrap(&Rich::plain(self.words.contents_title, tst), CONTENT_W);
        self.space(before);
        self.need(tl.len() as f32 * lead + 3.0 * BODY_LEAD);
        let toc = self.open(Role::TOC);
        self.node = toc;
        self.node = self.open(Role::Caption);
        self.flow_lines(&tl, MARGIN_L, lead, size, None);
        self.y += after;

        let entries: Vec<(u8, &str)> = rest
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, text, .. } if *level <= 2 => Some((*level, text.as_str())),
                _ => None,
            })
            .collect();
        // The headings recorded so far come before this table of contents; ours follow them.
        let first = self.headings.iter().filter(|h| h.level <= 2).count();
        let known: Vec<&HeadingMark> = self
            .known
            .map(|k| k.iter().filter(|h| h.level <= 2).collect())
            .unwrap_or_default();
        if !entries.is_empty() {
            self.uses_numbers.set(true);
        }
        let num_w = 34.0;
        for (k, (level, text)) in entries.iter().enumerate() {
            let (indent, st, gap) = if *level == 1 {
                (0.0, Style::new(Face::Bold, 10.5), 6.0)
            } else {
                (16.0, Style::new(Face::Regular, 10.0), 1.5)
            };
            let lead = 13.5;
            let lines = self.wrap(&Rich::plain(text, st), CONTENT_W - indent - num_w - 10.0);
            self.space(gap);
            self.need(lines.len() as f32 * lead);
            self.node = toc;
            let item = self.open(Role::TOCI);
            self.node = item;
            let target = known.get(first + k).map(|h| (h.page, h.y));
            if target.is_some() {
                self.node = self.open(Role::Link);
            }
            let top = self.y;
            let x = MARGIN_L + indent;
            for l in &lines {
                let y = self.y;
                self.draw_line(l, x, y, lead, st.size);
                self.y += lead;
            }
            if let (Some(last), Some((tpage, ty))) = (lines.last(), target) {
                let base = self.y - lead + (lead - st.size) / 2.0 + st.size * ASCENT;
                let num = (tpage + 1).to_string();
                let nw = crate::text::width(self.ts, &num, &st);
                let right = MARGIN_L + CONTENT_W;
                let dots_from = x + last.width + 6.0;
                let dots_to = right - nw - 6.0;
                if dots_to > dots_from + 4.0 {
                    self.push_artifact(Item::Rule {
                        x1: dots_from,
                        y1: base,
                        x2: dots_to,
                        y2: base,
                        color: [0x99, 0x99, 0x99],
                        width: 0.9,
                        dotted: true,
                    });
                }
                self.draw_single(right - nw, base, st, &num);
                let index = self.cur.links.len();
                let node = self.node;
                self.cur.links.push(LinkArea {
                    x: MARGIN_L,
                    y: top,
                    w: CONTENT_W,
                    h: self.y - top,
                    page: tpage,
                    top: ty,
                    contents: text.to_string(),
                });
                let page = self.pages.len();
                self.tree.nodes[node].kids.push(Kid::Annot { page, index });
            }
        }
        self.node = 0;
        self.y += PARA_GAP;
    }
}
