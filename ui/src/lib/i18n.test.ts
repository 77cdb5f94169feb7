import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundle, format, messageIds, referencedUiIds } from './i18n';
import { SOURCES } from './locales';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

describe('Fluent files', () => {
  it('ui.ftl has the same ids in nl and en, all prefixed ui-', () => {
    const nl = messageIds(SOURCES.nl.ui);
    const en = messageIds(SOURCES.en.ui);
    expect(nl.length).toBeGreaterThan(50);
    expect([...nl].sort()).toEqual([...en].sort());
    for (const id of nl) expect(id).toMatch(/^ui-/);
    expect(new Set(nl).size).toBe(nl.length);
  });

  it('parse without errors and do not clash with dpia.ftl', () => {
    for (const lang of ['nl', 'en'] as const) {
      const { errors } = createBundle(lang, [SOURCES[lang].dpia, SOURCES[lang].ui]);
      expect(errors).toEqual([]);
    }
  });

  it('use the same variables in both languages', () => {
    const vars = (src: string, id: string) => {
      const b = createBundle('en', [src]).bundle;
      const m = b.getMessage(id)!;
      return [...JSON.stringify(m.value).matchAll(/"name":"(\w+)"/g)].map((x) => x[1]).sort();
    };
    for (const id of messageIds(SOURCES.en.ui)) expect(vars(SOURCES.nl.ui, id), id).toEqual(vars(SOURCES.en.ui, id));
  });

  it('every ui- id used in the source exists', () => {
    const defined = new Set(messageIds(SOURCES.en.ui));
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const f of files) for (const id of referencedUiIds(readFileSync(f, 'utf8'))) used.add(id);
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((id) => !defined.has(id));
    expect(missing).toEqual([]);
  });

  it('every literal t(…) id used in the source exists in ui.ftl or dpia.ftl', () => {
    const defined = new Set([...messageIds(SOURCES.en.ui), ...messageIds(SOURCES.en.dpia)]);
    const definedNl = new Set([...messageIds(SOURCES.nl.ui), ...messageIds(SOURCES.nl.dpia)]);
    const missing: string[] = [];
    for (const f of sourceFiles(SRC)) {
      if (f.includes('/mock/')) continue;
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([a-z][a-z0-9_-]*)'/g)) {
        if (!defined.has(m[1]) || !definedNl.has(m[1])) missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('formats without isolation marks and with plurals', () => {
    const en = createBundle('en', [SOURCES.en.dpia, SOURCES.en.ui]).bundle;
    const nl = createBundle('nl', [SOURCES.nl.dpia, SOURCES.nl.ui]).bundle;
    expect(format(en, 'ui-step-of', { step: 2, count: 6 })).toBe('Step 2 of 6');
    expect(format(nl, 'ui-step-of', { step: 2, count: 6 })).toBe('Stap 2 van 6');
    expect(format(en, 'ui-help-toggle', { label: 'Names' })).not.toMatch(/[\u2068\u2069]/);
    expect(format(en, 'ui-review-open-intro', { count: 1 })).toBe('One question is still open:');
    expect(format(en, 'ui-review-open-intro', { count: 3 })).toBe('3 questions are still open:');
    expect(format(en, 'verdict-required')).toBe('DPIA required');
    expect(format(en, 'no-such-id')).toBe('no-such-id');
  });

  it('finds ui ids in source text', () => {
    expect(referencedUiIds(`t('ui-next') + t("ui-back") label: 'ui-step-data' t('cli-none')`).sort()).toEqual(['ui-back', 'ui-next', 'ui-step-data']);
  });
});
