import { describe, expect, it } from 'vitest';
import { clampStep, STEPS, stepComplete } from './steps';
import { blank, CATEGORIES, service } from './testkit';
import type { ServiceId } from './bindings';

const ALL: ServiceId[] = ['reports', 'connectors', 'datawarehouse', 'apps_automations', 'ml_ai', 'consultancy'];

describe('steps', () => {
  it('six steps with ui- labels', () => {
    expect(STEPS.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(clampStep(0)).toBe(1);
    expect(clampStep(9)).toBe(6);
  });

  it('step 1 needs name, sector, date and a purpose', () => {
    const a = blank();
    expect(stepComplete(1, a, CATEGORIES)).toBe(false);
    a.organisation.name = 'Ziekenhuis';
    a.organisation.sector = 'hospital';
    a.assessment_date = '2026-11-28';
    expect(stepComplete(1, a, CATEGORIES)).toBe(false);
    a.purposes = ['Sturing'];
    expect(stepComplete(1, a, CATEGORIES)).toBe(true);
  });

  it('step 2 needs every service answered and the options that apply', () => {
    const a = blank();
    for (const s of ALL) a.services[s] = service(false);
    expect(stepComplete(2, a, CATEGORIES)).toBe(true);
    a.services.reports = service(true);
    expect(stepComplete(2, a, CATEGORIES)).toBe(false);
    a.options.map_visuals = [];
    a.options.report_publication = 'client';
    expect(stepComplete(2, a, CATEGORIES)).toBe(true);
    a.services.connectors = service(true);
    expect(stepComplete(2, a, CATEGORIES)).toBe(false);
    a.options.time_travel = false;
    a.options.snapshot = false;
    a.options.datev_connector = false;
    expect(stepComplete(2, a, CATEGORIES)).toBe(true);
    delete a.services.consultancy;
    expect(stepComplete(2, a, CATEGORIES)).toBe(false);
  });

  it('step 3 needs subjects and an estimate where data flows', () => {
    const a = blank();
    a.services.reports = service(true, { categories: ['names'] });
    a.services.consultancy = service(true);
    expect(stepComplete(3, a, CATEGORIES)).toBe(false);
    a.services.reports = service(true, { categories: ['names'], subjects: ['customers'], data_subjects_estimate: 10 });
    expect(stepComplete(3, a, CATEGORIES)).toBe(true);
  });

  it('step 4 needs every follow-up that applies', () => {
    const a = blank();
    expect(stepComplete(4, a, CATEGORIES)).toBe(true);
    a.services.reports = service(true, { categories: ['health'] });
    expect(stepComplete(4, a, CATEGORIES)).toBe(false);
    a.follow_ups.special_category_exceptions.health = 'Art. 9(2)(h)';
    expect(stepComplete(4, a, CATEGORIES)).toBe(true);
  });

  it('step 5: characteristics answered (empty = none) and the AI area with ML', () => {
    const a = blank();
    expect(stepComplete(5, a, CATEGORIES)).toBe(false);
    a.characteristics = [];
    expect(stepComplete(5, a, CATEGORIES)).toBe(true);
    a.services.ml_ai = service(true);
    expect(stepComplete(5, a, CATEGORIES)).toBe(false);
    a.ai_act_area = 'none';
    expect(stepComplete(5, a, CATEGORIES)).toBe(true);
  });

  it('step 6 is complete when no question is open', () => {
    const a = blank();
    expect(stepComplete(6, a, CATEGORIES, { open_questions: ['?'] })).toBe(false);
    expect(stepComplete(6, a, CATEGORIES, { open_questions: [] })).toBe(true);
  });
});
