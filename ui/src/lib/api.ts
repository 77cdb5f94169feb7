// The IPC contract: one function per Tauri command (src-tauri/src/commands.rs). Every command
// rejects with an ApiError {code, message}; branch on `code`, show `message`.
// The page never names a file: the dialog commands resolve with a Grant (an opaque token plus a
// name and path to show) and the file commands take its `token`, for the purpose it was made for.
import { invoke } from '@tauri-apps/api/core';
import type {
  AffectedView,
  ApiError,
  AppState,
  AssessmentSummary,
  AssessmentView,
  Catalog,
  DiffView,
  Grant,
  HistoryView,
  ImportView,
  StatementSummary,
  StatementsView,
  StatementView,
} from './bindings';

export type Lang = 'nl' | 'en';
export type DocumentKind = 'starter' | 'summary';
export type DocumentFormat = 'pdf' | 'docx' | 'md';
/** What an open dialog's file is for: importing an assessment or opening a database. */
export type OpenPurpose = 'import' | 'statement' | 'database';

export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

export const api = {
  appState: () => invoke<AppState>('app_state'),
  setLang: (lang: Lang) => invoke<AppState>('set_lang', { lang }),
  /** Error screen: open another database file (a token from `pickOpenFile('database', …)`). */
  openDatabase: (token: string, lang: Lang) => invoke<AppState>('open_database', { token, lang }),
  /** Error screen: start a new, empty database beside the broken one. */
  newDatabaseBeside: () => invoke<AppState>('new_database_beside'),

  /** What the wizard offers for a statement (`AssessmentView.statement_key`; '' = the embedded one). */
  catalog: (lang: Lang, statement: string) => invoke<Catalog>('catalog', { lang, statement }),
  statementView: (lang: Lang, statement: string) => invoke<StatementView>('statement_view', { lang, statement }),
  statementsList: (lang: Lang) => invoke<StatementsView>('statements_list', { lang }),
  /** Import a statement (.toml) chosen with `pickOpenFile('statement', …)` (its token); an invalid
   *  file rejects and changes nothing. */
  statementsImport: (token: string, lang: Lang) => invoke<StatementSummary>('statements_import', { token, lang }),
  /** When the processor notified the client of a version (YYYY-MM-DD, or '' to clear). */
  statementsSetNotified: (statement: string, date: string, lang: Lang) =>
    invoke<StatementSummary>('statements_set_notified', { statement, date, lang }),
  statementsDiff: (from: string, to: string, lang: Lang) => invoke<DiffView>('statements_diff', { from, to, lang }),
  statementsAffected: (statement: string, lang: Lang) => invoke<AffectedView[]>('statements_affected', { statement, lang }),
  /** Moves an assessment to another version of its processor's statement (recorded in its history). */
  assessmentsMove: (id: number, statement: string, lang: Lang) =>
    invoke<AssessmentView>('assessments_move', { id, statement, lang }),

  assessmentsList: (lang: Lang) => invoke<AssessmentSummary[]>('assessments_list', { lang }),
  assessmentsCreate: (name: string, lang: Lang) => invoke<number>('assessments_create', { name, lang }),
  assessmentsView: (id: number, lang: Lang) => invoke<AssessmentView>('assessments_view', { id, lang }),
  /** Autosave: set one answer (JSON pointer into the assessment, e.g. `/services/reports/used`);
   *  `null` removes it. Returns the new view with the live screening and risks. */
  assessmentsSet: (id: number, pointer: string, value: unknown, lang: Lang) =>
    invoke<AssessmentView>('assessments_set', { id, pointer, value, lang }),
  assessmentsRename: (id: number, name: string, lang: Lang) => invoke<void>('assessments_rename', { id, name, lang }),
  assessmentsDuplicate: (id: number, name: string, lang: Lang) =>
    invoke<number>('assessments_duplicate', { id, name, lang }),
  assessmentsDelete: (id: number, lang: Lang) => invoke<void>('assessments_delete', { id, lang }),
  assessmentsHistory: (id: number, lang: Lang) => invoke<HistoryView[]>('assessments_history', { id, lang }),
  /** Import a .dpia.json, or a PDF or DOCX written by DPIA Helper (it carries its answers), chosen with `pickOpenFile('import', …)` (its token); an invalid file
   *  rejects and changes nothing. */
  assessmentsImport: (token: string, lang: Lang) => invoke<ImportView>('assessments_import', { token, lang }),
  /** Writes the assessment where `pickSaveFile` chose (its token, used once); resolves with a
   *  grant for `showInFolder`. */
  assessmentsExport: (id: number, token: string, lang: Lang) => invoke<Grant>('assessments_export', { id, token, lang }),

  /** Writes the DPIA starter or onboarding summary where `pickSaveFile` chose (its token, used
   *  once); resolves with a grant for the written file (`path` to show, `token` for `showInFolder`). */
  documentsExport: (id: number, kind: DocumentKind, format: DocumentFormat, lang: Lang, token: string) =>
    invoke<Grant>('documents_export', { id, kind, format, lang, token }),

  /** Native dialogs (through the shell). Resolve with a grant for the chosen file, or null on cancel. */
  pickOpenFile: (purpose: OpenPurpose, lang: Lang, filterName: string, extensions: string[]) =>
    invoke<Grant | null>('pick_open_file', { purpose, lang, filterName, extensions }),
  pickSaveFile: (defaultName: string, filterName: string, extensions: string[]) =>
    invoke<Grant | null>('pick_save_file', { defaultName, filterName, extensions }),
  /** Shows a written export in the file manager (the token of the grant an export returned). */
  showInFolder: (token: string, lang: Lang) => invoke<void>('show_in_folder', { token, lang }),
  /** The page has saved every pending edit: the shell may close the window now. */
  closeReady: () => invoke<void>('close_ready'),
  /** Opens a written export in its default program (the token of the grant an export returned). */
  openDocument: (token: string, lang: Lang) => invoke<void>('open_document', { token, lang }),
};
