// JSON pointers into the Assessment (RFC 6901) and the values the wizard saves at them.
import type { DataCategory, ProcessingPurpose } from './bindings';

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: string[]): string {
  return '/' + tokens.map(escapeToken).join('/');
}

export type ServiceField = 'used' | 'categories' | 'subjects' | 'data_subjects_estimate' | 'source_systems';

export const P = {
  orgName: pointer('organisation', 'name'),
  orgSector: pointer('organisation', 'sector'),
  orgContact: pointer('organisation', 'contact_person'),
  orgDpo: pointer('organisation', 'dpo'),
  orgRole: pointer('organisation', 'role'),
  date: pointer('assessment_date'),
  description: pointer('description'),
  purposes: pointer('purposes'),
  /** One field of purpose `i` (0-based). */
  purpose: (i: number, field: 'description' | 'legal_basis' | 'reasoning') => pointer('purposes', String(i), field),
  mapShowsPeople: pointer('map_shows_people'),
  characteristics: pointer('characteristics'),
  aiArea: pointer('ai_act_area'),
  aiProduct: pointer('ai_product'),
  sickLeave: pointer('sick_leave'),
  bsnBasis: (field: 'statute' | 'other' | 'note') => pointer('follow_ups', 'bsn_basis', field),
  criminalBasis: (field: 'uavg' | 'note') => pointer('follow_ups', 'criminal_basis', field),
  service: (id: string, field: ServiceField) => pointer('services', id, field),
  /** All answers of one service. */
  serviceAll: (id: string) => pointer('services', id),
  /** An option of the statement, by its id. */
  option: (id: string) => pointer('options', id),
  exception: (category: DataCategory | string, field: 'ground' | 'uavg' | 'note') =>
    pointer('follow_ups', 'special_category_exceptions', category, field),
  /** The exception for one group of people's data of a special category. */
  groupException: (category: DataCategory | string, group: string, field: 'ground' | 'uavg' | 'note') =>
    pointer('follow_ups', 'special_category_exceptions', category, 'by_group', group, field),
  /** One of the controller's parts (`/controller/interests` …). */
  controller: (...tokens: string[]) => pointer('controller', ...tokens),
  riskDecision: (risk: string, field: string) => pointer('risk_decisions', risk, field),
  ownRisks: pointer('own_risks'),
  ownRisk: (i: number, field: string) => pointer('own_risks', String(i), field),
  action: (measure: string, field: 'status' | 'owner' | 'due' | 'note') => pointer('action_plan', measure, field),
  dpo: (field: 'advice' | 'date' | 'followed' | 'not_followed_reason') => pointer('dpo_advice', field),
  signOff: (field: 'status' | 'approved_by' | 'role' | 'date' | 'prior_consultation' | 'prior_consultation_reason') => pointer('sign_off', field),
  /** The controller's reason for adopting with open point `id` still open. */
  acceptedOpen: (id: string) => pointer('sign_off', 'accepted_open', id),
  reviewDate: pointer('review_date'),
};

/** Result of turning what was typed into the value to save. */
export type Parsed = { ok: true; value: unknown } | { ok: false; errorId: string };

/** A select's value: the empty option means "not answered" (null). */
export function choiceValue(raw: string): string | null {
  return raw === '' ? null : raw;
}

/**
 * A date as typed: dd-mm-jjjj (the Dutch convention), dd/mm/yyyy, or YYYY-MM-DD; saved as
 * YYYY-MM-DD. Empty is "not answered"; anything else (or a day that does not exist) is refused
 * before saving.
 */
export function parseDate(raw: string): Parsed {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  let iso: string | null = null;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (dmy) iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  if (iso === null) return { ok: false, errorId: 'ui-error-date' };
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return { ok: false, errorId: 'ui-error-date' };
  return { ok: true, value: iso };
}

/** A saved date (YYYY-MM-DD) as the date field shows it: dd-mm-jjjj in Dutch, dd/mm/yyyy in English. */
export function dateText(iso: string, lang: 'nl' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === 'nl' ? `${m[3]}-${m[2]}-${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/** A whole number of data subjects; "250000", "250.000", "250,000" and "250 000" are accepted. */
export function parseEstimate(raw: string): Parsed {
  const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: true, value: null };
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) digits = s.replace(/[.,]/g, '');
  if (digits === null) return { ok: false, errorId: 'ui-error-estimate' };
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return { ok: false, errorId: 'ui-error-estimate' };
  return { ok: true, value: n };
}

/** A new, empty purpose (GDPR Art. 6(1) basis not chosen yet). */
export function emptyPurpose(): ProcessingPurpose {
  return { description: '', legal_basis: null, reasoning: '' };
}

/** The list without element `i`. */
export function without<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/** An id for a new own risk, unique among `existing` ("own_1", "own_2" …). */
export function newOwnRiskId(existing: readonly { id: string }[]): string {
  let n = existing.length + 1;
  while (existing.some((r) => r.id === `own_${n}`)) n++;
  return `own_${n}`;
}

export function parseText(raw: string): Parsed {
  return { ok: true, value: raw };
}

/** Free text that is removed (null) when left empty, e.g. a special-category exception. */
export function parseOptionalText(raw: string): Parsed {
  return { ok: true, value: raw.trim() === '' ? null : raw };
}

/**
 * A list after ticking (`on`) or unticking one id, in the catalog's order, without duplicates.
 * Ids not in `order` keep their place after the known ones.
 */
export function toggled<T extends string>(current: readonly T[] | null | undefined, id: T, on: boolean, order: readonly string[]): T[] {
  const set = new Set<T>(current ?? []);
  if (on) set.add(id);
  else set.delete(id);
  const rank = (x: string) => {
    const i = order.indexOf(x);
    return i < 0 ? order.length : i;
  };
  return [...set].sort((a, b) => rank(a) - rank(b));
}

/**
 * For lists where "none" is an answer (map visuals, characteristics): `[]` is "none",
 * null is "not answered". Unticking the last item goes back to "not answered".
 */
export function toggledOrUnanswered<T extends string>(
  current: readonly T[] | null | undefined,
  id: T,
  on: boolean,
  order: readonly string[],
): T[] | null {
  const next = toggled(current, id, on, order);
  return next.length === 0 ? null : next;
}

/** The "none of these" box: ticking records `[]`, unticking goes back to "not answered". */
export function noneValue(on: boolean): [] | null {
  return on ? [] : null;
}
