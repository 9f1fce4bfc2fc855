import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

/** Runs `work` once per input, timing each call in milliseconds. */
export async function timeEach<T>(
  inputs: readonly T[],
  work: (input: T) => Promise<unknown>,
): Promise<Timing> {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    count: times.length,
  };
}

/** Sums the time spent inside `work` only, so row generation is not counted. */
export class Stopwatch {
  total = 0;

  async time<R>(work: () => Promise<R> | R): Promise<R> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.total += performance.now() - start;
    }
  }
}
