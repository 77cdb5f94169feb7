// Refused entries: what was typed into a field and not saved (a date that does not exist, a
// negative number, a value the core refused), with its message, per assessment and field. They
// outlive the field on the screen, so leaving a step and coming back shows them again instead of
// the old stored value, and the header keeps saying that they are not saved until each is
// corrected or emptied.
import { app } from './app.svelte';

/** Why an entry was refused: a message id with its arguments, or the core's worded message. */
export type Refusal = { id?: string; args?: Record<string, string | number>; message?: string };

export type Draft = { raw: string; refusal: Refusal };

class Drafts {
  private all = $state(new Map<string, Draft>());

  private key(assessment: number, pointer: string): string {
    return `${assessment}\u0000${pointer}`;
  }

  get(assessment: number | undefined, pointer: string): Draft | undefined {
    return assessment === undefined ? undefined : this.all.get(this.key(assessment, pointer));
  }

  set(assessment: number | undefined, pointer: string, draft: Draft): void {
    if (assessment === undefined) return;
    const next = new Map(this.all);
    next.set(this.key(assessment, pointer), draft);
    this.all = next;
  }

  clear(assessment: number | undefined, pointer: string): void {
    if (assessment === undefined || !this.all.has(this.key(assessment, pointer))) return;
    const next = new Map(this.all);
    next.delete(this.key(assessment, pointer));
    this.all = next;
  }

  /** How many entries of `assessment` are refused and kept. */
  count(assessment: number | undefined): number {
    if (assessment === undefined) return 0;
    const prefix = `${assessment}\u0000`;
    let n = 0;
    for (const k of this.all.keys()) if (k.startsWith(prefix)) n++;
    return n;
  }
}

export const drafts = new Drafts();

// The header's "not saved" counts the refused entries of the assessment that is open.
$effect.root(() => {
  $effect(() => {
    app.invalid = drafts.count(app.current?.id);
  });
});
