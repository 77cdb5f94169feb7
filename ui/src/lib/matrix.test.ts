import { describe, expect, it } from 'vitest';
import { cellLevel, matrix } from './matrix';
import { risk } from './testkit';

describe('risk matrix', () => {
  it('colours a cell by likelihood + impact (≤3 low, 4 medium, ≥5 high)', () => {
    expect(cellLevel('low', 'low')).toBe('low');
    expect(cellLevel('low', 'medium')).toBe('low');
    expect(cellLevel('medium', 'low')).toBe('low');
    expect(cellLevel('low', 'high')).toBe('medium');
    expect(cellLevel('medium', 'medium')).toBe('medium');
    expect(cellLevel('high', 'low')).toBe('medium');
    expect(cellLevel('medium', 'high')).toBe('high');
    expect(cellLevel('high', 'medium')).toBe('high');
    expect(cellLevel('high', 'high')).toBe('high');
  });

  it('rows high→low, columns low→high, risk numbers in their cells', () => {
    const risks = [risk('R1', 'medium', 'high', 'low', 'high'), risk('R2', 'low', 'high', 'low', 'high'), risk('R3', 'high', 'low', 'medium', 'low')];
    const before = matrix(risks, 'before');
    expect(before.map((r) => r[0].likelihood)).toEqual(['high', 'medium', 'low']);
    expect(before[0].map((c) => c.impact)).toEqual(['low', 'medium', 'high']);
    expect(before[1][2].risks).toEqual(['R1']);
    expect(before[2][2].risks).toEqual(['R2']);
    expect(before[0][0].risks).toEqual(['R3']);
    expect(before[0][2].level).toBe('high');
    expect(before[2][0].level).toBe('low');
    const after = matrix(risks, 'after');
    expect(after[2][2].risks).toEqual(['R1', 'R2']);
    expect(after[1][0].risks).toEqual(['R3']);
    expect(after.flat().reduce((n, c) => n + c.risks.length, 0)).toBe(3);
  });

  it('places risks by the values the DPIA applies and leaves out those not applicable', () => {
    const adjusted = risk('R1', 'medium', 'high', 'low', 'high');
    adjusted.applied = { ...adjusted.applied, likelihood: 'high', residual_likelihood: 'medium' };
    const dropped = risk('R2', 'low', 'high', 'low', 'high');
    dropped.applicable = false;
    const before = matrix([adjusted, dropped], 'before');
    expect(before[0][2].risks).toEqual(['R1']);
    expect(before.flat().reduce((n, c) => n + c.risks.length, 0)).toBe(1);
    expect(matrix([adjusted, dropped], 'after')[1][2].risks).toEqual(['R1']);
  });
});
