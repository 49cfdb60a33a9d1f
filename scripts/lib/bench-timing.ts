/** Timing helpers for a shared, noisy machine: best of N for steady state, median for one-off costs. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection. Run before each timed task, so that no task pays for collecting what
 * the one before it left (the other matcher's garbage, an earlier build's index).
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Milliseconds one call of `fn` takes, and what it returned. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export function best(values: readonly number[]): number {
  return Math.min(...values);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One timed run: wall-clock milliseconds, and the process's CPU milliseconds (all its threads). */
export interface Sample {
  ms: number;
  cpuMs: number;
}

/**
 * Runs each task `runs` times, interleaved (A B, B A, A B …) so that a slow spell of the machine
 * falls on both, and returns each task's samples, each taken after a full garbage collection
 * unless `collect` is false. Each task is told its run's number. With `block` above 1, each turn
 * is that many runs of one task in a row (A A A B B B, B B B A A A …): a task's later runs in a
 * block are warm, not run right after the other task has filled the caches with its own data.
 */
export function interleavedSamples(tasks: ReadonlyArray<(run: number) => unknown>, runs: number, collect = true, block = 1): Sample[][] {
  const samples = tasks.map(() => [] as Sample[]);
  for (let r = 0; r < runs; r++) {
    const order = tasks.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      const task = tasks[i] as (run: number) => unknown;
      for (let b = 0; b < block; b++) {
        if (collect) collectGarbage();
        const cpu = process.cpuUsage();
        const { ms } = timed(() => task(r * block + b));
        const used = process.cpuUsage(cpu);
        (samples[i] as Sample[]).push({ ms, cpuMs: (used.user + used.system) / 1000 });
      }
    }
  }
  return samples;
}

/** Wall-clock milliseconds of each task's runs, interleaved as in `interleavedSamples`. */
export function interleaved(tasks: ReadonlyArray<(run: number) => unknown>, runs: number, collect = true, block = 1): number[][] {
  return interleavedSamples(tasks, runs, collect, block).map((runsOfTask) => runsOfTask.map((s) => s.ms));
}
