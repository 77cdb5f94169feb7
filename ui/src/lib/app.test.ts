import { describe, expect, it } from 'vitest';
import { app } from './app.svelte';
import { api, useApi } from './backend';
import type { ApiError, Assessment, AssessmentView } from './bindings';
import { P, toggled } from './pointer';
import { blank, service } from './testkit';

function viewOf(a: Assessment): AssessmentView {
  return {
    id: 7,
    name: 'x',
    assessment: a,
    screening: { verdict: 'not_required', verdict_text: '', provisional: false, reasons: [], blocking: [], hits: [], not_hit: '', large_scale_rule: '', flags: [], sub_processors: [], map_recipients: [], open_questions: [], review_date: '' },
    risks: [],
    statement_key: 'KPI Solutions B.V. 06-2025',
    steps: [],
    follow_ups: { special: [], bsn: false, criminal: false },
    ask_ai_area: false,
    action_plan: [],
    matrix_before: { rows: [] },
    matrix_after: { rows: [] },
    definitive: false,
    prior_consultation_indicated: false,
    adoption: [],
    adoption_blocking: 0,
    no_risks: '',
    orphans: [],
    arrangements: [],
    review_date: '',
    review_date_text: '',
    review_due: false,
    expiring_certificates: [],
    categories: [],
    ask_map_shows_people: false,
    comments: [],
    open_comments: 0,
  };
}

describe('autosave queue', () => {
  it('runs saves one after another; list updates see the previous save', async () => {
    const a = blank();
    a.services.reports = service(true);
    let stored = a;
    const calls: string[] = [];
    let running = 0;
    useApi({
      ...api,
      assessmentsSet: async (_id, pointer, value) => {
        running++;
        expect(running).toBe(1);
        calls.push(`${pointer}=${JSON.stringify(value)}`);
        await new Promise((r) => setTimeout(r, 5));
        stored = structuredClone(stored);
        if (pointer === '/services/reports/categories') stored.services.reports!.categories = value as never;
        if (pointer === '/organisation/name' && value === 'bad') {
          running--;
          throw { code: 'store_bad_field', message: 'refused' } satisfies ApiError;
        }
        if (pointer === '/organisation/name') stored.organisation.name = value as string;
        running--;
        return viewOf(stored);
      },
    });
    app.current = viewOf(a);
    const order = ['names', 'bsn', 'health'];
    const results = await Promise.all([
      app.update(P.service('reports', 'categories'), (x) => toggled(x.services.reports?.categories, 'health', true, order)),
      app.update(P.service('reports', 'categories'), (x) => toggled(x.services.reports?.categories, 'names', true, order)),
      app.save(P.orgName, 'bad'),
      app.save(P.orgName, 'Ziekenhuis'),
    ]);
    expect(calls).toEqual([
      '/services/reports/categories=["health"]',
      '/services/reports/categories=["names","health"]',
      '/organisation/name="bad"',
      '/organisation/name="Ziekenhuis"',
    ]);
    expect(results).toEqual([null, null, { code: 'store_bad_field', message: 'refused' }, null]);
    expect(app.current!.assessment.services.reports!.categories).toEqual(['names', 'health']);
    expect(app.current!.assessment.organisation.name).toBe('Ziekenhuis');
    expect(app.saving).toBe(0);
    expect(app.lastSaveError).toBe(false);
  });
});

describe('save status', () => {
  it('says saved only when nothing is typed-and-waiting or on its way', () => {
    app.saving = 0;
    app.typing = 0;
    app.lastSaveError = false;
    expect(app.saveState).toBe('saved');
    app.typing = 1;
    expect(app.saveState).toBe('saving');
    app.typing = 0;
    app.saving = 2;
    expect(app.saveState).toBe('saving');
    app.saving = 0;
    app.lastSaveError = true;
    expect(app.saveState).toBe('failed');
    app.lastSaveError = false;
    // A value refused before saving (a field shows why) is not saved either.
    app.invalid = 1;
    expect(app.saveState).toBe('failed');
    app.invalid = 0;
    expect(app.saveState).toBe('saved');
  });

  it('counts the edits on their way', () => {
    app.saving = 1;
    app.typing = 2;
    expect(app.pending).toBe(3);
    app.saving = 0;
    app.typing = 0;
  });
});
