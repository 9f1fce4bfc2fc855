import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_FILE_MIGRATIONS } from '../../../../../../graph-schema/migrations';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import {
  CASE_SCHEMA_VERSION,
  createCaseFile,
  openCaseFile,
} from '../../../../../../electron/services/store/sqlite';
import { createDatabase } from '../../../../../../electron/services/store/sqlite/open';
import { options, tempDir } from './case-files';

/** The case file's own side of saved charts: migration of older files, audit, imports. */

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('case file charts', () => {
  it('gains the charts table when a version-2 case is opened, keeping its meta', async () => {
    const path = join(temp.dir, 'v2.plexus');
    const older = CASE_FILE_MIGRATIONS.filter((m) => m.version <= 2);
    expect(older.map((m) => m.version)).toEqual([1, 2]);
    const db = createDatabase(path, '2024-01-01T00:00:00.000Z', older);
    db.prepare('INSERT INTO store_meta (key, value) VALUES (\'origin\', \'{"name":"team"}\')').run();
    db.close();

    const store = await openCaseFile(path, options);
    expect(store.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(await store.charts.list()).toEqual([]);
    const chart = await store.charts.create({ name: 'After migration', entities: [], links: [] });
    await store.close();

    const again = await openCaseFile(path, options);
    expect(await again.readMeta('origin')).toEqual({ name: 'team' });
    expect(await again.charts.get(chart.id)).toEqual(chart);
    await again.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(CASE_SCHEMA_VERSION);
    raw.close();
  });

  it("sets the audit fields from the store's writer and clock", async () => {
    const store = await createCaseFile(join(temp.dir, 'a.plexus'), options);
    const chart = await store.charts.create({ name: 'Audit', entities: [], links: [] });
    expect(chart).toMatchObject({
      createdBy: 'unit-test',
      updatedBy: 'unit-test',
      createdAt: '2024-05-01T12:00:00.000Z',
      updatedAt: '2024-05-01T12:00:00.000Z',
    });
    await store.close();
  });

  it('refuses a chart write while an import stream holds the transaction, and keeps the import', async () => {
    const store = await createCaseFile(join(temp.dir, 's.plexus'), options);
    let during: unknown;
    async function* batches() {
      yield { entities: [{ type: 'Person', label: 'A' }], links: [] };
      during = await store.charts
        .create({ name: 'During', entities: [], links: [] })
        .catch((e: unknown) => e);
    }
    await store.createItemsStream(batches());
    expect(during).toBeInstanceOf(PlexusError);
    expect((during as PlexusError).code).toBe('CONFLICT');
    expect(await store.charts.list()).toEqual([]);
    expect((await store.counts()).entityCount).toBe(1);
    await store.close();
  });
});
