import { existsSync, readFileSync, statSync } from 'node:fs';

/** This process's peak resident memory in bytes: VmHWM on Linux, else resourceUsage's maxRSS. */
export function peakRss(): { bytes: number; source: 'VmHWM' | 'maxRSS' } {
  try {
    const line = /^VmHWM:\s+(\d+)\s+kB/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line?.[1]) return { bytes: Number(line[1]) * 1024, source: 'VmHWM' };
  } catch {
    // not Linux: fall through
  }
  return { bytes: process.resourceUsage().maxRSS * 1024, source: 'maxRSS' };
}

/** A SQLite file's size with its WAL, if any. */
export function dbSize(path: string): number {
  return ['', '-wal']
    .map((s) => path + s)
    .filter(existsSync)
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

/** What a child answers its parent: one JSON line on stdout. */
export interface ChildResult {
  ms: number;
  peakBytes: number;
  peakSource: string;
  fileBytes: number;
  entities: number;
  links: number;
  rejected: number;
  /** Import only: resident memory when the engine starts writing (everything read and prepared). */
  rssAtWrite?: number;
}

export function answer(result: ChildResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
