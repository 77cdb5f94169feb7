import { describe, expect, it } from 'vitest';
import { askedOptions, groupByTag, usedServices } from './followups';
import { blank, CATEGORIES, option, service } from './testkit';

describe('wizard lists', () => {
  it('used services in catalog order', () => {
    const a = blank();
    a.services.ml_ai = service(true);
    a.services.reports = service(true);
    a.services.connectors = service(false);
    expect(usedServices(a, ['reports', 'connectors', 'ml_ai'])).toEqual(['reports', 'ml_ai']);
  });

  it('options asked for a used service, or already answered', () => {
    const a = blank();
    const opts = [option('maps', ['reports']), option('history', ['connectors']), option('sms', ['apps'])];
    expect(askedOptions(a, opts)).toEqual([]);
    a.services.reports = service(true);
    expect(askedOptions(a, opts).map((o) => o.id)).toEqual(['maps']);
    a.options.sms = false;
    expect(askedOptions(a, opts).map((o) => o.id)).toEqual(['maps', 'sms']);
  });

  it('groups categories by their classification text', () => {
    const groups = groupByTag(CATEGORIES);
    expect(groups.map((g) => g.tag)).toEqual(['ordinary', 'sensitive', 'national_id', 'special', 'criminal']);
    expect(groups.find((g) => g.tag === 'special')!.items.map((c) => c.id)).toEqual(['health', 'genetic']);
  });
});
