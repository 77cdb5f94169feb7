// A file job the page follows (an import, an export, a backup): the backend reads or writes the
// file without holding the app's lock; the page asks for its stage every 250 ms and may cancel it.
// A job is known by the token of its file (from the dialog).
import type { JobStage } from './bindings';
import { api } from './backend';

export const POLL_MS = 250;

export class FileJob {
  /** Where the job is, as the backend last said (null until it has begun). */
  stage = $state<JobStage | null>(null);
  /** A cancel was asked and not refused yet. */
  cancelling = $state(false);

  constructor(
    readonly token: string,
    /** The file's name, to show. */
    readonly name: string,
  ) {}

  /** Waits for the command that runs the job, asking for its stage meanwhile. */
  async follow<T>(call: Promise<T>): Promise<T> {
    const poll = setInterval(() => {
      api
        .jobsProgress(this.token)
        .then((s) => {
          if (s) this.stage = s;
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      return await call;
    } finally {
      clearInterval(poll);
    }
  }

  /** Asks to cancel. Refused once the job writes its file or stores (it then finishes). */
  async cancel(): Promise<void> {
    this.cancelling = true;
    try {
      if (!(await api.jobsCancel(this.token))) this.cancelling = false;
    } catch {
      this.cancelling = false;
    }
  }
}
