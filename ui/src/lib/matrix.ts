// The 3×3 risk matrix: likelihood rows high→low (top to bottom), impact columns low→high.
import type { RiskView } from './bindings';

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];
export const ROWS: readonly Level[] = ['high', 'medium', 'low'];
export const COLUMNS: readonly Level[] = ['low', 'medium', 'high'];

export function score(level: string): number {
  const i = LEVELS.indexOf(level as Level);
  return i < 0 ? 0 : i + 1;
}

/** The level of a cell: likelihood + impact (low=1 … high=3); ≤3 low, 4 medium, ≥5 high. */
export function cellLevel(likelihood: string, impact: string): Level {
  const s = score(likelihood) + score(impact);
  return s <= 3 ? 'low' : s === 4 ? 'medium' : 'high';
}

export type Cell = { likelihood: Level; impact: Level; level: Level; risks: string[] };

/**
 * Rows top to bottom, each with its cells left to right and the risk numbers in each cell: the
 * values the DPIA applies (the controller's where adjusted); risks marked not applicable are left out.
 */
export function matrix(risks: readonly RiskView[], when: 'before' | 'after'): Cell[][] {
  return ROWS.map((likelihood) =>
    COLUMNS.map((impact) => ({
      likelihood,
      impact,
      level: cellLevel(likelihood, impact),
      risks: risks
        .filter(
          (r) =>
            r.applicable &&
            (when === 'before'
              ? r.applied.likelihood === likelihood && r.applied.impact === impact
              : r.applied.residual_likelihood === likelihood && r.applied.residual_impact === impact),
        )
        .map((r) => r.number),
    })),
  );
}
