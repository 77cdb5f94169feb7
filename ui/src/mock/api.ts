// Dev-only stand-in for the Tauri backend (`npm run dev:mock`). It replays views recorded from the
// real dpia-app (`recorded.json`, written by `BLESS=1 cargo test -p dpia-app --test recorded`), so
// it shows exactly what the backend says and cannot drift from the rules. Edits change the
// assessment in memory; the screening shown stays the recorded one.
// URL switches: `?scenario=error` starts on the database error screen (`?scenario=behind` on one
// that misses its newest saves); `?rows=5000` repeats the recorded rows that often; `?lang=en`.
import type { Api } from '../lib/backend';
import type {
  ApiError,
  AppState,
  AssessmentSummary,
  AssessmentView,
  Catalog,
  Grant,
  HistoryView,
  JobStage,
  ListPage,
  Purpose,
  ShownValue,
  StatementsView,
  StatementView,
} from '../lib/bindings';
import { isLang, type Lang } from '../lib/i18n';
import { w } from './words';
import recorded from './recorded.json';

type Recorded = {
  list: ListPage;
  catalog: Catalog;
  views: AssessmentView[];
  statement: StatementView;
  statements: StatementsView;
};
const REC = recorded as unknown as Record<Lang, Recorded>;

type Row = { view: Record<Lang, AssessmentView>; summary: Record<Lang, AssessmentSummary>; history: HistoryView[] };

const params = new URLSearchParams(location.search);
let lang: Lang = isLang(params.get('lang')) ? (params.get('lang') as Lang) : 'nl';
let dbPath = '/home/anna/.local/share/nl.kpisolutions.dpia-helper/dpia-helper.sqlite';
let broken = params.get('scenario') === 'error' || params.get('scenario') === 'behind';
const brokenCode = params.get('scenario') === 'behind' ? 'store_behind' : 'store_locked';
const rows = new Map<number, Row>();
/** The file jobs underway, by token (the mock's stand-in for `dpia_app::Jobs`). */
const jobs = new Map<string, { stage: JobStage; cancelled: boolean }>();
/** The document kind last exported per assessment (the store's setting in the app). */
const lastKind = new Map<number, 'starter' | 'summary'>();

/** Runs a mock file job: a stage a while each, unless cancelled before it writes. */
async function fileJob<T>(token: string, stages: JobStage[], l: Lang, done: () => T): Promise<T> {
  const job = { stage: 'waiting' as JobStage, cancelled: false };
  jobs.set(token, job);
  try {
    for (const stage of stages) {
      if (job.cancelled) throw fail('cancelled', w(l, 'error-cancelled'));
      job.stage = stage;
      await delay(600);
    }
    if (job.cancelled) throw fail('cancelled', w(l, 'error-cancelled'));
    return done();
  } finally {
    jobs.delete(token);
  }
}

