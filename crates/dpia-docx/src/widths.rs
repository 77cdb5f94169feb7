//! Column widths of tables: proportional to the columns' weights, and wide enough for the
//! longest word of a narrow column where the others can give.

use crate::metrics::width_twips;
use crate::styles::*;
use dpia_document_model::{Inline, Table, Tone};

/// Shares `total` out over `weights` in proportion; the last column takes the rounding rest.
/// All-zero weights share equally.
pub fn column_widths(weights: &[u16], total: usize) -> Vec<usize> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let sum: usize = weights.iter().map(|w| usize::from(*w)).sum();
    let mut widths: Vec<usize> = weights
        .iter()
        .map(|w| {
            (total * usize::from(*w))
                .checked_div(sum)
                .unwrap_or(total / n)
        })
        .collect();
    let used: usize = widths[..n - 1].iter().sum();
    widths[n - 1] = total - used;
    widths
}

/// The longest word of some inlines, measured in twips at `size` half-points.
fn longest_word(content: &[Inline], size: usize, bold: bool) -> usize {
    content
        .iter()
        .map(|i| {
            let (b, sz) = match i {
                Inline::Strong(_) => (true, size),
                Inline::Source(_) | Inline::Note(_) => (bold, SOURCE_SIZE),
                _ => (bold, size),
            };
            i.text()
                .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
                .map(|w| width_twips(w, b, sz))
                .max()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
}

/// Column widths that add up to the text width, in proportion to the columns' weights, but
/// wide enough that each column's longest word fits on a line (so Word breaks no word like
/// "Gezondheidsgegevens" in the middle): such columns are widened to that word and the others
/// share what is left by weight. A word longer than 40 % of the text width is left to
/// hyphenation; when the words cannot all fit, the columns with the shortest words still get
/// what they need and the others share the rest.
pub fn fit_columns(table: &Table, n: usize) -> Vec<usize> {
    let weights: Vec<u16> = (0..n)
        .map(|i| table.columns.get(i).map_or(1, |c| c.width))
        .collect();
    let slack = CELL_MARGINS[1] + CELL_MARGINS[3] + 40;
    let cap = TEXT_W * 2 / 5;
    let need: Vec<usize> = (0..n)
        .map(|i| {
            let title = table.columns.get(i).map_or(0, |c| {
                longest_word(&[Inline::Text(c.title.clone())], TABLE_SIZE, true)
            });
            let cells = table
                .rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| longest_word(&c.content, TABLE_SIZE, c.tone == Tone::Header))
                .max()
                .unwrap_or(0);
            (title.max(cells) + slack).min(cap)
        })
        .collect();
    if need.iter().sum::<usize>() > TEXT_W {
        // Not everything fits: columns with short words get what they need, the others share
        // the rest equally (a cap `c` with Σ min(need, c) = width), so only the columns whose
        // words are too long anyway have to break them.
        let (mut lo, mut hi) = (0usize, *need.iter().max().unwrap_or(&TEXT_W));
        while lo < hi {
            let c = (lo + hi).div_ceil(2);
            if need.iter().map(|n| (*n).min(c)).sum::<usize>() <= TEXT_W {
                lo = c;
            } else {
                hi = c - 1;
            }
        }
        let mut widths: Vec<usize> = need.iter().map(|n| (*n).min(lo)).collect();
        let sum: usize = widths.iter().sum();
        if let Some(widest) = (0..n).max_by_key(|i| (widths[*i], usize::MAX - i)) {
            widths[widest] += TEXT_W - sum;
        }
        return widths;
    }
    let mut pinned = vec![false; n];
    loop {
        let fixed: usize = (0..n).filter(|i| pinned[*i]).map(|i| need[i]).sum();
        let free_weights: Vec<u16> = (0..n)
            .map(|i| if pinned[i] { 0 } else { weights[i] })
            .collect();
        let free = TEXT_W - fixed;
        let mut widths = if free_weights.iter().all(|w| *w == 0) {
            let rest = n - pinned.iter().filter(|p| **p).count();
            (0..n)
                .map(|i| if pinned[i] { 0 } else { free / rest.max(1) })
                .collect()
        } else {
            column_widths(&free_weights, free)
        };
        for i in 0..n {
            if pinned[i] {
                widths[i] = need[i];
            }
        }
        let mut changed = false;
        for i in 0..n {
            if !pinned[i] && widths[i] < need[i] {
                pinned[i] = true;
                changed = true;
            }
        }
        if !changed {
            // Rounding rest to the last column.
            let sum: usize = widths.iter().sum();
            if let Some(last) = widths.last_mut() {
                *last = (*last + TEXT_W).saturating_sub(sum);
            }
            return widths;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_document_model::{Cell, Column};

    #[test]
    fn widths_are_proportional_and_fill_the_text_width() {
        let w = column_widths(&[6, 40, 12, 12, 30], 9_070);
        assert_eq!(w.iter().sum::<usize>(), 9_070);
        assert_eq!(w[0], 544);
        assert_eq!(w[1], 3_628);
        assert_eq!(column_widths(&[0, 0], 100), vec![50, 50]);
        assert!(column_widths(&[], 100).is_empty());
    }

    #[test]
    fn narrow_columns_widen_to_their_longest_word() {
        let col = |title: &str, width| Column {
            title: title.into(),
            width,
        };
        let table = Table {
            columns: vec![
                col("Categorie", 10),
                col("Toelichting", 80),
                col("Risiconiveau", 10),
            ],
            rows: vec![vec![
                Cell::text("Gezondheidsgegevens"),
                Cell::text("kort"),
                Cell::text("hoog"),
            ]],
            keep_together: false,
        };
        let w = fit_columns(&table, 3);
        assert_eq!(w.iter().sum::<usize>(), TEXT_W);
        let margins = CELL_MARGINS[1] + CELL_MARGINS[3];
        assert!(w[0] >= width_twips("Gezondheidsgegevens", false, TABLE_SIZE) + margins);
        assert!(w[2] >= width_twips("Risiconiveau", true, TABLE_SIZE) + margins);
        // The wide column gives way, and still gets the rest.
        assert!(w[1] > w[0] && w[1] < TEXT_W * 8 / 10);
        // Proportions are kept where words already fit.
        let plain = Table {
            rows: vec![vec![Cell::text("a"), Cell::text("b"), Cell::text("c")]],
            columns: vec![col("A", 10), col("B", 80), col("C", 10)],
            keep_together: false,
        };
        assert_eq!(fit_columns(&plain, 3), column_widths(&[10, 80, 10], TEXT_W));
    }

    #[test]
    fn when_words_cannot_all_fit_short_ones_still_do() {
        let col = |title: &str| Column {
            title: title.into(),
            width: 1,
        };
        let long = "Gegevensbeschermingseffectbeoordeling".repeat(4);
        let table = Table {
            columns: vec![col("#"), col("A"), col("B"), col("C")],
            rows: vec![vec![
                Cell::text("R22"),
                Cell::text(long.clone()),
                Cell::text(long.clone()),
                Cell::text(long),
            ]],
            keep_together: false,
        };
        let w = fit_columns(&table, 4);
        assert_eq!(w.iter().sum::<usize>(), TEXT_W);
        let margins = CELL_MARGINS[1] + CELL_MARGINS[3];
        assert!(
            w[0] >= width_twips("R22", false, TABLE_SIZE) + margins,
            "{w:?}"
        );
        assert!(w[1] > 2 * w[0]);
    }
}
