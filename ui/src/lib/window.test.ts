import { describe, expect, it } from 'vitest';
import { OVERSCAN, PAGE, pagesFor, rangeInView } from './window';

describe('windowing', () => {
  it('renders the rows in view and a few around them', () => {
    // 5000 rows of 50 px, the list starting 200 px down a window 900 px high.
    expect(rangeInView(200, 900, 50, 5000)).toEqual([0, 14 + OVERSCAN]);
    // Scrolled 100,000 px down: row 2000 is at the top less the list's offset.
    const [first, last] = rangeInView(-100_000 + 200, 900, 50, 5000);
    expect(first).toBe(Math.floor((100_000 - 200) / 50) - OVERSCAN);
    expect(last - first).toBeLessThan(40);
    // At the end, and beyond it.
    expect(rangeInView(-250_000, 900, 50, 5000)[1]).toBe(5000);
    expect(rangeInView(-1e9, 900, 50, 5000)).toEqual([5000, 5000]);
    expect(rangeInView(0, 900, 50, 0)).toEqual([0, 0]);
  });

  it('asks for the pages those rows are on', () => {
    expect(pagesFor(0, 30)).toEqual([0]);
    expect(pagesFor(95, 130)).toEqual([0, 1]);
    expect(pagesFor(4990, 5000)).toEqual([Math.floor(4990 / PAGE)]);
    expect(pagesFor(0, 0)).toEqual([0]);
  });
});
