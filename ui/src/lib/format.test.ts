import { describe, expect, it } from 'vitest';
import { assessmentFileName, documentFileName, fileStem, formatDate, formatDateTime, shownValue } from './format';

describe('format', () => {
  it('dates per language', () => {
    expect(formatDate('2026-11-28', 'en')).toBe('28 November 2026');
    expect(formatDate('2026-11-28', 'nl')).toBe('28 november 2026');
    expect(formatDate(null, 'nl')).toBe('');
  });

  it('file names', () => {
    expect(fileStem('Ziekenhuis Rijnoever — BI')).toBe('Ziekenhuis-Rijnoever-BI');
    expect(fileStem('***')).toBe('dpia');
    expect(assessmentFileName('Café Ëlan')).toBe('Cafe-Elan.dpia.json');
    expect(documentFileName('starter', 'pdf', 'Ziekenhuis Rijnoever', 'nl')).toBe('DPIA-aanzet-Ziekenhuis-Rijnoever.pdf');
    expect(documentFileName('summary', 'docx', 'X', 'en')).toBe('Onboarding-summary-X.docx');
  });

  it('history values as the screens show them, per language', () => {
    expect(shownValue({ kind: 'empty' }, 'nl')).toBe('—');
    expect(shownValue({ kind: 'empty' }, 'nl', '(leeg)')).toBe('(leeg)');
    expect(shownValue({ kind: 'text', text: 'Ziekenhuis' }, 'nl')).toBe('Ziekenhuis');
    expect(shownValue({ kind: 'text', text: '  ' }, 'en')).toBe('—');
    // Dates written out, never ISO.
    expect(shownValue({ kind: 'date', date: '2027-03-01' }, 'nl')).toBe('1 maart 2027');
    expect(shownValue({ kind: 'date', date: '2027-03-01' }, 'en')).toBe('1 March 2027');
    // Numbers grouped as the language groups them.
    expect(shownValue({ kind: 'number', number: 250000 }, 'nl')).toBe('250.000');
    expect(shownValue({ kind: 'number', number: 250000 }, 'en')).toBe('250,000');
    expect(shownValue({ kind: 'number', number: 0 }, 'nl')).toBe('0');
    // Choices (already worded by the core) joined; none is empty.
    expect(shownValue({ kind: 'list', items: ['Namen', 'Gezondheidsgegevens'] }, 'nl')).toBe('Namen, Gezondheidsgegevens');
    expect(shownValue({ kind: 'list', items: [] }, 'nl')).toBe('—');
  });

  it('the time of a change in the language of the app', () => {
    const at = '2026-12-02T09:30:00Z';
    expect(formatDateTime(at, 'nl')).toMatch(/2026/);
    expect(formatDateTime(at, 'nl')).toMatch(/dec/);
    expect(formatDateTime(at, 'en')).toMatch(/Dec/);
    expect(formatDateTime('not a time', 'nl')).toBe('not a time');
  });
});
