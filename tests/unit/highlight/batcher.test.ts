import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher } from '../../../lib/highlight/batcher';

describe('Batcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const clock = {
    now: () => Date.now(),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as number),
  };

  it('runs once, a delay after the last of a burst of changes', () => {
    const run = vi.fn();
    const b = new Batcher(run, { delay: 400, maxWait: 1500 }, clock);
    b.poke();
    vi.advanceTimersByTime(300);
    b.poke();
    vi.advanceTimersByTime(300);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(b.pending).toBe(false);
  });

  it('runs no later than maxWait after the first change of a page that never stops changing', () => {
    const run = vi.fn();
    const b = new Batcher(run, { delay: 400, maxWait: 1500 }, clock);
    for (let t = 0; t < 1600; t += 200) {
      b.poke();
      vi.advanceTimersByTime(200);
    }
    expect(run).toHaveBeenCalledTimes(1);
    b.poke();
    vi.advanceTimersByTime(400);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets a cancelled batch', () => {
    const run = vi.fn();
    const b = new Batcher(run, { delay: 400, maxWait: 1500 }, clock);
    b.poke();
    b.cancel();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
