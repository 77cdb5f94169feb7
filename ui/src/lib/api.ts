// The IPC contract: one function per Tauri command (src-tauri/src/commands.rs). Every command
// rejects with an ApiError {code, message}; branch on `code`, show `message`.
// The page never names a file: the dialog commands resolve with a Grant (an opaque token plus a
// name and path to show) and the file commands take its `token`, for the purpose it was made for.
import { invoke } from '@tauri-apps/api/core';
import type {
  AffectedView,
  ApiError,
  AppState,
  AssessmentView,
  Catalog,
  DiffView,
  Grant,
  HistoryView,
  ImportView,
  JobStage,
  ReviewerView,
  Kind,
  ListPage,
  ListSort,
  Format,
  Lang,
  StatementSummary,
  StatementsView,
  StatementView,
} from './bindings';

export type { Lang, ListSort, JobStage } from './bindings';
/** The document kinds and formats, as the backend names them (`dpia_documents::Kind`, `Format`). */
export type { Kind as DocumentKind, Format as DocumentFormat } from './bindings';
/** What an open dialog's file is for: importing an assessment or opening a database. */
export type OpenPurpose = 'import' | 'statement' | 'database';

export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

export const api = {
  appState: () => invoke<AppState>('app_state'),
  setLang: (lang: Lang) => invoke<AppState>('set_lang', { lang }),
  /** Error screen: open another database file (a token from `pickOpenFile('database', …)`). */
  openDatabase: (token: string) => invoke<AppState>('open_database', { token }),
  /** Error screen: start a new, empty database beside the broken one. */
  newDatabaseBeside: () => invoke<AppState>('new_database_beside'),
  /** Error screen: open the same file again (another program let go of it, a file is back). */
  retryDatabase: () => invoke<AppState>('retry_database'),
  /** Error screen, for a database missing its newest saves (`store_behind`): open it as it is. */
  openDatabaseAsIs: () => invoke<AppState>('open_database_as_is'),
  /** "Export a backup": the whole database in one file where `pickSaveFile` chose (its token);
   *  resolves with a grant for the written file. Follow and cancel it with `jobsProgress`/`jobsCancel`. */
  backupDatabase: (token: string) => invoke<Grant>('backup_database', { token }),
  /** The stage of the file job on the file behind `token` (an import, an export, a backup), or
   *  null when none runs. */
  jobsProgress: (token: string) => invoke<JobStage | null>('jobs_progress', { token }),
  /** Cancels the file job on the file behind `token`: true when nothing will be written or
   *  stored; false when it is already writing (it then finishes). */
  jobsCancel: (token: string) => invoke<boolean>('jobs_cancel', { token }),
  /** The first page of the list has painted (the start-up trace measures to here). */
  listShown: () => invoke<void>('list_shown'),

  /** What the wizard offers for a statement (`AssessmentView.statement_key`; '' = the embedded one). */
  catalog: (statement: string) => invoke<Catalog>('catalog', { statement }),
  statementView: (statement: string) => invoke<StatementView>('statement_view', { statement }),
  statementsList: () => invoke<StatementsView>('statements_list'),
  /** Import a statement (.toml) chosen with `pickOpenFile('statement', …)` (its token); an invalid
   *  file rejects and changes nothing. */
  statementsImport: (token: string) => invoke<StatementSummary>('statements_import', { token }),
  /** When the processor notified the client of a version (YYYY-MM-DD, or '' to clear). */
  statementsSetNotified: (statement: string, date: string) =>
    invoke<StatementSummary>('statements_set_notified', { statement, date }),
  statementsDiff: (from: string, to: string) => invoke<DiffView>('statements_diff', { from, to }),
  statementsAffected: (statement: string) => invoke<AffectedView[]>('statements_affected', { statement }),
  /** Moves an assessment to another version of its processor's statement (recorded in its history). */
  assessmentsMove: (id: number, statement: string) => invoke<AssessmentView>('assessments_move', { id, statement }),

  /** A page of the list: rows `offset`… (at most `limit`) of those whose client or name holds
   *  every word of `search`, in `sort` order; searched and sorted by the backend. */
  assessmentsList: (search: string, sort: ListSort, offset: number, limit: number) =>
    invoke<ListPage>('assessments_list', { search, sort, offset, limit }),
  assessmentsCreate: (name: string) => invoke<number>('assessments_create', { name }),
  assessmentsView: (id: number) => invoke<AssessmentView>('assessments_view', { id }),
  /** Autosave: set one answer (JSON pointer into the assessment, e.g. `/services/reports/used`);
   *  `null` removes it. Returns the new view with the live screening and risks. */
  assessmentsSet: (id: number, pointer: string, value: unknown) => invoke<AssessmentView>('assessments_set', { id, pointer, value }),
  assessmentsRename: (id: number, name: string) => invoke<void>('assessments_rename', { id, name }),
  assessmentsDuplicate: (id: number, name: string) => invoke<number>('assessments_duplicate', { id, name }),
  assessmentsDelete: (id: number) => invoke<void>('assessments_delete', { id }),
  assessmentsHistory: (id: number) => invoke<HistoryView[]>('assessments_history', { id }),
  /** Import a .dpia.json, or a PDF or DOCX written by DPIA Helper (it carries its answers), chosen with `pickOpenFile('import', …)` (its token); an invalid file
   *  rejects and changes nothing. */
  assessmentsImport: (token: string) => invoke<ImportView>('assessments_import', { token }),
  /** After an import offered a merge (`ImportView.merge`): take over the file's new comments
   *  (`take`), or import it as a copy. */
  assessmentsImportMerge: (take: boolean) => invoke<ImportView>('assessments_import_merge', { take }),
  /** Review comments: on `target` (a JSON pointer, `part:…`, `risk:…`, `measure:…`, or '' for general). */
  commentsAdd: (id: number, target: string, text: string, author: string, role: string) =>
    invoke<AssessmentView>('comments_add', { id, target, text, author, role }),
  commentsReply: (id: number, comment: string, text: string, author: string, role: string) =>
    invoke<AssessmentView>('comments_reply', { id, comment, text, author, role }),
  /** Resolves (`resolved`) or reopens a comment. */
  commentsResolve: (id: number, comment: string, resolved: boolean) =>
    invoke<AssessmentView>('comments_resolve', { id, comment, resolved }),
  /** Who the app writes comments as (the last name and role used). */
  reviewer: () => invoke<ReviewerView>('reviewer'),
  /** Writes the assessment where `pickSaveFile` chose (its token, used once); resolves with a
   *  grant for `showInFolder`. */
  assessmentsExport: (id: number, token: string) => invoke<Grant>('assessments_export', { id, token }),

  /** Writes the DPIA starter or onboarding summary where `pickSaveFile` chose (its token, used
   *  once); resolves with a grant for the written file (`path` to show, `token` for `showInFolder`). */
  documentsExport: (id: number, kind: Kind, format: Format, lang: Lang, token: string) =>
    invoke<Grant>('documents_export', { id, kind, format, lang, token }),
  /** The document kind last exported for this assessment (the Export screen opens on it), or null. */
  documentsLastKind: (id: number) => invoke<Kind | null>('documents_last_kind', { id }),

  /** Native dialogs (through the shell). Resolve with a grant for the chosen file, or null on cancel. */
  pickOpenFile: (purpose: OpenPurpose, filterName: string, extensions: string[]) =>
    invoke<Grant | null>('pick_open_file', { purpose, filterName, extensions }),
  pickSaveFile: (defaultName: string, filterName: string, extensions: string[]) =>
    invoke<Grant | null>('pick_save_file', { defaultName, filterName, extensions }),
  /** Shows a written export in the file manager (the token of the grant an export returned). */
  showInFolder: (token: string) => invoke<void>('show_in_folder', { token }),
  /** The page has saved every pending edit: the shell may close the window now. */
  closeReady: () => invoke<void>('close_ready'),
  /** Opens a written export in its default program (the token of the grant an export returned). */
  openDocument: (token: string) => invoke<void>('open_document', { token }),
};
