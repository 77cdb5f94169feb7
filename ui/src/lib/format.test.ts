import { describe, expect, it } from 'vitest';
import { assessmentFileName, documentFileName, fileStem, formatDate, historyValue } from './format';

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

  it('history values', () => {
    expect(historyValue(null)).toBe('—');
    expect(historyValue('null')).toBe('—');
    expect(historyValue('"Ziekenhuis"')).toBe('Ziekenhuis');
    expect(historyValue('["names","health"]')).toBe('names, health');
    expect(historyValue('[]')).toBe('[]');
    expect(historyValue('true')).toBe('true');
    expect(historyValue('250000')).toBe('250000');
  });
});
