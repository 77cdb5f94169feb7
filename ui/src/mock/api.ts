// Dev-only stand-in for the Tauri backend (`npm run dev:mock`). It replays views recorded from the
// real dpia-app (`recorded.json`, written by `BLESS=1 cargo test -p dpia-app --test recorded`), so
// it shows exactly what the backend says and cannot drift from the rules. Edits change the
// assessment in memory; the screening shown stays the recorded one.
// URL switches: `?scenario=error` starts on the database error screen; `?lang=en`.
import type { Api } from '../lib/backend';
import type { ApiError, AppState, AssessmentSummary, AssessmentView, Catalog, Grant, HistoryView, Purpose, StatementsView, StatementView } from '../lib/bindings';
import { isLang, type Lang } from '../lib/i18n';
import { w } from './words';
import recorded from './recorded.json';

type Recorded = {
  list: AssessmentSummary[];
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
let broken = params.get('scenario') === 'error';
const rows = new Map<number, Row>();

const delay = (ms = 60) => new Promise((r) => setTimeout(r, ms));
const fail = (code: string, message: string): ApiError => ({ code, message });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function reset() {
  rows.clear();
  REC.nl.views.forEach((v, i) => {
    const en = REC.en.views[i];
    const summary = (l: Lang) => REC[l].list.find((s) => s.id === v.id)!;
    rows.set(v.id, { view: { nl: clone(v), en: clone(en) }, summary: { nl: summary('nl'), en: summary('en') }, history: [] });
  });
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
    error: broken ? fail('store_locked', w(lang, 'error-store_locked', { file: dbPath })) : null,
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
  assessmentsList: async () => (await delay(), [...rows.values()].map((r) => clone(r.summary[lang]))),
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
    // The labels of the fields are the core's (views::history_label); the mock names the field.
    r.history.push({ at, field: pointer, step: 'other', label_id: 'ui-history-field', label_args: { field: pointer }, old_value: old === undefined ? null : JSON.stringify(old), new_value: value === null ? null : JSON.stringify(value) });
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
    await delay();
    const path = granted(token, 'import', l);
    throw fail('file_field', w(l, 'error-file_field', { file: path, line: 26, column: 19, path: 'services.reports.categories[3]', reason: w(l, 'reason-unknown-id-bare', { found: 'shoe_size' }) }));
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
      v.comments.push({ id: `c${v.comments.length + 1}`, target, part: 'other', label_id: 'ui-comment-general', label_args: {}, author: who, at, text: text.trim(), open: true, resolved_by: '', resolved_at: '', from_word: false, answer_changed: false, replies: [] });
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
  assessmentsExport: async (_id, token) => (await delay(), grant('reveal', granted(token, 'save'))),
  documentsExport: async (_id, _kind, _format, _lang, token) => {
    const path = granted(token, 'save');
    await delay(1500);
    return grant('reveal', path);
  },
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
