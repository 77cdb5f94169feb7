import { describe, expect, it } from 'vitest';
import { followUps, groupByTag, hasFollowUps, missingFollowUps, usedServices } from './followups';
import { blank, CATEGORIES, service } from './testkit';

describe('follow-ups', () => {
  it('none when nothing special is carried', () => {
    const a = blank();
    a.services.reports = service(true, { categories: ['names'] });
    expect(followUps(a, CATEGORIES)).toEqual({ special: [], bsn: false, criminal: false });
    expect(hasFollowUps(followUps(a, CATEGORIES))).toBe(false);
  });

  it('only categories of used services count', () => {
    const a = blank();
    a.services.reports = service(true, { categories: ['health'] });
    a.services.connectors = service(false, { categories: ['bsn', 'criminal', 'genetic'] });
    a.services.ml_ai = service(null, { categories: ['criminal'] });
    expect(followUps(a, CATEGORIES)).toEqual({ special: ['health'], bsn: false, criminal: false });
  });

  it('special categories in catalog order, BSN and criminal when present', () => {
    const a = blank();
    a.services.reports = service(true, { categories: ['genetic', 'bsn'] });
    a.services.ml_ai = service(true, { categories: ['health', 'criminal'] });
    expect(followUps(a, CATEGORIES)).toEqual({ special: ['health', 'genetic'], bsn: true, criminal: true });
    expect(missingFollowUps(a, CATEGORIES)).toBe(4);
    a.follow_ups.special_category_exceptions.health = 'Art. 9(2)(h)';
    a.follow_ups.special_category_exceptions.genetic = '   ';
    a.follow_ups.bsn_basis = 'Wabvpz art. 8';
    expect(missingFollowUps(a, CATEGORIES)).toBe(2);
  });

  it('used services in catalog order', () => {
    const a = blank();
    a.services.ml_ai = service(true);
    a.services.reports = service(true);
    a.services.connectors = service(false);
    expect(usedServices(a, ['reports', 'connectors', 'ml_ai'])).toEqual(['reports', 'ml_ai']);
  });

  it('groups categories by their classification text', () => {
    const groups = groupByTag(CATEGORIES);
    expect(groups.map((g) => g.tag)).toEqual(['ordinary', 'sensitive', 'national_id', 'special', 'criminal']);
    expect(groups.find((g) => g.tag === 'special')!.items.map((c) => c.id)).toEqual(['health', 'genetic']);
  });
});
