// Application state shared by the screens: language, database state, catalog, the open assessment
// and its autosave queue (which retries a save the disk refused, with backoff, until it is
// stored), and a database alarm (its log file removed or replaced) shown until it is read.
import type { ApiError, AppState, Assessment, AssessmentView, Catalog } from './bindings';
import { api, toApiError } from './backend';
import { isLang, type Lang } from './i18n';
import { locale } from './locale.svelte';
import { clampStep } from './steps';

/** Error codes of acts the core refuses (not a value that failed to save). */
const REFUSED_ACTS = new Set(['open_points']);

export type Screen = 'assessments' | 'wizard' | 'controller' | 'risks' | 'signoff' | 'review' | 'statement' | 'history' | 'export';

/** Save errors that pass: the disk is full, the disk erred, another program holds the database.
 *  The save is tried again (1 s, 2 s, 4 s … at most 30 s apart) until it is stored. */
export const RETRIED = new Set(['store_disk_full', 'store_io', 'store_locked', 'store_locked_by_app', 'store_locked_by_program']);
/** The first wait before a retry, and the longest. */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 30_000;
/** Another program removed or replaced the database's log file; everything was saved again. */
export const ALARMS = new Set(['store_wal_lost']);

class App {
  ready = $state(false);
  state = $state.raw<AppState | null>(null);
  /** `appState` itself failed: nothing else can work. */
  fatal = $state<ApiError | null>(null);
  screen = $state<Screen>('assessments');
  catalog = $state.raw<Catalog | null>(null);
  current = $state.raw<AssessmentView | null>(null);
  step = $state(1);
  /** The controller's page shown last (going to Risks and back returns to it; the review list
   *  sets it to jump to a question). */
  controllerPage = $state(1);
  /** Saves sent and not answered yet. */
  saving = $state(0);
  /** Text fields with typed text not yet sent (waiting for the typing pause). */
  typing = $state(0);
  lastSaveError = $state(false);
  /** A message for the next screen, e.g. where a new database was made (shown once). */
  notice = $state<string | null>(null);
  /** A save the disk refused, waiting to be tried again: why, and in how many seconds. */
  retry = $state.raw<{ error: ApiError; seconds: number } | null>(null);
  /** Something happened to the database that the user must know (shown until dismissed). */
  alarm = $state.raw<ApiError | null>(null);
  /** Ends the current wait before a retry (the "try now" button). */
  private wake: (() => void) | null = null;
  /** Bumped after every change of language, so screens reload what they show. */
  generation = $state(0);
  /** The document the Export screen opens with when a button asked for one (the end of the
   *  questionnaire asks for the onboarding summary); taken once by that screen. */
  exportKind = $state<'starter' | 'summary' | null>(null);

  private queue: Promise<unknown> = Promise.resolve();
  /** The fields' pending edits (text waiting for the typing pause, a choice being made). */
  private flushers = new Set<() => void>();
  /** A language picked on the error screen, to be remembered once a database is open. */
  private pendingLang: Lang | null = null;

  get lang(): Lang {
    return locale.lang;
  }

  /** Fields whose typed value was refused before saving (e.g. a date that does not exist). */
  invalid = $state(0);

  /** What the save status says: "saved" only when every answer given has been stored and
   *  nothing is wrong with the database. */
  get saveState(): 'retrying' | 'saving' | 'alarm' | 'failed' | 'saved' {
    if (this.retry) return 'retrying';
    if (this.saving > 0 || this.typing > 0) return 'saving';
    if (this.alarm) return 'alarm';
    return this.lastSaveError || this.invalid > 0 ? 'failed' : 'saved';
  }

  /** Notes an error of any command: an alarm is kept until the user has read it. */
  noteError(e: ApiError): void {
    if (ALARMS.has(e.code)) this.alarm = e;
  }

  dismissAlarm(): void {
    this.alarm = null;
  }

  /** Tries the waiting save now. */
  retryNow(): void {
    this.wake?.();
  }

