// Small formatting helpers for chrome (dates, file names); findings arrive worded from the backend.
import type { Lang } from './i18n';
import type { DocumentFormat, DocumentKind } from './api';
import type { ShownValue } from './bindings';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** YYYY-MM-DD → "28 november 2026" / "28 November 2026"; empty for null. */
export function formatDate(date: string | null, lang: Lang): string {
  if (!date) return '';
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** RFC 3339 → local date and time. */
export function formatDateTime(at: string, lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A safe file name stem: letters, digits, dashes. */
export function fileStem(s: string, fallback = 'dpia'): string {
  const stem = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || fallback;
}

export const EXTENSIONS: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx', md: 'md' };
export const FILTER_NAMES: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word', md: 'Markdown' };

export function documentFileName(kind: DocumentKind, format: DocumentFormat, client: string, lang: Lang): string {
  const head =
    kind === 'starter' ? (lang === 'nl' ? 'DPIA-aanzet' : 'DPIA-starter') : lang === 'nl' ? 'Onboarding-samenvatting' : 'Onboarding-summary';
  return `${head}-${fileStem(client, 'client')}.${EXTENSIONS[format]}`;
}

export function assessmentFileName(name: string): string {
  return `${fileStem(name)}.dpia.json`;
}

/** User text (a name, a file path) inside a worded message, bidirectionally isolated (U+2068 …
 *  U+2069): a right-to-left override in it cannot reverse the rest of the message. For markup,
 *  wrap user text in `<bdi>` instead. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A worded value (history, review) as the app shows values: a date written out as beside a date
 * field ("28 november 2026"), a number grouped as the language groups it ("250.000"), choices
 * joined with commas; `empty` for a value not given.
 */
export function shownValue(v: ShownValue, lang: Lang, empty = '—'): string {
  switch (v.kind) {
    case 'empty':
      return empty;
    case 'text':
      return v.text.trim() === '' ? empty : v.text;
    case 'date':
      return formatDate(v.date, lang);
    case 'number':
      return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(v.number);
    case 'list':
      return v.items.length ? v.items.join(', ') : empty;
  }
}
