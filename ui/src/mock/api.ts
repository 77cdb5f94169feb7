// Dev-only stand-in for the Tauri backend (`npm run dev:mock`). Keeps assessments in memory.
// URL switches: `?scenario=error` starts on the database error screen; `?lang=en`.
import type { Api } from '../lib/backend';
import type { ApiError, AppState, Assessment, AssessmentSummary, AssessmentView, Grant, HistoryEntry, Purpose, StatementView } from '../lib/bindings';
import { isLang, type Lang } from '../lib/i18n';
import { catalog } from './catalog';
import { risks, screen } from './screening';
import { w } from './words';
import hospital from './fixtures/hospital.json';
import homeCare from './fixtures/home_care.json';
import wholesaler from './fixtures/wholesaler.json';

type Row = { id: number; name: string; data: Assessment; updated_at: string; history: HistoryEntry[] };

const params = new URLSearchParams(location.search);
let lang: Lang = isLang(params.get('lang')) ? (params.get('lang') as Lang) : 'nl';
let dbPath = '/home/anna/.local/share/dpia-helper/dpia-helper.sqlite';
let broken = params.get('scenario') === 'error';
const rows = new Map<number, Row>();
let nextId = 1;

const delay = (ms = 60) => new Promise((r) => setTimeout(r, ms));
const fail = (code: string, message: string): ApiError => ({ code, message });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function normalise(raw: unknown): Assessment {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose input, like serde defaults
  const a = clone(raw) as Record<string, any>;
  a.organisation = { name: '', sector: null, contact_person: '', dpo: '', ...(a.organisation ?? {}) };
  a.assessment_date ??= null;
  a.description ??= '';
  a.purposes ??= [];
  a.services ??= {};
  for (const s of Object.values(a.services) as Record<string, unknown>[]) {
    if (!s) continue;
    s.used ??= null;
    s.categories ??= [];
    s.subjects ??= [];
    s.data_subjects_estimate ??= null;
    s.source_systems ??= '';
  }
  a.options = { time_travel: null, snapshot: null, map_visuals: null, datev_connector: null, report_publication: null, ...(a.options ?? {}) };
  a.characteristics ??= null;
  a.ai_act_area ??= null;
  a.follow_ups = { special_category_exceptions: {}, bsn_basis: '', criminal_basis: '', ...(a.follow_ups ?? {}) };
  a.statement = { processor: 'KPI Solutions B.V.', version: '06-2025', notified_on: null, ...(a.statement ?? {}) };
  return a as Assessment;
}

function add(name: string, data: unknown, updated = new Date()): number {
  const id = nextId++;
  rows.set(id, { id, name, data: normalise(data), updated_at: updated.toISOString(), history: [] });
  return id;
}

add('Ziekenhuis Rijnoever — BI en heropnamemodel', hospital, new Date(Date.now() - 3600e3));
add('Thuiszorg De Linde', homeCare, new Date(Date.now() - 86400e3 * 3));
add('Van Dam — verkooprapportages', wholesaler, new Date(Date.now() - 86400e3 * 12));

function row(id: number): Row {
  const r = rows.get(id);
  if (!r) throw fail('store_not_found', w(lang, 'error-store_not_found', { id }));
  return r;
}

function view(id: number, l: Lang): AssessmentView {
  const r = row(id);
  return { id, name: r.name, assessment: clone(r.data), screening: screen(r.data, l), risks: risks(r.data, l) };
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
const grants = new Map<string, { purpose: Purpose; path: string }>();
let nextToken = 1;

function grant(purpose: Purpose, path: string): Grant {
  const token = `mock-${nextToken++}-${Math.random().toString(16).slice(2)}`;
  grants.set(token, { purpose, path });
  return { token, purpose, name: path.split('/').pop() ?? path, path };
}

function granted(token: string, purpose: Purpose, l: Lang): string {
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
    statement: 'KPI Solutions B.V. — Data Pro Statement 06-2025',
  };
}

