// JSON pointers into the Assessment (RFC 6901) and the values the wizard saves at them.
import type { DataCategory } from './bindings';

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
  date: pointer('assessment_date'),
  description: pointer('description'),
  purposes: pointer('purposes'),
  characteristics: pointer('characteristics'),
  aiArea: pointer('ai_act_area'),
  bsnBasis: pointer('follow_ups', 'bsn_basis'),
  criminalBasis: pointer('follow_ups', 'criminal_basis'),
  service: (id: string, field: ServiceField) => pointer('services', id, field),
  /** An option of the statement, by its id. */
  option: (id: string) => pointer('options', id),
  exception: (category: DataCategory | string) => pointer('follow_ups', 'special_category_exceptions', category),
};

/** Result of turning what was typed into the value to save. */
export type Parsed = { ok: true; value: unknown } | { ok: false; errorId: string };

/** A select's value: the empty option means "not answered" (null). */
export function choiceValue(raw: string): string | null {
  return raw === '' ? null : raw;
}

/** `<input type=date>` gives YYYY-MM-DD or ""; anything else is refused before saving. */
export function parseDate(raw: string): Parsed {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return { ok: false, errorId: 'ui-error-date' };
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return { ok: false, errorId: 'ui-error-date' };
  return { ok: true, value: s };
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

/** Purposes, one per line; blank lines are dropped. */
export function parsePurposes(raw: string): Parsed {
  return { ok: true, value: raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '') };
}

export function purposesText(purposes: readonly string[]): string {
  return purposes.join('\n');
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
