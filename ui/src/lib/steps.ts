// The wizard's six steps and whether each one is fully answered.
import type { Assessment, Choice, ScreeningView } from './bindings';
import { missingFollowUps, usedServices } from './followups';

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

const filled = (s: string | null | undefined) => (s ?? '').trim() !== '';

export function stepComplete(
  n: number,
  a: Assessment,
  categories: readonly Choice[],
  screening?: Pick<ScreeningView, 'open_questions'>,
): boolean {
  const uses = (id: string) => a.services[id as keyof Assessment['services']]?.used === true;
  switch (n) {
    case 1:
      return filled(a.organisation.name) && a.organisation.sector !== null && a.assessment_date !== null && a.purposes.some(filled);
    case 2: {
      const serviceIds = ['reports', 'connectors', 'datawarehouse', 'apps_automations', 'ml_ai', 'consultancy'];
      if (serviceIds.some((id) => (a.services[id as keyof Assessment['services']]?.used ?? null) === null)) return false;
      const o = a.options;
      const warehouse = uses('connectors') || uses('datawarehouse');
      if (warehouse && (o.time_travel === null || o.snapshot === null)) return false;
      if (uses('connectors') && o.datev_connector === null) return false;
      if (uses('reports') && (o.map_visuals === null || o.report_publication === null)) return false;
      return true;
    }
    case 3:
      return usedServices(a).every((id) => {
        const s = a.services[id]!;
        return s.categories.length === 0 || (s.subjects.length > 0 && s.data_subjects_estimate !== null);
      });
    case 4:
      return missingFollowUps(a, categories) === 0;
    case 5:
      return a.characteristics !== null && (!uses('ml_ai') || a.ai_act_area !== null);
    case 6:
      return (screening?.open_questions.length ?? 1) === 0;
    default:
      return false;
  }
}
