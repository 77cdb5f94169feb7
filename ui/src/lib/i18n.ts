// Fluent, without Svelte: build a bundle per language from .ftl sources and look messages up.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export type Args = Record<string, FluentVariable>;

export function isLang(x: unknown): x is Lang {
  return x === 'nl' || x === 'en';
}

/** The message ids (not terms) defined in one .ftl source, in file order. */
export function messageIds(source: string): string[] {
  return new FluentResource(source).body.map((m) => m.id).filter((id) => !id.startsWith('-'));
}

/** One bundle per language; parse errors and duplicate ids are returned, never thrown. */
export function createBundle(lang: Lang, sources: readonly string[]): { bundle: FluentBundle; errors: string[] } {
  const bundle = new FluentBundle(lang === 'nl' ? 'nl-NL' : 'en-GB', { useIsolating: false });
  const errors: string[] = [];
  for (const source of sources) {
    for (const e of bundle.addResource(new FluentResource(source))) errors.push(e.message);
  }
  return { bundle, errors };
}

/** Formats a message; a missing id shows as the id itself so it is noticed, never as nothing. */
export function format(bundle: FluentBundle, id: string, args?: Args): string {
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  return text;
}

/** The `ui-…` ids a source file refers to as string literals, e.g. `t('ui-next')`. */
export function referencedUiIds(source: string): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/['"`](ui-[a-z0-9_-]+)['"`]/g)) ids.add(m[1]);
  return [...ids];
}
