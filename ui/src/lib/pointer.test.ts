import { describe, expect, it } from 'vitest';
import { choiceValue, dateText, escapeToken, noneValue, P, parseDate, parseEstimate, parseOptionalText, pointer, emptyPurpose, without, newOwnRiskId, toggled, toggledOrUnanswered } from './pointer';

describe('pointers', () => {
  it('builds the documented pointers', () => {
    expect(P.orgName).toBe('/organisation/name');
    expect(P.service('reports', 'used')).toBe('/services/reports/used');
    expect(P.service('reports', 'categories')).toBe('/services/reports/categories');
    expect(P.service('reports', 'data_subjects_estimate')).toBe('/services/reports/data_subjects_estimate');
    expect(P.option('map_visuals')).toBe('/options/map_visuals');
    expect(P.characteristics).toBe('/characteristics');
    expect(P.exception('health', 'ground')).toBe('/follow_ups/special_category_exceptions/health/ground');
    expect(P.date).toBe('/assessment_date');
    expect(P.bsnBasis('statute')).toBe('/follow_ups/bsn_basis/statute');
    expect(P.purpose(0, 'legal_basis')).toBe('/purposes/0/legal_basis');
    expect(P.action('m_a/b', 'due')).toBe('/action_plan/m_a~1b/due');
    expect(P.aiArea).toBe('/ai_act_area');
  });

  it('escapes ~ and / in tokens', () => {
    expect(escapeToken('a/b~c')).toBe('a~1b~0c');
    expect(pointer('x', 'a/b')).toBe('/x/a~1b');
  });
});

describe('values', () => {
  it('dates: YYYY-MM-DD or null', () => {
    expect(parseDate('2026-11-28')).toEqual({ ok: true, value: '2026-11-28' });
    expect(parseDate('')).toEqual({ ok: true, value: null });
    expect(parseDate('2026-02-30').ok).toBe(false);
    // The Dutch convention dd-mm-jjjj, and dd/mm/yyyy, are accepted and saved as YYYY-MM-DD.
    expect(parseDate('28-11-2026')).toEqual({ ok: true, value: '2026-11-28' });
    expect(parseDate('1-12-2026')).toEqual({ ok: true, value: '2026-12-01' });
    expect(parseDate('01/12/2026')).toEqual({ ok: true, value: '2026-12-01' });
    expect(parseDate('31-02-2026').ok).toBe(false);
    expect(parseDate('12/2026').ok).toBe(false);
    // What is wrong is said: the form, a month that does not exist, a day the month lacks.
    expect(parseDate('12/2026')).toEqual({ ok: false, errorId: 'ui-error-date' });
    expect(parseDate('31-02-2027', 'nl')).toEqual({ ok: false, errorId: 'ui-error-date-day', args: { day: 31, month: 'februari 2027', days: 28 } });
    expect(parseDate('29/02/2028', 'en')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDate('30/02/2028', 'en')).toEqual({ ok: false, errorId: 'ui-error-date-day', args: { day: 30, month: 'February 2028', days: 29 } });
    expect(parseDate('32-12-2026', 'nl')).toEqual({ ok: false, errorId: 'ui-error-date-day', args: { day: 32, month: 'december 2026', days: 31 } });
    expect(parseDate('00-12-2026', 'nl')).toMatchObject({ ok: false, errorId: 'ui-error-date-day' });
    expect(parseDate('12-13-2026')).toEqual({ ok: false, errorId: 'ui-error-date-month', args: { month: 13 } });
    expect(parseDate('2026-13-01')).toEqual({ ok: false, errorId: 'ui-error-date-month', args: { month: 13 } });
    expect(dateText('2026-12-01', 'nl')).toBe('01-12-2026');
    expect(dateText('2026-12-01', 'en')).toBe('01/12/2026');
  });

  it('estimates: whole numbers, with thousands separators, or null', () => {
    expect(parseEstimate('250000')).toEqual({ ok: true, value: 250000 });
    expect(parseEstimate('250.000')).toEqual({ ok: true, value: 250000 });
    expect(parseEstimate('1,250,000')).toEqual({ ok: true, value: 1250000 });
    expect(parseEstimate(' 12 500 ')).toEqual({ ok: true, value: 12500 });
    expect(parseEstimate('')).toEqual({ ok: true, value: null });
    for (const bad of ['1.5', '12,5', 'abc', '1.000,5', '1.000,000']) expect(parseEstimate(bad), bad).toEqual({ ok: false, errorId: 'ui-error-estimate' });
    // A negative number is a whole number too: it gets its own message.
    for (const bad of ['-5', ' -250.000', '\u22125']) expect(parseEstimate(bad), bad).toEqual({ ok: false, errorId: 'ui-error-estimate-negative' });
    expect(parseEstimate('99999999999999999999')).toEqual({ ok: false, errorId: 'ui-error-estimate-too-large' });
    // Implausible but possible: saved (the core warns).
    expect(parseEstimate('0')).toEqual({ ok: true, value: 0 });
    expect(parseEstimate('1,000,000,000,000')).toEqual({ ok: true, value: 1_000_000_000_000 });
  });

  it('purposes and own risks: new entries, removal, unique ids', () => {
    expect(emptyPurpose()).toEqual({ description: '', legal_basis: null, reasoning: '' });
    expect(without(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(newOwnRiskId([])).toBe('own_1');
    expect(newOwnRiskId([{ id: 'own_2' }])).toBe('own_3');
    expect(newOwnRiskId([{ id: 'own_2' }, { id: 'x' }])).toBe('own_3');
    expect(newOwnRiskId([{ id: 'own_3' }, { id: 'own_1' }])).toBe('own_4');
  });

  it('optional text and selects become null when empty', () => {
    expect(parseOptionalText('  ')).toEqual({ ok: true, value: null });
    expect(parseOptionalText('Art. 9(2)(h)')).toEqual({ ok: true, value: 'Art. 9(2)(h)' });
    expect(choiceValue('')).toBeNull();
    expect(choiceValue('client')).toBe('client');
  });
});

describe('lists', () => {
  const order = ['names', 'bsn', 'health'];
  it('toggles in catalog order without duplicates', () => {
    expect(toggled(['health'], 'names', true, order)).toEqual(['names', 'health']);
    expect(toggled(['names', 'health'], 'names', true, order)).toEqual(['names', 'health']);
    expect(toggled(['names', 'health'], 'names', false, order)).toEqual(['health']);
    expect(toggled(null, 'bsn', true, order)).toEqual(['bsn']);
    expect(toggled(['health'], 'health', false, order)).toEqual([]);
  });

  it('"none" lists: [] is none, unticking the last item is "not answered"', () => {
    expect(toggledOrUnanswered(null, 'bing_maps', true, ['bing_maps', 'arcgis'])).toEqual(['bing_maps']);
    expect(toggledOrUnanswered([], 'arcgis', true, ['bing_maps', 'arcgis'])).toEqual(['arcgis']);
    expect(toggledOrUnanswered(['arcgis'], 'arcgis', false, ['bing_maps', 'arcgis'])).toBeNull();
    expect(noneValue(true)).toEqual([]);
    expect(noneValue(false)).toBeNull();
  });
});