/** Client or name folded as the backend folds them (lower case, no accents). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const delay = (ms = 60) => new Promise((r) => setTimeout(r, ms));
const fail = (code: string, message: string): ApiError => ({ code, message });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function reset() {
  rows.clear();
  const copies = Math.max(1, Math.ceil(Number(params.get('rows') ?? 0) / REC.nl.views.length));
  for (let c = 0; c < copies; c++) {
    REC.nl.views.forEach((v, i) => {
      const en = REC.en.views[i];
      const id = c * REC.nl.views.length + v.id;
      const suffix = copies > 1 ? ` ${String(c).padStart(4, '0')}` : '';
      const summary = (l: Lang) => {
        const s = clone(REC[l].list.rows.find((s) => s.id === v.id)!);
        return { ...s, id, name: s.name + suffix, client: s.client + suffix };
      };
      const view = (x: AssessmentView) => ({ ...clone(x), id, name: x.name + suffix });
      rows.set(id, { view: { nl: view(v), en: view(en) }, summary: { nl: summary('nl'), en: summary('en') }, history: [] });
    });
  }
}
reset();

function row(id: number): Row {
  const r = rows.get(id);
  if (!r) throw fail('store_not_found', w(lang, 'error-store_not_found', { id }));
  return r;
}

function setPointer(root: Record<string, unknown>, pointer: string, value: unknown): unknown {
  const parts = pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root;
  for (const p of parts.slice(0, -1)) {
    if (node[p] === null || node[p] === undefined) node[p] = {};
    node = node[p] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  const old = node[last];
  if (value === null) delete node[last];
  else node[last] = value;
  return old;
}

// Like the shell: dialogs hand out tokens, file commands take them (once, for their purpose).
let reviewer = { name: '', role: '' };

const grants = new Map<string, { purpose: Purpose; path: string }>();
let nextToken = 1;

function grant(purpose: Purpose, path: string): Grant {
  const token = `mock-${nextToken++}-${Math.random().toString(16).slice(2)}`;
  grants.set(token, { purpose, path });
  return { token, purpose, name: path.split('/').pop() ?? path, path };
}

function granted(token: string, purpose: Purpose, l: Lang = lang): string {
  const g = grants.get(token);
  if (!g) throw fail('grant_unknown', w(l, 'error-grant_unknown'));
  if (g.purpose !== purpose) {
    throw fail('grant_wrong_purpose', w(l, 'error-grant_wrong_purpose', { granted: w(l, `grant-purpose-${g.purpose}`), wanted: w(l, `grant-purpose-${purpose}`) }));
  }
  if (purpose !== 'reveal') grants.delete(token);
  return g.path;
}

function state(): AppState {
  return {
    lang,
    database: dbPath,
    error: broken
      ? brokenCode === 'store_behind'
        ? fail('store_behind', w(lang, 'error-store_behind', { file: dbPath, missing: 12, wal: `${dbPath}-wal` }))
        : fail('store_locked', w(lang, 'error-store_locked', { file: dbPath }))
      : null,
    statement: REC.nl.catalog.statement,
  };
}

export const mockApi: Api = {
  appState: async () => (await delay(), state()),
  setLang: async (l) => {
    await delay();
    if (broken) throw fail('store_locked', w(l, 'error-store_locked', { file: dbPath }));
    lang = l;
    return state();
  },
  openDatabase: async (token) => {
    await delay();
    dbPath = granted(token, 'database');
    broken = false;
    return state();
  },
  retryDatabase: async () => (await delay(), state()),
  openDatabaseAsIs: async () => {
    await delay();
    broken = false;
    return state();
  },
  backupDatabase: async (token) => {
    const l = lang;
    const path = granted(token, 'save', l);
    return fileJob(token, ['copying', 'writing'], l, () => grant('reveal', path));
  },
  jobsProgress: async (token) => jobs.get(token)?.stage ?? null,
  jobsCancel: async (token) => {
    const job = jobs.get(token);
    if (!job || job.stage === 'writing' || job.stage === 'storing') return false;
    job.cancelled = true;
    return true;
  },
  listShown: async () => undefined,
  newDatabaseBeside: async () => {
    await delay();
    dbPath = dbPath.replace(/\.sqlite$/, '-20261128-101500.sqlite');
    broken = false;
    rows.clear();
    return state();
  },
  catalog: async () => (await delay(), clone(REC[lang].catalog)),
  statementView: async () => (await delay(), clone(REC[lang].statement)),
  statementsList: async () => (await delay(), clone(REC[lang].statements)),
  statementsImport: async (path) => {
    await delay();
    throw fail('statement_parse', w(lang, 'error-statement_parse', { file: path, line: 1, column: 1, reason: 'mock' }));
  },
  statementsSetNotified: async () => (await delay(), clone(REC[lang].statements.statements[0])),
  statementsDiff: async (from, to) => (await delay(), { from, to, changes: [] }),
  statementsAffected: async () => (await delay(), []),
  assessmentsMove: async (id) => (await delay(), clone(row(id).view[lang])),
  assessmentsList: async (search, sort, offset, limit) => {
    await delay(30);
    const words = fold(search).split(/\s+/).filter(Boolean);
    const all = [...rows.values()].map((r) => r.summary[lang]);
    const found = all.filter((s) => words.every((w) => fold(`${s.client} ${s.name}`).includes(w)));
    const by = (f: (s: AssessmentSummary) => string) => (a: AssessmentSummary, b: AssessmentSummary) => f(a).localeCompare(f(b));
    const order: Record<string, (a: AssessmentSummary, b: AssessmentSummary) => number> = {
      updated: (a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id,
      name: by((s) => fold(s.name)),
      client: by((s) => fold(s.client)),
      date: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
      verdict: (a, b) => ['unknown', 'not_required', 'recommended', 'required'].indexOf(b.verdict) - ['unknown', 'not_required', 'recommended', 'required'].indexOf(a.verdict),
    };
    found.sort(order[sort]);
    return { rows: clone(found.slice(offset, offset + limit)), offset, total: found.length, all: all.length };
  },
  assessmentsCreate: async (name) => {
    await delay();
    const base = rows.values().next().value as Row | undefined;
    if (!base) throw fail('store_not_found', 'mock: no recorded view to copy');
    const id = Math.max(...rows.keys()) + 1;
    const copy = clone(base);
    for (const l of ['nl', 'en'] as Lang[]) {
      copy.view[l].id = id;
      copy.view[l].name = name;
      copy.summary[l] = { ...copy.summary[l], id, name };
    }
    rows.set(id, copy);
    return id;
  },
  assessmentsView: async (id) => (await delay(), clone(row(id).view[lang])),
  assessmentsSet: async (id, pointer, value) => {
    const l = lang;
    await delay(120);
    const r = row(id);
    if (pointer === '/format' || pointer === '/version') throw fail('store_bad_field', w(l, 'error-store_bad_field', { field: pointer, reason: w(l, 'reason-unchangeable') }));
    let old: unknown;
    for (const x of ['nl', 'en'] as Lang[]) {
      const data = clone(r.view[x].assessment) as unknown as Record<string, unknown>;
      old = setPointer(data, pointer, value);
      r.view[x].assessment = data as unknown as AssessmentView['assessment'];
    }
    const at = new Date().toISOString();
    // The labels and worded values are the core's (views::history); the mock names the field and
    // shows the values as they were sent. Newest first, as the core gives them.
    const shown = (v: unknown): ShownValue => (v === undefined || v === null ? { kind: 'empty' } : { kind: 'text', text: typeof v === 'string' ? v : JSON.stringify(v) });
    r.history.unshift({ at, field: pointer, step: 'other', event: 'changed', label_id: 'ui-history-field', label_args: { field: pointer }, old_value: shown(old), new_value: shown(value) });
    return clone(r.view[l]);
  },
  assessmentsRename: async (id, name) => {
    await delay();
    const r = row(id);
    for (const l of ['nl', 'en'] as Lang[]) r.view[l].name = r.summary[l].name = name;
  },
  assessmentsDuplicate: async (id, name) => {
    await delay();
    const newId = Math.max(...rows.keys()) + 1;
    const copy = clone(row(id));
    for (const l of ['nl', 'en'] as Lang[]) {
      copy.view[l].id = newId;
      copy.view[l].name = name;
      copy.summary[l] = { ...copy.summary[l], id: newId, name };
    }
    rows.set(newId, copy);
    return newId;
  },
  assessmentsDelete: async (id) => {
    await delay();
    row(id);
    rows.delete(id);
  },
  assessmentsHistory: async (id) => (await delay(), clone(row(id).history)),
  assessmentsImport: async (token) => {
    const l = lang;
    const path = granted(token, 'import', l);
    return fileJob(token, ['reading', 'checking'], l, () => {
      throw fail('file_field', w(l, 'error-file_field', { file: path, line: 26, column: 19, path: 'services.reports.categories[3]', reason: w(l, 'reason-unknown-id-bare', { found: 'shoe_size' }) }));
    });
  },
  assessmentsExport: async (_id, token) => {
    const path = granted(token, 'save');
    return fileJob(token, ['writing'], lang, () => grant('reveal', path));
  },
  assessmentsImportMerge: async () => {
    await delay();
    throw fail('import_nothing', w(lang, 'error-import_nothing'));
  },
  // Review comments: kept in the view as the core words them (the mock labels them "general").
  commentsAdd: async (id, target, text, author, role) => {
    const l = lang;
    await delay();
    if (!author.trim()) throw fail('comment_author', w(l, 'error-comment_author'));
    if (!text.trim()) throw fail('comment_empty', w(l, 'error-comment_empty'));
    reviewer = { name: author.trim(), role: role.trim() };
    const at = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const who = role.trim() ? `${author.trim()} (${role.trim()})` : author.trim();
    for (const x of ['nl', 'en'] as Lang[]) {
      const v = row(id).view[x];
      v.comments.push({ id: `c${v.comments.length + 1}`, target, part: 'other', label_id: 'ui-comment-general', label_args: {}, author: who, at, text: text.trim(), open: true, mine: true, resolved_by: '', resolved_at: '', from_word: false, answer_changed: false, replies: [] });
      v.open_comments = v.comments.filter((c) => c.open).length;
    }
    return clone(row(id).view[l]);
  },
  commentsReply: async (id, comment, text, author, role) => {
    const l = lang;
    await delay();
    if (!text.trim()) throw fail('comment_empty', w(l, 'error-comment_empty'));
    const who = role.trim() ? `${author.trim()} (${role.trim()})` : author.trim();
    for (const x of ['nl', 'en'] as Lang[]) {
      const c = row(id).view[x].comments.find((c) => c.id === comment);
      if (!c) throw fail('comment_unknown', w(l, 'error-comment_unknown', { id: comment }));
      c.replies.push({ id: `${comment}-r${c.replies.length + 1}`, author: who, at: new Date().toISOString(), text: text.trim(), from_word: false });
    }
    return clone(row(id).view[l]);
  },
  commentsResolve: async (id, comment, resolved) => {
    const l = lang;
    await delay();
    for (const x of ['nl', 'en'] as Lang[]) {
      const v = row(id).view[x];
      const c = v.comments.find((c) => c.id === comment);
      if (!c) throw fail('comment_unknown', w(l, 'error-comment_unknown', { id: comment }));
      c.open = !resolved;
      c.resolved_by = resolved ? reviewer.name : '';
      v.open_comments = v.comments.filter((c) => c.open).length;
    }
    return clone(row(id).view[l]);
  },
  reviewer: async () => (await delay(), { ...reviewer }),
  documentsExport: async (id, kind, _format, _lang, token) => {
    const path = granted(token, 'save');
    lastKind.set(id, kind);
    return fileJob(token, ['rendering', 'rendering', 'writing'], lang, () => grant('reveal', path));
  },
  documentsLastKind: async (id) => (await delay(), lastKind.get(id) ?? null),
  pickOpenFile: async (purpose, _name, exts) => {
    await delay();
    const path = exts.includes('json') ? `/home/anna/Documents/${params.get('import') ?? 'klant'}.dpia.json` : '/home/anna/Documents/other.sqlite';
    return grant(purpose, path);
  },
  pickSaveFile: async (defaultName) => (await delay(), grant('save', `/home/anna/Documents/${defaultName}`)),
  showInFolder: async (token) => void (await delay(), granted(token, 'reveal')),
  closeReady: async () => undefined,
  openDocument: async (token) => void (await delay(), granted(token, 'reveal')),
};
