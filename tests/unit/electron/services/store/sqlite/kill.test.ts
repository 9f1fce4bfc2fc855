import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { openCaseFile } from '../../../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';

const schema = new SchemaIndex(loadSchema());
const fixture = join(import.meta.dirname, 'fixtures', 'write-then-die.ts');
const BATCHES = 3;
let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const walSize = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

/**
 * Runs the writer, and once it says the big write has begun, waits until that write has
 * spilled pages into the WAL (so it is truly half-written on disk) and kills it with SIGKILL.
 */
function runAndKill(path: string): Promise<{ committed: number; finished: boolean; signal: string | null }> {
  return new Promise((resolve, reject) => {
    // node --import tsx: one process, so the signal hits the writer itself, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, path, String(BATCHES)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let committed = 0;
    let finished = false;
    let stderr = '';
    let poll: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('committed ')) committed++;
        if (line === 'finished') finished = true;
        if (line === 'begun') {
          const before = walSize(path);
          poll = setInterval(() => {
            if (walSize(path) > before + 4 * 2 ** 20) {
              clearInterval(poll);
              child.kill('SIGKILL');
            }
          }, 10);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === null && code !== 0) reject(new Error(`writer failed (${code}): ${stderr}`));
      else resolve({ committed, finished, signal });
    });
  });
}

describe('a case file killed during a write', () => {
  it('holds exactly the committed batches and nothing of the half-written one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plexus-kill-'));
    const path = join(dir, 'killed.plexus');
    const run = await runAndKill(path);
    expect(run.signal).toBe('SIGKILL');
    expect(run.finished).toBe(false);
    expect(run.committed).toBe(BATCHES);

    const store = await openCaseFile(path, { actor: 'test', schema });
    const counts = await store.counts();
    expect(counts.entityCount).toBe(BATCHES * 100);
    const ids = Array.from({ length: BATCHES }, (_, b) => `committed-${b}-0`);
    expect((await store.getEntities(ids)).map((e) => e.id)).toEqual(ids);
    expect(await store.getEntities(['big-0', 'big-1000'])).toEqual([]);
    expect((await store.search({ text: 'halfwritten' })).hits).toEqual([]);
    let scanned = 0;
    for await (const batch of store.scanEntities(1000)) scanned += batch.length;
    expect(scanned).toBe(BATCHES * 100);
    await store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 120_000);
});