  /** Waits `ms` (or until `retryNow`), counting the seconds down for the header. */
  private async waitToRetry(error: ApiError, ms: number): Promise<void> {
    const until = Date.now() + ms;
    this.retry = { error, seconds: Math.ceil(ms / 1000) };
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        this.retry = { error, seconds: Math.max(0, Math.ceil((until - Date.now()) / 1000)) };
      }, 1000);
      const done = () => {
        clearInterval(tick);
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** Stores one answer, trying again with backoff while the error passes (a full disk). */
  private async store(id: number, pointer: string, value: unknown): Promise<AssessmentView> {
    let wait = RETRY_FIRST_MS;
    for (;;) {
      try {
        const v = await api.assessmentsSet(id, pointer, value);
        this.retry = null;
        return v;
      } catch (e) {
        const err = toApiError(e);
        if (!RETRIED.has(err.code)) {
          this.retry = null;
          throw err;
        }
        await this.waitToRetry(err, wait);
        wait = Math.min(wait * 2, RETRY_MAX_MS);
      }
    }
  }

  /** How many edits are on their way (typed and waiting, or sent and not answered). */
  get pending(): number {
    return this.saving + this.typing;
  }

  async init(): Promise<void> {
    try {
      const s = await api.appState();
      this.applyState(s);
      if (!s.error) await this.loadCatalog();
    } catch (e) {
      this.fatal = toApiError(e);
    } finally {
      this.ready = true;
    }
  }

  private applyState(s: AppState) {
    this.state = s;
    if (isLang(s.lang)) locale.lang = s.lang;
    document.documentElement.lang = locale.lang;
  }

  /** The catalog of the open assessment's statement (or of the embedded one). */
  async loadCatalog(): Promise<void> {
    this.catalog = await api.catalog(this.current?.statement_key ?? '');
  }

  /** Reloads the catalog when the open assessment is based on another statement than it shows. */
  private async catalogFor(v: AssessmentView): Promise<void> {
    if (this.catalog?.statement !== v.statement_key) {
      try {
        this.catalog = await api.catalog(v.statement_key);
      } catch {
        /* keeps the old catalog */
      }
    }
  }

  /** Switches the language (remembered by the backend) and re-fetches what is shown. */
  async setLang(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    locale.lang = lang;
    document.documentElement.lang = lang;
    if (this.state?.error) {
      // The database is not open, so the choice cannot be remembered yet; the UI still switches.
      this.pendingLang = lang;
      try {
        this.applyStateKeepLang(await api.setLang(lang));
      } catch {
        /* nothing to remember it in */
      }
      this.generation++;
      return;
    }
    try {
      this.applyStateKeepLang(await api.setLang(lang));
    } catch {
      /* not remembered; the switch still applies to this session */
    }
    try {
      await this.loadCatalog();
    } catch {
      /* keeps the old catalog */
    }
    const id = this.current?.id;
    if (id !== undefined) await this.enqueue(async () => this.refreshCurrent(id));
    this.generation++;
  }

  private applyStateKeepLang(s: AppState) {
    this.state = { ...s, lang: this.lang };
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const p = this.queue.then(job, job);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private async refreshCurrent(id: number): Promise<void> {
    try {
      const v = await api.assessmentsView(id);
      if (this.current?.id === id) this.current = v;
    } catch {
      /* keeps what is shown */
    }
  }

  /** Opens an assessment in the wizard. Rejects with an ApiError. */
  async open(id: number, screen: Screen = 'wizard'): Promise<void> {
    const v = await api.assessmentsView(id);
    if (this.current?.id !== id) this.step = 1;
    this.current = v;
    await this.catalogFor(v);
    this.screen = screen;
  }

  close(): void {
    this.current = null;
    if (this.screen !== 'statement') this.screen = 'assessments';
  }

  /** Autosave one answer; saves run one after another, each answer updates the live screening. */
  save(pointer: string, value: unknown): Promise<ApiError | null> {
    return this.saveValue(pointer, { value });
  }

  /**
   * Saves `next(assessment as saved so far)`, computed when this save's turn comes: ticking two
   * boxes of one list quickly keeps both.
   */
  update(pointer: string, next: (a: Assessment) => unknown): Promise<ApiError | null> {
    return this.saveValue(pointer, { next });
  }

  private saveValue(pointer: string, what: { value?: unknown; next?: (a: Assessment) => unknown }): Promise<ApiError | null> {
    const id = this.current?.id;
    if (id === undefined) return Promise.resolve(null);
    this.saving++;
    return this.enqueue(async () => {
      try {
        const latest = this.current?.id === id ? this.current.assessment : null;
        const resolved = what.next ? (latest ? what.next(latest) : undefined) : what.value;
        if (resolved === undefined) return null;
        let v: AssessmentView;
        try {
          v = await this.store(id, pointer, resolved);
        } catch (e) {
          const err = toApiError(e);
          if (!ALARMS.has(err.code)) throw err;
          // Stored, and the database was made safe again: say so loudly, show what is stored.
          this.alarm = err;
          v = await api.assessmentsView(id);
        }
        if (this.current?.id === id) {
          this.current = v;
          await this.catalogFor(v);
        }
        this.lastSaveError = false;
        return null;
      } catch (e) {
        const err = toApiError(e);
        // A refused act (adopting with points open) is answered where it was asked; nothing
        // typed was lost, so the header does not say a change is unsaved.
        this.lastSaveError = !REFUSED_ACTS.has(err.code);
        return err;
      } finally {
        this.saving--;
      }
    });
  }

  /**
   * A change that is not an answer (a review comment): `call(id)` returns the new view; it runs
   * in the save queue, after the answers typed before it. Resolves with the error, or null.
   */
  act(call: (id: number) => Promise<AssessmentView>): Promise<ApiError | null> {
    const id = this.current?.id;
    if (id === undefined) return Promise.resolve(null);
    return this.enqueue(async () => {
      try {
        const v = await call(id);
        if (this.current?.id === id) this.current = v;
        return null;
      } catch (e) {
        return toApiError(e);
      }
    });
  }

  /** A field registers how to send its pending edit at once; returns the unregistration. */
  registerFlush(flush: () => void): () => void {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
  }

  /**
   * Sends every pending edit now and waits until all saves are answered: before the window
   * closes, so that closing loses nothing that was typed.
   */
  async flushAll(): Promise<void> {
    for (const f of [...this.flushers]) f();
    for (let i = 0; i < 100 && (this.saving > 0 || this.typing > 0); i++) {
      await this.queue;
      if (this.typing > 0) await new Promise((r) => setTimeout(r, 10));
    }
  }

  goStep(n: number): void {
    this.step = clampStep(n);
  }

  /** Shows a view the backend returned for the open assessment (e.g. after moving it). */
  async replaceCurrent(v: AssessmentView): Promise<void> {
    if (this.current?.id !== v.id) return;
    this.current = v;
    await this.catalogFor(v);
  }

  /** After the error screen opened another database or started a new one. */
  async databaseChanged(s: AppState): Promise<void> {
    this.current = null;
    this.screen = 'assessments';
    const chosen = this.pendingLang;
    this.applyState(s);
    if (!s.error && chosen && s.lang !== chosen) {
      this.pendingLang = null;
      locale.lang = chosen;
      try {
        this.applyState(await api.setLang(chosen));
      } catch {
        /* shown in the chosen language all the same */
      }
    }
    if (!s.error) await this.loadCatalog();
    this.generation++;
  }
}

export const app = new App();
