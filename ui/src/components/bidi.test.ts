// User-typed text is shown bidirectionally isolated, so a right-to-left override in a client
// name or an answer cannot reverse the text around it: rendered markup wraps it in <bdi>
// (unicode-bidi: isolate), worded messages wrap it in U+2068…U+2069.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { isolate } from '../lib/format';
import recorded from '../mock/recorded.json';
import type { AssessmentView, Catalog } from '../lib/bindings';
import StepReview from './StepReview.svelte';

const RLO = '\u202e';
const here = (f: string) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8');

/** Is every occurrence of `text` in `html` inside a <bdi> element? */
function allInsideBdi(html: string, text: string): boolean {
  let from = 0;
  let found = 0;
  for (;;) {
    const i = html.indexOf(text, from);
    if (i < 0) return found > 0;
    found++;
    const before = html.slice(0, i);
    if (before.lastIndexOf('<bdi') <= before.lastIndexOf('</bdi>')) return false;
    from = i + text.length;
  }
}

describe('bidi isolation of user text', () => {
  it('the review shows every typed answer inside <bdi>', () => {
    const rec = recorded as unknown as { nl: { catalog: Catalog; views: AssessmentView[] } };
    const view = structuredClone(rec.nl.views[2]);
    // Every answer the user typed (text values of the review, as the core words them).
    const typed: string[] = [];
    for (const g of view.review)
      for (const x of g.items)
        if (x.value.kind === 'text' || x.value.kind === 'empty') {
          const text = `${x.field} ${RLO}evil`;
          x.value = { kind: 'text', text };
          typed.push(text);
        }
    expect(typed.length).toBeGreaterThan(10);
    const { body } = render(StepReview, { props: { view } });
    for (const text of typed) expect(allInsideBdi(body, text), `${text} in ${body.slice(0, 200)}`).toBe(true);
  });

  it('names, clients, history values and paths are wrapped in <bdi> where they are shown', () => {
    const expectations: [string, string[]][] = [
      ['./Assessments.svelte', ['<bdi data-testid="row-client">{row.client', '<bdi data-testid="row-name">{row.name}</bdi>']],
      ['../App.svelte', ['<bdi data-testid="current-name">{app.current.name}</bdi>']],
      ['./History.svelte', ['<bdi data-testid="history-label">', '<bdi data-testid="history-old">{oldText(h)}</bdi>', '<bdi data-testid="history-new">{newText(h)}</bdi>']],
      ['./Export.svelte', ['<bdi>{written.path}</bdi>']],
      ['./Risks.svelte', ['<bdi>{r.title || t(']],
      ['./SignOff.svelte', ["isolate(a.organisation.dpo)"]],
      ['./ErrorScreen.svelte', ['<bdi>{appState.database}</bdi>']],
    ];
    for (const [file, snippets] of expectations) {
      const src = here(file);
      for (const s of snippets) expect(src, `${file} lacks ${s}`).toContain(s);
    }
    // No bare {row.name} or {row.client} left in the list's markup.
    const list = here('./Assessments.svelte').split('</script>')[1];
    expect(list.match(/<td>\{row\.(name|client)/g)).toBeNull();
    expect(here('../app.css')).toMatch(/bdi\s*\{\s*unicode-bidi:\s*isolate;?\s*\}/);
  });

  it('user text inside worded messages is isolated', () => {
    expect(isolate(`a${RLO}b`)).toBe(`\u2068a${RLO}b\u2069`);
    const src = here('./Assessments.svelte');
    for (const id of ['ui-duplicated', 'ui-renamed', 'ui-deleted', 'ui-export-assessment-named', 'ui-delete-confirm', 'ui-imported', 'ui-exported-assessment']) {
      const call = src.slice(src.indexOf(`t('${id}'`)).split(')')[0];
      expect(call, id).toMatch(/isolate\(/);
    }
  });
});
