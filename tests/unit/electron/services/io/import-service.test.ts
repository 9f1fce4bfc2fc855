import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImportService,
  loadMapping,
  saveMapping,
} from '../../../../../electron/services/io/import-service';
import type { importFile } from '../../../../../electron/services/io/registry';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import type { ImportReport } from '../../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const schema = new SchemaIndex(loadSchema());
const store = {} as GraphStore;
const request = { path: '/data/people.csv', match: 'identifier' as const, dryRun: false };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-import-service-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT: ImportReport = {
  format: 'csv',
  dryRun: false,
  rowsRead: 900,
  created: { entities: 3, links: 2 },
  merged: 0,
  rejected: [],
  rejectedTotal: 0,
};

/** An import that reports 500 rows read, then waits until released (or cancelled). */
function heldImport() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const run: typeof importFile = async (_store, _request, hooks) => {
    hooks.onProgress?.({ phase: 'reading', rowsRead: 500 });
    await new Promise<void>((resolve) => {
      hooks.signal?.addEventListener('abort', () => resolve());
      void released.then(resolve);
    });
    if (hooks.signal?.aborted) throw new PlexusError('CANCELLED', 'people.csv: import cancelled');
    return REPORT;
  };
  return { run, release };
}

describe('import service', () => {
  it('runs one import at a time and reports its progress', async () => {
    let now = 10_000;
    const held = heldImport();
    const service = createImportService({ schema, clock: () => now, importFile: held.run });
    expect(service.progress()).toEqual({ running: false, rowsRead: 0, rowsPerSecond: 0, phase: 'idle' });

    const first = service.run(store, request);
    now += 2_000;
    await Promise.resolve();
    expect(service.progress()).toEqual({ running: true, rowsRead: 500, rowsPerSecond: 0, phase: 'reading' });
    await expect(service.run(store, request)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'an import is already running',
    });

    held.release();
    expect(await first).toEqual(REPORT);
    expect(service.progress()).toEqual({ running: false, rowsRead: 900, rowsPerSecond: 450, phase: 'done' });
    expect(service.cancel()).toBe(false);
  });

  it('cancels the running import and is free for the next', async () => {
    const held = heldImport();
    const service = createImportService({ schema, importFile: held.run });
    const running = service.run(store, request);
    await Promise.resolve();
    expect(service.cancel()).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(service.progress()).toMatchObject({ running: false, phase: 'cancelled' });

    const next = heldImport();
    const again = createImportService({ schema, importFile: next.run });
    const done = again.run(store, request);
    next.release();
    expect(await done).toEqual(REPORT);
  });

  it('marks a failed import failed', async () => {
    const service = createImportService({
      schema,
      importFile: () => Promise.reject(new PlexusError('IO', 'disk full')),
    });
    await expect(service.run(store, request)).rejects.toMatchObject({ code: 'IO' });
    expect(service.progress()).toMatchObject({ running: false, phase: 'failed' });
  });
});

describe('mapping templates', () => {
  const mapping = {
    shape: 'link-rows' as const,
    source: { type: { column: 'Entity A Type' }, label: 'Entity A' },
    target: { type: { column: 'Entity B Type' }, label: 'Entity B' },
    link: { type: { fixed: 'ASSOCIATE_OF' } },
  };

  it('saves readable JSON and loads it back with defaults filled', async () => {
    const path = join(dir, 'trumpworld.mapping.json');
    expect(await saveMapping(path, mapping)).toEqual({ path });
    expect(readFileSync(path, 'utf8')).toContain('\n  "shape": "link-rows",\n');
    expect(await loadMapping(path)).toEqual({
      ...mapping,
      header: true,
      source: { ...mapping.source, fields: {} },
      target: { ...mapping.target, fields: {} },
      link: { ...mapping.link, fields: {} },
    });
  });

  it('loads a template saved in the old flat form, keeping only what its shape reads', async () => {
    const path = join(dir, 'old.mapping.json');
    // What the wizard saved before the per-shape Mapping: an entity part left on a links table.
    const old = {
      shape: 'links',
      header: true,
      entity: { type: { fixed: 'Person' }, label: 'name', fields: {} },
      sourceKey: 'from',
      targetKey: 'to',
      entityType: '',
      link: { type: { column: 'rel' }, fields: { since: 'validFrom' } },
    };
    writeFileSync(path, JSON.stringify(old));
    expect(await loadMapping(path)).toEqual({
      shape: 'links',
      header: true,
      sourceKey: 'from',
      targetKey: 'to',
      link: { type: { column: 'rel' }, fields: { since: 'validFrom' } },
    });
    const missing = join(dir, 'half.mapping.json');
    writeFileSync(missing, JSON.stringify({ shape: 'links', link: old.link }));
    await expect(loadMapping(missing)).rejects.toThrow(/half\.mapping\.json: sourceKey/);
  });

  it('refuses a broken template naming the file and the field', async () => {
    const path = join(dir, 'broken.json');
    const keys = { sourceKey: 'a', targetKey: 'b' };
    writeFileSync(path, JSON.stringify({ shape: 'links', ...keys, link: { type: { column: '' } } }));
    const error = await loadMapping(path).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect((error as PlexusError).message).toMatch(/^broken\.json: link\.type/);
    writeFileSync(path, '{ shape: links');
    await expect(loadMapping(path)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'broken.json: not valid JSON at line 1, column 3',
    });
    await expect(loadMapping(join(dir, 'none.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
