// The wizard's six steps. Whether each is complete comes from the backend (`AssessmentView.steps`).
export type StepId = 'organisation' | 'services' | 'data' | 'followups' | 'characteristics' | 'review';

export const STEPS: readonly { n: number; id: StepId; label: string }[] = [
  { n: 1, id: 'organisation', label: 'ui-step-organisation' },
  { n: 2, id: 'services', label: 'ui-step-services' },
  { n: 3, id: 'data', label: 'ui-step-data' },
  { n: 4, id: 'followups', label: 'ui-step-followups' },
  { n: 5, id: 'characteristics', label: 'ui-step-characteristics' },
  { n: 6, id: 'review', label: 'ui-step-review' },
];

export const STEP_COUNT = STEPS.length;

export function clampStep(n: number): number {
  return Math.min(STEP_COUNT, Math.max(1, Math.round(n) || 1));
}
