// The assessments list's search box: matches client or name, ignoring case and accents.
import type { AssessmentSummary } from './bindings';

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function filterAssessments(list: readonly AssessmentSummary[], query: string): AssessmentSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((a) => {
    const hay = fold(`${a.client} ${a.name}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Newest change first. */
export function byLastChange(list: readonly AssessmentSummary[]): AssessmentSummary[] {
  return [...list].sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id));
}
