import { describe, expect, it } from 'vitest';
import { clampStep, STEPS } from './steps';

describe('steps', () => {
  it('six steps with ui- labels, ids as the backend names them', () => {
    expect(STEPS.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(STEPS.map((s) => s.id)).toEqual(['organisation', 'services', 'data', 'followups', 'characteristics', 'review']);
    for (const s of STEPS) expect(s.label).toMatch(/^ui-step-/);
    expect(clampStep(0)).toBe(1);
    expect(clampStep(9)).toBe(6);
  });
});
