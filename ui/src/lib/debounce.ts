// Debounced autosave for text inputs: waits `ms` after the last keystroke, saves at once on flush
// (blur, leaving the step), and never saves the same pending value twice.
export class Debouncer<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private value: T | undefined;
  private hasValue = false;

  constructor(
    private readonly run: (value: T) => void,
    private readonly ms = 300,
  ) {}

  get pending(): boolean {
    return this.hasValue;
  }

  push(value: T): void {
    this.value = value;
    this.hasValue = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.ms);
  }

  /** Runs the pending value now; does nothing when none is pending. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.hasValue) return;
    const v = this.value as T;
    this.hasValue = false;
    this.value = undefined;
    this.run(v);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.hasValue = false;
    this.value = undefined;
  }
}
