import { describe, expect, it } from 'vitest';
import { interleavedSamples } from '../../scripts/lib/bench-timing';

describe('interleavedSamples', () => {
  it('alternates the tasks every run, and every round when runs come in blocks', () => {
    const calls: string[] = [];
    const tasks = ['A', 'B'].map((name) => (run: number) => calls.push(`${name}${run}`));
    expect(interleavedSamples(tasks, 3, false).map((s) => s.length)).toEqual([3, 3]);
    expect(calls).toEqual(['A0', 'B0', 'B1', 'A1', 'A2', 'B2']);
    calls.length = 0;
    expect(interleavedSamples(tasks, 2, false, 3).map((s) => s.length)).toEqual([6, 6]);
    expect(calls).toEqual(['A0', 'A1', 'A2', 'B0', 'B1', 'B2', 'B3', 'B4', 'B5', 'A3', 'A4', 'A5']);
  });
});
