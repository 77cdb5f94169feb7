import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer } from './debounce';

describe('Debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the last value once, 300 ms after the last keystroke', () => {
    const run = vi.fn();
    const d = new Debouncer<string>(run, 300);
    d.push('a');
    vi.advanceTimersByTime(200);
    d.push('ab');
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledExactlyOnceWith('ab');
    expect(d.pending).toBe(false);
  });

  it('flush saves at once (blur) and only once', () => {
    const run = vi.fn();
    const d = new Debouncer<string>(run, 300);
    d.push('x');
    d.flush();
    expect(run).toHaveBeenCalledExactlyOnceWith('x');
    vi.advanceTimersByTime(1000);
    d.flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('flush without a pending value does nothing; cancel drops it', () => {
    const run = vi.fn();
    const d = new Debouncer<string>(run, 300);
    d.flush();
    d.push('y');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
