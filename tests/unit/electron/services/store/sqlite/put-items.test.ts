import { join } from 'node:path';
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

/** The case file's own rules for putItems and meta beyond the shared contract. */

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

async function refusal(work: Promise<unknown>): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describe('case file putItems', () => {
  it('refuses to change what an id names: entity type, link type or ends, or one id twice', async () => {
    const store = await createCaseFile(join(temp.dir, 'p.plexus'), options);
    const [a, b, c] = await store.createEntities([
      { type: 'Person', label: 'A' },
      { type: 'Person', label: 'B' },
      { type: 'Person', label: 'C' },
    ]);
    if (!a || !b || !c) throw new Error('not created');
    const [l] = await store.createLinks([{ type: 'ASSOCIATE_OF', source: a.id, target: b.id }]);
    if (!l) throw new Error('not created');

    const retyped = await refusal(store.putItems({ entities: [{ ...a, type: 'Company' }], links: [] }));
    expect([retyped.code, retyped.details?.[0]?.field]).toEqual(['VALIDATION', 'type']);
    const moved = await refusal(store.putItems({ entities: [], links: [{ ...l, target: c.id }] }));
    expect([moved.code, moved.details?.[0]?.field]).toEqual(['VALIDATION', 'source']);
    const twice = await refusal(store.putItems({ entities: [a, { ...a, label: 'A2' }], links: [] }));
    expect(twice.message).toMatch(/entities\[1\]: id: .* given twice/);

    expect(await store.getEntities([a.id])).toEqual([a]);
    expect(await store.getLinks([l.id])).toEqual([l]);
    await store.close();
  });
});

describe('case file meta', () => {
  it('gains the meta table when a version-1 case is opened, and keeps values across reopening', async () => {
    const path = join(temp.dir, 'old.plexus');
    const [first] = CASE_FILE_MIGRATIONS;
    if (!first) throw new Error('no migrations');
    createDatabase(path, '2024-01-01T00:00:00.000Z', [first]).close();

    const store = await openCaseFile(path, options);
    expect(store.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(store.readOnly).toBe(false);
    await store.writeMeta('origin', { name: 'team' });
    await store.close();

    const again = await openCaseFile(path, options);
    expect(await again.readMeta('origin')).toEqual({ name: 'team' });
    await again.close();
  });

  it('refuses an empty key and a value that is not JSON', async () => {
    const store = await createCaseFile(join(temp.dir, 'm.plexus'), options);
    expect((await refusal(store.writeMeta('', 1))).code).toBe('VALIDATION');
    expect((await refusal(store.writeMeta('k', undefined))).code).toBe('VALIDATION');
    expect(await store.readMeta('k')).toBeUndefined();
    await store.close();
  });
});
