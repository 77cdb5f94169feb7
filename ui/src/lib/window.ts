// Windowing for long lists: which rows are in view (and a few around them) from where the list
// starts relative to the window, and which pages of rows the backend must send for them; and the
// list as last shown, so that going back to it shows it at once (then refreshed).
import type { AssessmentSummary, ListSort } from './bindings';

export const listMemory = {
  query: '',
  sort: 'updated' as ListSort,
  total: 0,
  all: 0,
  rows: [] as (AssessmentSummary | undefined)[],
  loaded: false,
  scrollY: 0,
  /** The first page has been painted once (reported for the start-up trace). */
  shown: false,
};

/** Rows per page asked of the backend. */
export const PAGE = 100;
/** Rows rendered above and below the window, so that scrolling shows no gap. */
export const OVERSCAN = 8;

/**
 * The rows to render, `[first, last)`: those in a window `viewport` pixels high, for a list whose
 * top is `top` pixels below the window's top (negative when scrolled past), of `total` rows of
 * `rowHeight` pixels each.
 */
export function rangeInView(top: number, viewport: number, rowHeight: number, total: number): [number, number] {
  const h = Math.max(1, rowHeight);
  const first = Math.min(total, Math.max(0, Math.floor(-top / h) - OVERSCAN));
  const last = Math.min(total, Math.max(first, Math.ceil((viewport - top) / h) + OVERSCAN));
  return [first, last];
}

/** The pages holding rows `[first, last)` (at least the first page). */
export function pagesFor(first: number, last: number): number[] {
  const a = Math.floor(first / PAGE);
  const b = Math.floor(Math.max(first, last - 1) / PAGE);
  const out: number[] = [];
  for (let p = a; p <= b; p++) out.push(p);
  return out;
}