function statementView(l: Lang): StatementView {
  const item = (n: number) => w(l, 'source-item', { item: n });
  const nl = l === 'nl';
  return {
    title: 'KPI Solutions B.V. — Data Pro Statement 06-2025',
    sections: [
      { source: item(1), title: w(l, 'cli-statement-processor'), paragraphs: ['KPI Solutions B.V., Oranjesingel 2, 6511 NS Nijmegen — KvK 12345678'] },
      { source: item(2), title: `${w(l, 'cli-statement-version')} 06-2025`, paragraphs: [nl ? 'Dit Data Pro Statement is geldig vanaf 7 mei 2025.' : 'This Data Pro Statement applies from 7 May 2025.'] },
      { source: item(12), title: '', paragraphs: [nl ? 'Structurele verwerking vindt volledig plaats in de cloud, in hetzelfde Microsoft Azure-datacenter binnen de EU/EER.' : 'Structural data processing takes place entirely in the cloud, in the same Microsoft Azure datacentre within the EU/EEA.'] },
      { source: item(15), title: '', paragraphs: ['a Microsoft — EU/EEA', 'b N-iX LTD — ' + w(l, 'location-outside_eu_eea_temporary')] },
      { source: w(l, 'source-clause', { number: '7.1' }), title: nl ? 'Rechten van betrokkenen' : 'Rights of data subjects', paragraphs: [nl ? 'De verwerker werkt mee aan verzoeken van betrokkenen.' : 'The processor cooperates with requests of data subjects.'] },
    ],
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
  openDatabase: async (token, l) => {
    await delay();
    dbPath = granted(token, 'database', l);
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
  catalog: async (l) => (await delay(), catalog(l)),
  statementView: async (l) => (await delay(), statementView(l)),
  assessmentsList: async (l): Promise<AssessmentSummary[]> => {
    await delay();
    return [...rows.values()].map((r) => ({
      id: r.id,
      name: r.name,
      client: r.data.organisation.name,
      date: r.data.assessment_date,
      verdict: screen(r.data, l).verdict,
      updated_at: r.updated_at,
    }));
  },
  assessmentsCreate: async (name) => {
    await delay();
    return add(name, { format: 'dpia-helper/assessment', version: 1, organisation: {}, assessment_date: new Date().toISOString().slice(0, 10), statement: {} });
  },
  assessmentsView: async (id, l) => (await delay(), view(id, l)),
  assessmentsSet: async (id, pointer, value, l) => {
    await delay(120);
    const r = row(id);
    if (pointer === '/format' || pointer === '/version') throw fail('store_bad_field', w(l, 'error-store_bad_field', { field: pointer, reason: 'cannot be changed' }));
    if (pointer === '/organisation/name' && typeof value === 'string' && value.includes('!')) {
      throw fail('store_bad_field', w(l, 'error-store_bad_field', { field: pointer, reason: 'mock: "!" is refused to show an inline error' }));
    }
    const data = clone(r.data) as unknown as Record<string, unknown>;
    const old = setPointer(data, pointer, value);
    r.data = normalise(data);
    r.updated_at = new Date().toISOString();
    r.history.push({ at: r.updated_at, field: pointer, old_value: old === undefined ? null : JSON.stringify(old), new_value: value === null ? null : JSON.stringify(value) });
    return view(id, l);
  },
  assessmentsRename: async (id, name) => {
    await delay();
    row(id).name = name;
  },
  assessmentsDuplicate: async (id, name) => (await delay(), add(name, row(id).data)),
  assessmentsDelete: async (id) => {
    await delay();
    row(id);
    rows.delete(id);
  },
  assessmentsHistory: async (id) => (await delay(), clone(row(id).history)),
  assessmentsImport: async (token, l) => {
    await delay();
    const path = granted(token, 'import', l);
    if (path.includes('invalid')) throw fail('file_field', w(l, 'error-file_field', { file: path, line: 26, column: 19, path: 'services.reports.categories[3]', reason: 'unknown variant "shoe_size"' }));
    return add(wholesaler.organisation.name, wholesaler);
  },
  assessmentsExport: async (_id, token, l) => (await delay(), grant('reveal', granted(token, 'save', l))),
  documentsExport: async (_id, _kind, _format, l, token) => {
    const path = granted(token, 'save', l);
    await delay(1500);
    return grant('reveal', path);
  },
  pickOpenFile: async (purpose, _lang, _name, exts) => {
    await delay();
    const path = exts.includes('json') ? `/home/anna/Documents/${params.get('import') ?? 'klant'}.dpia.json` : '/home/anna/Documents/other.sqlite';
    return grant(purpose, path);
  },
  pickSaveFile: async (defaultName) => (await delay(), grant('save', `/home/anna/Documents/${defaultName}`)),
  showInFolder: async (token, l) => void (await delay(), granted(token, 'reveal', l)),
};
