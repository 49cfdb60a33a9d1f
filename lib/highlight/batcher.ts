/**
 * Collects bursts of page changes into one batch: the batch runs `delay` ms after the last
 * change, but never later than `maxWait` ms after the first one, so a page that never stops
 * changing (a ticking live blog) is still read regularly. Timers are injected for tests.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BatchTiming {
  delay: number;
  maxWait: number;
}

export class Batcher {
  private timer: unknown = null;
  private firstAt: number | null = null;

  constructor(
    private readonly run: () => void,
    private readonly timing: BatchTiming,
    private readonly clock: Clock,
  ) {}

  get pending(): boolean {
    return this.firstAt !== null;
  }

  /** A change happened: (re)schedule the batch. */
  poke(): void {
    const now = this.clock.now();
    this.firstAt ??= now;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const due = Math.min(now + this.timing.delay, this.firstAt + this.timing.maxWait);
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, due - now));
  }

  /** Forgets a scheduled batch. */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.firstAt = null;
  }

  private fire(): void {
    this.timer = null;
    this.firstAt = null;
    this.run();
  }
}
