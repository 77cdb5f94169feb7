import { describe, expect, it } from 'vitest';
import { byLastChange, filterAssessments } from './search';
import type { AssessmentSummary } from './bindings';

const row = (id: number, client: string, name: string, updated_at: string): AssessmentSummary => ({ id, client, name, date: null, verdict: 'required', statement: 'KPI Solutions B.V. 06-2025', newer_statement: false, updated_at, definitive: false, review_date: '', review_due: false, expiring_certificates: [], overdue_actions: 0 });
const list = [
  row(1, 'Ziekenhuis Rijnoever', 'BI en heropnamemodel', '2026-11-01T10:00:00Z'),
  row(2, 'Thuiszorg De Linde', 'Zorguren', '2026-11-20T10:00:00Z'),
  row(3, 'Café Ëlan', 'Kassa', '2026-10-01T10:00:00Z'),
];

describe('search', () => {
  it('matches client or name, any case, ignoring accents; all words must match', () => {
    expect(filterAssessments(list, '').map((r) => r.id)).toEqual([1, 2, 3]);
    expect(filterAssessments(list, 'ZIEKEN').map((r) => r.id)).toEqual([1]);
    expect(filterAssessments(list, 'zorguren').map((r) => r.id)).toEqual([2]);
    expect(filterAssessments(list, 'cafe elan').map((r) => r.id)).toEqual([3]);
    expect(filterAssessments(list, 'linde zorg').map((r) => r.id)).toEqual([2]);
    expect(filterAssessments(list, 'nothing')).toEqual([]);
  });

  it('sorts by last change, newest first', () => {
    expect(byLastChange(list).map((r) => r.id)).toEqual([2, 1, 3]);
  });
});
