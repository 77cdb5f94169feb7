import { describe, expect, it, vi } from 'vitest';
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
    follow_ups: { special: [], groups: [], bsn: false, criminal: false },
    ask_ai_area: false,
    ask_sick_leave: false,
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
    review: [],
    estimate_warnings: [],
    history_addons: [],
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

describe('a save the disk refuses', () => {
  const full: ApiError = { code: 'store_disk_full', message: 'De schijf is vol, dus de wijziging is niet opgeslagen.' };

  it('is tried again with backoff until it is stored, and later saves keep their turn', async () => {
    vi.useFakeTimers();
    try {
      let diskFull = true;
      let stored = blank();
      const calls: string[] = [];
      useApi({
        ...api,
        assessmentsSet: async (_id, pointer, value) => {
          calls.push(`${pointer}=${JSON.stringify(value)}`);
          if (diskFull) throw full;
          stored = structuredClone(stored);
          if (pointer === '/organisation/name') stored.organisation.name = value as string;
          if (pointer === '/description') stored.description = value as string;
          return viewOf(stored);
        },
      });
      app.current = viewOf(blank());
      const first = app.save('/organisation/name', 'Rijnoever');
      const second = app.save('/description', 'BI');
      await vi.advanceTimersByTimeAsync(0);
      expect(app.saveState).toBe('retrying');
      expect(app.retry).toEqual({ error: full, seconds: 1 });
      expect(calls).toEqual(['/organisation/name="Rijnoever"']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(calls).toHaveLength(2);
      // Then 2 s, counted down for the header.
      expect(app.retry?.seconds).toBe(2);
      await vi.advanceTimersByTimeAsync(1000);
      expect(app.retry?.seconds).toBe(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(calls).toHaveLength(3);
      expect(app.retry?.seconds).toBe(4);
      // Room again: the waiting save goes through at the next try, then the one behind it.
      diskFull = false;
      await vi.advanceTimersByTimeAsync(4000);
      expect(await first).toBeNull();
      expect(await second).toBeNull();
      expect(calls.slice(-2)).toEqual(['/organisation/name="Rijnoever"', '/description="BI"']);
      expect(app.retry).toBeNull();
      expect(app.saveState).toBe('saved');
      expect(app.current!.assessment.description).toBe('BI');
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits at most 30 s between tries, and "try now" tries at once', async () => {
    vi.useFakeTimers();
    try {
      let tries = 0;
      useApi({
        ...api,
        assessmentsSet: async () => {
          tries++;
          if (tries < 9) throw full;
          return viewOf(blank());
        },
      });
      app.current = viewOf(blank());
      const done = app.save('/description', 'x');
      await vi.advanceTimersByTimeAsync(0);
      // 1 + 2 + 4 + 8 + 16 + 30 + 30 s: seven waits, eight tries.
      await vi.advanceTimersByTimeAsync(91_000);
      expect(tries).toBe(8);
      expect(app.retry?.seconds).toBe(30);
      app.retryNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(await done).toBeNull();
      expect(tries).toBe(9);
      expect(app.saveState).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a refusal that does not pass is not tried again', async () => {
    let tries = 0;
    useApi({
      ...api,
      assessmentsSet: async () => {
        tries++;
        throw { code: 'store_bad_field', message: 'refused' } satisfies ApiError;
      },
    });
    app.current = viewOf(blank());
    expect(await app.save('/description', 'x')).toEqual({ code: 'store_bad_field', message: 'refused' });
    expect(tries).toBe(1);
    expect(app.retry).toBeNull();
    app.lastSaveError = false;
  });
});

describe('a database alarm', () => {
  it('shows instead of "saved" until it is read; the stored answer is shown', async () => {
    const lost: ApiError = { code: 'store_wal_lost', message: 'Een ander programma heeft het logbestand weggehaald.' };
    const stored = blank();
    stored.description = 'opgeslagen';
    useApi({
      ...api,
      assessmentsSet: async () => {
        throw lost;
      },
      assessmentsView: async () => viewOf(stored),
    });
    app.current = viewOf(blank());
    expect(await app.save('/description', 'opgeslagen')).toBeNull();
    expect(app.alarm).toEqual(lost);
    expect(app.saveState).toBe('alarm');
    expect(app.current!.assessment.description).toBe('opgeslagen');
    app.dismissAlarm();
    expect(app.saveState).toBe('saved');
  });
});
