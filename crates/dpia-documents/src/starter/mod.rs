//! The DPIA starter: the Model DPIA Rijksdienst structure (parts A–D, points 1–17), prefilled from
//! the statement and the answers, every fact with its source and every gap a marked placeholder;
//! what the controller has filled in (bases, risks, measures, advice, sign-off) replaces the
//! placeholders it answers. One file per part: `front` (cover, about, management summary,
//! screening), `part_a` … `part_d`, `sign_off` (DPO advice and adoption), `annexes`; what several
//! parts use is in `common`.

mod annexes;
mod common;
mod front;
mod part_a;
mod part_b;
mod part_c;
mod part_d;
mod sign_off;

use crate::compose::Compose;
use crate::frame::finish;
use crate::Input;
use annexes::annexes;
use dpia_document_model::*;
use front::{about, cover, management_summary, screening};
use part_a::part_a;
use part_b::part_b;
use part_c::part_c;
use part_d::part_d;
use sign_off::dpo_and_sign_off;

pub fn build(input: &Input) -> Document {
    let m = input.messages;
    let mut d = Compose::new(m);
    cover(&mut d, input);
    // "About this document" follows the contents on their page (issue 18: the contents left most
    // of a page blank).
    d.blocks.push(Block::Contents);
    about(&mut d, input);
    let summary_at = d.blocks.len();
    screening(&mut d, input);
    // The body's parts and the annexes follow each other on the page: a part that started on a
    // page of its own left up to two thirds of the page before it blank (issue 18: no more than
    // a third of a page empty before a section that would fit); a heading never ends a page
    // (keep rules).
    part_a(&mut d, input);
    part_b(&mut d, input);
    part_c(&mut d, input);
    part_d(&mut d, input);
    dpo_and_sign_off(&mut d, input);
    let open = annexes(&mut d, input);
    // The management summary comes second, but counts what the whole document leaves open.
    let mut summary = Compose::new(m);
    management_summary(&mut summary, input, open);
    d.blocks.splice(summary_at..summary_at, summary.blocks);
    finish(d, input, "doc-starter-title")
}
